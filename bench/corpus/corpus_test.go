package corpus

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dyadgraph/dyad/source"
)

func mustNew(t testing.TB, o Options) *Generator {
	t.Helper()
	g, err := New(o)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func TestDeterministic(t *testing.T) {
	opts := Options{N: 200, Seed: 42}
	var a, b bytes.Buffer
	if _, err := WriteJSONL(&a, mustNew(t, opts).All()); err != nil {
		t.Fatal(err)
	}
	if _, err := WriteJSONL(&b, mustNew(t, opts).All()); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Fatal("the same options gave two different corpora")
	}

	// Article i depends on the seed and i only: generating it alone, or
	// as part of a larger corpus, gives the same page and truth.
	g := mustNew(t, opts)
	for _, i := range []int{0, 7, 199} {
		x, y := g.Article(i), mustNew(t, opts).Article(i)
		if x.Page() != y.Page() || !slices.Equal(x.Truth.Persons, y.Truth.Persons) {
			t.Errorf("article %d differs between two generators", i)
		}
	}

	var c bytes.Buffer
	if _, err := WriteJSONL(&c, mustNew(t, Options{N: 200, Seed: 43}).All()); err != nil {
		t.Fatal(err)
	}
	if bytes.Equal(a.Bytes(), c.Bytes()) {
		t.Fatal("seeds 42 and 43 gave the same corpus")
	}
}

func TestLanguageMix(t *testing.T) {
	tests := []struct {
		name  string
		langs []string
	}{
		{"all three by default", nil},
		{"two", []string{"fr", "vi"}},
		{"one", []string{"en"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			const n = 3000
			g := mustNew(t, Options{N: n, Langs: tt.langs, Seed: 7})
			want := g.Options().Langs
			count := map[string]int{}
			for a := range g.All() {
				count[a.Lang]++
				if !slices.Contains(want, a.Lang) {
					t.Fatalf("article %d is in %q, not one of %v", a.Index, a.Lang, want)
				}
			}
			for _, l := range want {
				share := float64(count[l]) / n
				if d := share - 1/float64(len(want)); d < -0.05 || d > 0.05 {
					t.Errorf("%s: %.1f%% of the articles, want about %.1f%%", l, 100*share, 100/float64(len(want)))
				}
			}
		})
	}
}

// Each language is written in its own words: the markers of its page
// chrome and of its lead are there, and the text is valid UTF-8.
func TestPagesLookRight(t *testing.T) {
	markers := map[string][]string{
		"fr": {"(VNA) -", "Voir plus", "a "},
		"vi": {"Tin khác", " đã "},
		"en": {"(VNA) –", "Related", " on "},
	}
	g := mustNew(t, Options{N: 300, Seed: 3})
	for a := range g.All() {
		page := a.Page()
		if !utf8.ValidString(page) {
			t.Fatalf("article %d is not valid UTF-8", a.Index)
		}
		for _, m := range markers[a.Lang] {
			if !strings.Contains(page, m) {
				t.Errorf("article %d (%s) lacks %q:\n%s", a.Index, a.Lang, m, page)
			}
		}
		for _, p := range a.Truth.Persons {
			if !strings.Contains(a.Text, p.Name) {
				t.Errorf("article %d: truth person %q is not in the text", a.Index, p.Name)
			}
		}
		if len(a.Truth.Meetings) == 0 || len(a.Truth.Persons) < 2 {
			t.Errorf("article %d: truth has no meeting", a.Index)
		}
		if strings.Contains(page, "{") {
			t.Errorf("article %d: a template placeholder is left: %s", a.Index, page)
		}
	}
}

func TestOfficialsHaveOneNameEach(t *testing.T) {
	g := mustNew(t, Options{N: 1, Seed: 9})
	for code := range countries {
		seen := map[string]int{}
		for o := range numOffices {
			for k := range maxPool {
				n := g.official(code, o, k).name
				if prev, dup := seen[n]; dup {
					t.Fatalf("%s: officials %d and %d are both named %q", code, prev, o*maxPool+k, n)
				}
				seen[n] = o*maxPool + k
			}
		}
	}
}

// canProduce reports whether the syllable tables of a country can spell
// name (compared without accents and case).
func canProduce(name string) bool {
	key := foldName(name)
	in := func(list []string, s string) bool {
		return slices.ContainsFunc(list, func(x string) bool { return foldName(x) == s })
	}
	f := strings.Fields(key)
	if len(f) == 3 && in(vnFamily, f[0]) && in(vnMiddle, f[1]) && in(vnGiven, f[2]) {
		return true
	}
	if (len(f) == 2 || len(f) == 3) && in(khFamily, f[0]) && in(khGiven, f[1]) && (len(f) == 2 || in(khGiven, f[2])) {
		return true
	}
	if len(f) == 2 {
		split := func(w string, a, b []string) bool {
			for _, x := range a {
				if rest, ok := strings.CutPrefix(w, foldName(x)); ok && in(b, rest) {
					return true
				}
			}
			return false
		}
		if split(f[0], laGivenA, laGivenB) && split(f[1], laFamA, laFamB) {
			return true
		}
		if split(f[0], thGivenA, thGivenB) && split(f[1], thFamA, thFamB) {
			return true
		}
	}
	return false
}

// No person of the development articles (gold files) can be generated:
// the benchmark's quality check never scores a name the extractor may
// have been tuned on.
func TestNoDevelopmentPerson(t *testing.T) {
	files, err := filepath.Glob("../../testdata/gold/*.json")
	if err != nil || len(files) == 0 {
		t.Fatalf("no gold files found (%v)", err)
	}
	persons := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var gold struct {
			Entities map[string]struct {
				Type  string   `json:"type"`
				Names []string `json:"names"`
			} `json:"entities"`
		}
		if err := json.Unmarshal(b, &gold); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		for key, e := range gold.Entities {
			if e.Type != "Person" {
				continue
			}
			persons++
			for _, n := range e.Names {
				if canProduce(n) {
					t.Errorf("%s: development person %s (%q) can be generated", filepath.Base(f), key, n)
				}
			}
		}
	}
	if persons == 0 {
		t.Fatal("no person in the gold files: the check checked nothing")
	}
	// The check itself recognises generated names.
	g := mustNew(t, Options{N: 50, Seed: 1})
	for a := range g.All() {
		for _, p := range a.Truth.Persons {
			if !canProduce(p.Name) {
				t.Fatalf("canProduce does not recognise the generated name %q", p.Name)
			}
		}
	}
}

// The JSON Lines and text forms are what dyad's own reader reads back,
// article for article.
func TestWritersReadBack(t *testing.T) {
	dir := t.TempDir()
	g := mustNew(t, Options{N: 25, Seed: 5})

	jsonl := filepath.Join(dir, "corpus.jsonl")
	f, err := os.Create(jsonl)
	if err != nil {
		t.Fatal(err)
	}
	st, err := WriteJSONL(f, g.All())
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	if st.Articles != 25 || st.FileBytes <= st.TextBytes {
		t.Errorf("JSON Lines counts: %+v", st)
	}
	txt := filepath.Join(dir, "txt")
	if _, err := WriteText(txt, g.All()); err != nil {
		t.Fatal(err)
	}

	ctx := context.Background()
	var fromJSONL, fromText []source.Document
	for d, err := range source.Files(ctx, []string{jsonl}, source.Options{}) {
		if err != nil {
			t.Fatal(err)
		}
		fromJSONL = append(fromJSONL, d)
	}
	for d, err := range source.Files(ctx, []string{txt}, source.Options{}) {
		if err != nil {
			t.Fatal(err)
		}
		fromText = append(fromText, d)
	}
	if len(fromJSONL) != 25 || len(fromText) != 25 {
		t.Fatalf("read back %d JSON Lines and %d text documents, want 25 each", len(fromJSONL), len(fromText))
	}
	for i, d := range fromJSONL {
		a := g.Article(i)
		if d.Title != a.Title || d.Lang != a.Lang || d.Published != a.Published || strings.TrimSpace(d.Text) != strings.TrimSpace(a.Text) {
			t.Errorf("JSON Lines document %d differs from article %d", i, i)
		}
		if !strings.Contains(fromText[i].Text, a.Truth.Persons[0].Name) {
			t.Errorf("text document %d (%s) lacks %q", i, fromText[i].Source, a.Truth.Persons[0].Name)
		}
	}
}

func TestOptionErrors(t *testing.T) {
	tests := []struct {
		name string
		opts Options
		want string
	}{
		{"negative count", Options{N: -1}, "between 0 and"},
		{"too many", Options{N: MaxArticles + 1}, "between 0 and"},
		{"unknown language", Options{N: 1, Langs: []string{"de"}}, `"de" is not one of fr, vi, en`},
		{"language twice", Options{N: 1, Langs: []string{"fr", "fr"}}, "given twice"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := New(tt.opts)
			if !errors.Is(err, ErrOptions) || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("New(%+v) = %v, want ErrOptions saying %q", tt.opts, err, tt.want)
			}
		})
	}
}

func TestParseLangs(t *testing.T) {
	tests := []struct {
		in      string
		want    []string
		wantErr bool
	}{
		{"fr,vi,en", []string{"fr", "vi", "en"}, false},
		{" FR , en ", []string{"fr", "en"}, false},
		{"", Languages, false},
		{"fr,,vi", []string{"fr", "vi"}, false},
		{"fr,xx", nil, true},
		{"vi,vi", nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseLangs(tt.in)
			if (err != nil) != tt.wantErr {
				t.Fatalf("ParseLangs(%q) error = %v, want error %v", tt.in, err, tt.wantErr)
			}
			if !tt.wantErr && !slices.Equal(got, tt.want) {
				t.Fatalf("ParseLangs(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func FuzzParseLangs(f *testing.F) {
	for _, s := range []string{"fr,vi,en", "en", "", ",,", "fr,fr", "FR, Vi"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		langs, err := ParseLangs(s)
		if err != nil {
			if !errors.Is(err, ErrOptions) {
				t.Fatalf("error %v does not wrap ErrOptions", err)
			}
			return
		}
		if len(langs) == 0 {
			t.Fatal("no error and no language")
		}
		for _, l := range langs {
			if !slices.Contains(Languages, l) {
				t.Fatalf("ParseLangs(%q) gave unknown %q", s, l)
			}
		}
	})
}

func BenchmarkGenerate(b *testing.B) {
	g := mustNew(b, Options{N: MaxArticles, Seed: 1})
	var bytes int64
	i := 0
	for b.Loop() {
		a := g.Article(i)
		bytes += int64(len(a.Title) + len(a.Text))
		i++
	}
	b.SetBytes(bytes / int64(max(i, 1)))
}

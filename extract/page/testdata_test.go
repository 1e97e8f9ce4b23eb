package page

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// goldArticle is the part of an evaluation gold file this package answers for.
type goldArticle struct {
	Lang      string   `json:"lang"`
	Published *string  `json:"published"`
	Accept    []string `json:"published_accept"`
}

func readGold(t *testing.T) map[string]goldArticle {
	t.Helper()
	files, err := filepath.Glob("../../testdata/gold/*.json")
	if err != nil || len(files) == 0 {
		t.Fatalf("no gold files: %v", err)
	}
	all := map[string]goldArticle{}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var g struct {
			Articles map[string]goldArticle `json:"articles"`
		}
		if err := json.Unmarshal(data, &g); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		for k, v := range g.Articles {
			all[k] = v
		}
	}
	return all
}

// TestDevArticles checks language and publication date against the gold of
// the development articles, the invariants of the spans, and that nothing
// after a page's "more news" marker reaches the body.
func TestDevArticles(t *testing.T) {
	gold := readGold(t)
	files, _ := filepath.Glob("../../testdata/articles/*.txt")
	if len(files) != len(gold) {
		t.Fatalf("%d articles, %d in the gold", len(files), len(gold))
	}
	for _, f := range files {
		name := filepath.Base(f)
		t.Run(name, func(t *testing.T) {
			g, ok := gold[name]
			if !ok {
				t.Fatalf("%s not in the gold", name)
			}
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			text := string(data)
			p := Parse(text)
			if p.Lang != g.Lang {
				t.Errorf("lang %q, gold %q", p.Lang, g.Lang)
			}
			pub := p.Published.String()
			switch {
			case g.Published == nil:
				if pub != "" {
					t.Errorf("published %q, gold null", pub)
				}
			case pub != *g.Published && !slices.Contains(g.Accept, pub) && !(pub != "" && strings.HasPrefix(pub, *g.Published)):
				t.Errorf("published %q, gold %q (accepted %v)", pub, *g.Published, g.Accept)
			}
			checkPage(t, text, p)
			if p.Title == "" || len(p.Problems) > 0 {
				t.Errorf("title %q, problems %v", p.Title, p.Problems)
			}
			body := bodyText(text, p)
			// Sections of other stories and page furniture never reach the body.
			for _, noise := range []string{"Voir plus", "Tin khác", "Bình Luận", "Photo: VNA", "Photo : VNA",
				"ảnh 1", "hinh anh 1", " hinh 1", "(Source: VNA)", "(Photo:", "Ảnh: ", "Trả lời", "Par C. Nika",
				"Lê Tuyết/VOV", "Phúc Hằng (TTXVN)", "./.", "-VNA", " - VNA", "\nN.H", "\nVNA"} {
				if strings.Contains(body, noise) {
					t.Errorf("body keeps noise %q", noise)
				}
			}
			golden(t, name, text, p)
		})
	}
}

// checkPage asserts the invariants of a Page over its text.
func checkPage(t *testing.T, text string, p Page) {
	t.Helper()
	prev := 0
	for _, s := range p.Body {
		if s.Start < prev || s.End <= s.Start || s.End > len(text) {
			t.Fatalf("body span %+v out of order or bounds (previous end %d, len %d)", s, prev, len(text))
		}
		if strings.TrimSpace(text[s.Start:s.End]) != text[s.Start:s.End] {
			t.Fatalf("body span %+v not trimmed: %q", s, text[s.Start:s.End])
		}
		prev = s.End
	}
	if p.TitleSpan.End > len(text) || p.TitleSpan.Start > p.TitleSpan.End || text[p.TitleSpan.Start:p.TitleSpan.End] != p.Title {
		t.Fatalf("title %q is not text%v", p.Title, p.TitleSpan)
	}
	if !p.Published.IsZero() && p.Published.String() == "" {
		t.Fatalf("published %+v has no partial ISO form", p.Published)
	}
	if !p.Dateline.IsZero() {
		in := false
		for _, s := range p.Body {
			in = in || s.Start <= p.Dateline.Start && p.Dateline.End <= s.End
		}
		if !in {
			t.Fatalf("dateline %+v outside the body", p.Dateline)
		}
	}
}

func bodyText(text string, p Page) string {
	var b strings.Builder
	for _, s := range p.Body {
		b.WriteString(text[s.Start:s.End])
		b.WriteByte('\n')
	}
	return b.String()
}

// goldenPage is the reviewed form of a Parse result.
type goldenPage struct {
	Title     string   `json:"title"`
	Lang      string   `json:"lang"`
	Published string   `json:"published"`
	Dateline  string   `json:"dateline"`
	Body      []string `json:"body"`
	Problems  []string `json:"problems"`
}

func golden(t *testing.T, name, text string, p Page) {
	t.Helper()
	g := goldenPage{Title: p.Title, Lang: p.Lang, Published: p.Published.String(),
		Dateline: text[p.Dateline.Start:p.Dateline.End], Body: []string{}, Problems: p.Problems}
	for _, s := range p.Body {
		g.Body = append(g.Body, text[s.Start:s.End])
	}
	data, err := json.MarshalIndent(g, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	data = append(data, '\n')
	path := filepath.Join("testdata", "golden", strings.TrimSuffix(name, ".txt")+".golden.json")
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if string(want) != string(data) {
		t.Errorf("%s differs from the Parse result; review and run go test -update\n got: %s", path, data)
	}
}

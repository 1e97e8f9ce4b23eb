package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/dyadgraph/dyad/config"
	"github.com/dyadgraph/dyad/facts"
	"github.com/dyadgraph/dyad/graph/graphtest"
)

// extractCfg is the default configuration, quiet.
func extractCfg() config.Config {
	cfg := config.Default()
	cfg.Log.Level = "warn"
	return cfg
}

// extractTo runs dyad extract with the given format and returns stdout,
// stderr and the error.
func extractTo(t *testing.T, cfg config.Config, format string, paths ...string) (string, string, error) {
	t.Helper()
	var out, errOut bytes.Buffer
	err := runExtract(context.Background(), cfg, extractOptions{streams: streams{out: &out, errOut: &errOut}, format: format}, paths...)
	return out.String(), errOut.String(), err
}

// parseJSONL parses dyad extract's JSON Lines, failing t on a bad line.
func parseJSONL(t *testing.T, out string) []*facts.Doc {
	t.Helper()
	var docs []*facts.Doc
	for i, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		if line == "" {
			continue
		}
		var d facts.Doc
		dec := json.NewDecoder(strings.NewReader(line))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&d); err != nil {
			t.Fatalf("line %d is not a contract object: %v\n%s", i+1, err, line)
		}
		if err := d.Validate(); err != nil {
			t.Errorf("line %d: %v", i+1, err)
		}
		docs = append(docs, &d)
	}
	return docs
}

func sources(docs []*facts.Doc) []string {
	var s []string
	for _, d := range docs {
		s = append(s, d.Article.Source)
	}
	return s
}

func TestExtractDirectory(t *testing.T) {
	isolateEnv(t)
	dir := testdata("articles")
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, e := range entries { // ReadDir sorts by name: the walk order
		if !e.IsDir() && strings.HasSuffix(e.Name(), ".txt") {
			want = append(want, filepath.Join(dir, e.Name()))
		}
	}
	stdout, stderr, err := extractTo(t, extractCfg(), formatJSONL, dir)
	if err != nil {
		t.Fatalf("dyad extract %s: %v\n%s", dir, err, stderr)
	}
	docs := parseJSONL(t, stdout)
	if got := sources(docs); !slices.Equal(got, want) {
		t.Errorf("article sources, in order:\n got %q\nwant %q", got, want)
	}
	for _, d := range docs {
		if d.Article.ID == "" || d.Article.Lang == "" || d.Article.Title == "" {
			t.Errorf("%s: article lacks id, language or title: %+v", d.Article.Source, d.Article)
		}
		if len(d.Entities) == 0 {
			t.Errorf("%s: no entity extracted", d.Article.Source)
		}
	}
	if stderr != "" {
		t.Errorf("stderr = %q, want nothing", stderr)
	}
}

func TestExtractKeepsInputOrder(t *testing.T) {
	isolateEnv(t)
	args := []string{testdata("articles", "22_en.txt"), testdata("articles", "02_fr.txt"), testdata("articles", "10_vi.txt")}
	one := extractCfg()
	one.Ingest.Workers = 1
	many := extractCfg()
	many.Ingest.Workers = 8
	out1, _, err := extractTo(t, one, formatJSONL, args...)
	if err != nil {
		t.Fatal(err)
	}
	if got := sources(parseJSONL(t, out1)); !slices.Equal(got, args) {
		t.Errorf("sources %q, want the arguments in their order %q", got, args)
	}
	outN, _, err := extractTo(t, many, formatJSONL, args...)
	if err != nil {
		t.Fatal(err)
	}
	if outN != out1 {
		t.Errorf("8 workers print something else than 1 worker")
	}
}

func TestExtractBadInputs(t *testing.T) {
	isolateEnv(t)
	dir := t.TempDir()
	good1, err := os.ReadFile(testdata("articles", "02_fr.txt"))
	if err != nil {
		t.Fatal(err)
	}
	good2, err := os.ReadFile(testdata("articles", "10_vi.txt"))
	if err != nil {
		t.Fatal(err)
	}
	binary := make([]byte, 4096)
	for i := range binary {
		binary[i] = byte(i * 7 % 256)
	}
	a := writeFile(t, dir, "a_good.txt", string(good1))
	b := writeFile(t, dir, "b_empty.txt", "")
	c := writeFile(t, dir, "c_binary.txt", string(binary))
	d := writeFile(t, dir, "d_good.txt", string(good2))
	missing := filepath.Join(dir, "e_missing.txt")

	stdout, stderr, err := extractTo(t, extractCfg(), formatJSONL, a, b, c, d, missing)
	if code := exitCode(err); code != 1 {
		t.Errorf("exit code %d (%v), want 1", code, err)
	}
	if got := sources(parseJSONL(t, stdout)); !slices.Equal(got, []string{a, d}) {
		t.Errorf("printed %q, want the two good articles %q", got, []string{a, d})
	}
	lines := strings.Split(strings.TrimSuffix(stderr, "\n"), "\n")
	if len(lines) != 3 {
		t.Fatalf("stderr has %d lines, want one per bad input:\n%s", len(lines), stderr)
	}
	for i, bad := range []string{b, c, missing} {
		if !strings.HasPrefix(lines[i], "dyad: "+bad+": ") {
			t.Errorf("stderr line %d = %q, want it to name %s", i+1, lines[i], bad)
		}
	}

	// Error cases: nothing readable.
	_, stderr, err = extractTo(t, extractCfg(), formatJSONL, b, c)
	if code := exitCode(err); code != 2 {
		t.Errorf("every input bad: exit code %d (%v), want 2; stderr %q", code, err, stderr)
	}
}

func TestExtractFormats(t *testing.T) {
	isolateEnv(t)
	args := []string{testdata("articles", "02_fr.txt"), testdata("articles", "19_en.txt")}
	jsonl, _, err := extractTo(t, extractCfg(), formatJSONL, args...)
	if err != nil {
		t.Fatal(err)
	}
	docs := parseJSONL(t, jsonl)

	js, _, err := extractTo(t, extractCfg(), formatJSON, args...)
	if err != nil {
		t.Fatal(err)
	}
	var arr []*facts.Doc
	if err := json.Unmarshal([]byte(js), &arr); err != nil {
		t.Fatalf("--format json is not a JSON array: %v\n%s", err, js)
	}
	if len(arr) != len(docs) || arr[0].Article.ID != docs[0].Article.ID || arr[1].Article.Source != args[1] {
		t.Errorf("--format json gives other articles than jsonl")
	}

	text, _, err := extractTo(t, extractCfg(), formatText, args...)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		for _, want := range []string{d.Article.Title + "\n", "  source:    " + d.Article.Source + "\n", "  language:  " + d.Article.Lang + "\n"} {
			if !strings.Contains(text, want) {
				t.Errorf("--format text lacks %q:\n%s", want, text)
			}
		}
	}

	// Error cases.
	if _, _, err := extractTo(t, extractCfg(), "xml", args...); exitCode(err) != 2 || !strings.Contains(err.Error(), `"xml"`) {
		t.Errorf("--format xml: %v, want a usage error naming it", err)
	}
	if out, _, err := extractTo(t, extractCfg(), formatJSON, filepath.Join(t.TempDir(), "none.txt")); exitCode(err) != 2 || out != "[]\n" {
		t.Errorf("--format json of nothing readable: %q, %v; want [] and exit 2", out, err)
	}
}

func TestWriteText(t *testing.T) {
	docs := graphtest.ReadDocs(t, testdata("contract", "sample.jsonl"))
	var b bytes.Buffer
	if err := writeText(&b, docs[0]); err != nil {
		t.Fatal(err)
	}
	got := b.String()
	for _, want := range []string{
		"Le vice-Premier ministre Trần Hồng Hà reçu par le Premier ministre lao à Vientiane\n",
		"  source:    testdata/articles/fr/vn-la-vientiane.html\n",
		"  language:  fr\n",
		"  published: 2024-01-08\n",
		"  people:\n    - Trần Hồng Hà [VN]: vice-Premier ministre, ",
		"  events:\n    - ",
		", 2024-01-08, in Vientiane; participants: Trần Hồng Hà, Sonexay Siphandone\n",
		"  agreements:\n    - ",
		"(plan, 2024-01); parties: ",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("text summary lacks %q:\n%s", want, got)
		}
	}
}

func TestExtractUserLexicon(t *testing.T) {
	isolateEnv(t)
	article := testdata("articles", "02_fr.txt")
	dir := t.TempDir()
	tests := []struct {
		name    string
		content string // "" = the file does not exist
		want    string // substring of the error; "" = success
	}{
		{name: "missing file", want: "lexicon.files"},
		{name: "not YAML", content: "countries: [unclosed\n", want: "lexicon.files"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(dir, strings.ReplaceAll(tt.name, " ", "_")+".yaml")
			if tt.content != "" {
				writeFile(t, dir, filepath.Base(path), tt.content)
			}
			cfg := extractCfg()
			cfg.Lexicon.Files = []string{path}
			stdout, _, err := extractTo(t, cfg, formatJSONL, article)
			if tt.want == "" {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			if err == nil || exitCode(err) != 2 || !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), filepath.Base(path)) {
				t.Errorf("extract with lexicon %s: %v (exit %d), want exit 2 naming %s and the file", path, err, exitCode(err), tt.want)
			}
			if stdout != "" {
				t.Errorf("printed %q before failing on the configuration", stdout)
			}
		})
	}
}

// A place the built-in lexicons do not know is found once a user lexicon
// file, named in the environment, lists it.
func TestExtractUserLexiconAddsPlace(t *testing.T) {
	isolateEnv(t)
	dir := t.TempDir()
	article := writeFile(t, dir, "article.txt", "Le Vietnam et le Cambodge renforcent leur coopération\n\n"+
		"Phnom Penh, 12 mars (VNA) - Le Premier ministre cambodgien Hun Manet a reçu le 12 mars au Pavillon Orkidara de Kampot "+
		"le ministre vietnamien des Affaires étrangères Bui Thanh Son.\n")
	lex := writeFile(t, dir, "places.yaml", "places:\n  - {country: KH, kind: venue, names: [Pavillon Orkidara]}\n")
	hasPlace := func(out string) bool {
		for _, d := range parseJSONL(t, out) {
			for _, e := range d.Entities {
				if e.Type == facts.TypeLocation && e.Name == "Pavillon Orkidara" {
					return true
				}
			}
		}
		return false
	}
	without, stderr, code := run(t, context.Background(), "extract", article)
	if code != 0 || hasPlace(without) {
		t.Fatalf("without the user lexicon: exit %d, place found %v (stderr %q); want 0, not found", code, hasPlace(without), stderr)
	}
	t.Setenv("DYAD_LEXICON_FILES", lex)
	with, stderr, code := run(t, context.Background(), "extract", article)
	if code != 0 || !hasPlace(with) {
		t.Errorf("with DYAD_LEXICON_FILES=%s: exit %d, place found %v (stderr %q); want it found", lex, code, hasPlace(with), stderr)
	}
}

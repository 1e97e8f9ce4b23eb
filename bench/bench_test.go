package bench

import (
	"context"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/dyadgraph/dyad/bench/corpus"
	"github.com/dyadgraph/dyad/extract"
	"github.com/dyadgraph/dyad/facts"
	"github.com/dyadgraph/dyad/ingest"
)

func newExtractor(t testing.TB) *extract.Extractor {
	t.Helper()
	ex, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return ex
}

func generate(t testing.TB, n int, seed uint64) *corpus.Generator {
	t.Helper()
	g, err := corpus.New(corpus.Options{N: n, Seed: seed})
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// extractAll extracts n generated articles, in order.
func extractAll(t testing.TB, n int, seed uint64) []*facts.Doc {
	t.Helper()
	ex := newExtractor(t)
	var out []*facts.Doc
	for d, err := range ingest.Extract(context.Background(), Documents(generate(t, n, seed), ""), ex, 0) {
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, d)
	}
	return out
}

func str(s string) *string { return &s }

func TestMakeRowsCountsFactsLikeTheLoader(t *testing.T) {
	doc := &facts.Doc{
		Article: facts.Article{ID: "article:1", Source: "a.txt", Title: "T", Lang: "fr", Published: str("2023-12-01"), ContentHash: "h"},
		Entities: []facts.Entity{
			{ID: "person:a:VN", Type: facts.TypePerson, Name: "A", Aliases: []string{"A1", "A2"}, Country: str("VN")},
			{ID: "person:a:VN", Type: facts.TypePerson, Name: "A again"}, // listed twice: one mention
			{ID: "org:gov:VN", Type: facts.TypeOrganization, Name: "Gouvernement", Kind: "government"},
			{ID: "event:x", Type: facts.TypeEvent, Name: "talks", Kind: "talks", Date: str("2023-12-01")},
		},
		Relations: []facts.Relation{
			{Type: facts.RelHoldsPosition, From: "person:a:VN", To: "org:gov:VN", Title: "Premier ministre", Evidence: "e1"},
			{Type: facts.RelHoldsPosition, From: "person:a:VN", To: "org:gov:VN", Title: "PM", Evidence: "e2"}, // stated twice: one support
			{Type: facts.RelParticipatedIn, From: "person:a:VN", To: "event:x", Evidence: "e3"},
		},
	}
	rows, err := MakeRows([]*facts.Doc{doc})
	if err != nil {
		t.Fatal(err)
	}
	if len(rows.Articles) != 1 || len(rows.Mentions) != 3 || len(rows.Supports) != 2 || rows.Facts() != 5 {
		t.Fatalf("rows: %d articles, %d mentions, %d supports; want 1, 3, 2", len(rows.Articles), len(rows.Mentions), len(rows.Supports))
	}
	m := rows.Mentions[0]
	if m.Label != "Person" || m.Aliases != "A1|A2" || m.Country != "VN" || m.Name != "A" {
		t.Errorf("first mention: %+v", m)
	}
	if k := rows.Supports[0].Key; k != (RelKey{"HOLDS_POSITION", "Person", "Organization"}) || rows.Supports[0].Title != "Premier ministre" {
		t.Errorf("first support: %+v", rows.Supports[0])
	}

	t.Run("errors", func(t *testing.T) {
		bad := *doc
		bad.Relations = []facts.Relation{{Type: facts.RelHeldIn, From: "event:x", To: "loc:nowhere"}}
		if _, err := MakeRows([]*facts.Doc{&bad}); err == nil || !strings.Contains(err.Error(), "loc:nowhere") {
			t.Errorf("a relation to an unknown entity: err = %v, want one naming it", err)
		}
		if _, err := WriteCSV("", "x", rows); err == nil || !strings.Contains(err.Error(), "NEO4J_IMPORT_DIR") {
			t.Errorf("no import folder: err = %v, want one naming NEO4J_IMPORT_DIR", err)
		}
		forged := &Rows{Mentions: []MentionRow{{Label: "Person) DETACH DELETE (x", ID: "x"}}}
		if _, err := WriteCSV(t.TempDir(), "x", forged); err == nil || !strings.Contains(err.Error(), "unknown label") {
			t.Errorf("a label outside the closed list: err = %v", err)
		}
	})
}

func TestPrefix(t *testing.T) {
	docs := extractAll(t, 3, 1)
	c := CloneDocs(docs, "p~")
	for i, d := range c {
		if !strings.HasPrefix(d.Article.ID, "p~") || !strings.HasPrefix(d.Article.Source, "p~") {
			t.Errorf("doc %d: article %q source %q not prefixed", i, d.Article.ID, d.Article.Source)
		}
		for _, e := range d.Entities {
			if !strings.HasPrefix(e.ID, "p~") {
				t.Errorf("doc %d: entity %q not prefixed", i, e.ID)
			}
		}
		if err := d.Validate(); err != nil {
			t.Errorf("doc %d after prefixing: %v", i, err)
		}
		if strings.HasPrefix(docs[i].Article.ID, "p~") {
			t.Fatal("CloneDocs changed its input")
		}
	}
	// A source already prefixed (ingest documents) is not prefixed twice.
	d := &facts.Doc{Article: facts.Article{ID: "article:1", Source: "p~a.txt"}}
	PrefixDoc(d, "p~")
	if d.Article.Source != "p~a.txt" || d.Article.ID != "p~article:1" {
		t.Errorf("PrefixDoc: %+v", d.Article)
	}
}

func TestWriteCSV(t *testing.T) {
	docs := extractAll(t, 20, 2)
	rows, err := MakeRows(docs)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	set, err := WriteCSV(dir, "run/1", rows)
	if err != nil {
		t.Fatal(err)
	}
	if set.Dir != "run-1" || set.Rows != rows.Facts() || set.Files[0].Name != "articles.csv" || set.Files[0].Rows != 20 {
		t.Fatalf("set: dir %q, %d rows (want %d), first file %+v", set.Dir, set.Rows, rows.Facts(), set.Files[0])
	}
	b, err := os.ReadFile(dir + "/run-1/articles.csv")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	if lines[0] != "id,source,title,lang,published,content_hash" || len(lines) != 21 {
		t.Errorf("articles.csv: header %q, %d lines", lines[0], len(lines))
	}
	if err := set.Remove(dir); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(dir + "/run-1"); !os.IsNotExist(err) {
		t.Errorf("Remove left the folder: %v", err)
	}
}

func TestDiscardAndPeakRSS(t *testing.T) {
	var d Discard
	docs := extractAll(t, 10, 3)
	st, err := d.Load(context.Background(), docs)
	if err != nil {
		t.Fatal(err)
	}
	want := 0
	for _, doc := range docs {
		want += len(doc.Entities) + len(doc.Relations)
	}
	if st.Facts() != want || d.Facts() != int64(want) || d.Docs() != 10 {
		t.Errorf("Discard counted %d facts (%d), %d docs; want %d, 10", st.Facts(), d.Facts(), d.Docs(), want)
	}
	known, err := d.KnownHashes(context.Background(), []string{"a"})
	if err != nil || len(known) != 0 {
		t.Errorf("KnownHashes = %v, %v; want nothing", known, err)
	}
	peak, err := PeakRSS()
	if err != nil {
		t.Fatal(err)
	}
	if peak < 1<<20 || peak > 1<<40 {
		t.Errorf("peak RSS %d bytes is not plausible", peak)
	}
}

// ingest.Run with the Discard loader reads, extracts and batches every
// generated document; the extractor wrapper prefixes every id.
func TestPipelineWithDiscard(t *testing.T) {
	var d Discard
	g := generate(t, 60, 4)
	rep, err := ingest.Run(context.Background(), Documents(g, "p~"), PrefixExtractor{Ex: newExtractor(t), Prefix: "p~"}, &d,
		ingest.Options{Workers: 2, BatchSize: 7})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Read != 60 || rep.Loaded != 60 || d.Docs() != 60 || rep.Batches != 9 {
		t.Fatalf("read %d, loaded %d, discard saw %d, %d batches; want 60, 60, 60, 9", rep.Read, rep.Loaded, d.Docs(), rep.Batches)
	}
	if !slices.Contains([]int{rep.Entities + rep.Relations}, int(d.Facts())) {
		t.Errorf("report counts %d facts, the loader %d", rep.Entities+rep.Relations, d.Facts())
	}
}

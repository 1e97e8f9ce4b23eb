package main

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dyadgraph/dyad/cookbook/cookbooktest"
	"github.com/dyadgraph/dyad/export"
	"github.com/dyadgraph/dyad/facts"
	"github.com/dyadgraph/dyad/graph/graphtest"
)

func TestExportUsage(t *testing.T) {
	hermetic(t)
	t.Setenv("NEO4J_URI", "bolt://127.0.0.1:1")
	errorCases := []struct {
		name string
		args []string
		want string
	}{
		{"csv to stdout", []string{"export", "--format", "csv"}, "give --out DIR"},
		{"unknown format", []string{"export", "--format", "gexf"}, `--format "gexf"`},
		{"paths without --from", []string{"export", "articles/"}, "paths are read only with --from"},
		{"--from without paths", []string{"export", "--from"}, "--from needs at least one PATH"},
		{"nothing readable", []string{"export", "--from", "/nonexistent/dir"}, "/nonexistent/dir"},
	}
	for _, tt := range errorCases {
		t.Run(tt.name, func(t *testing.T) {
			out, errOut, code := runResearch(t, tt.args...)
			if code != exitFailed || out != "" || !strings.Contains(errOut, tt.want) {
				t.Errorf("exit %d, stdout %q, stderr %q; want 2 and %q", code, out, errOut, tt.want)
			}
		})
	}
}

// dyad export --from reads and extracts the sample articles without a
// database; the GraphML it prints parses and has every article.
func TestExportFromArticles(t *testing.T) {
	isolateEnv(t)
	t.Setenv("NEO4J_URI", "bolt://127.0.0.1:1") // never used
	articles, err := filepath.Glob(testdata("articles", "*.txt"))
	if err != nil || len(articles) == 0 {
		t.Fatalf("no sample articles: %v", err)
	}
	out, errOut, code := runResearch(t, "export", "--format", "graphml", "--from", testdata("articles"))
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var doc struct {
		Keys []struct {
			ID   string `xml:"id,attr"`
			Name string `xml:"attr.name,attr"`
		} `xml:"key"`
		Nodes []struct {
			Data []struct {
				Key   string `xml:"key,attr"`
				Value string `xml:",chardata"`
			} `xml:"data"`
		} `xml:"graph>node"`
		Edges []struct{} `xml:"graph>edge"`
	}
	if err := xml.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("not GraphML: %v", err)
	}
	labels := map[string]int{}
	for _, n := range doc.Nodes {
		for _, d := range n.Data {
			if d.Key == "labels" {
				labels[d.Value]++
			}
		}
	}
	if labels["Article"] != len(articles) || labels["Person"] == 0 || labels["Event"] == 0 || len(doc.Edges) == 0 {
		t.Errorf("labels %v, %d edges; want %d articles, people, events and edges", labels, len(doc.Edges), len(articles))
	}

	// One unreadable input among good ones: reported, the rest exported, exit 1.
	dir := t.TempDir()
	bad := filepath.Join(dir, "broken.html")
	if err := os.WriteFile(bad, []byte{0x00, 0x01, 0x02, 0xff, 0xfe, 0x00}, 0o644); err != nil {
		t.Fatal(err)
	}
	outDir := filepath.Join(dir, "out")
	_, errOut, code = runResearch(t, "export", "--format", "jsonl", "--out", outDir, "--from", articles[0], bad)
	if code != exitPartial || !strings.Contains(errOut, "broken.html") {
		t.Errorf("exit %d, stderr %q; want 1 naming broken.html", code, errOut)
	}
	docs := readJSONL(t, filepath.Join(outDir, "dyad.jsonl"))
	if len(docs) != 1 || docs[0].Article.Source != articles[0] {
		t.Errorf("docs = %+v; want the one good article", docs)
	}
}

func readJSONL(t *testing.T, path string) []*facts.Doc {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r := facts.NewReader(f)
	var out []*facts.Doc
	for {
		d, err := r.Next()
		if errors.Is(err, io.EOF) {
			return out
		}
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, d)
	}
}

// Exporting from Neo4j gives the graph that was loaded: the fixture's part
// of the JSON Lines export is the fixture (as the loader merged it), and
// the CSV files hold all of it.
func TestExportFromDatabase(t *testing.T) {
	fx := cookbooktest.Load(t)
	cfg := neo4jConfig(t)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	dir := t.TempDir()
	var out, errOut bytes.Buffer
	o := exportOptions{streams: streams{out: &out, errOut: &errOut}, format: "jsonl", dir: dir}
	if err := runExport(ctx, cfg, o); err != nil {
		t.Fatalf("%v\n%s", err, errOut.String())
	}
	var mine []*facts.Doc
	for _, d := range readJSONL(t, filepath.Join(dir, "dyad.jsonl")) {
		if strings.HasPrefix(d.Article.ID, fx.Prefix) {
			mine = append(mine, d)
		}
	}
	want, errs := export.FromDocs(graphtest.WithPrefix(fx.Prefix, cookbooktest.Docs(t)...))
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	got, errs := export.FromDocs(mine)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	var a, b bytes.Buffer
	if err := export.Cypher(&a, got); err != nil {
		t.Fatal(err)
	}
	if err := export.Cypher(&b, want); err != nil {
		t.Fatal(err)
	}
	if a.String() != b.String() {
		t.Errorf("the database export of the fixture differs from the fixture (%d vs %d bytes)", a.Len(), b.Len())
	}

	o.format = "csv"
	if err := runExport(ctx, cfg, o); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join(dir, "nodes-Person.csv"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(data), "id:ID(Person),:LABEL,") || !strings.Contains(string(data), fx.Prefix+"person:hun-manet:XK,Person,") {
		t.Errorf("nodes-Person.csv lacks the header or the fixture's people")
	}
	if _, err := os.Stat(filepath.Join(dir, "import.sh")); err != nil {
		t.Error(err)
	}
}

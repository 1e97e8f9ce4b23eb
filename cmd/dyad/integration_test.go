package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dyadgraph/dyad/config"
	"github.com/dyadgraph/dyad/facts"
	"github.com/dyadgraph/dyad/graph"
	"github.com/dyadgraph/dyad/graph/graphtest"
)

// Integration tests run against the Neo4j of NEO4J_URI (or a container);
// without one they skip, or fail when DYAD_REQUIRE_NEO4J=1. Each works under
// its own id prefix and removes only that.

// neo4jConfig is the default configuration pointed at the test database.
func neo4jConfig(t *testing.T) config.Config {
	t.Helper()
	gc := graphtest.Neo4j(t)
	cfg := config.Default()
	cfg.Neo4j.URI, cfg.Neo4j.Username, cfg.Neo4j.Password = gc.URI, gc.Username, gc.Password
	if gc.Database != "" {
		cfg.Neo4j.Database = gc.Database
	}
	cfg.Log.Level = "warn"
	return cfg
}

// prefixedContract writes the sample contract file with every id and source
// under a prefix unique to t, and returns its path, the docs, and a client
// on the test database.
func prefixedContract(t *testing.T) (string, []*facts.Doc, *graph.Client, string) {
	t.Helper()
	c := graphtest.Connect(t)
	prefix := graphtest.Prefix(t, c)
	docs := graphtest.WithPrefix(prefix, graphtest.ReadDocs(t, testdata("contract", "sample.jsonl"))...)
	if len(docs) < 2 {
		t.Fatalf("the sample contract file has %d docs, want several", len(docs))
	}
	return writeDocs(t, docs), docs, c, prefix
}

func writeDocs(t *testing.T, docs []*facts.Doc, extraLines ...string) string {
	t.Helper()
	var b bytes.Buffer
	for _, d := range docs {
		line, err := json.Marshal(d)
		if err != nil {
			t.Fatal(err)
		}
		b.Write(line)
		b.WriteByte('\n')
	}
	for _, l := range extraLines {
		b.WriteString(l + "\n")
	}
	p := filepath.Join(t.TempDir(), "facts.jsonl")
	if err := os.WriteFile(p, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func dump(t *testing.T, c *graph.Client, prefix string) *graph.Dump {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	d, err := c.Dump(ctx, graph.DumpOptions{IDPrefix: prefix})
	if err != nil {
		t.Fatalf("dump: %v", err)
	}
	return d
}

func TestLoadIntegration(t *testing.T) {
	cfg := neo4jConfig(t)
	file, docs, c, prefix := prefixedContract(t)
	ctx := context.Background()

	var out, errOut bytes.Buffer
	s := streams{out: &out, errOut: &errOut}
	if err := runLoad(ctx, cfg, loadOptions{streams: s}, file); err != nil {
		t.Fatalf("dyad load: %v\n%s", err, errOut.String())
	}
	first := dump(t, c, prefix)
	if got := first.Counts["Article"]; got != len(docs) {
		t.Errorf("%d Article nodes after load, want %d", got, len(docs))
	}
	for _, d := range docs {
		if first.Node("Article", d.Article.ID) == nil {
			t.Errorf("article %s not loaded", d.Article.ID)
		}
		for _, e := range d.Entities {
			if first.Node(e.Type, e.ID) == nil {
				t.Errorf("%s %s not loaded", e.Type, e.ID)
			}
		}
		for _, r := range d.Relations {
			if first.Rel(r.Type, r.From, r.To) == nil {
				t.Errorf("%s %s -> %s not loaded", r.Type, r.From, r.To)
			}
		}
	}

	// Loading again leaves the same graph; small batches too.
	cfg.Ingest.BatchSize = 1
	if err := runLoad(ctx, cfg, loadOptions{streams: s}, file); err != nil {
		t.Fatalf("second dyad load: %v", err)
	}
	if second := dump(t, c, prefix); second.String() != first.String() {
		t.Errorf("loading twice changed the graph:\nfirst:  %s\nsecond: %s", first, second)
	}
	// And from standard input.
	in, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	if err := runLoad(ctx, cfg, loadOptions{streams: s, stdin: in}, "-"); err != nil {
		t.Fatalf("dyad load -: %v", err)
	}
	if third := dump(t, c, prefix); third.String() != first.String() {
		t.Errorf("loading from standard input changed the graph")
	}
	if out.Len() != 0 {
		t.Errorf("dyad load printed on stdout: %q", out.String())
	}
}

func TestLoadBadLinesIntegration(t *testing.T) {
	cfg := neo4jConfig(t)
	_, docs, c, prefix := prefixedContract(t)
	bad := *docs[1]
	bad.Relations = append([]facts.Relation(nil), bad.Relations...)
	bad.Relations = append(bad.Relations, facts.Relation{Type: "LIKES", From: bad.Entities[0].ID, To: bad.Entities[0].ID, Evidence: "x"})
	badLine, _ := json.Marshal(&bad)
	file := writeDocs(t, docs[:1], `{"article": {"id": "broken"`, string(badLine))
	// The good doc after the bad lines.
	f, err := os.OpenFile(file, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	last, _ := json.Marshal(docs[len(docs)-1])
	f.Write(append(last, '\n'))
	f.Close()

	var out, errOut bytes.Buffer
	err = runLoad(context.Background(), cfg, loadOptions{streams: streams{out: &out, errOut: &errOut}}, file)
	if code := exitCode(err); code != 1 {
		t.Fatalf("dyad load with bad lines: %v (exit %d), want exit 1", err, code)
	}
	for _, want := range []string{file + ":2: ", file + ":3: ", `unknown relation type "LIKES"`} {
		if !strings.Contains(errOut.String(), want) {
			t.Errorf("stderr does not report %q:\n%s", want, errOut.String())
		}
	}
	d := dump(t, c, prefix)
	for _, doc := range []*facts.Doc{docs[0], docs[len(docs)-1]} {
		if d.Node("Article", doc.Article.ID) == nil {
			t.Errorf("good article %s around the bad lines not loaded", doc.Article.ID)
		}
	}
	if d.Node("Article", docs[1].Article.ID) != nil && len(docs) > 2 {
		t.Errorf("the article of the bad line was loaded")
	}
}

func TestSchemaTwiceIntegration(t *testing.T) {
	cfg := neo4jConfig(t)
	for i := range 2 {
		var out, errOut bytes.Buffer
		if err := runSchema(context.Background(), cfg, schemaOptions{streams: streams{out: &out, errOut: &errOut}}); err != nil {
			t.Fatalf("dyad schema, run %d: %v\n%s", i+1, err, errOut.String())
		}
	}
}

func TestForgetIntegration(t *testing.T) {
	cfg := neo4jConfig(t)
	file, docs, c, prefix := prefixedContract(t)
	ctx := context.Background()
	var out, errOut bytes.Buffer
	s := streams{out: &out, errOut: &errOut}
	if err := runLoad(ctx, cfg, loadOptions{streams: s}, file); err != nil {
		t.Fatal(err)
	}
	gone := docs[0]
	if err := runForget(ctx, cfg, forgetOptions{streams: s}, gone.Article.Source); err != nil {
		t.Fatalf("dyad forget %s: %v", gone.Article.Source, err)
	}
	if !strings.Contains(out.String(), "forgot 1 article(s): "+gone.Article.ID) {
		t.Errorf("dyad forget printed %q", out.String())
	}
	d := dump(t, c, prefix)
	if d.Node("Article", gone.Article.ID) != nil {
		t.Errorf("article %s still there after forget", gone.Article.ID)
	}
	if d.Node("Article", docs[1].Article.ID) == nil {
		t.Errorf("forget removed another article %s", docs[1].Article.ID)
	}

	err := runForget(ctx, cfg, forgetOptions{streams: s}, gone.Article.ID)
	if !errors.Is(err, graph.ErrNotFound) || exitCode(err) != 2 {
		t.Errorf("forgetting it again: %v (exit %d), want not found, exit 2", err, exitCode(err))
	}
}

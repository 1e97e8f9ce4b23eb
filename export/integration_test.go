package export

import (
	"bufio"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/dyadgraph/dyad/cookbook/cookbooktest"
	"github.com/dyadgraph/dyad/facts"
	"github.com/dyadgraph/dyad/graph"
	"github.com/dyadgraph/dyad/graph/graphtest"
)

// nastyDoc is an article whose text looks like Cypher and holds every
// character a string literal must escape.
func nastyDoc() *facts.Doc {
	cc := "XV"
	date := "2024-05-01"
	ev := "He said: 'it\\'s fine'}) MATCH (n) DETACH DELETE n // \"quoted\"\nsecond line\r\tand a tab, a \x01 control and a \u2028 separator; then; semicolons | bars"
	return &facts.Doc{
		Article: facts.Article{ID: "article:nasty", Source: "dir/o'brien\\\"x\".html", Title: "Title with 'quotes', \\backslashes\\ and ` backticks `", Lang: "en", Published: &date},
		Entities: []facts.Entity{
			{ID: "person:o-brien:XV", Type: "Person", Name: "O'Brien \\ }) RETURN 1 //", Aliases: []string{"a;b", "c|d", "e\nf"}, Country: &cc, Evidence: ev},
			{ID: "event:nasty", Type: "Event", Name: "Meeting `x`", Kind: "meeting", Date: &date},
		},
		Relations: []facts.Relation{{Type: "PARTICIPATED_IN", From: "person:o-brien:XV", To: "event:nasty", Evidence: ev}},
	}
}

func dumpGraph(t *testing.T, ctx context.Context, c *graph.Client, prefix string) *Graph {
	t.Helper()
	d, err := c.Dump(ctx, graph.DumpOptions{IDPrefix: prefix})
	if err != nil {
		t.Fatal(err)
	}
	g, skipped := FromDump(d)
	if skipped > 0 {
		t.Errorf("FromDump skipped %d items of dyad's own graph", skipped)
	}
	return g
}

// TestFromDocsMatchesLoader: the graph FromDocs builds without a database
// is the graph the loader writes, property for property.
func TestFromDocsMatchesLoader(t *testing.T) {
	c := graphtest.Connect(t)
	cookbooktest.Lock(t)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	prefix := graphtest.Prefix(t, c)
	docs := graphtest.WithPrefix(prefix, append(fixtureDocs(t), nastyDoc())...)
	st, err := c.Load(ctx, docs)
	if err != nil || len(st.Rejected) > 0 {
		t.Fatalf("load: %v %v", err, st.Rejected)
	}
	fromDB := dumpGraph(t, ctx, c, prefix)
	fromDocs, errs := FromDocs(docs)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	if a, b := cypherText(t, fromDB), cypherText(t, fromDocs); a != b {
		t.Errorf("database and FromDocs differ:\n%s", firstDiff(a, b))
	}
}

// TestCypherScriptReproducesGraph runs the exported script against Neo4j
// and checks the graph it makes is the exported one.
func TestCypherScriptReproducesGraph(t *testing.T) {
	c := graphtest.Connect(t)
	cookbooktest.Lock(t)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	prefix := graphtest.Prefix(t, c)
	g, errs := FromDocs(graphtest.WithPrefix(prefix, append(fixtureDocs(t), nastyDoc())...))
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	script := cypherText(t, g)
	runScript(t, ctx, script)

	got := dumpGraph(t, ctx, c, prefix)
	want := g.Counts()
	for k, n := range got.Counts() {
		if want[k] != n {
			t.Errorf("%s: script made %d, export had %d", k, n, want[k])
		}
	}
	if a, b := cypherText(t, got), script; a != b {
		t.Errorf("the script's graph differs from the exported one:\n%s", firstDiff(a, b))
	}
	// Running it again changes nothing (MERGE).
	runScript(t, ctx, script)
	if again := cypherText(t, dumpGraph(t, ctx, c, prefix)); again != script {
		t.Errorf("second run changed the graph:\n%s", firstDiff(again, script))
	}
}

// runScript executes a script as cypher-shell would: statements outside
// :begin/:commit one by one, those inside in one transaction.
func runScript(t *testing.T, ctx context.Context, script string) {
	t.Helper()
	cfg := graphtest.Neo4j(t)
	d, err := neo4j.NewDriverWithContext(cfg.URI, neo4j.BasicAuth(cfg.Username, cfg.Password, ""))
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close(context.Background())
	s := d.NewSession(ctx, neo4j.SessionConfig{DatabaseName: cfg.Database})
	defer s.Close(context.Background())
	exec := func(stmts []string) {
		_, err := s.ExecuteWrite(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
			for _, st := range stmts {
				res, err := tx.Run(ctx, st, nil)
				if err != nil {
					return nil, err
				}
				if _, err := res.Consume(ctx); err != nil {
					return nil, err
				}
			}
			return nil, nil
		})
		if err != nil {
			t.Fatalf("script: %v", err)
		}
	}
	var block []string
	inBlock := false
	sc := bufio.NewScanner(strings.NewReader(script))
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case line == "" || strings.HasPrefix(line, "//"):
		case line == ":begin":
			inBlock, block = true, nil
		case line == ":commit":
			exec(block)
			inBlock = false
		case inBlock:
			block = append(block, strings.TrimSuffix(line, ";"))
		default:
			exec([]string{strings.TrimSuffix(line, ";")})
		}
	}
	if inBlock {
		t.Fatal("script ends inside a :begin block")
	}
}

package bench

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/dyadgraph/dyad/graph"
	"github.com/dyadgraph/dyad/graph/graphtest"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// importDir is the server's LOAD CSV folder; a test that needs it fails
// when DYAD_REQUIRE_NEO4J=1 and it is not set, and is skipped otherwise.
func importDir(t *testing.T) string {
	t.Helper()
	d := os.Getenv("NEO4J_IMPORT_DIR")
	if d == "" {
		const hint = "NEO4J_IMPORT_DIR is not set (eval \"$(scripts/neo4j-local env)\" sets it)"
		if os.Getenv("DYAD_REQUIRE_NEO4J") == "1" {
			t.Fatal("DYAD_REQUIRE_NEO4J=1 but " + hint)
		}
		t.Skip(hint)
	}
	return d
}

// The three loaders of the benchmark write the same graph from the same
// docs: the same nodes per label, relationships per type and supports,
// and the facts each counts are the facts dyad's loader counts.
func TestBaselinesWriteWhatDyadWrites(t *testing.T) {
	client := graphtest.Connect(t)
	dir := importDir(t)
	cfg := graphtest.Neo4j(t)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	drv, err := neo4j.NewDriverWithContext(cfg.URI, neo4j.BasicAuth(cfg.Username, cfg.Password, ""))
	if err != nil {
		t.Fatal(err)
	}
	defer drv.Close(ctx)

	docs := extractAll(t, 40, 5)
	pDyad, pCSV, pNaive := graphtest.Prefix(t, client), graphtest.Prefix(t, client), graphtest.Prefix(t, client)

	st, err := client.NewLoader(graph.Options{BatchSize: 50}).Load(ctx, CloneDocs(docs, pDyad))
	if err != nil {
		t.Fatal(err)
	}
	csvRows, err := MakeRows(CloneDocs(docs, pCSV))
	if err != nil {
		t.Fatal(err)
	}
	set, err := WriteCSV(dir, pCSV, csvRows)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = set.Remove(dir) })
	if _, err := LoadCSV(ctx, drv, cfg.Database, set); err != nil {
		t.Fatal(err)
	}
	naiveRows, err := MakeRows(CloneDocs(docs, pNaive))
	if err != nil {
		t.Fatal(err)
	}
	n, _, err := NaiveLoad(ctx, drv, cfg.Database, naiveRows)
	if err != nil {
		t.Fatal(err)
	}

	if st.Facts() != set.Rows || st.Facts() != n {
		t.Errorf("facts: dyad %d, LOAD CSV rows %d, naive %d", st.Facts(), set.Rows, n)
	}
	shapes := map[string]Shape{}
	for name, p := range map[string]string{"dyad": pDyad, "csv": pCSV, "naive": pNaive} {
		sh, err := ShapeOf(ctx, drv, cfg.Database, p)
		if err != nil {
			t.Fatal(err)
		}
		shapes[name] = sh
	}
	t.Logf("dyad: %d facts, %v", st.Facts(), shapes["dyad"])
	if shapes["dyad"].Nodes["Article"] != 40 || shapes["dyad"].Supports != st.Relations {
		t.Errorf("dyad shape %v: want 40 articles and %d supports", shapes["dyad"], st.Relations)
	}
	for _, name := range []string{"csv", "naive"} {
		if !shapes[name].Equal(shapes["dyad"]) {
			t.Errorf("%s wrote\n  %v\ndyad wrote\n  %v", name, shapes[name], shapes["dyad"])
		}
	}
}

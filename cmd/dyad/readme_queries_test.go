package main

import (
	"context"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/dyadgraph/dyad/facts"
)

// readmeQueries returns the ```cypher blocks of the README.
func readmeQueries(t *testing.T) []string {
	t.Helper()
	blocks := regexp.MustCompile("(?s)```cypher\n(.*?)```").FindAllStringSubmatch(string(repoFile(t, "README.md")), -1)
	var qs []string
	for _, b := range blocks {
		qs = append(qs, b[1])
	}
	if len(qs) < 3 {
		t.Fatalf("README.md has %d Cypher examples, want at least 3", len(qs))
	}
	return qs
}

// The README's example queries run on a graph dyad loaded, and the one
// that shows a fact's evidence finds the sentences of the sample file.
func TestReadmeQueriesIntegration(t *testing.T) {
	cfg := neo4jConfig(t)
	file, docs, _, _ := prefixedContract(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	if err := runLoad(ctx, cfg, loadOptions{streams: streams{out: &strings.Builder{}, errOut: &strings.Builder{}}}, file); err != nil {
		t.Fatal(err)
	}
	var event facts.Entity
	for _, e := range docs[0].Entities {
		if e.Type == facts.TypeEvent {
			event = e
		}
	}
	if event.ID == "" {
		t.Fatal("the sample's first article has no event")
	}

	drv, err := neo4j.NewDriverWithContext(cfg.Neo4j.URI, neo4j.BasicAuth(cfg.Neo4j.Username, cfg.Neo4j.Password, ""))
	if err != nil {
		t.Fatal(err)
	}
	defer drv.Close(context.Background())
	params := map[string]any{"id": event.ID, "source": docs[0].Article.Source}
	for i, q := range readmeQueries(t) {
		res, err := neo4j.ExecuteQuery(ctx, drv, q, params, neo4j.EagerResultTransformer,
			neo4j.ExecuteQueryWithDatabase(cfg.Neo4j.Database), neo4j.ExecuteQueryWithReadersRouting())
		if err != nil {
			t.Errorf("README query %d fails: %v\n%s", i+1, err, q)
			continue
		}
		if strings.Contains(q, "r.evidence[i]") {
			found := false
			for _, rec := range res.Records {
				if ev, _ := rec.Get("evidence"); ev != nil && ev.(string) != "" {
					found = true
				}
			}
			if !found {
				t.Errorf("README query %d finds no evidence for %s", i+1, event.ID)
			}
		}
		if strings.Contains(q, "Source {id: $source}") && len(res.Records) == 0 {
			t.Errorf("README query %d finds nothing for the source %s", i+1, docs[0].Article.Source)
		}
	}
}

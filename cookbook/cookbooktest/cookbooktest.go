// Package cookbooktest loads the cookbook's fixture graph into the test
// database for integration tests of the cookbook, stats and commands.
//
// The fixture (cookbook/testdata/articles.jsonl) mirrors real reports about
// Vietnam, Cambodia and Laos, with the user-assigned ISO codes XV, XK and
// XL in place of VN, KH and LA so that country filters see no other test's
// data. Tests that load it hold a lock for their whole run, so two of them
// never see each other's XV/XK/XL data.
package cookbooktest

import (
	"context"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/dyadgraph/dyad/facts"
	"github.com/dyadgraph/dyad/graph"
	"github.com/dyadgraph/dyad/graph/graphtest"
)

// FixturePath is the fixture file.
func FixturePath() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "testdata", "articles.jsonl")
}

// Docs reads the fixture docs.
func Docs(t testing.TB) []*facts.Doc {
	t.Helper()
	return graphtest.ReadDocs(t, FixturePath())
}

// Fixture is the fixture loaded under a prefix.
type Fixture struct {
	Client  *graph.Client
	Config  graph.Config
	Prefix  string // every id and source starts with it
	Session neo4j.SessionWithContext
}

// Load takes the fixture lock, loads the fixture under a new prefix and
// opens a read session; everything is undone when t ends. It skips t (or
// fails it, with DYAD_REQUIRE_NEO4J=1) when there is no database.
func Load(t testing.TB) *Fixture {
	t.Helper()
	c := graphtest.Connect(t)
	cfg := graphtest.Neo4j(t)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	d := Driver(t, cfg)
	lock(t, ctx, d, cfg.Database)
	prefix := graphtest.Prefix(t, c)
	st, err := c.Load(ctx, graphtest.WithPrefix(prefix, Docs(t)...))
	if err != nil {
		t.Fatalf("load fixture: %v", err)
	}
	if len(st.Rejected) > 0 {
		t.Fatalf("fixture docs rejected: %v", st.Rejected)
	}
	s := d.NewSession(context.Background(), neo4j.SessionConfig{AccessMode: neo4j.AccessModeRead, DatabaseName: cfg.Database})
	t.Cleanup(func() { _ = s.Close(context.Background()) })
	return &Fixture{Client: c, Config: cfg, Prefix: prefix, Session: s}
}

// Lock takes the fixture lock until t ends, for tests that load the
// fixture's docs by other means (their XV/XK/XL data would otherwise show
// in the country filters of tests running at the same time).
func Lock(t testing.TB) {
	t.Helper()
	cfg := graphtest.Neo4j(t)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	lock(t, ctx, Driver(t, cfg), cfg.Database)
}

// Driver opens a driver of its own on the test database, closed when t ends.
func Driver(t testing.TB, cfg graph.Config) neo4j.DriverWithContext {
	t.Helper()
	d, err := neo4j.NewDriverWithContext(cfg.URI, neo4j.BasicAuth(cfg.Username, cfg.Password, ""))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = d.Close(context.Background()) })
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if err := d.VerifyConnectivity(ctx); err != nil {
		t.Fatalf("connect: %v", err)
	}
	return d
}

// lock MERGEs a Source with a fixed id (unique constraint) in a transaction
// kept open until t ends, then rolled back: a second test doing the same
// waits for the first, and nothing remains afterwards.
func lock(t testing.TB, ctx context.Context, d neo4j.DriverWithContext, db string) {
	t.Helper()
	s := d.NewSession(ctx, neo4j.SessionConfig{DatabaseName: db})
	tx, err := s.BeginTransaction(ctx)
	if err != nil {
		t.Fatal(err)
	}
	res, err := tx.Run(ctx, "MERGE (l:Source {id: 'test-lock:cookbook-fixture'}) RETURN l.id", nil)
	if err == nil {
		_, err = res.Consume(ctx)
	}
	if err != nil {
		_ = tx.Rollback(context.Background())
		t.Fatalf("fixture lock: %v", err)
	}
	t.Cleanup(func() {
		_ = tx.Rollback(context.Background())
		_ = s.Close(context.Background())
	})
}

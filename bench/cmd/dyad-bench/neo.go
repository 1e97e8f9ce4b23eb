package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/dyadgraph/dyad/graph"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"go.uber.org/zap"
)

// PrefixRoot starts every id the benchmark writes, so that its nodes can
// be found and deleted in a database others share, and nothing else can.
const PrefixRoot = "dyadbench-"

// runPrefix is a fresh id prefix for one phase of one run.
func runPrefix(phase string) string {
	var b [4]byte
	_, _ = rand.Read(b[:])
	return fmt.Sprintf("%s%s-%s-%s~", PrefixRoot, time.Now().UTC().Format("20060102T150405"), hex.EncodeToString(b[:]), phase)
}

// neo is the benchmark's connection to Neo4j: dyad's client (for dyad's
// loader) and a plain driver (for the baselines).
type neo struct {
	client   *graph.Client
	driver   neo4j.DriverWithContext
	database string
	version  string
}

var errNoNeo4j = errors.New("NEO4J_URI is not set: start Neo4j (scripts/neo4j-local start) and eval \"$(scripts/neo4j-local env)\", or run the phases that need no database (-phases extract,rss -rss-mode discard)")

func connect(ctx context.Context) (*neo, error) {
	cfg := graph.Config{URI: os.Getenv("NEO4J_URI"), Username: os.Getenv("NEO4J_USERNAME"),
		Password: os.Getenv("NEO4J_PASSWORD"), Database: os.Getenv("NEO4J_DATABASE")}
	if cfg.URI == "" {
		return nil, errNoNeo4j
	}
	c, err := graph.Connect(ctx, cfg, zap.NewNop())
	if err != nil {
		return nil, err
	}
	if err := c.EnsureSchema(ctx); err != nil {
		c.Close(ctx)
		return nil, err
	}
	auth := neo4j.NoAuth()
	if cfg.Username != "" {
		auth = neo4j.BasicAuth(cfg.Username, cfg.Password, "")
	}
	drv, err := neo4j.NewDriverWithContext(cfg.URI, auth)
	if err != nil {
		c.Close(ctx)
		return nil, fmt.Errorf("neo4j driver for %s: %w", c.URI(), err)
	}
	n := &neo{client: c, driver: drv, database: cfg.Database}
	n.version = n.serverVersion(ctx)
	return n, nil
}

func (n *neo) close() {
	ctx := context.Background()
	_ = n.driver.Close(ctx)
	_ = n.client.Close(ctx)
}

func (n *neo) serverVersion(ctx context.Context) string {
	res, err := neo4j.ExecuteQuery(ctx, n.driver, "CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS v, edition",
		nil, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(n.database))
	if err != nil || len(res.Records) == 0 {
		return "unknown"
	}
	r := res.Records[0]
	name, _, _ := neo4j.GetRecordValue[string](r, "name")
	v, _, _ := neo4j.GetRecordValue[string](r, "v")
	ed, _, _ := neo4j.GetRecordValue[string](r, "edition")
	return fmt.Sprintf("%s %s %s", name, v, ed)
}

// clean deletes everything under prefix (in batches: graph.DeletePrefix).
func (n *neo) clean(ctx context.Context, prefix string) error {
	_, err := n.client.DeletePrefix(context.WithoutCancel(ctx), prefix)
	return err
}

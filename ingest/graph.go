package ingest

import (
	"context"
	"math"

	"github.com/dyadgraph/dyad/facts"
	"github.com/dyadgraph/dyad/graph"
)

// GraphLoader is what Run needs of Neo4j, from a graph.Client: its loader,
// and its lookup of the content hashes already loaded.
type GraphLoader struct {
	client *graph.Client
	loader *graph.Loader
}

// NewGraphLoader returns the loader Run writes through. Each Load call is
// one transaction, whatever its size: Run's batch is the unit that is
// written whole or not at all.
func NewGraphLoader(c *graph.Client) *GraphLoader {
	return &GraphLoader{client: c, loader: c.NewLoader(graph.Options{BatchSize: math.MaxInt32})}
}

// Load writes docs in one managed transaction.
func (g *GraphLoader) Load(ctx context.Context, docs []*facts.Doc) (graph.Stats, error) {
	return g.loader.Load(ctx, docs)
}

// KnownHashes maps each source the graph holds an article from to its content hash.
func (g *GraphLoader) KnownHashes(ctx context.Context, sources []string) (map[string]string, error) {
	return g.client.KnownHashes(ctx, sources)
}

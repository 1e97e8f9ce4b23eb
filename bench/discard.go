package bench

import (
	"context"
	"sync/atomic"

	"github.com/dyadgraph/dyad/facts"
	"github.com/dyadgraph/dyad/graph"
)

// Discard is a loader that writes nothing and knows no article: with it,
// ingest.Run measures reading, hashing, extraction and batching alone. It
// counts what it was given and keeps nothing, so its memory is flat.
type Discard struct {
	docs, facts atomic.Int64
}

// Load counts docs and their facts (entity mentions and relation supports
// as the graph loader would count them, duplicates included).
func (d *Discard) Load(_ context.Context, docs []*facts.Doc) (graph.Stats, error) {
	st := graph.Stats{Docs: len(docs), Articles: len(docs), Batches: 1, Attempts: 1}
	for _, doc := range docs {
		st.Entities += len(doc.Entities)
		st.Relations += len(doc.Relations)
	}
	d.docs.Add(int64(len(docs)))
	d.facts.Add(int64(st.Facts()))
	return st, nil
}

// KnownHashes knows nothing: every document is new.
func (d *Discard) KnownHashes(context.Context, []string) (map[string]string, error) {
	return map[string]string{}, nil
}

// Docs is how many docs Load was given.
func (d *Discard) Docs() int64 { return d.docs.Load() }

// Facts is how many facts Load was given.
func (d *Discard) Facts() int64 { return d.facts.Load() }

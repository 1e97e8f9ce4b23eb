package ingest

import (
	"context"
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/dyadgraph/dyad/extract"
	"github.com/dyadgraph/dyad/facts"
	"github.com/dyadgraph/dyad/graph"
	"github.com/dyadgraph/dyad/source"
)

// fakeExtractor turns a document into a Doc with one country entity per
// word "Vietnam" or "Laos" found, and one relation when both are. Markers in
// the text make it misbehave: PANIC panics, NIL returns nil, INVALID returns
// a Doc with a relation to an unknown entity, WARN notes a problem. (The
// fake loader rejects articles whose title says REJECT.)
type fakeExtractor struct {
	calls atomic.Int64
	// delay, when set, is slept before extracting, per document (for
	// scrambling the completion order in order tests).
	delay func(in extract.Input) time.Duration
}

func (f *fakeExtractor) Extract(in extract.Input) *facts.Doc {
	f.calls.Add(1)
	if f.delay != nil {
		time.Sleep(f.delay(in))
	}
	switch {
	case strings.Contains(in.Text, "PANIC"):
		panic("fake extractor: cannot cope with " + in.Source)
	case strings.Contains(in.Text, "NIL"):
		return nil
	}
	h := facts.ContentHash(in.Title, in.Text)
	d := &facts.Doc{
		Article:   facts.Article{ID: facts.ArticleID(h), Source: in.Source, Title: in.Title, Lang: "en"},
		Entities:  []facts.Entity{},
		Relations: []facts.Relation{},
	}
	for _, c := range []struct{ word, code string }{{"Vietnam", "VN"}, {"Laos", "LA"}} {
		if strings.Contains(in.Text, c.word) {
			code := c.code
			d.Entities = append(d.Entities, facts.Entity{ID: "country:" + code, Type: facts.TypeCountry, Name: c.word, Country: &code})
		}
	}
	if len(d.Entities) == 2 {
		d.Entities = append(d.Entities, facts.Entity{ID: "org:test", Type: facts.TypeOrganization, Name: "Test"})
		d.Relations = append(d.Relations, facts.Relation{Type: facts.RelPartOf, From: "org:test", To: "org:test", Evidence: in.Text})
	}
	if strings.Contains(in.Text, "INVALID") {
		d.Relations = append(d.Relations, facts.Relation{Type: facts.RelPartOf, From: "org:nowhere", To: "org:test", Evidence: in.Text})
	}
	if strings.Contains(in.Text, "WARN") {
		d.Problems = append(d.Problems, "suspicious text")
	}
	return d
}

// fakeLoader keeps articles by source, like the graph does: Load replaces
// the article of each source. A batch is all or nothing, like a managed
// transaction: it checks its context before committing.
type fakeLoader struct {
	mu      sync.Mutex
	hashes  map[string]string // source -> content hash
	ids     map[string]string // source -> article id
	batches [][]string        // sources of each committed batch
	loads   int               // Load calls
	lookups int               // KnownHashes calls
	// discard keeps only counts (for the memory test).
	discard bool
	loaded  int

	// onLoad runs at the start of Load call n (1-based), before commit.
	onLoad func(n int)
	// afterLoad runs after Load call n has committed.
	afterLoad func(n int)
	// failLoad makes Load call n fail with the error.
	failLoad map[int]error
	// failLookup makes every KnownHashes call fail.
	failLookup error
}

func newFakeLoader() *fakeLoader {
	return &fakeLoader{hashes: map[string]string{}, ids: map[string]string{}}
}

func (l *fakeLoader) Load(ctx context.Context, docs []*facts.Doc) (graph.Stats, error) {
	l.mu.Lock()
	l.loads++
	n := l.loads
	l.mu.Unlock()
	if l.onLoad != nil {
		l.onLoad(n)
	}
	if err := l.failLoad[n]; err != nil {
		return graph.Stats{}, err
	}
	if err := ctx.Err(); err != nil { // rolled back
		return graph.Stats{}, err
	}
	var st graph.Stats
	kept := docs[:0:0]
	for _, d := range docs {
		if strings.Contains(d.Article.Title, "REJECT") {
			st.Rejected = append(st.Rejected, graph.Rejected{ID: d.Article.ID, Source: d.Article.Source,
				Err: fmt.Errorf("title says so: %w", graph.ErrInvalidDoc)})
			continue
		}
		kept = append(kept, d)
		st.Entities += len(d.Entities)
		st.Relations += len(d.Relations)
	}
	st.Docs, st.Articles, st.Batches = len(docs), len(kept), 1
	docs = kept
	l.mu.Lock()
	l.loaded += len(docs)
	if !l.discard {
		srcs := make([]string, 0, len(docs))
		for _, d := range docs {
			l.hashes[d.Article.Source] = d.Article.ContentHash
			l.ids[d.Article.Source] = d.Article.ID
			srcs = append(srcs, d.Article.Source)
		}
		l.batches = append(l.batches, srcs)
	}
	l.mu.Unlock()
	if l.afterLoad != nil {
		l.afterLoad(n)
	}
	return st, nil
}

func (l *fakeLoader) KnownHashes(ctx context.Context, sources []string) (map[string]string, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.lookups++
	if l.failLookup != nil {
		return nil, l.failLookup
	}
	if len(sources) > hashGroup {
		return nil, fmt.Errorf("asked %d sources at once, more than the group of %d", len(sources), hashGroup)
	}
	out := map[string]string{}
	for _, s := range sources {
		if h, ok := l.hashes[s]; ok {
			out[s] = h
		}
	}
	return out, nil
}

// sources lists the sources of the committed articles, sorted.
func (l *fakeLoader) sources() []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return slices.Sorted(maps.Keys(l.hashes))
}

// entry is one element of a synthetic input stream: a document or an error.
type entry struct {
	doc source.Document
	err error
}

func docsOf(es []entry) iter.Seq2[source.Document, error] {
	return func(yield func(source.Document, error) bool) {
		for _, e := range es {
			if !yield(e.doc, e.err) {
				return
			}
		}
	}
}

// corpus makes n documents with distinct sources, named prefix-i.
func corpus(prefix string, n int) []entry {
	es := make([]entry, n)
	for i := range es {
		es[i] = entry{doc: source.Document{
			Source: fmt.Sprintf("%s-%05d.txt", prefix, i),
			Title:  fmt.Sprintf("Article %d", i),
			Text:   fmt.Sprintf("Article %d. Vietnam and Laos met on day %d.", i, i),
		}}
	}
	return es
}

// synthetic streams n documents made on the fly, never held together.
func synthetic(n int) iter.Seq2[source.Document, error] {
	return func(yield func(source.Document, error) bool) {
		for i := range n {
			d := source.Document{
				Source: fmt.Sprintf("synthetic/%07d.txt", i),
				Title:  "Synthetic",
				Text:   fmt.Sprintf("Doc %d: Vietnam and Laos. %s", i, strings.Repeat("filler text ", 80)),
			}
			if !yield(d, nil) {
				return
			}
		}
	}
}

var errDown = fmt.Errorf("no Neo4j answers at bolt://127.0.0.1:1: %w", graph.ErrUnavailable)

// contentHash is the hash the graph keeps for a source document.
func contentHash(d source.Document) string { return facts.ContentHash(d.Title, d.Text) }

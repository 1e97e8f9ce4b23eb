package graph

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"time"

	"github.com/dyadgraph/dyad/facts"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"go.uber.org/zap"
)

// DefaultBatchSize is how many docs one write transaction carries.
const DefaultBatchSize = 200

// Options tune a Loader.
type Options struct {
	// BatchSize: docs per write transaction. Zero: DefaultBatchSize.
	BatchSize int
	// Progress, when set, is called after each committed batch with the
	// number of docs done so far and the total.
	Progress func(done, total int)
}

// Rejected is a doc Load skipped, with the reason (wraps ErrInvalidDoc).
type Rejected struct {
	ID, Source string
	Err        error
}

// Stats reports what a Load (or Forget) did.
type Stats struct {
	Docs             int           // docs given
	Articles         int           // articles written
	Entities         int           // entity mentions written (MENTIONED_IN)
	Relations        int           // fact supports written (one article supporting one fact)
	Retracted        int           // older articles retracted: their content changed and no source is left
	EntitiesDeleted  int           // entities no article mentions any more
	RelationsDeleted int           // fact relationships no article supports any more
	Rejected         []Rejected    // invalid docs, skipped
	Batches          int           // write transactions committed
	Attempts         int           // transaction attempts (more than Batches: the driver retried)
	Duration         time.Duration // whole load
	SlowestBatch     time.Duration
}

// Facts is the number of facts written: entity mentions plus fact supports.
func (s Stats) Facts() int { return s.Entities + s.Relations }

// Loader writes Docs into the graph. It is safe for concurrent use, and
// several loaders (in this process or others) may load overlapping docs at
// once: each batch locks what it reads before reading it, and the driver
// retries a transaction that deadlocks.
type Loader struct {
	sessions sessionMaker
	uri      string
	user     string
	log      *zap.Logger
	opts     Options
	q        *queries
}

// NewLoader returns a Loader writing through c.
func (c *Client) NewLoader(opts Options) *Loader {
	return newLoader(c.sessions, c.uri, c.user, c.log, opts)
}

func newLoader(sm sessionMaker, uri, user string, log *zap.Logger, opts Options) *Loader {
	if opts.BatchSize <= 0 {
		opts.BatchSize = DefaultBatchSize
	}
	if log == nil {
		log = zap.NewNop()
	}
	return &Loader{sessions: sm, uri: uri, user: user, log: log.Named("load"), opts: opts, q: theQueries}
}

// Load is NewLoader(Options{}).Load.
func (c *Client) Load(ctx context.Context, docs []*facts.Doc) (Stats, error) {
	return c.NewLoader(Options{}).Load(ctx, docs)
}

// Load writes docs, BatchSize per transaction. For each article it first
// retracts what the graph holds from an older version (an article that was
// read from the same source with other content loses that source, and is
// retracted entirely when it has none left) and from a previous load of the
// same article, then writes the article, its entities and facts, then
// recomputes the touched entities and deletes what nothing supports any
// more. Loading the same docs again gives the same graph; so does loading
// them in another order. Invalid docs are skipped and listed in
// Stats.Rejected; the returned error is about the database only, and the
// batches committed before it stay.
func (l *Loader) Load(ctx context.Context, docs []*facts.Doc) (Stats, error) {
	start := time.Now()
	st := Stats{Docs: len(docs)}
	prepared := make([]*docRows, 0, len(docs))
	for _, d := range docs {
		p, err := prepareDoc(d)
		if err != nil {
			r := Rejected{Err: err}
			if d != nil {
				r.ID, r.Source = d.Article.ID, d.Article.Source
			}
			st.Rejected = append(st.Rejected, r)
			l.log.Warn("doc rejected", zap.String("article", r.ID), zap.String("source", r.Source), zap.Error(err))
			continue
		}
		prepared = append(prepared, p)
	}
	uniq, sources := dedupeDocs(prepared)
	done := len(docs) - len(uniq)
	// The next batch is built while the current one is written: the
	// client's work overlaps the server's.
	batches := make(chan *batch, 1)
	stop := make(chan struct{})
	defer close(stop)
	go func() {
		defer close(batches)
		for i := 0; i < len(uniq); i += l.opts.BatchSize {
			j := min(i+l.opts.BatchSize, len(uniq))
			select {
			case batches <- buildBatch(uniq[i:j], sources[i:j]):
			case <-stop:
				return
			}
		}
	}()
	for i := 0; i < len(uniq); i += l.opts.BatchSize {
		j := min(i+l.opts.BatchSize, len(uniq))
		b := <-batches
		bs, err := l.writeBatch(ctx, b)
		if err != nil {
			st.Duration = time.Since(start)
			// Name the transaction only when this call split its docs into
			// several: otherwise "batch 1" misleads a caller counting its own.
			if len(uniq) > l.opts.BatchSize {
				return st, fmt.Errorf("load transaction %d of this call (%d docs, from article %q): %w", st.Batches+1, j-i, b.ids[0], err)
			}
			return st, fmt.Errorf("load %d docs (from article %q): %w", j-i, b.ids[0], err)
		}
		st.add(bs)
		l.log.Debug("batch loaded",
			zap.Int("batch", st.Batches), zap.Int("articles", bs.Articles), zap.Int("mentions", bs.Entities),
			zap.Int("facts", bs.Relations), zap.Int("retracted", bs.Retracted),
			zap.Int("entities_deleted", bs.EntitiesDeleted), zap.Int("relations_deleted", bs.RelationsDeleted),
			zap.Int("attempts", bs.Attempts), zap.Duration("took", bs.Duration))
		done += j - i
		if l.opts.Progress != nil {
			l.opts.Progress(done, len(docs))
		}
	}
	st.Duration = time.Since(start)
	return st, nil
}

func (s *Stats) add(b Stats) {
	s.Articles += b.Articles
	s.Entities += b.Entities
	s.Relations += b.Relations
	s.Retracted += b.Retracted
	s.EntitiesDeleted += b.EntitiesDeleted
	s.RelationsDeleted += b.RelationsDeleted
	s.Batches++
	s.Attempts += b.Attempts
	s.SlowestBatch = max(s.SlowestBatch, b.Duration)
}

// writeBatch runs one batch in one managed write transaction. The work
// function may run several times (the driver retries transient errors), so
// it only reads b and returns fresh stats each time.
func (l *Loader) writeBatch(ctx context.Context, b *batch) (Stats, error) {
	start := time.Now()
	attempts := 0
	out, err := runTx(ctx, l.sessions, neo4j.AccessModeWrite, l.uri, l.user, "write", func(tx neo4j.ManagedTransaction) (any, error) {
		attempts++
		return l.q.loadBatch(ctx, tx, b)
	})
	if err != nil {
		return Stats{}, err
	}
	st := out.(Stats)
	st.Attempts = attempts
	st.Duration = time.Since(start)
	return st, nil
}

// tx runs statements and keeps the first error, so the sequence reads
// straight.
type txRun struct {
	ctx context.Context
	tx  neo4j.ManagedTransaction
	err error
}

func (t *txRun) run(cypher string, params map[string]any) ([]*neo4j.Record, neo4j.Counters) {
	if t.err != nil {
		return nil, nil
	}
	recs, sum, err := run(t.ctx, t.tx, cypher, params)
	if err != nil {
		t.err = err
		return nil, nil
	}
	return recs, sum.Counters()
}

// strings collects one string column.
func stringsOf(recs []*neo4j.Record, key string) []string {
	out := make([]string, 0, len(recs))
	for _, r := range recs {
		if v, ok := r.Get(key); ok {
			if s, ok := v.(string); ok {
				out = append(out, s)
			}
		}
	}
	return out
}

func (q *queries) loadBatch(ctx context.Context, tx neo4j.ManagedTransaction, b *batch) (any, error) {
	t := &txRun{ctx: ctx, tx: tx}
	var st Stats

	// 1. Lock (creating when new) the sources, the articles they point to,
	// the batch's articles and entities, and read what there is to undo
	// and the entities' running aggregates. A batch of new articles from
	// new sources skips steps 2 and 3.
	// Lists of rows are []any: the driver packs those without reflection.
	recs, _ := t.run(q.prepare, map[string]any{"sources": b.sources, "ids": b.ids, "entities": b.entityRows})
	if t.err != nil {
		return nil, t.err
	}
	var pre prepared
	if len(recs) == 1 {
		pre = readPrepared(recs[0])
	}
	if err := pre.complete(b); err != nil {
		return nil, err
	}
	stale := false
	for _, old := range pre.olds {
		for _, src := range old.srcs {
			if b.articleOf[src] != old.id {
				stale = true
			}
		}
	}

	// 2. Sources whose content changed leave their old article; an old
	// article left without a source is retracted entirely.
	var orphans []string
	if stale {
		recs, _ = t.run(q.stale, map[string]any{"pairs": b.pairs})
		for _, r := range recs {
			id, _ := r.Get("id")
			orphan, _ := r.Get("orphan")
			// An old article that is also in this batch gets its sources back
			// below: it is reloaded, not orphaned.
			if s, ok := id.(string); ok && orphan == true && !slices.Contains(b.ids, s) {
				orphans = append(orphans, s)
			}
		}
	}
	slices.Sort(orphans)
	retract := slices.Concat(pre.loaded, orphans)
	slices.Sort(retract)
	retract = slices.Compact(retract)

	// 3. Retract the previous support of every article written or
	// orphaned: facts first (reached through the article's mentions),
	// then the mentions. The entities that lost a mention are recomputed
	// from all their mentions at the end.
	lost, rids := q.retract(t, retract)
	if len(orphans) > 0 {
		t.run(q.deleteArticles, map[string]any{"ids": orphans})
		st.Retracted = len(orphans)
	}

	// 4. Write articles, entities (the batch's mentions folded into their
	// running aggregates here), mentions, fact support.
	p, legacy := writeParams(b, pre)
	lost = append(lost, legacy...)
	if recs, _ = t.run(q.write, p); t.err == nil {
		if len(recs) != 1 {
			return nil, fmt.Errorf("write: %d rows, want 1", len(recs))
		}
		if aligned, _ := recs[0].Get("aligned"); aligned != true {
			return nil, errors.New("write: nodes not collected in the order of their rows")
		}
	}

	// 5. Drop what nothing supports any more, recompute the entities that
	// lost a mention.
	st.RelationsDeleted, st.EntitiesDeleted = q.settle(t, lost, rids)
	if t.err != nil {
		return nil, t.err
	}
	st.Articles = len(b.ids)
	st.Entities = b.nEntities
	st.Relations = b.nRelations
	return st, nil
}

// prepared is what the prepare statement read.
type prepared struct {
	olds   []oldArticle
	loaded []string                     // the batch's articles with mentions (loaded before), sorted
	fresh  map[string]bool              // the batch's articles created by this transaction
	arts   map[string]any               // article id -> element id
	srcs   map[string]any               // source -> element id
	ents   map[entityKey]map[string]any // {eid, bare, name, aliases, mentions, <f>_values, <f>_counts}
}

type oldArticle struct {
	id   string
	srcs []string
}

func readPrepared(r *neo4j.Record) prepared {
	pre := prepared{fresh: map[string]bool{}, arts: map[string]any{}, srcs: map[string]any{}, ents: map[entityKey]map[string]any{}}
	get := func(key string) []any {
		v, _ := r.Get(key)
		l, _ := v.([]any)
		return l
	}
	for _, v := range get("olds") {
		m, _ := v.(map[string]any)
		o := oldArticle{id: str(m["id"])}
		l, _ := m["srcs"].([]any)
		for _, s := range l {
			o.srcs = append(o.srcs, str(s))
		}
		pre.olds = append(pre.olds, o)
	}
	for _, v := range get("arts") {
		m, _ := v.(map[string]any)
		if m["loaded"] == true {
			pre.loaded = append(pre.loaded, str(m["id"]))
		}
		if m["fresh"] == true {
			pre.fresh[str(m["id"])] = true
		}
		pre.arts[str(m["id"])] = m["eid"]
	}
	for _, v := range get("srcs") {
		m, _ := v.(map[string]any)
		pre.srcs[str(m["id"])] = m["eid"]
	}
	slices.Sort(pre.loaded)
	for _, v := range get("ents") {
		m, _ := v.(map[string]any)
		stored, _ := m["stored"].(map[string]any) // nil: created now
		for k, v := range stored {
			m[k] = v
		}
		pre.ents[entityKey{str(m["label"]), str(m["id"])}] = m
	}
	return pre
}

// complete checks that prepare returned every node of the batch.
func (pre prepared) complete(b *batch) error {
	for _, e := range b.entities {
		if _, ok := pre.ents[e.key]; !ok {
			return fmt.Errorf("prepare: entity %q (%s) not returned", e.id, e.label)
		}
	}
	for _, id := range b.ids {
		if pre.arts[id] == nil {
			return fmt.Errorf("prepare: article %q not returned", id)
		}
	}
	for _, src := range b.sources {
		if pre.srcs[src] == nil {
			return fmt.Errorf("prepare: source %q not returned", src)
		}
	}
	return nil
}

// strs converts a list read from Neo4j.
func strs(v any) []string {
	l, _ := v.([]any)
	out := make([]string, 0, len(l))
	for _, x := range l {
		out = append(out, str(x))
	}
	return out
}

func tally(values, counts any) Tally {
	var t Tally
	vs, cs := strs(values), counts
	l, _ := cs.([]any)
	for i, v := range vs {
		if i < len(l) {
			n, _ := l[i].(int64)
			t.Add(v, n)
		}
	}
	return t
}

// summaryOf reads an entity's running aggregates; ok is false for an
// entity written before they existed (a name but no _mentions).
func summaryOf(m map[string]any) (s EntitySummary, ok bool) {
	n, hasN := m["mentions"].(int64)
	if !hasN {
		return s, m["name"] == nil
	}
	s.Mentions = n
	s.Name = str(m["name"])
	s.Aliases = strs(m["aliases"])
	s.Country = tally(m["country_values"], m["country_counts"])
	s.Kind = tally(m["kind_values"], m["kind_counts"])
	s.Date = tally(m["date_values"], m["date_counts"])
	return s, true
}

// entityProps are an entity's data and running aggregates as the
// summary s gives them, null for what is absent so that an older value
// goes.
func entityProps(label string, s *EntitySummary) map[string]any {
	p := map[string]any{"name": nil, "aliases": nil, "country": nil, "kind": nil, "date": nil,
		"date_text": nil, "date_precision": nil, "code": nil, propMentions: s.Mentions}
	for k, v := range s.Props(label) {
		p[k] = v
	}
	tallies := [...]*Tally{&s.Country, &s.Kind, &s.Date} // in the order of voted
	for i, f := range voted {
		values, counts := "_"+f+"_values", "_"+f+"_counts"
		p[values], p[counts] = nil, nil
		if t := tallies[i]; len(t.Values) > 0 {
			p[values], p[counts] = slices.Clone(t.Values), slices.Clone(t.Counts)
		}
	}
	return p
}

// changed keeps the properties of now that differ from before (absent
// keys are nulls): what SET e += changed needs to turn before into now.
// An entity's data properties are always what its running aggregates give
// (the loader and the recompute both keep them so), so before is computed
// from the stored aggregates, not read.
func changed(now, before map[string]any) map[string]any {
	out := make(map[string]any, len(now))
	for k, v := range now {
		if !reflect.DeepEqual(v, before[k]) {
			out[k] = v
		}
	}
	return out
}

// withoutNulls drops the null values of m: the properties of a node or
// relationship created now, which has none to remove.
func withoutNulls(m map[string]any) map[string]any {
	out := make(map[string]any, len(m))
	for k, v := range m {
		if v != nil {
			out[k] = v
		}
	}
	return out
}

// writeParams builds the write statement's parameters from the batch and
// what prepare read. It returns the element ids of the entities whose
// aggregates predate the running ones (recomputed at the end instead).
func writeParams(b *batch, pre prepared) (map[string]any, []string) {
	var legacy []string
	articles := make([]any, len(b.articles))
	relinked, links, relinks := []any{}, []any{}, []any{}
	for i, a := range b.articles {
		id := str(a["id"])
		props := make(map[string]any, len(a))
		for k, v := range a {
			if k != "id" {
				props[k] = v
			}
		}
		fresh := pre.fresh[id]
		if fresh {
			props = withoutNulls(props)
		} else {
			relinked = append(relinked, i)
		}
		articles[i] = map[string]any{"eid": pre.arts[id], "props": props}
		for _, src := range a["sources"].([]string) {
			l := map[string]any{"a": i, "s": pre.srcs[src]}
			if fresh {
				links = append(links, l)
			} else {
				relinks = append(relinks, l)
			}
		}
	}
	bare := make(map[entityKey]bool, len(b.entities))
	entities := make([]any, len(b.entities))
	for i, e := range b.entities {
		old := pre.ents[e.key]
		bare[e.key] = old["bare"] == true
		props := map[string]any{}
		if sum, ok := summaryOf(old); ok {
			before := map[string]any{}
			if sum.Mentions > 0 {
				before = entityProps(e.label, &sum)
			}
			sum.Merge(e.sum)
			props = changed(entityProps(e.label, &sum), before)
		} else {
			legacy = append(legacy, str(old["eid"]))
		}
		entities[i] = map[string]any{"eid": old["eid"], "props": props}
	}
	p := map[string]any{"articles": articles, "links": links, "relinks": relinks, "relinked": relinked,
		"entities": entities, "mentions": b.mentions, "texts": b.texts}
	for _, typ := range theQueries.allRelTypes {
		p[typ], p["new_"+typ] = []any{}, []any{}
	}
	for _, r := range b.rels {
		row := map[string]any{"a": r.fromIndex, "b": r.toIndex, "articles": r.articles, "ev": r.ev}
		key := r.typ
		if bare[r.from] || bare[r.to] {
			key = "new_" + r.typ
		}
		if titled(r.typ) {
			row["titles"] = r.titles
			if key != r.typ {
				row["title"] = firstNonEmpty(r.titles)
			}
		}
		p[key] = append(p[key].([]any), row)
	}
	return p, legacy
}

// firstNonEmpty is a fact's title: the first non-empty of its titles, nil
// when none is.
func firstNonEmpty(l []string) any {
	for _, s := range l {
		if s != "" {
			return s
		}
	}
	return nil
}

// retract removes the support of the articles ids (facts, then mentions),
// after locking the entities they mention. It returns the element ids of
// the entities that lost a mention and of the facts left without support;
// settle deletes or recomputes them at the end of the transaction.
func (q *queries) retract(t *txRun, ids []string) (eids, rids []string) {
	if len(ids) == 0 {
		return nil, nil
	}
	p := map[string]any{"ids": ids}
	t.run(q.lockMentioned, p)
	recs, _ := t.run(q.retractFacts, p)
	rids = stringsOf(recs, "rid")
	recs, _ = t.run(q.retractMentions, p)
	return stringsOf(recs, "eid"), rids
}

// settle deletes the facts among rids that no article supports, the
// entities among eids that no article mentions, and recomputes the
// properties of the other entities from all their mentions (eids are the
// entities that lost a mention: running aggregates cannot subtract). It returns how many relationships and
// entities it deleted.
func (q *queries) settle(t *txRun, eids, rids []string) (relsDeleted, entitiesDeleted int) {
	if len(rids) > 0 {
		if _, c := t.run(q.dropUnsupported, map[string]any{"rids": rids}); c != nil {
			relsDeleted = c.RelationshipsDeleted()
		}
	}
	slices.Sort(eids)
	eids = slices.Compact(eids)
	if len(eids) == 0 {
		return relsDeleted, 0
	}
	p := map[string]any{"eids": eids}
	_, c := t.run(q.dropUnmentioned, p)
	t.run(q.recompute, p)
	if c != nil {
		entitiesDeleted = c.NodesDeleted()
	}
	return relsDeleted, entitiesDeleted
}

func compareStrings(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

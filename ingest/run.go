package ingest

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"sync"
	"sync/atomic"
	"time"

	"go.uber.org/zap"

	"github.com/dyadgraph/dyad/extract"
	"github.com/dyadgraph/dyad/facts"
	"github.com/dyadgraph/dyad/graph"
	"github.com/dyadgraph/dyad/source"
)

// loader is what Run needs of the graph: *graph.Loader in dyad.
type loader interface {
	// Load writes the articles in one managed transaction: all or nothing.
	Load(ctx context.Context, docs []*facts.Doc) (graph.Stats, error)
	// KnownHashes maps each source the graph holds an article from to
	// that article's content hash.
	KnownHashes(ctx context.Context, sources []string) (map[string]string, error)
}

// extractor is what Run and Extract need of the extractor: *extract.Extractor
// in dyad. It must be safe for concurrent use.
type extractor interface {
	Extract(extract.Input) *facts.Doc
}

// loadGrace is how long a batch already being written may still take after
// the run is cancelled. Past it the transaction is cancelled too, which
// rolls it back whole: either way no article is half written.
const loadGrace = time.Minute

// defaultBatchWait is the longest an extracted article waits for its batch
// to fill before the batch is written as it is.
const defaultBatchWait = 10 * time.Second

// Run ingests docs: it reads them, skips those the graph already holds with
// the same content (unless opts.Force), extracts the rest on opts.Workers
// goroutines and loads them in batches of opts.BatchSize articles, each in
// one transaction. Memory is bounded by the workers and batch size, not by
// the number of documents.
//
// Run always returns a Report, also with an error. The error is nil when
// every input was loaded or skipped; it wraps ErrPartial when some inputs
// failed and the rest were done, ErrNothingLoaded when every input failed,
// ErrConfig for bad options, ctx.Err() when ctx was cancelled (Run stops
// between batches), and the loader's error, saying how many articles were
// loaded before, when the database failed.
func Run(ctx context.Context, docs iter.Seq2[source.Document, error], ex extractor, l loader, opts Options) (*Report, error) {
	start := time.Now()
	rep := &Report{Started: start.UTC(), Failures: []Failure{}, Problems: []Failure{}}
	finish := func(err error) (*Report, error) {
		rep.Durations.Total = time.Since(start)
		rep.Finished = rep.Started.Add(rep.Durations.Total)
		if err != nil {
			rep.Error = err.Error()
		}
		return rep, err
	}
	opts, err := opts.withDefaults()
	if err == nil && (docs == nil || ex == nil || l == nil) {
		err = configErr("ingest needs documents, an extractor and a loader")
	}
	if err != nil {
		return finish(err)
	}
	rep.Shard, rep.Workers, rep.BatchSize, rep.Force = opts.Shard.String(), opts.Workers, opts.BatchSize, opts.Force

	runCtx, cancel := context.WithCancel(ctx)
	defer cancel()
	p := &pipeline{ctx: runCtx, cancel: cancel, ex: ex, l: l, opts: opts, log: opts.Logger}
	p.run(docs, rep)

	rep.Unfinished = rep.Read - rep.Skipped - rep.Loaded - rep.Failed
	switch {
	case p.fatal != nil:
		err = p.fatal
	case ctx.Err() != nil && (!p.readAll || rep.Unfinished > 0):
		err = fmt.Errorf("ingest stopped after %d articles loaded: %w", rep.Loaded, ctx.Err())
	case rep.Failed > 0 && rep.Loaded+rep.Skipped > 0:
		err = fmt.Errorf("%d of %d inputs failed: %w", rep.Failed, rep.Read, ErrPartial)
	case rep.Failed > 0:
		err = fmt.Errorf("all %d inputs failed: %w", rep.Failed, ErrNothingLoaded)
	}
	return finish(err)
}

// pipeline is one run. Stages: read (one goroutine: the iterator, shard
// filter) → lookup (one goroutine: known hashes, one query per group of up
// to hashGroup documents) → extract (opts.Workers goroutines: hash, skip or
// extract) → collect (the calling goroutine: counts, batches) → load (one
// goroutine, so that extraction goes on while a batch is written). Every
// channel is bounded.
type pipeline struct {
	ctx    context.Context // cancelled by the caller, or by a fatal error
	cancel context.CancelFunc
	ex     extractor
	l      loader
	opts   Options
	log    *zap.Logger

	// Written by the reader only, read after it ends.
	read, otherShards int
	readAll           bool // the iteration reached its end
	readDur           time.Duration
	// Written by the lookup stage only, read after it ends.
	hashDur time.Duration
	// Summed by the workers.
	extractDur atomic.Int64
	// Articles loaded so far, kept by the load stage.
	loadedN atomic.Int64

	mu    sync.Mutex
	fatal error
}

// item is one document on its way to the workers.
type item struct {
	doc   source.Document
	known string // content hash the graph holds for doc.Source, or ""
}

type outcome int

const (
	outSkipped outcome = iota
	outFailed
	outExtracted
)

// result is what became of one input.
type result struct {
	kind    outcome
	source  string
	problem string     // outFailed
	doc     *facts.Doc // outExtracted
}

// loadStats is what the load stage counted.
type loadStats struct {
	loaded, entities, relations, batches int
	rejected                             []Failure
	dur                                  time.Duration
}

// stop records the error that ends the run (the first one wins) and stops
// every stage.
func (p *pipeline) stop(err error) {
	p.mu.Lock()
	if p.fatal == nil {
		p.fatal = err
	}
	p.mu.Unlock()
	p.cancel()
}

func (p *pipeline) run(docs iter.Seq2[source.Document, error], rep *Report) {
	w := p.opts.Workers
	items := make(chan item, hashGroup)
	work := make(chan item, 2*w)
	results := make(chan result, 2*w)
	batches := make(chan []*facts.Doc, 1)

	var producers sync.WaitGroup
	producers.Go(func() { p.readStage(docs, items, results) })
	var lookupDone sync.WaitGroup
	lookupDone.Go(func() { p.lookupStage(items, work) })
	for range w {
		producers.Go(func() { p.extractStage(work, results) })
	}
	go func() {
		producers.Wait()
		close(results)
	}()
	var ls loadStats
	var loadDone sync.WaitGroup
	loadDone.Go(func() { ls = p.loadStage(batches) })

	batch := make([]*facts.Doc, 0, p.opts.BatchSize)
	// A batch that fills slowly (articles fetched one by one from feeds)
	// is written after batchWait anyway, so what was read is soon safe.
	var wait <-chan time.Time
	var timer *time.Timer
	send := func() {
		if timer != nil {
			timer.Stop()
		}
		wait = nil
		select {
		case batches <- batch:
		case <-p.ctx.Done(): // stopped: this batch is not started
		}
		batch = make([]*facts.Doc, 0, p.opts.BatchSize)
	}
	for open := true; open; {
		var r result
		select {
		case r, open = <-results:
			if !open {
				continue
			}
		case <-wait:
			if p.ctx.Err() == nil {
				send()
			}
			continue
		}
		switch r.kind {
		case outSkipped:
			rep.Skipped++
			p.opts.Progress.Done(1, 0, 0)
		case outFailed:
			rep.fail(r.source, r.problem)
			p.log.Warn("input failed", zap.String("source", r.source), zap.String("problem", r.problem))
			p.opts.Progress.Done(0, 0, 1)
		case outExtracted:
			rep.Extracted++
			for _, pr := range r.doc.Problems {
				rep.problem(r.source, pr)
				p.log.Debug("extraction problem", zap.String("source", r.source), zap.String("problem", pr))
			}
			if p.ctx.Err() != nil {
				continue // stopped: left unfinished
			}
			batch = append(batch, r.doc)
			switch {
			case len(batch) >= p.opts.BatchSize:
				send()
			case len(batch) == 1:
				if timer == nil {
					timer = time.NewTimer(p.opts.batchWait)
				} else {
					timer.Reset(p.opts.batchWait)
				}
				wait = timer.C
			}
		}
	}
	if timer != nil {
		timer.Stop()
	}
	if len(batch) > 0 && p.ctx.Err() == nil {
		send()
	}
	close(batches)
	loadDone.Wait()
	lookupDone.Wait()

	rep.Read, rep.OtherShards = p.read, p.otherShards
	rep.Loaded, rep.Entities, rep.Relations, rep.Batches = ls.loaded, ls.entities, ls.relations, ls.batches
	for _, f := range ls.rejected {
		rep.fail(f.Source, f.Problem)
	}
	rep.Durations.Read, rep.Durations.Hash = p.readDur, p.hashDur
	rep.Durations.Extract = time.Duration(p.extractDur.Load())
	rep.Durations.Load = ls.dur
}

// readStage iterates the documents, keeps those of the shard, sends
// documents to the lookup stage and source errors straight to the results.
func (p *pipeline) readStage(docs iter.Seq2[source.Document, error], items chan<- item, results chan<- result) {
	defer close(items)
	t := time.Now()
	for d, err := range docs {
		p.readDur += time.Since(t)
		if p.ctx.Err() != nil {
			return
		}
		src, problem := d.Source, ""
		if err != nil {
			src, problem = describe(err)
		}
		// An error that names no source is about the whole input: every
		// shard reports it.
		if (err == nil || src != "") && !p.opts.Shard.Contains(src) {
			p.otherShards++
			t = time.Now()
			continue
		}
		p.read++
		p.opts.Progress.Read(1)
		if err != nil {
			select {
			case results <- result{kind: outFailed, source: src, problem: problem}:
			case <-p.ctx.Done():
				return
			}
		} else {
			select {
			case items <- item{doc: d}:
			case <-p.ctx.Done():
				return
			}
		}
		t = time.Now()
	}
	p.readAll = true
}

// describe splits a source error into the source it names and the problem.
func describe(err error) (src, problem string) {
	if se, ok := errors.AsType[*source.Error](err); ok {
		if se.Err != nil {
			return se.Source, se.Err.Error()
		}
		return se.Source, "unreadable"
	}
	return "", err.Error()
}

// lookupStage asks the graph for the content hashes of the sources, for
// groups of documents at once: all those already waiting, up to hashGroup,
// so a fast reader gets few round trips and a slow one no delay.
func (p *pipeline) lookupStage(items <-chan item, work chan<- item) {
	defer close(work)
	group := make([]item, 0, hashGroup)
	sources := make([]string, 0, hashGroup)
	for it := range items {
		group = append(group[:0], it)
	more:
		for len(group) < hashGroup {
			select {
			case it, ok := <-items:
				if !ok {
					break more
				}
				group = append(group, it)
			default:
				break more
			}
		}
		if !p.opts.Force {
			sources = sources[:0]
			for _, it := range group {
				sources = append(sources, it.doc.Source)
			}
			t := time.Now()
			known, err := p.l.KnownHashes(p.ctx, sources)
			p.hashDur += time.Since(t)
			if err != nil {
				if p.ctx.Err() == nil {
					p.stop(fmt.Errorf("neo4j failed after %d articles loaded: looking up known articles: %w", p.loadedSoFar(), err))
				}
				return
			}
			for i := range group {
				group[i].known = known[group[i].doc.Source]
			}
		}
		for _, it := range group {
			select {
			case work <- it:
			case <-p.ctx.Done():
				return
			}
		}
	}
}

// extractStage hashes each document, skips it when the graph holds the same
// content, and extracts it otherwise.
func (p *pipeline) extractStage(work <-chan item, results chan<- result) {
	for it := range work {
		if p.ctx.Err() != nil {
			return
		}
		r := result{source: it.doc.Source}
		hash := facts.ContentHash(it.doc.Title, it.doc.Text)
		if !p.opts.Force && it.known != "" && it.known == hash {
			r.kind = outSkipped
		} else {
			t := time.Now()
			doc, err := extractOne(p.ex, it.doc, hash)
			p.extractDur.Add(int64(time.Since(t)))
			if err != nil {
				r.kind, r.problem = outFailed, err.Error()
			} else {
				// The hash the next run compares is the one computed here on
				// the source document, so it is the one stored.
				doc.Article.ContentHash = hash
				r.kind, r.doc = outExtracted, doc
			}
		}
		select {
		case results <- r:
		case <-p.ctx.Done():
			return
		}
	}
}

// extractOne runs the extractor on one document. A panic of the extractor
// on one odd article fails that article, not the hourly job. hash is the
// document's content hash, handed on so it is not computed twice, or "".
func extractOne(ex extractor, d source.Document, hash string) (doc *facts.Doc, err error) {
	defer func() {
		if v := recover(); v != nil {
			doc, err = nil, fmt.Errorf("extractor failed: %v", v)
		}
	}()
	doc = ex.Extract(extract.Input{Source: d.Source, Text: d.Text, Title: d.Title, Published: d.Published, Lang: d.Lang, ContentHash: hash})
	if doc == nil {
		return nil, errors.New("extractor returned nothing")
	}
	if doc.Article.Source == "" {
		doc.Article.Source = d.Source
	}
	if err := doc.Validate(); err != nil {
		return nil, fmt.Errorf("extractor output is invalid: %w", err)
	}
	return doc, nil
}

// loadedSoFar counts articles loaded so far, for the errors of other stages.
func (p *pipeline) loadedSoFar() int64 { return p.loadedN.Load() }

// loadStage writes each batch in one transaction. Before each batch it
// checks the run is still on: a stopped run starts no batch. A batch
// already started is given loadGrace to finish after a cancel.
func (p *pipeline) loadStage(batches <-chan []*facts.Doc) loadStats {
	var s loadStats
	for b := range batches {
		if p.ctx.Err() != nil {
			continue // drained, not loaded: these are unfinished
		}
		lctx, cancel := graceContext(p.ctx, loadGrace)
		t := time.Now()
		st, err := p.l.Load(lctx, b)
		s.dur += time.Since(t)
		cancel()
		if err != nil {
			if p.ctx.Err() != nil && errors.Is(err, context.Canceled) {
				continue // cancelled past the grace: rolled back, unfinished
			}
			p.stop(fmt.Errorf("neo4j failed after %d articles loaded: %w", s.loaded, err))
			continue
		}
		// The loader skips docs it finds invalid and loads the rest.
		for _, r := range st.Rejected {
			s.rejected = append(s.rejected, Failure{Source: r.Source, Problem: fmt.Sprintf("rejected by the loader: %v", r.Err)})
			p.log.Warn("input failed", zap.String("source", r.Source), zap.String("problem", "rejected by the loader"), zap.Error(r.Err))
		}
		n := len(b) - len(st.Rejected)
		s.batches++
		s.loaded += n
		s.entities += st.Entities
		s.relations += st.Relations
		p.loadedN.Store(int64(s.loaded))
		p.opts.Progress.Done(0, n, len(st.Rejected))
		p.log.Debug("batch loaded", zap.Int("articles", n), zap.Int("loaded", s.loaded))
	}
	return s
}

// graceContext is a context not cancelled with parent, but grace after it.
func graceContext(parent context.Context, grace time.Duration) (context.Context, context.CancelFunc) {
	ctx, cancel := context.WithCancel(context.WithoutCancel(parent))
	stop := context.AfterFunc(parent, func() {
		t := time.AfterFunc(grace, cancel)
		context.AfterFunc(ctx, func() { t.Stop() })
	})
	return ctx, func() {
		stop()
		cancel()
	}
}

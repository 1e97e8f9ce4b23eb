package ingest

import (
	"context"
	"fmt"
	"iter"
	"runtime"
	"sync"

	"github.com/dyadgraph/dyad/facts"
	"github.com/dyadgraph/dyad/source"
)

// windowPerWorker sets how many documents Extract keeps in flight per
// worker: enough that a slow article does not idle the others, few enough
// that memory stays flat.
const windowPerWorker = 4

// Extract runs the extractor over docs on workers goroutines (0: one per
// CPU) and yields the results in input order, as `dyad extract` prints
// them. At most a window of documents (a few per worker) is in flight, so
// memory does not grow with the input.
//
// A source error is yielded as it came, in its place. An article the
// extractor fails on (it panics, returns nothing or an invalid Doc) is
// yielded as a *source.Error naming it. Extraction problems the extractor
// notes stay in Doc.Problems. When ctx is cancelled the sequence ends with
// an error wrapping ctx.Err(); stopping the range loop early stops the
// workers too.
func Extract(ctx context.Context, docs iter.Seq2[source.Document, error], ex extractor, workers int) iter.Seq2[*facts.Doc, error] {
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	return func(yield func(*facts.Doc, error) bool) {
		parent := ctx
		ctx, cancel := context.WithCancel(parent)
		var wg sync.WaitGroup
		defer func() {
			cancel()
			wg.Wait()
		}()

		// Each document gets a slot, queued in input order; a worker fills
		// it and closes done. The queue's capacity is the window.
		type slot struct {
			doc  *facts.Doc
			err  error
			done chan struct{}
		}
		type job struct {
			d source.Document
			s *slot
		}
		order := make(chan *slot, windowPerWorker*workers)
		jobs := make(chan job, workers)
		readAll := false

		wg.Go(func() {
			defer close(order)
			defer close(jobs)
			for d, err := range docs {
				if ctx.Err() != nil {
					return
				}
				s := &slot{done: make(chan struct{})}
				if err != nil {
					s.err = err
					close(s.done)
				}
				select {
				case order <- s:
				case <-ctx.Done():
					return
				}
				if err == nil {
					select {
					case jobs <- job{d: d, s: s}:
					case <-ctx.Done():
						return
					}
				}
			}
			readAll = true
		})
		for range workers {
			wg.Go(func() {
				for j := range jobs {
					if ctx.Err() == nil {
						doc, err := extractOne(ex, j.d, "")
						if err != nil {
							err = &source.Error{Source: j.d.Source, Err: err}
						}
						j.s.doc, j.s.err = doc, err
					}
					close(j.s.done)
				}
			})
		}

		for s := range order {
			select {
			case <-s.done:
			case <-ctx.Done():
			}
			if ctx.Err() != nil {
				break
			}
			if !yield(s.doc, s.err) {
				return
			}
		}
		// order is closed or ctx is done; the reader has ended (or will,
		// being cancelled) before readAll is read.
		cancel()
		wg.Wait()
		if !readAll && parent.Err() != nil {
			yield(nil, fmt.Errorf("extraction stopped: %w", parent.Err()))
		}
	}
}

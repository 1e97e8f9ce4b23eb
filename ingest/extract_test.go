package ingest

import (
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"iter"
	"runtime"
	"sync/atomic"
	"testing"
	"time"

	"github.com/dyadgraph/dyad/extract"
	"github.com/dyadgraph/dyad/source"
)

// jitter sleeps up to 300µs depending on the source, so that with many
// workers documents finish out of their input order.
func jitter(in extract.Input) time.Duration {
	h := fnv.New32a()
	h.Write([]byte(in.Source))
	return time.Duration(h.Sum32()%300) * time.Microsecond
}

func TestExtractPreservesOrder(t *testing.T) {
	in := corpus("order", 2000)
	// Errors and failing articles keep their place too.
	in[10] = entry{err: &source.Error{Source: "order/bad-10", Err: errors.New("unreadable")}}
	in[500].doc.Text = "PANIC"
	in[1999] = entry{err: &source.Error{Source: "order/bad-1999", Err: errors.New("unreadable")}}

	for _, workers := range []int{1, 3, 16, 64} {
		t.Run(fmt.Sprintf("%d workers", workers), func(t *testing.T) {
			i := 0
			for doc, err := range Extract(t.Context(), docsOf(in), &fakeExtractor{delay: jitter}, workers) {
				want := in[i]
				switch {
				case want.err != nil:
					if err != want.err {
						t.Fatalf("item %d: got (%v, %v), want the source error %v", i, doc, err, want.err)
					}
				case i == 500:
					var se *source.Error
					if !errors.As(err, &se) || se.Source != want.doc.Source {
						t.Fatalf("item 500: error %v, want a source error naming %s", err, want.doc.Source)
					}
				default:
					if err != nil || doc == nil || doc.Article.Source != want.doc.Source {
						t.Fatalf("item %d: got (%v, %v), want the doc of %s", i, doc, err, want.doc.Source)
					}
				}
				i++
			}
			if i != len(in) {
				t.Errorf("got %d items, want %d", i, len(in))
			}
		})
	}
}

func TestExtractBoundedWindow(t *testing.T) {
	const workers = 4
	var pulled atomic.Int64
	docs := func(yield func(source.Document, error) bool) {
		for d, err := range synthetic(10_000) {
			pulled.Add(1)
			if !yield(d, err) {
				return
			}
		}
	}
	release := make(chan struct{})
	ex := &fakeExtractor{delay: func(in extract.Input) time.Duration {
		if in.Source == "synthetic/0000000.txt" {
			<-release // the first document holds up the output
		}
		return 0
	}}
	next, stop := iter.Pull2(Extract(t.Context(), docs, ex, workers))
	defer stop()
	go func() {
		time.Sleep(200 * time.Millisecond)
		close(release)
	}()
	if doc, err, ok := next(); !ok || err != nil || doc.Article.Source != "synthetic/0000000.txt" {
		t.Fatalf("first item: %v %v %v", doc, err, ok)
	}
	// While the first was held, the reader could run ahead by the window,
	// the job queue and the one document in hand, no more.
	limit := int64(windowPerWorker*workers + workers + 2)
	if got := pulled.Load(); got > limit {
		t.Errorf("%d documents read while the first was held: more than the window of %d", got, limit)
	}
}

func TestExtractStops(t *testing.T) {
	base := runtime.NumGoroutine()
	t.Run("the caller stops early", func(t *testing.T) {
		n := 0
		for _, err := range Extract(t.Context(), synthetic(100_000), &fakeExtractor{}, 8) {
			if err != nil {
				t.Fatal(err)
			}
			if n++; n == 50 {
				break
			}
		}
	})
	t.Run("the context is cancelled", func(t *testing.T) {
		ctx, cancel := context.WithCancel(t.Context())
		defer cancel()
		var last error
		n := 0
		for _, err := range Extract(ctx, synthetic(100_000), &fakeExtractor{}, 8) {
			if n++; n == 100 {
				cancel()
			}
			last = err
		}
		if !errors.Is(last, context.Canceled) {
			t.Errorf("the sequence ended with %v, want an error wrapping context.Canceled", last)
		}
		if n > 100+windowPerWorker*8+8+2 {
			t.Errorf("%d items after a cancel at 100", n)
		}
	})
	// Every goroutine of Extract has ended.
	deadline := time.Now().Add(30 * time.Second)
	for runtime.NumGoroutine() > base && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if got := runtime.NumGoroutine(); got > base {
		t.Errorf("%d goroutines left, %d before", got, base)
	}
}

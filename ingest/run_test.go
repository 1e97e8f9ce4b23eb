package ingest

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dyadgraph/dyad/graph"
	"github.com/dyadgraph/dyad/source"
)

// checkCounts asserts the report's counts add up, whatever happened.
func checkCounts(t *testing.T, rep *Report) {
	t.Helper()
	if rep == nil {
		t.Fatal("no report")
	}
	if got := rep.Skipped + rep.Loaded + rep.Failed + rep.Unfinished; got != rep.Read || rep.Unfinished < 0 {
		t.Errorf("read %d != skipped %d + loaded %d + failed %d + unfinished %d",
			rep.Read, rep.Skipped, rep.Loaded, rep.Failed, rep.Unfinished)
	}
	if rep.Failed != len(rep.Failures)+rep.FailuresNotListed {
		t.Errorf("failed %d but %d failures listed and %d not", rep.Failed, len(rep.Failures), rep.FailuresNotListed)
	}
	if rep.Loaded > rep.Extracted {
		t.Errorf("loaded %d > extracted %d", rep.Loaded, rep.Extracted)
	}
	if rep.Finished.Before(rep.Started) {
		t.Errorf("finished %v before started %v", rep.Finished, rep.Started)
	}
}

func TestRunLoadsEverything(t *testing.T) {
	for _, tc := range []struct {
		name             string
		n, workers, size int
	}{
		{"one worker, one batch", 10, 1, 50},
		{"many workers, many batches", 1000, 8, 7},
		{"batch size one", 30, 3, 1},
		{"empty input", 0, 4, 10},
		{"defaults", 123, 0, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			l := newFakeLoader()
			rep, err := Run(t.Context(), docsOf(corpus("run", tc.n)), &fakeExtractor{}, l, Options{Workers: tc.workers, BatchSize: tc.size})
			if err != nil {
				t.Fatalf("Run: %v", err)
			}
			checkCounts(t, rep)
			if rep.Read != tc.n || rep.Loaded != tc.n || rep.Extracted != tc.n || rep.Skipped != 0 || rep.Failed != 0 {
				t.Errorf("report read %d extracted %d loaded %d skipped %d failed %d, want %d loaded",
					rep.Read, rep.Extracted, rep.Loaded, rep.Skipped, rep.Failed, tc.n)
			}
			// Every doc of the fake has Vietnam and Laos: 3 entities, 1 relation.
			if rep.Entities != 3*tc.n || rep.Relations != tc.n {
				t.Errorf("entities %d relations %d, want %d and %d", rep.Entities, rep.Relations, 3*tc.n, tc.n)
			}
			if got := len(l.sources()); got != tc.n {
				t.Errorf("loader holds %d articles, want %d", got, tc.n)
			}
			size := tc.size
			if size == 0 {
				size = DefaultBatchSize
			}
			for i, b := range l.batches {
				if len(b) > size {
					t.Errorf("batch %d has %d articles, more than %d", i, len(b), size)
				}
			}
			if want := (tc.n + size - 1) / size; rep.Batches != want || len(l.batches) != want {
				t.Errorf("%d batches reported, %d loaded, want %d", rep.Batches, len(l.batches), want)
			}
			if tc.workers == 0 && rep.Workers != runtime.NumCPU() {
				t.Errorf("workers %d, want NumCPU %d", rep.Workers, runtime.NumCPU())
			}
		})
	}
}

func TestRunSkipsUnchanged(t *testing.T) {
	ctx := t.Context()
	docs := corpus("skip", 500)
	l := newFakeLoader()
	if _, err := Run(ctx, docsOf(docs), &fakeExtractor{}, l, Options{Workers: 4, BatchSize: 20}); err != nil {
		t.Fatal(err)
	}
	// The hash stored is the one of the source document, computed like the graph's.
	for _, e := range docs[:3] {
		if got, want := l.hashes[e.doc.Source], contentHash(e.doc); got != want {
			t.Errorf("%s: stored hash %q, want %q", e.doc.Source, got, want)
		}
	}

	changed := slices.Clone(docs)
	changed[7].doc.Text += " Changed."
	changed[300].doc.Title = "A new title"
	// Only the whitespace differs: the same content for the hash.
	changed[400].doc.Text = strings.ReplaceAll(changed[400].doc.Text, " ", "  \n")

	for _, tc := range []struct {
		name                       string
		docs                       []entry
		force                      bool
		wantSkipped, wantExtracted int
	}{
		{"unchanged corpus skips all", docs, false, 500, 0},
		{"two changed articles are extracted again", changed, false, 498, 2},
		{"force extracts everything", docs, true, 0, 500},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ex := &fakeExtractor{}
			lookups := l.lookups
			rep, err := Run(ctx, docsOf(tc.docs), ex, l, Options{Workers: 4, BatchSize: 20, Force: tc.force})
			if err != nil {
				t.Fatal(err)
			}
			checkCounts(t, rep)
			if rep.Skipped != tc.wantSkipped || rep.Extracted != tc.wantExtracted || rep.Loaded != tc.wantExtracted {
				t.Errorf("skipped %d extracted %d loaded %d, want skipped %d extracted %d",
					rep.Skipped, rep.Extracted, rep.Loaded, tc.wantSkipped, tc.wantExtracted)
			}
			if got := int(ex.calls.Load()); got != tc.wantExtracted {
				t.Errorf("extractor called %d times, want %d: unchanged articles must be skipped before extraction", got, tc.wantExtracted)
			}
			asked := l.lookups - lookups
			switch {
			case tc.force && asked != 0:
				t.Errorf("force asked the graph for hashes %d times", asked)
			case !tc.force && (asked < (500+hashGroup-1)/hashGroup || asked > 500):
				t.Errorf("%d hash lookups for 500 documents", asked)
			}
		})
	}
}

func TestRunInputFailures(t *testing.T) {
	good := corpus("fail", 20)
	bad := func(src, problem string) entry {
		return entry{err: &source.Error{Source: src, Err: errors.New(problem)}}
	}
	doc := func(src, text string) entry { return entry{doc: source.Document{Source: src, Text: text}} }

	for _, tc := range []struct {
		name         string
		in           []entry
		wantLoaded   int
		wantFailures []Failure // in any order
		wantErr      error
		wantProblems int
	}{
		{
			name: "source errors are collected and the rest is loaded",
			in: append(slices.Clone(good),
				bad("corpus/empty.txt", "no text"),
				bad("corpus/x.bin", "binary content, not text")),
			wantLoaded: 20,
			wantFailures: []Failure{
				{"corpus/empty.txt", "no text"},
				{"corpus/x.bin", "binary content, not text"},
			},
			wantErr: ErrPartial,
		},
		{
			name: "extractor panic, nil and invalid output fail their article only",
			in: append(slices.Clone(good),
				doc("odd/panic.txt", "PANIC here"),
				doc("odd/nil.txt", "NIL here"),
				doc("odd/invalid.txt", "Vietnam and Laos INVALID")),
			wantLoaded: 20,
			wantFailures: []Failure{
				{"odd/panic.txt", "extractor failed: fake extractor: cannot cope with odd/panic.txt"},
				{"odd/nil.txt", "extractor returned nothing"},
				{"odd/invalid.txt", `extractor output is invalid: article "odd/invalid.txt": PART_OF from unknown entity "org:nowhere"`},
			},
			wantErr: ErrPartial,
		},
		{
			name: "articles the loader rejects fail, the rest of their batch is loaded",
			in: append(slices.Clone(good),
				entry{doc: source.Document{Source: "rej/a.txt", Title: "REJECT", Text: "Vietnam"}}),
			wantLoaded: 20,
			wantFailures: []Failure{
				{"rej/a.txt", "rejected by the loader: title says so: invalid doc"},
			},
			wantErr: ErrPartial,
		},
		{
			name:       "an error naming no source is still reported",
			in:         append(slices.Clone(good), entry{err: errors.New("feed http://127.0.0.1/rss: 500")}),
			wantLoaded: 20,
			wantFailures: []Failure{
				{"", "feed http://127.0.0.1/rss: 500"},
			},
			wantErr: ErrPartial,
		},
		{
			name:         "problems noted by the extractor do not fail the article",
			in:           []entry{doc("warn/a.txt", "Vietnam WARN"), doc("warn/b.txt", "Laos")},
			wantLoaded:   2,
			wantProblems: 1,
		},
		{
			name:         "every input failing is nothing loaded",
			in:           []entry{bad("a.txt", "permission denied"), doc("b.txt", "PANIC")},
			wantFailures: []Failure{{"a.txt", "permission denied"}, {"b.txt", "extractor failed: fake extractor: cannot cope with b.txt"}},
			wantErr:      ErrNothingLoaded,
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			l := newFakeLoader()
			rep, err := Run(t.Context(), docsOf(tc.in), &fakeExtractor{}, l, Options{Workers: 3, BatchSize: 6})
			checkCounts(t, rep)
			if tc.wantErr == nil && err != nil || tc.wantErr != nil && !errors.Is(err, tc.wantErr) {
				t.Fatalf("error %v, want %v", err, tc.wantErr)
			}
			if err != nil && !strings.Contains(err.Error(), fmt.Sprintf("%d", len(tc.wantFailures))) {
				t.Errorf("error %q does not say how many inputs failed", err)
			}
			if rep.Loaded != tc.wantLoaded || len(l.sources()) != tc.wantLoaded {
				t.Errorf("loaded %d (loader holds %d), want %d", rep.Loaded, len(l.sources()), tc.wantLoaded)
			}
			got := slices.SortedFunc(slices.Values(rep.Failures), cmpFailure)
			want := slices.SortedFunc(slices.Values(tc.wantFailures), cmpFailure)
			if !slices.Equal(got, want) {
				t.Errorf("failures\n got %q\nwant %q", got, want)
			}
			if len(rep.Problems) != tc.wantProblems {
				t.Errorf("problems %q, want %d", rep.Problems, tc.wantProblems)
			}
			if rep.Error != "" && (err == nil || rep.Error != err.Error()) {
				t.Errorf("report error %q, returned %v", rep.Error, err)
			}
		})
	}
}

func cmpFailure(a, b Failure) int {
	return strings.Compare(a.Source+"\x00"+a.Problem, b.Source+"\x00"+b.Problem)
}

func TestRunListsFailuresUpToMaxListed(t *testing.T) {
	n := MaxListed + 25
	in := make([]entry, 0, n+1)
	for i := range n {
		in = append(in, entry{err: &source.Error{Source: fmt.Sprintf("bad/%d", i), Err: errors.New("unreadable")}})
	}
	in = append(in, corpus("ok", 1)...)
	rep, err := Run(t.Context(), docsOf(in), &fakeExtractor{}, newFakeLoader(), Options{Workers: 2})
	if !errors.Is(err, ErrPartial) {
		t.Fatalf("error %v, want ErrPartial", err)
	}
	checkCounts(t, rep)
	if rep.Failed != n || len(rep.Failures) != MaxListed || rep.FailuresNotListed != 25 {
		t.Errorf("failed %d, listed %d, not listed %d", rep.Failed, len(rep.Failures), rep.FailuresNotListed)
	}
}

func TestRunDatabaseFailure(t *testing.T) {
	for _, tc := range []struct {
		name       string
		setup      func(l *fakeLoader)
		wantLoaded int
		wantMsg    string
	}{
		{
			name:       "load fails past the retries at batch 3",
			setup:      func(l *fakeLoader) { l.failLoad = map[int]error{3: errDown} },
			wantLoaded: 20,
			wantMsg:    "neo4j failed after 20 articles loaded: no Neo4j answers",
		},
		{
			name:       "load fails at once",
			setup:      func(l *fakeLoader) { l.failLoad = map[int]error{1: errDown} },
			wantLoaded: 0,
			wantMsg:    "neo4j failed after 0 articles loaded",
		},
		{
			name:       "hash lookup fails",
			setup:      func(l *fakeLoader) { l.failLookup = errDown },
			wantLoaded: 0,
			wantMsg:    "neo4j failed after 0 articles loaded: looking up known articles: no Neo4j answers",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			l := newFakeLoader()
			tc.setup(l)
			// One worker and a one-doc window keep the load order simple;
			// the count in the message is what matters.
			rep, err := Run(t.Context(), docsOf(corpus("db", 100)), &fakeExtractor{}, l, Options{Workers: 1, BatchSize: 10})
			if err == nil {
				t.Fatal("no error")
			}
			if !errors.Is(err, graph.ErrUnavailable) {
				t.Errorf("error %v does not wrap the loader's error", err)
			}
			if errors.Is(err, ErrPartial) {
				t.Errorf("a database failure is not a partial success: %v", err)
			}
			if !strings.Contains(err.Error(), tc.wantMsg) {
				t.Errorf("error %q, want it to contain %q", err, tc.wantMsg)
			}
			checkCounts(t, rep)
			if rep.Loaded != tc.wantLoaded || len(l.sources()) != tc.wantLoaded {
				t.Errorf("loaded %d (loader holds %d), want %d", rep.Loaded, len(l.sources()), tc.wantLoaded)
			}
			if rep.Unfinished == 0 {
				t.Errorf("unfinished 0 after a failure with %d of 100 loaded", rep.Loaded)
			}
			if l.loads > 3 {
				t.Errorf("%d loads: the run went on after the database failed", l.loads)
			}
		})
	}
}

func TestRunCancelBetweenBatches(t *testing.T) {
	const size = 10
	for _, tc := range []struct {
		name string
		// cancel is called with the loader and the cancel function.
		arm        func(l *fakeLoader, cancel context.CancelFunc)
		wantLoaded int
		wantLoads  int
	}{
		{
			name:       "cancelled during batch 2: batch 2 completes, no batch 3",
			arm:        func(l *fakeLoader, cancel context.CancelFunc) { l.onLoad = cancelAt(2, cancel) },
			wantLoaded: 2 * size,
			wantLoads:  2,
		},
		{
			name:       "cancelled after batch 1: batch 2 never starts",
			arm:        func(l *fakeLoader, cancel context.CancelFunc) { l.afterLoad = cancelAt(1, cancel) },
			wantLoaded: size,
			wantLoads:  1,
		},
		{
			name:       "cancelled during batch 1",
			arm:        func(l *fakeLoader, cancel context.CancelFunc) { l.onLoad = cancelAt(1, cancel) },
			wantLoaded: size,
			wantLoads:  1,
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx, cancel := context.WithCancel(t.Context())
			defer cancel()
			l := newFakeLoader()
			tc.arm(l, cancel)
			rep, err := Run(ctx, docsOf(corpus("cancel", 1000)), &fakeExtractor{}, l, Options{Workers: 4, BatchSize: size})
			if !errors.Is(err, context.Canceled) {
				t.Fatalf("error %v, want it to wrap context.Canceled", err)
			}
			if !strings.Contains(err.Error(), fmt.Sprintf("after %d articles loaded", tc.wantLoaded)) {
				t.Errorf("error %q does not say %d articles were loaded", err, tc.wantLoaded)
			}
			checkCounts(t, rep)
			if l.loads != tc.wantLoads {
				t.Errorf("%d batches started, want %d", l.loads, tc.wantLoads)
			}
			// Every batch started was committed whole.
			if len(l.batches) != tc.wantLoads {
				t.Errorf("%d batches committed, want %d", len(l.batches), tc.wantLoads)
			}
			for i, b := range l.batches {
				if len(b) != size {
					t.Errorf("batch %d committed %d articles, want the whole batch of %d", i+1, len(b), size)
				}
			}
			if rep.Loaded != tc.wantLoaded || len(l.sources()) != tc.wantLoaded {
				t.Errorf("report loaded %d, loader holds %d, want %d", rep.Loaded, len(l.sources()), tc.wantLoaded)
			}
			if rep.Read >= 1000 && rep.Unfinished == 0 {
				t.Errorf("read everything and nothing unfinished: the run did not stop")
			}
		})
	}
}

func cancelAt(n int, cancel context.CancelFunc) func(int) {
	return func(i int) {
		if i == n {
			cancel()
		}
	}
}

func TestRunCancelledBeforeStart(t *testing.T) {
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	l := newFakeLoader()
	rep, err := Run(ctx, docsOf(corpus("pre", 100)), &fakeExtractor{}, l, Options{})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("error %v, want context.Canceled", err)
	}
	checkCounts(t, rep)
	if l.loads != 0 || rep.Loaded != 0 {
		t.Errorf("loaded %d in %d batches after cancel", rep.Loaded, l.loads)
	}
}

func TestRunBadOptions(t *testing.T) {
	for _, tc := range []struct {
		name string
		opts Options
		want string
	}{
		{"negative workers", Options{Workers: -1}, "workers must not be negative, got -1"},
		{"negative batch size", Options{BatchSize: -5}, "batch size must not be negative, got -5"},
		{"shard out of range", Options{Shard: Shard{K: 4, N: 3}}, "shard 4/3: the shard number must be between 1 and 3, got 4"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rep, err := Run(t.Context(), docsOf(corpus("opt", 3)), &fakeExtractor{}, newFakeLoader(), tc.opts)
			if !errors.Is(err, ErrConfig) || err.Error() != tc.want {
				t.Fatalf("error %v, want ErrConfig %q", err, tc.want)
			}
			if rep == nil || rep.Error != tc.want {
				t.Errorf("report %+v does not carry the error", rep)
			}
		})
	}
}

func TestRunShardsCoverEveryDocOnce(t *testing.T) {
	docs := corpus("shard", 600)
	docs = append(docs, entry{err: &source.Error{Source: "shard/bad.bin", Err: errors.New("binary")}})
	for _, n := range []int{1, 2, 3, 5} {
		t.Run(fmt.Sprintf("%d shards", n), func(t *testing.T) {
			seen := map[string]int{}
			failed := 0
			for k := 1; k <= n; k++ {
				l := newFakeLoader()
				rep, err := Run(t.Context(), docsOf(docs), &fakeExtractor{}, l, Options{Workers: 2, Shard: Shard{K: k, N: n}})
				if err != nil && !errors.Is(err, ErrPartial) {
					t.Fatalf("shard %d/%d: %v", k, n, err)
				}
				checkCounts(t, rep)
				if rep.Read+rep.OtherShards != len(docs) {
					t.Errorf("shard %d/%d: read %d + other shards %d != %d inputs", k, n, rep.Read, rep.OtherShards, len(docs))
				}
				if n > 1 && rep.Shard != fmt.Sprintf("%d/%d", k, n) {
					t.Errorf("report shard %q", rep.Shard)
				}
				failed += rep.Failed
				for _, s := range l.sources() {
					seen[s]++
				}
				// Deterministic: the same shard again loads the same sources.
				l2 := newFakeLoader()
				if _, err := Run(t.Context(), docsOf(docs), &fakeExtractor{}, l2, Options{Workers: 5, Shard: Shard{K: k, N: n}}); err != nil && !errors.Is(err, ErrPartial) {
					t.Fatal(err)
				}
				if !slices.Equal(l.sources(), l2.sources()) {
					t.Errorf("shard %d/%d loaded different sources on a second run", k, n)
				}
			}
			if len(seen) != 600 {
				t.Errorf("the shards loaded %d distinct documents, want 600", len(seen))
			}
			for s, c := range seen {
				if c != 1 {
					t.Errorf("%s loaded by %d shards", s, c)
				}
			}
			if failed != 1 {
				t.Errorf("the bad input was reported by %d shards, want 1", failed)
			}
		})
	}
}

// TestRunBoundedMemory streams 200k small synthetic documents (about 1 KB
// each: 200 MB of text, plus their facts) through Run and checks the heap
// in use stays far below what holding the corpus would take.
func TestRunBoundedMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("streams 200k documents; skipped with -short")
	}
	const n = 200_000
	const bound = 32 << 20
	l := newFakeLoader()
	l.discard = true
	var peak uint64
	sample := func() {
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		peak = max(peak, ms.HeapInuse)
	}
	l.onLoad = func(i int) {
		if i%25 == 0 {
			sample()
		}
	}
	runtime.GC()
	var before runtime.MemStats
	runtime.ReadMemStats(&before)

	rep, err := Run(t.Context(), synthetic(n), &fakeExtractor{}, l, Options{Workers: 4, BatchSize: 50})
	if err != nil {
		t.Fatal(err)
	}
	sample()
	checkCounts(t, rep)
	if rep.Loaded != n || l.loaded != n {
		t.Fatalf("loaded %d (loader %d), want %d", rep.Loaded, l.loaded, n)
	}
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	t.Logf("%d documents (%.0f MB allocated in all): heap in use %.1f MB before, peak %.1f MB",
		n, float64(after.TotalAlloc-before.TotalAlloc)/(1<<20), float64(before.HeapInuse)/(1<<20), float64(peak)/(1<<20))
	if peak > bound {
		t.Errorf("peak heap in use %.1f MB, over the bound of %d MB: the pipeline holds the corpus", float64(peak)/(1<<20), bound>>20)
	}
	if total := after.TotalAlloc - before.TotalAlloc; total < 4*bound {
		t.Errorf("only %d MB allocated in all: the test does not stream enough to tell", total>>20)
	}
}

// TestRunOverlapsLoading checks that extraction goes on while a batch is
// being written: with a slow loader, the next batch is ready when it ends.
func TestRunOverlapsLoading(t *testing.T) {
	l := newFakeLoader()
	ex := &fakeExtractor{}
	var extractedDuringFirstLoad int64
	l.onLoad = func(i int) {
		if i == 1 {
			// Hold the first load until extraction has passed the first
			// batch, for at most 30s: a pipeline that waited for the
			// loader would never get there.
			for end := time.Now().Add(30 * time.Second); time.Now().Before(end) && ex.calls.Load() <= 10; {
				time.Sleep(5 * time.Millisecond)
			}
			extractedDuringFirstLoad = ex.calls.Load()
		}
	}
	if _, err := Run(t.Context(), docsOf(corpus("overlap", 100)), ex, l, Options{Workers: 2, BatchSize: 10}); err != nil {
		t.Fatal(err)
	}
	if extractedDuringFirstLoad <= 10 {
		t.Errorf("%d documents extracted by the end of the first load: extraction waits for the loader", extractedDuringFirstLoad)
	}
}

// TestRunWritesSlowBatches checks that articles trickling in (a feed
// fetched page by page) are written after a while, not held until the
// batch is full or the input ends.
func TestRunWritesSlowBatches(t *testing.T) {
	l := newFakeLoader()
	loadedBeforeLast := -1
	in := corpus("slow", 4)
	docs := func(yield func(source.Document, error) bool) {
		for i, e := range in {
			if i == 3 {
				// Wait for the first three to be written, for at most 30s.
				for end := time.Now().Add(30 * time.Second); time.Now().Before(end) && len(l.sources()) < 3; {
					time.Sleep(5 * time.Millisecond)
				}
				loadedBeforeLast = len(l.sources())
			}
			if !yield(e.doc, nil) {
				return
			}
		}
	}
	rep, err := Run(t.Context(), docs, &fakeExtractor{}, l, Options{Workers: 2, BatchSize: 100, batchWait: 20 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	if loadedBeforeLast != 3 || rep.Loaded != 4 || rep.Batches != 2 {
		t.Errorf("%d loaded before the last document came (want 3); %d loaded in %d batches (want 4 in 2)",
			loadedBeforeLast, rep.Loaded, rep.Batches)
	}
}

// BenchmarkRunPipeline measures what the pipeline itself costs per
// document (hashing, channels, batching), with a trivial extractor and a
// loader that keeps nothing.
func BenchmarkRunPipeline(b *testing.B) {
	const n = 20_000
	size := 0
	for d := range synthetic(n) {
		size += len(d.Title) + len(d.Text)
	}
	b.SetBytes(int64(size))
	for b.Loop() {
		l := newFakeLoader()
		l.discard = true
		if _, err := Run(context.Background(), synthetic(n), &fakeExtractor{}, l, Options{Force: true}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "docs/s")
}

package ingest

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"

	"github.com/dyadgraph/dyad/extract"
	"github.com/dyadgraph/dyad/facts"
	"github.com/dyadgraph/dyad/graph"
	"github.com/dyadgraph/dyad/graph/graphtest"
	"github.com/dyadgraph/dyad/source"
)

// The integration tests run the real pipeline (source.Files, the real
// extractor, graph.Loader) against the Neo4j of graphtest, which several
// test processes share. Article ids derive from the article's content and
// entity ids are canonical (country:VN), so two tests loading the same
// articles would write the same nodes. Each test therefore works under its
// own graphtest.Prefix: the documents' sources are prefixed as they are
// read (so KnownHashes, which looks sources up, sees the prefixed ones
// stored), and isolated prefixes every id the extractor produces. The test
// then dumps only its prefix, and graphtest deletes it at the end.

const articlesDir = "../testdata/articles"

// prefixedDocs prefixes the source of every document and error.
func prefixedDocs(prefix string, docs iter.Seq2[source.Document, error]) iter.Seq2[source.Document, error] {
	return func(yield func(source.Document, error) bool) {
		for d, err := range docs {
			if err != nil {
				if se, ok := errors.AsType[*source.Error](err); ok {
					err = &source.Error{Source: prefix + se.Source, Err: se.Err}
				}
			} else {
				d.Source = prefix + d.Source
			}
			if !yield(d, err) {
				return
			}
		}
	}
}

// isolated is the real extractor with every id it produces under a prefix.
type isolated struct {
	ex     extractor
	prefix string
}

func (x isolated) Extract(in extract.Input) *facts.Doc {
	d := x.ex.Extract(in)
	if d == nil {
		return nil
	}
	p := graphtest.WithPrefix(x.prefix, d)[0]
	p.Article.Source = d.Article.Source // already prefixed on input
	return p
}

func realExtractor(t testing.TB) *extract.Extractor {
	t.Helper()
	ex, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatalf("extract.New: %v", err)
	}
	return ex
}

// countArticles counts the files Files will read from dir.
func countArticles(t testing.TB, dir string) int {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range es {
		if !e.IsDir() && strings.HasSuffix(e.Name(), ".txt") {
			n++
		}
	}
	return n
}

func dump(t *testing.T, c *graph.Client, prefix string) string {
	t.Helper()
	d, err := c.Dump(t.Context(), graph.DumpOptions{IDPrefix: prefix})
	if err != nil {
		t.Fatalf("dump: %v", err)
	}
	if len(d.Nodes) == 0 {
		t.Fatalf("dump of %s is empty", prefix)
	}
	// The prefix is random per test: take it out so dumps compare.
	return strings.ReplaceAll(d.String(), prefix, "P~")
}

func TestIntegrationRerunChangesNothing(t *testing.T) {
	c := graphtest.Connect(t)
	prefix := graphtest.Prefix(t, c)
	ctx := t.Context()
	ex := isolated{realExtractor(t), prefix}
	n := countArticles(t, articlesDir)
	run := func(force bool) *Report {
		t.Helper()
		docs := prefixedDocs(prefix, source.Files(ctx, []string{articlesDir}, source.Options{}))
		rep, err := Run(ctx, docs, ex, NewGraphLoader(c), Options{Workers: 2, BatchSize: 4, Force: force, Logger: graphtest.Logger(t)})
		if err != nil {
			t.Fatalf("run: %v (failures %v)", err, rep.Failures)
		}
		checkCounts(t, rep)
		t.Logf("run: %+v", rep.Durations)
		return rep
	}

	first := run(false)
	if first.Read != n || first.Loaded != n || first.Skipped != 0 || first.Entities == 0 || first.Relations == 0 {
		t.Fatalf("first run: read %d loaded %d skipped %d, entities %d relations %d; want %d loaded",
			first.Read, first.Loaded, first.Skipped, first.Entities, first.Relations, n)
	}
	d1 := dump(t, c, prefix)

	second := run(false)
	if second.Skipped != n || second.Extracted != 0 || second.Loaded != 0 {
		t.Errorf("second run: skipped %d extracted %d loaded %d; want all %d skipped", second.Skipped, second.Extracted, second.Loaded, n)
	}
	if d2 := dump(t, c, prefix); d2 != d1 {
		t.Errorf("the graph changed on a second run over the same articles:\n%s", firstDiff(d1, d2))
	}

	forced := run(true)
	if forced.Loaded != n {
		t.Errorf("forced run loaded %d, want %d", forced.Loaded, n)
	}
	if d3 := dump(t, c, prefix); d3 != d1 {
		t.Errorf("the graph changed when the same articles were loaded again:\n%s", firstDiff(d1, d3))
	}
}

func TestIntegrationShardsConverge(t *testing.T) {
	c := graphtest.Connect(t)
	ctx := t.Context()
	real := realExtractor(t)
	// Twice the articles, under two directory names, so that the shards
	// share many entities and write them at the same time.
	dir := t.TempDir()
	for _, sub := range []string{"a", "b"} {
		if err := os.CopyFS(filepath.Join(dir, sub), os.DirFS(articlesDir)); err != nil {
			t.Fatal(err)
		}
	}
	n := 2 * countArticles(t, articlesDir)
	docs := func(prefix string) iter.Seq2[source.Document, error] {
		return prefixedDocs(prefix, source.Files(ctx, []string{dir}, source.Options{}))
	}

	one := graphtest.Prefix(t, c)
	rep, err := Run(ctx, docs(one), isolated{real, one}, NewGraphLoader(c), Options{Workers: 2, BatchSize: 3})
	if err != nil || rep.Loaded != n {
		t.Fatalf("one worker: loaded %d of %d: %v", rep.Loaded, n, err)
	}

	const shards = 3
	three := graphtest.Prefix(t, c)
	var wg sync.WaitGroup
	reps := make([]*Report, shards)
	errs := make([]error, shards)
	for k := 1; k <= shards; k++ {
		ck := graphtest.Connect(t) // each worker its own connection pool, as N processes would
		wg.Go(func() {
			reps[k-1], errs[k-1] = Run(ctx, docs(three), isolated{real, three}, NewGraphLoader(ck),
				Options{Workers: 1, BatchSize: 2, Shard: Shard{K: k, N: shards}})
		})
	}
	wg.Wait()
	loaded := 0
	for i, r := range reps {
		if errs[i] != nil {
			t.Fatalf("shard %d/%d: %v", i+1, shards, errs[i])
		}
		checkCounts(t, r)
		if r.Read+r.OtherShards != n {
			t.Errorf("shard %d/%d: read %d + other shards %d != %d", i+1, shards, r.Read, r.OtherShards, n)
		}
		loaded += r.Loaded
	}
	if loaded != n {
		t.Errorf("the shards loaded %d articles together, want %d", loaded, n)
	}
	if a, b := dump(t, c, one), dump(t, c, three); a != b {
		t.Errorf("3 shard workers and one worker built different graphs:\n%s", firstDiff(a, b))
	}
}

// TestIntegrationChangedArticle edits one article between two runs: the
// second run extracts only it, and the graph is the one a single run over
// the edited corpus builds.
func TestIntegrationChangedArticle(t *testing.T) {
	c := graphtest.Connect(t)
	ctx := t.Context()
	real := realExtractor(t)
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(articlesDir)); err != nil {
		t.Fatal(err)
	}
	n := countArticles(t, dir)
	run := func(prefix string) *Report {
		t.Helper()
		docs := prefixedDocs(prefix, source.Files(ctx, []string{dir}, source.Options{}))
		rep, err := Run(ctx, docs, isolated{real, prefix}, NewGraphLoader(c), Options{Workers: 2, BatchSize: 5})
		if err != nil {
			t.Fatalf("run: %v", err)
		}
		checkCounts(t, rep)
		return rep
	}

	incremental := graphtest.Prefix(t, c)
	run(incremental)
	// The English article loses its last paragraph and gains another.
	path := filepath.Join(dir, "19_en.txt")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	text := strings.TrimSpace(string(b))
	text = text[:strings.LastIndex(text, "\n")] + "\n\nThe two sides agreed to meet again next year in Vientiane.\n"
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	rep := run(incremental)
	if rep.Loaded != 1 || rep.Skipped != n-1 {
		t.Errorf("after one edit: loaded %d, skipped %d; want 1 and %d", rep.Loaded, rep.Skipped, n-1)
	}

	fresh := graphtest.Prefix(t, c)
	run(fresh)
	if a, b := dump(t, c, incremental), dump(t, c, fresh); a != b {
		t.Errorf("the graph after an edit differs from one built from the edited corpus:\n%s", firstDiff(a, b))
	}
}

// firstDiff shows where two dumps part.
func firstDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := range min(len(al), len(bl)) {
		if al[i] != bl[i] {
			lo := max(0, i-3)
			return fmt.Sprintf("line %d:\n- %s\n+ %s\n(context:\n%s)", i+1, al[i], bl[i], strings.Join(al[lo:i], "\n"))
		}
	}
	return fmt.Sprintf("one dump has %d lines, the other %d", len(al), len(bl))
}

// BenchmarkExtractParallel measures Extract with the real extractor over
// the development articles: MB/s of article text, on one worker and on
// every CPU.
func BenchmarkExtractParallel(b *testing.B) {
	ctx := context.Background()
	var docs []entry
	size := 0
	for d, err := range source.Files(ctx, []string{articlesDir}, source.Options{}) {
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, entry{doc: d})
		size += len(d.Title) + len(d.Text)
	}
	// Enough articles per iteration that every worker is busy.
	for len(docs) < 64 {
		docs = append(docs, docs...)
		size *= 2
	}
	ex := realExtractor(b)
	for _, workers := range []int{1, runtime.NumCPU()} {
		b.Run(fmt.Sprintf("workers=%d", workers), func(b *testing.B) {
			b.SetBytes(int64(size))
			for b.Loop() {
				for _, err := range Extract(ctx, docsOf(docs), ex, workers) {
					if err != nil {
						b.Fatal(err)
					}
				}
			}
			b.ReportMetric(float64(len(docs)*b.N)/b.Elapsed().Seconds(), "articles/s")
		})
	}
}

package main

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dyadgraph/dyad/graph/graphtest"
	"github.com/dyadgraph/dyad/ingest"
	"github.com/dyadgraph/dyad/source"
)

func TestIngestIntegration(t *testing.T) {
	cfg := neo4jConfig(t)
	c := graphtest.Connect(t)
	ctx := context.Background()

	// A sample article made unique to this test (its content hash gives the
	// article id), in a folder of its own (its path is its source).
	var b [6]byte
	_, _ = rand.Read(b[:])
	text, err := os.ReadFile(testdata("articles", "02_fr.txt"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	src := writeFile(t, dir, "article.txt", string(text)+"\n\nRéf. "+hex.EncodeToString(b[:])+"\n")
	t.Cleanup(func() {
		cctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		if _, err := c.Forget(cctx, src); err != nil {
			t.Errorf("cleaning up %s: %v", src, err)
		}
	})
	report := filepath.Join(t.TempDir(), "report.json")
	runOnce := func(o ingestOptions, wantCode int) *ingest.Report {
		t.Helper()
		var out, errOut bytes.Buffer
		o.streams, o.report = streams{out: &out, errOut: &errOut}, report
		err := runIngest(ctx, cfg, o, dir)
		if code := exitCode(err); code != wantCode {
			t.Fatalf("dyad ingest: %v (exit %d), want exit %d\n%s", err, code, wantCode, errOut.String())
		}
		rep, err := ingest.ReadReport(report)
		if err != nil {
			t.Fatal(err)
		}
		return rep
	}

	rep := runOnce(ingestOptions{}, 0)
	if rep.Read != 1 || rep.Loaded != 1 || rep.Failed != 0 || rep.Entities == 0 {
		t.Errorf("first run: read %d, loaded %d, failed %d, entities %d; want 1, 1, 0, some", rep.Read, rep.Loaded, rep.Failed, rep.Entities)
	}
	hashes, err := c.KnownHashes(ctx, []string{src})
	if err != nil || hashes[src] == "" {
		t.Errorf("the article of %s is not in the graph: %v %v", src, hashes, err)
	}

	rep = runOnce(ingestOptions{}, 0)
	if rep.Skipped != 1 || rep.Loaded != 0 {
		t.Errorf("second run: skipped %d, loaded %d; want the unchanged article skipped", rep.Skipped, rep.Loaded)
	}

	// A bad file next to it: reported, the rest done, exit 1.
	bad := writeFile(t, dir, "empty.txt", "")
	rep = runOnce(ingestOptions{force: true}, 1)
	if rep.Loaded != 1 || rep.Failed != 1 || len(rep.Failures) != 1 || rep.Failures[0].Source != bad {
		t.Errorf("run with a bad file, forced: loaded %d, failed %d, failures %+v; want 1, 1, naming %s", rep.Loaded, rep.Failed, rep.Failures, bad)
	}
}

func TestIngestCacheKeptOnlyWhenDone(t *testing.T) {
	base := &memCache{entries: map[string]source.CacheEntry{"http://a/feed": {ETag: `"old"`}}}
	run := &runCache{base: base, pending: map[string]source.CacheEntry{}}
	if err := run.Put("http://a/feed", source.CacheEntry{ETag: `"new"`}); err != nil {
		t.Fatal(err)
	}
	if e, _ := run.Get("http://a/feed"); e.ETag != `"new"` {
		t.Errorf("the run does not see its own validator: %+v", e)
	}
	if e, _ := base.Get("http://a/feed"); e.ETag != `"old"` {
		t.Errorf("the lasting cache changed before commit: %+v", e)
	}
	if err := run.commit(); err != nil {
		t.Fatal(err)
	}
	if e, _ := base.Get("http://a/feed"); e.ETag != `"new"` {
		t.Errorf("the lasting cache lacks the committed validator: %+v", e)
	}

	// A file cache is saved on commit.
	path := filepath.Join(t.TempDir(), "sub", "http-cache.json")
	fc, err := openFileCache(path)
	if err != nil {
		t.Fatal(err)
	}
	run = &runCache{base: fc, pending: map[string]source.CacheEntry{}}
	_ = run.Put("http://b/feed", source.CacheEntry{LastModified: "Mon, 01 Jan 2024 00:00:00 GMT"})
	if err := run.commit(); err != nil {
		t.Fatal(err)
	}
	again, err := source.NewFileCache(path)
	if err != nil {
		t.Fatal(err)
	}
	if e, ok := again.Get("http://b/feed"); !ok || !strings.HasPrefix(e.LastModified, "Mon") {
		t.Errorf("cache file %s lacks the committed entry", path)
	}
}

func TestIngestUsageErrors(t *testing.T) {
	tests := []struct {
		name string
		o    ingestOptions
		args []string
		want string
	}{
		{"nothing to read", ingestOptions{}, nil, "at least one PATH or --feed"},
		{"bad shard", ingestOptions{shard: "0/2"}, []string{"x"}, "--shard"},
		{"watch without interval", ingestOptions{watch: true}, []string{"x"}, "--every must be positive"},
		{"report in a missing folder", ingestOptions{report: "/nonexistent/dir/r.json"}, []string{"x"}, "/nonexistent/dir"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			tt.o.streams = streams{out: &out, errOut: &errOut}
			err := runIngest(context.Background(), noDatabase(), tt.o, tt.args...)
			if err == nil || exitCode(err) != 2 || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("runIngest = %v (exit %d), want exit 2 and %q", err, exitCode(err), tt.want)
			}
		})
	}
}

// --watch runs again and again until stopped, then ends cleanly (exit 0).
func TestIngestWatchIntegration(t *testing.T) {
	cfg := neo4jConfig(t)
	c := graphtest.Connect(t)
	var b [6]byte
	_, _ = rand.Read(b[:])
	text, err := os.ReadFile(testdata("articles", "19_en.txt"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	src := writeFile(t, dir, "article.txt", string(text)+"\n\nRef. "+hex.EncodeToString(b[:])+"\n")
	t.Cleanup(func() {
		cctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		if _, err := c.Forget(cctx, src); err != nil {
			t.Errorf("cleaning up %s: %v", src, err)
		}
	})
	report := filepath.Join(t.TempDir(), "report.json")
	var out bytes.Buffer
	// The stop (SIGTERM, as far as dyad can tell) comes once three runs are
	// logged, however long a load takes on a busy machine; the deadline only
	// keeps a broken watch from hanging the suite.
	ctx, stop := context.WithTimeout(context.Background(), 3*time.Minute)
	defer stop()
	errOut := &runCounter{want: 3, done: stop}
	cfg.Log.Level = "info"
	err = runIngest(ctx, cfg, ingestOptions{streams: streams{out: &out, errOut: errOut}, watch: true, every: 300 * time.Millisecond, report: report}, dir)
	if code := exitCode(err); code != 0 {
		t.Fatalf("dyad ingest --watch stopped with %v (exit %d), want exit 0\n%s", err, code, errOut.String())
	}
	if runs := strings.Count(errOut.String(), "ingest finished"); runs < 3 {
		t.Errorf("%d runs logged before the watch stopped, want 3 (it was stopped only by its deadline):\n%s", runs, errOut.String())
	}
	if !strings.Contains(errOut.String(), "watch stopped") {
		t.Errorf("the end of the watch is not logged:\n%s", errOut.String())
	}
	rep, err := ingest.ReadReport(report)
	if err != nil {
		t.Fatal(err)
	}
	switch {
	case rep.Error != "" && !strings.Contains(rep.Error, "context"):
		t.Errorf("last report: error %q, want none (or the stop, when it came mid-run)", rep.Error)
	case rep.Error == "" && (rep.Read != 1 || rep.Failed != 0):
		t.Errorf("last report: read %d, failed %d; want 1, 0", rep.Read, rep.Failed)
	}
}

// runCounter collects a watch's log and calls done once want runs have
// finished. The logger writes from the watch's goroutine, so it locks.
type runCounter struct {
	mu   sync.Mutex
	buf  bytes.Buffer
	want int
	done func()
}

func (r *runCounter) Write(p []byte) (int, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	n, err := r.buf.Write(p)
	if strings.Count(r.buf.String(), "ingest finished") >= r.want {
		r.done()
	}
	return n, err
}

func (r *runCounter) String() string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.buf.String()
}

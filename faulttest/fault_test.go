package faulttest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
	"go.uber.org/zap/zaptest"

	"github.com/dyadgraph/dyad/bench/corpus"
	"github.com/dyadgraph/dyad/extract"
	"github.com/dyadgraph/dyad/facts"
	"github.com/dyadgraph/dyad/graph"
	"github.com/dyadgraph/dyad/ingest"
	"github.com/dyadgraph/dyad/source"
)

const (
	// enableVar turns the test on: it kills and restarts a Neo4j and takes
	// minutes, too much for every `go test ./...`.
	enableVar = "DYAD_FAULT_TESTS"
	runHint   = "DYAD_FAULT_TESTS=1 go test -count=1 -v ./faulttest/"

	// The private server's password (not the shared server's).
	password = "faulttest-password"

	// generated is the number of bench/corpus articles added to
	// testdata/articles: enough for dozens of batches.
	generated = 70
	// batchSize is small so a run has many batches to kill between.
	batchSize = 4
	// maxRetry bounds the driver's retries in the runs that must fail.
	maxRetry = 5 * time.Second
	// failSlack is how much longer than maxRetry a run may take to fail
	// after the kill: the last backoff sleep, the pipeline winding down.
	failSlack = 20 * time.Second
)

// TestFaultNeo4jKilledMidIngest is issue 4, item 5: Neo4j killed (SIGKILL)
// at several points of an ingest. See doc.go.
func TestFaultNeo4jKilledMidIngest(t *testing.T) {
	if os.Getenv(enableVar) != "1" {
		t.Skipf("fault test (kills and restarts a private Neo4j, a few minutes): run it with %s", runHint)
	}
	ctx := testContext(t)
	srv := startServer(ctx, t)
	dir := makeCorpus(t)
	ex, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatalf("extract.New: %v", err)
	}
	retries := &atomic.Int64{}
	log := zap.New(zapcore.NewTee(
		retryCounter{LevelEnabler: zapcore.DebugLevel, n: retries},
		zaptest.NewLogger(t, zaptest.Level(zap.WarnLevel)).Core(),
	))
	in := &ingestion{dir: dir, ex: ex, log: log}

	// The reference: one uninterrupted run.
	c := srv.connect(ctx, t, maxRetry, log)
	if err := c.EnsureSchema(ctx); err != nil {
		t.Fatalf("ensure schema: %v", err)
	}
	t0 := time.Now()
	ref, err := in.run(ctx, ingest.NewGraphLoader(c))
	if err != nil {
		t.Fatalf("uninterrupted run: %v (failures %v)", err, ref.Failures)
	}
	total := ref.Read
	if want := countFiles(t, dir); total != want || ref.Loaded != total || ref.Failed != 0 {
		t.Fatalf("uninterrupted run: read %d, loaded %d, failed %d; want %d read and loaded", ref.Read, ref.Loaded, ref.Failed, want)
	}
	want := srv.dump(ctx, t, c)
	batches := ref.Batches
	perBatch := ref.Durations.Load / time.Duration(max(ref.Batches, 1))
	t.Logf("reference: %d articles in %d batches of %d (%s each), %d entities, %d relations, %s; graph: %v",
		total, ref.Batches, batchSize, perBatch.Round(time.Millisecond), ref.Entities, ref.Relations, time.Since(t0).Round(time.Millisecond), countsOf(want))
	if ref.Batches < 10 {
		t.Fatalf("only %d batches: too few to kill the server in the middle", ref.Batches)
	}
	_ = c.Close(context.WithoutCancel(ctx))

	points := []killPoint{
		{name: "after-first-batch", after: 1},
		{name: "during-middle-batch", during: batches / 2, sameClient: true},
		{name: "near-the-end", after: batches - 2},
	}
	// First, while the server is warm: every kill point restarts it, and
	// a restarted Neo4j plans and compiles everything again.
	t.Run("outage-shorter-than-the-retries", func(t *testing.T) {
		survive(ctx, t, srv, in, total, want, retries)
	})
	for _, p := range points {
		t.Run(p.name, func(t *testing.T) {
			killAndRerun(ctx, t, srv, in, p, total, want, retries)
		})
	}
}

// killPoint says when to kill the server: once batch after is committed,
// or a few milliseconds into the transaction of batch during.
type killPoint struct {
	name          string
	after, during int
	// sameClient reruns on the client of the failed run, as
	// `dyad ingest --watch` does; otherwise a new one, as a cron job does.
	sameClient bool
}

// killAndRerun runs one kill point: an ingest the kill fails, a restart, a
// rerun, and the comparison with the reference graph.
func killAndRerun(ctx context.Context, t *testing.T, srv *server, in *ingestion, p killPoint, total int, want *graph.Dump, retries *atomic.Int64) {
	srv.start(ctx, t)
	srv.wipe(ctx, t)
	c := srv.connect(ctx, t, maxRetry, in.log)
	defer func() { _ = c.Close(context.WithoutCancel(ctx)) }()

	kl := &killingLoader{inner: ingest.NewGraphLoader(c), after: p.after, during: p.during, kill: func() error { return srv.kill(ctx) }}
	if p.during > 0 {
		// The script takes tens of milliseconds to get to the kill, a
		// busy machine more: a batch would often commit first. SIGKILL
		// straight to the server's JVM lands inside the transaction.
		kl.kill = func() error { return srv.killAtOnce(ctx) }
	}
	r0 := retries.Load()
	rep, err := in.run(ctx, kl)
	returned := time.Now()
	kl.wait()
	if kl.killErr != nil {
		t.Fatalf("kill: %v", kl.killErr)
	}
	if kl.killedAt.IsZero() {
		t.Fatalf("the kill point was never reached (%d batches written, run error %v)", kl.batches, err)
	}
	failAfter := returned.Sub(kl.killedAt)
	t.Logf("killed at batch %d (%s), %d articles committed before; the run failed %s after the kill, %d driver retries; report: read %d loaded %d unfinished %d",
		kl.killBatch, kl.when(), len(kl.committed), failAfter.Round(time.Millisecond), retries.Load()-r0, rep.Read, rep.Loaded, rep.Unfinished)
	t.Logf("error: %v", err)

	switch {
	case err == nil:
		t.Fatalf("the run succeeded although Neo4j was killed at batch %d", kl.killBatch)
	case !errors.Is(err, graph.ErrUnavailable):
		t.Errorf("the error does not wrap graph.ErrUnavailable: %v", err)
	}
	if err != nil {
		msg := err.Error()
		if s := fmt.Sprintf("after %d articles loaded", rep.Loaded); !strings.Contains(msg, s) {
			t.Errorf("the error does not say %q: %s", s, msg)
		}
		if strings.Contains(msg, password) {
			t.Errorf("the error shows the password: %s", msg)
		}
		if rep.Error != msg {
			t.Errorf("report error %q, want the run's error %q", rep.Error, msg)
		}
	}
	if rep.Loaded != len(kl.committed) {
		t.Errorf("report: loaded %d, but %d articles were committed", rep.Loaded, len(kl.committed))
	}
	if rep.Loaded+rep.Unfinished+rep.Skipped+rep.Failed != rep.Read || rep.Unfinished == 0 {
		t.Errorf("report: read %d = skipped %d + loaded %d + failed %d + unfinished %d does not add up, or nothing unfinished",
			rep.Read, rep.Skipped, rep.Loaded, rep.Failed, rep.Unfinished)
	}
	if failAfter > maxRetry+failSlack {
		t.Errorf("the run failed %s after the kill: past the retry bound %s (+%s slack)", failAfter, maxRetry, failSlack)
	}
	// Killed between batches, the next transaction meets a dead server:
	// a transient error the driver must retry, with backoff, until the
	// bound. Killed during a commit the outcome is unknown and the driver
	// rightly does not retry, so only the between-batch kills are held to
	// this.
	if p.after > 0 && (retries.Load() == r0 || failAfter < maxRetry) {
		t.Errorf("the run failed %s after the kill with %d driver retries: want retries for the whole bound (%s)", failAfter, retries.Load()-r0, maxRetry)
	}

	if out, err := srv.script(ctx, "status"); err == nil {
		t.Fatalf("the server is still running after the kill: %s", out)
	}
	t1 := time.Now()
	srv.start(ctx, t)
	t.Logf("restarted in %s", time.Since(t1).Round(time.Millisecond))

	// Durability and atomicity: every committed batch is there, the batch
	// being written when the server died is there whole or not at all.
	d := srv.dump(ctx, t, c)
	got := sourcesOf(d)
	for _, s := range kl.committed {
		if !got[s] {
			t.Errorf("%s was committed before the kill but is not in the graph after the restart", s)
		}
	}
	inflight := 0
	for s := range got {
		switch {
		case slices.Contains(kl.committed, s):
		case slices.Contains(kl.inflight, s):
			inflight++
		default:
			t.Errorf("%s is in the graph after the restart but was never committed nor being written", s)
		}
	}
	if inflight != 0 && inflight != len(kl.inflight) {
		t.Errorf("%d of the %d articles of the batch being written at the kill are in the graph: a batch is written whole or not at all", inflight, len(kl.inflight))
	}
	t.Logf("after the restart the graph holds %d articles: the %d committed, and %d of the %d of the failed batch", len(got), len(kl.committed), inflight, len(kl.inflight))

	rc := c
	if !p.sameClient {
		rc = srv.connect(ctx, t, maxRetry, in.log)
		defer func() { _ = rc.Close(context.WithoutCancel(ctx)) }()
	}
	t2 := time.Now()
	again, err := in.run(ctx, ingest.NewGraphLoader(rc))
	if err != nil {
		t.Fatalf("rerun after the restart: %v", err)
	}
	t.Logf("rerun (%s client): skipped %d, loaded %d, failed %d in %s",
		map[bool]string{true: "same", false: "new"}[p.sameClient], again.Skipped, again.Loaded, again.Failed, time.Since(t2).Round(time.Millisecond))
	if again.Skipped != len(got) || again.Loaded != total-len(got) || again.Failed != 0 {
		t.Errorf("rerun: skipped %d, loaded %d, failed %d; want the %d articles already in the graph skipped and the other %d loaded",
			again.Skipped, again.Loaded, again.Failed, len(got), total-len(got))
	}
	if len(kl.committed) > 0 && again.Skipped == 0 {
		t.Errorf("rerun skipped nothing although %d articles were loaded before the kill", len(kl.committed))
	}
	if after := srv.dump(ctx, t, rc); after.String() != want.String() {
		t.Errorf("the graph after the kill, restart and rerun differs from the uninterrupted run's:\n%s", firstDiff(want.String(), after.String()))
	}
}

// survive cuts every connection to the server after the second batch and
// refuses new ones for a few seconds, as a network blip or a failover
// does, through a TCP proxy between the driver and Neo4j: with a retry
// bound longer than the outage, the run rides it out by itself.
func survive(ctx context.Context, t *testing.T, srv *server, in *ingestion, total int, want *graph.Dump, retries *atomic.Int64) {
	const outage = 3 * time.Second
	srv.start(ctx, t)
	srv.wipe(ctx, t)
	px := &proxy{target: fmt.Sprintf("127.0.0.1:%d", srv.bolt)}
	if err := px.up(); err != nil {
		t.Fatal(err)
	}
	defer px.down()
	cfg := srv.config(time.Minute)
	cfg.URI = "bolt://" + px.addr
	c, err := graph.Connect(ctx, cfg, in.log)
	if err != nil {
		t.Fatalf("connect through the proxy: %v", err)
	}
	defer func() { _ = c.Close(context.WithoutCancel(ctx)) }()

	var back sync.WaitGroup
	var upErr error
	kl := &killingLoader{inner: ingest.NewGraphLoader(c), after: 2, kill: func() error {
		px.down()
		back.Go(func() {
			time.Sleep(outage)
			upErr = px.up()
		})
		return nil
	}}
	r0 := retries.Load()
	rep, err := in.run(ctx, kl)
	kl.wait()
	back.Wait()
	if kl.killedAt.IsZero() {
		t.Fatalf("the cut never happened (%d batches written, run error %v)", kl.batches, err)
	}
	if upErr != nil {
		t.Fatalf("proxy back up: %v", upErr)
	}
	t.Logf("connections cut after batch %d for %s; the run ended %s later with %d driver retries: loaded %d, error %v",
		kl.killBatch, outage, time.Since(kl.killedAt).Round(time.Millisecond), retries.Load()-r0, rep.Loaded, err)
	if err != nil {
		t.Fatalf("the run did not ride out a %s outage with a %s retry bound: %v", outage, cfg.MaxRetryTime, err)
	}
	if rep.Loaded != total || retries.Load() == r0 {
		t.Errorf("loaded %d of %d, %d driver retries; want all loaded after at least one retry", rep.Loaded, total, retries.Load()-r0)
	}
	if got := srv.dump(ctx, t, c); got.String() != want.String() {
		t.Errorf("the graph after an outage the run rode out differs from the uninterrupted run's:\n%s", firstDiff(want.String(), got.String()))
	}
}

// proxy forwards TCP connections to target. down closes the listener and
// every connection (the driver sees them reset, then refused); up listens
// again on the same address.
type proxy struct {
	target string
	addr   string // fixed by the first up

	mu    sync.Mutex
	ln    net.Listener
	conns map[net.Conn]bool
}

func (p *proxy) up() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	addr := p.addr
	if addr == "" {
		addr = "127.0.0.1:0"
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("proxy: %w", err)
	}
	p.ln, p.addr = ln, ln.Addr().String()
	if p.conns == nil {
		p.conns = map[net.Conn]bool{}
	}
	go p.serve(ln)
	return nil
}

func (p *proxy) down() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.ln != nil {
		_ = p.ln.Close()
		p.ln = nil
	}
	for c := range p.conns {
		_ = c.Close()
	}
	clear(p.conns)
}

func (p *proxy) serve(ln net.Listener) {
	for {
		c, err := ln.Accept()
		if err != nil {
			return // closed by down
		}
		go p.pipe(c)
	}
}

func (p *proxy) pipe(c net.Conn) {
	u, err := net.Dial("tcp", p.target)
	if err != nil {
		_ = c.Close()
		return
	}
	p.mu.Lock()
	if p.ln == nil { // went down meanwhile
		p.mu.Unlock()
		_ = c.Close()
		_ = u.Close()
		return
	}
	p.conns[c], p.conns[u] = true, true
	p.mu.Unlock()
	go func() {
		_, _ = io.Copy(u, c)
		_ = u.Close()
	}()
	_, _ = io.Copy(c, u)
	_ = c.Close()
	p.mu.Lock()
	delete(p.conns, c)
	delete(p.conns, u)
	p.mu.Unlock()
}

// ---------------------------------------------------------------- ingest

// ingestion is the same ingest, run again and again: the corpus folder
// read by source.Files, the real extractor, small batches.
type ingestion struct {
	dir string
	ex  *extract.Extractor
	log *zap.Logger
}

// loader is what ingest.Run needs of the graph.
type loader interface {
	Load(ctx context.Context, docs []*facts.Doc) (graph.Stats, error)
	KnownHashes(ctx context.Context, sources []string) (map[string]string, error)
}

func (in *ingestion) run(ctx context.Context, l loader) (*ingest.Report, error) {
	docs := source.Files(ctx, []string{in.dir}, source.Options{Logger: in.log})
	return ingest.Run(ctx, docs, in.ex, l, ingest.Options{Workers: 2, BatchSize: batchSize, Logger: in.log})
}

// killingLoader is the real loader, with the server killed at one point
// of the run. It keeps the sources of the batches committed, and of those
// whose Load failed: the batch being written when the server died is among
// these (a run stops at its first failed batch). Run calls Load from one
// goroutine.
type killingLoader struct {
	inner         *ingest.GraphLoader
	after, during int
	kill          func() error

	mu        sync.Mutex
	batches   int
	committed []string
	inflight  []string
	killBatch int
	killedAt  time.Time
	killErr   error
	killing   sync.WaitGroup
	took      []time.Duration // of the batches committed
	// Batch during: the kill's delay, the Load's duration and error.
	delay      time.Duration
	duringTook time.Duration
	loadErr    error
}

func (k *killingLoader) KnownHashes(ctx context.Context, sources []string) (map[string]string, error) {
	return k.inner.KnownHashes(ctx, sources)
}

func (k *killingLoader) Load(ctx context.Context, docs []*facts.Doc) (graph.Stats, error) {
	k.mu.Lock()
	k.batches++
	n := k.batches
	if n == k.during {
		// Half the fastest batch so far into this one: the transaction
		// is under way and not yet committed.
		k.killBatch = n
		k.delay = slices.Min(append(k.took, time.Second)) / 2
		k.killing.Go(func() {
			time.Sleep(k.delay)
			k.killNow()
		})
	}
	k.mu.Unlock()

	t0 := time.Now()
	st, err := k.inner.Load(ctx, docs)

	k.mu.Lock()
	if n == k.during {
		k.loadErr, k.duringTook = err, time.Since(t0)
	}
	if err != nil {
		k.inflight = append(k.inflight, sourcesOfDocs(docs)...)
		k.mu.Unlock()
		return st, err
	}
	rejected := map[string]bool{}
	for _, r := range st.Rejected {
		rejected[r.Source] = true
	}
	for _, s := range sourcesOfDocs(docs) {
		if !rejected[s] {
			k.committed = append(k.committed, s)
		}
	}
	k.took = append(k.took, time.Since(t0))
	if n == k.after {
		k.killBatch = n
	}
	k.mu.Unlock()
	if n == k.after {
		k.killNow() // synchronously: the next batch meets a dead server
	}
	return st, nil
}

func (k *killingLoader) killNow() {
	err := k.kill()
	k.mu.Lock()
	defer k.mu.Unlock()
	k.killedAt, k.killErr = time.Now(), err
}

// wait waits for a kill started in the background.
func (k *killingLoader) wait() { k.killing.Wait() }

// when says how the kill met the batch.
func (k *killingLoader) when() string {
	switch {
	case k.after > 0:
		return "between batches"
	case k.loadErr != nil:
		return fmt.Sprintf("%s into the batch, which failed after %s", k.delay.Round(time.Millisecond), k.duringTook.Round(time.Millisecond))
	default:
		return fmt.Sprintf("%s into the batch, which still committed in %s", k.delay.Round(time.Millisecond), k.duringTook.Round(time.Millisecond))
	}
}

func sourcesOfDocs(docs []*facts.Doc) []string {
	out := make([]string, 0, len(docs))
	for _, d := range docs {
		out = append(out, d.Article.Source)
	}
	return out
}

// retryCounter counts the driver's "Retrying transaction" debug lines
// (logged by graph's driver logger under the client's logger).
type retryCounter struct {
	zapcore.LevelEnabler
	n *atomic.Int64
}

func (c retryCounter) With([]zapcore.Field) zapcore.Core { return c }

func (c retryCounter) Check(e zapcore.Entry, ce *zapcore.CheckedEntry) *zapcore.CheckedEntry {
	if c.Enabled(e.Level) {
		return ce.AddCore(e, c)
	}
	return ce
}

func (c retryCounter) Write(e zapcore.Entry, _ []zapcore.Field) error {
	if strings.HasPrefix(e.Message, "Retrying transaction") {
		c.n.Add(1)
	}
	return nil
}

func (retryCounter) Sync() error { return nil }

// ---------------------------------------------------------------- corpus

// makeCorpus copies testdata/articles and writes generated articles from
// bench/corpus next to them.
func makeCorpus(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "corpus")
	if err := os.CopyFS(filepath.Join(dir, "dev"), os.DirFS(filepath.Join(repoRoot(t), "testdata", "articles"))); err != nil {
		t.Fatal(err)
	}
	g, err := corpus.New(corpus.Options{N: generated, Seed: 5})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := corpus.WriteText(filepath.Join(dir, "gen"), g.All()); err != nil {
		t.Fatal(err)
	}
	return dir
}

// countFiles counts the files under dir.
func countFiles(t *testing.T, dir string) int {
	t.Helper()
	n := 0
	err := filepath.WalkDir(dir, func(_ string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			n++
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func repoRoot(t *testing.T) string {
	t.Helper()
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	return root
}

// testContext ends a little before the test binary's deadline, so a hung
// run fails with a message and the cleanups (stopping Neo4j) still run.
func testContext(t *testing.T) context.Context {
	ctx := t.Context()
	if dl, ok := t.Deadline(); ok {
		c, cancel := context.WithDeadline(ctx, dl.Add(-45*time.Second))
		t.Cleanup(cancel)
		ctx = c
	}
	return ctx
}

// ---------------------------------------------------------------- the private Neo4j

// server is a private Neo4j run by scripts/neo4j-local: its own folder and
// ports, so killing it never touches the shared server other tests use.
type server struct {
	path       string // scripts/neo4j-local
	dir        string // NEO4J_LOCAL_DIR
	bolt, http int
}

func startServer(ctx context.Context, t *testing.T) *server {
	t.Helper()
	root := repoRoot(t)
	s := &server{path: filepath.Join(root, "scripts", "neo4j-local"), dir: filepath.Join(t.TempDir(), "neo4j")}
	s.bolt, s.http = freePorts(t)
	shared := filepath.Join(root, ".neo4j-local")
	if s.dir == shared || s.bolt == 7687 || s.http == 7474 {
		t.Fatalf("refusing to use the shared server's folder or ports (%s, %d, %d)", s.dir, s.bolt, s.http)
	}
	seedCache(t, filepath.Join(shared, "cache"), filepath.Join(s.dir, "cache"))
	// Registered after t.TempDir, so it runs before the folder is removed.
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		if out, err := s.script(ctx, "stop"); err != nil {
			t.Errorf("stopping the private Neo4j: %v\n%s", err, out)
		}
	})
	t0 := time.Now()
	s.start(ctx, t)
	t.Logf("private Neo4j on bolt://127.0.0.1:%d started in %s (folder %s)", s.bolt, time.Since(t0).Round(time.Millisecond), s.dir)
	return s
}

// seedCache copies the shared server's resolved classpath and compiled
// launcher, when there are any, so the private server's first start does
// not run Maven again. The script checks them (every jar must exist) and
// resolves again when they do not fit.
func seedCache(t *testing.T, from, to string) {
	t.Helper()
	if err := os.MkdirAll(to, 0o755); err != nil {
		t.Fatal(err)
	}
	es, err := os.ReadDir(from)
	if err != nil {
		return // no shared server yet: the script resolves everything
	}
	for _, e := range es {
		src, dst := filepath.Join(from, e.Name()), filepath.Join(to, e.Name())
		switch {
		case e.IsDir() && strings.HasPrefix(e.Name(), "launcher-"):
			err = os.CopyFS(dst, os.DirFS(src))
		case !e.IsDir() && strings.HasPrefix(e.Name(), "classpath-") && strings.HasSuffix(e.Name(), ".txt"):
			var b []byte
			if b, err = os.ReadFile(src); err == nil {
				err = os.WriteFile(dst, b, 0o644)
			}
		}
		if err != nil {
			t.Logf("not copying %s (the script will rebuild it): %v", src, err)
		}
	}
}

// freePorts finds two free ports for Bolt and HTTP, away from the shared
// server's 7687/7474 and from the ephemeral range.
func freePorts(t *testing.T) (int, int) {
	t.Helper()
	base := 17687 + 2*(os.Getpid()%500)
	for p := base; p < base+1000; p += 2 {
		if portFree(p) && portFree(p+1) {
			return p, p + 1
		}
	}
	t.Fatalf("no two free ports from %d", base)
	return 0, 0
}

func portFree(p int) bool {
	l, err := net.Listen("tcp", "127.0.0.1:"+strconv.Itoa(p))
	if err != nil {
		return false
	}
	_ = l.Close()
	return true
}

// script runs scripts/neo4j-local cmd on the private server.
func (s *server) script(ctx context.Context, cmd string) (string, error) {
	c := exec.CommandContext(ctx, s.path, cmd)
	// Later entries win: these override whatever the environment says.
	c.Env = append(os.Environ(),
		"NEO4J_LOCAL_DIR="+s.dir,
		"NEO4J_BOLT_PORT="+strconv.Itoa(s.bolt),
		"NEO4J_HTTP_PORT="+strconv.Itoa(s.http),
		"DYAD_NEO4J_PASSWORD="+password,
		"NEO4J_HEAP=512m",
		"NEO4J_PAGECACHE=64m",
		"NEO4J_START_TIMEOUT=150",
		"NEO4J_STOP_TIMEOUT=20",
	)
	c.WaitDelay = 10 * time.Second
	out, err := c.CombinedOutput()
	return strings.TrimSpace(string(out)), err
}

func (s *server) start(ctx context.Context, t *testing.T) {
	t.Helper()
	if out, err := s.script(ctx, "start"); err != nil {
		t.Fatalf("scripts/neo4j-local start (private server): %v\n%s", err, out)
	}
}

func (s *server) kill(ctx context.Context) error {
	out, err := s.script(ctx, "kill")
	if err != nil {
		return fmt.Errorf("scripts/neo4j-local kill: %w: %s", err, out)
	}
	if !strings.Contains(out, "killed") {
		return fmt.Errorf("scripts/neo4j-local kill killed nothing: %s", out)
	}
	return nil
}

// killAtOnce sends SIGKILL straight to the private server's JVM (its pid
// file, checked against its command line, which names the private folder),
// then lets the script tidy its pid file up.
func (s *server) killAtOnce(ctx context.Context) error {
	b, err := os.ReadFile(filepath.Join(s.dir, "neo4j-local.pid"))
	if err != nil {
		return fmt.Errorf("private server's pid: %w", err)
	}
	pid, err := strconv.Atoi(strings.TrimSpace(string(b)))
	if err != nil {
		return fmt.Errorf("private server's pid file: %w", err)
	}
	cmdline, err := os.ReadFile(fmt.Sprintf("/proc/%d/cmdline", pid))
	if err != nil || !strings.Contains(string(cmdline), s.dir) {
		return fmt.Errorf("pid %d is not the private server in %s", pid, s.dir)
	}
	if err := syscall.Kill(pid, syscall.SIGKILL); err != nil {
		return fmt.Errorf("kill %d: %w", pid, err)
	}
	if out, err := s.script(ctx, "kill"); err != nil {
		return fmt.Errorf("scripts/neo4j-local kill: %w: %s", err, out)
	}
	return nil
}

func (s *server) config(retry time.Duration) graph.Config {
	return graph.Config{
		URI:            fmt.Sprintf("bolt://127.0.0.1:%d", s.bolt),
		Username:       "neo4j",
		Password:       password,
		MaxRetryTime:   retry,
		ConnectTimeout: 5 * time.Second,
	}
}

func (s *server) connect(ctx context.Context, t *testing.T, retry time.Duration, log *zap.Logger) *graph.Client {
	t.Helper()
	c, err := graph.Connect(ctx, s.config(retry), log)
	if err != nil {
		t.Fatalf("connect to the private Neo4j: %v", err)
	}
	return c
}

// wipe empties the private database (the schema stays).
func (s *server) wipe(ctx context.Context, t *testing.T) {
	t.Helper()
	cfg := s.config(0)
	drv, err := neo4j.NewDriverWithContext(cfg.URI, neo4j.BasicAuth(cfg.Username, cfg.Password, ""))
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = drv.Close(context.WithoutCancel(ctx)) }()
	if _, err := neo4j.ExecuteQuery(ctx, drv, "MATCH (n) DETACH DELETE n", nil, neo4j.EagerResultTransformer); err != nil {
		t.Fatalf("wipe the private database: %v", err)
	}
}

func (s *server) dump(ctx context.Context, t *testing.T, c *graph.Client) *graph.Dump {
	t.Helper()
	d, err := c.Dump(ctx, graph.DumpOptions{})
	if err != nil {
		t.Fatalf("dump: %v", err)
	}
	return d
}

// sourcesOf is the set of Source ids in a dump.
func sourcesOf(d *graph.Dump) map[string]bool {
	out := map[string]bool{}
	for _, n := range d.Nodes {
		if slices.Contains(n.Labels, "Source") {
			out[n.ID] = true
		}
	}
	return out
}

func countsOf(d *graph.Dump) string {
	keys := make([]string, 0, len(d.Counts))
	for k := range d.Counts {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	var b strings.Builder
	for i, k := range keys {
		if i > 0 {
			b.WriteString(" ")
		}
		fmt.Fprintf(&b, "%s=%d", k, d.Counts[k])
	}
	return b.String()
}

// firstDiff shows where two dumps part.
func firstDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := range min(len(al), len(bl)) {
		if al[i] != bl[i] {
			lo := max(0, i-5)
			return fmt.Sprintf("line %d:\n- %s\n+ %s\n(context:\n%s)", i+1, al[i], bl[i], strings.Join(al[lo:i], "\n"))
		}
	}
	return fmt.Sprintf("one dump has %d lines, the other %d", len(al), len(bl))
}

package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/dyadgraph/dyad/bench"
	"github.com/dyadgraph/dyad/bench/corpus"
	"github.com/dyadgraph/dyad/extract"
	"github.com/dyadgraph/dyad/facts"
	"github.com/dyadgraph/dyad/graph"
	"github.com/dyadgraph/dyad/ingest"
	"github.com/dyadgraph/dyad/source"
)

type config struct {
	seed        uint64
	langs       string
	extractN    int
	rounds      int
	loadN       int
	loadRounds  int
	batch       int
	extraBatch  []int
	rssInputs   []string
	reingestN   int
	scaleN      int
	window      int
	rssSizes    []int
	rssMode     string
	phases      []string
	out         string
	importDir   string
	cpuProfile  string
	serverPID   int
	commandLine string
}

var allPhases = []string{"extract", "load", "scale", "reingest", "rss"}

func parseConfig(args []string) (*config, error) {
	c := &config{}
	fs := flag.NewFlagSet("run", flag.ContinueOnError)
	fs.Uint64Var(&c.seed, "seed", 1, "corpus seed (the same seed gives the same corpus)")
	fs.StringVar(&c.langs, "langs", "fr,vi,en", "languages of the corpus, mixed evenly")
	fs.IntVar(&c.extractN, "extract-n", 3000, "articles for the extraction throughput")
	fs.IntVar(&c.rounds, "rounds", 3, "timed extraction rounds (the median is reported)")
	fs.IntVar(&c.loadN, "load-n", 1000, "articles for the load comparison (dyad, LOAD CSV, naive: the same facts)")
	fs.IntVar(&c.loadRounds, "load-rounds", 3, "rounds of the load comparison (the loaders take turns; the median is reported)")
	fs.IntVar(&c.batch, "batch", ingest.DefaultBatchSize, "dyad: articles per transaction (dyad ingest's default); the targets are judged on it")
	extra := fs.String("extra-batches", "500", "dyad: other batch sizes to time in the load comparison (comma-separated; empty: none)")
	inputs := fs.String("rss-inputs", "gen", "inputs of the peak RSS figures: gen (generated as the pipeline reads: its own memory), jsonl (one JSON Lines file read by source.Files), txt (a folder of .txt files)")
	fs.IntVar(&c.reingestN, "reingest-n", 1000, "articles ingested twice for the re-ingest figure")
	fs.IntVar(&c.scaleN, "scale-n", 4000, "articles loaded window after window into a growing graph (dyad and LOAD CSV)")
	fs.IntVar(&c.window, "window", 1000, "articles per window of the scale phase")
	sizes := fs.String("rss-sizes", "1000,10000,100000", "corpus sizes of the peak RSS figures")
	fs.StringVar(&c.rssMode, "rss-mode", "discard", "discard: extraction and pipeline, nothing written; neo4j: loaded for real")
	phases := fs.String("phases", strings.Join(allPhases, ","), "phases to run: "+strings.Join(allPhases, ","))
	fs.StringVar(&c.out, "out", "bench/results", "folder of the results (JSON and Markdown)")
	fs.StringVar(&c.cpuProfile, "cpuprofile", "", "write a CPU profile of the one-core extraction to this file")
	fs.IntVar(&c.serverPID, "server-pid", 0, "pid of the Neo4j server when it runs on this machine: its CPU time per loader is reported too")
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	if fs.NArg() > 0 {
		return nil, fmt.Errorf("run: unexpected argument %q", fs.Arg(0))
	}
	var serr error
	if c.rssSizes, serr = positiveInts("rss-sizes", *sizes); serr != nil {
		return nil, serr
	}
	var err error
	if c.extraBatch, err = positiveInts("extra-batches", *extra); err != nil {
		return nil, err
	}
	for _, in := range strings.Split(*inputs, ",") {
		if in = strings.TrimSpace(in); in == "" {
			continue
		}
		if !slices.Contains([]string{"gen", "jsonl", "txt"}, in) {
			return nil, fmt.Errorf("run: -rss-inputs: unknown input %q (want gen, jsonl or txt)", in)
		}
		c.rssInputs = append(c.rssInputs, in)
	}
	for _, p := range strings.Split(*phases, ",") {
		if p = strings.TrimSpace(p); p == "" {
			continue
		}
		if !slices.Contains(allPhases, p) {
			return nil, fmt.Errorf("run: unknown phase %q (want some of %s)", p, strings.Join(allPhases, ","))
		}
		c.phases = append(c.phases, p)
	}
	for name, v := range map[string]int{"extract-n": c.extractN, "rounds": c.rounds, "load-n": c.loadN,
		"load-rounds": c.loadRounds, "batch": c.batch, "reingest-n": c.reingestN, "scale-n": c.scaleN, "window": c.window} {
		if v < 1 {
			return nil, fmt.Errorf("run: -%s must be at least 1, got %d", name, v)
		}
	}
	if c.rssMode != "discard" && c.rssMode != "neo4j" {
		return nil, fmt.Errorf("run: -rss-mode %q: want discard or neo4j", c.rssMode)
	}
	if _, err := corpus.ParseLangs(c.langs); err != nil {
		return nil, err
	}
	c.importDir = os.Getenv("NEO4J_IMPORT_DIR")
	c.commandLine = "dyad-bench run " + strings.Join(args, " ")
	return c, nil
}

func positiveInts(flagName, list string) ([]int, error) {
	var out []int
	for _, s := range strings.Split(list, ",") {
		if s = strings.TrimSpace(s); s == "" {
			continue
		}
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 {
			return nil, fmt.Errorf("run: -%s: %q is not a positive number", flagName, s)
		}
		out = append(out, n)
	}
	return out, nil
}

func (c *config) has(phase string) bool { return slices.Contains(c.phases, phase) }

func (c *config) generator(n int) (*corpus.Generator, error) {
	ls, err := corpus.ParseLangs(c.langs)
	if err != nil {
		return nil, err
	}
	return corpus.New(corpus.Options{N: n, Langs: ls, Seed: c.seed})
}

func logf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "dyad-bench: "+format+"\n", args...)
}

func runBench(ctx context.Context, args []string) error {
	c, err := parseConfig(args)
	if err != nil {
		return err
	}
	res := &Results{Command: c.commandLine, Machine: machine(), Seed: c.seed, Langs: c.langs, Started: time.Now().UTC()}
	ex, err := extract.New(extract.Options{})
	if err != nil {
		return err
	}

	var nc *neo
	if c.has("load") || c.has("scale") || c.has("reingest") || (c.has("rss") && c.rssMode == "neo4j") {
		if nc, err = connect(ctx); err != nil {
			return err
		}
		defer nc.close()
		res.Machine.Neo4j = nc.version
	}

	if c.has("extract") {
		if res.Extract, err = extractPhase(ctx, c, ex); err != nil {
			return err
		}
	}
	if c.has("load") {
		if res.Load, err = loadPhase(ctx, c, ex, nc); err != nil {
			return err
		}
	}
	if c.has("scale") {
		if res.Scale, err = scalePhase(ctx, c, ex, nc); err != nil {
			return err
		}
	}
	if c.has("reingest") {
		if res.Reingest, err = reingestPhase(ctx, c, ex, nc); err != nil {
			return err
		}
	}
	if c.has("rss") {
		if res.Memory, err = rssPhase(ctx, c); err != nil {
			return err
		}
	}
	res.Finished = time.Now().UTC()
	res.Machine.LoadAvgEnd = loadAvg()
	res.judge()
	md, js, err := res.write(c.out)
	if err != nil {
		return err
	}
	fmt.Print(res.Markdown())
	logf("results: %s, %s", md, js)
	return nil
}

// extractPhase times the extractor over the same in-memory documents on
// one core (GOMAXPROCS=1, one worker) and on all cores (one worker per
// CPU), through ingest.Extract, the order-preserving parallel extraction
// of dyad extract.
func extractPhase(ctx context.Context, c *config, ex *extract.Extractor) (*ExtractResult, error) {
	g, err := c.generator(c.extractN)
	if err != nil {
		return nil, err
	}
	logf("extract: generating %d articles", c.extractN)
	docs := make([]source.Document, 0, c.extractN)
	truths := make([]corpus.Truth, 0, c.extractN)
	var size int64
	for a := range g.All() {
		d := bench.Document(a, "")
		docs = append(docs, d)
		truths = append(truths, a.Truth)
		size += int64(bench.Bytes(d))
	}
	r := &ExtractResult{Articles: len(docs), Bytes: size, Rounds: c.rounds, CPUs: runtime.NumCPU()}

	// cpu is the CPU time the process spent in each timed pass: on a
	// shared machine the wall clock also counts the time other processes
	// held the cores, the CPU time does not.
	var cpu []time.Duration
	pass := func(workers int, keep bool) (time.Duration, []*facts.Doc, error) {
		var out []*facts.Doc
		c0 := cpuTime()
		start := time.Now()
		for d, err := range ingest.Extract(ctx, bench.Slice(docs), ex, workers) {
			if err != nil {
				return 0, nil, err
			}
			if keep {
				out = append(out, d)
			}
		}
		wall := time.Since(start)
		cpu = append(cpu, cpuTime()-c0)
		return wall, out, nil
	}
	// Warm up (lexicon tables, page faults), and score the extraction.
	_, out, err := pass(runtime.NumCPU(), true)
	if err != nil {
		return nil, err
	}
	var s corpus.Score
	for i, d := range out {
		s.Add(truths[i], d)
	}
	r.Quality = qualityOf(s)
	out = nil
	cpu = cpu[:0]

	prev := runtime.GOMAXPROCS(1)
	if c.cpuProfile != "" {
		f, err := os.Create(c.cpuProfile)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return nil, err
		}
	}
	var one []time.Duration
	for i := range c.rounds {
		runtime.GC()
		d, _, err := pass(1, false)
		if err != nil {
			runtime.GOMAXPROCS(prev)
			return nil, err
		}
		logf("extract: one core, round %d: %v (CPU %v)", i+1, d.Round(time.Millisecond), cpu[len(cpu)-1].Round(time.Millisecond))
		one = append(one, d)
	}
	if c.cpuProfile != "" {
		pprof.StopCPUProfile()
	}
	oneCPU := slices.Clone(cpu)
	cpu = cpu[:0]
	runtime.GOMAXPROCS(runtime.NumCPU())
	var all []time.Duration
	for i := range c.rounds {
		runtime.GC()
		d, _, err := pass(runtime.NumCPU(), false)
		if err != nil {
			runtime.GOMAXPROCS(prev)
			return nil, err
		}
		logf("extract: %d cores, round %d: %v (CPU %v)", runtime.NumCPU(), i+1, d.Round(time.Millisecond), cpu[len(cpu)-1].Round(time.Millisecond))
		all = append(all, d)
	}
	runtime.GOMAXPROCS(prev)
	r.OneCore = rate(len(docs), size, one)
	r.AllCores = rate(len(docs), size, all)
	r.OneCore.setCPU(size, oneCPU)
	r.AllCores.setCPU(size, cpu)
	return r, nil
}

// loadPhase loads the same extracted facts three ways (and dyad again at
// other batch sizes), each under its own id prefix in an otherwise clean
// state (the previous loader's nodes are deleted first), checks the
// graphs have the same shape, and reports facts per second. The loaders
// take turns, round after round, and the median of each is reported, so
// that a burst of load from other processes does not favour one.
func loadPhase(ctx context.Context, c *config, ex *extract.Extractor, nc *neo) (*LoadResult, error) {
	if c.importDir == "" {
		return nil, fmt.Errorf("load: NEO4J_IMPORT_DIR is not set (the Neo4j server's import folder, where LOAD CSV reads files; scripts/neo4j-local env prints it)")
	}
	g, err := c.generator(c.loadN)
	if err != nil {
		return nil, err
	}
	logf("load: extracting %d articles", c.loadN)
	var docs []*facts.Doc
	for d, err := range ingest.Extract(ctx, bench.Documents(g, ""), ex, 0) {
		if err != nil {
			return nil, err
		}
		docs = append(docs, d)
	}
	r := &LoadResult{Articles: len(docs), BatchSize: c.batch, CSVRowsPerTx: bench.CSVRowsPerTx, Rounds: c.loadRounds}
	type method struct {
		name  string
		batch int
		res   *LoadMethod
	}
	methods := []method{{"dyad", c.batch, &r.Dyad}, {"csv", 0, &r.CSV}, {"naive", 0, &r.Naive}}
	r.Extra = make([]LoadMethod, len(c.extraBatch))
	for i, b := range c.extraBatch {
		methods = append(methods, method{"dyad", b, &r.Extra[i]})
	}

	// Warm up each loader (query plans, JIT) on a few docs, then clean.
	warm := docs[:min(50, len(docs))]
	for _, m := range methods[:3] {
		p := runPrefix("warm-" + m.name)
		if _, _, err := loadOnce(ctx, c, nc, m.name, m.batch, warm, p); err != nil {
			_ = nc.clean(ctx, p)
			return nil, fmt.Errorf("load warm-up (%s): %w", m.name, err)
		}
		if err := nc.clean(ctx, p); err != nil {
			return nil, err
		}
	}

	times := make([][]time.Duration, len(methods))
	clientCPU := make([][]time.Duration, len(methods))
	serverCPU := make([][]time.Duration, len(methods))
	for round := range c.loadRounds {
		for i, m := range methods {
			p := runPrefix(m.name)
			cc, sc := cpuTime(), procCPU(c.serverPID)
			st, d, err := loadOnce(ctx, c, nc, m.name, m.batch, docs, p)
			cc, sc = cpuTime()-cc, procCPU(c.serverPID)-sc
			if err != nil {
				_ = nc.clean(ctx, p)
				return nil, fmt.Errorf("load (%s): %w", m.name, err)
			}
			sh, err := bench.ShapeOf(ctx, nc.driver, nc.database, p)
			if cerr := nc.clean(ctx, p); err == nil {
				err = cerr
			}
			if err != nil {
				return nil, err
			}
			logf("load: round %d, %s (batch %d): %d facts in %v", round+1, m.name, m.batch, st.facts, d.Round(time.Millisecond))
			times[i] = append(times[i], d)
			clientCPU[i] = append(clientCPU[i], cc)
			serverCPU[i] = append(serverCPU[i], sc)
			lr := m.res
			lr.Method, lr.BatchSize = m.name, m.batch
			lr.Facts, lr.Shape, lr.CSVWrite, lr.CSVBytes = st.facts, sh, st.csvWrite, st.csvBytes
		}
	}
	for i, m := range methods {
		m.res.rate(times[i])
		cm, _, _ := durations(clientCPU[i])
		m.res.ClientCPU = cm.Seconds()
		if c.serverPID > 0 {
			sm, _, _ := durations(serverCPU[i])
			m.res.ServerCPU = sm.Seconds()
		}
	}
	r.ServerCPUMeasured = c.serverPID > 0
	r.SameFacts, r.SameGraph = true, true
	for _, m := range methods[1:] {
		r.SameFacts = r.SameFacts && m.res.Facts == r.Dyad.Facts
		r.SameGraph = r.SameGraph && m.res.Shape.Equal(r.Dyad.Shape)
	}
	r.VsCSV = r.CSV.Seconds / r.Dyad.Seconds
	r.VsNaive = r.Naive.Seconds / r.Dyad.Seconds
	return r, nil
}

type loadStats struct {
	facts    int
	csvWrite float64
	csvBytes int64
}

// loadOnce loads docs (copied under prefix) with one method and returns
// the facts written and the time of the load itself (for LOAD CSV, the
// time of the Cypher; writing the files is reported apart).
func loadOnce(ctx context.Context, c *config, nc *neo, method string, batch int, docs []*facts.Doc, prefix string) (loadStats, time.Duration, error) {
	mine := bench.CloneDocs(docs, prefix)
	switch method {
	case "dyad":
		start := time.Now()
		st, err := nc.client.NewLoader(graph.Options{BatchSize: batch}).Load(ctx, mine)
		d := time.Since(start)
		if err == nil && len(st.Rejected) > 0 {
			err = fmt.Errorf("%d docs rejected, the first: %v", len(st.Rejected), st.Rejected[0].Err)
		}
		return loadStats{facts: st.Facts()}, d, err
	case "csv":
		rows, err := bench.MakeRows(mine)
		if err != nil {
			return loadStats{}, 0, err
		}
		t := time.Now()
		set, err := bench.WriteCSV(c.importDir, prefix, rows)
		if err != nil {
			return loadStats{}, 0, err
		}
		defer set.Remove(c.importDir)
		w := time.Since(t)
		d, err := bench.LoadCSV(ctx, nc.driver, nc.database, set)
		return loadStats{facts: set.Rows, csvWrite: w.Seconds(), csvBytes: set.Bytes}, d, err
	default:
		rows, err := bench.MakeRows(mine)
		if err != nil {
			return loadStats{}, 0, err
		}
		n, d, err := bench.NaiveLoad(ctx, nc.driver, nc.database, rows)
		return loadStats{facts: n}, d, err
	}
}

// reingestPhase runs dyad's ingest twice over the same JSON Lines file,
// read by source.Files as `dyad ingest corpus.jsonl` reads it: the second
// run finds every content hash in the graph and skips the article.
func reingestPhase(ctx context.Context, c *config, ex *extract.Extractor, nc *neo) (*ReingestResult, error) {
	g, err := c.generator(c.reingestN)
	if err != nil {
		return nil, err
	}
	tmp, err := os.MkdirTemp("", "dyad-bench-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	path := filepath.Join(tmp, "corpus.jsonl")
	if _, err := writeJSONL(path, g); err != nil {
		return nil, err
	}
	p := runPrefix("reingest")
	defer func() {
		if err := nc.clean(ctx, p); err != nil {
			logf("reingest: cleaning %s: %v", p, err)
		}
	}()
	pex := bench.PrefixExtractor{Ex: ex, Prefix: p}
	loader := ingest.NewGraphLoader(nc.client)
	opts := ingest.Options{BatchSize: c.batch}
	r := &ReingestResult{Articles: c.reingestN}
	for i := range 2 {
		logf("reingest: run %d over %d articles", i+1, c.reingestN)
		rep, err := ingest.Run(ctx, prefixed(source.Files(ctx, []string{path}, source.Options{}), p), pex, loader, opts)
		if err != nil {
			return nil, fmt.Errorf("reingest run %d: %w", i+1, err)
		}
		run := ReingestRun{Seconds: rep.Durations.Total.Seconds(), Read: rep.Read, Skipped: rep.Skipped,
			Loaded: rep.Loaded, Facts: rep.Entities + rep.Relations, ReadSeconds: rep.Durations.Read.Seconds(),
			ExtractSeconds: rep.Durations.Extract.Seconds(), LoadSeconds: rep.Durations.Load.Seconds(),
			HashSeconds: rep.Durations.Hash.Seconds()}
		logf("reingest: run %d: %.2fs, %d loaded, %d skipped", i+1, run.Seconds, run.Loaded, run.Skipped)
		r.Runs = append(r.Runs, run)
	}
	if r.Runs[0].Seconds > 0 {
		r.Fraction = r.Runs[1].Seconds / r.Runs[0].Seconds
	}
	return r, nil
}

func writeJSONL(path string, g *corpus.Generator) (corpus.Written, error) {
	f, err := os.Create(path)
	if err != nil {
		return corpus.Written{}, err
	}
	st, err := corpus.WriteJSONL(f, g.All())
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return st, err
}

// rssPhase runs one ingest per input and corpus size in a child process
// and reads its peak RSS. File inputs are written first (not timed).
func rssPhase(ctx context.Context, c *config) (*MemoryResult, error) {
	r := &MemoryResult{Mode: c.rssMode}
	for _, in := range c.rssInputs {
		for _, n := range c.rssSizes {
			path := ""
			tmp := ""
			if in != "gen" {
				var err error
				if tmp, err = os.MkdirTemp("", "dyad-bench-rss-"); err != nil {
					return nil, err
				}
				g, err := c.generator(n)
				if err != nil {
					return nil, err
				}
				logf("rss: writing %d articles as %s", n, in)
				if in == "jsonl" {
					path = filepath.Join(tmp, "corpus.jsonl")
					_, err = writeJSONL(path, g)
				} else {
					path = filepath.Join(tmp, "txt")
					_, err = corpus.WriteText(path, g.All())
				}
				if err != nil {
					os.RemoveAll(tmp)
					return nil, err
				}
			}
			logf("rss: ingest of %d articles (%s, input %s) in a child process", n, c.rssMode, in)
			m, err := measureRSS(ctx, n, c.seed, c.langs, c.rssMode, c.batch, path, in)
			if tmp != "" {
				os.RemoveAll(tmp)
			}
			if err != nil {
				return nil, err
			}
			if m.Error != "" {
				logf("rss: %d articles (%s): failed: %s", n, in, m.Error)
			} else {
				logf("rss: %d articles (%s): peak RSS %.1f MiB, %.1fs", n, in, mib(m.PeakRSS), m.Seconds)
			}
			r.Runs = append(r.Runs, m)
		}
	}
	return r, nil
}

// cpuTime is the user and system CPU time of this process so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// procCPU is the user and system CPU time of another process of this
// machine (/proc/<pid>/stat), 0 when pid is 0 or unreadable.
func procCPU(pid int) time.Duration {
	if pid <= 0 {
		return 0
	}
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0
	}
	// The command name (field 2) may hold spaces: count after its ')'.
	i := strings.LastIndexByte(string(b), ')')
	if i < 0 {
		return 0
	}
	f := strings.Fields(string(b[i+1:]))
	if len(f) < 13 {
		return 0
	}
	ut, err1 := strconv.ParseInt(f[11], 10, 64)
	st, err2 := strconv.ParseInt(f[12], 10, 64)
	if err1 != nil || err2 != nil {
		return 0
	}
	const ticks = 100 // USER_HZ: 100 on Linux
	return time.Duration(ut+st) * time.Second / ticks
}

// scalePhase loads a corpus window after window into a graph that grows,
// with dyad and with LOAD CSV (each under its own prefix), and reports the
// throughput of each window: a loader whose cost grows with the graph
// shows it here, which a load into an empty graph hides.
func scalePhase(ctx context.Context, c *config, ex *extract.Extractor, nc *neo) (*ScaleResult, error) {
	if c.importDir == "" {
		return nil, fmt.Errorf("scale: NEO4J_IMPORT_DIR is not set (the Neo4j server's import folder)")
	}
	g, err := c.generator(c.scaleN)
	if err != nil {
		return nil, err
	}
	logf("scale: extracting %d articles", c.scaleN)
	var docs []*facts.Doc
	for d, err := range ingest.Extract(ctx, bench.Documents(g, ""), ex, 0) {
		if err != nil {
			return nil, err
		}
		docs = append(docs, d)
	}
	r := &ScaleResult{Articles: len(docs), Window: c.window, BatchSize: c.batch}
	pd, pc := runPrefix("scale-dyad"), runPrefix("scale-csv")
	defer func() {
		for _, p := range []string{pd, pc} {
			if err := nc.clean(ctx, p); err != nil {
				logf("scale: cleaning %s: %v", p, err)
			}
		}
	}()
	mineD, mineC := bench.CloneDocs(docs, pd), bench.CloneDocs(docs, pc)
	loader := nc.client.NewLoader(graph.Options{BatchSize: c.batch})
	for i := 0; i < len(docs); i += c.window {
		j := min(i+c.window, len(docs))
		start := time.Now()
		st, err := loader.Load(ctx, mineD[i:j])
		if err != nil {
			return nil, fmt.Errorf("scale: dyad, articles %d-%d: %w", i, j, err)
		}
		dd := time.Since(start)
		rows, err := bench.MakeRows(mineC[i:j])
		if err != nil {
			return nil, err
		}
		set, err := bench.WriteCSV(c.importDir, fmt.Sprintf("%s%d", pc, i), rows)
		if err != nil {
			return nil, err
		}
		dc, err := bench.LoadCSV(ctx, nc.driver, nc.database, set)
		_ = set.Remove(c.importDir)
		if err != nil {
			return nil, fmt.Errorf("scale: LOAD CSV, articles %d-%d: %w", i, j, err)
		}
		w := ScaleWindow{From: i, To: j, Facts: st.Facts(), DyadSeconds: dd.Seconds(), CSVSeconds: dc.Seconds()}
		w.DyadFactsPerSec, w.CSVFactsPerSec = float64(w.Facts)/w.DyadSeconds, float64(rows.Facts())/w.CSVSeconds
		logf("scale: articles %d-%d: dyad %.0f facts/s (%.2fs), LOAD CSV %.0f facts/s (%.2fs)", i, j,
			w.DyadFactsPerSec, w.DyadSeconds, w.CSVFactsPerSec, w.CSVSeconds)
		r.Windows = append(r.Windows, w)
	}
	return r, nil
}

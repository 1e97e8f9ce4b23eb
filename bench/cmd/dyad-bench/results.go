package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"time"

	"github.com/dyadgraph/dyad/bench"
	"github.com/dyadgraph/dyad/bench/corpus"
)

// Targets of issue 6.
const (
	targetMBPerCore  = 20.0 // extraction MB/s per core
	targetVsCSV      = 1.0  // dyad load ≥ 1.0× LOAD CSV
	targetVsNaive    = 20.0 // dyad load ≥ 20× the naive loader
	targetReingest   = 0.02 // unchanged re-ingest ≤ 2% of the first
	targetFlatMemory = 1.25 // peak RSS at the largest size ≤ 1.25× the smallest
)

// Results is one run of the benchmark.
type Results struct {
	Command  string          `json:"command"`
	Machine  Machine         `json:"machine"`
	Seed     uint64          `json:"seed"`
	Langs    string          `json:"langs"`
	Started  time.Time       `json:"started"`
	Finished time.Time       `json:"finished"`
	Extract  *ExtractResult  `json:"extract,omitempty"`
	Load     *LoadResult     `json:"load,omitempty"`
	Scale    *ScaleResult    `json:"scale,omitempty"`
	Reingest *ReingestResult `json:"reingest,omitempty"`
	Memory   *MemoryResult   `json:"memory,omitempty"`
	Verdicts []Verdict       `json:"verdicts"`
}

// Machine describes where the figures were taken.
type Machine struct {
	CPU          string  `json:"cpu"`
	CPUs         int     `json:"cpus"`
	MemoryGiB    float64 `json:"memory_gib"`
	OS           string  `json:"os"`
	Go           string  `json:"go"`
	Neo4j        string  `json:"neo4j,omitempty"`
	LoadAvgStart string  `json:"loadavg_start"`
	LoadAvgEnd   string  `json:"loadavg_end"`
}

// Rate is a throughput: the median of timed rounds, with the spread.
type Rate struct {
	Seconds        float64 `json:"seconds"` // median
	MinSeconds     float64 `json:"min_seconds"`
	MaxSeconds     float64 `json:"max_seconds"`
	ArticlesPerSec float64 `json:"articles_per_second"`
	MBPerSec       float64 `json:"mb_per_second"` // 10^6 bytes of title + text
	// CPUSeconds is the process's CPU time in the median round, and
	// MBPerCPUSecond the throughput per core it gives: what one core does
	// whatever else the machine runs.
	CPUSeconds     float64 `json:"cpu_seconds"`
	MBPerCPUSecond float64 `json:"mb_per_cpu_second"`
}

func (r *Rate) setCPU(bytes int64, cpu []time.Duration) {
	if len(cpu) == 0 {
		return
	}
	m, _, _ := durations(cpu)
	r.CPUSeconds = m.Seconds()
	if r.CPUSeconds > 0 {
		r.MBPerCPUSecond = float64(bytes) / 1e6 / r.CPUSeconds
	}
}

// ExtractResult is extraction throughput.
type ExtractResult struct {
	Articles int     `json:"articles"`
	Bytes    int64   `json:"bytes"`
	Rounds   int     `json:"rounds"`
	CPUs     int     `json:"cpus"`
	OneCore  Rate    `json:"one_core"`
	AllCores Rate    `json:"all_cores"`
	Quality  Quality `json:"quality"`
}

// Quality is what the extractor found of the corpus's truth.
type Quality struct {
	PersonRecall    float64 `json:"person_recall"`
	MeetingRecall   float64 `json:"meeting_recall"`
	CountryAccuracy float64 `json:"person_country_accuracy"`
	Detail          string  `json:"detail"`
}

func qualityOf(s corpus.Score) Quality {
	return Quality{PersonRecall: s.PersonRecall(), MeetingRecall: s.MeetingRecall(),
		CountryAccuracy: s.CountryAccuracy(), Detail: s.String()}
}

func durations(ds []time.Duration) (median, lo, hi time.Duration) {
	s := slices.Clone(ds)
	slices.Sort(s)
	return s[len(s)/2], s[0], s[len(s)-1]
}

func rate(articles int, bytes int64, ds []time.Duration) Rate {
	m, lo, hi := durations(ds)
	sec := m.Seconds()
	return Rate{Seconds: sec, MinSeconds: lo.Seconds(), MaxSeconds: hi.Seconds(),
		ArticlesPerSec: float64(articles) / sec, MBPerSec: float64(bytes) / 1e6 / sec}
}

// LoadResult is the load comparison.
type LoadResult struct {
	Articles     int        `json:"articles"`
	BatchSize    int        `json:"dyad_batch_size"`
	CSVRowsPerTx int        `json:"csv_rows_per_transaction"`
	Rounds       int        `json:"rounds"`
	Dyad         LoadMethod `json:"dyad"`
	CSV          LoadMethod `json:"load_csv"`
	Naive        LoadMethod `json:"naive"`
	// Extra are dyad at other batch sizes.
	Extra     []LoadMethod `json:"dyad_other_batch_sizes,omitempty"`
	SameFacts bool         `json:"same_facts"`
	SameGraph bool         `json:"same_graph"`
	VsCSV     float64      `json:"dyad_vs_load_csv"` // time(LOAD CSV) / time(dyad): > 1 means dyad is faster
	VsNaive   float64      `json:"dyad_vs_naive"`
	// ServerCPUMeasured says the server's CPU time was read (-server-pid).
	ServerCPUMeasured bool `json:"server_cpu_measured"`
}

// LoadMethod is one loader's figures.
type LoadMethod struct {
	Method      string      `json:"method"`
	BatchSize   int         `json:"batch_size,omitempty"` // dyad: articles per transaction
	Facts       int         `json:"facts"`
	Seconds     float64     `json:"seconds"` // median
	MinSeconds  float64     `json:"min_seconds"`
	MaxSeconds  float64     `json:"max_seconds"`
	FactsPerSec float64     `json:"facts_per_second"`
	Shape       bench.Shape `json:"graph"`
	CSVWrite    float64     `json:"csv_write_seconds,omitempty"` // LOAD CSV: writing the files, not counted in Seconds
	CSVBytes    int64       `json:"csv_bytes,omitempty"`
	// CPU time (median round) of this process (driver, encoding, CSV
	// writing) and, with -server-pid, of the Neo4j server.
	ClientCPU float64 `json:"client_cpu_seconds"`
	ServerCPU float64 `json:"server_cpu_seconds,omitempty"`
}

func (r *LoadResult) method(m string) *LoadMethod {
	switch m {
	case "dyad":
		return &r.Dyad
	case "csv":
		return &r.CSV
	}
	return &r.Naive
}

func (l *LoadMethod) rate(ds []time.Duration) {
	m, lo, hi := durations(ds)
	l.Seconds, l.MinSeconds, l.MaxSeconds = m.Seconds(), lo.Seconds(), hi.Seconds()
	l.FactsPerSec = float64(l.Facts) / l.Seconds
}

// ScaleResult is a corpus loaded window after window into a growing graph.
type ScaleResult struct {
	Articles  int           `json:"articles"`
	Window    int           `json:"window"`
	BatchSize int           `json:"dyad_batch_size"`
	Windows   []ScaleWindow `json:"windows"`
}

// ScaleWindow is one window: articles [From, To) loaded on top of [0, From).
type ScaleWindow struct {
	From            int     `json:"from"`
	To              int     `json:"to"`
	Facts           int     `json:"facts"`
	DyadSeconds     float64 `json:"dyad_seconds"`
	CSVSeconds      float64 `json:"load_csv_seconds"`
	DyadFactsPerSec float64 `json:"dyad_facts_per_second"`
	CSVFactsPerSec  float64 `json:"load_csv_facts_per_second"`
}

// ReingestResult is ingest run twice over an unchanged corpus.
type ReingestResult struct {
	Articles int           `json:"articles"`
	Runs     []ReingestRun `json:"runs"`
	Fraction float64       `json:"second_over_first"`
}

// ReingestRun is one ingest.
type ReingestRun struct {
	Seconds        float64 `json:"seconds"`
	Read           int     `json:"read"`
	Skipped        int     `json:"skipped"`
	Loaded         int     `json:"loaded"`
	Facts          int     `json:"facts"`
	ReadSeconds    float64 `json:"read_seconds"`
	HashSeconds    float64 `json:"hash_lookup_seconds"`
	ExtractSeconds float64 `json:"extract_seconds"` // summed over workers
	LoadSeconds    float64 `json:"load_seconds"`
}

// MemoryResult is peak RSS against corpus size.
type MemoryResult struct {
	Mode string      `json:"mode"`
	Runs []rssResult `json:"runs"`
}

// Verdict is one target, met or not.
type Verdict struct {
	Target string `json:"target"`
	Figure string `json:"figure"`
	Met    bool   `json:"met"`
}

func (r *Results) judge() {
	add := func(target, figure string, met bool) {
		r.Verdicts = append(r.Verdicts, Verdict{Target: target, Figure: figure, Met: met})
	}
	if e := r.Extract; e != nil {
		add(fmt.Sprintf("extraction ≥ %.0f MB/s per core", targetMBPerCore),
			fmt.Sprintf("%.2f MB per CPU-second on one core (%.2f MB/s wall clock); %.2f MB per CPU-second on %d cores",
				e.OneCore.MBPerCPUSecond, e.OneCore.MBPerSec, e.AllCores.MBPerCPUSecond, e.CPUs),
			max(e.OneCore.MBPerCPUSecond, e.OneCore.MBPerSec) >= targetMBPerCore)
	}
	if l := r.Load; l != nil {
		same := ""
		if !l.SameFacts || !l.SameGraph {
			same = " (the loaders did NOT write the same facts: see the graph rows)"
		}
		add(fmt.Sprintf("load ≥ %.1f× LOAD CSV", targetVsCSV), fmt.Sprintf("%.2f×%s", l.VsCSV, same), l.VsCSV >= targetVsCSV && l.SameGraph)
		add(fmt.Sprintf("load ≥ %.0f× naive", targetVsNaive), fmt.Sprintf("%.1f×%s", l.VsNaive, same), l.VsNaive >= targetVsNaive && l.SameGraph)
	}
	if re := r.Reingest; re != nil && len(re.Runs) == 2 {
		add(fmt.Sprintf("unchanged re-ingest ≤ %.0f%% of the first", 100*targetReingest),
			fmt.Sprintf("%.2f%% (%.2fs / %.2fs, %d of %d skipped)", 100*re.Fraction, re.Runs[1].Seconds, re.Runs[0].Seconds, re.Runs[1].Skipped, re.Articles),
			re.Fraction <= targetReingest && re.Runs[1].Skipped == re.Articles)
	}
	if m := r.Memory; m != nil {
		for _, in := range []string{"gen", "jsonl", "txt"} {
			var runs []rssResult
			for _, x := range m.Runs {
				if x.Format == in || (in == "gen" && x.Input == "gen") {
					runs = append(runs, x)
				}
			}
			if len(runs) < 2 {
				continue
			}
			lo, hi := runs[0], runs[len(runs)-1]
			what := map[string]string{"gen": "pipeline", "jsonl": "one JSON Lines file", "txt": "a folder of .txt files"}[in]
			target := fmt.Sprintf("memory flat in corpus size, %s (peak RSS at %d ≤ %.2f× at %d)", what, hi.N, targetFlatMemory, lo.N)
			if lo.Error != "" || hi.Error != "" {
				add(target, "a run failed: "+firstNonEmpty(hi.Error, lo.Error), false)
				continue
			}
			f := float64(hi.PeakRSS) / float64(lo.PeakRSS)
			add(target, fmt.Sprintf("%.2f× (%.1f → %.1f MiB)", f, mib(lo.PeakRSS), mib(hi.PeakRSS)), f <= targetFlatMemory)
		}
	}
}

func mib(b int64) float64 { return float64(b) / (1 << 20) }

func yes(b bool) string {
	if b {
		return "met"
	}
	return "NOT met"
}

// Markdown is the results as the README shows them.
func (r *Results) Markdown() string {
	var b strings.Builder
	m := r.Machine
	fmt.Fprintf(&b, "Machine: %s, %d CPUs, %.0f GiB, %s, %s", m.CPU, m.CPUs, m.MemoryGiB, m.OS, m.Go)
	if m.Neo4j != "" {
		fmt.Fprintf(&b, ", %s", m.Neo4j)
	}
	fmt.Fprintf(&b, "; load average %s at the start, %s at the end.\n", m.LoadAvgStart, m.LoadAvgEnd)
	fmt.Fprintf(&b, "Command: `%s` (seed %d, languages %s), %s.\n\n", r.Command, r.Seed, r.Langs, r.Started.Format(time.RFC3339))
	b.WriteString("| figure | value |\n|---|---|\n")
	if e := r.Extract; e != nil {
		fmt.Fprintf(&b, "| extraction, 1 core (GOMAXPROCS=1, 1 worker) | %.0f articles/s, %.2f MB/s wall clock; %.2f MB per CPU-second (%d articles, %.1f MB, median of %d rounds, %.2f–%.2fs) |\n",
			e.OneCore.ArticlesPerSec, e.OneCore.MBPerSec, e.OneCore.MBPerCPUSecond, e.Articles, float64(e.Bytes)/1e6, e.Rounds, e.OneCore.MinSeconds, e.OneCore.MaxSeconds)
		fmt.Fprintf(&b, "| extraction, %d cores (%d workers) | %.0f articles/s, %.2f MB/s wall clock (%.2f× one core); %.2f MB per CPU-second |\n",
			e.CPUs, e.CPUs, e.AllCores.ArticlesPerSec, e.AllCores.MBPerSec, e.AllCores.MBPerSec/e.OneCore.MBPerSec, e.AllCores.MBPerCPUSecond)
		fmt.Fprintf(&b, "| extraction quality on the corpus | person recall %.1f%%, meeting recall %.1f%%, person country right %.1f%% |\n",
			100*e.Quality.PersonRecall, 100*e.Quality.MeetingRecall, 100*e.Quality.CountryAccuracy)
	}
	if l := r.Load; l != nil {
		fmt.Fprintf(&b, "| load, dyad (%d articles per transaction, dyad's default) | %.0f facts/s (%d facts of %d articles in %.2fs, median of %d, %.2f–%.2fs) |\n",
			l.BatchSize, l.Dyad.FactsPerSec, l.Dyad.Facts, l.Articles, l.Dyad.Seconds, l.Rounds, l.Dyad.MinSeconds, l.Dyad.MaxSeconds)
		for _, x := range l.Extra {
			fmt.Fprintf(&b, "| load, dyad (%d articles per transaction) | %.0f facts/s (%.2fs, %.2f–%.2fs): %.2f× LOAD CSV |\n",
				x.BatchSize, x.FactsPerSec, x.Seconds, x.MinSeconds, x.MaxSeconds, l.CSV.Seconds/x.Seconds)
		}
		fmt.Fprintf(&b, "| load, LOAD CSV + MERGE (IN TRANSACTIONS OF %d ROWS) | %.0f facts/s (%d facts in %.2fs, %.2f–%.2fs; writing the CSV files took %.2fs more) |\n",
			l.CSVRowsPerTx, l.CSV.FactsPerSec, l.CSV.Facts, l.CSV.Seconds, l.CSV.MinSeconds, l.CSV.MaxSeconds, l.CSV.CSVWrite)
		fmt.Fprintf(&b, "| load, naive (one transaction per fact) | %.0f facts/s (%d facts in %.2fs, %.2f–%.2fs) |\n",
			l.Naive.FactsPerSec, l.Naive.Facts, l.Naive.Seconds, l.Naive.MinSeconds, l.Naive.MaxSeconds)
		fmt.Fprintf(&b, "| dyad / LOAD CSV | %.2f× |\n| dyad / naive | %.1f× |\n", l.VsCSV, l.VsNaive)
		if l.ServerCPUMeasured {
			fmt.Fprintf(&b, "| CPU-seconds per load, client + Neo4j server (median) | dyad %.2f + %.2f; LOAD CSV %.2f + %.2f; naive %.2f + %.2f |\n",
				l.Dyad.ClientCPU, l.Dyad.ServerCPU, l.CSV.ClientCPU, l.CSV.ServerCPU, l.Naive.ClientCPU, l.Naive.ServerCPU)
		}
		fmt.Fprintf(&b, "| same facts, same graph | %v, %v (%s) |\n", l.SameFacts, l.SameGraph, l.Dyad.Shape)
	}
	if sc := r.Scale; sc != nil && len(sc.Windows) > 0 {
		for _, w := range sc.Windows {
			fmt.Fprintf(&b, "| growing graph: articles %d–%d on top of %d | dyad %.0f facts/s (%.2fs), LOAD CSV %.0f facts/s (%.2fs): %.2f× |\n",
				w.From+1, w.To, w.From, w.DyadFactsPerSec, w.DyadSeconds, w.CSVFactsPerSec, w.CSVSeconds, w.CSVSeconds/w.DyadSeconds)
		}
		first, last := sc.Windows[0], sc.Windows[len(sc.Windows)-1]
		fmt.Fprintf(&b, "| growing graph: last window / first window | dyad %.2f×, LOAD CSV %.2f× the throughput |\n",
			last.DyadFactsPerSec/first.DyadFactsPerSec, last.CSVFactsPerSec/first.CSVFactsPerSec)
	}
	if re := r.Reingest; re != nil && len(re.Runs) == 2 {
		a, z := re.Runs[0], re.Runs[1]
		fmt.Fprintf(&b, "| ingest of %d articles, first run | %.2fs (%d loaded, %d facts) |\n", re.Articles, a.Seconds, a.Loaded, a.Facts)
		fmt.Fprintf(&b, "| same corpus again, unchanged | %.2fs (%d skipped, %d loaded): %.2f%% of the first; hash look-ups %.2fs |\n",
			z.Seconds, z.Skipped, z.Loaded, 100*re.Fraction, z.HashSeconds)
	}
	if mem := r.Memory; mem != nil {
		what := "extraction and pipeline, loader writing nothing"
		if mem.Mode == "neo4j" {
			what = "loaded into Neo4j"
		}
		for _, x := range mem.Runs {
			in := "generated as read"
			if x.Input == "files" {
				in = map[string]string{"jsonl": "one JSON Lines file", "txt": "a folder of .txt files"}[x.Format] + " via source.Files"
			}
			if x.Error != "" {
				fmt.Fprintf(&b, "| peak RSS, ingest of %d articles (%s; %s) | failed: %s |\n", x.N, what, in, x.Error)
				continue
			}
			fmt.Fprintf(&b, "| peak RSS, ingest of %d articles (%s; %s) | %.1f MiB (Go heap peak %.1f MiB; %d loaded in %.1fs) |\n",
				x.N, what, in, mib(x.PeakRSS), mib(int64(x.HeapPeak)), x.Loaded, x.Seconds)
		}
	}
	b.WriteString("\n| target | figure | |\n|---|---|---|\n")
	for _, v := range r.Verdicts {
		fmt.Fprintf(&b, "| %s | %s | %s |\n", v.Target, v.Figure, yes(v.Met))
	}
	return b.String()
}

// write stores the results as <out>/<time>.json and .md.
func (r *Results) write(out string) (string, string, error) {
	if err := os.MkdirAll(out, 0o755); err != nil {
		return "", "", err
	}
	stem := filepath.Join(out, r.Started.Format("20060102T150405Z"))
	js, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return "", "", err
	}
	if err := os.WriteFile(stem+".json", append(js, '\n'), 0o644); err != nil {
		return "", "", err
	}
	if err := os.WriteFile(stem+".md", []byte(r.Markdown()), 0o644); err != nil {
		return "", "", err
	}
	return stem + ".md", stem + ".json", nil
}

func machine() Machine {
	m := Machine{CPUs: runtime.NumCPU(), OS: runtime.GOOS + "/" + runtime.GOARCH, Go: runtime.Version(), LoadAvgStart: loadAvg()}
	m.CPU = firstField("/proc/cpuinfo", "model name", ":")
	var kb float64
	if v := firstField("/proc/meminfo", "MemTotal", ":"); v != "" {
		fmt.Sscanf(v, "%f", &kb)
	}
	m.MemoryGiB = kb / (1 << 20)
	return m
}

// firstField is the value of the first "key<sep> value" line of a file.
func firstField(path, key, sep string) string {
	f, err := os.Open(path)
	if err != nil {
		return ""
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		k, v, ok := strings.Cut(sc.Text(), sep)
		if ok && strings.TrimSpace(k) == key {
			return strings.TrimSpace(v)
		}
	}
	return ""
}

func loadAvg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "?"
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return "?"
	}
	return strings.Join(f[:3], " ")
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

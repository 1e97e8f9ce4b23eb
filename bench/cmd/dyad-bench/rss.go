package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"iter"
	"os"
	"os/exec"
	"runtime"
	"time"

	"github.com/dyadgraph/dyad/bench"
	"github.com/dyadgraph/dyad/bench/corpus"
	"github.com/dyadgraph/dyad/extract"
	"github.com/dyadgraph/dyad/ingest"
	"github.com/dyadgraph/dyad/source"
)

// rssResult is what `dyad-bench rss` prints: one ingest and its memory.
type rssResult struct {
	N         int     `json:"articles"`
	Mode      string  `json:"mode"`  // discard: extraction + pipeline, nothing written; neo4j: loaded for real
	Input     string  `json:"input"` // gen: generated as read; files: read by source.Files
	Format    string  `json:"format,omitempty"`
	Error     string  `json:"error,omitempty"`
	Loaded    int     `json:"loaded"`
	Facts     int     `json:"facts"`
	TextBytes int64   `json:"text_bytes"`
	Seconds   float64 `json:"seconds"`
	// PeakRSS is VmHWM read by the child at its end: its own high-water
	// mark since exec. (getrusage's ru_maxrss of a child is not used: on
	// Linux it also counts the parent's pages before the exec.)
	PeakRSS int64 `json:"peak_rss_bytes"`
	// HeapPeak is the Go heap in use at its largest sampled point.
	HeapPeak uint64 `json:"heap_peak_bytes"`
}

func runRSS(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("rss", flag.ContinueOnError)
	n := fs.Int("n", 1000, "articles to ingest")
	seed := fs.Uint64("seed", 1, "corpus seed")
	langs := fs.String("langs", "fr,vi,en", "languages of the corpus")
	mode := fs.String("mode", "discard", "discard (extract and batch, write nothing) or neo4j (load into NEO4J_URI under a prefix, deleted after)")
	batch := fs.Int("batch", ingest.DefaultBatchSize, "articles per transaction")
	workers := fs.Int("workers", 0, "extraction workers (0: one per CPU)")
	input := fs.String("input", "gen", "gen: articles generated in this process as the pipeline asks; files: read with source.Files from -path")
	path := fs.String("path", "", "with -input files: the corpus (a .jsonl file or a folder of .txt)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *input != "gen" && (*input != "files" || *path == "") {
		return fmt.Errorf("rss: -input %q: want gen, or files with -path", *input)
	}
	ls, err := corpus.ParseLangs(*langs)
	if err != nil {
		return err
	}
	g, err := corpus.New(corpus.Options{N: *n, Langs: ls, Seed: *seed})
	if err != nil {
		return err
	}
	ex, err := extract.New(extract.Options{})
	if err != nil {
		return err
	}

	var textBytes int64
	counted := func(docs iter.Seq2[source.Document, error]) iter.Seq2[source.Document, error] {
		return func(yield func(source.Document, error) bool) {
			for d, err := range docs {
				textBytes += int64(bench.Bytes(d))
				if !yield(d, err) {
					return
				}
			}
		}
	}
	// Sample the Go heap while the ingest runs.
	var heapPeak uint64
	sampleDone := make(chan struct{})
	stopSampling := make(chan struct{})
	go func() {
		defer close(sampleDone)
		var ms runtime.MemStats
		t := time.NewTicker(50 * time.Millisecond)
		defer t.Stop()
		for {
			runtime.ReadMemStats(&ms)
			heapPeak = max(heapPeak, ms.HeapInuse)
			select {
			case <-t.C:
			case <-stopSampling:
				return
			}
		}
	}()

	docs := func(prefix string) iter.Seq2[source.Document, error] {
		if *input == "files" {
			return prefixed(source.Files(ctx, []string{*path}, source.Options{}), prefix)
		}
		return bench.Documents(g, prefix)
	}
	res := rssResult{N: *n, Mode: *mode, Input: *input}
	opts := ingest.Options{Workers: *workers, BatchSize: *batch}
	start := time.Now()
	var rep *ingest.Report
	switch *mode {
	case "discard":
		var d bench.Discard
		rep, err = ingest.Run(ctx, counted(docs("")), ex, &d, opts)
	case "neo4j":
		nc, cerr := connect(ctx)
		if cerr != nil {
			return cerr
		}
		defer nc.close()
		prefix := runPrefix("rss")
		defer func() {
			if _, err := nc.client.DeletePrefix(context.WithoutCancel(ctx), prefix); err != nil {
				fmt.Fprintf(os.Stderr, "dyad-bench rss: cleaning %s: %v\n", prefix, err)
			}
		}()
		rep, err = ingest.Run(ctx, counted(docs(prefix)), bench.PrefixExtractor{Ex: ex, Prefix: prefix},
			ingest.NewGraphLoader(nc.client), opts)
	default:
		return fmt.Errorf("rss: unknown mode %q (want discard or neo4j)", *mode)
	}
	res.Seconds = time.Since(start).Seconds()
	close(stopSampling)
	<-sampleDone
	if err != nil && rep != nil && rep.Loaded == 0 {
		if len(rep.Failures) > 0 {
			return fmt.Errorf("rss: ingest: %w: %s: %s", err, rep.Failures[0].Source, rep.Failures[0].Problem)
		}
		return fmt.Errorf("rss: ingest: %w", err)
	}
	if err != nil {
		res.Error = err.Error()
		if len(rep.Failures) > 0 {
			res.Error += ": " + rep.Failures[0].Source + ": " + rep.Failures[0].Problem
		}
	}
	res.Loaded, res.Facts, res.TextBytes, res.HeapPeak = rep.Loaded, rep.Entities+rep.Relations, textBytes, heapPeak
	if res.PeakRSS, err = bench.PeakRSS(); err != nil {
		return err
	}
	return json.NewEncoder(os.Stdout).Encode(res)
}

// prefixed puts prefix before each document's source.
func prefixed(docs iter.Seq2[source.Document, error], prefix string) iter.Seq2[source.Document, error] {
	return func(yield func(source.Document, error) bool) {
		for d, err := range docs {
			if err == nil {
				d.Source = prefix + d.Source
			}
			if !yield(d, err) {
				return
			}
		}
	}
}

// measureRSS runs `dyad-bench rss` in a child process (this executable)
// and returns what it measured. A child that fails is a result with its
// error, not the end of the benchmark.
func measureRSS(ctx context.Context, n int, seed uint64, langs, mode string, batch int, path, format string) (rssResult, error) {
	self, err := os.Executable()
	if err != nil {
		return rssResult{}, err
	}
	args := []string{"rss", "-n", fmt.Sprint(n), "-seed", fmt.Sprint(seed), "-langs", langs, "-mode", mode, "-batch", fmt.Sprint(batch)}
	if path != "" {
		args = append(args, "-input", "files", "-path", path)
	}
	cmd := exec.CommandContext(ctx, self, args...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		if ctx.Err() != nil {
			return rssResult{}, ctx.Err()
		}
		return rssResult{N: n, Mode: mode, Input: "files", Format: format,
			Error: fmt.Sprintf("%v: %s", err, bytes.TrimSpace(errb.Bytes()))}, nil
	}
	var r rssResult
	if err := json.Unmarshal(out.Bytes(), &r); err != nil {
		return rssResult{}, fmt.Errorf("rss child (%d articles): bad output %q: %w", n, out.String(), err)
	}
	r.Format = format
	return r, nil
}

package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"iter"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
	"go.uber.org/zap"

	"github.com/dyadgraph/dyad/config"
	"github.com/dyadgraph/dyad/ingest"
	"github.com/dyadgraph/dyad/source"
)

type ingestOptions struct {
	streams
	stdin  io.Reader
	feeds  []string
	watch  bool
	every  time.Duration
	report string
	shard  string
	force  bool
	// progress forces the progress bar on or off; nil: on when standard
	// error is a terminal and logs are not JSON.
	progress *bool
}

func (o *ingestOptions) AddFlags(fs *pflag.FlagSet) {
	d := config.Default()
	fs.StringArrayVar(&o.feeds, "feed", nil, "RSS/Atom feed URL whose linked articles are fetched; repeatable")
	fs.BoolVar(&o.watch, "watch", false, "run again every --every until stopped (SIGINT/SIGTERM stop it between batches)")
	fs.DurationVar(&o.every, "every", 15*time.Minute, "interval between the starts of two runs with --watch")
	fs.StringVar(&o.report, "report", "", "write each run's summary as JSON to this file")
	fs.StringVar(&o.shard, "shard", "", "keep only shard k of n of the inputs (k/n, e.g. 2/3), split by source")
	fs.BoolVar(&o.force, "force", false, "extract and load every article, even those the graph holds unchanged")
	fs.Int("workers", d.Ingest.Workers, "articles extracted in parallel; 0: one per CPU (ingest.workers)")
	fs.Int("batch-size", d.Ingest.BatchSize, "articles written per transaction (ingest.batch_size)")
	fs.StringSlice("lexicon", nil, "lexicon file loaded over the built-in lexicons; repeatable (lexicon.files)")
}

func newIngestCommand(g *globalOptions) *cobra.Command {
	o := &ingestOptions{}
	cmd := &cobra.Command{
		Use:   "ingest PATH... [--feed URL]... [--watch --every 15m]",
		Short: "Read, extract and load articles into Neo4j in one streaming run",
		Long: `Read articles from files, directories, globs (.txt, .md, .html, .jsonl of
articles), standard input (-) and RSS/Atom feeds (--feed), skip those the graph
already holds unchanged, extract the rest in parallel and load them into Neo4j
in batches. The schema is created first if missing.

Each run ends with a summary (read, skipped, extracted, loaded, failed,
durations), logged and, with --report, written as JSON. An input that fails
is reported and the others are loaded.

Exit codes: 0 all loaded; 1 some inputs failed (or the run was stopped) and
the rest loaded; 2 nothing could be done (configuration, database).`,
		Example: `  dyad ingest testdata/articles
  dyad ingest --feed https://example.org/news.rss --report /var/log/dyad/last.json
  dyad ingest /data/articles --watch --every 15m --log-format json`,
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := g.load(cmd)
			if err != nil {
				return err
			}
			o.streams, o.stdin = commandStreams(cmd), cmd.InOrStdin()
			return runIngest(cmd.Context(), cfg, *o, args...)
		},
	}
	o.AddFlags(cmd.Flags())
	return cmd
}

// runIngest runs the ingest pipeline once, or every o.every with o.watch.
func runIngest(ctx context.Context, cfg config.Config, o ingestOptions, paths ...string) error {
	if len(paths) == 0 && len(o.feeds) == 0 {
		return &usageError{errors.New("ingest: give at least one PATH or --feed URL")}
	}
	if o.watch && o.every <= 0 {
		return &usageError{fmt.Errorf("ingest: --every must be positive, got %s", o.every)}
	}
	shard, err := ingest.ParseShard(o.shard)
	if err != nil {
		return &usageError{fmt.Errorf("--shard: %w", err)}
	}
	if o.report != "" {
		if st, err := os.Stat(filepath.Dir(o.report)); err != nil || !st.IsDir() {
			return &usageError{fmt.Errorf("--report %s: no such directory %s", o.report, filepath.Dir(o.report))}
		}
	}
	log, err := o.newLogger(cfg.Log)
	if err != nil {
		return err
	}
	defer func() { _ = log.Sync() }()
	ex, err := newExtractor(cfg.Lexicon)
	if err != nil {
		return err
	}
	var store source.Cache = &memCache{entries: map[string]source.CacheEntry{}}
	if cfg.Ingest.CacheFile != "" && len(o.feeds) > 0 {
		fc, err := openFileCache(cfg.Ingest.CacheFile)
		if err != nil {
			return &config.FieldError{Field: "ingest.cache_file", Problem: oneLine(err)}
		}
		store = fc
	}

	c, err := connect(ctx, cfg, log)
	if err != nil {
		return err
	}
	defer closeClient(ctx, c, log)
	if err := c.EnsureSchema(ctx); err != nil {
		return fmt.Errorf("schema: %w", err)
	}
	loader := ingest.NewGraphLoader(c)

	showProgress := isTerminal(o.errOut) && cfg.Log.Format != "json"
	if o.progress != nil {
		showProgress = *o.progress
	}
	progress := ingest.NewProgress(o.errOut, showProgress)
	defer progress.Close()

	srcOpts := sourceOptions(cfg, log, o.stdin)
	srcOpts.Hosts = source.NewHostLimiter() // one per-host delay across runs
	runOnce := func(ctx context.Context) (*ingest.Report, error) {
		cache := &runCache{base: store, pending: map[string]source.CacheEntry{}}
		srcOpts.Cache = cache
		rep, err := ingest.Run(ctx, inputs(ctx, paths, o.feeds, srcOpts), ex, loader, ingest.Options{
			Workers:   cfg.Ingest.Workers,
			BatchSize: cfg.Ingest.BatchSize,
			Force:     o.force,
			Shard:     shard,
			Progress:  progress,
			Logger:    log,
		})
		// Validators are kept only when every document the sources gave
		// was dealt with: after a database failure or an interruption, a
		// page answered 304 next time would never be loaded.
		if err == nil || errors.Is(err, ingest.ErrPartial) || errors.Is(err, ingest.ErrNothingLoaded) {
			if cerr := cache.commit(); cerr != nil {
				log.Warn("cannot save the HTTP cache", zap.Error(cerr))
			}
		}
		if o.report != "" && rep != nil {
			if werr := rep.WriteReport(o.report); werr != nil {
				log.Error("cannot write the report", zap.Error(werr))
				err = errors.Join(err, werr)
			}
		}
		return rep, err
	}

	if o.watch {
		return ingest.Watch(ctx, o.every, runOnce, log)
	}
	rep, err := runOnce(ctx)
	if rep != nil {
		rep.Log(log)
	}
	return err
}

// inputs reads the paths, then each feed, as one sequence.
func inputs(ctx context.Context, paths, feeds []string, opts source.Options) iter.Seq2[source.Document, error] {
	return func(yield func(source.Document, error) bool) {
		if len(paths) > 0 {
			for d, err := range source.Files(ctx, paths, opts) {
				if !yield(d, err) {
					return
				}
			}
		}
		for _, u := range feeds {
			for d, err := range source.Feed(ctx, u, opts) {
				if !yield(d, err) {
					return
				}
			}
		}
	}
}

// isTerminal reports whether w is a terminal (a character device).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// saver is a cache that is written to disk on demand.
type saver interface{ Save() error }

func openFileCache(path string) (*source.FileCache, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, err
	}
	return source.NewFileCache(path)
}

// runCache holds the validators (ETag, Last-Modified) of one run apart from
// the lasting cache until commit, so that a run that stops half-way leaves
// the lasting cache as it was.
type runCache struct {
	base    source.Cache
	mu      sync.Mutex
	pending map[string]source.CacheEntry
}

func (c *runCache) Get(url string) (source.CacheEntry, bool) {
	c.mu.Lock()
	e, ok := c.pending[url]
	c.mu.Unlock()
	if ok {
		return e, true
	}
	return c.base.Get(url)
}

func (c *runCache) Put(url string, e source.CacheEntry) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.pending[url] = e
	return nil
}

// commit stores the run's validators in the lasting cache, and saves it
// when it is a file.
func (c *runCache) commit() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	var errs []error
	for u, e := range c.pending {
		errs = append(errs, c.base.Put(u, e))
	}
	c.pending = map[string]source.CacheEntry{}
	if s, ok := c.base.(saver); ok {
		errs = append(errs, s.Save())
	}
	return errors.Join(errs...)
}

// memCache is the lasting cache when no ingest.cache_file is configured: it
// lasts as long as the process (the runs of --watch).
type memCache struct {
	mu      sync.Mutex
	entries map[string]source.CacheEntry
}

func (m *memCache) Get(url string) (source.CacheEntry, bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	e, ok := m.entries[url]
	return e, ok
}

func (m *memCache) Put(url string, e source.CacheEntry) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.entries[url] = e
	return nil
}

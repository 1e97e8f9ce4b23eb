package ingest

import (
	"errors"
	"fmt"
	"hash/fnv"
	"runtime"
	"strconv"
	"strings"
	"time"

	"go.uber.org/zap"
)

// Defaults for the zero values of Options.
const (
	// DefaultBatchSize is the number of articles written in one transaction:
	// 200 was the fastest size measured against LOAD CSV (bench/README.md:
	// 50, 100, 200, 500), and the smaller the batch, the less a failed one
	// redoes. A feed trickling in is still written after batchWait.
	DefaultBatchSize = 200
	// hashGroup is the most sources asked of the graph in one KnownHashes
	// lookup: one round trip per group rather than per document.
	hashGroup = 200
	// MaxListed bounds the failures and problems a Report lists (the counts
	// stay exact), so a corpus that fails whole cannot fill memory.
	MaxListed = 1000
)

// ErrConfig marks errors of configuration: a run that fails with it would
// fail the same way every time, so Watch stops on it rather than retrying.
// Callers (the CLI) may wrap their own configuration errors with it.
var ErrConfig = errors.New("configuration error")

// configError is an ErrConfig whose message is only its own text.
type configError struct{ msg string }

func (e *configError) Error() string        { return e.msg }
func (e *configError) Is(target error) bool { return target == ErrConfig }

func configErr(format string, args ...any) error {
	return &configError{msg: fmt.Sprintf(format, args...)}
}

// Options tunes Run. The zero value is usable.
type Options struct {
	// Workers is the number of goroutines extracting (default runtime.NumCPU()).
	Workers int
	// BatchSize is the number of articles loaded in one transaction (default 200).
	BatchSize int
	// Force extracts and loads every document, even those whose content
	// hash the graph already holds.
	Force bool
	// Shard, when set, keeps only the documents of one shard of the corpus.
	Shard Shard
	// Progress is told how far the run is (default: nothing shown).
	Progress Progress
	// Logger receives per-document failures and batch progress (default: none).
	Logger *zap.Logger

	// batchWait bounds how long a batch waits to fill (default
	// defaultBatchWait); tests shorten it.
	batchWait time.Duration
}

func (o Options) withDefaults() (Options, error) {
	if o.Workers < 0 {
		return o, configErr("workers must not be negative, got %d", o.Workers)
	}
	if o.BatchSize < 0 {
		return o, configErr("batch size must not be negative, got %d", o.BatchSize)
	}
	if err := o.Shard.validate(); err != nil {
		return o, err
	}
	if o.Workers == 0 {
		o.Workers = runtime.NumCPU()
	}
	if o.BatchSize == 0 {
		o.BatchSize = DefaultBatchSize
	}
	if o.batchWait <= 0 {
		o.batchWait = defaultBatchWait
	}
	if o.Progress == nil {
		o.Progress = nopProgress{}
	}
	if o.Logger == nil {
		o.Logger = zap.NewNop()
	}
	return o, nil
}

// Shard is the k-th of N parts of a corpus (1-based). A document belongs to
// shard k when fnv64a(source) mod N = k-1: the split depends on the source
// alone, so it is the same on every machine and every run, and the N shards
// together cover every document exactly once. The zero Shard keeps everything.
type Shard struct {
	K, N int
}

// ParseShard reads "k/n" (for example "2/3"), 1 ≤ k ≤ n. The empty string is
// the zero Shard (no sharding).
func ParseShard(s string) (Shard, error) {
	if strings.TrimSpace(s) == "" {
		return Shard{}, nil
	}
	ks, ns, ok := strings.Cut(s, "/")
	if !ok {
		return Shard{}, configErr("shard %q: want k/n, for example 2/3", s)
	}
	k, err1 := strconv.Atoi(strings.TrimSpace(ks))
	n, err2 := strconv.Atoi(strings.TrimSpace(ns))
	if err1 != nil || err2 != nil {
		return Shard{}, configErr("shard %q: k and n must be whole numbers, for example 2/3", s)
	}
	sh := Shard{K: k, N: n}
	if err := sh.check(); err != "" {
		return Shard{}, configErr("shard %q: %s", s, err)
	}
	return sh, nil
}

func (s Shard) validate() error {
	if err := s.check(); err != "" {
		return configErr("shard %d/%d: %s", s.K, s.N, err)
	}
	return nil
}

func (s Shard) check() string {
	switch {
	case s == (Shard{}):
		return ""
	case s.N < 1:
		return fmt.Sprintf("the number of shards must be at least 1, got %d", s.N)
	case s.K < 1 || s.K > s.N:
		return fmt.Sprintf("the shard number must be between 1 and %d, got %d", s.N, s.K)
	}
	return ""
}

// Contains reports whether the document read from source belongs to the shard.
func (s Shard) Contains(source string) bool {
	if s.N <= 1 {
		return true
	}
	h := fnv.New64a()
	h.Write([]byte(source))
	return h.Sum64()%uint64(s.N) == uint64(s.K-1)
}

// String gives "k/n", or "" for the zero Shard.
func (s Shard) String() string {
	if s == (Shard{}) {
		return ""
	}
	return fmt.Sprintf("%d/%d", s.K, s.N)
}

package ingest

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"time"

	"go.uber.org/zap"
)

// ErrPartial is wrapped by the error of a run in which some inputs failed
// and the rest were loaded (or skipped as unchanged): exit code 1 of
// `dyad ingest`. The failures are listed in the Report.
var ErrPartial = errors.New("some inputs failed, the rest were loaded")

// ErrNothingLoaded is wrapped by the error of a run in which every input
// failed: nothing could be done (exit code 2).
var ErrNothingLoaded = errors.New("every input failed, nothing was loaded")

// Report is the account of one run, written as JSON by WriteReport and
// logged by Log. Counts are of inputs (documents, or source errors that
// stand for one): read = skipped + loaded + failed + unfinished.
type Report struct {
	Started  time.Time `json:"started"`
	Finished time.Time `json:"finished"`
	// Shard is "k/n" when the run kept one shard of the corpus.
	Shard     string `json:"shard,omitempty"`
	Workers   int    `json:"workers"`
	BatchSize int    `json:"batch_size"`
	Force     bool   `json:"force"`

	// Read counts the inputs of this shard: documents and source errors.
	Read int `json:"read"`
	// OtherShards counts documents left to the other shards.
	OtherShards int `json:"other_shards"`
	// Skipped counts documents whose content the graph already holds.
	Skipped int `json:"skipped"`
	// Extracted counts documents the extractor turned into facts.
	Extracted int `json:"extracted"`
	// Loaded counts articles written to the graph.
	Loaded int `json:"loaded"`
	// Entities and Relations count the facts written: entity mentions and
	// fact supports (one article supporting one relation), as the loader
	// reports them.
	Entities  int `json:"entities"`
	Relations int `json:"relations"`
	// Failed counts inputs that could not be read, extracted or loaded.
	Failed int `json:"failed"`
	// Unfinished counts inputs read but neither loaded, skipped nor failed
	// because the run stopped (cancelled, or the database failed).
	Unfinished int `json:"unfinished"`
	// Batches counts the transactions committed.
	Batches int `json:"batches"`

	// Failures lists the failed inputs (the first MaxListed of them).
	Failures []Failure `json:"failures"`
	// FailuresNotListed counts the failures past MaxListed.
	FailuresNotListed int `json:"failures_not_listed,omitempty"`
	// Problems lists what the extractor noted on articles it still loaded
	// (the first MaxListed), ProblemsNotListed the rest.
	Problems          []Failure `json:"problems"`
	ProblemsNotListed int       `json:"problems_not_listed,omitempty"`

	Durations Durations `json:"durations"`
	// Error is the error that ended the run early, if any.
	Error string `json:"error,omitempty"`
}

// Failure is one input that failed (or, in Report.Problems, one problem
// noted on an article), named by its source.
type Failure struct {
	Source  string `json:"source"`
	Problem string `json:"problem"`
}

// Durations is the time spent in each stage. Read is the time spent waiting
// for the sources; Hash the time spent looking up known content hashes;
// Extract is summed over the workers (it can exceed Total); Load is the time
// spent in transactions; Total is the wall time of the run.
type Durations struct {
	Read    time.Duration
	Hash    time.Duration
	Extract time.Duration
	Load    time.Duration
	Total   time.Duration
}

// durationsJSON is the form of Durations in a report: seconds, which is what
// the tools reading reports (jq, dashboards) expect.
type durationsJSON struct {
	Read    float64 `json:"read_seconds"`
	Hash    float64 `json:"hash_seconds"`
	Extract float64 `json:"extract_seconds"`
	Load    float64 `json:"load_seconds"`
	Total   float64 `json:"total_seconds"`
}

// MarshalJSON writes each duration in seconds.
func (d Durations) MarshalJSON() ([]byte, error) {
	return json.Marshal(durationsJSON{
		Read: d.Read.Seconds(), Hash: d.Hash.Seconds(), Extract: d.Extract.Seconds(),
		Load: d.Load.Seconds(), Total: d.Total.Seconds(),
	})
}

// UnmarshalJSON reads durations in seconds.
func (d *Durations) UnmarshalJSON(b []byte) error {
	var j durationsJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	sec := func(f float64) time.Duration { return time.Duration(math.Round(f * float64(time.Second))) }
	*d = Durations{Read: sec(j.Read), Hash: sec(j.Hash), Extract: sec(j.Extract), Load: sec(j.Load), Total: sec(j.Total)}
	return nil
}

func (r *Report) fail(source, problem string) {
	r.Failed++
	if len(r.Failures) < MaxListed {
		r.Failures = append(r.Failures, Failure{Source: source, Problem: problem})
	} else {
		r.FailuresNotListed++
	}
}

func (r *Report) problem(source, problem string) {
	if len(r.Problems) < MaxListed {
		r.Problems = append(r.Problems, Failure{Source: source, Problem: problem})
	} else {
		r.ProblemsNotListed++
	}
}

// WriteReport writes the report as indented JSON to path, atomically (a
// temporary file renamed over it), so a reader never sees half a report.
func (r *Report) WriteReport(path string) error {
	b, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return fmt.Errorf("report %s: %w", path, err)
	}
	b = append(b, '\n')
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return fmt.Errorf("report %s: %w", path, err)
	}
	defer os.Remove(tmp.Name()) // after a successful rename this finds nothing
	if _, err := tmp.Write(b); err != nil {
		tmp.Close()
		return fmt.Errorf("report %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("report %s: %w", path, err)
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return fmt.Errorf("report %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("report %s: %w", path, err)
	}
	return nil
}

// ReadReport reads a report written by WriteReport.
func ReadReport(path string) (*Report, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("report: %w", err)
	}
	var r Report
	if err := json.Unmarshal(b, &r); err != nil {
		return nil, fmt.Errorf("report %s: %w", path, err)
	}
	return &r, nil
}

// Summary gives the counts and durations of the run as log fields.
func (r *Report) Summary() []zap.Field {
	fs := []zap.Field{
		zap.Int("read", r.Read),
		zap.Int("skipped", r.Skipped),
		zap.Int("extracted", r.Extracted),
		zap.Int("loaded", r.Loaded),
		zap.Int("entities", r.Entities),
		zap.Int("relations", r.Relations),
		zap.Int("failed", r.Failed),
	}
	if r.Unfinished > 0 {
		fs = append(fs, zap.Int("unfinished", r.Unfinished))
	}
	if r.Shard != "" {
		fs = append(fs, zap.String("shard", r.Shard), zap.Int("other_shards", r.OtherShards))
	}
	fs = append(fs,
		zap.Duration("read_time", r.Durations.Read),
		zap.Duration("hash_time", r.Durations.Hash),
		zap.Duration("extract_time", r.Durations.Extract),
		zap.Duration("load_time", r.Durations.Load),
		zap.Duration("total_time", r.Durations.Total),
	)
	if r.Error != "" {
		fs = append(fs, zap.String("error", r.Error))
	}
	return fs
}

// Log writes the summary line of the run: at info level, or warn when
// something failed or the run stopped early.
func (r *Report) Log(logger *zap.Logger) {
	if logger == nil {
		return
	}
	if r.Failed > 0 || r.Error != "" {
		logger.Warn("ingest finished", r.Summary()...)
		return
	}
	logger.Info("ingest finished", r.Summary()...)
}

package ingest

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"go.uber.org/zap"
	"go.uber.org/zap/zaptest/observer"
)

func TestWatch(t *testing.T) {
	for _, tc := range []struct {
		name string
		// result of run number n (1-based)
		result   func(n int) error
		stopAt   int // cancel the context during this run (0: never)
		wantRuns int // exact, when stopAt is set
		wantErr  error
		wantLogs []string // messages that must be logged
	}{
		{
			name:     "runs until cancelled",
			result:   func(int) error { return nil },
			stopAt:   4,
			wantRuns: 4,
			wantLogs: []string{"ingest finished", "watch stopped"},
		},
		{
			name: "a failing run is logged and the next one comes",
			result: func(n int) error {
				if n%2 == 1 {
					return fmt.Errorf("neo4j failed after 0 articles loaded: %w", errDown)
				}
				return nil
			},
			stopAt:   5,
			wantRuns: 5,
			wantLogs: []string{"run failed; trying again at the next interval", "watch stopped"},
		},
		{
			name:     "partial runs go on",
			result:   func(int) error { return fmt.Errorf("1 of 3 inputs failed: %w", ErrPartial) },
			stopAt:   3,
			wantRuns: 3,
		},
		{
			name:     "a configuration error stops the loop",
			result:   func(int) error { return configErr("shard %q: want k/n", "x") },
			wantRuns: 1,
			wantErr:  ErrConfig,
			wantLogs: []string{"run failed on its configuration: stopping"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx, cancel := context.WithCancel(t.Context())
			defer cancel()
			core, logs := observer.New(zap.DebugLevel)
			var runs atomic.Int64
			run := func(ctx context.Context) (*Report, error) {
				n := int(runs.Add(1))
				if n == tc.stopAt {
					cancel()
				}
				return &Report{Read: n}, tc.result(n)
			}
			done := make(chan error, 1)
			go func() { done <- Watch(ctx, 5*time.Millisecond, run, zap.New(core)) }()
			var err error
			select {
			case err = <-done:
			case <-time.After(10 * time.Second):
				t.Fatal("Watch did not return")
			}
			if tc.wantErr == nil && err != nil || tc.wantErr != nil && !errors.Is(err, tc.wantErr) {
				t.Fatalf("Watch: %v, want %v", err, tc.wantErr)
			}
			if got := int(runs.Load()); got != tc.wantRuns {
				t.Errorf("%d runs, want %d", got, tc.wantRuns)
			}
			if got := logs.FilterMessage("ingest finished").Len(); got != tc.wantRuns {
				t.Errorf("%d summaries logged for %d runs", got, tc.wantRuns)
			}
			for _, m := range tc.wantLogs {
				if logs.FilterMessage(m).Len() == 0 {
					t.Errorf("no %q in the logs", m)
				}
			}
		})
	}
}

func TestWatchWaitsTheInterval(t *testing.T) {
	ctx, cancel := context.WithTimeout(t.Context(), time.Minute)
	defer cancel()
	const every = 100 * time.Millisecond
	var starts []time.Time // written by the run, read after Watch returns
	err := Watch(ctx, every, func(context.Context) (*Report, error) {
		if starts = append(starts, time.Now()); len(starts) == 4 {
			cancel()
		}
		return &Report{}, nil
	}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(starts) != 4 {
		t.Fatalf("%d runs before the deadline, want 4", len(starts))
	}
	// Timers never fire early: however busy the machine, runs are at least
	// the interval apart (start to start, as the runs take no time).
	for i := 1; i < len(starts); i++ {
		if gap := starts[i].Sub(starts[i-1]); gap < every {
			t.Errorf("run %d started %v after run %d, want at least %v", i+1, gap, i, every)
		}
	}
}

func TestWatchStopsBetweenRuns(t *testing.T) {
	ctx, cancel := context.WithCancel(t.Context())
	var runs atomic.Int64
	go func() {
		time.Sleep(50 * time.Millisecond)
		cancel()
	}()
	start := time.Now()
	err := Watch(ctx, time.Hour, func(context.Context) (*Report, error) {
		runs.Add(1)
		return &Report{}, nil
	}, zap.NewNop())
	if err != nil {
		t.Fatal(err)
	}
	if runs.Load() != 1 || time.Since(start) > 5*time.Second {
		t.Errorf("%d runs, %v: the wait did not end on cancel", runs.Load(), time.Since(start))
	}
}

func TestWatchErrors(t *testing.T) {
	ok := func(context.Context) (*Report, error) { return &Report{}, nil }
	for _, tc := range []struct {
		name  string
		every time.Duration
		run   func(context.Context) (*Report, error)
		want  string
	}{
		{"zero interval", 0, ok, "watch interval must be positive, got 0s"},
		{"negative interval", -time.Minute, ok, "watch interval must be positive, got -1m0s"},
		{"nothing to run", time.Minute, nil, "watch needs something to run"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := Watch(t.Context(), tc.every, tc.run, nil)
			if !errors.Is(err, ErrConfig) || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %v, want ErrConfig %q", err, tc.want)
			}
		})
	}
}

// TestWatchRealRuns drives Run itself from Watch: the second and later runs
// over the same corpus skip everything.
func TestWatchRealRuns(t *testing.T) {
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	l := newFakeLoader()
	var reports []*Report
	err := Watch(ctx, time.Millisecond, func(ctx context.Context) (*Report, error) {
		rep, err := Run(ctx, docsOf(corpus("watch", 120)), &fakeExtractor{}, l, Options{Workers: 2})
		reports = append(reports, rep)
		if len(reports) == 3 {
			cancel()
		}
		return rep, err
	}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(reports) != 3 {
		t.Fatalf("%d runs", len(reports))
	}
	if reports[0].Loaded != 120 || reports[1].Skipped != 120 || reports[1].Loaded != 0 {
		t.Errorf("first run loaded %d; second skipped %d, loaded %d", reports[0].Loaded, reports[1].Skipped, reports[1].Loaded)
	}
}

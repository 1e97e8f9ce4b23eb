package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/dyadgraph/dyad/config"
	"github.com/dyadgraph/dyad/graph"
	"github.com/dyadgraph/dyad/ingest"
)

func TestExitCode(t *testing.T) {
	tests := []struct {
		name string
		err  error
		want int
	}{
		{"success", nil, 0},
		{"some inputs failed", partialError("2 of 9 inputs failed"), 1},
		{"partial, wrapped again", fmt.Errorf("extract: %w", partialError("1 of 2 inputs failed")), 1},
		{"ingest partial", fmt.Errorf("3 of 10 inputs failed: %w", ingest.ErrPartial), 1},
		{"interrupted", fmt.Errorf("ingest stopped after 4 articles loaded: %w", context.Canceled), 1},

		// Nothing could be done.
		{"every input failed", fmt.Errorf("all 3 inputs failed: %w", ingest.ErrNothingLoaded), 2},
		{"invalid configuration", &config.FieldError{Field: "log.format", Problem: "bad"}, 2},
		{"joined configuration problems", errors.Join(&config.FieldError{Field: "a"}, &config.FieldError{Field: "b"}), 2},
		{"no database", fmt.Errorf("connect: %w", graph.ErrUnavailable), 2},
		{"credentials refused", fmt.Errorf("connect: %w", graph.ErrAuth), 2},
		{"forget of nothing", fmt.Errorf("forget: %w", graph.ErrNotFound), 2},
		{"usage", &usageError{errors.New("unknown flag: --nope")}, 2},
		{"anything else", errors.New("disk on fire"), 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := exitCode(tt.err); got != tt.want {
				t.Errorf("exitCode(%v) = %d, want %d", tt.err, got, tt.want)
			}
		})
	}
}

func TestPrintError(t *testing.T) {
	tests := []struct {
		name string
		err  error
		want string
	}{
		{"plain", errors.New("no Neo4j answers at bolt://127.0.0.1:1"), "dyad: no Neo4j answers at bolt://127.0.0.1:1\n"},
		{"usage gets a hint", &usageError{errors.New("unknown flag: --nope")}, "dyad: unknown flag: --nope\nRun 'dyad --help' for usage.\n"},
		{"several problems", errors.Join(&config.FieldError{Field: "log.format", Problem: "bad"}, &config.FieldError{Field: "ingest.workers", Problem: "negative"}),
			"dyad: log.format: bad\ndyad: ingest.workers: negative\n"},
		{"several problems", errors.Join(&config.FieldError{Field: "log.format", Problem: "bad"}, &config.FieldError{Field: "ingest.workers", Problem: "negative"}),
			"dyad: log.format: bad\ndyad: ingest.workers: negative\n"},
		{"interrupted", fmt.Errorf("stopped: %w", context.Canceled), "dyad: interrupted; run again to finish\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			printError(&b, tt.err)
			if b.String() != tt.want {
				t.Errorf("printError = %q, want %q", b.String(), tt.want)
			}
		})
	}
}

func TestCommandLineUsageErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"unknown flag", []string{"extract", "--nope", "x"}, "unknown flag: --nope"},
		{"no path to extract", []string{"extract"}, "requires at least 1 arg"},
		{"load needs one file", []string{"load"}, "accepts 1 arg"},
		{"forget needs one key", []string{"forget", "a", "b"}, "accepts 1 arg"},
		{"bad format", []string{"extract", "--format", "xml", "x.txt"}, `--format "xml"`},
		{"no password flag", []string{"load", "--neo4j-password", "secret", "x.jsonl"}, "unknown flag: --neo4j-password"},
		{"ingest without input", []string{"ingest"}, "at least one PATH or --feed"},
		{"bad shard", []string{"ingest", "--shard", "4/3", "x"}, "--shard"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hermetic(t)
			// No database answers here, so a usage check that came too late
			// would fail with a different message.
			t.Setenv("NEO4J_URI", "bolt://127.0.0.1:1")
			stdout, stderr, code := run(t, context.Background(), tt.args...)
			if code != 2 {
				t.Errorf("exit code %d, want 2", code)
			}
			if !strings.Contains(stderr, tt.want) || !strings.HasPrefix(stderr, "dyad: ") {
				t.Errorf("stderr = %q, want a dyad: line containing %q", stderr, tt.want)
			}
			if stdout != "" {
				t.Errorf("stdout = %q, want nothing", stdout)
			}
		})
	}
}

func TestVersion(t *testing.T) {
	hermetic(t)
	stdout, _, code := run(t, context.Background(), "version")
	if code != 0 {
		t.Fatalf("exit code %d", code)
	}
	lines := strings.Split(strings.TrimSpace(stdout), "\n")
	if len(lines) != 3 || !strings.HasPrefix(lines[0], "dyad ") || !strings.HasPrefix(lines[1], "commit: ") || !strings.HasPrefix(lines[2], "go: go1.") {
		t.Errorf("dyad version printed %q, want version, commit and Go version lines", stdout)
	}
}

func TestVersionFromLdflags(t *testing.T) {
	old, oldCommit := version, commit
	t.Cleanup(func() { version, commit = old, oldCommit })
	version, commit = "v1.2.3", "abc1234"
	v, c, g := buildInfo()
	if v != "v1.2.3" || c != "abc1234" || !strings.HasPrefix(g, "go1.") {
		t.Errorf("buildInfo() = %q, %q, %q; want the -ldflags values", v, c, g)
	}
}

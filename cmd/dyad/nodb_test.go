package main

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/dyadgraph/dyad/config"
	"github.com/dyadgraph/dyad/graph"
)

// noDatabase is a configuration whose Neo4j cannot answer: nothing listens
// on port 1.
func noDatabase() config.Config {
	cfg := config.Default()
	cfg.Neo4j.URI = "bolt://127.0.0.1:1"
	cfg.Neo4j.Password = "not-used-anyway"
	return cfg
}

func TestNoDatabaseFailsFast(t *testing.T) {
	contract := testdata("contract", "sample.jsonl")
	tests := []struct {
		name string
		run  func(ctx context.Context, s streams) error
	}{
		{"load", func(ctx context.Context, s streams) error {
			return runLoad(ctx, noDatabase(), loadOptions{streams: s}, contract)
		}},
		{"load from stdin", func(ctx context.Context, s streams) error {
			return runLoad(ctx, noDatabase(), loadOptions{streams: s, stdin: strings.NewReader("{}\n")}, "-")
		}},
		{"schema", func(ctx context.Context, s streams) error {
			return runSchema(ctx, noDatabase(), schemaOptions{streams: s})
		}},
		{"forget", func(ctx context.Context, s streams) error {
			return runForget(ctx, noDatabase(), forgetOptions{streams: s}, "article:0123")
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			defer cancel()
			start := time.Now()
			err := tt.run(ctx, streams{out: &out, errOut: &errOut})
			took := time.Since(start)
			if !errors.Is(err, graph.ErrUnavailable) {
				t.Fatalf("error = %v, want graph.ErrUnavailable", err)
			}
			if code := exitCode(err); code != 2 {
				t.Errorf("exit code %d, want 2", code)
			}
			if took > 15*time.Second {
				t.Errorf("took %s to give up, want at once", took)
			}
			var msg bytes.Buffer
			printError(&msg, err)
			line := msg.String()
			if strings.Count(line, "\n") != 1 {
				t.Errorf("message is not one line: %q", line)
			}
			for _, want := range []string{"bolt://127.0.0.1:1", "scripts/neo4j-local start", "docker compose up -d neo4j"} {
				if !strings.Contains(line, want) {
					t.Errorf("message %q does not contain %q", line, want)
				}
			}
			if out.Len() != 0 {
				t.Errorf("stdout = %q, want nothing", out.String())
			}
		})
	}
}

func TestNoDatabaseCommandLine(t *testing.T) {
	hermetic(t)
	t.Setenv("NEO4J_URI", "bolt://127.0.0.1:1")
	for _, args := range [][]string{{"schema"}, {"forget", "x"}, {"load", "-"}} {
		_, stderr, code := run(t, context.Background(), args...)
		if code != 2 {
			t.Errorf("dyad %s: exit code %d, want 2", strings.Join(args, " "), code)
		}
		if lines := strings.Split(strings.TrimSpace(stderr), "\n"); len(lines) != 1 || !strings.HasPrefix(lines[0], "dyad: no Neo4j answers at bolt://127.0.0.1:1") {
			t.Errorf("dyad %s: stderr = %q, want one line saying no Neo4j answers", strings.Join(args, " "), stderr)
		}
	}
}

func TestSchemaPrintNeedsNoDatabase(t *testing.T) {
	var out bytes.Buffer
	if err := runSchema(context.Background(), noDatabase(), schemaOptions{streams: streams{out: &out, errOut: &out}, print: true}); err != nil {
		t.Fatal(err)
	}
	if got, want := strings.Count(out.String(), ";\n"), len(graph.SchemaStatements()); got != want || !strings.Contains(out.String(), "CREATE CONSTRAINT dyad_person_id IF NOT EXISTS") {
		t.Errorf("dyad schema --print printed %d statements, want %d:\n%s", got, want, out.String())
	}
}

func TestLoadMissingFile(t *testing.T) {
	var out, errOut bytes.Buffer
	err := runLoad(context.Background(), noDatabase(), loadOptions{streams: streams{out: &out, errOut: &errOut}}, "/nonexistent/facts.jsonl")
	if err == nil || !strings.Contains(err.Error(), "/nonexistent/facts.jsonl") || exitCode(err) != 2 {
		t.Errorf("load of a missing file: %v (exit %d), want an error naming it, exit 2", err, exitCode(err))
	}
}

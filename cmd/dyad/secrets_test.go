package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyadgraph/dyad/graph/graphtest"
)

// secret is the password of these tests: it must never be printed.
const secret = "Zq8-never-print-me-7731"

// TestPasswordNeverShown runs commands with the password set, at debug
// level in both log formats, capturing standard output, standard error
// (logs included) and the report file, and greps them for the password.
func TestPasswordNeverShown(t *testing.T) {
	article := testdata("articles", "02_fr.txt")
	contract := testdata("contract", "sample.jsonl")
	tests := []struct {
		name string
		env  map[string]string
		args []string
		code int
	}{
		{name: "config", args: []string{"config"}},
		{name: "config json debug", args: []string{"config", "--log-format", "json", "--log-level", "debug"}},
		{name: "load, no database", env: map[string]string{"NEO4J_URI": "bolt://127.0.0.1:1"},
			args: []string{"load", "--log-level", "debug", contract}, code: 2},
		{name: "load, no database, json logs", env: map[string]string{"NEO4J_URI": "bolt://127.0.0.1:1"},
			args: []string{"load", "--log-format", "json", "--log-level", "debug", contract}, code: 2},
		{name: "schema, no database", env: map[string]string{"NEO4J_URI": "neo4j://127.0.0.1:1"},
			args: []string{"schema", "--log-level", "debug"}, code: 2},
		{name: "ingest, no database", env: map[string]string{"NEO4J_URI": "bolt://127.0.0.1:1"},
			args: []string{"ingest", "--log-format", "json", "--log-level", "debug", "--report", "REPORT", article}, code: 2},
		{name: "password in the URI", env: map[string]string{"NEO4J_URI": "bolt://neo4j:" + secret + "@127.0.0.1:1"},
			args: []string{"load", contract}, code: 2},
		{name: "password in the URI, config", env: map[string]string{"NEO4J_URI": "bolt://neo4j:" + secret + "@127.0.0.1:1"},
			args: []string{"config"}, code: 2},
		{name: "extract", args: []string{"extract", "--log-level", "debug", article}},
		{name: "extract text", args: []string{"extract", "--format", "text", article}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			isolateEnv(t)
			t.Setenv("NEO4J_PASSWORD", secret)
			for k, v := range tt.env {
				t.Setenv(k, v)
			}
			report := filepath.Join(t.TempDir(), "report.json")
			args := make([]string, len(tt.args))
			for i, a := range tt.args {
				args[i] = strings.ReplaceAll(a, "REPORT", report)
			}
			stdout, stderr, code := run(t, context.Background(), args...)
			if code != tt.code {
				t.Errorf("exit code %d, want %d; stderr:\n%s", code, tt.code, stderr)
			}
			assertNoSecret(t, "stdout", stdout)
			assertNoSecret(t, "stderr", stderr)
			if b, err := os.ReadFile(report); err == nil {
				assertNoSecret(t, "report", string(b))
			}
		})
	}
}

// The credentials are refused by a real Neo4j: the error names the user,
// not the password.
func TestPasswordNeverShownOnAuthFailure(t *testing.T) {
	gc := graphtest.Neo4j(t)
	isolateEnv(t)
	t.Setenv("NEO4J_URI", gc.URI)
	t.Setenv("NEO4J_USERNAME", gc.Username)
	t.Setenv("NEO4J_PASSWORD", secret) // not the server's password
	for _, args := range [][]string{
		{"schema", "--log-level", "debug"},
		{"load", "--log-format", "json", "--log-level", "debug", testdata("contract", "sample.jsonl")},
	} {
		stdout, stderr, code := run(t, context.Background(), args...)
		if code != 2 {
			t.Errorf("dyad %s with a wrong password: exit %d, want 2", args[0], code)
		}
		if !strings.Contains(stderr, "refused the credentials") {
			t.Errorf("dyad %s: stderr does not say the credentials were refused:\n%s", args[0], stderr)
		}
		assertNoSecret(t, "stdout", stdout)
		assertNoSecret(t, "stderr", stderr)
	}
}

func assertNoSecret(t *testing.T, where, s string) {
	t.Helper()
	if strings.Contains(s, secret) {
		t.Errorf("the password appears in %s:\n%s", where, s)
	}
}

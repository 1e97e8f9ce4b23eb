package main

import (
	"context"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/dyadgraph/dyad/config"
)

func TestConfigCommand(t *testing.T) {
	dir := hermetic(t)
	writeFile(t, dir, "dyad.yaml", "neo4j:\n  database: research\ningest:\n  per_host_delay: 2500ms\n")
	t.Setenv("NEO4J_PASSWORD", "correct-horse-battery")
	t.Setenv("DYAD_INGEST_WORKERS", "7")
	stdout, stderr, code := run(t, context.Background(), "config", "--neo4j-uri", "neo4j://graph.example.org:7687")
	if code != 0 {
		t.Fatalf("exit code %d, stderr %q", code, stderr)
	}
	if strings.Contains(stdout, "correct-horse-battery") {
		t.Fatalf("dyad config printed the password:\n%s", stdout)
	}
	// The output is a configuration file dyad can read back.
	var got config.Config
	if err := yaml.Unmarshal([]byte(stdout), &got); err != nil {
		t.Fatalf("output is not YAML: %v\n%s", err, stdout)
	}
	eq(t, "neo4j.password", got.Neo4j.Password, config.Masked)
	eq(t, "neo4j.uri", got.Neo4j.URI, "neo4j://graph.example.org:7687")
	eq(t, "neo4j.database", got.Neo4j.Database, "research")
	eq(t, "ingest.workers", got.Ingest.Workers, 7)
	for _, want := range []string{
		"uri: neo4j://graph.example.org:7687 # flag --neo4j-uri",
		"password: '********' # env NEO4J_PASSWORD",
		"database: research # file dyad.yaml",
		"per_host_delay: 2.5s # file dyad.yaml",
		"workers: 7 # env DYAD_INGEST_WORKERS",
		"format: console # default",
		"max_retry_time: 30s # default",
	} {
		if !strings.Contains(stdout, want) {
			t.Errorf("dyad config output lacks %q:\n%s", want, stdout)
		}
	}
}

func TestConfigCommandInvalid(t *testing.T) {
	dir := hermetic(t)
	writeFile(t, dir, "dyad.yaml", "log:\n  format: xml\n")
	stdout, stderr, code := run(t, context.Background(), "config")
	if code != 2 {
		t.Errorf("exit code %d, want 2", code)
	}
	if !strings.Contains(stdout, "format: xml # file dyad.yaml") {
		t.Errorf("the invalid configuration is not shown:\n%s", stdout)
	}
	if !strings.Contains(stderr, "log.format") {
		t.Errorf("stderr %q does not name log.format", stderr)
	}
}

func TestConfigCommandNoOrigins(t *testing.T) {
	hermetic(t)
	stdout, _, code := run(t, context.Background(), "config", "--origins=false")
	if code != 0 || strings.Contains(stdout, "# default") {
		t.Errorf("dyad config --origins=false: code %d, output:\n%s", code, stdout)
	}
}

package main

import (
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/dyadgraph/dyad/config"
)

// The README and dyad.example.yaml are the configuration reference: every
// key must be in both, with its environment variable in the README.
func TestConfigurationIsDocumented(t *testing.T) {
	readme := string(repoFile(t, "README.md"))
	example := string(repoFile(t, "dyad.example.yaml"))
	for _, key := range configKeys(reflect.ValueOf(config.Default()), "", nil) {
		if !strings.Contains(readme, "`"+key+"`") {
			t.Errorf("README.md does not document the key %s", key)
		}
		for _, env := range envNames(key) {
			if !strings.Contains(readme, "`"+env+"`") {
				t.Errorf("README.md does not name the variable %s of %s", env, key)
			}
		}
		leaf := key[strings.LastIndex(key, ".")+1:]
		if !regexp.MustCompile(`(?m)^\s*#?\s*` + regexp.QuoteMeta(leaf) + `:`).MatchString(example) {
			t.Errorf("dyad.example.yaml does not show the key %s", key)
		}
	}
}

func TestReadme(t *testing.T) {
	readme := string(repoFile(t, "README.md"))
	for _, want := range []string{
		"docker compose up",
		"http://localhost:7474",
		"go test -race -count=1 ./...", // .ci/run runs this command
		"DYAD_REQUIRE_NEO4J=1",
		"scripts/neo4j-local start",
		"go run ./cmd/dyad ingest testdata/articles",
		"micro-F1",        // the extraction quality figures
		"bench/README.md", // where the speed figures come from
		"kind: CronJob",
	} {
		if !strings.Contains(readme, want) {
			t.Errorf("README.md lacks %q", want)
		}
	}
	// Every command is in the reference.
	for _, c := range newRootCommand().Commands() {
		if c.Hidden || c.Name() == "help" || c.Name() == "completion" {
			continue
		}
		if !strings.Contains(readme, "`dyad "+c.Name()) {
			t.Errorf("README.md does not document dyad %s", c.Name())
		}
	}
}

package main

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// compose is the part of docker-compose.yml the test checks.
type compose struct {
	Services map[string]struct {
		Image       string            `yaml:"image"`
		Environment map[string]string `yaml:"environment"`
		Ports       []string          `yaml:"ports"`
		Volumes     []string          `yaml:"volumes"`
		Command     []string          `yaml:"command"`
		Healthcheck *struct {
			Test     []string `yaml:"test"`
			Interval string   `yaml:"interval"`
			Retries  int      `yaml:"retries"`
		} `yaml:"healthcheck"`
		Build *struct {
			Context    string `yaml:"context"`
			Dockerfile string `yaml:"dockerfile"`
		} `yaml:"build"`
		DependsOn map[string]struct {
			Condition string `yaml:"condition"`
		} `yaml:"depends_on"`
	} `yaml:"services"`
	Volumes map[string]any `yaml:"volumes"`
}

func repoFile(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", name))
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return b
}

func TestDockerCompose(t *testing.T) {
	var c compose
	if err := yaml.Unmarshal(repoFile(t, "docker-compose.yml"), &c); err != nil {
		t.Fatalf("docker-compose.yml: %v", err)
	}

	neo, ok := c.Services["neo4j"]
	if !ok {
		t.Fatal("no neo4j service")
	}
	if neo.Image != "neo4j:5" {
		t.Errorf("neo4j image = %q, want neo4j:5", neo.Image)
	}
	if !strings.Contains(neo.Environment["NEO4J_PLUGINS"], `"apoc"`) {
		t.Errorf("APOC not enabled: NEO4J_PLUGINS = %q", neo.Environment["NEO4J_PLUGINS"])
	}
	// Credentials from .env, with the documented default.
	if auth := neo.Environment["NEO4J_AUTH"]; auth != "neo4j/${NEO4J_PASSWORD:-dyad-dev-password}" {
		t.Errorf("NEO4J_AUTH = %q, want the password from .env with a default", auth)
	}
	if env := string(repoFile(t, ".env.example")); !regexp.MustCompile(`(?m)^NEO4J_PASSWORD=dyad-dev-password$`).MatchString(env) {
		t.Errorf(".env.example does not document NEO4J_PASSWORD=dyad-dev-password:\n%s", env)
	}
	for _, p := range []string{"7474:7474", "7687:7687"} {
		if !slices.Contains(neo.Ports, p) {
			t.Errorf("neo4j ports %v lack %s", neo.Ports, p)
		}
	}
	if neo.Healthcheck == nil || len(neo.Healthcheck.Test) == 0 {
		t.Fatal("neo4j has no health check")
	}
	if hc := strings.Join(neo.Healthcheck.Test, " "); !strings.Contains(hc, "7474") && !strings.Contains(hc, "cypher-shell") {
		t.Errorf("health check %q probes neither HTTP 7474 nor cypher-shell", hc)
	}
	if neo.Healthcheck.Retries < 1 || neo.Healthcheck.Interval == "" {
		t.Errorf("health check needs an interval and retries: %+v", *neo.Healthcheck)
	}
	dataVolume := ""
	for _, v := range neo.Volumes {
		if name, dst, _ := strings.Cut(v, ":"); strings.HasPrefix(dst, "/data") && !strings.ContainsAny(name, "./") {
			dataVolume = name
		}
	}
	if dataVolume == "" {
		t.Errorf("neo4j volumes %v: no named volume on /data", neo.Volumes)
	} else if _, ok := c.Volumes[dataVolume]; !ok {
		t.Errorf("volume %q used but not declared under volumes:", dataVolume)
	}

	dyad, ok := c.Services["dyad"]
	if !ok {
		t.Fatal("no dyad service")
	}
	if dyad.Build == nil || dyad.Build.Context == "" {
		t.Fatal("dyad service has no build context")
	}
	dockerfile := dyad.Build.Dockerfile
	if dockerfile == "" {
		dockerfile = "Dockerfile"
	}
	if _, err := os.Stat(filepath.Join("..", "..", dyad.Build.Context, dockerfile)); err != nil {
		t.Errorf("build: %v", err)
	}
	if dep, ok := dyad.DependsOn["neo4j"]; !ok || dep.Condition != "service_healthy" {
		t.Errorf("dyad depends_on = %+v, want neo4j: condition: service_healthy", dyad.DependsOn)
	}
	if got := strings.Join(dyad.Command, " "); got != "ingest /data/articles" {
		t.Errorf("dyad command = %q, want ingest /data/articles", got)
	}
	if !slices.Contains(dyad.Volumes, "./testdata/articles:/data/articles:ro") {
		t.Errorf("dyad volumes %v: testdata/articles not mounted read-only on /data/articles", dyad.Volumes)
	}
	if _, err := os.Stat(filepath.Join("..", "..", "testdata", "articles")); err != nil {
		t.Errorf("mounted folder: %v", err)
	}
	if u := dyad.Environment["NEO4J_URI"]; u != "bolt://neo4j:7687" {
		t.Errorf("dyad NEO4J_URI = %q, want bolt://neo4j:7687", u)
	}
	if p := dyad.Environment["NEO4J_PASSWORD"]; p != "${NEO4J_PASSWORD:-dyad-dev-password}" {
		t.Errorf("dyad NEO4J_PASSWORD = %q, want the same as neo4j's", p)
	}
}

func TestDockerfile(t *testing.T) {
	df := string(repoFile(t, "Dockerfile"))
	var froms []string
	for _, l := range strings.Split(df, "\n") {
		if f := strings.Fields(l); len(f) >= 2 && strings.EqualFold(f[0], "FROM") {
			froms = append(froms, strings.Join(f[1:], " "))
		}
	}
	if len(froms) < 2 {
		t.Fatalf("Dockerfile has %d stages, want a multi-stage build", len(froms))
	}
	if !strings.HasPrefix(froms[0], "golang:1.26") || !strings.Contains(froms[0], " AS ") {
		t.Errorf("first stage %q: want a named golang:1.26 build stage", froms[0])
	}
	final := froms[len(froms)-1]
	if !strings.Contains(final, "distroless/static") && !strings.HasPrefix(final, "alpine") {
		t.Errorf("final stage %q: want distroless/static or alpine", final)
	}
	for _, want := range []string{"CGO_ENABLED=0", "./cmd/dyad", "COPY --from=", "-X main.version="} {
		if !strings.Contains(df, want) {
			t.Errorf("Dockerfile lacks %q", want)
		}
	}
	if !regexp.MustCompile(`(?m)^USER\s+\S*nonroot|^USER\s+[1-9]\d*`).MatchString(df) {
		t.Errorf("Dockerfile does not run as a non-root user")
	}
	if !regexp.MustCompile(`(?m)^ENTRYPOINT\s+\[".*dyad"\]`).MatchString(df) {
		t.Errorf("Dockerfile has no dyad ENTRYPOINT")
	}
}

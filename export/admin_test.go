package export

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// neo4jAdmin returns a command line running Neo4j's own admin tool
// (org.neo4j.cli.AdminTool) from the jars scripts/neo4j-local resolves, or
// skips t when they are not there (fails it with DYAD_REQUIRE_NEO4J=1, as CI
// has them).
func neo4jAdmin(t *testing.T) []string {
	t.Helper()
	missing := func(why string) {
		if os.Getenv("DYAD_REQUIRE_NEO4J") == "1" {
			t.Fatalf("DYAD_REQUIRE_NEO4J=1 but %s (run scripts/neo4j-local start once)", why)
		}
		t.Skipf("no neo4j-admin: %s (run scripts/neo4j-local start once)", why)
	}
	dir := os.Getenv("NEO4J_LOCAL_DIR")
	if dir == "" {
		dir = filepath.Join("..", ".neo4j-local")
	}
	cps, _ := filepath.Glob(filepath.Join(dir, "cache", "classpath-*.txt"))
	if len(cps) == 0 {
		missing("no Neo4j classpath under " + dir + "/cache")
	}
	cp, err := os.ReadFile(cps[0])
	if err != nil {
		missing(err.Error())
	}
	// Neo4j 5.26 runs on Java 17 (or 21): the JDK scripts/neo4j-local uses first.
	cands, _ := filepath.Glob("/usr/lib/jvm/java-17-openjdk-*/bin/java")
	if h := os.Getenv("JAVA_HOME"); h != "" {
		cands = append(cands, filepath.Join(h, "bin", "java"))
	}
	if p, err := exec.LookPath("java"); err == nil {
		cands = append(cands, p)
	}
	java := ""
	for _, c := range cands {
		if fi, err := os.Stat(c); err == nil && !fi.IsDir() {
			java = c
			break
		}
	}
	if java == "" {
		missing("no java")
	}
	return []string{java, "-Xmx512m", "-cp", strings.TrimSpace(string(cp)), "org.neo4j.cli.AdminTool"}
}

// TestCSVImportsWithNeo4jAdmin runs the real `neo4j-admin database import
// full` on the CSV export (with the options import.sh gives) and checks it
// imports every node, relationship and property.
func TestCSVImportsWithNeo4jAdmin(t *testing.T) {
	admin := neo4jAdmin(t)
	g := fixtureGraph(t)
	g.node("Person", "person:hun-manet:XK").Props["aliases"] = []string{"Hun; Manet", "quote \" and, comma", "line\nbreak"}
	dir := t.TempDir()
	files, err := CSV(filepath.Join(dir, "csv"), g)
	if err != nil {
		t.Fatal(err)
	}
	home := filepath.Join(dir, "home")
	if err := os.MkdirAll(filepath.Join(home, "conf"), 0o755); err != nil {
		t.Fatal(err)
	}
	args := append(admin[1:], "database", "import", "full", "--max-off-heap-memory=256m", "--threads=2")
	for _, n := range files.Nodes {
		args = append(args, "--nodes="+n)
	}
	for _, r := range files.Relationships {
		args = append(args, "--relationships="+r)
	}
	args = append(args, "--array-delimiter="+strings.Trim(delimiterFlag(files.ArrayDelimiter), "'"),
		"--multiline-fields="+strconv.FormatBool(files.Multiline), "neo4j")
	cmd := exec.Command(admin[0], args...)
	cmd.Dir = filepath.Join(dir, "csv")
	cmd.Env = append(os.Environ(), "NEO4J_HOME="+home, "NEO4J_CONF="+filepath.Join(home, "conf"))
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("neo4j-admin database import: %v\n%s", err, tail(string(out)))
	}
	m := regexp.MustCompile(`Imported:\s+(\d+) nodes\s+(\d+) relationships\s+(\d+) properties`).FindStringSubmatch(string(out))
	if m == nil {
		t.Fatalf("no import summary:\n%s", tail(string(out)))
	}
	props := 0
	for _, n := range g.Nodes {
		props += countProps(n.Props)
	}
	for _, r := range g.Rels {
		props += countProps(r.Props)
	}
	want := []string{strconv.Itoa(len(g.Nodes)), strconv.Itoa(len(g.Rels)), strconv.Itoa(props)}
	if m[1] != want[0] || m[2] != want[1] || m[3] != want[2] {
		t.Errorf("imported %s nodes, %s relationships, %s properties; the graph has %s, %s, %s", m[1], m[2], m[3], want[0], want[1], want[2])
	}
}

// countProps counts the properties an import stores: empty lists are empty
// fields, which set nothing.
func countProps(p map[string]any) int {
	n := 0
	for _, v := range p {
		if l, ok := v.([]string); ok && len(l) == 0 {
			continue
		}
		if v != nil {
			n++
		}
	}
	return n
}

func tail(s string) string {
	if len(s) > 3000 {
		return "..." + s[len(s)-3000:]
	}
	return s
}

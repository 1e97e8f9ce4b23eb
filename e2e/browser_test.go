package e2e

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/dyadgraph/dyad/browser"
	"github.com/dyadgraph/dyad/cookbook"
	"github.com/dyadgraph/dyad/export"
)

var updateScreenshot = flag.Bool("update", false, "write the screenshot to docs/browser.png")

const password = "dyad-dev-password"

// repoRoot is the repository, one level up from this package.
func repoRoot(t *testing.T) string {
	t.Helper()
	abs, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	return abs
}

func freePort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// startNeo4j starts a Neo4j of its own with scripts/neo4j-local (its own
// folder and ports, so the shared development server and its data are not
// touched) and stops it when t ends.
func startNeo4j(t *testing.T, repo string) (bolt, httpPort int) {
	t.Helper()
	bolt, httpPort = freePort(t), freePort(t)
	env := append(os.Environ(),
		"NEO4J_LOCAL_DIR="+t.TempDir(),
		fmt.Sprintf("NEO4J_BOLT_PORT=%d", bolt),
		fmt.Sprintf("NEO4J_HTTP_PORT=%d", httpPort),
		"NEO4J_HEAP=512m", "NEO4J_PAGECACHE=64m",
		"DYAD_NEO4J_PASSWORD="+password)
	script := filepath.Join(repo, "scripts", "neo4j-local")
	start := exec.Command(script, "start")
	start.Env = env
	if out, err := start.CombinedOutput(); err != nil {
		t.Fatalf("scripts/neo4j-local start: %v\n%s", err, out)
	}
	t.Cleanup(func() {
		stop := exec.Command(script, "stop")
		stop.Env = env
		if out, err := stop.CombinedOutput(); err != nil {
			t.Errorf("scripts/neo4j-local stop: %v\n%s", err, out)
		}
	})
	return bolt, httpPort
}

// dyad builds the command and runs it against the Neo4j at bolt.
func dyad(t *testing.T, repo string, bolt int, args ...string) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "dyad")
	build := exec.Command("go", "build", "-o", bin, "./cmd/dyad")
	build.Dir = repo
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	cmd := exec.Command(bin, args...)
	cmd.Dir = repo
	cmd.Env = append(os.Environ(), fmt.Sprintf("NEO4J_URI=bolt://127.0.0.1:%d", bolt), "NEO4J_USERNAME=neo4j",
		"NEO4J_PASSWORD="+password, "NEO4J_DATABASE=neo4j", "DYAD_LOG_LEVEL=warn")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("dyad %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return string(out)
}

// postConnectSetting reads the server's browser.post_connect_cmd ("" when unset).
func postConnectSetting(t *testing.T, ctx context.Context, bolt int) string {
	t.Helper()
	d, err := neo4j.NewDriverWithContext(fmt.Sprintf("bolt://127.0.0.1:%d", bolt), neo4j.BasicAuth("neo4j", password, ""))
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close(context.Background())
	res, err := neo4j.ExecuteQuery(ctx, d, "CALL dbms.listConfig('browser.post_connect_cmd') YIELD name, value RETURN value",
		nil, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase("system"))
	if err != nil {
		t.Fatalf("reading browser.post_connect_cmd: %v", err)
	}
	for _, r := range res.Records {
		if v, ok := r.Values[0].(string); ok {
			return v
		}
	}
	return ""
}

// run types a command into Browser's editor and runs it (Ctrl+Enter).
func run(c *chrome, command string) {
	c.t.Helper()
	c.waitFor("the editor", `document.querySelector('[data-testid="activeEditor"] textarea')`, 30*time.Second)
	c.eval(`document.querySelector('[data-testid="activeEditor"] textarea').focus()`)
	c.typeText(command)
	c.key("Enter", 13, 2)
}

// frames counts Browser's result frames.
const framesJS = `document.querySelectorAll('[data-testid="frame"]').length`

// TestBrowserShowsTheSampleGraph opens Neo4j Browser (served by the local
// Neo4j) in headless Chromium, logs in, applies dyad's style the way
// browser.post_connect_cmd does, runs the country-pair-graph cookbook
// query on the ingested sample articles and checks the graph is drawn in
// dyad's colours. With -update it saves the screenshot as docs/browser.png.
//
// It needs DYAD_E2E=1, Debian's chromium (or DYAD_CHROMIUM) and what
// scripts/neo4j-local needs; it starts a Neo4j of its own.
func TestBrowserShowsTheSampleGraph(t *testing.T) {
	if os.Getenv("DYAD_E2E") != "1" {
		t.Skip("end-to-end Browser test: set DYAD_E2E=1 (needs chromium and scripts/neo4j-local)")
	}
	exe := os.Getenv("DYAD_CHROMIUM")
	if exe == "" {
		exe = "/usr/bin/chromium"
	}
	if _, err := os.Stat(exe); err != nil {
		t.Fatalf("DYAD_E2E=1 but no chromium at %s (apt-get install chromium, or set DYAD_CHROMIUM): %v", exe, err)
	}
	repo := repoRoot(t)
	var bolt, httpPort int
	if b, h := os.Getenv("DYAD_E2E_BOLT_PORT"), os.Getenv("DYAD_E2E_HTTP_PORT"); b != "" && h != "" {
		// A server started by hand (e.g. with browser.post_connect_cmd set);
		// the sample articles are ingested into it.
		var err1, err2 error
		bolt, err1 = strconv.Atoi(b)
		httpPort, err2 = strconv.Atoi(h)
		if err1 != nil || err2 != nil {
			t.Fatalf("DYAD_E2E_BOLT_PORT=%q DYAD_E2E_HTTP_PORT=%q: want port numbers", b, h)
		}
	} else {
		bolt, httpPort = startNeo4j(t, repo)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	if !httpOK(ctx, fmt.Sprintf("http://127.0.0.1:%d/browser/", httpPort)) {
		t.Fatalf("Neo4j Browser is not served at http://127.0.0.1:%d/browser/ (is the neo4j-browser jar on the classpath?)", httpPort)
	}
	t.Logf("neo4j up at bolt %d, http %d", bolt, httpPort)
	dyad(t, repo, bolt, "ingest", filepath.Join("testdata", "articles"))
	t.Log("sample articles ingested")

	c := startChrome(t, exe, 1400, 900)
	c.navigate(fmt.Sprintf("http://127.0.0.1:%d/browser/?dbms=bolt://neo4j@127.0.0.1:%d&db=neo4j&preselectAuthMethod=NATIVE", httpPort, bolt))
	c.waitFor("the login form", `document.querySelector('[data-testid="password"]')`, time.Minute)
	c.eval(`document.querySelector('[data-testid="password"]').focus()`)
	c.typeText(password)
	c.eval(`document.querySelector('[data-testid="connect"]').click()`)
	c.waitFor("the connection", `document.body.innerText.includes('You are connected as user')`, time.Minute)

	// The style: Browser runs the server's browser.post_connect_cmd on
	// connecting; when the server does not set it, the test runs the same
	// command (browser/post_connect_cmd.txt) itself.
	cmd, err := browser.PostConnectCommand()
	if err != nil {
		t.Fatal(err)
	}
	styleFrame := `[...document.querySelectorAll('[data-testid="frameCommand"]')].some(e => e.textContent.startsWith(':style'))`
	switch configured := postConnectSetting(t, ctx, bolt); configured {
	case cmd:
		c.waitFor("the style run by browser.post_connect_cmd", styleFrame, 30*time.Second)
		t.Log("the server's browser.post_connect_cmd applied dyad's style")
	case "":
		t.Log("the server has no browser.post_connect_cmd: running the style command by hand")
		run(c, ":"+cmd)
		c.waitFor("the style frame", styleFrame, 30*time.Second)
	default:
		t.Fatalf("the server's browser.post_connect_cmd is not browser/post_connect_cmd.txt:\n%.200s", configured)
	}
	if txt := c.text(); strings.Contains(txt, "Could not parse grass") {
		t.Fatalf("Browser refused the style:\n%s", txt)
	}

	q, err := cookbook.Get("country-pair-graph")
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"a", "b", "limit"} {
		param, _ := q.Param(p)
		raw := map[string]string{"a": "VN", "b": "KH", "limit": "8"}[p]
		v, err := param.Convert(raw)
		if err != nil {
			t.Fatal(err)
		}
		n := string(c.eval(framesJS))
		run(c, fmt.Sprintf(":param %s => %s", p, export.CypherValue(v)))
		c.waitFor(":param "+p, framesJS+` > `+n, 30*time.Second)
	}
	run(c, q.Cypher)
	c.waitFor("the graph", `document.querySelectorAll('svg .node').length > 0`, time.Minute)
	time.Sleep(3 * time.Second) // let the force layout settle before the picture
	// For the picture: no usage-statistics banner, the graph zoomed in.
	c.eval(`(() => { const s = [...document.querySelectorAll('span')].find(e => e.textContent.startsWith('To help make Neo4j Browser')); if (s) s.parentElement.style.display = 'none'; })()`)
	for range 1 {
		c.eval(`(() => { const b = document.querySelector('[aria-label="zoom-in"]'); if (b) b.click(); })()`)
		time.Sleep(500 * time.Millisecond)
	}
	time.Sleep(time.Second)

	var fills []string
	if err := json.Unmarshal(c.eval(`Array.from(document.querySelectorAll('svg .node circle')).map(c => (c.getAttribute('fill') || '').toUpperCase())`), &fills); err != nil {
		t.Fatal(err)
	}
	st, err := browser.ParseGrass(browser.GraSS)
	if err != nil {
		t.Fatal(err)
	}
	for _, label := range []string{"Person", "Event", "Organization"} {
		want, _ := st.Rule("node." + label).Get("color")
		if !slices.Contains(fills, strings.ToUpper(want)) {
			t.Errorf("no %s node drawn in dyad's colour %s; fills %v", label, want, fills)
		}
	}
	var captions []string
	if err := json.Unmarshal(c.eval(`Array.from(document.querySelectorAll('svg .relationship text')).map(t => t.textContent)`), &captions); err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(captions, "PARTICIPATED_IN") {
		t.Errorf("relationship captions %v lack PARTICIPATED_IN", captions)
	}

	shot := filepath.Join(t.TempDir(), "browser.png")
	if *updateScreenshot {
		shot = filepath.Join(repo, "docs", "browser.png")
		if err := os.MkdirAll(filepath.Dir(shot), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	c.screenshot(shot)
	if fi, err := os.Stat(shot); err != nil || fi.Size() < 10_000 {
		t.Errorf("screenshot %s: %v", shot, err)
	}
	t.Logf("screenshot: %s", shot)
}

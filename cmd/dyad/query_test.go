package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/spf13/cobra"

	"github.com/dyadgraph/dyad/cookbook"
	"github.com/dyadgraph/dyad/cookbook/cookbooktest"
	"github.com/dyadgraph/dyad/graph"
)

// researchRoot is the dyad command tree with query, export and stats, added
// here when root.go does not list them yet.
func researchRoot() *cobra.Command {
	root := newRootCommand()
	have := map[string]bool{}
	for _, c := range root.Commands() {
		have[c.Name()] = true
	}
	g := &globalOptions{}
	for name, mk := range map[string]func(*globalOptions) *cobra.Command{
		"query": newQueryCommand, "export": newExportCommand, "stats": newStatsCommand,
	} {
		if !have[name] {
			root.AddCommand(mk(g))
		}
	}
	return root
}

// runResearch runs a command line like main does.
func runResearch(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errOut bytes.Buffer
	root := researchRoot()
	root.SetArgs(args)
	root.SetOut(&out)
	root.SetErr(&errOut)
	root.SetIn(strings.NewReader(""))
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	err := root.ExecuteContext(ctx)
	if err != nil {
		printError(&errOut, err)
	}
	return out.String(), errOut.String(), exitCode(err)
}

func TestQueryWithoutDatabase(t *testing.T) {
	hermetic(t)
	out, errOut, code := runResearch(t, "query", "--list")
	if code != exitOK {
		t.Fatalf("--list: exit %d, stderr %s", code, errOut)
	}
	qs, err := cookbook.List()
	if err != nil {
		t.Fatal(err)
	}
	flat := strings.Join(strings.Fields(out), " ")
	for _, q := range qs {
		if !strings.Contains(out, q.Name+"\n  ") || !strings.Contains(flat, q.Name+" "+strings.Join(strings.Fields(q.Answers), " ")) {
			t.Errorf("--list lacks %s and its question", q.Name)
		}
		for _, p := range q.Params {
			if !strings.Contains(flat, strings.Join(strings.Fields(p.Usage()), " ")) {
				t.Errorf("--list lacks %s of %s", p.Usage(), q.Name)
			}
		}
	}
	for _, l := range strings.Split(out, "\n") {
		if len([]rune(l)) > 100 && !strings.Contains(l, "Example: dyad query") {
			t.Errorf("--list line longer than 100 characters: %q", l)
		}
	}
	if !strings.Contains(out, "  Example: dyad query meetings-between-countries -p a=VN -p b=KH -p from=2023-01-01 -p to=2023-12-31\n") ||
		!strings.Contains(out, "-p person='Pham Minh Chinh'") {
		t.Errorf("--list lacks the examples:\n%s", out)
	}
	out, _, code = runResearch(t, "query", "official-profile", "--show")
	q, _ := cookbook.Get("official-profile")
	if code != exitOK || out != q.Cypher {
		t.Errorf("--show: exit %d, output %q", code, out)
	}

	// Usage errors exit 2 before any connection (the URI points nowhere).
	t.Setenv("NEO4J_URI", "bolt://127.0.0.1:1")
	errorCases := []struct {
		name string
		args []string
		want []string
	}{
		{"nothing to run", []string{"query"}, []string{"give a query NAME, or --cypher"}},
		{"two modes", []string{"query", "fact-evidence", "--cypher", "RETURN 1"}, []string{"one of them"}},
		{"two names", []string{"query", "a", "b"}, []string{"one query name at most"}},
		{"unknown query", []string{"query", "meetings"}, []string{`unknown query "meetings"`, "meetings-between-countries", "dyad query --list"}},
		{"missing parameters", []string{"query", "meetings-between-countries", "-p", "a=VN"}, []string{"parameter $b", "missing parameter", "give --param b=VALUE"}},
		{"bad date", []string{"query", "meetings-between-countries", "-p", "a=VN", "-p", "b=KH", "-p", "from=2023"}, []string{"$from", "YYYY-MM-DD"}},
		{"unknown parameter", []string{"query", "official-profile", "-p", "person=x", "-p", "persn=y"}, []string{"$persn", "does not take it"}},
		{"bad assignment", []string{"query", "official-profile", "-p", "person"}, []string{"write key=value"}},
		{"bad format", []string{"query", "--list", "--format", "xml"}, []string{`--format "xml"`}},
		{"bad ad-hoc type", []string{"query", "--cypher", "RETURN $x", "-p", "x:long=1"}, []string{`unknown type "long"`}},
		{"bad file", []string{"query", "--file", "/nonexistent/q.cypher"}, []string{"/nonexistent/q.cypher"}},
	}
	for _, tt := range errorCases {
		t.Run("error/"+tt.name, func(t *testing.T) {
			out, errOut, code := runResearch(t, tt.args...)
			if code != exitFailed || out != "" {
				t.Errorf("exit %d, stdout %q; want 2 and nothing", code, out)
			}
			for _, w := range tt.want {
				if !strings.Contains(errOut, w) {
					t.Errorf("stderr %q lacks %q", errOut, w)
				}
			}
		})
	}
}

func TestQueryDatabaseUnavailable(t *testing.T) {
	hermetic(t)
	t.Setenv("NEO4J_URI", "bolt://127.0.0.1:1")
	t.Setenv("NEO4J_PASSWORD", "s3cret-pw")
	for _, args := range [][]string{{"query", "find-entity", "-p", "text=x"}, {"stats"}, {"export", "--format", "jsonl"}} {
		out, errOut, code := runResearch(t, args...)
		if code != exitFailed || out != "" || !strings.Contains(errOut, "127.0.0.1:1") || strings.Contains(errOut, "s3cret-pw") {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want 2 naming the URI, without the password", args, code, out, errOut)
		}
	}
}

// The cookbook fixture (XV, XK, XL) is loaded under a prefix; rows of other
// tests' data are left out by that prefix.
func TestQueryOnFixture(t *testing.T) {
	fx := cookbooktest.Load(t)
	cfg := neo4jConfig(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	query := func(t *testing.T, o queryOptions, args ...string) (string, error) {
		t.Helper()
		var out, errOut bytes.Buffer
		o.streams = streams{out: &out, errOut: &errOut}
		if o.format == "" {
			o.format = cookbook.FormatTable
		}
		err := runQuery(ctx, cfg, o, args)
		return out.String(), err
	}

	t.Run("cookbook query as csv", func(t *testing.T) {
		out, err := query(t, queryOptions{format: "csv", params: []string{"a=xv", "b=XK", "to=2024-01-31"}}, "meetings-between-countries")
		if err != nil {
			t.Fatal(err)
		}
		recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, r := range recs[1:] {
			if strings.HasPrefix(r[len(r)-1], fx.Prefix) {
				got = append(got, r[0]+" "+r[2]+" "+r[5]+"/"+r[6])
			}
		}
		want := []string{
			"2023-12-11 signing Phạm Minh Chính/Hun Manet",
			"2023-12-11 talks Phạm Minh Chính/Hun Manet",
			"2024-01-09 meeting Bùi Thanh Sơn/Sok Chenda Sophea",
		}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("rows:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	})

	t.Run("ad-hoc cypher with typed parameters as json", func(t *testing.T) {
		out, err := query(t, queryOptions{format: "json", cypher: "MATCH (p:Person {country: $c}) WHERE p.id STARTS WITH $prefix RETURN p.name AS name, p ORDER BY name",
			params: []string{"c:country=xv", "prefix=" + fx.Prefix}})
		if err != nil {
			t.Fatal(err)
		}
		var rows []struct {
			Name string `json:"name"`
			P    struct {
				Labels     []string       `json:"labels"`
				Properties map[string]any `json:"properties"`
			} `json:"p"`
		}
		if err := json.Unmarshal([]byte(out), &rows); err != nil {
			t.Fatalf("%v\n%s", err, out)
		}
		if len(rows) != 3 || rows[0].Name != "Bùi Thanh Sơn" || rows[2].Name != "Vương Đình Huệ" || rows[0].P.Labels[0] != "Person" || rows[0].P.Properties["country"] != "XV" {
			t.Errorf("rows = %+v", rows)
		}
	})

	t.Run("query file of one's own, as a table", func(t *testing.T) {
		file := filepath.Join(t.TempDir(), "ministers.cypher")
		src := "// name: ministers\n// answers: Who heads a ministry?\n// param: $prefix (string): id prefix\n" +
			"MATCH (p:Person)-[h:HOLDS_POSITION]->(o:Organization {kind: 'ministry'}) WHERE p.id STARTS WITH $prefix\nRETURN p.name AS minister, h.title AS title, o.country AS country ORDER BY country\n"
		if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		out, err := query(t, queryOptions{file: file, params: []string{"prefix=" + fx.Prefix}})
		if err != nil {
			t.Fatal(err)
		}
		want := `minister             title                        country
--------             -----                        -------
Sok Chenda Sophea    Minister of Foreign Affairs  XK
Saleumxay Kommasith  Minister of Foreign Affairs  XL
Bùi Thanh Sơn        Minister of Foreign Affairs  XV
(3 rows)
`
		if out != want {
			t.Errorf("table:\n%s\nwant:\n%s", out, want)
		}
	})

	t.Run("error/write refused", func(t *testing.T) {
		id := fx.Prefix + "person:written"
		_, err := query(t, queryOptions{cypher: "CREATE (p:Person {id: $id}) RETURN p", params: []string{"id=" + id}})
		if !errors.Is(err, cookbook.ErrWriteQuery) || exitCode(err) != exitFailed {
			t.Fatalf("err = %v; want ErrWriteQuery, exit 2", err)
		}
		d, derr := fx.Client.Dump(ctx, graph.DumpOptions{IDPrefix: id})
		if derr != nil || len(d.Nodes) != 0 {
			t.Errorf("the write went through: %v %v", d, derr)
		}
	})

	t.Run("error/syntax", func(t *testing.T) {
		_, err := query(t, queryOptions{cypher: "MATCH (n RETURN n"})
		if !errors.Is(err, cookbook.ErrCypher) || !strings.Contains(err.Error(), "SyntaxError") {
			t.Errorf("err = %v; want ErrCypher with the server's message", err)
		}
	})
}

func TestStatsOnFixture(t *testing.T) {
	cookbooktest.Load(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	var out, errOut bytes.Buffer
	err := runStats(ctx, neo4jConfig(t), statsOptions{streams: streams{out: &out, errOut: &errOut}, format: "table", top: 1000})
	if err != nil {
		t.Fatalf("%v\n%s", err, errOut.String())
	}
	for _, w := range []string{"Nodes per label", "Relationships per type", "Articles per language", "Articles per month of publication", "Top 1000 country pairs"} {
		if !strings.Contains(out.String(), w) {
			t.Errorf("stats lacks %q", w)
		}
	}
	out.Reset()
	if err := runStats(ctx, neo4jConfig(t), statsOptions{streams: streams{out: &out, errOut: &errOut}, format: "json", top: 1000}); err != nil {
		t.Fatal(err)
	}
	var rep struct {
		Pairs []struct {
			A      string `json:"country_a"`
			B      string `json:"country_b"`
			NameA  string `json:"name_a"`
			Events int    `json:"events"`
		} `json:"country_pairs"`
	}
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, p := range rep.Pairs {
		if p.A == "XK" && p.B == "XV" {
			found = p.NameA == "Cambodia" && p.Events == 4
		}
	}
	if !found {
		t.Errorf("no XK-XV pair with 4 events in %+v", rep.Pairs)
	}
	if code := exitCode(runStats(ctx, neo4jConfig(t), statsOptions{streams: streams{out: &out, errOut: &errOut}, format: "csv", top: 3})); code != exitFailed {
		t.Errorf("--format csv: exit %d", code)
	}
}

package cookbook_test

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dyadgraph/dyad/cookbook"
	"github.com/dyadgraph/dyad/cookbook/cookbooktest"
)

var update = flag.Bool("update", false, "rewrite the golden files of the cookbook integration test")

// queryCase runs one cookbook query on the fixture graph. Rows whose
// idColumn does not start with the test's prefix belong to other tests
// sharing the database and are dropped; the prefix is then removed from
// every cell, so golden files do not depend on it.
type queryCase struct {
	name     string // golden file: testdata/golden/<name>.txt
	query    string
	params   map[string]string
	idColumn string
	prefixed []string // params whose value is an id, given the prefix
}

// The fixture (testdata/articles.jsonl) mirrors real articles about
// Vietnam (XV), Cambodia (XK) and Laos (XL). The countries carry
// user-assigned ISO codes so that no other test's data matches the
// country filters.
var queryCases = []queryCase{
	{name: "meetings-XV-XK", query: "meetings-between-countries", params: map[string]string{"a": "XV", "b": "XK"}, idColumn: "event_id"},
	{name: "meetings-XV-XK-january-2024", query: "meetings-between-countries", params: map[string]string{"a": "xv", "b": "XK", "from": "2024-01-01", "to": "2024-01-31"}, idColumn: "event_id"},
	{name: "meetings-XV-XK-from-february-2024", query: "meetings-between-countries", params: map[string]string{"a": "XV", "b": "XK", "from": "2024-02-01"}, idColumn: "event_id"},
	{name: "meetings-XV-XL-late-december-2023", query: "meetings-between-countries", params: map[string]string{"a": "XV", "b": "XL", "from": "2023-12-20", "to": "2023-12-31"}, idColumn: "event_id"},
	{name: "meetings-XK-XL", query: "meetings-between-countries", params: map[string]string{"a": "XK", "b": "XL"}, idColumn: "event_id"},
	{name: "meetings-XK-XL-2024", query: "meetings-between-countries", params: map[string]string{"a": "XK", "b": "XL", "from": "2024-01-01"}, idColumn: "event_id"},
	{name: "timeline-XV-XK", query: "country-pair-timeline", params: map[string]string{"a": "XV", "b": "XK"}, idColumn: "id"},
	{name: "timeline-XV-XL", query: "country-pair-timeline", params: map[string]string{"a": "XV", "b": "XL"}, idColumn: "id"},
	{name: "timeline-XV-XL-2023", query: "country-pair-timeline", params: map[string]string{"a": "XV", "b": "XL", "to": "2023-12-31"}, idColumn: "id"},
	{name: "graph-XV-XL", query: "country-pair-graph", params: map[string]string{"a": "XV", "b": "XL"}, idColumn: "event_id"},
	{name: "graph-XV-XK-first", query: "country-pair-graph", params: map[string]string{"a": "XV", "b": "XK", "limit": "1"}, idColumn: "event_id"},
	{name: "profile-pham-minh-chinh", query: "official-profile", params: map[string]string{"person": "person:pham-minh-chinh:XV"}, prefixed: []string{"person"}},
	{name: "counterparts-government-XV", query: "institution-counterparts", params: map[string]string{"org": "org:government:XV"}, idColumn: "counterpart_id", prefixed: []string{"org"}},
	{name: "agreements-XV-XK", query: "agreements-by-country-pair", params: map[string]string{"a": "XV", "b": "XK"}, idColumn: "id"},
	{name: "agreements-XL-XV", query: "agreements-by-country-pair", params: map[string]string{"a": "XL", "b": "XV"}, idColumn: "id"},
	{name: "agreements-XV-XL-2023", query: "agreements-by-country-pair", params: map[string]string{"a": "XV", "b": "XL", "year": "2023"}, idColumn: "id"},
	{name: "most-active-XV", query: "most-active-officials", params: map[string]string{"country": "XV"}, idColumn: "id"},
	{name: "most-active-XK-top-1", query: "most-active-officials", params: map[string]string{"country": "XK", "limit": "1"}, idColumn: "id"},
	{name: "path-pham-minh-chinh-bui-thanh-son", query: "shortest-path-between-officials", params: map[string]string{"person_a": "person:pham-minh-chinh:XV", "person_b": "person:bui-thanh-son:XV"}, prefixed: []string{"person_a", "person_b"}},
	{name: "path-pham-minh-chinh-hun-manet", query: "shortest-path-between-officials", params: map[string]string{"person_a": "person:pham-minh-chinh:XV", "person_b": "person:hun-manet:XK"}, prefixed: []string{"person_a", "person_b"}},
	{name: "evidence-pham-minh-chinh", query: "fact-evidence", params: map[string]string{"entity": "person:pham-minh-chinh:XV"}, idColumn: "article_id", prefixed: []string{"entity"}},
	{name: "evidence-party-to-G1", query: "fact-evidence", params: map[string]string{"entity": "agreement:mou:border-trade:XV-XK", "type": "party_to"}, idColumn: "article_id", prefixed: []string{"entity"}},
	{name: "network-XV", query: "co-participation-network", params: map[string]string{"country": "XV"}, idColumn: "id_a"},
	{name: "network-XK-cross-border-2", query: "co-participation-network", params: map[string]string{"country": "XK", "cross_border": "true", "min_events": "2"}, idColumn: "id_a"},
	{name: "institutions-XV", query: "institutions-per-country", params: map[string]string{"country": "XV"}},
	{name: "events-in-XL", query: "events-by-place", params: map[string]string{"place": "XL"}, idColumn: "event_id"},
	{name: "events-in-ha-noi", query: "events-by-place", params: map[string]string{"place": "loc:XV:ha-noi"}, idColumn: "event_id", prefixed: []string{"place"}},
	{name: "articles-without-events-vi", query: "articles-without-events", params: map[string]string{"lang": "vi"}, idColumn: "article_id"},
	{name: "find-ministries", query: "find-entity", params: map[string]string{"text": "org:ministry:"}, idColumn: "id", prefixed: []string{"text"}},
	{name: "find-locations", query: "find-entity", params: map[string]string{"text": "loc:", "label": "location"}, idColumn: "id", prefixed: []string{"text"}},
}

func TestCookbookQueriesOnFixture(t *testing.T) {
	fx := cookbooktest.Load(t)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	prefix, session := fx.Prefix, fx.Session

	all, err := cookbook.List()
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range all {
		if !slices.ContainsFunc(queryCases, func(c queryCase) bool { return c.query == q.Name }) {
			t.Errorf("query %s has no integration test case", q.Name)
		}
	}

	for _, tc := range queryCases {
		t.Run(tc.name, func(t *testing.T) {
			q, err := cookbook.Get(tc.query)
			if err != nil {
				t.Fatal(err)
			}
			values := map[string]string{}
			for k, v := range tc.params {
				if slices.Contains(tc.prefixed, k) {
					v = prefix + v
				}
				values[k] = v
			}
			params, err := q.Bind(values)
			if err != nil {
				t.Fatal(err)
			}
			start := time.Now()
			res, err := cookbook.Run(ctx, session, q.Cypher, params)
			t.Logf("%s: %s", tc.query, time.Since(start))
			if err != nil {
				t.Fatalf("run: %v", err)
			}
			res = withoutPrefix(ownRows(t, res, tc.idColumn, prefix), prefix)
			var b bytes.Buffer
			if err := res.WriteTable(&b, 0); err != nil {
				t.Fatal(err)
			}
			got := b.String()
			golden(t, filepath.Join("testdata", "golden", tc.name+".txt"), got)
		})
	}
}

// ownRows keeps the rows of this test's data.
func ownRows(t *testing.T, r *cookbook.Result, column, prefix string) *cookbook.Result {
	t.Helper()
	if column == "" {
		return r
	}
	i := slices.Index(r.Columns, column)
	if i < 0 {
		t.Fatalf("no column %q in %v", column, r.Columns)
	}
	out := &cookbook.Result{Columns: r.Columns}
	for _, row := range r.Rows {
		if s, _ := row[i].(string); strings.HasPrefix(s, prefix) {
			out.Rows = append(out.Rows, row)
		}
	}
	return out
}

// withoutPrefix renders every cell as text without the prefix.
func withoutPrefix(r *cookbook.Result, prefix string) *cookbook.Result {
	out := &cookbook.Result{Columns: r.Columns}
	for _, row := range r.Rows {
		cells := make([]any, len(row))
		for i, v := range row {
			cells[i] = strings.ReplaceAll(cookbook.Text(v), prefix, "")
		}
		out.Rows = append(out.Rows, cells)
	}
	return out
}

func golden(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs:\n--- got\n%s--- want\n%s", path, got, want)
	}
}

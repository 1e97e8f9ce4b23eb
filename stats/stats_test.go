package stats

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/dyadgraph/dyad/cookbook"
	"github.com/dyadgraph/dyad/cookbook/cookbooktest"
	"github.com/dyadgraph/dyad/export"
)

// TestCollect loads the fixture (3 countries, 7 articles) and checks the
// report counts it. Other tests share the database, so totals are checked
// as lower bounds and the XV/XK/XL pairs, which only the fixture has, exactly.
func TestCollect(t *testing.T) {
	fx := cookbooktest.Load(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	rep, err := Collect(ctx, fx.Session, Options{TopPairs: 1_000_000})
	if err != nil {
		t.Fatal(err)
	}
	g, errs := export.FromDocs(cookbooktest.Docs(t))
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	fixture := g.Counts()
	for _, key := range []string{"nodes", "relationships"} {
		s := rep.Section(key)
		if s == nil {
			t.Fatalf("no %s section", key)
		}
		names := export.Labels
		if key == "relationships" {
			names = export.RelTypes
		}
		if len(s.Result.Rows) != len(names) {
			t.Errorf("%s: %d rows, want one per name (%d)", key, len(s.Result.Rows), len(names))
		}
		for _, row := range s.Result.Rows {
			name, n := row[0].(string), row[1].(int64)
			if n < int64(fixture[name]) {
				t.Errorf("%s %s = %d, fewer than the fixture's %d", key, name, n, fixture[name])
			}
		}
	}
	langs := map[string]int64{}
	for _, row := range rep.Section("languages").Result.Rows {
		langs[row[0].(string)] = row[1].(int64)
	}
	if langs["en"] < 4 || langs["vi"] < 2 || langs["fr"] < 1 {
		t.Errorf("languages = %v; the fixture alone has en 4, vi 2, fr 1", langs)
	}
	months := map[string]int64{}
	for _, row := range rep.Section("months").Result.Rows {
		months[row[0].(string)] = row[1].(int64)
	}
	if months["2023-12"] < 3 || months["2024-01"] < 1 || months["2024-02"] < 1 || months["2024-03"] < 1 || months["(no date)"] < 1 {
		t.Errorf("months = %v", months)
	}
	last := rep.Section("months").Result.Rows
	if len(last) > 0 && last[len(last)-1][0] != "(no date)" {
		t.Errorf("undated articles not last: %v", last[len(last)-1])
	}

	want := map[string]string{
		"XK XV": "Cambodia Viet Nam 4 2023-12-11 2024-01-09",
		"XK XL": "Cambodia  2 2024-01-09 2024-01-09",
		"XL XV": " Viet Nam 2 2023-12-01 2024-01-09",
	}
	got := map[string]string{}
	for _, row := range rep.Section("country_pairs").Result.Rows {
		k := cookbook.Text(row[0]) + " " + cookbook.Text(row[2])
		if _, ok := want[k]; ok {
			got[k] = strings.Join([]string{cookbook.Text(row[1]), cookbook.Text(row[3]), cookbook.Text(row[4]), cookbook.Text(row[5]), cookbook.Text(row[6])}, " ")
		}
	}
	for k, w := range want {
		if got[k] != w {
			t.Errorf("pair %s = %q, want %q", k, got[k], w)
		}
	}

	var b bytes.Buffer
	if err := rep.Write(&b, "table"); err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"Nodes per label\n\nname", "Articles per month of publication", "country_a  name_a"} {
		if !strings.Contains(b.String(), w) {
			t.Errorf("table output lacks %q:\n%s", w, b.String())
		}
	}
}

func TestWrite(t *testing.T) {
	rep := &Report{Sections: []Section{
		{Key: "nodes", Title: "Nodes per label", Result: &cookbook.Result{Columns: []string{"name", "count"}, Rows: [][]any{{"Person", int64(8)}, {"Event", int64(6)}}}},
		{Key: "languages", Title: "Articles per language", Result: &cookbook.Result{Columns: []string{"lang", "articles"}, Rows: [][]any{{"vi", int64(2)}}}},
	}}
	var b bytes.Buffer
	if err := rep.Write(&b, "table"); err != nil {
		t.Fatal(err)
	}
	want := `Nodes per label

name    count
----    -----
Person  8
Event   6
(2 rows)

Articles per language

lang  articles
----  --------
vi    2
(1 row)
`
	if b.String() != want {
		t.Errorf("table:\n%s\nwant:\n%s", b.String(), want)
	}
	b.Reset()
	if err := rep.Write(&b, "json"); err != nil {
		t.Fatal(err)
	}
	var obj map[string][]map[string]any
	if err := json.Unmarshal(b.Bytes(), &obj); err != nil {
		t.Fatalf("json: %v\n%s", err, b.String())
	}
	if len(obj["nodes"]) != 2 || obj["nodes"][0]["name"] != "Person" || obj["nodes"][0]["count"] != float64(8) {
		t.Errorf("json = %v", obj)
	}
	if err := rep.Write(&b, "csv"); err == nil || !strings.Contains(err.Error(), "table, json") {
		t.Errorf("Write(csv) = %v", err)
	}
}

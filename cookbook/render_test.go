package cookbook

import (
	"bytes"
	"encoding/json"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
)

func sampleResult() *Result {
	pmc := dbtype.Node{ElementId: "4:x:1", Labels: []string{"Person"}, Props: map[string]any{"id": "person:pmc:VN", "name": "Phạm Minh Chính"}}
	gov := dbtype.Node{ElementId: "4:x:2", Labels: []string{"Organization"}, Props: map[string]any{"id": "org:gov:VN", "name": "Government of Viet Nam"}}
	ev := dbtype.Node{ElementId: "4:x:3", Labels: []string{"Event"}, Props: map[string]any{"id": "event:e1", "name": "Talks"}}
	holds := dbtype.Relationship{ElementId: "5:x:1", StartElementId: "4:x:1", EndElementId: "4:x:2", Type: "HOLDS_POSITION", Props: map[string]any{"title": "Thủ tướng"}}
	part := dbtype.Relationship{ElementId: "5:x:2", StartElementId: "4:x:1", EndElementId: "4:x:3", Type: "PARTICIPATED_IN"}
	// A path walked against the direction of its second relationship.
	path := dbtype.Path{Nodes: []dbtype.Node{gov, pmc, ev}, Relationships: []dbtype.Relationship{holds, part}}
	day := dbtype.Date(time.Date(2023, 12, 11, 0, 0, 0, 0, time.UTC))
	return &Result{
		Columns: []string{"who", "n", "when", "names", "path", "note"},
		Rows: [][]any{
			{pmc, int64(3), day, []any{"Hun Manet", "Sonexay Siphandone"}, path, "line one\nline two"},
			{holds, 0.5, nil, []any{}, nil, strings.Repeat("x", 30)},
			// Decomposed (NFD) Vietnamese must align like its NFC form.
			{"Ha\u0300 Nô\u0323i", true, "2023-12", []any{[]any{"a", "b"}, "c"}, map[string]any{"k": int64(1), "a": "z"}, ""},
		},
	}
}

func TestWriteTable(t *testing.T) {
	var b bytes.Buffer
	if err := sampleResult().WriteTable(&b, 20); err != nil {
		t.Fatal(err)
	}
	want := "" +
		"who                   n     when        names                 path                  note\n" +
		"---                   ---   ----        -----                 ----                  ----\n" +
		"Phạm Minh Chính (:P…  3     2023-12-11  Hun Manet; Sonexay …  Government of Viet …  line one line two\n" +
		"[:HOLDS_POSITION Th…  0.5                                                           xxxxxxxxxxxxxxxxxxx…\n" +
		"Hà Nội                true  2023-12     [a; b]; c             {a: z, k: 1}\n" +
		"(3 rows)\n"
	if got := b.String(); got != want {
		t.Errorf("table:\n%s\nwant:\n%s", got, want)
	}
	var one bytes.Buffer
	(&Result{Columns: []string{"a"}, Rows: [][]any{{int64(1)}}}).WriteTable(&one, 0)
	if !strings.HasSuffix(one.String(), "(1 row)\n") {
		t.Errorf("one row: %q", one.String())
	}
}

func TestText(t *testing.T) {
	r := sampleResult()
	tests := []struct {
		name string
		v    any
		want string
	}{
		{"node", r.Rows[0][0], "Phạm Minh Chính (:Person)"},
		{"relationship with title", r.Rows[1][0], "[:HOLDS_POSITION Thủ tướng]"},
		{"path with directions", r.Rows[0][4], "Government of Viet Nam <-[:HOLDS_POSITION Thủ tướng]- Phạm Minh Chính -[:PARTICIPATED_IN]-> Talks"},
		{"date", r.Rows[0][2], "2023-12-11"},
		{"null", nil, ""},
		{"float", 0.5, "0.5"},
		{"node without name", dbtype.Node{Labels: []string{"Article"}, Props: map[string]any{"title": "T"}}, "T (:Article)"},
		{"duration", dbtype.Duration{Days: 3}, "P0M3DT0S"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Text(tt.v); got != tt.want {
				t.Errorf("Text = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestWriteCSV(t *testing.T) {
	var b bytes.Buffer
	if err := sampleResult().WriteCSV(&b); err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitN(b.String(), "\n", 2)
	if lines[0] != "who,n,when,names,path,note" {
		t.Errorf("header %q", lines[0])
	}
	for _, w := range []string{`"line one` + "\n" + `line two"`, "Hun Manet; Sonexay Siphandone", "Hà Nội", strings.Repeat("x", 30)} {
		if !strings.Contains(b.String(), w) {
			t.Errorf("CSV lacks %q:\n%s", w, b.String())
		}
	}
}

func TestWriteJSON(t *testing.T) {
	r := sampleResult()
	r.Rows[1][1] = math.Inf(1)
	var b bytes.Buffer
	if err := r.WriteJSON(&b); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	if !strings.HasPrefix(out, "[\n{\"who\":") {
		t.Errorf("keys not in column order: %s", out)
	}
	var rows []map[string]any
	if err := json.Unmarshal(b.Bytes(), &rows); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if len(rows) != 3 {
		t.Fatalf("%d rows", len(rows))
	}
	who := rows[0]["who"].(map[string]any)
	if who["labels"].([]any)[0] != "Person" || who["properties"].(map[string]any)["name"] != "Phạm Minh Chính" {
		t.Errorf("node = %v", who)
	}
	if rows[0]["when"] != "2023-12-11" || rows[1]["n"] != "+Inf" {
		t.Errorf("when = %v, n = %v", rows[0]["when"], rows[1]["n"])
	}
	path := rows[0]["path"].(map[string]any)
	rel := path["relationships"].([]any)[0].(map[string]any)
	if rel["start"] != "person:pmc:VN" || rel["end"] != "org:gov:VN" || rel["type"] != "HOLDS_POSITION" {
		t.Errorf("path relationship = %v", rel)
	}
	var empty bytes.Buffer
	(&Result{Columns: []string{"a"}}).WriteJSON(&empty)
	if empty.String() != "[]\n" {
		t.Errorf("empty = %q", empty.String())
	}
	if err := r.Write(&empty, "xml", 0); err == nil || !strings.Contains(err.Error(), "table, csv, json") {
		t.Errorf("Write(xml) = %v", err)
	}
}

package export

import (
	"bytes"
	"encoding/csv"
	"encoding/xml"
	"errors"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/dyadgraph/dyad/facts"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
)

// fixtureDocs reads the cookbook's fixture articles (seven docs mirroring
// real Vietnamese, French and English reports).
func fixtureDocs(t testing.TB) []*facts.Doc {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "cookbook", "testdata", "articles.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r := facts.NewReader(f)
	var docs []*facts.Doc
	for {
		d, err := r.Next()
		if errors.Is(err, io.EOF) {
			return docs
		}
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
}

func fixtureGraph(t testing.TB) *Graph {
	t.Helper()
	g, errs := FromDocs(fixtureDocs(t))
	if len(errs) > 0 {
		t.Fatalf("FromDocs: %v", errs)
	}
	return g
}

func (g *Graph) node(label, id string) *Node {
	for i := range g.Nodes {
		if g.Nodes[i].Label == label && g.Nodes[i].ID == id {
			return &g.Nodes[i]
		}
	}
	return nil
}

func (g *Graph) rel(typ, from, to string) *Rel {
	for i := range g.Rels {
		if g.Rels[i].Type == typ && g.Rels[i].From.ID == from && g.Rels[i].To.ID == to {
			return &g.Rels[i]
		}
	}
	return nil
}

func TestFromDocs(t *testing.T) {
	g := fixtureGraph(t)
	if err := g.Check(); err != nil {
		t.Fatal(err)
	}
	want := map[string]int{
		"Article": 7, "Source": 7, "Person": 8, "Organization": 8, "Country": 2, "Location": 2, "Agreement": 2, "Event": 6,
		"OF": 7, "MENTIONED_IN": 42, "HOLDS_POSITION": 8, "PARTICIPATED_IN": 13, "HELD_IN": 5, "PARTY_TO": 4, "PART_OF": 1,
	}
	got := g.Counts()
	for k, n := range want {
		if got[k] != n {
			t.Errorf("%s: %d, want %d", k, got[k], n)
		}
	}

	pmc := g.node("Person", "person:pham-minh-chinh:XV")
	if pmc == nil {
		t.Fatal("no Phạm Minh Chính")
	}
	// Name: the greatest mention name ("Phạm" > "Pham"); aliases: every
	// mention name and alias, sorted.
	if pmc.Props["name"] != "Phạm Minh Chính" || pmc.Props["country"] != "XV" {
		t.Errorf("PMC props = %v", pmc.Props)
	}
	if a := pmc.Props["aliases"].([]string); !slices.Equal(a, []string{"Pham Minh Chinh", "Phạm Minh Chính", "Prime Minister Pham Minh Chinh", "Thủ tướng Phạm Minh Chính"}) {
		t.Errorf("PMC aliases = %q", a)
	}
	h := g.rel("HOLDS_POSITION", "person:pham-minh-chinh:XV", "org:government:XV")
	if h == nil {
		t.Fatal("no HOLDS_POSITION")
	}
	if h.Props["title"] != "Thủ tướng" || !slices.Equal(h.Props["titles"].([]string), []string{"Thủ tướng", "Prime Minister"}) ||
		!slices.Equal(h.Props["articles"].([]string), []string{"article:a1", "article:a6"}) {
		t.Errorf("HOLDS_POSITION props = %v", h.Props)
	}
	e2 := g.node("Event", "event:reception:--02-21:XV-XK")
	if e2.Props["date_text"] != "--02-21" || e2.Props["date_precision"] != "month-day" || e2.Props["date"] != nil {
		t.Errorf("E2 = %v", e2.Props)
	}
	e1 := g.node("Event", "event:talks:2023-12-11:XV-XK")
	if d, ok := e1.Props["date"].(dbtype.Date); !ok || time.Time(d).Format(time.DateOnly) != "2023-12-11" {
		t.Errorf("E1 date = %#v", e1.Props["date"])
	}
	a7 := g.node("Article", "article:a7")
	if a7.Props["published_text"] != "2024-03" || a7.Props["published_precision"] != "month" || a7.Props["published"] != nil {
		t.Errorf("a7 = %v", a7.Props)
	}
	if c := g.node("Country", "country:XK"); c.Props["code"] != "XK" {
		t.Errorf("country code = %v", c.Props)
	}
	m := g.rel("MENTIONED_IN", "person:pham-minh-chinh:XV", "article:a6")
	if m.Props["name"] != "Pham Minh Chinh" || m.Props["country"] != "XV" {
		t.Errorf("mention = %v", m.Props)
	}
}

func TestFromDocsRepeatsAndRejects(t *testing.T) {
	docs := fixtureDocs(t)
	// The same article read from a second source, and a source read again
	// with another article: the loader's rules.
	again := *docs[0]
	again.Article.Source = "mirror/a1.html"
	replaced := *docs[1]
	replaced.Article.Source = "a5.html" // a5.html now holds a6's text: a5 goes
	bad := *docs[2]
	bad.Article.ID = "article:bad"
	bad.Article.Source = "bad.html"
	bad.Entities = append([]facts.Entity{}, bad.Entities...)
	bad.Entities[0].Type = "Person`) DETACH DELETE (n"
	g, errs := FromDocs(append(docs, &again, &replaced, &bad))
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), `"bad.html"`) || !strings.Contains(errs[0].Error(), "unknown type") {
		t.Fatalf("errs = %v; want one naming bad.html", errs)
	}
	if a := g.node("Article", "article:a1"); !slices.Equal(a.Props["sources"].([]string), []string{"a1.html", "mirror/a1.html"}) {
		t.Errorf("a1 sources = %v", a.Props["sources"])
	}
	if g.node("Article", "article:a5") != nil {
		t.Errorf("a5 kept although its only source now holds another article")
	}
	if a := g.node("Article", "article:a6"); !slices.Equal(a.Props["sources"].([]string), []string{"a5.html", "a6.html"}) {
		t.Errorf("a6 sources = %v", a.Props["sources"])
	}
}

// TestDocsRoundTrip: the Docs rebuilt from a graph make the same graph.
func TestDocsRoundTrip(t *testing.T) {
	g := fixtureGraph(t)
	docs := g.Docs()
	if len(docs) != 7 {
		t.Fatalf("%d docs", len(docs))
	}
	for _, d := range docs {
		if err := d.Validate(); err != nil {
			t.Errorf("rebuilt doc invalid: %v", err)
		}
	}
	g2, errs := FromDocs(docs)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	if a, b := cypherText(t, g), cypherText(t, g2); a != b {
		t.Errorf("round trip changed the graph:\n%s", firstDiff(a, b))
	}
	var b bytes.Buffer
	if err := JSONL(&b, g); err != nil {
		t.Fatal(err)
	}
	r := facts.NewReader(&b)
	n := 0
	for {
		_, err := r.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("jsonl line: %v", err)
		}
		n++
	}
	if n != 7 {
		t.Errorf("%d jsonl lines", n)
	}
}

func cypherText(t testing.TB, g *Graph) string {
	t.Helper()
	var b bytes.Buffer
	if err := Cypher(&b, g); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func firstDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := range min(len(al), len(bl)) {
		if al[i] != bl[i] {
			return "line " + strconv.Itoa(i+1) + ":\n  " + al[i] + "\n  " + bl[i]
		}
	}
	return "lengths differ: " + strconv.Itoa(len(al)) + " vs " + strconv.Itoa(len(bl))
}

// The GraphML is read back with encoding/xml and checked against the graph.
func TestGraphML(t *testing.T) {
	g := fixtureGraph(t)
	// Text that XML must escape, and a control character XML cannot hold.
	g.node("Person", "person:hun-manet:XK").Props["note"] = `<b>"Hun" & 'Manet'</b>` + "\x01"
	var b bytes.Buffer
	if err := GraphML(&b, g); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Keys []struct {
			ID   string `xml:"id,attr"`
			For  string `xml:"for,attr"`
			Name string `xml:"attr.name,attr"`
			Type string `xml:"attr.type,attr"`
		} `xml:"key"`
		Graph struct {
			EdgeDefault string `xml:"edgedefault,attr"`
			Nodes       []struct {
				ID   string `xml:"id,attr"`
				Data []struct {
					Key   string `xml:"key,attr"`
					Value string `xml:",chardata"`
				} `xml:"data"`
			} `xml:"node"`
			Edges []struct {
				Source string `xml:"source,attr"`
				Target string `xml:"target,attr"`
				Data   []struct {
					Key   string `xml:"key,attr"`
					Value string `xml:",chardata"`
				} `xml:"data"`
			} `xml:"edge"`
		} `xml:"graph"`
	}
	if err := xml.Unmarshal(b.Bytes(), &doc); err != nil {
		t.Fatalf("not XML: %v", err)
	}
	if doc.Graph.EdgeDefault != "directed" {
		t.Errorf("edgedefault %q", doc.Graph.EdgeDefault)
	}
	keys := map[string]string{} // id -> name
	for _, k := range doc.Keys {
		if _, dup := keys[k.ID]; dup {
			t.Errorf("key %s declared twice", k.ID)
		}
		keys[k.ID] = k.For + ":" + k.Name + ":" + k.Type
	}
	for _, want := range []string{"node:labels:string", "node:label:string", "node:name:string", "node:aliases:string", "node:date:string", "edge:label:string", "edge:evidence:string"} {
		if !slices.Contains(slices.Collect(mapValues(keys)), want) {
			t.Errorf("no key %s in %v", want, keys)
		}
	}
	counts := map[string]int{}
	nodeIDs := map[string]bool{}
	var hunManet map[string]string
	for _, n := range doc.Graph.Nodes {
		nodeIDs[n.ID] = true
		data := map[string]string{}
		for _, d := range n.Data {
			name, ok := keys[d.Key]
			if !ok || !strings.HasPrefix(name, "node:") {
				t.Fatalf("node %s uses undeclared key %s", n.ID, d.Key)
			}
			data[strings.Split(name, ":")[1]] = d.Value
		}
		counts[data["labels"]]++
		if data["id"] == "person:hun-manet:XK" {
			hunManet = data
		}
	}
	for _, e := range doc.Graph.Edges {
		if !nodeIDs[e.Source] || !nodeIDs[e.Target] {
			t.Errorf("edge %s -> %s to an unknown node", e.Source, e.Target)
		}
		for _, d := range e.Data {
			if name := keys[d.Key]; strings.HasSuffix(name, ":label:string") && strings.HasPrefix(name, "edge:") {
				counts[d.Value]++
			}
		}
	}
	want := g.Counts()
	for k, n := range want {
		if counts[k] != n {
			t.Errorf("GraphML has %d %s, graph %d", counts[k], k, n)
		}
	}
	if len(counts) != len(want) {
		t.Errorf("GraphML counts %v, graph %v", counts, want)
	}
	if hunManet["label"] != "Hun Manet" || hunManet["note"] != `<b>"Hun" & 'Manet'</b>`+"\uFFFD" || hunManet["aliases"] != "Hun Manet; Samdech Hun Manet" {
		t.Errorf("Hun Manet = %v", hunManet)
	}
}

func mapValues(m map[string]string) func(func(string) bool) {
	return func(yield func(string) bool) {
		for _, v := range m {
			if !yield(v) {
				return
			}
		}
	}
}

// adminHeader is the header grammar of neo4j-admin database import
// (operations manual, "Import: CSV header format"): <name>:<field_type>.
var (
	adminTypes    = `(?:int|long|float|double|boolean|byte|short|char|string|point|date|localtime|time|localdatetime|datetime|duration)(?:\[\])?`
	adminProperty = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*(?::` + adminTypes + `)?$`)
	adminID       = regexp.MustCompile(`^([A-Za-z_][A-Za-z0-9_]*)?:ID(?:\(([A-Za-z]+)\))?$`)
	adminStartEnd = regexp.MustCompile(`^:(START_ID|END_ID)(?:\(([A-Za-z]+)\))?$`)
)

func TestCSV(t *testing.T) {
	g := fixtureGraph(t)
	dir := t.TempDir()
	files, err := CSV(dir, g)
	if err != nil {
		t.Fatal(err)
	}
	if files.ArrayDelimiter != ';' || files.Multiline {
		t.Errorf("delimiter %q, multiline %v; want ';' and false", files.ArrayDelimiter, files.Multiline)
	}
	idSpaces := map[string]bool{}
	counts := map[string]int{}
	for _, name := range files.Nodes {
		header, rows := readCSV(t, filepath.Join(dir, name))
		ids, labels := 0, 0
		for i, h := range header {
			switch {
			case adminID.MatchString(h):
				ids++
				m := adminID.FindStringSubmatch(h)
				if m[1] != "id" || m[2] == "" {
					t.Errorf("%s: ID field %q: want id:ID(<label>)", name, h)
				}
				idSpaces[m[2]] = true
				for _, r := range rows {
					if r[i] == "" {
						t.Errorf("%s: empty id", name)
					}
				}
			case h == ":LABEL":
				labels++
				for _, r := range rows {
					counts[r[i]]++
				}
			case adminProperty.MatchString(h):
			default:
				t.Errorf("%s: header field %q is not in neo4j-admin's format", name, h)
			}
		}
		if ids != 1 || labels != 1 {
			t.Errorf("%s: %d ID and %d LABEL fields, want 1 and 1", name, ids, labels)
		}
	}
	for _, name := range files.Relationships {
		header, rows := readCSV(t, filepath.Join(dir, name))
		seen := map[string]int{}
		for i, h := range header {
			switch {
			case adminStartEnd.MatchString(h):
				m := adminStartEnd.FindStringSubmatch(h)
				seen[m[1]]++
				if !idSpaces[m[2]] {
					t.Errorf("%s: %s refers to id space %q that no node file defines", name, h, m[2])
				}
			case h == ":TYPE":
				seen["TYPE"]++
				for _, r := range rows {
					counts[r[i]]++
				}
			case strings.HasPrefix(h, ":"):
				t.Errorf("%s: unexpected field %q", name, h)
			case adminProperty.MatchString(h):
			default:
				t.Errorf("%s: header field %q is not in neo4j-admin's format", name, h)
			}
		}
		if seen["START_ID"] != 1 || seen["END_ID"] != 1 || seen["TYPE"] != 1 {
			t.Errorf("%s: fields %v, want one START_ID, END_ID and TYPE", name, seen)
		}
	}
	for k, n := range g.Counts() {
		if counts[k] != n {
			t.Errorf("CSV has %d %s, graph %d", counts[k], k, n)
		}
	}

	// Typed columns and arrays read back.
	header, rows := readCSV(t, filepath.Join(dir, "nodes-Person.csv"))
	col := func(name string) int { return slices.Index(header, name) }
	if col("aliases:string[]") < 0 || col("name") < 0 {
		t.Fatalf("Person header %v", header)
	}
	for _, r := range rows {
		if r[col("id:ID(Person)")] == "person:pham-minh-chinh:XV" {
			if got := strings.Split(r[col("aliases:string[]")], ";"); len(got) != 4 || got[1] != "Phạm Minh Chính" {
				t.Errorf("aliases field %q", r[col("aliases:string[]")])
			}
		}
	}
	header, _ = readCSV(t, filepath.Join(dir, "nodes-Event.csv"))
	if !slices.Contains(header, "date:date") || !slices.Contains(header, "date_text") {
		t.Errorf("Event header %v: want date:date and date_text", header)
	}
	script, err := os.ReadFile(filepath.Join(dir, files.Script))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range append(files.Nodes, files.Relationships...) {
		if !strings.Contains(string(script), f) {
			t.Errorf("import.sh does not name %s", f)
		}
	}
	if !strings.Contains(string(script), "neo4j-admin}\" database import full") || !strings.Contains(string(script), "--array-delimiter=';'") {
		t.Errorf("import.sh:\n%s", script)
	}
}

func TestCSVDelimiterAndMultiline(t *testing.T) {
	g := fixtureGraph(t)
	p := g.node("Person", "person:hun-manet:XK")
	p.Props["aliases"] = []string{"Hun; Manet", "line\nbreak"}
	dir := t.TempDir()
	files, err := CSV(dir, g)
	if err != nil {
		t.Fatal(err)
	}
	if files.ArrayDelimiter != '|' || !files.Multiline {
		t.Errorf("delimiter %q, multiline %v; want '|' and true", files.ArrayDelimiter, files.Multiline)
	}
	script, _ := os.ReadFile(filepath.Join(dir, files.Script))
	if !strings.Contains(string(script), "--array-delimiter='|'") || !strings.Contains(string(script), "--multiline-fields=true") {
		t.Errorf("import.sh:\n%s", script)
	}
	header, rows := readCSV(t, filepath.Join(dir, "nodes-Person.csv"))
	i := slices.Index(header, "aliases:string[]")
	found := false
	for _, r := range rows {
		if strings.Contains(r[i], "Hun; Manet") {
			found = true
			if got := strings.Split(r[i], "|"); !slices.Equal(got, []string{"Hun; Manet", "line\nbreak"}) {
				t.Errorf("aliases %q", got)
			}
		}
	}
	if !found {
		t.Error("aliases lost")
	}
	p.Props["aliases"] = []string{";", "|", "\x1f"}
	if _, err := CSV(t.TempDir(), g); err == nil || !strings.Contains(err.Error(), "array delimiter") {
		t.Errorf("CSV with every delimiter in values = %v", err)
	}
}

func readCSV(t *testing.T, path string) ([]string, [][]string) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return recs[0], recs[1:]
}

func TestCypherString(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain", `'plain'`},
		{"Phạm Minh Chính", `'Phạm Minh Chính'`},
		{`it's`, `'it\'s'`},
		{`back\slash`, `'back\\slash'`},
		{`\'`, `'\\\''`},
		{"a\nb\rc\td", `'a\nb\rc\td'`},
		{"x\x00y\x1fz\x7f", `'x\u0000y\u001Fz\u007F'`},
		{"line\u2028sep", `'line\u2028sep'`},
		{"bad \xff utf8", "'bad \uFFFD utf8'"},
		{`'}) MATCH (n) DETACH DELETE n //`, `'\'}) MATCH (n) DETACH DELETE n //'`},
		{`"double"`, `'"double"'`},
		{"", `''`},
	}
	for _, tt := range tests {
		if got := CypherString(tt.in); got != tt.want {
			t.Errorf("CypherString(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

func TestCypherScript(t *testing.T) {
	g := fixtureGraph(t)
	g.node("Person", "person:hun-manet:XK").Props["odd key"] = "x"
	s := cypherText(t, g)
	lines := strings.Split(strings.TrimSuffix(s, "\n"), "\n")
	merges := 0
	for _, l := range lines {
		switch {
		case strings.HasPrefix(l, "//"), l == ":begin", l == ":commit":
		case strings.HasSuffix(l, ";"):
			if strings.HasPrefix(l, "MERGE") || strings.HasPrefix(l, "MATCH") {
				merges++
			}
		default:
			t.Errorf("line is not a whole statement: %q", l)
		}
	}
	if merges != len(g.Nodes)+len(g.Rels) {
		t.Errorf("%d statements for %d nodes and %d relationships", merges, len(g.Nodes), len(g.Rels))
	}
	for _, w := range []string{
		"CREATE CONSTRAINT dyad_person_id IF NOT EXISTS",
		"MERGE (n:Person {id: 'person:hun-manet:XK'}) SET n += {aliases: ['Hun Manet', 'Samdech Hun Manet'], country: 'XK', name: 'Hun Manet', `odd key`: 'x'};",
		"date: date('2023-12-11')",
		"title: 'président de l\\'Assemblée nationale'",
		"MATCH (a:Person {id: 'person:pham-minh-chinh:XV'}) MATCH (b:Organization {id: 'org:government:XV'}) MERGE (a)-[r:HOLDS_POSITION]->(b) SET r += {articles: ['article:a1', 'article:a6']",
	} {
		if !strings.Contains(s, w) {
			t.Errorf("script lacks %s", w)
		}
	}
	bad := &Graph{Nodes: []Node{{Label: "Person) DETACH DELETE (x", ID: "p"}}}
	if err := Cypher(io.Discard, bad); err == nil || !strings.Contains(err.Error(), "not one of dyad's") {
		t.Errorf("Cypher with a foreign label = %v", err)
	}
}

// unquoteCypher reads back a literal CypherString wrote (for the fuzz test).
func unquoteCypher(s string) (string, bool) {
	if len(s) < 2 || s[0] != '\'' || s[len(s)-1] != '\'' {
		return "", false
	}
	body := []rune(s[1 : len(s)-1])
	var b strings.Builder
	for i := 0; i < len(body); i++ {
		r := body[i]
		switch {
		case r == '\'' || r == '\n' || r == '\r':
			return "", false // unescaped: the literal would end or break
		case r != '\\':
			b.WriteRune(r)
			continue
		}
		i++
		if i >= len(body) {
			return "", false
		}
		switch body[i] {
		case '\\':
			b.WriteByte('\\')
		case '\'':
			b.WriteByte('\'')
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		case 'b':
			b.WriteByte('\b')
		case 'f':
			b.WriteByte('\f')
		case 'u':
			if i+4 >= len(body) {
				return "", false
			}
			n, err := strconv.ParseUint(string(body[i+1:i+5]), 16, 32)
			if err != nil {
				return "", false
			}
			b.WriteRune(rune(n))
			i += 4
		default:
			return "", false
		}
	}
	return b.String(), true
}

func FuzzCypherString(f *testing.F) {
	for _, s := range []string{"", "it's", `\`, "a\nb", "'}) DETACH DELETE n //", "\u2028\x00\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		q := CypherString(s)
		got, ok := unquoteCypher(q)
		if !ok {
			t.Fatalf("CypherString(%q) = %s is not one well-formed literal", s, q)
		}
		// Each invalid byte becomes U+FFFD, as a []rune conversion does.
		if want := string([]rune(s)); got != want {
			t.Fatalf("round trip %q -> %s -> %q", s, q, got)
		}
		if strings.ContainsAny(q, "\n\r") {
			t.Fatalf("literal spans lines: %s", q)
		}
	})
}

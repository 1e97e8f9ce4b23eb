package graph

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dyadgraph/dyad/facts"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
	"go.uber.org/zap"
	"go.uber.org/zap/zaptest"
	"go.uber.org/zap/zaptest/observer"
)

func ptr(s string) *string { return &s }

// --- query generation -------------------------------------------------

func TestLabelsAndTypesComeFromClosedLists(t *testing.T) {
	ident := regexp.MustCompile(`^[A-Z][A-Za-z]*$`)
	relIdent := regexp.MustCompile(`^[A-Z][A-Z_]*$`)
	if len(entityLabels) != len(facts.EntityTypes) {
		t.Errorf("entityLabels has %d entries, facts.EntityTypes %d", len(entityLabels), len(facts.EntityTypes))
	}
	for _, typ := range facts.EntityTypes {
		l, ok := entityLabels[typ]
		if !ok || !ident.MatchString(l) {
			t.Errorf("entity type %q: label %q (ok=%v)", typ, l, ok)
		}
	}
	if len(relTypes) != len(facts.RelationTypes) {
		t.Errorf("relTypes has %d entries, facts.RelationTypes %d", len(relTypes), len(facts.RelationTypes))
	}
	for _, typ := range facts.RelationTypes {
		r, ok := relTypes[typ]
		if !ok || !relIdent.MatchString(r) {
			t.Errorf("relation type %q: type %q (ok=%v)", typ, r, ok)
		}
	}
}

// allQueries lists every statement text with a name.
func allQueries(q *queries) map[string]string {
	m := map[string]string{
		"prepare": q.prepare, "write": q.write, "stale": q.stale,
		"lockMentioned": q.lockMentioned, "retractFacts": q.retractFacts, "retractMentions": q.retractMentions,
		"deleteArticles":  q.deleteArticles,
		"dropUnmentioned": q.dropUnmentioned, "dropUnsupported": q.dropUnsupported, "recompute": q.recompute, "findArticles": q.findArticles,
		"lockExisting": q.lockExisting, "articleSources": q.articleSources,
		"dropOrphanSources": q.dropOrphanSources, "knownHashes": q.knownHashes,
		"deletePrefixNodes": q.deletePrefixNodes, "dumpNodes": q.dumpNodes, "dumpRelationships": q.dumpRelationships,
		"mentionedEntities": q.mentionedEntities, "lockEntities": q.lockEntities,
	}
	return m
}

func TestQueriesUseOnlyKnownIdentifiersAndParameters(t *testing.T) {
	q := buildQueries()
	allowed := map[string]bool{labelArticle: true, labelSource: true, relMentioned: true, relOf: true}
	for _, l := range entityLabels {
		allowed[l] = true
	}
	for _, r := range relTypes {
		allowed[r] = true
	}
	params := map[string]bool{"ids": true, "sources": true, "pairs": true, "articles": true, "entities": true,
		"relinked": true, "links": true, "relinks": true, "mentions": true, "texts": true, "eids": true, "rids": true, "key": true, "prefix": true}
	for _, r := range relTypes {
		params[r] = true        // the write statement's fact support, one list per type
		params["new_"+r] = true // and its new facts
	}
	labelRe := regexp.MustCompile(`[(\[]\w*:(\w+(?:\|\w+)*)`)
	paramRe := regexp.MustCompile(`\$(\w+)`)
	for name, s := range allQueries(q) {
		for _, m := range labelRe.FindAllStringSubmatch(s, -1) {
			for _, id := range strings.Split(m[1], "|") {
				if !allowed[id] {
					t.Errorf("%s: identifier %q is not from the closed lists", name, id)
				}
			}
		}
		for _, m := range paramRe.FindAllStringSubmatch(s, -1) {
			if !params[m[1]] {
				t.Errorf("%s: unexpected parameter $%s", name, m[1])
			}
		}
	}
	for _, l := range entityLabels {
		if !strings.Contains(q.prepare, "MERGE (e:"+l+" {id: row.id})") {
			t.Errorf("prepare does not merge the entities labelled %s", l)
		}
	}
	for _, r := range relTypes {
		if !strings.Contains(q.write, "MERGE (a)-[r:"+r+"]->(b)") {
			t.Errorf("write does not merge the facts of type %s", r)
		}
	}
	if !strings.Contains(factSupportQuery("HOLDS_POSITION"), "r.titles = nt") || strings.Contains(factSupportQuery("HELD_IN"), "titles") ||
		strings.Count(q.write, "r.titles = nt") != 1 {
		t.Error("only the HOLDS_POSITION facts carry titles")
	}
}

func TestQueriesAreBuiltOnce(t *testing.T) {
	a, b := allQueries(buildQueries()), allQueries(theQueries)
	if len(a) != len(b) {
		t.Fatalf("%d vs %d statements", len(a), len(b))
	}
	for k, v := range a {
		if b[k] != v {
			t.Errorf("%s differs between builds", k)
		}
	}
}

func TestSchemaStatements(t *testing.T) {
	stmts := SchemaStatements()
	want := []string{
		"CREATE CONSTRAINT dyad_person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE",
		"CREATE CONSTRAINT dyad_article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE",
		"CREATE CONSTRAINT dyad_source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE",
		"CREATE INDEX dyad_event_date IF NOT EXISTS FOR (n:Event) ON (n.date)",
		"CREATE INDEX dyad_article_content_hash IF NOT EXISTS FOR (n:Article) ON (n.content_hash)",
		"CREATE INDEX dyad_country_code IF NOT EXISTS FOR (n:Country) ON (n.code)",
	}
	for _, w := range want {
		if !slices.Contains(stmts, w) {
			t.Errorf("missing %q", w)
		}
	}
	for _, s := range stmts {
		if !strings.Contains(s, "IF NOT EXISTS") {
			t.Errorf("not idempotent: %q", s)
		}
	}
	if got := len(stmts); got != 2+len(entityLabels)+7 {
		t.Errorf("%d statements", got)
	}
}

func ExampleSchemaStatements() {
	for _, s := range SchemaStatements()[:2] {
		fmt.Println(s)
	}
	// Output:
	// CREATE CONSTRAINT dyad_article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE
	// CREATE CONSTRAINT dyad_source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE
}

// --- dates ------------------------------------------------------------

func TestPartialDate(t *testing.T) {
	day := func(y int, m time.Month, d int) any { return dbtype.Date(time.Date(y, m, d, 0, 0, 0, 0, time.UTC)) }
	tests := []struct {
		in        string
		native    any
		precision string
		wantErr   string
	}{
		{"2023-12-01", day(2023, 12, 1), facts.PrecisionDay, ""},
		{"2024-02-29", day(2024, 2, 29), facts.PrecisionDay, ""},
		{"2023-12", nil, facts.PrecisionMonth, ""},
		{"2023", nil, facts.PrecisionYear, ""},
		{"--02-21", nil, facts.PrecisionMonthDay, ""},
		{"--02-29", nil, facts.PrecisionMonthDay, ""},
		// error cases
		{"2023-02-29", nil, "", "not a calendar date"},
		{"2023-02-30", nil, "", "not a calendar date"},
		{"2023-13", nil, "", "not a calendar month"},
		{"--13-01", nil, "", "not a day of the year"},
		{"--04-31", nil, "", "not a day of the year"},
		{"23-12-01", nil, "", "not a partial ISO date"},
		{"2023-12-01T10:00:00Z", nil, "", "not a partial ISO date"},
		{"", nil, "", "not a partial ISO date"},
		{"1 décembre 2023", nil, "", "not a partial ISO date"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			native, prec, err := PartialDate(tt.in)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("PartialDate(%q) error = %v, want %q", tt.in, err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("PartialDate(%q): %v", tt.in, err)
			}
			if prec != tt.precision || native != tt.native {
				t.Errorf("PartialDate(%q) = %v, %q; want %v, %q", tt.in, native, prec, tt.native, tt.precision)
			}
		})
	}
}

func FuzzPartialDate(f *testing.F) {
	for _, s := range []string{"2023-12-01", "2023-12", "2023", "--02-21", "2023-02-30", "", "--99-99"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		native, prec, err := PartialDate(s)
		if err != nil {
			return
		}
		want, ferr := facts.DatePrecision(s)
		if ferr != nil || want != prec {
			t.Fatalf("PartialDate(%q) precision %q, facts says %q (%v)", s, prec, want, ferr)
		}
		if (native != nil) != (prec == facts.PrecisionDay) {
			t.Fatalf("PartialDate(%q): native %v with precision %q", s, native, prec)
		}
		if d, ok := native.(dbtype.Date); ok && d.String() != s {
			t.Fatalf("PartialDate(%q) native %s", s, d)
		}
	})
}

// --- rows -------------------------------------------------------------

func sampleDoc() *facts.Doc {
	return &facts.Doc{
		Article: facts.Article{ID: "article:1", Source: "a.html", Title: "T", Lang: "fr", Published: ptr("2023-12-01"), ContentHash: "h1"},
		Entities: []facts.Entity{
			{ID: "p:1", Type: facts.TypePerson, Name: "Trần Hồng Hà", Aliases: []string{"Tran Hong Ha", "", "Tran Hong Ha"}, Country: ptr("vn"), Evidence: "S1"},
			{ID: "o:1", Type: facts.TypeOrganization, Name: "Gouvernement", Kind: "government"},
			{ID: "e:1", Type: facts.TypeEvent, Name: "entretien", Kind: "meeting", Date: ptr("--01-08")},
			{ID: "p:1", Type: facts.TypePerson, Name: "Hà", Aliases: []string{"M. Hà"}},
		},
		Relations: []facts.Relation{
			{Type: facts.RelHoldsPosition, From: "p:1", To: "o:1", Title: "vice-Premier ministre", Evidence: "S1"},
			{Type: facts.RelHoldsPosition, From: "p:1", To: "o:1", Title: "ministre", Evidence: "S2"},
			{Type: facts.RelParticipatedIn, From: "p:1", To: "e:1", Evidence: "S3"},
		},
	}
}

func TestPrepareDoc(t *testing.T) {
	r, err := prepareDoc(sampleDoc())
	if err != nil {
		t.Fatal(err)
	}
	if r.article["published"] != dbtype.Date(time.Date(2023, 12, 1, 0, 0, 0, 0, time.UTC)) ||
		r.article["published_text"] != "2023-12-01" || r.article["published_precision"] != "day" {
		t.Errorf("article dates: %v", r.article)
	}
	if len(r.entities) != 3 {
		t.Fatalf("%d entity rows, want 3 (the repeated person merged)", len(r.entities))
	}
	p := r.entities[0]
	if p.label != "Person" || p.row["country"] != "VN" || p.row["name"] != "Trần Hồng Hà" || p.row["evidence"] != "S1" {
		t.Errorf("person row: %+v", p)
	}
	if got, want := p.row["aliases"], []string{"Hà", "M. Hà", "Tran Hong Ha"}; !slices.Equal(got.([]string), want) {
		t.Errorf("person aliases %q, want %q", got, want)
	}
	if e := r.entities[2]; e.label != "Event" || e.row["date"] != "--01-08" || e.row["kind"] != "meeting" {
		t.Errorf("event row: %+v", e)
	}
	if len(r.relations) != 2 {
		t.Fatalf("%d relation rows, want 2 (the repeated fact kept once)", len(r.relations))
	}
	if hp := r.relations[0]; hp.key != (relKey{"HOLDS_POSITION", "Person", "Organization"}) || hp.title != "vice-Premier ministre" || hp.evidence != "S1" {
		t.Errorf("HOLDS_POSITION row: %+v", hp)
	}
}

func TestPrepareDocErrors(t *testing.T) {
	tests := []struct {
		name   string
		modify func(d *facts.Doc)
		want   string
	}{
		{"unknown entity type", func(d *facts.Doc) { d.Entities[1].Type = "Dog" }, `entity "o:1": unknown type "Dog"`},
		{"label-like entity type", func(d *facts.Doc) { d.Entities[1].Type = "Person:Admin" }, `unknown type "Person:Admin"`},
		{"unknown relation type", func(d *facts.Doc) { d.Relations[0].Type = "KNOWS`]->() DETACH DELETE n //" }, "unknown type \"KNOWS`]->() DETACH DELETE n //\""},
		{"relation from unknown entity", func(d *facts.Doc) { d.Relations[2].From = "p:404" }, `from unknown entity "p:404"`},
		{"relation to unknown entity", func(d *facts.Doc) { d.Relations[2].To = "e:404" }, `to unknown entity "e:404"`},
		{"bad published date", func(d *facts.Doc) { d.Article.Published = ptr("2023-02-30") }, `published: "2023-02-30" is not a calendar date`},
		{"published not ISO", func(d *facts.Doc) { d.Article.Published = ptr("1er décembre") }, "published:"},
		{"bad entity date", func(d *facts.Doc) { d.Entities[2].Date = ptr("2024-13") }, `entity "e:1": date: "2024-13" is not a calendar month`},
		{"bad country", func(d *facts.Doc) { d.Entities[0].Country = ptr("Vietnam") }, `country "Vietnam" is not an ISO 3166-1 alpha-2 code`},
		{"empty entity id", func(d *facts.Doc) { d.Entities[1].ID = "" }, "entity 1 (\"Gouvernement\"): empty id"},
		{"empty entity name", func(d *facts.Doc) { d.Entities[1].Name = " " }, `entity "o:1": empty name`},
		{"entity with two types", func(d *facts.Doc) { d.Entities[3].Type = facts.TypeOrganization }, `entity "p:1" listed as both Person and Organization`},
		{"empty article id", func(d *facts.Doc) { d.Article.ID = "" }, "empty article id"},
		{"empty source", func(d *facts.Doc) { d.Article.Source = "" }, "empty source"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := sampleDoc()
			tt.modify(d)
			_, err := prepareDoc(d)
			if err == nil {
				t.Fatal("no error")
			}
			if !errors.Is(err, ErrInvalidDoc) {
				t.Errorf("error %v does not wrap ErrInvalidDoc", err)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q does not contain %q", err, tt.want)
			}
			if d.Article.ID != "" && !strings.Contains(err.Error(), `article "article:1"`) {
				t.Errorf("error %q does not name the article", err)
			}
		})
	}
	if _, err := prepareDoc(nil); !errors.Is(err, ErrInvalidDoc) {
		t.Errorf("nil doc: %v", err)
	}
}

func FuzzPrepareDoc(f *testing.F) {
	b, _ := json.Marshal(sampleDoc())
	f.Add(b)
	f.Add([]byte(`{"article":{"id":"a","source":"s"},"entities":[{"id":"x","type":"Person","name":"'}) //"}],"relations":[{"type":"PART_OF","from":"x","to":"x"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var d facts.Doc
		if json.Unmarshal(data, &d) != nil {
			return
		}
		r, err := prepareDoc(&d)
		if err != nil {
			if !errors.Is(err, ErrInvalidDoc) {
				t.Fatalf("error without ErrInvalidDoc: %v", err)
			}
			return
		}
		for _, e := range r.entities {
			if !strings.Contains(theQueries.prepare, "MERGE (e:"+e.label+" ") {
				t.Fatalf("entity row with label %q has no statement", e.label)
			}
		}
		for _, rel := range r.relations {
			if !strings.Contains(theQueries.write, "UNWIND $"+rel.key.typ+" AS ") {
				t.Fatalf("relation row %v has no statement", rel.key)
			}
		}
		// Whatever loads must build a batch without panicking.
		ds, srcs := dedupeDocs([]*docRows{r})
		buildBatch(ds, srcs)
	})
}

func TestDedupeDocs(t *testing.T) {
	d := func(id, src string) *docRows { return &docRows{id: id, source: src, article: map[string]any{"id": id}} }
	tests := []struct {
		name    string
		in      []*docRows
		ids     []string
		sources [][]string
	}{
		{"distinct", []*docRows{d("a", "s1"), d("b", "s2")}, []string{"a", "b"}, [][]string{{"s1"}, {"s2"}}},
		{"one article from two sources", []*docRows{d("a", "s2"), d("a", "s1")}, []string{"a"}, [][]string{{"s1", "s2"}}},
		{"same source read twice: last wins", []*docRows{d("a", "s1"), d("b", "s1")}, []string{"b"}, [][]string{{"s1"}}},
		{"superseded source, other kept", []*docRows{d("a", "s1"), d("a", "s2"), d("b", "s1")}, []string{"a", "b"}, [][]string{{"s2"}, {"s1"}}},
		{"same doc twice", []*docRows{d("a", "s1"), d("a", "s1")}, []string{"a"}, [][]string{{"s1"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, srcs := dedupeDocs(tt.in)
			var ids []string
			for _, o := range out {
				ids = append(ids, o.id)
			}
			if !slices.Equal(ids, tt.ids) {
				t.Errorf("ids %v, want %v", ids, tt.ids)
			}
			if fmt.Sprint(srcs) != fmt.Sprint(tt.sources) {
				t.Errorf("sources %v, want %v", srcs, tt.sources)
			}
		})
	}
}

func TestBuildBatchGroupsAndSorts(t *testing.T) {
	mk := func(id, src, title string) *docRows {
		d := sampleDoc()
		d.Article.ID, d.Article.Source = id, src
		d.Relations[0].Title = title
		r, err := prepareDoc(d)
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	docs, srcs := dedupeDocs([]*docRows{mk("article:b", "s2", "B"), mk("article:a", "s1", "A")})
	b := buildBatch(docs, srcs)
	if !slices.Equal(b.ids, []string{"article:a", "article:b"}) || !slices.Equal(b.sources, []string{"s1", "s2"}) {
		t.Errorf("ids %v sources %v", b.ids, b.sources)
	}
	var hp, pe []*batchRel
	for _, r := range b.rels {
		switch r.typ {
		case "HOLDS_POSITION":
			hp = append(hp, r)
		case "PARTICIPATED_IN":
			pe = append(pe, r)
		}
	}
	if len(hp) != 1 || len(pe) != 1 {
		t.Fatalf("%d HOLDS_POSITION rows, %d PARTICIPATED_IN, want 1 grouped row each", len(hp), len(pe))
	}
	if h := hp[0]; !slices.Equal(h.articles, []string{"article:a", "article:b"}) || !slices.Equal(h.titles, []string{"A", "B"}) ||
		!slices.Equal(h.evidence, []string{"S1", "S1"}) {
		t.Errorf("support not sorted by article: %+v", h)
	}
	if hp[0].from != (entityKey{"Person", "p:1"}) || hp[0].to != (entityKey{"Organization", "o:1"}) {
		t.Errorf("HOLDS_POSITION ends %q %q", hp[0].from, hp[0].to)
	}
	if pe[0].titles != nil || len(pe[0].evidence) != 2 {
		t.Errorf("PARTICIPATED_IN support: %+v", pe[0])
	}
	var persons []*batchEntity
	for _, e := range b.entities {
		if e.label == "Person" {
			persons = append(persons, e)
		}
	}
	if len(persons) != 1 {
		t.Fatalf("%d Person rows, want one per entity", len(persons))
	}
	ms := persons[0].mentions
	if len(ms) != 2 || ms[0].(map[string]any)["article"] != "article:a" || ms[1].(map[string]any)["article"] != "article:b" {
		t.Errorf("the person's mentions, one per article, sorted by article: %v", ms)
	}
	if s := persons[0].sum; s.Mentions != 2 || s.Name != "Trần Hồng Hà" || s.Country.Winner() != "VN" {
		t.Errorf("the person's summary: %+v", s)
	}
	if !slices.IsSortedFunc(b.entities, func(x, y *batchEntity) int { return strings.Compare(x.id, y.id) }) {
		t.Error("entities not sorted by id")
	}
	if b.articleOf["s1"] != "article:a" || b.articleOf["s2"] != "article:b" {
		t.Errorf("articleOf %v", b.articleOf)
	}
	if b.nEntities != 6 || b.nRelations != 4 {
		t.Errorf("counts %d entities %d relations", b.nEntities, b.nRelations)
	}
}

// --- loader with a fake session ---------------------------------------

type stmt struct {
	cypher string
	params map[string]any
}

type fakeSessions struct {
	mu       sync.Mutex
	txs      [][]stmt
	attempts int // runs of work per transaction (simulates the driver's retries)
}

func (f *fakeSessions) open(context.Context, neo4j.AccessMode) session { return &fakeSession{f} }

type fakeSession struct{ f *fakeSessions }

func (s *fakeSession) exec(work neo4j.ManagedTransactionWork) (any, error) {
	var out any
	var err error
	var tx *fakeTx
	for range max(1, s.f.attempts) {
		tx = &fakeTx{}
		out, err = work(tx)
	}
	s.f.mu.Lock()
	s.f.txs = append(s.f.txs, tx.stmts)
	s.f.mu.Unlock()
	return out, err
}

func (s *fakeSession) ExecuteWrite(_ context.Context, work neo4j.ManagedTransactionWork, _ ...func(*neo4j.TransactionConfig)) (any, error) {
	return s.exec(work)
}

func (s *fakeSession) ExecuteRead(_ context.Context, work neo4j.ManagedTransactionWork, _ ...func(*neo4j.TransactionConfig)) (any, error) {
	return s.exec(work)
}

func (s *fakeSession) Close(context.Context) error { return nil }

// The embedded interfaces are nil: only the methods the package calls are
// implemented.
type fakeTx struct {
	neo4j.ManagedTransaction
	stmts []stmt
}

func (t *fakeTx) Run(_ context.Context, cypher string, params map[string]any) (neo4j.ResultWithContext, error) {
	t.stmts = append(t.stmts, stmt{cypher, params})
	switch cypher {
	case theQueries.prepare:
		return fakeResult{recs: []*neo4j.Record{fakePrepared(params)}}, nil
	case theQueries.write:
		return fakeResult{recs: []*neo4j.Record{{Keys: []string{"aligned"}, Values: []any{true}}}}, nil
	}
	return fakeResult{}, nil
}

// fakePrepared answers the prepare statement as for an empty database:
// every node is new.
func fakePrepared(params map[string]any) *neo4j.Record {
	var srcs, arts, ents []any
	for _, s := range params["sources"].([]string) {
		srcs = append(srcs, map[string]any{"id": s, "eid": "s:" + s})
	}
	for _, id := range params["ids"].([]string) {
		arts = append(arts, map[string]any{"id": id, "eid": "a:" + id, "loaded": false, "fresh": true})
	}
	for _, e := range params["entities"].([]any) {
		m := e.(map[string]any)
		ents = append(ents, map[string]any{"label": m["label"], "id": m["id"], "eid": "e:" + str(m["id"]), "bare": true})
	}
	return &neo4j.Record{Keys: []string{"srcs", "olds", "arts", "ents"}, Values: []any{srcs, []any{}, arts, ents}}
}

type fakeResult struct {
	neo4j.ResultWithContext
	recs []*neo4j.Record
}

func (r fakeResult) Collect(context.Context) ([]*neo4j.Record, error)   { return r.recs, nil }
func (fakeResult) Consume(context.Context) (neo4j.ResultSummary, error) { return fakeSummary{}, nil }

type fakeSummary struct{ neo4j.ResultSummary }

func (fakeSummary) Counters() neo4j.Counters { return fakeCounters{} }

type fakeCounters struct{ neo4j.Counters }

func (fakeCounters) RelationshipsDeleted() int { return 0 }
func (fakeCounters) NodesDeleted() int         { return 0 }

const injection = "'}) MATCH (n) DETACH DELETE n // `x` $ids \"q\""

func syntheticDocs(n int) []*facts.Doc {
	var out []*facts.Doc
	for i := range n {
		d := sampleDoc()
		d.Article.ID = fmt.Sprintf("article:%04d", i)
		d.Article.Source = fmt.Sprintf("doc-%04d.html", i)
		d.Entities[0].Name = injection
		d.Relations[0].Evidence = injection
		out = append(out, d)
	}
	return out
}

func TestLoadBatchesInOneTransactionPerBatch(t *testing.T) {
	f := &fakeSessions{attempts: 2}
	l := newLoader(f, "bolt://test", "neo4j", zaptest.NewLogger(t), Options{BatchSize: 200})
	docs := syntheticDocs(450)
	bad := sampleDoc()
	bad.Entities[1].Type = "Dog"
	docs = append(docs, bad)
	var progress []int
	l.opts.Progress = func(done, total int) { progress = append(progress, done) }
	st, err := l.Load(context.Background(), docs)
	if err != nil {
		t.Fatal(err)
	}
	if len(f.txs) != 3 || st.Batches != 3 {
		t.Fatalf("%d transactions, %d batches; want 3 for 450 docs by 200", len(f.txs), st.Batches)
	}
	if st.Attempts != 6 {
		t.Errorf("attempts %d, want 6 (each batch ran twice)", st.Attempts)
	}
	// Retried work must not count twice.
	if st.Articles != 450 || st.Entities != 450*3 || st.Relations != 450*2 {
		t.Errorf("stats %+v", st)
	}
	if len(st.Rejected) != 1 || !errors.Is(st.Rejected[0].Err, ErrInvalidDoc) || st.Rejected[0].ID != "article:1" {
		t.Errorf("rejected %+v", st.Rejected)
	}
	if !slices.Equal(progress, []int{201, 401, 451}) {
		t.Errorf("progress %v", progress)
	}
	known := map[string]bool{}
	for _, s := range allQueries(theQueries) {
		known[s] = true
	}
	for i, tx := range f.txs {
		if len(tx) > 2 {
			t.Errorf("transaction %d: %d statements, want a handful", i, len(tx))
		}
		injected := false
		for _, s := range tx {
			if !known[s.cypher] {
				t.Errorf("transaction %d runs a statement not built at init:\n%s", i, s.cypher)
			}
			if strings.Contains(s.cypher, injection) {
				t.Errorf("input text inside a statement:\n%s", s.cypher)
			}
			if strings.Contains(fmt.Sprint(s.params), injection) {
				injected = true
			}
		}
		if !injected {
			t.Errorf("transaction %d: input text not found in the parameters", i)
		}
	}
	if n := len(f.txs[2][0].params["sources"].([]string)); n != 50 {
		t.Errorf("last batch has %d sources, want 50", n)
	}
}

func TestForgetEmptyKey(t *testing.T) {
	_, err := forget(context.Background(), &fakeSessions{}, "bolt://x", "neo4j", zaptest.NewLogger(t), theQueries, " ")
	if !errors.Is(err, ErrNotFound) {
		t.Errorf("err %v", err)
	}
}

func TestForgetNothingFound(t *testing.T) {
	_, err := forget(context.Background(), &fakeSessions{}, "bolt://x", "neo4j", zaptest.NewLogger(t), theQueries, "nope.html")
	if !errors.Is(err, ErrNotFound) || !strings.Contains(err.Error(), `"nope.html"`) {
		t.Errorf("err %v", err)
	}
}

// --- connecting and errors --------------------------------------------

func TestConnectUnavailable(t *testing.T) {
	for _, uri := range []string{"bolt://127.0.0.1:1", "neo4j://127.0.0.1:1"} {
		t.Run(uri, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			defer cancel()
			start := time.Now()
			_, err := Connect(ctx, Config{URI: uri, Username: "neo4j", Password: "s3cret-pw", ConnectTimeout: 5 * time.Second}, zaptest.NewLogger(t))
			if !errors.Is(err, ErrUnavailable) {
				t.Fatalf("err %v, want ErrUnavailable", err)
			}
			want := "no Neo4j answers at " + uri + ": start one with 'docker compose up -d neo4j' or 'scripts/neo4j-local start'"
			if err.Error() != want {
				t.Errorf("message\n%s\nwant\n%s", err, want)
			}
			var cerr *neo4j.ConnectivityError
			if uri == "bolt://127.0.0.1:1" && !errors.As(err, &cerr) {
				t.Errorf("the driver's error is not reachable with errors.As: %#v", err)
			}
			if time.Since(start) > 20*time.Second {
				t.Errorf("took %v", time.Since(start))
			}
		})
	}
}

func TestConnectBadURI(t *testing.T) {
	_, err := Connect(context.Background(), Config{URI: "http://user:pw@127.0.0.1:7474"}, zaptest.NewLogger(t))
	if err == nil || !strings.Contains(err.Error(), "invalid Neo4j URI") || strings.Contains(err.Error(), "pw") {
		t.Errorf("err %v", err)
	}
	_, err = Connect(context.Background(), Config{}, zaptest.NewLogger(t))
	if !errors.Is(err, ErrUnavailable) {
		t.Errorf("empty URI: %v", err)
	}
}

func TestClassify(t *testing.T) {
	const uri = "bolt://u:secret@db:7687"
	tests := []struct {
		name     string
		err      error
		sentinel error
		want     string
	}{
		{"unauthorized", &neo4j.Neo4jError{Code: "Neo.ClientError.Security.Unauthorized", Msg: "bad"}, ErrAuth,
			`Neo4j at bolt://db:7687 refused the credentials for user "neo4j"`},
		{"rate limited", fmt.Errorf("hello: %w", &neo4j.Neo4jError{Code: "Neo.ClientError.Security.AuthenticationRateLimit"}), ErrAuth,
			`Neo4j at bolt://db:7687 refused the credentials for user "neo4j"`},
		{"connectivity", &neo4j.ConnectivityError{Inner: errors.New("dial tcp: refused")}, ErrUnavailable,
			"no Neo4j answers at bolt://db:7687: start one with 'docker compose up -d neo4j' or 'scripts/neo4j-local start'"},
		{"retries exhausted on a lost server", &neo4j.TransactionExecutionLimit{Cause: "timeout", Errors: []error{
			&neo4j.ConnectivityError{Inner: errors.New("EOF")}}}, ErrUnavailable, "no Neo4j answers at bolt://db:7687"},
		{"syntax error", &neo4j.Neo4jError{Code: "Neo.ClientError.Statement.SyntaxError", Msg: "oops"}, nil,
			"write: Neo4jError: Neo.ClientError.Statement.SyntaxError (oops)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := classify(tt.err, uri, "neo4j", "write")
			if tt.sentinel != nil && !errors.Is(err, tt.sentinel) {
				t.Errorf("%v does not wrap %v", err, tt.sentinel)
			}
			if !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("message %q, want prefix %q", err, tt.want)
			}
			if strings.Contains(err.Error(), "secret") {
				t.Errorf("message shows the password: %q", err)
			}
			var nerr *neo4j.Neo4jError
			if _, isNeo := tt.err.(*neo4j.Neo4jError); isNeo && !errors.As(err, &nerr) {
				t.Errorf("driver error lost: %#v", err)
			}
		})
	}
}

func TestDumpStringMarksDates(t *testing.T) {
	d := &Dump{
		Nodes: []DumpNode{{Labels: []string{"Article"}, ID: "a", Props: map[string]any{
			"id": "a", "published": dbtype.Date(time.Date(2023, 12, 1, 0, 0, 0, 0, time.UTC)), "published_text": "2023-12-01",
			"sources": []any{"x", "y"},
		}}},
		Counts: map[string]int{"Article": 1},
	}
	s := d.String()
	for _, want := range []string{`"published": {`, `"date": "2023-12-01"`, `"published_text": "2023-12-01"`, `"relationships": []`} {
		if !strings.Contains(s, want) {
			t.Errorf("dump lacks %s:\n%s", want, s)
		}
	}
}

func TestConnectUnavailableLogsNothingAboveDebug(t *testing.T) {
	core, logs := observer.New(zap.InfoLevel)
	_, err := Connect(context.Background(), Config{URI: "neo4j://127.0.0.1:1", ConnectTimeout: 5 * time.Second}, zap.New(core))
	if !errors.Is(err, ErrUnavailable) {
		t.Fatal(err)
	}
	for _, e := range logs.All() {
		t.Errorf("logged at %s: %s %v", e.Level, e.Message, e.ContextMap())
	}
}

func TestDriverLoggerLevels(t *testing.T) {
	core, logs := observer.New(zap.DebugLevel)
	d := &driverLogger{l: zap.New(core)}
	d.Error("pool", "1", errors.New("refused"))
	d.Warnf("router", "2", "table %d stale", 3)
	d.Infof("pool", "1", "created")
	d.Debugf("bolt5", "x", "run %q", "q")
	d.quiet.Store(true)
	d.Error("pool", "1", errors.New("refused again"))
	var got []string
	for _, e := range logs.All() {
		got = append(got, e.Level.String()+" "+e.Message)
	}
	want := []string{"warn driver error", "warn table 3 stale", "debug created", `debug run "q"`, "debug driver error"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// --- entity summaries --------------------------------------------------

func TestEntitySummary(t *testing.T) {
	ms := []Mention{
		{Name: "Hà", Aliases: []string{"M. Hà"}, Country: "VN", Kind: "minister"},
		{Name: "Trần Hồng Hà", Country: "KH", Date: "2023-12-01"},
		{Name: "Hà", Aliases: []string{"", "Tran Hong Ha"}, Country: "VN", Date: "--12-01"},
		{Name: "Ha", Country: "KH", Date: "--12-01"},
	}
	tests := []struct {
		name  string
		label string
		ms    []Mention
		want  map[string]any
	}{
		{"one mention", "Person", ms[:1], map[string]any{"name": "Hà", "aliases": []string{"Hà", "M. Hà"}, "country": "VN", "kind": "minister"}},
		{"tie goes to the greatest value", "Person", ms[:2], map[string]any{"name": "Trần Hồng Hà",
			"aliases": []string{"Hà", "M. Hà", "Trần Hồng Hà"}, "country": "VN", "kind": "minister",
			"date": dbtype.Date(time.Date(2023, 12, 1, 0, 0, 0, 0, time.UTC)), "date_text": "2023-12-01", "date_precision": "day"}},
		{"majority, partial date, country code", "Country", ms, map[string]any{"name": "Trần Hồng Hà",
			"aliases": []string{"Ha", "Hà", "M. Hà", "Tran Hong Ha", "Trần Hồng Hà"}, "country": "VN", "code": "VN", "kind": "minister",
			"date_text": "--12-01", "date_precision": "month-day"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var all EntitySummary
			for _, m := range tt.ms {
				all.Add(m)
			}
			if got := all.Props(tt.label); fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("props\n got %v\nwant %v", got, tt.want)
			}
			// Folding summaries of any split gives the same summary.
			for cut := range len(tt.ms) + 1 {
				var a, b EntitySummary
				for _, m := range tt.ms[:cut] {
					a.Add(m)
				}
				for _, m := range tt.ms[cut:] {
					b.Add(m)
				}
				a.Merge(b)
				if fmt.Sprint(a) != fmt.Sprint(all) {
					t.Errorf("split at %d: %+v, want %+v", cut, a, all)
				}
			}
			if all.Mentions != int64(len(tt.ms)) {
				t.Errorf("mentions %d", all.Mentions)
			}
		})
	}
}

func TestTallyWinnerEmpty(t *testing.T) {
	var tl Tally
	tl.Add("", 3)
	if w := tl.Winner(); w != "" || len(tl.Values) != 0 {
		t.Errorf("winner %q, values %v", w, tl.Values)
	}
}

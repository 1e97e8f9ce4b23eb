package graph_test

// Integration tests against a real Neo4j (see graph/graphtest). Each test
// works under its own id prefix: other packages' tests share the database.

import (
	"context"
	"errors"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dyadgraph/dyad/facts"
	"github.com/dyadgraph/dyad/graph"
	"github.com/dyadgraph/dyad/graph/graphtest"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
)

const samplePath = "../testdata/contract/sample.jsonl"

// Ids of the sample fixture (before prefixing).
const (
	artFR     = "article:5e1c0a9b7d2f4e8a1c3b"
	artVI     = "article:9a4b3c2d1e0f9a8b7c6d"
	artEN     = "article:c3d4e5f6a7b8c9d0e1f2"
	srcFR     = "testdata/articles/fr/vn-la-vientiane.html"
	srcVI     = "https://baochinhphu.example.vn/pho-thu-tuong-tran-hong-ha-hoi-kien-thu-tuong-lao.htm"
	srcEN     = "https://news.example.com/2024/01/laos-vietnam-deputy-pm-visit"
	ha        = "person:tran-hong-ha"
	sonexay   = "person:sonexay-siphandone"
	govVN     = "org:government-vn"
	govLA     = "org:government-la"
	mofaVN    = "org:mofa-vn"
	vientiane = "location:vientiane"
	talks     = "event:vn-la-talks-2024-01-08"
	plan      = "agreement:vn-la-cooperation-plan-2024"
)

func ctx(t testing.TB) context.Context {
	c, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	t.Cleanup(cancel)
	return c
}

func setup(t testing.TB) (*graph.Client, string) {
	t.Helper()
	c := graphtest.Connect(t)
	return c, graphtest.Prefix(t, c)
}

// sample returns the fixture's docs under prefix p, by article id.
func sample(t testing.TB, p string) map[string]*facts.Doc {
	docs := graphtest.WithPrefix(p, graphtest.ReadDocs(t, samplePath)...)
	m := map[string]*facts.Doc{}
	for _, d := range docs {
		m[strings.TrimPrefix(d.Article.ID, p)] = d
	}
	if len(m) != 3 {
		t.Fatalf("fixture has %d articles, want 3", len(m))
	}
	return m
}

func load(t testing.TB, l interface {
	Load(context.Context, []*facts.Doc) (graph.Stats, error)
}, docs ...*facts.Doc) graph.Stats {
	t.Helper()
	st, err := l.Load(ctx(t), docs)
	if err != nil {
		t.Fatalf("load: %v", err)
	}
	if len(st.Rejected) > 0 {
		t.Fatalf("rejected: %+v", st.Rejected)
	}
	return st
}

func dump(t testing.TB, c *graph.Client, p string) *graph.Dump {
	t.Helper()
	d, err := c.Dump(ctx(t), graph.DumpOptions{IDPrefix: p})
	if err != nil {
		t.Fatalf("dump: %v", err)
	}
	return d
}

// canonical is a dump with its prefix removed, to compare graphs loaded
// under different prefixes. It keeps the hidden properties (the entities'
// running aggregates): they must converge too.
func canonical(t testing.TB, c *graph.Client, p string) string {
	t.Helper()
	d, err := c.Dump(ctx(t), graph.DumpOptions{IDPrefix: p, Hidden: true})
	if err != nil {
		t.Fatalf("dump: %v", err)
	}
	return strings.ReplaceAll(d.String(), p, "")
}

func node(t testing.TB, d *graph.Dump, label, id string) map[string]any {
	t.Helper()
	n := d.Node(label, id)
	if n == nil {
		t.Fatalf("no %s %s in the graph", label, id)
	}
	return n.Props
}

func rel(t testing.TB, d *graph.Dump, typ, from, to string) map[string]any {
	t.Helper()
	r := d.Rel(typ, from, to)
	if r == nil {
		t.Fatalf("no %s from %s to %s in the graph", typ, from, to)
	}
	return r.Props
}

func strs(v any) []string {
	var out []string
	for _, x := range v.([]any) {
		out = append(out, x.(string))
	}
	return out
}

func eqStrings(t testing.TB, what string, got any, want ...string) {
	t.Helper()
	if got == nil {
		t.Errorf("%s: absent, want %q", what, want)
		return
	}
	if g := strs(got); !slices.Equal(g, want) {
		t.Errorf("%s = %q, want %q", what, g, want)
	}
}

func diff(t testing.TB, what, got, want string) {
	t.Helper()
	if got == want {
		return
	}
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := range max(len(g), len(w)) {
		var a, b string
		if i < len(g) {
			a = g[i]
		}
		if i < len(w) {
			b = w[i]
		}
		if a != b {
			t.Fatalf("%s: graphs differ at line %d:\n got: %s\nwant: %s", what, i+1, a, b)
		}
	}
}

func TestEnsureSchemaTwice(t *testing.T) {
	c := graphtest.Connect(t) // ensures the schema once
	if err := c.EnsureSchema(ctx(t)); err != nil {
		t.Fatalf("second EnsureSchema: %v", err)
	}
	cfg := graphtest.Neo4j(t)
	drv, err := neo4j.NewDriverWithContext(cfg.URI, neo4j.BasicAuth(cfg.Username, cfg.Password, ""))
	if err != nil {
		t.Fatal(err)
	}
	defer drv.Close(ctx(t))
	names := map[string]bool{}
	for _, q := range []string{"SHOW CONSTRAINTS YIELD name", "SHOW INDEXES YIELD name, state WHERE state = 'ONLINE'"} {
		res, err := neo4j.ExecuteQuery(ctx(t), drv, q, nil, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(cfg.Database))
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range res.Records {
			n, _ := r.Get("name")
			names[n.(string)] = true
		}
	}
	for _, want := range []string{"dyad_person_id", "dyad_organization_id", "dyad_country_id", "dyad_location_id",
		"dyad_agreement_id", "dyad_event_id", "dyad_article_id", "dyad_source_id", "dyad_event_date",
		"dyad_agreement_date", "dyad_article_published", "dyad_article_content_hash", "dyad_person_name",
		"dyad_organization_name", "dyad_country_code"} {
		if !names[want] {
			t.Errorf("schema lacks %s (online)", want)
		}
	}
}

func TestLoadTwiceGivesTheSameGraph(t *testing.T) {
	c, p := setup(t)
	docs := graphtest.WithPrefix(p, graphtest.ReadDocs(t, samplePath)...)
	st := load(t, c, docs...)
	if st.Articles != 3 || st.Entities != 25 || st.Relations != 17 || st.Batches != 1 || st.Retracted != 0 {
		t.Errorf("first load stats %+v", st)
	}
	first := dump(t, c, p)
	st = load(t, c, docs...)
	if st.Articles != 3 || st.EntitiesDeleted != 0 || st.RelationsDeleted != 0 {
		t.Errorf("second load stats %+v", st)
	}
	second := dump(t, c, p)
	diff(t, "reload", second.String(), first.String())

	d := first
	wantCounts := map[string]int{"Article": 3, "Source": 3, "Person": 2, "Organization": 3, "Country": 2,
		"Location": 1, "Event": 1, "Agreement": 1, "MENTIONED_IN": 25, "OF": 3, "HOLDS_POSITION": 2,
		"PARTICIPATED_IN": 2, "HELD_IN": 1, "PARTY_TO": 2, "PART_OF": 1}
	for k, v := range wantCounts {
		if d.Counts[k] != v {
			t.Errorf("count %s = %d, want %d", k, d.Counts[k], v)
		}
	}
	if len(d.Counts) != len(wantCounts) {
		t.Errorf("counts %v", d.Counts)
	}

	fr := node(t, d, "Article", p+artFR)
	if fr["published"] != dbtype.Date(time.Date(2024, 1, 8, 0, 0, 0, 0, time.UTC)) ||
		fr["published_text"] != "2024-01-08" || fr["published_precision"] != "day" || fr["lang"] != "fr" {
		t.Errorf("fr article %v", fr)
	}
	eqStrings(t, "fr sources", fr["sources"], p+srcFR)
	en := node(t, d, "Article", p+artEN)
	if _, ok := en["published"]; ok || en["published_text"] != "2024-01" || en["published_precision"] != "month" {
		t.Errorf("en article (month precision, no native date) %v", en)
	}

	ev := node(t, d, "Event", p+talks)
	if ev["date"] != dbtype.Date(time.Date(2024, 1, 8, 0, 0, 0, 0, time.UTC)) || ev["date_precision"] != "day" || ev["kind"] != "meeting" {
		t.Errorf("event: date and kind are what most articles say: %v", ev)
	}
	ag := node(t, d, "Agreement", p+plan)
	if _, ok := ag["date"]; ok || ag["date_text"] != "2024-01" || ag["date_precision"] != "month" {
		t.Errorf("agreement %v", ag)
	}
	person := node(t, d, "Person", p+ha)
	if person["name"] != "Trần Hồng Hà" || person["country"] != "VN" {
		t.Errorf("person %v", person)
	}
	eqStrings(t, "person aliases", person["aliases"], "Deputy Prime Minister Tran Hong Ha", "Phó Thủ tướng Trần Hồng Hà", "Tran Hong Ha", "Trần Hồng Hà")
	if vn := node(t, d, "Country", p+"country:VN"); vn["code"] != "VN" {
		t.Errorf("country %v", vn)
	}

	hp := rel(t, d, "HOLDS_POSITION", p+sonexay, p+govLA)
	eqStrings(t, "articles", hp["articles"], p+artFR, p+artVI, p+artEN)
	eqStrings(t, "titles", hp["titles"], "Premier ministre", "Thủ tướng", "Prime Minister")
	if ev := strs(hp["evidence"]); len(ev) != 3 || !strings.HasPrefix(ev[1], "Chiều 8/1") {
		t.Errorf("evidence not aligned with articles: %q", ev)
	}
	if hp["title"] != "Premier ministre" {
		t.Errorf("title %v", hp["title"])
	}
	m := rel(t, d, "MENTIONED_IN", p+ha, p+artVI)
	if m["name"] != "Trần Hồng Hà" || !strings.HasPrefix(m["evidence"].(string), "Chiều 8/1") {
		t.Errorf("mention %v", m)
	}
	eqStrings(t, "mention aliases", m["aliases"], "Phó Thủ tướng Trần Hồng Hà")
}

func TestChangedArticleReplacesTheOldVersion(t *testing.T) {
	c, p := setup(t)
	s := sample(t, p)
	load(t, c, s[artFR], s[artVI], s[artEN])

	// The fr page changed: no agreement any more, another title, an alias
	// gone, a new organisation.
	v2 := *s[artFR]
	v2.Article.ID = p + "article:fr-v2"
	v2.Article.ContentHash = "hash-v2"
	v2.Entities = nil
	for _, e := range s[artFR].Entities {
		switch strings.TrimPrefix(e.ID, p) {
		case plan:
			continue
		case govVN:
			e.Aliases = nil
		}
		v2.Entities = append(v2.Entities, e)
	}
	v2.Entities = append(v2.Entities, facts.Entity{ID: p + "org:committee", Type: facts.TypeOrganization, Name: "Comité intergouvernemental"})
	v2.Relations = nil
	for _, r := range s[artFR].Relations {
		if r.Type == facts.RelPartyTo {
			continue
		}
		if r.Type == facts.RelHoldsPosition && r.From == p+ha {
			r.Title = "vice-Premier ministre permanent"
		}
		v2.Relations = append(v2.Relations, r)
	}
	v2.Relations = append(v2.Relations, facts.Relation{Type: facts.RelPartOf, From: p + "org:committee", To: p + govVN, Evidence: "Le comité relève du gouvernement."})

	st := load(t, c, &v2)
	if st.Retracted != 1 || st.EntitiesDeleted != 1 || st.RelationsDeleted != 2 {
		t.Errorf("stats %+v: want the old article retracted, the agreement and its 2 PARTY_TO deleted", st)
	}
	d := dump(t, c, p)
	if d.Node("Article", p+artFR) != nil {
		t.Error("old version still in the graph")
	}
	if d.Node("Agreement", p+plan) != nil || d.Counts["PARTY_TO"] != 0 {
		t.Error("facts only the old version supported are still there")
	}
	eqStrings(t, "new sources", node(t, d, "Article", p+"article:fr-v2")["sources"], p+srcFR)
	hp := rel(t, d, "HOLDS_POSITION", p+ha, p+govVN)
	eqStrings(t, "articles", hp["articles"], p+artVI, p+"article:fr-v2")
	eqStrings(t, "titles", hp["titles"], "Phó Thủ tướng", "vice-Premier ministre permanent")
	rel(t, d, "PART_OF", p+"org:committee", p+govVN)
	eqStrings(t, "government aliases", node(t, d, "Organization", p+govVN)["aliases"],
		"Chính phủ", "Chính phủ Việt Nam", "Gouvernement vietnamien")
	if hp := rel(t, d, "HOLDS_POSITION", p+sonexay, p+govLA); len(strs(hp["articles"])) != 3 {
		t.Errorf("a fact the new version still states lost support: %v", hp["articles"])
	}
	hashes, err := c.KnownHashes(ctx(t), []string{p + srcFR})
	if err != nil || hashes[p+srcFR] != "hash-v2" {
		t.Errorf("known hash %v %v", hashes, err)
	}

	// An article read from two sources loses only the one that changed.
	mirror := *s[artEN]
	mirror.Article.Source = p + "mirror/en.html"
	load(t, c, &mirror)
	enV2 := *s[artEN]
	enV2.Article.ID = p + "article:en-v2"
	st = load(t, c, &enV2)
	if st.Retracted != 0 {
		t.Errorf("stats %+v: the old en article still has a source", st)
	}
	d = dump(t, c, p)
	eqStrings(t, "old en sources", node(t, d, "Article", p+artEN)["sources"], p+"mirror/en.html")
	eqStrings(t, "new en sources", node(t, d, "Article", p+"article:en-v2")["sources"], p+srcEN)
}

func TestForgetKeepsSharedFacts(t *testing.T) {
	c, p := setup(t)
	s := sample(t, p)
	load(t, c, s[artFR], s[artVI], s[artEN])
	before := dump(t, c, p)
	if got := node(t, before, "Location", p+vientiane)["name"]; got != "Viêng Chăn" {
		t.Fatalf("location name %v", got)
	}

	res, err := c.Forget(ctx(t), p+artVI)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(res.Articles, []string{p + artVI}) || !slices.Equal(res.Sources, []string{p + srcVI}) ||
		res.EntitiesDeleted != 1 || res.RelationsDeleted != 1 {
		t.Errorf("result %+v: want the vi article, its source, the ministry and its PART_OF", res)
	}
	d := dump(t, c, p)
	hp := rel(t, d, "HOLDS_POSITION", p+ha, p+govVN)
	eqStrings(t, "articles", hp["articles"], p+artFR)
	eqStrings(t, "titles", hp["titles"], "vice-Premier ministre")
	if hp["title"] != "vice-Premier ministre" || len(strs(hp["evidence"])) != 1 {
		t.Errorf("relation %v", hp)
	}
	if d.Node("Organization", p+mofaVN) != nil || d.Counts["PART_OF"] != 0 {
		t.Error("the ministry only the forgotten article mentioned is still there")
	}
	if d.Node("Source", p+srcVI) != nil || d.Node("Article", p+artVI) != nil {
		t.Error("forgotten article or its source still there")
	}
	loc := node(t, d, "Location", p+vientiane)
	if loc["name"] != "Vientiane" {
		t.Errorf("location name %v: not recomputed from the remaining mentions", loc["name"])
	}
	eqStrings(t, "location aliases", loc["aliases"], "Vientiane")
	eqStrings(t, "person aliases", node(t, d, "Person", p+sonexay)["aliases"], "Sonexay Siphandone")
	eqStrings(t, "government aliases", node(t, d, "Organization", p+govVN)["aliases"], "Gouvernement vietnamien", "gouvernement du Vietnam")

	// Forgetting it again finds nothing.
	if _, err := c.Forget(ctx(t), p+artVI); !errors.Is(err, graph.ErrNotFound) {
		t.Errorf("second forget: %v", err)
	}
	// Reloading it brings back the same graph as before.
	load(t, c, s[artVI])
	diff(t, "forget then reload", dump(t, c, p).String(), before.String())
}

func TestForgetBySource(t *testing.T) {
	c, p := setup(t)
	s := sample(t, p)
	mirror := *s[artEN]
	mirror.Article.Source = p + "mirror/en.html"
	load(t, c, s[artFR], s[artVI], s[artEN], &mirror)
	eqStrings(t, "en sources", node(t, dump(t, c, p), "Article", p+artEN)["sources"], sortedCopy([]string{p + "mirror/en.html", p + srcEN})...)

	res, err := c.Forget(ctx(t), p+"mirror/en.html")
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(res.Articles, []string{p + artEN}) || !slices.Equal(res.Sources, sortedCopy([]string{p + "mirror/en.html", p + srcEN})) {
		t.Errorf("result %+v", res)
	}
	d := dump(t, c, p)
	if d.Node("Article", p+artEN) != nil || d.Node("Source", p+srcEN) != nil || d.Node("Source", p+"mirror/en.html") != nil {
		t.Error("article or its sources still there")
	}
	if got := node(t, d, "Event", p+talks)["aliases"]; slices.Contains(strs(got), "talks between Sonexay Siphandone and Tran Hong Ha") {
		t.Errorf("event aliases keep a name only the forgotten article gave: %v", got)
	}
	_, err = c.Forget(ctx(t), p+"nowhere.html")
	if !errors.Is(err, graph.ErrNotFound) || !strings.Contains(err.Error(), p+"nowhere.html") {
		t.Errorf("unknown source: %v", err)
	}
	for _, key := range []string{p + srcFR, p + artVI} {
		if _, err := c.Forget(ctx(t), key); err != nil {
			t.Fatalf("forget %s: %v", key, err)
		}
	}
	if d := dump(t, c, p); len(d.Nodes) != 0 || len(d.Relationships) != 0 {
		t.Errorf("graph not empty after forgetting every article:\n%s", d)
	}
}

func TestCypherLookingTextIsStoredLiterally(t *testing.T) {
	c, p := setup(t)
	nasty := []string{
		"'}) DETACH DELETE n //",
		"`Robert`) MATCH (x) DETACH DELETE x //",
		`"; MATCH (n) SET n.pwned = true; "`,
		"$param {ids} $$ \\ backslash",
		"Nguyễn Thị Bình 🇻🇳 \u202Ertl\u202C 中文",
		"line\nbreak\ttab",
	}
	d := &facts.Doc{
		Article: facts.Article{ID: p + "article:'}) //", Source: p + "file with 'quotes' `ticks`.html", Title: nasty[0], Lang: "vi"},
		Entities: []facts.Entity{
			{ID: p + "person:`x`", Type: facts.TypePerson, Name: nasty[0], Aliases: nasty, Evidence: nasty[3]},
			{ID: p + "org:$ids", Type: facts.TypeOrganization, Name: nasty[1], Kind: nasty[2]},
		},
		Relations: []facts.Relation{
			{Type: facts.RelHoldsPosition, From: p + "person:`x`", To: p + "org:$ids", Title: nasty[2], Evidence: nasty[4]},
		},
	}
	load(t, c, d)
	g := dump(t, c, p)
	if g.Counts["Person"] != 1 || g.Counts["Organization"] != 1 || g.Counts["Article"] != 1 || g.Counts["HOLDS_POSITION"] != 1 {
		t.Fatalf("counts %v", g.Counts)
	}
	person := node(t, g, "Person", p+"person:`x`")
	if person["name"] != nasty[0] {
		t.Errorf("name %q", person["name"])
	}
	eqStrings(t, "aliases", person["aliases"], sortedCopy(nasty)...)
	if org := node(t, g, "Organization", p+"org:$ids"); org["name"] != nasty[1] || org["kind"] != nasty[2] {
		t.Errorf("org %v", org)
	}
	if _, ok := person["pwned"]; ok {
		t.Error("text was executed")
	}
	hp := rel(t, g, "HOLDS_POSITION", p+"person:`x`", p+"org:$ids")
	eqStrings(t, "titles", hp["titles"], nasty[2])
	eqStrings(t, "evidence", hp["evidence"], nasty[4])
	if m := rel(t, g, "MENTIONED_IN", p+"person:`x`", p+"article:'}) //"); m["evidence"] != nasty[3] {
		t.Errorf("mention evidence %q", m["evidence"])
	}
	if a := node(t, g, "Article", p+"article:'}) //"); a["title"] != nasty[0] {
		t.Errorf("title %q", a["title"])
	}
	if _, err := c.Forget(ctx(t), p+"file with 'quotes' `ticks`.html"); err != nil {
		t.Errorf("forget by a source with quotes: %v", err)
	}
}

func sortedCopy(s []string) []string {
	c := slices.Clone(s)
	slices.Sort(c)
	return c
}

// synthetic builds n docs under prefix p that share persons, organisations,
// events and locations, so concurrent loads contend on the same nodes and
// relationships.
func synthetic(p string, from, to int) []*facts.Doc { return syntheticDocs(p, from, to, true) }

// syntheticDocs: with hub, every doc also mentions country:VN, which
// serialises concurrent transactions on that node; without, transactions
// meet on many nodes in different orders and deadlock now and then.
func syntheticDocs(p string, from, to int, hub bool) []*facts.Doc {
	var out []*facts.Doc
	countries := []string{"LA", "KH", "TH", "CN", "FR"}
	for i := from; i < to; i++ {
		vn := "country:VN"
		other := "country:" + countries[i%len(countries)]
		p1 := fmt.Sprintf("person:%03d", i%37)
		p2 := fmt.Sprintf("person:%03d", (i*7+3)%37)
		if p2 == p1 {
			p2 = fmt.Sprintf("person:%03d", (i+1)%37)
		}
		org := fmt.Sprintf("org:%02d", i%11)
		ev := fmt.Sprintf("event:%04d", i/3)
		loc := fmt.Sprintf("location:%02d", i%13)
		date := fmt.Sprintf("2024-%02d-%02d", i%12+1, i%28+1)
		ev1 := fmt.Sprintf("Sentence %d: %s met %s in %s.", i, p1, p2, loc)
		d := &facts.Doc{
			Article: facts.Article{
				ID: fmt.Sprintf("%sarticle:%06d", p, i), Source: fmt.Sprintf("%ssynthetic/%06d.html", p, i),
				Title: fmt.Sprintf("Article %d", i), Lang: []string{"fr", "vi", "en"}[i%3], Published: &date,
				ContentHash: fmt.Sprintf("hash-%06d", i),
			},
			Entities: []facts.Entity{
				{ID: p + p1, Type: facts.TypePerson, Name: fmt.Sprintf("Person %s v%d", p1, i%4), Aliases: []string{fmt.Sprintf("P%d", i%5)}, Country: ptr("VN"), Evidence: ev1},
				{ID: p + p2, Type: facts.TypePerson, Name: fmt.Sprintf("Person %s", p2), Country: ptr(other[len(other)-2:]), Evidence: ev1},
				{ID: p + org, Type: facts.TypeOrganization, Name: fmt.Sprintf("Org %s", org), Kind: []string{"ministry", "party"}[i%2]},
				{ID: p + vn, Type: facts.TypeCountry, Name: "Vietnam", Country: ptr("VN")},
				{ID: p + other, Type: facts.TypeCountry, Name: other, Country: ptr(other[len(other)-2:])},
				{ID: p + ev, Type: facts.TypeEvent, Name: fmt.Sprintf("Meeting %s", ev), Kind: "meeting", Date: &date},
				{ID: p + loc, Type: facts.TypeLocation, Name: fmt.Sprintf("City %s", loc)},
			},
			Relations: []facts.Relation{
				{Type: facts.RelHoldsPosition, From: p + p1, To: p + org, Title: fmt.Sprintf("Minister %d", i%3), Evidence: ev1},
				{Type: facts.RelParticipatedIn, From: p + p1, To: p + ev, Evidence: ev1},
				{Type: facts.RelParticipatedIn, From: p + p2, To: p + ev, Evidence: ev1},
				{Type: facts.RelHeldIn, From: p + ev, To: p + loc, Evidence: ev1},
				{Type: facts.RelPartOf, From: p + org, To: p + fmt.Sprintf("org:%02d", (i+1)%11), Evidence: ev1},
			},
		}
		// PART_OF needs its target among the article's entities.
		d.Entities = append(d.Entities, facts.Entity{ID: p + fmt.Sprintf("org:%02d", (i+1)%11), Type: facts.TypeOrganization, Name: fmt.Sprintf("Org org:%02d", (i+1)%11)})
		if !hub {
			d.Entities = slices.DeleteFunc(d.Entities, func(e facts.Entity) bool { return e.Type == facts.TypeCountry })
		}
		out = append(out, d)
	}
	return out
}

func ptr(s string) *string { return &s }

func TestConcurrentLoadsConvergeToTheSerialGraph(t *testing.T) {
	c, serial := setup(t)
	load(t, c.NewLoader(graph.Options{BatchSize: 25}), synthetic(serial, 0, 300)...)
	want := canonical(t, c, serial)

	conc := graphtest.Prefix(t, c)
	c2 := graphtest.Connect(t) // a second driver, as another process would have
	var wg sync.WaitGroup
	errs := make([]error, 2)
	stats := make([]graph.Stats, 2)
	for i, job := range []struct {
		c        *graph.Client
		from, to int
	}{{c, 0, 200}, {c2, 100, 300}} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			stats[i], errs[i] = job.c.NewLoader(graph.Options{BatchSize: 25}).Load(ctx(t), synthetic(conc, job.from, job.to))
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("loader %d: %v", i, err)
		}
	}
	t.Logf("attempts: %d for %d batches, %d for %d batches", stats[0].Attempts, stats[0].Batches, stats[1].Attempts, stats[1].Batches)
	diff(t, "concurrent vs serial", canonical(t, c, conc), want)
}

func TestManyConcurrentLoadersWithoutAHub(t *testing.T) {
	c, serial := setup(t)
	const n = 240
	load(t, c.NewLoader(graph.Options{BatchSize: 10}), syntheticDocs(serial, 0, n, false)...)
	want := canonical(t, c, serial)

	conc := graphtest.Prefix(t, c)
	clients := []*graph.Client{c, graphtest.Connect(t), graphtest.Connect(t), graphtest.Connect(t)}
	var wg sync.WaitGroup
	stats := make([]graph.Stats, len(clients))
	errs := make([]error, len(clients))
	for i, cl := range clients {
		docs := syntheticDocs(conc, 0, n, false)
		switch i % 4 {
		case 1:
			slices.Reverse(docs)
		case 2:
			docs = append(docs[n/2:], docs[:n/2]...)
		case 3:
			docs = append(docs[n/3:], docs[:n/3]...)
			slices.Reverse(docs)
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			stats[i], errs[i] = cl.NewLoader(graph.Options{BatchSize: 10}).Load(ctx(t), docs)
		}()
	}
	wg.Wait()
	retried := 0
	for i, err := range errs {
		if err != nil {
			t.Fatalf("loader %d: %v", i, err)
		}
		retried += stats[i].Attempts - stats[i].Batches
	}
	t.Logf("%d transactions retried (deadlocks) out of %d", retried, 4*n/10)
	diff(t, "4 concurrent loaders vs serial", canonical(t, c, conc), want)
}

func TestLoadOrderDoesNotMatter(t *testing.T) {
	c, a := setup(t)
	b := graphtest.Prefix(t, c)
	one := graphtest.Prefix(t, c)
	sa, sb, so := sample(t, a), sample(t, b), sample(t, one)
	load(t, c, sa[artFR])
	load(t, c, sa[artVI])
	load(t, c, sa[artEN])
	load(t, c, sb[artEN])
	load(t, c, sb[artVI])
	load(t, c, sb[artFR])
	load(t, c, so[artEN], so[artFR], so[artVI])
	want := canonical(t, c, a)
	diff(t, "en, vi, fr", canonical(t, c, b), want)
	diff(t, "one batch", canonical(t, c, one), want)

	// Same with synthetic docs, forwards and backwards.
	fwd := graphtest.Prefix(t, c)
	bwd := graphtest.Prefix(t, c)
	load(t, c.NewLoader(graph.Options{BatchSize: 7}), synthetic(fwd, 0, 60)...)
	docs := synthetic(bwd, 0, 60)
	slices.Reverse(docs)
	load(t, c.NewLoader(graph.Options{BatchSize: 11}), docs...)
	diff(t, "synthetic backwards", canonical(t, c, bwd), canonical(t, c, fwd))
}

// The loader updates an entity from the batch's new mentions alone
// (running aggregates); it must give exactly what a recompute from all
// mentions gives, after loads in many batches and after forget and reload.
func TestIncrementalAggregatesEqualTheFullRecompute(t *testing.T) {
	c, inc := setup(t)
	docs := synthetic(inc, 0, 90)
	load(t, c.NewLoader(graph.Options{BatchSize: 7}), docs...)
	want := canonical(t, c, inc)
	if !strings.Contains(want, `"_country_counts"`) || !strings.Contains(want, `"_mentions"`) {
		t.Fatalf("no running aggregates in the graph:\n%.2000s", want)
	}
	if d := dump(t, c, inc); strings.Contains(d.String(), `"_`) {
		t.Error("a dump without Hidden shows bookkeeping properties")
	}
	n, err := c.RecomputeEntities(ctx(t), inc)
	if err != nil {
		t.Fatal(err)
	}
	if n != 37+11+6+30+13 {
		t.Errorf("recomputed %d entities, want %d", n, 37+11+6+30+13)
	}
	diff(t, "incremental vs recomputed from all mentions", canonical(t, c, inc), want)

	// Forget a few articles (their entities are recomputed), reload them
	// (incremental again): the same graph, aggregates included.
	cyc := graphtest.Prefix(t, c)
	docs = synthetic(cyc, 0, 90)
	slices.Reverse(docs)
	load(t, c.NewLoader(graph.Options{BatchSize: 13}), docs...)
	var again []*facts.Doc
	for _, i := range []int{0, 3, 44, 45, 89} {
		if _, err := c.Forget(ctx(t), fmt.Sprintf("%sarticle:%06d", cyc, i)); err != nil {
			t.Fatal(err)
		}
		again = append(again, synthetic(cyc, i, i+1)...)
	}
	load(t, c.NewLoader(graph.Options{BatchSize: 2}), again...)
	diff(t, "forget and reload vs incremental", canonical(t, c, cyc), want)

	// The fixture, one article per load, against its recompute.
	fix := graphtest.Prefix(t, c)
	s := sample(t, fix)
	load(t, c, s[artVI])
	load(t, c, s[artEN])
	load(t, c, s[artFR])
	before := canonical(t, c, fix)
	if _, err := c.RecomputeEntities(ctx(t), fix); err != nil {
		t.Fatal(err)
	}
	diff(t, "fixture: incremental vs recomputed", canonical(t, c, fix), before)
}

// Entities written before the running aggregates existed (no _mentions)
// are recomputed from all their mentions when a load touches them.
func TestEntitiesWithoutAggregatesAreRecomputed(t *testing.T) {
	c, old := setup(t)
	s := sample(t, old)
	load(t, c, s[artFR], s[artVI])
	cfg := graphtest.Neo4j(t)
	drv, err := neo4j.NewDriverWithContext(cfg.URI, neo4j.BasicAuth(cfg.Username, cfg.Password, ""))
	if err != nil {
		t.Fatal(err)
	}
	defer drv.Close(ctx(t))
	// Strip the aggregates of the entities the en article mentions (the
	// others stay as they are: no load touches them).
	var ids []string
	for _, e := range s[artEN].Entities {
		ids = append(ids, e.ID)
	}
	res, err := neo4j.ExecuteQuery(ctx(t), drv, `MATCH (e) WHERE e.id IN $ids AND (e)-[:MENTIONED_IN]->()
REMOVE e._mentions, e._country_values, e._country_counts, e._kind_values, e._kind_counts, e._date_values, e._date_counts
RETURN count(e) AS n`, map[string]any{"ids": ids}, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(cfg.Database))
	if err != nil {
		t.Fatal(err)
	}
	if n, _ := res.Records[0].Get("n"); n.(int64) < 5 {
		t.Fatalf("stripped the aggregates of %v entities", n)
	}
	load(t, c, s[artEN])

	fresh := graphtest.Prefix(t, c)
	f := sample(t, fresh)
	load(t, c, f[artFR], f[artVI], f[artEN])
	diff(t, "entities without aggregates, then a load", canonical(t, c, old), canonical(t, c, fresh))
}

func TestKnownHashes(t *testing.T) {
	c, p := setup(t)
	s := sample(t, p)
	load(t, c, s[artFR], s[artVI])
	got, err := c.KnownHashes(ctx(t), []string{p + srcFR, p + srcVI, p + srcEN, p + "nowhere"})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{p + srcFR: s[artFR].Article.ContentHash, p + srcVI: s[artVI].Article.ContentHash}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("known hashes %v, want %v", got, want)
	}
	if got, err := c.KnownHashes(ctx(t), nil); err != nil || len(got) != 0 {
		t.Errorf("no sources: %v %v", got, err)
	}
}

func TestInvalidDocsAreSkippedAndTheRestLoads(t *testing.T) {
	c, p := setup(t)
	s := sample(t, p)
	bad := *s[artVI]
	bad.Entities = slices.Clone(bad.Entities)
	bad.Entities[0].Type = "Dog"
	st, err := c.Load(ctx(t), []*facts.Doc{s[artFR], &bad, s[artEN]})
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != 2 || len(st.Rejected) != 1 || !errors.Is(st.Rejected[0].Err, graph.ErrInvalidDoc) ||
		!strings.Contains(st.Rejected[0].Err.Error(), p+artVI) {
		t.Errorf("stats %+v", st)
	}
	if d := dump(t, c, p); d.Counts["Article"] != 2 || d.Node("Article", p+artVI) != nil {
		t.Errorf("counts %v", d.Counts)
	}
}

func TestConnectRefusedCredentials(t *testing.T) {
	cfg := graphtest.Neo4j(t)
	// An unknown user: a wrong password for neo4j could lock that account
	// for the other tests sharing the server.
	cfg.Username, cfg.Password = "dyad-no-such-user", "not-the-password-123"
	_, err := graph.Connect(ctx(t), cfg, graphtest.Logger(t))
	if !errors.Is(err, graph.ErrAuth) {
		t.Fatalf("err %v, want ErrAuth", err)
	}
	want := fmt.Sprintf("Neo4j at %s refused the credentials for user %q", cfg.URI, cfg.Username)
	if err.Error() != want {
		t.Errorf("message %q, want %q", err, want)
	}
	if strings.Contains(err.Error(), cfg.Password) {
		t.Error("the password is in the message")
	}
}

func TestRoutingURI(t *testing.T) {
	cfg := graphtest.Neo4j(t)
	if !strings.HasPrefix(cfg.URI, "bolt://") {
		t.Skipf("URI %s is not bolt://", cfg.URI)
	}
	cfg.URI = "neo4j://" + strings.TrimPrefix(cfg.URI, "bolt://")
	c, err := graph.Connect(ctx(t), cfg, graphtest.Logger(t))
	if err != nil {
		t.Fatalf("connect with %s: %v", cfg.URI, err)
	}
	t.Cleanup(func() { _ = c.Close(context.Background()) }) // after the prefix's cleanup
	p := graphtest.Prefix(t, c)
	s := sample(t, p)
	load(t, c, s[artEN])
	if d := dump(t, c, p); d.Counts["Article"] != 1 {
		t.Errorf("counts %v", d.Counts)
	}
}

// BenchmarkLoad loads synthetic docs (13 facts each: 8 mentions and 5 fact
// supports, on shared entities) in batches of the default size, and
// reports facts/s. DYAD_BENCH_DOCS sets the docs per iteration (2000),
// DYAD_BENCH_BATCH the docs per transaction (graph.DefaultBatchSize).
func BenchmarkLoad(b *testing.B) {
	c := graphtest.Connect(b)
	n := 2000
	if v, err := strconv.Atoi(os.Getenv("DYAD_BENCH_DOCS")); err == nil && v > 0 {
		n = v
	}
	var opts graph.Options
	if v, err := strconv.Atoi(os.Getenv("DYAD_BENCH_BATCH")); err == nil && v > 0 {
		opts.BatchSize = v
	}
	for b.Loop() {
		p := graphtest.Prefix(b, c)
		docs := synthetic(p, 0, n)
		st, err := c.NewLoader(opts).Load(ctx(b), docs)
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(st.Facts())/st.Duration.Seconds(), "facts/s")
		b.ReportMetric(float64(st.Articles)/st.Duration.Seconds(), "docs/s")
	}
}

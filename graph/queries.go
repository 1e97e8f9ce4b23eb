package graph

import (
	"fmt"
	"slices"
	"strings"

	"github.com/dyadgraph/dyad/facts"
)

// Labels and relationship types are identifiers Cypher cannot take as
// parameters, so every one used in a statement is a literal of this file,
// chosen through these closed tables from the facts constants. Input text
// never reaches a statement's text: it travels as parameters.
var entityLabels = map[string]string{
	facts.TypePerson:       "Person",
	facts.TypeOrganization: "Organization",
	facts.TypeCountry:      "Country",
	facts.TypeLocation:     "Location",
	facts.TypeAgreement:    "Agreement",
	facts.TypeEvent:        "Event",
}

var relTypes = map[string]string{
	facts.RelHoldsPosition:  "HOLDS_POSITION",
	facts.RelParticipatedIn: "PARTICIPATED_IN",
	facts.RelHeldIn:         "HELD_IN",
	facts.RelPartyTo:        "PARTY_TO",
	facts.RelPartOf:         "PART_OF",
}

// Structural labels and types of the graph.
const (
	labelArticle = "Article"
	labelSource  = "Source"
	relMentioned = "MENTIONED_IN"
	relOf        = "OF"
)

// titled relation types carry titles/title besides articles/evidence.
func titled(relType string) bool { return relType == "HOLDS_POSITION" }

// relKey selects the statement that writes one relationship type between
// two labels (MATCH by label uses the id constraint's index).
type relKey struct{ typ, from, to string }

// queries holds every data statement, built once from the closed tables.
type queries struct {
	prepare         string // MERGE + lock sources, the articles they point to, articles, entities; read what the batch changes
	stale           string // unlink sources whose article changed; report orphans
	lockMentioned   string // lock the entities an article mentions
	retractFacts    string // drop an article's support from fact relationships
	retractMentions string // delete an article's MENTIONED_IN
	deleteArticles  string
	write           string // articles, entities (properties given), mentions, fact support
	dropUnsupported string // delete fact relationships no article supports any more
	dropUnmentioned string // delete entities nothing mentions any more
	recompute       string // name, aliases, country, kind, date (and the running aggregates) from all mentions

	// RecomputeEntities
	mentionedEntities string
	lockEntities      string

	// Forget
	findArticles       string
	lockExisting       string
	articleSources     string
	dropOrphanSources  string
	knownHashes        string
	deletePrefixNodes  string
	dumpNodes          string
	dumpRelationships  string
	allEntityLabels    []string
	allRelTypes        []string
	factTypeAlteration string // HOLDS_POSITION|PARTICIPATED_IN|...
}

// lockClause takes a write lock on v (kept to the end of the transaction):
// reads that follow in the transaction see the latest committed state, so
// concurrent loaders cannot lose each other's updates. The property is set
// before it is removed: a lone REMOVE of a property key the database has
// never seen (a new database) is skipped by Cypher and takes no lock. Set
// and removed in one transaction, it leaves nothing to write at commit.
func lockClause(v string) string {
	return fmt.Sprintf("SET %[1]s._dyad_lock = true REMOVE %[1]s._dyad_lock", v)
}

// cypherString quotes a constant of this package as a Cypher string literal.
func cypherString(s string) string {
	return "'" + strings.NewReplacer(`\`, `\\`, `'`, `\'`).Replace(s) + "'"
}

// precisionExpr computes a partial date's precision in Cypher, with the
// same values as facts.DatePrecision (the text is validated before loading).
func precisionExpr(v string) string {
	return fmt.Sprintf("CASE WHEN %[1]s IS NULL THEN null WHEN %[1]s STARTS WITH '--' THEN %[2]s "+
		"WHEN size(%[1]s) = 10 THEN %[3]s WHEN size(%[1]s) = 7 THEN %[4]s ELSE %[5]s END",
		v, cypherString(facts.PrecisionMonthDay), cypherString(facts.PrecisionDay),
		cypherString(facts.PrecisionMonth), cypherString(facts.PrecisionYear))
}

func sortedValues(m map[string]string) []string {
	out := make([]string, 0, len(m))
	for _, v := range m {
		out = append(out, v)
	}
	slices.Sort(out)
	return out
}

func buildQueries() *queries {
	q := &queries{
		allEntityLabels: sortedValues(entityLabels),
		allRelTypes:     sortedValues(relTypes),
	}
	q.factTypeAlteration = strings.Join(q.allRelTypes, "|")

	q.prepare = prepareQuery(q.allEntityLabels)
	q.write = writeQuery(q.allRelTypes)

	q.stale = `UNWIND $pairs AS p
MATCH (:Source {id: p.src})-[o:OF]->(old:Article)
WHERE old.id <> p.id
DELETE o
WITH DISTINCT old
CALL (old) {
  OPTIONAL MATCH (s:Source)-[:OF]->(old)
  WITH s.id AS sid ORDER BY sid
  RETURN collect(sid) AS sources
}
SET old.sources = sources
RETURN old.id AS id, size(sources) = 0 AS orphan`

	q.lockMentioned = `UNWIND $ids AS aid
MATCH (:Article {id: aid})<-[:MENTIONED_IN]-(e)
WITH DISTINCT e ORDER BY e.id
` + lockClause("e")

	q.retractFacts = `UNWIND $ids AS aid
MATCH (:Article {id: aid})<-[:MENTIONED_IN]-()-[r:` + q.factTypeAlteration + `]->()
WHERE aid IN r.articles
WITH r, collect(DISTINCT aid) AS gone
WITH r, [i IN range(0, size(r.articles) - 1) WHERE NOT r.articles[i] IN gone] AS keep
WITH r, [i IN keep | r.articles[i]] AS arts, [i IN keep | r.evidence[i]] AS ev,
     CASE WHEN r.titles IS NULL THEN null ELSE [i IN keep | r.titles[i]] END AS tt
SET r.articles = arts, r.evidence = ev, r.titles = tt,
    r.title = CASE WHEN tt IS NULL THEN null ELSE head([t IN tt WHERE t <> '']) END
WITH r WHERE size(arts) = 0
RETURN elementId(r) AS rid`

	// Emptied facts are deleted at the end of the transaction, once the
	// batch had the chance to support them again (a reload keeps them).
	q.dropUnsupported = `UNWIND $rids AS rid
MATCH ()-[r]->() WHERE elementId(r) = rid AND size(r.articles) = 0
DELETE r`

	q.retractMentions = `UNWIND $ids AS aid
MATCH (:Article {id: aid})<-[m:MENTIONED_IN]-(e)
DELETE m
RETURN DISTINCT elementId(e) AS eid`

	q.deleteArticles = `UNWIND $ids AS aid
MATCH (a:Article {id: aid})
DETACH DELETE a`

	q.dropUnmentioned = `UNWIND $eids AS eid
MATCH (e) WHERE elementId(e) = eid AND NOT (e)-[:MENTIONED_IN]->()
DETACH DELETE e`

	// The full recompute, for the entities that lost a mention (or whose
	// running aggregates predate them): one read of every mention, then the
	// same aggregation as the incremental update, from nothing.
	q.recompute = `UNWIND $eids AS eid
MATCH (e) WHERE elementId(e) = eid
CALL (e) {
  MATCH (e)-[m:MENTIONED_IN]->()
  RETURN collect({name: m.name, aliases: m.aliases, country: m.country, kind: m.kind, date: m.date}) AS ms
}
` + aggregateEntity()

	q.mentionedEntities = `MATCH (e)-[:MENTIONED_IN]->()
WHERE e.id STARTS WITH $prefix
RETURN DISTINCT elementId(e) AS eid, e.id AS id ORDER BY id`

	q.lockEntities = `UNWIND $eids AS eid
MATCH (e) WHERE elementId(e) = eid
WITH e ORDER BY e.id
` + lockClause("e")

	q.findArticles = `CALL {
  MATCH (a:Article {id: $key}) RETURN a
  UNION
  MATCH (:Source {id: $key})-[:OF]->(a:Article) RETURN a
}
RETURN DISTINCT a.id AS id ORDER BY id`

	q.lockExisting = `UNWIND $ids AS id
MATCH (a:Article {id: id})
` + lockClause("a")

	q.articleSources = `UNWIND $ids AS aid
MATCH (s:Source)-[:OF]->(:Article {id: aid})
WITH DISTINCT s ORDER BY s.id
` + lockClause("s") + `
RETURN s.id AS src`

	q.dropOrphanSources = `UNWIND $sources AS src
MATCH (s:Source {id: src})
WHERE NOT (s)-[:OF]->()
DELETE s`

	q.knownHashes = `UNWIND $sources AS src
MATCH (:Source {id: src})-[:OF]->(a:Article)
WHERE a.content_hash IS NOT NULL
RETURN src, a.content_hash AS hash ORDER BY src, a.id`

	q.deletePrefixNodes = `MATCH (n) WHERE n.id STARTS WITH $prefix
WITH n LIMIT 2000
DETACH DELETE n
RETURN count(*) AS deleted`

	q.dumpNodes = `MATCH (n) WHERE n.id STARTS WITH $prefix
RETURN labels(n) AS labels, properties(n) AS props`

	q.dumpRelationships = `MATCH (a)-[r]->(b)
WHERE a.id STARTS WITH $prefix OR b.id STARTS WITH $prefix
RETURN type(r) AS type, a.id AS from, labels(a) AS fromLabels, b.id AS to, labels(b) AS toLabels, properties(r) AS props`
	return q
}

// Hidden properties of an entity (the "_" prefix; graph/doc.go): running
// aggregates of its mentions, so that a batch that only adds mentions
// updates an entity from the batch's mentions alone.
const (
	propMentions = "_mentions" // number of mentions
)

// voted are the entity properties set to the value most mentions give;
// each keeps its votes in _<name>_values (distinct values, sorted) and
// _<name>_counts (mentions giving each).
var voted = []string{"country", "kind", "date"}

// aggregateEntity is the tail of the recompute statement: it takes e and
// ms (all the entity's mentions, as maps {name, aliases, country, kind,
// date}) and SETs name, aliases, country, kind, date and the running
// aggregates. It is the Cypher twin of EntitySummary, which the loader
// folds a batch's mentions into; the integration tests check that both
// give the same entity.
func aggregateEntity() string {
	var b strings.Builder
	b.WriteString(`WITH *, ` + sortedInsert("[]",
		"[r IN ms | r.name] + reduce(acc = [], r IN ms | acc + coalesce(r.aliases, []))") + ` AS aliases,
     reduce(x = null, r IN ms | CASE WHEN x IS NULL OR r.name > x THEN r.name ELSE x END) AS name
`)
	for _, f := range voted {
		b.WriteString(`WITH *, [r IN ms WHERE r.` + f + ` IS NOT NULL | r.` + f + `] AS ` + f + `_all
WITH *, ` + sortedInsert("[]", f+"_all") + ` AS ` + f + `_vs
WITH *, [v IN ` + f + `_vs | size([x IN ` + f + `_all WHERE x = v])] AS ` + f + `_ns
`)
		// Ties go to the greatest value: values are in ascending order and
		// a later one wins on an equal count.
		b.WriteString(`WITH *, reduce(w = -1, i IN range(0, size(` + f + `_vs) - 1) | CASE WHEN w < 0 OR ` + f + `_ns[i] >= ` + f + `_ns[w] THEN i ELSE w END) AS ` + f + `_w
WITH *, CASE WHEN ` + f + `_w < 0 THEN null ELSE ` + f + `_vs[` + f + `_w] END AS ` + f + `_v
`)
	}
	b.WriteString(`WITH *, date_v AS dt
SET e.name = name, e.aliases = aliases, e.country = country_v, e.kind = kind_v,
    e.` + propMentions + ` = size(ms),
`)
	for _, f := range voted {
		b.WriteString(`    e._` + f + `_values = CASE WHEN size(` + f + `_vs) = 0 THEN null ELSE ` + f + `_vs END,
    e._` + f + `_counts = CASE WHEN size(` + f + `_ns) = 0 THEN null ELSE ` + f + `_ns END,
`)
	}
	b.WriteString(`    e.date_text = dt,
    e.date_precision = ` + precisionExpr("dt") + `,
    e.date = CASE WHEN dt IS NOT NULL AND size(dt) = 10 AND NOT dt STARTS WITH '--' THEN date(dt) ELSE null END,
    e.code = CASE WHEN e:Country THEN country_v ELSE null END`)
	return b.String()
}

// sortedInsert is a Cypher expression: the sorted list of distinct values
// acc (already sorted and distinct) with the values of list added.
func sortedInsert(acc, list string) string {
	return `reduce(acc = ` + acc + `, x IN ` + list + ` | CASE WHEN x IS NULL OR x IN acc THEN acc
       ELSE [y IN acc WHERE y < x] + x + [y IN acc WHERE y > x] END)`
}

// prepareQuery is the first statement of a batch. It takes the write
// locks of everything the batch rewrites, in a fixed order (sources, the
// articles they point to now, the batch's articles, its entities; each
// sorted by id), creating what is new, and reads what the loader needs to
// decide the rest in Go:
//   - olds: the articles the batch's sources point to now, with those
//     sources (a source pointing at another article than the batch's has
//     changed content);
//   - arts: the batch's articles, loaded (they have mentions: support to
//     retract) and fresh (created now: no source links to read back);
//   - ents: the batch's entities with their element id, whether they have
//     no relationship (bare: their facts are new) and, for those that
//     have a name (not created now), their stored running aggregates,
//     which the batch's mentions are folded into in Go.
//
// Labels cannot be parameters, so the entities' MERGE is one branch per
// label of the closed list, chosen by row.label.
func prepareQuery(labels []string) string {
	var b strings.Builder
	b.WriteString(`CALL {
  UNWIND $sources AS src
  MERGE (s:Source {id: src})
  ` + lockClause("s") + `
  RETURN collect(s) AS ss, collect({id: src, eid: elementId(s)}) AS srcs
}
CALL (ss) {
  UNWIND ss AS s
  MATCH (s)-[:OF]->(old:Article)
  WITH old, collect(s.id) AS srcs ORDER BY old.id
  ` + lockClause("old") + `
  RETURN collect({id: old.id, srcs: srcs}) AS olds
}
CALL {
  UNWIND $ids AS id
  MERGE (a:Article {id: id})
  ` + lockClause("a") + `
  RETURN collect({id: id, eid: elementId(a), loaded: EXISTS { (a)<-[:MENTIONED_IN]-() },
                  fresh: a.sources IS NULL AND NOT EXISTS { (a)<-[:OF]-() }}) AS arts
}
CALL {
  UNWIND $entities AS row
  CALL (row) {
`)
	for i, l := range labels {
		if i > 0 {
			b.WriteString("    UNION ALL\n")
		}
		b.WriteString("    WITH row WHERE row.label = " + cypherString(l) + " MERGE (e:" + l + " {id: row.id}) RETURN e\n")
	}
	b.WriteString(`  }
  ` + lockClause("e") + `
  RETURN collect({label: row.label, id: row.id, eid: elementId(e), bare: NOT EXISTS { (e)--() },
                  stored: CASE WHEN e.name IS NULL THEN null ELSE e {.name, .aliases, mentions: e.` + propMentions)
	for _, f := range voted {
		b.WriteString(",\n                    " + f + "_values: e._" + f + "_values, " + f + "_counts: e._" + f + "_counts")
	}
	b.WriteString(`} END}) AS ents
}
RETURN srcs, olds, arts, ents`)
	return b.String()
}

// writeQuery is the second statement of a batch, once retraction is done:
// every write whose values the loader computed. Nodes come by the element
// ids prepare read, each seeked once: the articles ($articles) and the
// entities ($entities) are collected into lists, and the rows that link
// them (source links, mentions, facts) name their ends by position in those
// lists, so no row looks a node up again.
//   - articles: properties ({eid, props}: a null in props removes the
//     property; a new article's props have no nulls) and source links,
//     created for new articles ($links: {a, s}, s a source's element id)
//     and merged for the others ($relinks); the sources property is read
//     back from the links only for the articles that existed before
//     ($relinked, positions), whose other sources the batch does not know;
//   - entities: the properties that change ({eid, props}), the batch's
//     mentions folded into the running aggregates in Go; mentions
//     ($mentions: {e, a, ev, name, ...}), created: the retraction removed
//     those of the batch's articles;
//   - fact support, per relation type: $new_<type> ({a, b, articles,
//     ev[, titles, title]}) are facts with an end that had no
//     relationship before prepare (created whole); $<type> the others,
//     whose support is merged (factSupportQuery).
//
// It returns whether the node lists came in the order of their rows, which
// the positions rely on (collect keeps the order of rows, as it does in
// every runtime of Neo4j 5; the check makes a surprise an error, never a
// wrong link). Evidence is sent once per batch ($texts) and named by
// position (ev): the same sentence is often the evidence of several
// mentions and facts.
func writeQuery(types []string) string {
	var b strings.Builder
	b.WriteString(`CALL {
  UNWIND $articles AS row
  MATCH (a) WHERE elementId(a) = row.eid
  SET a += row.props
  RETURN collect(a) AS arts
}
CALL (arts) {
  UNWIND $links AS l
  MATCH (s) WHERE elementId(s) = l.s
  WITH s, arts[l.a] AS a
  CREATE (s)-[:OF]->(a)
}
CALL (arts) {
  UNWIND $relinks AS l
  MATCH (s) WHERE elementId(s) = l.s
  WITH s, arts[l.a] AS a
  MERGE (s)-[:OF]->(a)
}
CALL (arts) {
  UNWIND $relinked AS i
  WITH arts[i] AS a
  CALL (a) {
    MATCH (s:Source)-[:OF]->(a)
    WITH s.id AS sid ORDER BY sid
    RETURN collect(sid) AS sources
  }
  SET a.sources = sources
}
CALL {
  UNWIND $entities AS row
  MATCH (e) WHERE elementId(e) = row.eid
  SET e += row.props
  RETURN collect(e) AS ents
}
CALL (arts, ents) {
  UNWIND $mentions AS m
  WITH m, ents[m.e] AS e, arts[m.a] AS a
  CREATE (e)-[:MENTIONED_IN {name: m.name, aliases: m.aliases, evidence: $texts[m.ev],
                            country: m.country, kind: m.kind, date: m.date}]->(a)
}`)
	for _, typ := range types {
		b.WriteString(newFactsQuery(typ))
		b.WriteString(factSupportQuery(typ))
	}
	b.WriteString(`
RETURN [a IN arts | elementId(a)] = [r IN $articles | r.eid] AND
       [e IN ents | elementId(e)] = [r IN $entities | r.eid] AS aligned`)
	return b.String()
}

// newFactsQuery is the write statement's subquery for the new facts of one
// relation type: an end of theirs had no relationship, so they cannot
// exist yet and are created with the batch's support.
func newFactsQuery(typ string) string {
	titles := ""
	if titled(typ) {
		titles = ", titles: row.titles, title: row.title"
	}
	return `
CALL (ents) {
  UNWIND $new_` + typ + ` AS row
  WITH row, ents[row.a] AS a, ents[row.b] AS b
  CREATE (a)-[:` + typ + ` {articles: row.articles, evidence: [i IN row.ev | $texts[i]]` + titles + `}]->(b)
}`
}

// factSupportQuery is the write statement's subquery for the other facts
// of one relation type: rows {a, b (positions in ents), articles,
// evidence[, titles]}, the batch's support of one relationship, aligned
// and sorted by article. The batch's articles hold no support any more
// (retraction ran before), so the new support is merged into the old:
// appended when it sorts after it, else merged and sorted again in a
// subquery.
func factSupportQuery(typ string) string {
	// t: the titles' parts, for HOLDS_POSITION only.
	t := func(text string) string {
		if titled(typ) {
			return text
		}
		return ""
	}
	return `
CALL (ents) {
  UNWIND $` + typ + ` AS given
  WITH given {.*, evidence: [i IN given.ev | $texts[i]]} AS row, ents[given.a] AS a, ents[given.b] AS b
  MERGE (a)-[r:` + typ + `]->(b)
  WITH r, row, coalesce(r.articles, []) AS arts
  WITH r, row, arts, size(arts) = 0 OR arts[-1] < row.articles[0] AS tail
  OPTIONAL CALL (r, row, arts, tail) {
    WITH r, row, arts, coalesce(r.evidence, []) AS ev` + t(`, coalesce(r.titles, []) AS tt`) + ` WHERE NOT tail
    UNWIND [i IN range(0, size(arts) - 1) WHERE NOT arts[i] IN row.articles |
            {a: arts[i], e: coalesce(ev[i], '')` + t(`, t: coalesce(tt[i], '')`) + `}] +
           [i IN range(0, size(row.articles) - 1) |
            {a: row.articles[i], e: row.evidence[i]` + t(`, t: row.titles[i]`) + `}] AS s
    WITH s ORDER BY s.a
    RETURN collect(s.a) AS na, collect(s.e) AS ne` + t(`, collect(s.t) AS nt`) + `
  }
  WITH r, CASE WHEN tail THEN arts + row.articles ELSE na END AS na,
       CASE WHEN tail THEN coalesce(r.evidence, []) + row.evidence ELSE ne END AS ne` + t(`,
       CASE WHEN tail THEN coalesce(r.titles, []) + row.titles ELSE nt END AS nt`) + `
  SET r.articles = na, r.evidence = ne` + t(`, r.titles = nt, r.title = head([t IN nt WHERE t <> ''])`) + `
}`
}

// theQueries is built once; it is read-only afterwards.
var theQueries = buildQueries()

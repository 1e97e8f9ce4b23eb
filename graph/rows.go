package graph

import (
	"cmp"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/dyadgraph/dyad/facts"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
)

// PartialDate checks a partial ISO date (facts.DatePrecision) and that its
// month and day exist, and returns its precision and, for a full date with
// a year, the native Neo4j DATE. Other precisions have no native value:
// Neo4j has no partial dates, and a guessed day or year would be a lie.
func PartialDate(s string) (native any, precision string, err error) {
	precision, err = facts.DatePrecision(s)
	if err != nil {
		return nil, "", err
	}
	switch precision {
	case facts.PrecisionDay:
		t, err := time.Parse(time.DateOnly, s)
		if err != nil {
			return nil, "", fmt.Errorf("%q is not a calendar date", s)
		}
		return dbtype.Date(t), precision, nil
	case facts.PrecisionMonth:
		if _, err := time.Parse("2006-01", s); err != nil {
			return nil, "", fmt.Errorf("%q is not a calendar month", s)
		}
	case facts.PrecisionMonthDay:
		// 2000 is a leap year: --02-29 is a valid day of an unknown year.
		if _, err := time.Parse(time.DateOnly, "2000"+s[1:]); err != nil {
			return nil, "", fmt.Errorf("%q is not a day of the year", s)
		}
	}
	return nil, precision, nil
}

var countryCode = regexp.MustCompile(`^[A-Z]{2}$`)

// docRows is one Doc checked and turned into statement rows.
type docRows struct {
	id, source string
	article    map[string]any // without sources
	entities   []entityRow
	relations  []relRow
}

type entityRow struct {
	label, id string
	row       map[string]any // the mention: article, name, aliases, evidence, country, kind, date
}

type relRow struct {
	key             relKey
	from, to        string
	evidence, title string
}

// nilIfEmpty stores absent values as null (no property) rather than "".
func nilIfEmpty(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// prepareDoc checks d and builds its rows. Errors name the article (id and
// source) and the problem, and wrap ErrInvalidDoc.
func prepareDoc(d *facts.Doc) (*docRows, error) {
	if d == nil {
		return nil, fmt.Errorf("%w: nil doc", ErrInvalidDoc)
	}
	a := d.Article
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: article %q (source %q): %s", ErrInvalidDoc, a.ID, a.Source, fmt.Sprintf(format, args...))
	}
	if strings.TrimSpace(a.ID) == "" {
		return nil, bad("empty article id")
	}
	if strings.TrimSpace(a.Source) == "" {
		return nil, bad("empty source")
	}
	out := &docRows{id: a.ID, source: a.Source}
	art := map[string]any{
		"id":                  a.ID,
		"title":               nilIfEmpty(a.Title),
		"lang":                nilIfEmpty(a.Lang),
		"content_hash":        nilIfEmpty(a.ContentHash),
		"published":           nil,
		"published_text":      nil,
		"published_precision": nil,
	}
	if a.Published != nil && *a.Published != "" {
		native, prec, err := PartialDate(*a.Published)
		if err != nil {
			return nil, bad("published: %v", err)
		}
		art["published"], art["published_text"], art["published_precision"] = native, *a.Published, prec
	}
	out.article = art

	labelOf := make(map[string]string, len(d.Entities))
	byID := make(map[string]map[string]any, len(d.Entities))
	for i, e := range d.Entities {
		if strings.TrimSpace(e.ID) == "" {
			return nil, bad("entity %d (%q): empty id", i, e.Name)
		}
		label, ok := entityLabels[e.Type]
		if !ok {
			return nil, bad("entity %q: unknown type %q (known: %s)", e.ID, e.Type, strings.Join(facts.EntityTypes, ", "))
		}
		name := strings.TrimSpace(e.Name)
		if name == "" {
			return nil, bad("entity %q: empty name", e.ID)
		}
		var country any
		if e.Country != nil && *e.Country != "" {
			c := strings.ToUpper(strings.TrimSpace(*e.Country))
			if !countryCode.MatchString(c) {
				return nil, bad("entity %q: country %q is not an ISO 3166-1 alpha-2 code", e.ID, *e.Country)
			}
			country = c
		}
		var date any
		if e.Date != nil && *e.Date != "" {
			if _, _, err := PartialDate(*e.Date); err != nil {
				return nil, bad("entity %q: date: %v", e.ID, err)
			}
			date = *e.Date
		}
		if prev, seen := labelOf[e.ID]; seen {
			// One entity listed twice: merge the mentions, first values win.
			if prev != label {
				return nil, bad("entity %q listed as both %s and %s", e.ID, prev, label)
			}
			r := byID[e.ID]
			r["aliases"] = SortedSet(r["aliases"].([]string), e.Aliases, []string{name})
			for k, v := range map[string]any{"country": country, "kind": nilIfEmpty(e.Kind), "date": date} {
				if r[k] == nil {
					r[k] = v
				}
			}
			if r["evidence"] == nil {
				r["evidence"] = nilIfEmpty(e.Evidence)
			}
			continue
		}
		labelOf[e.ID] = label
		r := map[string]any{
			"article":  a.ID,
			"name":     name,
			"aliases":  SortedSet(e.Aliases),
			"evidence": nilIfEmpty(e.Evidence),
			"country":  country,
			"kind":     nilIfEmpty(e.Kind),
			"date":     date,
		}
		byID[e.ID] = r
		out.entities = append(out.entities, entityRow{label: label, id: e.ID, row: r})
	}

	seen := make(map[relKey]map[[2]string]bool)
	for i, r := range d.Relations {
		typ, ok := relTypes[r.Type]
		if !ok {
			return nil, bad("relation %d: unknown type %q (known: %s)", i, r.Type, strings.Join(facts.RelationTypes, ", "))
		}
		from, ok := labelOf[r.From]
		if !ok {
			return nil, bad("relation %d (%s): from unknown entity %q", i, r.Type, r.From)
		}
		to, ok := labelOf[r.To]
		if !ok {
			return nil, bad("relation %d (%s): to unknown entity %q", i, r.Type, r.To)
		}
		k := relKey{typ, from, to}
		ends := [2]string{r.From, r.To}
		if seen[k] == nil {
			seen[k] = map[[2]string]bool{}
		}
		if seen[k][ends] {
			continue // the same fact stated twice: the first statement is the evidence
		}
		seen[k][ends] = true
		out.relations = append(out.relations, relRow{key: k, from: r.From, to: r.To, evidence: r.Evidence, title: r.Title})
	}
	return out, nil
}

// Dedupe applies the loader's rules for repeats within one load: a source
// read twice keeps its last doc; an article read from several sources is
// kept once, with its last doc's facts and all its sources. The result
// keeps the order of first appearance; sources[i] lists the sources of
// out[i], sorted. Docs are expected valid (see Loader.Load).
func Dedupe(docs []*facts.Doc) (out []*facts.Doc, sources [][]string) {
	return dedupe(docs, func(d *facts.Doc) (string, string) { return d.Article.ID, d.Article.Source })
}

func dedupeDocs(docs []*docRows) (out []*docRows, sources [][]string) {
	return dedupe(docs, func(d *docRows) (string, string) { return d.id, d.source })
}

// dedupe is Dedupe for anything with an article id and a source.
func dedupe[T any](docs []T, key func(T) (id, source string)) (out []T, sources [][]string) {
	owner := make(map[string]int, len(docs)) // source -> index of its last doc
	for i, d := range docs {
		_, src := key(d)
		owner[src] = i
	}
	index := make(map[string]int, len(docs)) // article id -> position in out
	for i, d := range docs {
		id, src := key(d)
		j, ok := index[id]
		if !ok {
			j = len(out)
			index[id] = j
			out = append(out, d)
			sources = append(sources, nil)
		}
		out[j] = d // the last doc of an article gives its facts
		if owner[src] == i {
			sources[j] = append(sources[j], src)
		}
	}
	// An article whose every source was read again with other content is
	// superseded within this load: drop it.
	keep := 0
	for i := range out {
		if len(sources[i]) == 0 {
			continue
		}
		slices.Sort(sources[i])
		out[keep], sources[keep] = out[i], slices.Compact(sources[i])
		keep++
	}
	return out[:keep], sources[:keep]
}

// batch is the parameters of one write transaction.
type batch struct {
	ids        []string          // article ids, sorted
	sources    []string          // sources, sorted
	pairs      []map[string]any  // {src, id}
	articleOf  map[string]string // source -> the batch's article id
	articles   []map[string]any  // article rows with their sources, sorted by id
	entities   []*batchEntity    // sorted by id, then label
	entityRows []any             // maps {label, id}, aligned with entities: what prepare locks
	rels       []*batchRel       // sorted by type, from, to
	mentions   []any             // maps {e, a (positions in entities and articles), ev (in texts), name, aliases, ...}: absent values absent
	texts      []string          // the evidence sentences, each once: mentions and facts quote the same ones
	nEntities  int               // mentions written
	nRelations int               // fact supports written
}

// batchEntity is one entity of a batch: its mentions in the batch's
// articles (sorted by article) and what they sum up to.
type batchEntity struct {
	key       entityKey
	label, id string
	mentions  []any // maps {article, name, aliases, evidence, country, kind, date}
	sum       EntitySummary
}

// batchRel is one fact relationship of a batch with the batch's support
// of it, sorted by article.
type batchRel struct {
	typ                string
	from, to           entityKey // its ends
	fromIndex, toIndex int       // their positions in the batch's entities
	articles           []string
	evidence           []string // aligned with articles
	ev                 []int    // evidence as positions in the batch's texts
	titles             []string // aligned with articles, HOLDS_POSITION only
	support            []relSupport
}

type relSupport struct{ article, evidence, title string }

// entityKey names an entity of a batch: ids are unique per label.
type entityKey struct{ label, id string }

func str(v any) string {
	s, _ := v.(string)
	return s
}

// buildBatch groups the rows of docs (deduplicated, sources aligned) per
// statement. Rows are sorted by id so concurrent loaders take their locks
// in the same order, which keeps deadlocks rare.
func buildBatch(docs []*docRows, sources [][]string) *batch {
	b := &batch{articleOf: map[string]string{}}
	type relGroup struct {
		key      relKey
		from, to string
	}
	groups := map[relGroup]*batchRel{}
	ents := map[entityKey]*batchEntity{}
	for i, d := range docs {
		b.ids = append(b.ids, d.id)
		row := make(map[string]any, len(d.article)+1)
		for k, v := range d.article {
			row[k] = v
		}
		row["sources"] = sources[i]
		b.articles = append(b.articles, row)
		for _, s := range sources[i] {
			b.sources = append(b.sources, s)
			b.pairs = append(b.pairs, map[string]any{"src": s, "id": d.id})
			b.articleOf[s] = d.id
		}
		for _, e := range d.entities {
			id := e.id
			k := entityKey{e.label, id}
			be := ents[k]
			if be == nil {
				be = &batchEntity{key: k, label: e.label, id: id}
				ents[k] = be
				b.entities = append(b.entities, be)
			}
			be.mentions = append(be.mentions, e.row)
			be.sum.Add(Mention{Name: str(e.row["name"]), Aliases: e.row["aliases"].([]string),
				Country: str(e.row["country"]), Kind: str(e.row["kind"]), Date: str(e.row["date"])})
			b.nEntities++
		}
		for _, r := range d.relations {
			g := relGroup{r.key, r.from, r.to}
			br := groups[g]
			if br == nil {
				br = &batchRel{typ: r.key.typ, from: entityKey{r.key.from, r.from}, to: entityKey{r.key.to, r.to}}
				groups[g] = br
				b.rels = append(b.rels, br)
			}
			br.support = append(br.support, relSupport{d.id, r.evidence, r.title})
			b.nRelations++
		}
	}
	slices.Sort(b.ids)
	slices.Sort(b.sources)
	byID := func(x, y map[string]any) int { return cmp.Compare(x["id"].(string), y["id"].(string)) }
	slices.SortFunc(b.articles, byID)
	slices.SortFunc(b.pairs, func(x, y map[string]any) int { return cmp.Compare(x["src"].(string), y["src"].(string)) })
	for _, e := range b.entities {
		slices.SortFunc(e.mentions, func(x, y any) int {
			return cmp.Compare(x.(map[string]any)["article"].(string), y.(map[string]any)["article"].(string))
		})
	}
	slices.SortFunc(b.entities, func(x, y *batchEntity) int {
		return cmp.Or(cmp.Compare(x.id, y.id), cmp.Compare(x.label, y.label))
	})
	for _, r := range b.rels {
		slices.SortFunc(r.support, func(x, y relSupport) int { return cmp.Compare(x.article, y.article) })
		for _, s := range r.support {
			r.articles = append(r.articles, s.article)
			r.evidence = append(r.evidence, s.evidence)
			if titled(r.typ) {
				r.titles = append(r.titles, s.title)
			}
		}
	}
	slices.SortFunc(b.rels, func(x, y *batchRel) int {
		return cmp.Or(cmp.Compare(x.typ, y.typ), cmp.Compare(x.from.id, y.from.id), cmp.Compare(x.from.label, y.from.label),
			cmp.Compare(x.to.id, y.to.id), cmp.Compare(x.to.label, y.to.label))
	})
	// The write statement names nodes by their position in the lists of
	// articles and entities it seeks once.
	article := make(map[string]int, len(b.ids))
	for i, id := range b.ids {
		article[id] = i
	}
	// A sentence is often the evidence of several mentions and facts: it
	// is sent once.
	text := map[string]int{}
	textIndex := func(s string) int {
		i, ok := text[s]
		if !ok {
			i = len(b.texts)
			text[s] = i
			b.texts = append(b.texts, s)
		}
		return i
	}
	entity := make(map[entityKey]int, len(b.entities))
	for i, e := range b.entities {
		entity[e.key] = i
		b.entityRows = append(b.entityRows, map[string]any{"label": e.label, "id": e.id})
		for _, m := range e.mentions {
			row := map[string]any{"e": i}
			for k, v := range m.(map[string]any) {
				switch {
				case k == "article":
					row["a"] = article[v.(string)]
				case k == "evidence" && v != nil:
					row["ev"] = textIndex(v.(string))
				case v != nil:
					row[k] = v
				}
			}
			b.mentions = append(b.mentions, row)
		}
	}
	for _, r := range b.rels {
		r.fromIndex, r.toIndex = entity[r.from], entity[r.to]
		for _, s := range r.evidence {
			r.ev = append(r.ev, textIndex(s))
		}
	}
	return b
}

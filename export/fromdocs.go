package export

import (
	"cmp"
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/dyadgraph/dyad/facts"
	"github.com/dyadgraph/dyad/graph"
)

// FromDocs builds, without a database, the graph the loader would make of
// docs: the same nodes, relationships and properties (graph/doc.go):
//   - an article read from several sources is one Article with every source;
//     a source read twice keeps its last article;
//   - an entity's name is the greatest of its mention names; aliases the
//     sorted union of mention names and aliases; country, kind and date the
//     value most mentions give (ties: the greatest);
//   - one fact relationship per (type, from, to) with aligned support lists
//     sorted by article id (articles, evidence, and titles/title for
//     HOLDS_POSITION).
//
// A doc that cannot be loaded is skipped; the returned errors name each
// one's article and source and the problem.
func FromDocs(docs []*facts.Doc) (*Graph, []error) {
	var errs []error
	var ok []*facts.Doc
	for _, d := range docs {
		if err := checkDoc(d); err != nil {
			errs = append(errs, err)
			continue
		}
		ok = append(ok, d)
	}
	arts, sources := graph.Dedupe(ok)

	g := &Graph{}
	type mention struct {
		article string
		props   map[string]any
	}
	entities := map[Key][]mention{}
	var entityOrder []Key
	type support struct{ article, evidence, title string }
	type relID struct {
		typ      string
		from, to Key
	}
	supports := map[relID][]support{}

	for i, d := range arts {
		a := d.Article
		props := map[string]any{"id": a.ID, "sources": sources[i]}
		setString(props, "title", a.Title)
		setString(props, "lang", a.Lang)
		setString(props, "content_hash", a.ContentHash)
		if a.Published != nil && *a.Published != "" {
			native, prec, _ := graph.PartialDate(*a.Published)
			props["published_text"] = *a.Published
			props["published_precision"] = prec
			if native != nil {
				props["published"] = native
			}
		}
		g.Nodes = append(g.Nodes, Node{Label: LabelArticle, ID: a.ID, Props: props})
		for _, s := range sources[i] {
			g.Nodes = append(g.Nodes, Node{Label: LabelSource, ID: s, Props: map[string]any{"id": s}})
			g.Rels = append(g.Rels, Rel{Type: RelOf, From: Key{LabelSource, s}, To: Key{LabelArticle, a.ID}, Props: map[string]any{}})
		}

		// One mention per entity of the article: a repeated entity merges
		// into the first (first values win, aliases add up).
		labelOf := map[string]string{}
		local := map[string]map[string]any{}
		var localOrder []string
		for _, e := range d.Entities {
			name := strings.TrimSpace(e.Name)
			m, seen := local[e.ID]
			if !seen {
				labelOf[e.ID] = e.Type
				m = map[string]any{"name": name, "aliases": graph.SortedSet(e.Aliases)}
				local[e.ID] = m
				localOrder = append(localOrder, e.ID)
			} else {
				m["aliases"] = graph.SortedSet(m["aliases"].([]string), e.Aliases, []string{name})
			}
			setFirst(m, "evidence", e.Evidence)
			if e.Country != nil {
				setFirst(m, "country", strings.ToUpper(strings.TrimSpace(*e.Country)))
			}
			setFirst(m, "kind", e.Kind)
			if e.Date != nil {
				setFirst(m, "date", *e.Date)
			}
		}
		for _, id := range localOrder {
			k := Key{labelOf[id], id}
			if _, known := entities[k]; !known {
				entityOrder = append(entityOrder, k)
			}
			entities[k] = append(entities[k], mention{a.ID, local[id]})
			g.Rels = append(g.Rels, Rel{Type: RelMentioned, From: k, To: Key{LabelArticle, a.ID}, Props: local[id]})
		}
		seen := map[relID]bool{}
		for _, r := range d.Relations {
			id := relID{r.Type, Key{labelOf[r.From], r.From}, Key{labelOf[r.To], r.To}}
			if seen[id] {
				continue // the same fact stated twice: the first statement is the evidence
			}
			seen[id] = true
			supports[id] = append(supports[id], support{a.ID, r.Evidence, r.Title})
		}
	}

	for _, k := range entityOrder {
		var sum graph.EntitySummary
		for _, m := range entities[k] {
			str := func(p string) string { v, _ := m.props[p].(string); return v }
			sum.Add(graph.Mention{Name: str("name"), Aliases: m.props["aliases"].([]string),
				Country: str("country"), Kind: str("kind"), Date: str("date")})
		}
		props := sum.Props(k.Label)
		props["id"] = k.ID
		g.Nodes = append(g.Nodes, Node{Label: k.Label, ID: k.ID, Props: props})
	}

	for id, sup := range supports {
		slices.SortStableFunc(sup, func(a, b support) int { return cmp.Compare(a.article, b.article) })
		props := map[string]any{}
		var arts, ev, titles []string
		for _, s := range sup {
			arts = append(arts, s.article)
			ev = append(ev, s.evidence)
			titles = append(titles, s.title)
		}
		props["articles"], props["evidence"] = arts, ev
		if id.typ == facts.RelHoldsPosition {
			props["titles"] = titles
			for _, t := range titles {
				if t != "" {
					props["title"] = t
					break
				}
			}
		}
		g.Rels = append(g.Rels, Rel{Type: id.typ, From: id.from, To: id.to, Props: props})
	}
	g.Sort()
	return g, errs
}

var countryCode = regexp.MustCompile(`^[A-Z]{2}$`)

// checkDoc refuses what the loader refuses, with the same reasons.
func checkDoc(d *facts.Doc) error {
	if d == nil {
		return fmt.Errorf("nil doc")
	}
	a := d.Article
	bad := func(format string, args ...any) error {
		return fmt.Errorf("article %q (source %q): %s", a.ID, a.Source, fmt.Sprintf(format, args...))
	}
	if strings.TrimSpace(a.Source) == "" {
		return bad("empty source")
	}
	if err := d.Validate(); err != nil {
		return bad("%v", err)
	}
	if a.Published != nil && *a.Published != "" {
		if _, _, err := graph.PartialDate(*a.Published); err != nil {
			return bad("published: %v", err)
		}
	}
	types := map[string]string{}
	for _, e := range d.Entities {
		if strings.TrimSpace(e.Name) == "" {
			return bad("entity %q: empty name", e.ID)
		}
		if prev, ok := types[e.ID]; ok && prev != e.Type {
			return bad("entity %q listed as both %s and %s", e.ID, prev, e.Type)
		}
		types[e.ID] = e.Type
		if e.Country != nil && *e.Country != "" && !countryCode.MatchString(strings.ToUpper(strings.TrimSpace(*e.Country))) {
			return bad("entity %q: country %q is not an ISO 3166-1 alpha-2 code", e.ID, *e.Country)
		}
		if e.Date != nil && *e.Date != "" {
			if _, _, err := graph.PartialDate(*e.Date); err != nil {
				return bad("entity %q: date: %v", e.ID, err)
			}
		}
	}
	return nil
}

func setString(m map[string]any, k, v string) {
	if v != "" {
		m[k] = v
	}
}

func setFirst(m map[string]any, k, v string) {
	if _, ok := m[k]; !ok && v != "" {
		m[k] = v
	}
}

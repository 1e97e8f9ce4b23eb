package export

import (
	"bufio"
	"cmp"
	"encoding/json"
	"io"
	"slices"

	"github.com/dyadgraph/dyad/facts"
)

// Docs rebuilds, from the graph, the contract Docs of its articles, sorted
// by article id: one Doc per source of the article (the same content, as
// when the article was read from each), so that loading them back gives
// the same Article with all its sources. Each Doc has the entities
// as that article mentioned them (MENTIONED_IN: name, aliases, country,
// kind, date, evidence) and the facts it supports, with its own evidence
// sentence and title. Extraction problems are not kept in the graph.
func (g *Graph) Docs() []*facts.Doc {
	byArticle := map[string]*facts.Doc{}
	sources := map[string][]string{}
	var ids []string
	for _, n := range g.Nodes {
		if n.Label != LabelArticle {
			continue
		}
		a := facts.Article{ID: n.ID}
		a.Title, _ = n.Props["title"].(string)
		a.Lang, _ = n.Props["lang"].(string)
		a.ContentHash, _ = n.Props["content_hash"].(string)
		sources[n.ID] = stringList(n.Props["sources"])
		if p, ok := n.Props["published_text"].(string); ok && p != "" {
			a.Published = &p
		} else if n.Props["published"] != nil {
			p := text(n.Props["published"])
			a.Published = &p
		}
		byArticle[n.ID] = &facts.Doc{Article: a, Entities: []facts.Entity{}, Relations: []facts.Relation{}}
		ids = append(ids, n.ID)
	}
	for _, r := range g.Rels {
		if r.Type != RelMentioned {
			continue
		}
		d := byArticle[r.To.ID]
		if d == nil || r.To.Label != LabelArticle {
			continue
		}
		e := facts.Entity{ID: r.From.ID, Type: r.From.Label}
		e.Name, _ = r.Props["name"].(string)
		e.Aliases = stringList(r.Props["aliases"])
		e.Kind, _ = r.Props["kind"].(string)
		e.Evidence, _ = r.Props["evidence"].(string)
		if c, ok := r.Props["country"].(string); ok && c != "" {
			e.Country = &c
		}
		if dt, ok := r.Props["date"].(string); ok && dt != "" {
			e.Date = &dt
		}
		d.Entities = append(d.Entities, e)
	}
	for _, r := range g.Rels {
		if !slices.Contains(facts.RelationTypes, r.Type) {
			continue
		}
		arts := stringList(r.Props["articles"])
		ev := stringList(r.Props["evidence"])
		titles := stringList(r.Props["titles"])
		for i, a := range arts {
			d := byArticle[a]
			if d == nil {
				continue
			}
			rel := facts.Relation{Type: r.Type, From: r.From.ID, To: r.To.ID}
			if i < len(ev) {
				rel.Evidence = ev[i]
			}
			if i < len(titles) {
				rel.Title = titles[i]
			}
			d.Relations = append(d.Relations, rel)
		}
	}
	slices.Sort(ids)
	out := make([]*facts.Doc, 0, len(ids))
	for _, id := range ids {
		d := byArticle[id]
		slices.SortFunc(d.Entities, func(a, b facts.Entity) int { return cmp.Compare(a.ID, b.ID) })
		slices.SortFunc(d.Relations, func(a, b facts.Relation) int {
			return cmp.Or(cmp.Compare(a.Type, b.Type), cmp.Compare(a.From, b.From), cmp.Compare(a.To, b.To))
		})
		srcs := sources[id]
		if len(srcs) == 0 {
			out = append(out, d)
			continue
		}
		for _, s := range srcs {
			c := *d
			c.Article.Source = s
			out = append(out, &c)
		}
	}
	return out
}

// JSONL writes the Docs of g as contract JSON Lines, one article a line.
func JSONL(w io.Writer, g *Graph) error {
	if err := g.Check(); err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for _, d := range g.Docs() {
		if err := enc.Encode(d); err != nil {
			return err
		}
	}
	return bw.Flush()
}

func stringList(v any) []string {
	switch l := v.(type) {
	case []string:
		return l
	case []any:
		out := make([]string, 0, len(l))
		for _, e := range l {
			out = append(out, text(e))
		}
		return out
	}
	return nil
}

package export

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/dyadgraph/dyad/facts"
	"github.com/dyadgraph/dyad/graph"
)

// Labels and relationship types of dyad's graph. The lists are closed: a
// writer refuses anything else, so no label or type in a generated Cypher
// script ever comes from data.
const (
	LabelArticle = "Article"
	LabelSource  = "Source"
	RelMentioned = "MENTIONED_IN"
	RelOf        = "OF"
)

// Labels lists every node label, in the order files and scripts use.
var Labels = append([]string{LabelArticle, LabelSource}, facts.EntityTypes...)

// RelTypes lists every relationship type.
var RelTypes = append([]string{RelMentioned, RelOf}, facts.RelationTypes...)

// Node is one node: its label, its id and its properties ("id" included).
// Values are string, int64, float64, bool, []string, dbtype.Date, or
// another value the Neo4j driver returns.
type Node struct {
	Label string
	ID    string
	Props map[string]any
}

// Key is how relationships refer to a node.
type Key struct{ Label, ID string }

// Rel is one relationship between two nodes.
type Rel struct {
	Type     string
	From, To Key
	Props    map[string]any
}

// Graph is a whole graph in memory, sorted (see Sort).
type Graph struct {
	Nodes []Node
	Rels  []Rel
}

// Sort puts nodes in (label order of Labels, id) order and relationships in
// (type order of RelTypes, from, to) order, so output is deterministic.
func (g *Graph) Sort() {
	li := func(l string) int { return index(Labels, l) }
	ti := func(t string) int { return index(RelTypes, t) }
	slices.SortFunc(g.Nodes, func(a, b Node) int {
		return cmp.Or(cmp.Compare(li(a.Label), li(b.Label)), cmp.Compare(a.Label, b.Label), cmp.Compare(a.ID, b.ID))
	})
	key := func(k Key) string { return k.Label + "\x00" + k.ID }
	slices.SortFunc(g.Rels, func(a, b Rel) int {
		return cmp.Or(cmp.Compare(ti(a.Type), ti(b.Type)), cmp.Compare(a.Type, b.Type),
			cmp.Compare(key(a.From), key(b.From)), cmp.Compare(key(a.To), key(b.To)))
	})
}

func index(list []string, s string) int {
	if i := slices.Index(list, s); i >= 0 {
		return i
	}
	return len(list)
}

// Counts returns the number of nodes per label and relationships per type.
func (g *Graph) Counts() map[string]int {
	out := map[string]int{}
	for _, n := range g.Nodes {
		out[n.Label]++
	}
	for _, r := range g.Rels {
		out[r.Type]++
	}
	return out
}

// Check verifies what every writer relies on: labels and types from the
// closed lists, non-empty unique node ids per label, relationship ends that
// exist. It reports the first problem.
func (g *Graph) Check() error {
	seen := make(map[Key]bool, len(g.Nodes))
	for _, n := range g.Nodes {
		if !slices.Contains(Labels, n.Label) {
			return fmt.Errorf("node %q: label %q is not one of dyad's (%s)", n.ID, n.Label, strings.Join(Labels, ", "))
		}
		if n.ID == "" {
			return fmt.Errorf("a %s node has no id", n.Label)
		}
		k := Key{n.Label, n.ID}
		if seen[k] {
			return fmt.Errorf("two %s nodes with id %q", n.Label, n.ID)
		}
		seen[k] = true
	}
	for _, r := range g.Rels {
		if !slices.Contains(RelTypes, r.Type) {
			return fmt.Errorf("relationship %s -> %s: type %q is not one of dyad's (%s)", r.From.ID, r.To.ID, r.Type, strings.Join(RelTypes, ", "))
		}
		for _, end := range []Key{r.From, r.To} {
			if !seen[end] {
				return fmt.Errorf("%s relationship %s -> %s: no %s node %q", r.Type, r.From.ID, r.To.ID, end.Label, end.ID)
			}
		}
	}
	return nil
}

// FromDump copies the nodes and relationships of a database dump, keeping
// dyad's labels and types only (other data sharing the database is left
// out; skipped counts them). A node with several labels keeps the first of
// Labels it has.
func FromDump(d *graph.Dump) (g *Graph, skipped int) {
	g = &Graph{}
	label := func(labels []string) string {
		for _, l := range Labels {
			if slices.Contains(labels, l) {
				return l
			}
		}
		return ""
	}
	for _, n := range d.Nodes {
		l := label(n.Labels)
		if l == "" || n.ID == "" {
			skipped++
			continue
		}
		g.Nodes = append(g.Nodes, Node{Label: l, ID: n.ID, Props: normalizeProps(n.Props)})
	}
	have := make(map[Key]bool, len(g.Nodes))
	for _, n := range g.Nodes {
		have[Key{n.Label, n.ID}] = true
	}
	for _, r := range d.Relationships {
		from := Key{label(strings.Split(r.FromLabel, ":")), r.From}
		to := Key{label(strings.Split(r.ToLabel, ":")), r.To}
		if !slices.Contains(RelTypes, r.Type) || !have[from] || !have[to] {
			skipped++
			continue
		}
		g.Rels = append(g.Rels, Rel{Type: r.Type, From: from, To: to, Props: normalizeProps(r.Props)})
	}
	g.Sort()
	return g, skipped
}

// normalizeProps drops nulls and turns lists of strings into []string.
func normalizeProps(p map[string]any) map[string]any {
	out := make(map[string]any, len(p))
	for k, v := range p {
		if v == nil {
			continue
		}
		if l, ok := v.([]any); ok {
			ss := make([]string, 0, len(l))
			for _, e := range l {
				s, ok := e.(string)
				if !ok {
					ss = nil
					break
				}
				ss = append(ss, s)
			}
			if ss != nil || len(l) == 0 {
				if ss == nil {
					ss = []string{}
				}
				v = ss
			}
		}
		out[k] = v
	}
	return out
}

// propNames returns the property names used by items, sorted, "id" first.
func propNames[T any](items []T, props func(T) map[string]any) []string {
	set := map[string]bool{}
	for _, it := range items {
		for k := range props(it) {
			set[k] = true
		}
	}
	names := slices.Sorted(maps.Keys(set))
	if i := slices.Index(names, "id"); i > 0 {
		names = append([]string{"id"}, slices.Delete(names, i, i+1)...)
	}
	return names
}

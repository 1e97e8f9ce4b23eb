package graph

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
)

// DumpOptions scope a Dump.
type DumpOptions struct {
	// IDPrefix keeps the nodes whose id starts with it, and the
	// relationships with an end among them. Empty: the whole graph.
	IDPrefix string
	// Hidden keeps the loader's bookkeeping properties (names starting
	// with "_", such as an entity's running vote counts), which a dump
	// leaves out otherwise: they are not data.
	Hidden bool
}

// Dump is a whole graph (or the part under a prefix) in a canonical,
// sorted form: two graphs are equal when their dumps' String are.
type Dump struct {
	Nodes         []DumpNode         `json:"nodes"`
	Relationships []DumpRelationship `json:"relationships"`
	// Counts per label and per relationship type.
	Counts map[string]int `json:"counts"`
}

// DumpNode is a node with its labels and every property (but the hidden
// ones, unless DumpOptions.Hidden). Property values
// are as the driver returns them (string, int64, float64, bool, []any,
// dbtype.Date, ...).
type DumpNode struct {
	Labels []string       `json:"labels"`
	ID     string         `json:"id"`
	Props  map[string]any `json:"props"`
}

// DumpRelationship is a relationship, its ends by label and id, and every
// property.
type DumpRelationship struct {
	Type      string         `json:"type"`
	FromLabel string         `json:"from_label"`
	From      string         `json:"from"`
	ToLabel   string         `json:"to_label"`
	To        string         `json:"to"`
	Props     map[string]any `json:"props"`
}

// Node returns the node with that label and id, or nil.
func (d *Dump) Node(label, id string) *DumpNode {
	for i := range d.Nodes {
		if d.Nodes[i].ID == id && slices.Contains(d.Nodes[i].Labels, label) {
			return &d.Nodes[i]
		}
	}
	return nil
}

// Rel returns the relationship of that type from id to id, or nil.
func (d *Dump) Rel(typ, from, to string) *DumpRelationship {
	for i := range d.Relationships {
		r := &d.Relationships[i]
		if r.Type == typ && r.From == from && r.To == to {
			return r
		}
	}
	return nil
}

// String is the dump as indented JSON, dates written {"date": "2023-12-01"}
// so they differ from strings.
func (d *Dump) String() string {
	b, err := json.MarshalIndent(d.jsonable(), "", "  ")
	if err != nil {
		return fmt.Sprintf("dump: %v", err)
	}
	return string(b)
}

// MarshalJSON writes the same form as String.
func (d *Dump) MarshalJSON() ([]byte, error) { return json.Marshal(d.jsonable()) }

func (d *Dump) jsonable() any {
	type node DumpNode
	type rel DumpRelationship
	out := struct {
		Nodes         []node         `json:"nodes"`
		Relationships []rel          `json:"relationships"`
		Counts        map[string]int `json:"counts"`
	}{Counts: d.Counts, Nodes: []node{}, Relationships: []rel{}}
	for _, n := range d.Nodes {
		n.Props = jsonProps(n.Props)
		out.Nodes = append(out.Nodes, node(n))
	}
	for _, r := range d.Relationships {
		r.Props = jsonProps(r.Props)
		out.Relationships = append(out.Relationships, rel(r))
	}
	return out
}

func jsonProps(p map[string]any) map[string]any {
	out := make(map[string]any, len(p))
	for k, v := range p {
		out[k] = jsonValue(v)
	}
	return out
}

func jsonValue(v any) any {
	switch x := v.(type) {
	case dbtype.Date:
		return map[string]string{"date": x.String()}
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = jsonValue(e)
		}
		return out
	case fmt.Stringer:
		// Other temporal and spatial values: their text form is canonical.
		return map[string]string{fmt.Sprintf("%T", v): x.String()}
	}
	return v
}

// Dump reads every node and relationship (under opts.IDPrefix) and returns
// them sorted. It reads the whole store when there is no prefix: meant for
// tests and small graphs.
func (c *Client) Dump(ctx context.Context, opts DumpOptions) (*Dump, error) {
	q := theQueries
	out, err := c.read(ctx, "dump", func(tx neo4j.ManagedTransaction) (any, error) {
		p := map[string]any{"prefix": opts.IDPrefix}
		d := &Dump{Counts: map[string]int{}}
		recs, _, err := run(ctx, tx, q.dumpNodes, p)
		if err != nil {
			return nil, err
		}
		for _, r := range recs {
			labels, _, _ := neo4j.GetRecordValue[[]any](r, "labels")
			props, _, _ := neo4j.GetRecordValue[map[string]any](r, "props")
			if !opts.Hidden {
				props = withoutHidden(props)
			}
			n := DumpNode{Props: props}
			for _, l := range labels {
				if s, ok := l.(string); ok {
					n.Labels = append(n.Labels, s)
					d.Counts[s]++
				}
			}
			slices.Sort(n.Labels)
			n.ID, _ = props["id"].(string)
			d.Nodes = append(d.Nodes, n)
		}
		recs, _, err = run(ctx, tx, q.dumpRelationships, p)
		if err != nil {
			return nil, err
		}
		for _, r := range recs {
			var x DumpRelationship
			x.Type, _, _ = neo4j.GetRecordValue[string](r, "type")
			x.From, _, _ = neo4j.GetRecordValue[string](r, "from")
			x.To, _, _ = neo4j.GetRecordValue[string](r, "to")
			x.Props, _, _ = neo4j.GetRecordValue[map[string]any](r, "props")
			if !opts.Hidden {
				x.Props = withoutHidden(x.Props)
			}
			fl, _, _ := neo4j.GetRecordValue[[]any](r, "fromLabels")
			tl, _, _ := neo4j.GetRecordValue[[]any](r, "toLabels")
			x.FromLabel, x.ToLabel = joinLabels(fl), joinLabels(tl)
			d.Counts[x.Type]++
			d.Relationships = append(d.Relationships, x)
		}
		return d, nil
	})
	if err != nil {
		return nil, err
	}
	d := out.(*Dump)
	slices.SortFunc(d.Nodes, func(a, b DumpNode) int {
		return cmp.Or(cmp.Compare(strings.Join(a.Labels, ":"), strings.Join(b.Labels, ":")), cmp.Compare(a.ID, b.ID))
	})
	slices.SortFunc(d.Relationships, func(a, b DumpRelationship) int {
		return cmp.Or(cmp.Compare(a.Type, b.Type), cmp.Compare(a.FromLabel, b.FromLabel), cmp.Compare(a.From, b.From),
			cmp.Compare(a.ToLabel, b.ToLabel), cmp.Compare(a.To, b.To))
	})
	return d, nil
}

// withoutHidden drops the bookkeeping properties (names starting with "_").
func withoutHidden(p map[string]any) map[string]any {
	for k := range p {
		if strings.HasPrefix(k, "_") {
			delete(p, k)
		}
	}
	return p
}

func joinLabels(ls []any) string {
	var s []string
	for _, l := range ls {
		if x, ok := l.(string); ok {
			s = append(s, x)
		}
	}
	slices.Sort(s)
	return strings.Join(s, ":")
}

// KnownHashes returns, for each of sources that has an article loaded, the
// content hash of that article. Ingest compares it with a fresh read to
// skip unchanged articles before extracting them.
func (c *Client) KnownHashes(ctx context.Context, sources []string) (map[string]string, error) {
	out := make(map[string]string, len(sources))
	if len(sources) == 0 {
		return out, nil
	}
	const chunk = 5000
	for i := 0; i < len(sources); i += chunk {
		part := sources[i:min(i+chunk, len(sources))]
		_, err := c.read(ctx, "known hashes", func(tx neo4j.ManagedTransaction) (any, error) {
			recs, _, err := run(ctx, tx, theQueries.knownHashes, map[string]any{"sources": part})
			if err != nil {
				return nil, err
			}
			for _, r := range recs {
				src, _, _ := neo4j.GetRecordValue[string](r, "src")
				h, _, _ := neo4j.GetRecordValue[string](r, "hash")
				out[src] = h
			}
			return nil, nil
		})
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// DeletePrefix deletes every node whose id starts with prefix, with its
// relationships, and returns how many nodes went. It exists for tests that
// share a database: each uses its own id prefix and cleans only that.
// An empty prefix is refused.
func (c *Client) DeletePrefix(ctx context.Context, prefix string) (int, error) {
	if prefix == "" {
		return 0, fmt.Errorf("delete prefix: refusing an empty prefix (it would delete the whole graph)")
	}
	total := 0
	for {
		out, err := c.write(ctx, "delete prefix", func(tx neo4j.ManagedTransaction) (any, error) {
			recs, _, err := run(ctx, tx, theQueries.deletePrefixNodes, map[string]any{"prefix": prefix})
			if err != nil || len(recs) == 0 {
				return int64(0), err
			}
			n, _, err := neo4j.GetRecordValue[int64](recs[0], "deleted")
			return n, err
		})
		if err != nil {
			return total, err
		}
		n := int(out.(int64))
		total += n
		if n == 0 {
			return total, nil
		}
	}
}

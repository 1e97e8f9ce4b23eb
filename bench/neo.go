package bench

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Shape is what a load left under an id prefix: nodes per label,
// relationships per type, and the fact supports they carry (the summed
// length of their articles lists). Two loads of the same facts have the
// same shape.
type Shape struct {
	Nodes    map[string]int `json:"nodes"`
	Rels     map[string]int `json:"relationships"`
	Supports int            `json:"supports"`
}

// Equal reports whether two shapes match.
func (s Shape) Equal(o Shape) bool {
	return maps.Equal(s.Nodes, o.Nodes) && maps.Equal(s.Rels, o.Rels) && s.Supports == o.Supports
}

func (s Shape) String() string {
	var b strings.Builder
	for _, k := range slices.Sorted(maps.Keys(s.Nodes)) {
		fmt.Fprintf(&b, "%s=%d ", k, s.Nodes[k])
	}
	for _, k := range slices.Sorted(maps.Keys(s.Rels)) {
		fmt.Fprintf(&b, "%s=%d ", k, s.Rels[k])
	}
	fmt.Fprintf(&b, "supports=%d", s.Supports)
	return b.String()
}

// shapeLabels are the labels a load writes (closed list).
var shapeLabels = []string{"Article", "Source", "Person", "Organization", "Country", "Location", "Agreement", "Event"}

// ShapeOf reads the shape of the graph under prefix. Each label is read
// through its id index, so other data in the database costs little.
func ShapeOf(ctx context.Context, drv neo4j.DriverWithContext, database, prefix string) (Shape, error) {
	sh := Shape{Nodes: map[string]int{}, Rels: map[string]int{}}
	s := drv.NewSession(ctx, neo4j.SessionConfig{AccessMode: neo4j.AccessModeRead, DatabaseName: database})
	defer s.Close(context.WithoutCancel(ctx))
	params := map[string]any{"prefix": prefix}
	for _, l := range shapeLabels {
		_, err := s.ExecuteRead(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
			res, err := tx.Run(ctx, `MATCH (n:`+l+`) WHERE n.id STARTS WITH $prefix RETURN count(n) AS n`, params)
			if err != nil {
				return nil, err
			}
			rec, err := res.Single(ctx)
			if err != nil {
				return nil, err
			}
			if n, _, _ := neo4j.GetRecordValue[int64](rec, "n"); n > 0 {
				sh.Nodes[l] = int(n)
			}
			res, err = tx.Run(ctx, `MATCH (n:`+l+`)-[r]->() WHERE n.id STARTS WITH $prefix
RETURN type(r) AS t, count(r) AS c, sum(size(coalesce(r.articles, []))) AS s`, params)
			if err != nil {
				return nil, err
			}
			recs, err := res.Collect(ctx)
			if err != nil {
				return nil, err
			}
			for _, r := range recs {
				t, _, _ := neo4j.GetRecordValue[string](r, "t")
				c, _, _ := neo4j.GetRecordValue[int64](r, "c")
				sup, _, _ := neo4j.GetRecordValue[int64](r, "s")
				sh.Rels[t] += int(c)
				sh.Supports += int(sup)
			}
			return nil, nil
		})
		if err != nil {
			return sh, fmt.Errorf("shape of %s under %q: %w", l, prefix, err)
		}
	}
	return sh, nil
}

package bench

import (
	"context"
	"fmt"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// NaiveLoad writes rows the way a first attempt does: one managed write
// transaction per article and one per fact (MERGE of the entity and its
// MENTIONED_IN, or MERGE of the relation and its support), with the same
// statements as the LOAD CSV baseline. It returns the facts written.
func NaiveLoad(ctx context.Context, drv neo4j.DriverWithContext, database string, rows *Rows) (int, time.Duration, error) {
	start := time.Now()
	s := drv.NewSession(ctx, neo4j.SessionConfig{AccessMode: neo4j.AccessModeWrite, DatabaseName: database})
	defer s.Close(context.WithoutCancel(ctx))
	one := func(body string, row map[string]any) error {
		_, err := s.ExecuteWrite(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
			res, err := tx.Run(ctx, "WITH $row AS row\n"+body, map[string]any{"row": row})
			if err != nil {
				return nil, err
			}
			return res.Consume(ctx)
		})
		return err
	}
	nz := func(s string) any { // CSV fields are null when empty: the same here
		if s == "" {
			return nil
		}
		return s
	}
	for _, a := range rows.Articles {
		if err := one(articleBody, map[string]any{"id": a.ID, "source": a.Source, "title": nz(a.Title), "lang": nz(a.Lang),
			"published": nz(a.Published), "content_hash": nz(a.ContentHash)}); err != nil {
			return 0, time.Since(start), fmt.Errorf("naive load: article %s: %w", a.ID, err)
		}
	}
	n := 0
	bodies := map[string]string{}
	for _, m := range rows.Mentions {
		if !knownLabel(m.Label) {
			return n, time.Since(start), fmt.Errorf("naive load: unknown label %q", m.Label)
		}
		b, ok := bodies[m.Label]
		if !ok {
			b = mentionBody(m.Label)
			bodies[m.Label] = b
		}
		if err := one(b, map[string]any{"id": m.ID, "article": m.Article, "name": nz(m.Name), "aliases": nz(m.Aliases),
			"country": nz(m.Country), "kind": nz(m.Kind), "date": nz(m.Date), "evidence": nz(m.Evidence)}); err != nil {
			return n, time.Since(start), fmt.Errorf("naive load: mention %s in %s: %w", m.ID, m.Article, err)
		}
		n++
	}
	for _, sp := range rows.Supports {
		if !knownKey(sp.Key) {
			return n, time.Since(start), fmt.Errorf("naive load: unknown relation %v", sp.Key)
		}
		k := sp.Key.String()
		b, ok := bodies[k]
		if !ok {
			b = supportBody(sp.Key)
			bodies[k] = b
		}
		if err := one(b, map[string]any{"from": sp.From, "to": sp.To, "article": sp.Article, "evidence": nz(sp.Evidence),
			"title": nz(sp.Title)}); err != nil {
			return n, time.Since(start), fmt.Errorf("naive load: %s %s -> %s: %w", sp.Key.Type, sp.From, sp.To, err)
		}
		n++
	}
	return n, time.Since(start), nil
}

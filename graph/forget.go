package graph

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"go.uber.org/zap"
)

// ForgetResult reports what Forget removed.
type ForgetResult struct {
	Articles         []string // ids of the articles removed, sorted
	Sources          []string // sources those articles were read from, sorted
	EntitiesDeleted  int      // entities no remaining article mentions
	RelationsDeleted int      // fact relationships no remaining article supports
}

// Forget removes an article, given its id, or every article read from a
// source, given the path or URL, together with what only it supported:
// mentions, its support of facts (a fact another article supports stays,
// with that article alone in its lists), entities no other article
// mentions. An article read from several sources is removed entirely.
// When nothing matches, the error wraps ErrNotFound.
func (c *Client) Forget(ctx context.Context, idOrSource string) (ForgetResult, error) {
	return forget(ctx, c.sessions, c.uri, c.user, c.log, theQueries, idOrSource)
}

func forget(ctx context.Context, sm sessionMaker, uri, user string, log *zap.Logger, q *queries, key string) (ForgetResult, error) {
	if strings.TrimSpace(key) == "" {
		return ForgetResult{}, fmt.Errorf("forget: empty article id or source: %w", ErrNotFound)
	}
	out, err := runTx(ctx, sm, neo4j.AccessModeWrite, uri, user, "forget "+key, func(tx neo4j.ManagedTransaction) (any, error) {
		t := &txRun{ctx: ctx, tx: tx}
		recs, _ := t.run(q.findArticles, map[string]any{"key": key})
		ids := stringsOf(recs, "id")
		if t.err != nil || len(ids) == 0 {
			return ForgetResult{}, t.err
		}
		p := map[string]any{"ids": ids}
		t.run(q.lockExisting, p)
		recs, _ = t.run(q.articleSources, p)
		res := ForgetResult{Articles: ids, Sources: stringsOf(recs, "src")}
		eids, rids := q.retract(t, ids)
		t.run(q.deleteArticles, p)
		t.run(q.dropOrphanSources, map[string]any{"sources": res.Sources})
		res.RelationsDeleted, res.EntitiesDeleted = q.settle(t, eids, rids)
		return res, t.err
	})
	if err != nil {
		return ForgetResult{}, err
	}
	res := out.(ForgetResult)
	if len(res.Articles) == 0 {
		return res, fmt.Errorf("forget: no article with id or source %q: %w", key, ErrNotFound)
	}
	slices.Sort(res.Sources)
	log.Info("forgot", zap.String("key", key), zap.Strings("articles", res.Articles),
		zap.Int("entities_deleted", res.EntitiesDeleted), zap.Int("relations_deleted", res.RelationsDeleted))
	return res, nil
}

// RecomputeEntities sets the properties of every entity whose id starts
// with prefix (every entity when prefix is empty) from all its mentions,
// as the loader does for an entity that lost a mention, and rebuilds its
// running aggregates (the hidden "_" properties). Loads keep them right;
// this is a repair, and the reference the tests compare loads with. It
// returns how many entities it recomputed.
func (c *Client) RecomputeEntities(ctx context.Context, prefix string) (int, error) {
	q := theQueries
	out, err := c.read(ctx, "entities to recompute", func(tx neo4j.ManagedTransaction) (any, error) {
		recs, _, err := run(ctx, tx, q.mentionedEntities, map[string]any{"prefix": prefix})
		if err != nil {
			return nil, err
		}
		return stringsOf(recs, "eid"), nil
	})
	if err != nil {
		return 0, err
	}
	eids := out.([]string)
	const chunk = 500
	for i := 0; i < len(eids); i += chunk {
		p := map[string]any{"eids": eids[i:min(i+chunk, len(eids))]}
		_, err := c.write(ctx, "recompute entities", func(tx neo4j.ManagedTransaction) (any, error) {
			t := &txRun{ctx: ctx, tx: tx}
			t.run(q.lockEntities, p)
			t.run(q.recompute, p)
			return nil, t.err
		})
		if err != nil {
			return i, err
		}
	}
	return len(eids), nil
}

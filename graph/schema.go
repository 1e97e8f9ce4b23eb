package graph

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// SchemaStatements are the constraints and indexes of the graph, all
// IF NOT EXISTS so applying them again changes nothing:
//   - a uniqueness constraint on id for Article, Source and every entity
//     label (named dyad_<label>_id; it also gives the id lookup index);
//   - range indexes on Event(date), Agreement(date), Article(published),
//     Article(content_hash), Person(name), Organization(name), Country(code).
func SchemaStatements() []string {
	var out []string
	labels := append([]string{labelArticle, labelSource}, theQueries.allEntityLabels...)
	for _, l := range labels {
		out = append(out, fmt.Sprintf("CREATE CONSTRAINT dyad_%s_id IF NOT EXISTS FOR (n:%s) REQUIRE n.id IS UNIQUE",
			strings.ToLower(l), l))
	}
	for _, ix := range []struct{ label, prop string }{
		{"Event", "date"},
		{"Agreement", "date"},
		{labelArticle, "published"},
		{labelArticle, "content_hash"},
		{"Person", "name"},
		{"Organization", "name"},
		{"Country", "code"},
	} {
		out = append(out, fmt.Sprintf("CREATE INDEX dyad_%s_%s IF NOT EXISTS FOR (n:%s) ON (n.%s)",
			strings.ToLower(ix.label), ix.prop, ix.label, ix.prop))
	}
	return out
}

// EnsureSchema creates the constraints and indexes that are missing and
// waits until they are online. Running it again, or from two processes at
// once, is harmless.
func (c *Client) EnsureSchema(ctx context.Context) error {
	for _, stmt := range SchemaStatements() {
		// Schema changes cannot share a transaction with each other's
		// data, so each statement has its own.
		_, err := c.write(ctx, "create schema", func(tx neo4j.ManagedTransaction) (any, error) {
			_, _, err := run(ctx, tx, stmt, nil)
			return nil, err
		})
		var nerr *neo4j.Neo4jError
		if errors.As(err, &nerr) && schemaAlreadyThere(nerr.Code) {
			// Another process created the same rule between our check and
			// our write: that is the wanted state.
			continue
		}
		if err != nil {
			return fmt.Errorf("%s: %w", stmt, err)
		}
	}
	_, err := c.read(ctx, "wait for indexes", func(tx neo4j.ManagedTransaction) (any, error) {
		_, _, err := run(ctx, tx, "CALL db.awaitIndexes(300)", nil)
		return nil, err
	})
	c.log.Debug("schema ensured")
	return err
}

func schemaAlreadyThere(code string) bool {
	switch code {
	case "Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists",
		"Neo.ClientError.Schema.ConstraintAlreadyExists",
		"Neo.ClientError.Schema.IndexAlreadyExists":
		return true
	}
	return false
}

package cookbook

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Errors of Run, for errors.Is.
var (
	// ErrWriteQuery: the statement tries to change the database, which a
	// read transaction refuses. Nothing was changed.
	ErrWriteQuery = errors.New("the query writes to the database; dyad query only reads (use cypher-shell or Neo4j Browser to change data)")
	// ErrCypher: the server rejected the statement (syntax, unknown
	// function, type error, missing parameter).
	ErrCypher = errors.New("the server rejected the query")
)

// Reader is the part of a Neo4j session that Run needs: a
// neo4j.SessionWithContext opened with any access mode.
type Reader interface {
	ExecuteRead(ctx context.Context, work neo4j.ManagedTransactionWork, configurers ...func(*neo4j.TransactionConfig)) (any, error)
}

// Result is what a query returned: its columns and rows, values as the
// driver gives them (string, int64, float64, bool, []any, map[string]any,
// neo4j.Node, neo4j.Relationship, neo4j.Path, neo4j.Date, ...).
type Result struct {
	Columns []string
	Rows    [][]any
}

// Run executes one statement in a read transaction and returns all its rows.
// A statement that writes fails with ErrWriteQuery; one the server rejects
// fails with ErrCypher and the server's message.
func Run(ctx context.Context, s Reader, cypher string, params map[string]any) (*Result, error) {
	out, err := s.ExecuteRead(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		res, err := tx.Run(ctx, cypher, params)
		if err != nil {
			return nil, err
		}
		keys, err := res.Keys()
		if err != nil {
			return nil, err
		}
		recs, err := res.Collect(ctx)
		if err != nil {
			return nil, err
		}
		r := &Result{Columns: keys, Rows: make([][]any, len(recs))}
		for i, rec := range recs {
			r.Rows[i] = rec.Values
		}
		return r, nil
	})
	if err != nil {
		return nil, classify(err)
	}
	r, ok := out.(*Result)
	if !ok {
		return nil, fmt.Errorf("read transaction returned %T", out)
	}
	return r, nil
}

// classify maps the server's refusals to this package's sentinels, keeping
// the server's message (which names the problem and its position).
func classify(err error) error {
	var ne *neo4j.Neo4jError
	if !errors.As(err, &ne) {
		return err
	}
	switch {
	case ne.Code == "Neo.ClientError.Statement.AccessMode" ||
		strings.Contains(ne.Msg, "in read access mode"):
		return fmt.Errorf("%w (server: %s)", ErrWriteQuery, firstLine(ne.Msg))
	case strings.HasPrefix(ne.Code, "Neo.ClientError.Statement."),
		strings.HasPrefix(ne.Code, "Neo.ClientError.Procedure."),
		strings.HasPrefix(ne.Code, "Neo.ClientError.Schema."):
		return fmt.Errorf("%w: %s: %s", ErrCypher, ne.Code, ne.Msg)
	}
	return err
}

func firstLine(s string) string {
	l, _, _ := strings.Cut(s, "\n")
	return l
}

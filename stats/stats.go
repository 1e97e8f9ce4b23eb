package stats

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/dyadgraph/dyad/cookbook"
	"github.com/dyadgraph/dyad/export"
)

// Options tune Collect.
type Options struct {
	// TopPairs is how many country pairs to list (default 10).
	TopPairs int
}

// Section is one table of the report.
type Section struct {
	Key    string // JSON key: nodes, relationships, languages, months, country_pairs
	Title  string
	Result *cookbook.Result
}

// Report is the whole summary, in print order.
type Report struct {
	Sections []Section
}

// countQuery counts every label or type of the closed lists in one
// statement; each count is answered from Neo4j's count store.
func countQuery(items []string, pattern func(string) string) string {
	parts := make([]string, len(items))
	for i, it := range items {
		parts[i] = fmt.Sprintf("  MATCH %s RETURN '%s' AS name, count(*) AS count", pattern(it), it)
	}
	return "CALL () {\n" + strings.Join(parts, "\n  UNION ALL\n") + "\n}\nRETURN name, count"
}

var (
	nodesQuery = countQuery(export.Labels, func(l string) string { return "(:" + l + ")" })
	relsQuery  = countQuery(export.RelTypes, func(t string) string { return "()-[:" + t + "]->()" })
)

const languagesQuery = `MATCH (a:Article)
RETURN coalesce(a.lang, '?') AS lang, count(*) AS articles
ORDER BY articles DESC, lang`

// Articles with a year but no month are counted under "YYYY (no month)";
// those without a year ("--02-21") or any date under "(no date)".
const monthsQuery = `MATCH (a:Article)
WITH CASE
  WHEN a.published_text =~ '[0-9]{4}-[0-9]{2}.*' THEN left(a.published_text, 7)
  WHEN a.published_text =~ '[0-9]{4}' THEN a.published_text + ' (no month)'
  WHEN a.published IS NOT NULL THEN left(toString(a.published), 7)
  ELSE '(no date)'
END AS month
RETURN month, count(*) AS articles
ORDER BY month = '(no date)', month`

// A pair is two countries whose officials (by their country property) took
// part in the same event; events counts such events.
const pairsQuery = `MATCH (p:Person)-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(q:Person)
WHERE p.country IS NOT NULL AND q.country IS NOT NULL AND p.country < q.country
WITH p.country AS a, q.country AS b, e,
  coalesce(e.date, CASE WHEN e.date_text =~ '[0-9]{4}(-[0-9]{2})?' THEN date(e.date_text) END) AS day
WITH a, b, count(DISTINCT e) AS events, min(day) AS first, max(day) AS last
ORDER BY events DESC, a, b
LIMIT $top
OPTIONAL MATCH (ca:Country {code: a})
OPTIONAL MATCH (cb:Country {code: b})
RETURN a AS country_a, ca.name AS name_a, b AS country_b, cb.name AS name_b, events,
  first AS first_dated, last AS last_dated
ORDER BY events DESC, country_a, country_b`

// Collect runs every query of the report in one read transaction.
func Collect(ctx context.Context, r cookbook.Reader, opts Options) (*Report, error) {
	if opts.TopPairs <= 0 {
		opts.TopPairs = 10
	}
	specs := []struct {
		key, title, cypher string
		params             map[string]any
	}{
		{"nodes", "Nodes per label", nodesQuery, nil},
		{"relationships", "Relationships per type", relsQuery, nil},
		{"languages", "Articles per language", languagesQuery, nil},
		{"months", "Articles per month of publication", monthsQuery, nil},
		{"country_pairs", fmt.Sprintf("Top %d country pairs (events attended by officials of both)", opts.TopPairs), pairsQuery, map[string]any{"top": int64(opts.TopPairs)}},
	}
	out, err := r.ExecuteRead(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		rep := &Report{}
		for _, s := range specs {
			res, err := tx.Run(ctx, s.cypher, s.params)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", s.key, err)
			}
			keys, err := res.Keys()
			if err != nil {
				return nil, fmt.Errorf("%s: %w", s.key, err)
			}
			recs, err := res.Collect(ctx)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", s.key, err)
			}
			tbl := &cookbook.Result{Columns: keys}
			for _, rec := range recs {
				tbl.Rows = append(tbl.Rows, rec.Values)
			}
			rep.Sections = append(rep.Sections, Section{Key: s.key, Title: s.title, Result: tbl})
		}
		return rep, nil
	})
	if err != nil {
		return nil, fmt.Errorf("stats: %w", err)
	}
	rep, ok := out.(*Report)
	if !ok {
		return nil, fmt.Errorf("stats: read transaction returned %T", out)
	}
	return rep, nil
}

// Section returns the section with that key, or nil.
func (r *Report) Section(key string) *Section {
	for i := range r.Sections {
		if r.Sections[i].Key == key {
			return &r.Sections[i]
		}
	}
	return nil
}

// Formats of Write.
var Formats = []string{cookbook.FormatTable, cookbook.FormatJSON}

// Write prints the report: titled aligned tables, or one JSON object whose
// keys are the section keys and values arrays of row objects.
func (r *Report) Write(w io.Writer, format string) error {
	switch format {
	case cookbook.FormatTable:
		for i, s := range r.Sections {
			if i > 0 {
				if _, err := fmt.Fprintln(w); err != nil {
					return err
				}
			}
			if _, err := fmt.Fprintf(w, "%s\n\n", s.Title); err != nil {
				return err
			}
			if err := s.Result.WriteTable(w, cookbook.DefaultMaxWidth); err != nil {
				return err
			}
		}
		return nil
	case cookbook.FormatJSON:
		obj := map[string]any{}
		for _, s := range r.Sections {
			rows := make([]map[string]any, 0, len(s.Result.Rows))
			for _, row := range s.Result.Rows {
				m := map[string]any{}
				for i, c := range s.Result.Columns {
					m[c] = cookbook.JSONValue(row[i])
				}
				rows = append(rows, m)
			}
			obj[s.Key] = rows
		}
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(obj)
	}
	return fmt.Errorf("unknown format %q (want %s)", format, strings.Join(Formats, ", "))
}

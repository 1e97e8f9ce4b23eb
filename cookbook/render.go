package cookbook

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"
	"unicode/utf8"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
	"golang.org/x/text/unicode/norm"
)

// Output formats of a Result.
const (
	FormatTable = "table" // aligned columns for people
	FormatCSV   = "csv"   // RFC 4180, one header line
	FormatJSON  = "json"  // an array of objects, keys in column order
)

// Formats lists the output formats.
var Formats = []string{FormatTable, FormatCSV, FormatJSON}

// DefaultMaxWidth is the widest a table cell gets before it is cut with "…".
const DefaultMaxWidth = 60

// Write prints r in format; maxWidth bounds table cells (0: no bound).
func (r *Result) Write(w io.Writer, format string, maxWidth int) error {
	switch format {
	case FormatTable:
		return r.WriteTable(w, maxWidth)
	case FormatCSV:
		return r.WriteCSV(w)
	case FormatJSON:
		return r.WriteJSON(w)
	}
	return fmt.Errorf("unknown format %q (want %s)", format, strings.Join(Formats, ", "))
}

// WriteTable prints an aligned table with a header, a rule and a row count.
// Values are rendered by Text on one line; cells longer than maxWidth
// characters (when > 0) end with "…".
func (r *Result) WriteTable(w io.Writer, maxWidth int) error {
	var buf bytes.Buffer
	tw := tabwriter.NewWriter(&buf, 0, 0, 2, ' ', 0)
	rule := make([]string, len(r.Columns))
	for i, c := range r.Columns {
		rule[i] = strings.Repeat("-", max(utf8.RuneCountInString(c), 3))
	}
	fmt.Fprintln(tw, strings.Join(r.Columns, "\t"))
	fmt.Fprintln(tw, strings.Join(rule, "\t"))
	cells := make([]string, len(r.Columns))
	for _, row := range r.Rows {
		for i := range cells {
			var v any
			if i < len(row) {
				v = row[i]
			}
			cells[i] = cell(Text(v), maxWidth)
		}
		fmt.Fprintln(tw, strings.Join(cells, "\t"))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	// Empty last cells leave padding behind: trim it.
	for line := range strings.Lines(buf.String()) {
		if _, err := io.WriteString(w, strings.TrimRight(line, " \n")+"\n"); err != nil {
			return err
		}
	}
	noun := "rows"
	if len(r.Rows) == 1 {
		noun = "row"
	}
	_, err := fmt.Fprintf(w, "(%d %s)\n", len(r.Rows), noun)
	return err
}

// cell puts a value on one line, NFC-normalised so that tabwriter (which
// counts code points) aligns Vietnamese text, and cuts it to maxWidth.
func cell(s string, maxWidth int) string {
	s = norm.NFC.String(s)
	s = strings.Map(func(r rune) rune {
		if r == '\n' || r == '\r' || r == '\t' || r == '\v' || r == '\f' {
			return ' '
		}
		if r < 0x20 || r == 0x7f {
			return -1
		}
		return r
	}, s)
	if maxWidth > 0 && utf8.RuneCountInString(s) > maxWidth {
		rs := []rune(s)
		s = string(rs[:max(maxWidth-1, 1)]) + "…"
	}
	return s
}

// WriteCSV prints a header line and one line per row, values rendered by
// Text (lists joined with "; "), nothing cut.
func (r *Result) WriteCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(r.Columns); err != nil {
		return err
	}
	rec := make([]string, len(r.Columns))
	for _, row := range r.Rows {
		for i := range rec {
			rec[i] = ""
			if i < len(row) {
				rec[i] = norm.NFC.String(Text(row[i]))
			}
		}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// WriteJSON prints an array with one object per row, keys in column order,
// values converted by JSONValue; one row per line.
func (r *Result) WriteJSON(w io.Writer) error {
	var b bytes.Buffer
	b.WriteString("[")
	for i, row := range r.Rows {
		if i > 0 {
			b.WriteString(",")
		}
		b.WriteString("\n{")
		for j, c := range r.Columns {
			if j > 0 {
				b.WriteString(",")
			}
			k, err := marshal(c)
			if err != nil {
				return err
			}
			var v any
			if j < len(row) {
				v = row[j]
			}
			val, err := marshal(JSONValue(v))
			if err != nil {
				return fmt.Errorf("column %s: %w", c, err)
			}
			b.Write(k)
			b.WriteString(":")
			b.Write(val)
		}
		b.WriteString("}")
	}
	if len(r.Rows) > 0 {
		b.WriteString("\n")
	}
	b.WriteString("]\n")
	_, err := w.Write(b.Bytes())
	return err
}

// marshal is json.Marshal without HTML escaping (evidence quotes keep their < and &).
func marshal(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}

// Text renders a value for people: lists joined with "; ", dates as
// YYYY-MM-DD, a node as its name (or title, or id) and label, a
// relationship as [:TYPE title], a path as a chain of names and arrows.
func Text(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case bool:
		return strconv.FormatBool(x)
	case int64:
		return strconv.FormatInt(x, 10)
	case int:
		return strconv.Itoa(x)
	case float64:
		return strconv.FormatFloat(x, 'g', -1, 64)
	case dbtype.Date:
		return time.Time(x).Format(time.DateOnly)
	case dbtype.LocalDateTime:
		return x.String()
	case dbtype.LocalTime:
		return x.String()
	case dbtype.Time:
		return x.String()
	case dbtype.Duration:
		return x.String()
	case time.Time:
		return x.Format(time.RFC3339Nano)
	case []any:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = Text(e)
			if _, nested := e.([]any); nested {
				parts[i] = "[" + parts[i] + "]"
			}
		}
		return strings.Join(parts, "; ")
	case map[string]any:
		keys := slices.Sorted(maps.Keys(x))
		parts := make([]string, len(keys))
		for i, k := range keys {
			parts[i] = k + ": " + Text(x[k])
		}
		return "{" + strings.Join(parts, ", ") + "}"
	case dbtype.Node:
		return caption(x) + " (:" + strings.Join(x.Labels, ":") + ")"
	case dbtype.Relationship:
		return relText(x)
	case dbtype.Path:
		return pathText(x)
	case []byte:
		return fmt.Sprintf("%x", x)
	}
	return fmt.Sprint(v)
}

// caption is what names a node: name, title, id, in that order.
func caption(n dbtype.Node) string {
	for _, k := range []string{"name", "title", "id"} {
		if s, ok := n.Props[k].(string); ok && s != "" {
			return s
		}
	}
	return n.ElementId
}

func relText(r dbtype.Relationship) string {
	if t, ok := r.Props["title"].(string); ok && t != "" {
		return "[:" + r.Type + " " + t + "]"
	}
	return "[:" + r.Type + "]"
}

// pathText shows each hop in the direction the relationship points.
func pathText(p dbtype.Path) string {
	if len(p.Nodes) == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString(caption(p.Nodes[0]))
	for i, r := range p.Relationships {
		if i+1 >= len(p.Nodes) {
			break
		}
		if r.StartElementId == p.Nodes[i].ElementId {
			b.WriteString(" -" + relText(r) + "-> ")
		} else {
			b.WriteString(" <-" + relText(r) + "- ")
		}
		b.WriteString(caption(p.Nodes[i+1]))
	}
	return b.String()
}

// JSONValue converts a driver value to plain JSON values: a node becomes
// {"labels", "properties"}, a relationship {"type", "start", "end",
// "properties"} (start and end are node ids within a path, else element
// ids), a path {"nodes", "relationships"}, a date "YYYY-MM-DD", other
// temporal values their ISO text, NaN and infinities their name.
func JSONValue(v any) any {
	switch x := v.(type) {
	case nil, string, bool, int64, int:
		return x
	case float64:
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return strconv.FormatFloat(x, 'g', -1, 64)
		}
		return x
	case dbtype.Date, dbtype.LocalDateTime, dbtype.LocalTime, dbtype.Time, dbtype.Duration, time.Time:
		return Text(x)
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = JSONValue(e)
		}
		return out
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			out[k] = JSONValue(e)
		}
		return out
	case dbtype.Node:
		return nodeJSON(x)
	case dbtype.Relationship:
		return relJSON(x, x.StartElementId, x.EndElementId)
	case dbtype.Path:
		ids := map[string]string{}
		nodes := make([]any, len(x.Nodes))
		for i, n := range x.Nodes {
			nodes[i] = nodeJSON(n)
			ids[n.ElementId] = n.ElementId
			if id, ok := n.Props["id"].(string); ok {
				ids[n.ElementId] = id
			}
		}
		rels := make([]any, len(x.Relationships))
		for i, r := range x.Relationships {
			rels[i] = relJSON(r, ids[r.StartElementId], ids[r.EndElementId])
		}
		return map[string]any{"nodes": nodes, "relationships": rels}
	case dbtype.Point2D:
		return map[string]any{"srid": x.SpatialRefId, "x": x.X, "y": x.Y}
	case dbtype.Point3D:
		return map[string]any{"srid": x.SpatialRefId, "x": x.X, "y": x.Y, "z": x.Z}
	}
	return Text(v)
}

func nodeJSON(n dbtype.Node) map[string]any {
	labels := make([]any, len(n.Labels))
	for i, l := range n.Labels {
		labels[i] = l
	}
	return map[string]any{"labels": labels, "properties": JSONValue(propsOrEmpty(n.Props))}
}

func relJSON(r dbtype.Relationship, start, end string) map[string]any {
	return map[string]any{"type": r.Type, "start": start, "end": end, "properties": JSONValue(propsOrEmpty(r.Props))}
}

// propsOrEmpty returns a node's or relationship's properties without the
// loader's hidden bookkeeping ("_"-prefixed running counts, see graph/doc.go).
func propsOrEmpty(m map[string]any) map[string]any {
	out := make(map[string]any, len(m))
	for k, v := range m {
		if !strings.HasPrefix(k, "_") {
			out[k] = v
		}
	}
	return out
}

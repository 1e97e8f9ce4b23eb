package export

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/dyadgraph/dyad/graph"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
)

// CypherBatch is how many statements share one transaction in the script.
const CypherBatch = 500

// Cypher writes g as a Cypher script that rebuilds it in any Neo4j 5: dyad's
// constraints and indexes, then one MERGE per node and per relationship,
// in :begin/:commit blocks of CypherBatch statements (cypher-shell -f runs
// it; so does Neo4j Browser with multi-statement mode). MERGE on ids makes
// running it twice harmless.
//
// This is the one place where dyad writes values into Cypher text rather
// than parameters (a script must stand alone): every string goes through
// CypherString, labels and types come from the closed lists only (Check),
// and property names are quoted when they are not plain identifiers. Each
// statement is on one line ending with ";" (newlines in values are escaped).
func Cypher(w io.Writer, g *Graph) error {
	if err := g.Check(); err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	counts := g.Counts()
	fmt.Fprintf(bw, "// dyad graph export: %d nodes, %d relationships.\n", len(g.Nodes), len(g.Rels))
	fmt.Fprintf(bw, "// %s\n", countsLine(counts))
	bw.WriteString("// Run with: cypher-shell -a bolt://localhost:7687 -u neo4j -f dyad.cypher\n")
	for _, s := range graph.SchemaStatements() {
		bw.WriteString(s + ";\n")
	}
	n := 0
	stmt := func(s string) {
		if n%CypherBatch == 0 {
			if n > 0 {
				bw.WriteString(":commit\n")
			}
			bw.WriteString(":begin\n")
		}
		bw.WriteString(s)
		bw.WriteString(";\n")
		n++
	}
	for _, nd := range g.Nodes {
		stmt(fmt.Sprintf("MERGE (n:%s {id: %s}) SET n += %s", nd.Label, CypherString(nd.ID), cypherMap(nd.Props, "id")))
	}
	for _, r := range g.Rels {
		stmt(fmt.Sprintf("MATCH (a:%s {id: %s}) MATCH (b:%s {id: %s}) MERGE (a)-[r:%s]->(b) SET r += %s",
			r.From.Label, CypherString(r.From.ID), r.To.Label, CypherString(r.To.ID), r.Type, cypherMap(r.Props)))
	}
	if n > 0 {
		bw.WriteString(":commit\n")
	}
	return bw.Flush()
}

func countsLine(counts map[string]int) string {
	var parts []string
	for _, k := range append(slices.Clone(Labels), RelTypes...) {
		if c := counts[k]; c > 0 {
			parts = append(parts, fmt.Sprintf("%s %d", k, c))
		}
	}
	return strings.Join(parts, ", ")
}

// CypherString quotes s as a Cypher string literal: single quotes, with
// backslash, quote and control characters escaped (\\, \', \n, \r, \t,
// \b, \f, \uXXXX), so no input can end the literal early or add a
// statement. Invalid UTF-8 becomes U+FFFD.
func CypherString(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('\'')
	for i, w := 0, 0; i < len(s); i += w {
		r, size := utf8.DecodeRuneInString(s[i:])
		w = size
		switch {
		case r == utf8.RuneError && size == 1:
			b.WriteRune('\uFFFD')
		case r == '\\':
			b.WriteString(`\\`)
		case r == '\'':
			b.WriteString(`\'`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\b':
			b.WriteString(`\b`)
		case r == '\f':
			b.WriteString(`\f`)
		case r < 0x20 || r == 0x7f || r == 0x2028 || r == 0x2029 || r == 0x85:
			fmt.Fprintf(&b, `\u%04X`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('\'')
	return b.String()
}

// cypherName quotes a property name with backticks unless it is a plain
// identifier (a backtick inside is doubled).
func cypherName(s string) string {
	if propName.MatchString(s) {
		return s
	}
	return "`" + strings.ReplaceAll(s, "`", "``") + "`"
}

// cypherMap writes props (but skip) as a map literal, keys sorted.
func cypherMap(props map[string]any, skip ...string) string {
	keys := make([]string, 0, len(props))
	for k, v := range props {
		if v != nil && !slices.Contains(skip, k) {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = cypherName(k) + ": " + CypherValue(props[k])
	}
	return "{" + strings.Join(parts, ", ") + "}"
}

// CypherValue writes a property value as a Cypher literal.
func CypherValue(v any) string {
	switch x := v.(type) {
	case nil:
		return "null"
	case string:
		return CypherString(x)
	case bool:
		return strconv.FormatBool(x)
	case int64:
		return strconv.FormatInt(x, 10)
	case int:
		return strconv.Itoa(x)
	case float64:
		switch {
		case math.IsNaN(x):
			return "toFloat('NaN')"
		case math.IsInf(x, 1):
			return "toFloat('Infinity')"
		case math.IsInf(x, -1):
			return "toFloat('-Infinity')"
		}
		s := strconv.FormatFloat(x, 'g', -1, 64)
		if !strings.ContainsAny(s, ".eE") {
			s += ".0" // stays a float
		}
		return s
	case []string:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = CypherString(e)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case []any:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = CypherValue(e)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case dbtype.Date:
		return "date(" + CypherString(time.Time(x).Format(time.DateOnly)) + ")"
	case dbtype.LocalDateTime:
		return "localdatetime(" + CypherString(csvScalar(x)) + ")"
	case dbtype.LocalTime:
		return "localtime(" + CypherString(csvScalar(x)) + ")"
	case dbtype.Time:
		return "time(" + CypherString(csvScalar(x)) + ")"
	case time.Time:
		return "datetime(" + CypherString(x.Format(time.RFC3339Nano)) + ")"
	case dbtype.Duration:
		return "duration(" + CypherString(x.String()) + ")"
	case dbtype.Point2D:
		return fmt.Sprintf("point({srid: %d, x: %s, y: %s})", x.SpatialRefId, CypherValue(x.X), CypherValue(x.Y))
	case dbtype.Point3D:
		return fmt.Sprintf("point({srid: %d, x: %s, y: %s, z: %s})", x.SpatialRefId, CypherValue(x.X), CypherValue(x.Y), CypherValue(x.Z))
	}
	return CypherString(text(v))
}

package export

import (
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
)

// The CSV files follow the header format of `neo4j-admin database import`
// (https://neo4j.com/docs/operations-manual/current/import/#import-tool-header-format,
// "CSV header format"): each header field is <name>:<field_type>;
//   - a node file has one <name>:ID(<id space>) field (the id, also stored
//     as property <name>) and a :LABEL field;
//   - a relationship file has :START_ID(<id space>), :END_ID(<id space>)
//     and :TYPE fields;
//   - property fields are typed int, long, float, double, boolean, byte,
//     short, char, string (the default when no type is given), point, date,
//     localtime, time, localdatetime, datetime or duration, with [] appended
//     for arrays, whose elements are separated by the array delimiter (";"
//     unless --array-delimiter says otherwise);
//   - an empty field sets no property.
//
// dyad uses one id space per label (ID(Person), START_ID(Person), ...), one
// node file per label and one relationship file per (type, start label, end
// label), so every START_ID/END_ID names one id space.

// CSVFiles is what CSV wrote.
type CSVFiles struct {
	Nodes          []string // file names, relative to the directory
	Relationships  []string
	Script         string // import.sh: the neo4j-admin command
	ArrayDelimiter rune
	Multiline      bool // some value spans lines: --multiline-fields=true
}

// arrayDelimiters are tried in order: the first that no array element
// contains is used (";" is neo4j-admin's default).
var arrayDelimiters = []rune{';', '|', '\u001f'}

var propName = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

// CSV writes g into dir (created if needed) as neo4j-admin import files and
// an import.sh running `neo4j-admin database import full` on them.
func CSV(dir string, g *Graph) (*CSVFiles, error) {
	if err := g.Check(); err != nil {
		return nil, err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("csv export: %w", err)
	}
	out := &CSVFiles{}
	delim, err := chooseArrayDelimiter(g)
	if err != nil {
		return nil, err
	}
	out.ArrayDelimiter = delim

	byLabel := map[string][]Node{}
	for _, n := range g.Nodes {
		byLabel[n.Label] = append(byLabel[n.Label], n)
	}
	for _, label := range Labels {
		nodes := byLabel[label]
		if len(nodes) == 0 {
			continue
		}
		cols, err := csvColumns(nodes, func(n Node) map[string]any { return n.Props })
		if err != nil {
			return nil, fmt.Errorf("csv export: %s nodes: %w", label, err)
		}
		header := []string{"id:ID(" + label + ")", ":LABEL"}
		for _, c := range cols {
			header = append(header, c.header())
		}
		name := "nodes-" + label + ".csv"
		err = writeCSV(filepath.Join(dir, name), header, len(nodes), func(i int) []string {
			rec := []string{nodes[i].ID, label}
			for _, c := range cols {
				rec = append(rec, c.field(nodes[i].Props[c.name], delim, &out.Multiline))
			}
			return rec
		})
		if err != nil {
			return nil, err
		}
		out.Nodes = append(out.Nodes, name)
	}

	type relFile struct{ typ, from, to string }
	byFile := map[relFile][]Rel{}
	var files []relFile
	for _, r := range g.Rels {
		k := relFile{r.Type, r.From.Label, r.To.Label}
		if _, ok := byFile[k]; !ok {
			files = append(files, k)
		}
		byFile[k] = append(byFile[k], r)
	}
	for _, f := range files {
		rels := byFile[f]
		cols, err := csvColumns(rels, func(r Rel) map[string]any { return r.Props })
		if err != nil {
			return nil, fmt.Errorf("csv export: %s relationships: %w", f.typ, err)
		}
		header := []string{":START_ID(" + f.from + ")", ":END_ID(" + f.to + ")", ":TYPE"}
		for _, c := range cols {
			header = append(header, c.header())
		}
		name := fmt.Sprintf("rels-%s-%s-%s.csv", f.typ, f.from, f.to)
		err = writeCSV(filepath.Join(dir, name), header, len(rels), func(i int) []string {
			rec := []string{rels[i].From.ID, rels[i].To.ID, f.typ}
			for _, c := range cols {
				rec = append(rec, c.field(rels[i].Props[c.name], delim, &out.Multiline))
			}
			return rec
		})
		if err != nil {
			return nil, err
		}
		out.Relationships = append(out.Relationships, name)
	}

	out.Script = "import.sh"
	if err := os.WriteFile(filepath.Join(dir, out.Script), []byte(importScript(out)), 0o755); err != nil {
		return nil, fmt.Errorf("csv export: %w", err)
	}
	return out, nil
}

// csvColumn is one typed property column.
type csvColumn struct {
	name string
	typ  string // neo4j-admin type: string, long, double, boolean, date, ...
	list bool
}

func (c csvColumn) header() string {
	t := c.typ
	if c.list {
		t += "[]"
	}
	if t == "string" {
		return c.name // string is the default type
	}
	return c.name + ":" + t
}

// field renders one value; nil is an empty field (no property).
func (c csvColumn) field(v any, delim rune, multiline *bool) string {
	if v == nil {
		return ""
	}
	var s string
	if c.list {
		var parts []string
		switch l := v.(type) {
		case []string:
			parts = l
		case []any:
			for _, e := range l {
				parts = append(parts, csvScalar(e))
			}
		}
		s = strings.Join(parts, string(delim))
	} else {
		s = csvScalar(v)
	}
	if strings.ContainsAny(s, "\r\n") {
		*multiline = true
	}
	return s
}

// csvScalar writes a value in the text form neo4j-admin parses for its type.
func csvScalar(v any) string {
	switch x := v.(type) {
	case dbtype.LocalDateTime:
		return time.Time(x).Format("2006-01-02T15:04:05.999999999")
	case dbtype.LocalTime:
		return time.Time(x).Format("15:04:05.999999999")
	case dbtype.Time:
		return time.Time(x).Format("15:04:05.999999999Z07:00")
	}
	return text(v)
}

// csvColumns types each property of items; "id" is the ID field, not a column.
func csvColumns[T any](items []T, props func(T) map[string]any) ([]csvColumn, error) {
	var cols []csvColumn
	for _, name := range propNames(items, props) {
		if name == "id" {
			continue
		}
		if !propName.MatchString(name) {
			return nil, fmt.Errorf("property name %q cannot be a CSV header field", name)
		}
		c := csvColumn{name: name}
		for _, it := range items {
			v, ok := props(it)[name]
			if !ok || v == nil {
				continue
			}
			t, list := csvKind(v)
			if c.typ == "" {
				c.typ, c.list = t, list
				continue
			}
			if list != c.list {
				c.typ, c.list = "string", false // mixed: keep the text
				continue
			}
			c.typ = widenCSV(c.typ, t)
		}
		if c.typ == "" {
			c.typ = "string"
		}
		cols = append(cols, c)
	}
	return cols, nil
}

func csvKind(v any) (typ string, list bool) {
	switch x := v.(type) {
	case []string:
		return "string", true
	case []any:
		t := ""
		for _, e := range x {
			k, _ := csvKind(e)
			t = widenCSV(t, k)
		}
		if t == "" {
			t = "string"
		}
		return t, true
	case int64, int:
		return "long", false
	case float64:
		return "double", false
	case bool:
		return "boolean", false
	case dbtype.Date:
		return "date", false
	case dbtype.LocalDateTime:
		return "localdatetime", false
	case dbtype.LocalTime:
		return "localtime", false
	case dbtype.Time:
		return "time", false
	case time.Time:
		return "datetime", false
	case dbtype.Duration:
		return "duration", false
	}
	return "string", false
}

func widenCSV(a, b string) string {
	switch {
	case a == "" || a == b:
		return b
	case (a == "long" && b == "double") || (a == "double" && b == "long"):
		return "double"
	}
	return "string"
}

// chooseArrayDelimiter returns the first of arrayDelimiters that no array
// element contains.
func chooseArrayDelimiter(g *Graph) (rune, error) {
	used := map[rune]bool{}
	scan := func(props map[string]any) {
		for _, v := range props {
			switch l := v.(type) {
			case []string:
				for _, s := range l {
					for _, d := range arrayDelimiters {
						if strings.ContainsRune(s, d) {
							used[d] = true
						}
					}
				}
			case []any:
				for _, e := range l {
					s := text(e)
					for _, d := range arrayDelimiters {
						if strings.ContainsRune(s, d) {
							used[d] = true
						}
					}
				}
			}
		}
	}
	for _, n := range g.Nodes {
		scan(n.Props)
	}
	for _, r := range g.Rels {
		scan(r.Props)
	}
	for _, d := range arrayDelimiters {
		if !used[d] {
			return d, nil
		}
	}
	return 0, fmt.Errorf("csv export: every array delimiter (%q) occurs inside list values", arrayDelimiters)
}

func writeCSV(path string, header []string, n int, record func(int) []string) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("csv export: %w", err)
	}
	w := csv.NewWriter(f)
	if err := w.Write(header); err != nil {
		f.Close()
		return fmt.Errorf("csv export: %s: %w", path, err)
	}
	for i := range n {
		if err := w.Write(record(i)); err != nil {
			f.Close()
			return fmt.Errorf("csv export: %s: %w", path, err)
		}
	}
	w.Flush()
	if err := w.Error(); err != nil {
		f.Close()
		return fmt.Errorf("csv export: %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("csv export: %s: %w", path, err)
	}
	return nil
}

// delimiterFlag is the --array-delimiter value: the character, or U+XXXX
// for one a shell or a terminal would mangle.
func delimiterFlag(d rune) string {
	if d < 0x20 || d > 0x7e {
		return fmt.Sprintf("U+%04X", d)
	}
	return "'" + string(d) + "'"
}

func importScript(f *CSVFiles) string {
	var b strings.Builder
	b.WriteString(`#!/bin/sh
# Loads this dyad export into a new Neo4j 5 database with neo4j-admin.
# The database must not exist yet (or add --overwrite-destination), and the
# server must be stopped or the database offline. Then start Neo4j, create
# the database if it is not the default one, and run 'dyad schema' for
# dyad's constraints and indexes.
#
#   NEO4J_ADMIN=/path/to/neo4j-admin DATABASE=neo4j sh import.sh
set -eu
cd "$(dirname "$0")"
exec "${NEO4J_ADMIN:-neo4j-admin}" database import full \
`)
	for _, n := range f.Nodes {
		fmt.Fprintf(&b, "  --nodes=%s \\\n", n)
	}
	for _, r := range f.Relationships {
		fmt.Fprintf(&b, "  --relationships=%s \\\n", r)
	}
	fmt.Fprintf(&b, "  --array-delimiter=%s \\\n", delimiterFlag(f.ArrayDelimiter))
	fmt.Fprintf(&b, "  --multiline-fields=%t \\\n", f.Multiline)
	b.WriteString("  \"${DATABASE:-neo4j}\"\n")
	return b.String()
}

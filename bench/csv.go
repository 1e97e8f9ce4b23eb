package bench

import (
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// CSVRowsPerTx is the transaction size of the LOAD CSV baseline
// (CALL { ... } IN TRANSACTIONS OF n ROWS).
const CSVRowsPerTx = 1000

// CSVSet is a set of CSV files written for LOAD CSV, in load order.
type CSVSet struct {
	Dir   string    // folder under the server's import folder
	Files []CSVFile // articles first, then mentions by label, then supports by key
	Rows  int       // fact rows (mentions + supports)
	Bytes int64
}

// CSVFile is one file and the statement that loads it.
type CSVFile struct {
	Name string // file name in Dir
	Body string // the per-row statement
	Rows int
}

var safeName = regexp.MustCompile(`[^A-Za-z0-9_.-]+`)

// WriteCSV writes rows as CSV files in importDir/sub (sub is made safe as
// a folder name): one file of articles, one per entity label, one per
// relation key.
func WriteCSV(importDir, sub string, rows *Rows) (*CSVSet, error) {
	if importDir == "" {
		return nil, errors.New("no import folder: set NEO4J_IMPORT_DIR to the Neo4j server's import folder (scripts/neo4j-local env prints it)")
	}
	sub = safeName.ReplaceAllString(sub, "-")
	dir := filepath.Join(importDir, sub)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("csv: %w", err)
	}
	set := &CSVSet{Dir: sub}
	write := func(name, body string, header []string, n int, rec func(i int) []string) error {
		path := filepath.Join(dir, name)
		f, err := os.Create(path)
		if err != nil {
			return fmt.Errorf("csv: %w", err)
		}
		w := csv.NewWriter(f)
		_ = w.Write(header)
		for i := range n {
			_ = w.Write(rec(i))
		}
		w.Flush()
		if err := w.Error(); err != nil {
			f.Close()
			return fmt.Errorf("csv %s: %w", path, err)
		}
		if err := f.Close(); err != nil {
			return fmt.Errorf("csv %s: %w", path, err)
		}
		if st, err := os.Stat(path); err == nil {
			set.Bytes += st.Size()
		}
		set.Files = append(set.Files, CSVFile{Name: name, Body: body, Rows: n})
		return nil
	}
	if err := write("articles.csv", articleBody, []string{"id", "source", "title", "lang", "published", "content_hash"},
		len(rows.Articles), func(i int) []string {
			a := rows.Articles[i]
			return []string{a.ID, a.Source, a.Title, a.Lang, a.Published, a.ContentHash}
		}); err != nil {
		return nil, err
	}
	for _, l := range rows.mentionLabels() {
		if !knownLabel(l) {
			return nil, fmt.Errorf("csv: unknown label %q", l)
		}
		var ms []MentionRow
		for _, m := range rows.Mentions {
			if m.Label == l {
				ms = append(ms, m)
			}
		}
		if err := write("mentions-"+l+".csv", mentionBody(l),
			[]string{"id", "article", "name", "aliases", "country", "kind", "date", "evidence"}, len(ms), func(i int) []string {
				m := ms[i]
				return []string{m.ID, m.Article, m.Name, m.Aliases, m.Country, m.Kind, m.Date, m.Evidence}
			}); err != nil {
			return nil, err
		}
		set.Rows += len(ms)
	}
	for _, k := range rows.supportKeys() {
		if !knownKey(k) {
			return nil, fmt.Errorf("csv: unknown relation %v", k)
		}
		var ss []SupportRow
		for _, s := range rows.Supports {
			if s.Key == k {
				ss = append(ss, s)
			}
		}
		if err := write("supports-"+k.String()+".csv", supportBody(k),
			[]string{"from", "to", "article", "evidence", "title"}, len(ss), func(i int) []string {
				s := ss[i]
				return []string{s.From, s.To, s.Article, s.Evidence, s.Title}
			}); err != nil {
			return nil, err
		}
		set.Rows += len(ss)
	}
	return set, nil
}

// Remove deletes the set's files.
func (s *CSVSet) Remove(importDir string) error {
	return os.RemoveAll(filepath.Join(importDir, s.Dir))
}

// LoadCSV runs LOAD CSV WITH HEADERS ... CALL { ... } IN TRANSACTIONS OF
// CSVRowsPerTx ROWS for each file of the set, in order, each as an
// auto-commit query (the only kind that may open transactions of its own).
func LoadCSV(ctx context.Context, drv neo4j.DriverWithContext, database string, set *CSVSet) (time.Duration, error) {
	start := time.Now()
	s := drv.NewSession(ctx, neo4j.SessionConfig{AccessMode: neo4j.AccessModeWrite, DatabaseName: database})
	defer s.Close(context.WithoutCancel(ctx))
	for _, f := range set.Files {
		q := fmt.Sprintf("LOAD CSV WITH HEADERS FROM $url AS row\nCALL (row) {\n%s\n} IN TRANSACTIONS OF %d ROWS", f.Body, CSVRowsPerTx)
		res, err := s.Run(ctx, q, map[string]any{"url": "file:///" + set.Dir + "/" + f.Name})
		if err == nil {
			_, err = res.Consume(ctx)
		}
		if err != nil {
			return time.Since(start), fmt.Errorf("LOAD CSV %s/%s: %w", set.Dir, f.Name, err)
		}
	}
	return time.Since(start), nil
}

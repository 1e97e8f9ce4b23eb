package export

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// Formats of Write.
const (
	FormatGraphML = "graphml"
	FormatCSV     = "csv"
	FormatCypher  = "cypher"
	FormatJSONL   = "jsonl"
)

// Formats lists the export formats.
var Formats = []string{FormatGraphML, FormatCSV, FormatCypher, FormatJSONL}

// FileName is the file a single-file format is written to under an output
// directory.
func FileName(format string) string {
	switch format {
	case FormatGraphML:
		return "dyad.graphml"
	case FormatCypher:
		return "dyad.cypher"
	case FormatJSONL:
		return "dyad.jsonl"
	}
	return ""
}

// Write exports g in format. With dir set, files go there (created if
// needed); without it, a single-file format goes to stdout and csv, which
// is several files, is refused. It returns the paths written.
func Write(g *Graph, format, dir string, stdout io.Writer) ([]string, error) {
	switch format {
	case FormatCSV:
		if dir == "" {
			return nil, fmt.Errorf("the csv export is several files (one per label and relationship type): give --out DIR")
		}
		files, err := CSV(dir, g)
		if err != nil {
			return nil, err
		}
		var out []string
		for _, f := range append(append(files.Nodes, files.Relationships...), files.Script) {
			out = append(out, filepath.Join(dir, f))
		}
		return out, nil
	case FormatGraphML, FormatCypher, FormatJSONL:
	default:
		return nil, fmt.Errorf("unknown export format %q (want %s)", format, strings.Join(Formats, ", "))
	}
	write := map[string]func(io.Writer, *Graph) error{FormatGraphML: GraphML, FormatCypher: Cypher, FormatJSONL: JSONL}[format]
	if dir == "" {
		return nil, write(stdout, g)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("%s export: %w", format, err)
	}
	path := filepath.Join(dir, FileName(format))
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("%s export: %w", format, err)
	}
	if err := write(f, g); err != nil {
		f.Close()
		return nil, fmt.Errorf("%s export: %s: %w", format, path, err)
	}
	if err := f.Close(); err != nil {
		return nil, fmt.Errorf("%s export: %s: %w", format, path, err)
	}
	return []string{path}, nil
}

package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
	"go.uber.org/zap"

	"github.com/dyadgraph/dyad/config"
	"github.com/dyadgraph/dyad/extract"
	"github.com/dyadgraph/dyad/extract/lexicon"
	"github.com/dyadgraph/dyad/facts"
	"github.com/dyadgraph/dyad/ingest"
	"github.com/dyadgraph/dyad/source"
)

// Output formats of dyad extract.
const (
	formatJSONL = "jsonl" // one contract object a line (the form score.py and dyad load read)
	formatJSON  = "json"  // one indented JSON array
	formatText  = "text"  // a readable summary per article
)

func extractFormats() []string { return []string{formatJSONL, formatJSON, formatText} }

type extractOptions struct {
	streams
	stdin  io.Reader
	format string
}

func (o *extractOptions) AddFlags(fs *pflag.FlagSet) {
	fs.StringVarP(&o.format, "format", "f", formatJSONL, "output: jsonl (one contract object a line), json (an array) or text (a summary for people)")
	fs.Int("workers", config.Default().Ingest.Workers, "articles extracted in parallel; 0: one per CPU (ingest.workers)")
	fs.StringSlice("lexicon", nil, "lexicon file loaded over the built-in lexicons; repeatable (lexicon.files)")
}

func newExtractCommand(g *globalOptions) *cobra.Command {
	o := &extractOptions{}
	cmd := &cobra.Command{
		Use:   "extract [--format jsonl|json|text] PATH...",
		Short: "Print the facts extracted from each article (no database needed)",
		Long: `Read articles and print, for each in input order, what dyad extracts from it:
the article (language, headline, publication date), its entities (people,
organizations, countries, places, agreements, events) and the relations
between them, each with the sentence that states it.

PATH is a file (.txt, .md, .html, .jsonl of articles), a directory (walked in
lexical order), a glob pattern, or - for standard input. An input that cannot
be read is reported on standard error, one line naming it, and the others are
still printed; the exit code is then 1.`,
		Example: `  dyad extract testdata/articles
  dyad extract --format text testdata/articles/02_fr.txt
  dyad extract -f jsonl 'news/*.html' > facts.jsonl && dyad load facts.jsonl`,
		Args: minArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := g.load(cmd)
			if err != nil {
				return err
			}
			o.streams, o.stdin = commandStreams(cmd), cmd.InOrStdin()
			return runExtract(cmd.Context(), cfg, *o, args...)
		},
	}
	o.AddFlags(cmd.Flags())
	return cmd
}

// runExtract extracts the articles of paths and prints them on o.out in
// input order. Unreadable inputs are reported on o.errOut, one line each.
func runExtract(ctx context.Context, cfg config.Config, o extractOptions, paths ...string) error {
	if !slices.Contains(extractFormats(), o.format) {
		return &usageError{fmt.Errorf("--format %q: want one of %s", o.format, strings.Join(extractFormats(), ", "))}
	}
	log, err := o.newLogger(cfg.Log)
	if err != nil {
		return err
	}
	defer func() { _ = log.Sync() }()
	ex, err := newExtractor(cfg.Lexicon)
	if err != nil {
		return err
	}

	docs := source.Files(ctx, paths, sourceOptions(cfg, log, o.stdin))
	w := newDocWriter(o.out, o.format)
	var read, failed int
	for doc, err := range ingest.Extract(ctx, docs, ex, cfg.Ingest.Workers) {
		if err != nil {
			if ctx.Err() != nil && errors.Is(err, ctx.Err()) {
				return err
			}
			read++
			failed++
			fmt.Fprintf(o.errOut, "dyad: %s\n", oneLine(err))
			continue
		}
		read++
		if err := w.write(doc); err != nil {
			return fmt.Errorf("writing output: %w", err)
		}
	}
	if err := w.close(); err != nil {
		return fmt.Errorf("writing output: %w", err)
	}
	log.Debug("extract finished", zap.Int("read", read), zap.Int("failed", failed))
	switch {
	case failed == 0 && read == 0:
		return fmt.Errorf("no article found in %s", strings.Join(paths, " "))
	case failed == read:
		return fmt.Errorf("nothing extracted: every input failed (%d)", failed)
	case failed > 0:
		return partialError("%d of %d inputs failed", failed, read)
	}
	return nil
}

// newExtractor builds the extractor with the built-in lexicons and the
// user's lexicon files.
func newExtractor(l config.Lexicon) (*extract.Extractor, error) {
	lex, err := lexicon.Default()
	if err != nil {
		return nil, fmt.Errorf("built-in lexicons: %w", err)
	}
	if len(l.Files) > 0 {
		if lex, err = lexicon.Load(lex, l.Files...); err != nil {
			return nil, &config.FieldError{Field: "lexicon.files", Problem: oneLine(err)}
		}
	}
	ex, err := extract.New(extract.Options{Lexicon: lex})
	if err != nil {
		return nil, fmt.Errorf("extractor: %w", err)
	}
	return ex, nil
}

// oneLine keeps an error message on one line, whatever its causes print.
func oneLine(err error) string {
	return strings.Join(strings.Fields(err.Error()), " ")
}

// docWriter prints Docs in one of the output formats.
type docWriter struct {
	w      io.Writer
	format string
	n      int
}

func newDocWriter(w io.Writer, format string) *docWriter {
	return &docWriter{w: w, format: format}
}

func (d *docWriter) write(doc *facts.Doc) error {
	defer func() { d.n++ }()
	switch d.format {
	case formatText:
		if d.n > 0 {
			if _, err := io.WriteString(d.w, "\n"); err != nil {
				return err
			}
		}
		return writeText(d.w, doc)
	case formatJSON:
		sep := ",\n"
		if d.n == 0 {
			sep = "[\n"
		}
		b, err := marshalDoc(doc, "  ")
		if err != nil {
			return err
		}
		_, err = fmt.Fprintf(d.w, "%s  %s", sep, b)
		return err
	default:
		b, err := marshalDoc(doc, "")
		if err != nil {
			return err
		}
		_, err = fmt.Fprintf(d.w, "%s\n", b)
		return err
	}
}

func (d *docWriter) close() error {
	if d.format != formatJSON {
		return nil
	}
	if d.n == 0 {
		_, err := io.WriteString(d.w, "[]\n")
		return err
	}
	_, err := io.WriteString(d.w, "\n]\n")
	return err
}

// marshalDoc encodes a Doc without HTML escaping (evidence sentences keep
// their & and <), compact or indented by indent after the first level.
func marshalDoc(doc *facts.Doc, indent string) ([]byte, error) {
	var sb strings.Builder
	enc := json.NewEncoder(&sb)
	enc.SetEscapeHTML(false)
	if indent != "" {
		enc.SetIndent(indent, "  ")
	}
	if err := enc.Encode(doc); err != nil {
		return nil, err
	}
	return []byte(strings.TrimRight(sb.String(), "\n")), nil
}

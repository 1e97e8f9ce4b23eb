package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
	"go.uber.org/zap"

	"github.com/dyadgraph/dyad/config"
	"github.com/dyadgraph/dyad/export"
	"github.com/dyadgraph/dyad/facts"
	"github.com/dyadgraph/dyad/graph"
	"github.com/dyadgraph/dyad/ingest"
	"github.com/dyadgraph/dyad/source"
)

type exportOptions struct {
	streams
	stdin  io.Reader
	format string
	dir    string // --out
	from   bool
}

func (o *exportOptions) AddFlags(fs *pflag.FlagSet) {
	fs.StringVarP(&o.format, "format", "f", export.FormatGraphML, "graphml (Gephi, yEd), csv (neo4j-admin import files), cypher (a MERGE script) or jsonl (contract JSON Lines)")
	fs.StringVarP(&o.dir, "out", "o", "", "directory to write into (created if needed); default: standard output (not for csv)")
	fs.BoolVar(&o.from, "from", false, "read, extract and export the articles of PATH... (no database needed)")
	fs.Int("workers", config.Default().Ingest.Workers, "with --from: articles extracted in parallel; 0: one per CPU (ingest.workers)")
	fs.StringSlice("lexicon", nil, "with --from: lexicon file loaded over the built-in lexicons; repeatable (lexicon.files)")
}

func newExportCommand(g *globalOptions) *cobra.Command {
	o := &exportOptions{}
	cmd := &cobra.Command{
		Use:   "export [--format graphml|csv|cypher|jsonl] [--out DIR] [--from PATH...]",
		Short: "Write the graph as GraphML, neo4j-admin CSV, a Cypher script or JSON Lines",
		Long: `Write the whole graph for other tools:

  graphml  one file for Gephi, yEd, Cytoscape, NetworkX or igraph: every property
           a declared attribute (lists joined with "; "), "labels" the Neo4j
           label, "label" the name shown
  csv      one file per label and per relationship type in the header format of
           neo4j-admin database import, and import.sh running it (--out needed)
  cypher   a script of MERGE statements rebuilding the graph in any Neo4j 5
           (cypher-shell -f dyad.cypher); running it twice changes nothing
  jsonl    one contract object per article and source, as dyad extract prints
           and dyad load reads, rebuilt from the graph

The graph comes from Neo4j, or with --from straight from articles (files,
directories, globs, - for standard input): they are read and extracted in
memory and merged as the loader would, so the files are the same as after
'dyad ingest' and an export from the database.`,
		Example: `  dyad export --format graphml --out exports/
  dyad export --format csv --out exports/csv && sh exports/csv/import.sh
  dyad export --format cypher > dyad.cypher
  dyad export --format graphml --from testdata/articles > sample.graphml`,
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := g.load(cmd)
			if err != nil {
				return err
			}
			o.streams, o.stdin = commandStreams(cmd), cmd.InOrStdin()
			return runExport(cmd.Context(), cfg, *o, args...)
		},
	}
	o.AddFlags(cmd.Flags())
	return cmd
}

// runExport builds the graph (database or --from paths) and writes it.
func runExport(ctx context.Context, cfg config.Config, o exportOptions, paths ...string) error {
	if !slices.Contains(export.Formats, o.format) {
		return &usageError{fmt.Errorf("--format %q: want one of %s", o.format, strings.Join(export.Formats, ", "))}
	}
	if o.format == export.FormatCSV && o.dir == "" {
		return &usageError{errors.New("export: the csv export is several files (one per label and relationship type): give --out DIR")}
	}
	switch {
	case o.from && len(paths) == 0:
		return &usageError{errors.New("export: --from needs at least one PATH")}
	case !o.from && len(paths) > 0:
		return &usageError{fmt.Errorf("export: %q: paths are read only with --from (without it the graph comes from Neo4j)", paths[0])}
	}
	log, err := o.newLogger(cfg.Log)
	if err != nil {
		return err
	}
	defer func() { _ = log.Sync() }()

	var (
		g            *export.Graph
		read, failed int
	)
	if o.from {
		g, read, failed, err = graphFromArticles(ctx, cfg, o, log, paths)
	} else {
		g, err = graphFromDatabase(ctx, cfg, log)
	}
	if err != nil {
		return err
	}
	files, err := export.Write(g, o.format, o.dir, o.out)
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	counts := g.Counts()
	log.Info("exported", zap.String("format", o.format), zap.Int("nodes", len(g.Nodes)), zap.Int("relationships", len(g.Rels)),
		zap.Int("articles", counts[export.LabelArticle]), zap.Strings("files", files))
	if failed > 0 {
		return partialError("%d of %d inputs failed", failed, read)
	}
	return nil
}

func graphFromDatabase(ctx context.Context, cfg config.Config, log *zap.Logger) (*export.Graph, error) {
	c, err := connect(ctx, cfg, log)
	if err != nil {
		return nil, err
	}
	defer closeClient(ctx, c, log)
	d, err := c.Dump(ctx, graph.DumpOptions{})
	if err != nil {
		return nil, fmt.Errorf("export: reading the graph: %w", err)
	}
	g, skipped := export.FromDump(d)
	if skipped > 0 {
		log.Info("left out nodes and relationships that are not dyad's", zap.Int("count", skipped))
	}
	return g, nil
}

// graphFromArticles reads and extracts paths in memory. Unreadable inputs
// and docs the loader would refuse are reported one line each on errOut
// and counted in failed; the rest makes the graph.
func graphFromArticles(ctx context.Context, cfg config.Config, o exportOptions, log *zap.Logger, paths []string) (g *export.Graph, read, failed int, err error) {
	ex, err := newExtractor(cfg.Lexicon)
	if err != nil {
		return nil, 0, 0, err
	}
	var docs []*facts.Doc
	for doc, err := range ingest.Extract(ctx, source.Files(ctx, paths, sourceOptions(cfg, log, o.stdin)), ex, cfg.Ingest.Workers) {
		read++
		if err != nil {
			if ctx.Err() != nil && errors.Is(err, ctx.Err()) {
				return nil, 0, 0, err
			}
			failed++
			fmt.Fprintf(o.errOut, "dyad: %s\n", oneLine(err))
			continue
		}
		docs = append(docs, doc)
	}
	g, rejected := export.FromDocs(docs)
	for _, err := range rejected {
		failed++
		fmt.Fprintf(o.errOut, "dyad: %s\n", oneLine(err))
	}
	switch {
	case read == 0:
		return nil, 0, 0, fmt.Errorf("export: no article found in %s", strings.Join(paths, " "))
	case failed >= read:
		return nil, read, failed, fmt.Errorf("export: all %d inputs failed", read)
	}
	return g, read, failed, nil
}

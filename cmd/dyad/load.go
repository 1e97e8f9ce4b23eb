package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
	"go.uber.org/zap"

	"github.com/dyadgraph/dyad/config"
	"github.com/dyadgraph/dyad/facts"
	"github.com/dyadgraph/dyad/graph"
)

type loadOptions struct {
	streams
	stdin io.Reader
}

func (o *loadOptions) AddFlags(fs *pflag.FlagSet) {
	fs.Int("batch-size", config.Default().Ingest.BatchSize, "articles written per transaction (ingest.batch_size)")
}

func newLoadCommand(g *globalOptions) *cobra.Command {
	o := &loadOptions{}
	cmd := &cobra.Command{
		Use:   "load FILE.jsonl|-",
		Short: "Load extracted facts (contract JSON Lines) into Neo4j",
		Long: `Load the JSON Lines that 'dyad extract' prints (one contract object per
article) into Neo4j, from a file or from standard input (-). The schema is
created first if missing. Loading the same file again changes nothing; an
article whose content changed replaces its previous facts.

A bad line is reported as FILE:LINE with the problem, and the other lines are
loaded (exit code 1).`,
		Example: `  dyad load testdata/contract/sample.jsonl
  dyad extract testdata/articles | dyad load -`,
		Args: exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := g.load(cmd)
			if err != nil {
				return err
			}
			o.streams, o.stdin = commandStreams(cmd), cmd.InOrStdin()
			return runLoad(cmd.Context(), cfg, *o, args[0])
		},
	}
	o.AddFlags(cmd.Flags())
	return cmd
}

// runLoad loads the contract JSON Lines of file ("-": o.stdin) into Neo4j in
// batches of cfg.Ingest.BatchSize.
func runLoad(ctx context.Context, cfg config.Config, o loadOptions, file string) error {
	name, in := file, o.stdin
	if file == "-" {
		name = "stdin"
	} else {
		f, err := os.Open(file)
		if err != nil {
			return fmt.Errorf("load: %w", err)
		}
		defer f.Close()
		in = f
	}
	if in == nil {
		return errors.New("load: no standard input")
	}
	log, err := o.newLogger(cfg.Log)
	if err != nil {
		return err
	}
	defer func() { _ = log.Sync() }()

	c, err := connect(ctx, cfg, log)
	if err != nil {
		return err
	}
	defer closeClient(ctx, c, log)
	if err := c.EnsureSchema(ctx); err != nil {
		return fmt.Errorf("schema: %w", err)
	}

	start := time.Now()
	loader := c.NewLoader(graph.Options{BatchSize: cfg.Ingest.BatchSize})
	var (
		records, loaded, failed int
		total                   graph.Stats
		batch                   = make([]*facts.Doc, 0, cfg.Ingest.BatchSize)
	)
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		st, err := loader.Load(ctx, batch)
		if err != nil {
			return fmt.Errorf("loading %s: %w (%d articles loaded before)", name, err, loaded)
		}
		for _, r := range st.Rejected {
			failed++
			fmt.Fprintf(o.errOut, "dyad: %s: article %s: %s\n", name, r.ID, oneLine(r.Err))
		}
		loaded += len(batch) - len(st.Rejected)
		total.Entities += st.Entities
		total.Relations += st.Relations
		total.EntitiesDeleted += st.EntitiesDeleted
		total.RelationsDeleted += st.RelationsDeleted
		batch = batch[:0]
		return nil
	}

	r := facts.NewReader(bufio.NewReader(in))
	for {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("load stopped after %d articles loaded: %w", loaded, err)
		}
		doc, err := r.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			records++
			failed++
			var le *facts.LineError
			if errors.As(err, &le) {
				fmt.Fprintf(o.errOut, "dyad: %s:%d: %s\n", name, le.Line, oneLine(le.Err))
				continue
			}
			// The stream itself broke (read error, line too long): the
			// records before it are loaded, the rest cannot be read.
			fmt.Fprintf(o.errOut, "dyad: %s: %s\n", name, oneLine(err))
			break
		}
		records++
		batch = append(batch, doc)
		if len(batch) >= cfg.Ingest.BatchSize {
			if err := flush(); err != nil {
				return err
			}
		}
	}
	if err := flush(); err != nil {
		return err
	}

	fields := []zap.Field{
		zap.String("input", name),
		zap.Int("records", records),
		zap.Int("loaded", loaded),
		zap.Int("failed", failed),
		zap.Int("entities", total.Entities),
		zap.Int("relations", total.Relations),
		zap.Int("entities_deleted", total.EntitiesDeleted),
		zap.Int("relations_deleted", total.RelationsDeleted),
		zap.Duration("took", time.Since(start)),
	}
	switch {
	case failed > 0 && loaded == 0:
		log.Warn("load finished", fields...)
		return fmt.Errorf("nothing loaded: all %d records of %s failed", failed, name)
	case failed > 0:
		log.Warn("load finished", fields...)
		return partialError("%d of %d records of %s failed", failed, records, name)
	case records == 0:
		log.Warn("load finished: no record", fields...)
	default:
		log.Info("load finished", fields...)
	}
	return nil
}

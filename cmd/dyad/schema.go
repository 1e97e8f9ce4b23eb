package main

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
	"go.uber.org/zap"

	"github.com/dyadgraph/dyad/config"
	"github.com/dyadgraph/dyad/graph"
)

type schemaOptions struct {
	streams
	// print lists the statements without connecting.
	print bool
}

func (o *schemaOptions) AddFlags(fs *pflag.FlagSet) {
	fs.BoolVar(&o.print, "print", false, "print the Cypher statements instead of running them (no database needed)")
}

func newSchemaCommand(g *globalOptions) *cobra.Command {
	o := &schemaOptions{}
	cmd := &cobra.Command{
		Use:   "schema",
		Short: "Create the graph's constraints and indexes (idempotent)",
		Long: `Create the uniqueness constraints (one per label, on id) and the indexes dyad's
queries use, if they are missing, and wait until they are online. Running it
again changes nothing; load and ingest run it too.`,
		Args: exactArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg, err := g.load(cmd)
			if err != nil {
				return err
			}
			o.streams = commandStreams(cmd)
			return runSchema(cmd.Context(), cfg, *o)
		},
	}
	o.AddFlags(cmd.Flags())
	return cmd
}

func runSchema(ctx context.Context, cfg config.Config, o schemaOptions) error {
	if o.print {
		for _, s := range graph.SchemaStatements() {
			if _, err := fmt.Fprintf(o.out, "%s;\n", s); err != nil {
				return err
			}
		}
		return nil
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
	log.Info("schema ready", zap.String("uri", c.URI()), zap.Int("statements", len(graph.SchemaStatements())))
	return nil
}

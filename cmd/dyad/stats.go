package main

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/dyadgraph/dyad/config"
	"github.com/dyadgraph/dyad/stats"
)

type statsOptions struct {
	streams
	format string
	top    int
}

func (o *statsOptions) AddFlags(fs *pflag.FlagSet) {
	fs.StringVarP(&o.format, "format", "f", "table", "output: table (for people) or json")
	fs.IntVar(&o.top, "top", 10, "how many country pairs to list")
}

func newStatsCommand(g *globalOptions) *cobra.Command {
	o := &statsOptions{}
	cmd := &cobra.Command{
		Use:   "stats [--format table|json] [--top N]",
		Short: "Summarise the graph: labels, relationship types, languages, months, country pairs",
		Long: `Print what is in the graph: nodes per label, relationships per type, articles
per language and per month of publication (articles dated only to a year, or
with no year, are counted apart), and the country pairs whose officials took
part in the most events together (by the officials' country).`,
		Example: `  dyad stats
  dyad stats --top 25 --format json`,
		Args: exactArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg, err := g.load(cmd)
			if err != nil {
				return err
			}
			o.streams = commandStreams(cmd)
			return runStats(cmd.Context(), cfg, *o)
		},
	}
	o.AddFlags(cmd.Flags())
	return cmd
}

func runStats(ctx context.Context, cfg config.Config, o statsOptions) error {
	if !slices.Contains(stats.Formats, o.format) {
		return &usageError{fmt.Errorf("--format %q: want one of %s", o.format, strings.Join(stats.Formats, ", "))}
	}
	if o.top < 1 {
		return &usageError{fmt.Errorf("--top %d: want 1 or more", o.top)}
	}
	log, err := o.newLogger(cfg.Log)
	if err != nil {
		return err
	}
	defer func() { _ = log.Sync() }()
	rs, err := openReadSession(ctx, cfg, log)
	if err != nil {
		return err
	}
	defer rs.close(ctx)
	rep, err := stats.Collect(ctx, rs.session, stats.Options{TopPairs: o.top})
	if err != nil {
		return err
	}
	return rep.Write(o.out, o.format)
}

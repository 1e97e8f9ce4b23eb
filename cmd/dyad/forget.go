package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/spf13/cobra"
	"go.uber.org/zap"

	"github.com/dyadgraph/dyad/config"
)

type forgetOptions struct {
	streams
}

func newForgetCommand(g *globalOptions) *cobra.Command {
	o := &forgetOptions{}
	return &cobra.Command{
		Use:   "forget ID|SOURCE",
		Short: "Remove an article and the facts only it supported",
		Long: `Remove an article from the graph, given its id (article:...) or the path or
URL it was read from, with its mentions and its support of facts. A fact or
an entity another article supports stays, with that article's evidence.`,
		Example: `  dyad forget article:1f3a9c0b2d4e5f607182
  dyad forget testdata/articles/02_fr.txt`,
		Args: exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := g.load(cmd)
			if err != nil {
				return err
			}
			o.streams = commandStreams(cmd)
			return runForget(cmd.Context(), cfg, *o, args[0])
		},
	}
}

func runForget(ctx context.Context, cfg config.Config, o forgetOptions, key string) error {
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
	res, err := c.Forget(ctx, key)
	if err != nil {
		return err // graph.ErrNotFound reads "forget: no article with id or source ..."
	}
	fmt.Fprintf(o.out, "forgot %d article(s): %s\n", len(res.Articles), strings.Join(res.Articles, ", "))
	fmt.Fprintf(o.out, "removed %d entities and %d facts no other article supports\n", res.EntitiesDeleted, res.RelationsDeleted)
	log.Info("forgot",
		zap.Strings("articles", res.Articles),
		zap.Strings("sources", res.Sources),
		zap.Int("entities_deleted", res.EntitiesDeleted),
		zap.Int("relations_deleted", res.RelationsDeleted))
	return nil
}

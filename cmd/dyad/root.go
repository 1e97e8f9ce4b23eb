package main

import (
	"fmt"
	"io"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
	"go.uber.org/zap"

	"github.com/dyadgraph/dyad/config"
)

// globalOptions are the flags every command has. Apart from --config they
// are bound to configuration keys (see flagKey) and read through loadConfig,
// so a flag, an environment variable and dyad.yaml set the same value.
type globalOptions struct {
	configFile   string
	logFormat    string
	logLevel     string
	neo4jURI     string
	neo4jUser    string
	neo4jDB      string
	passwordFile string
}

// AddFlags declares the global flags on fs (the root's persistent flags).
func (g *globalOptions) AddFlags(fs *pflag.FlagSet) {
	d := config.Default()
	fs.StringVar(&g.configFile, "config", "", "configuration file (default: dyad.yaml in . or in the user config directory)")
	fs.StringVar(&g.logFormat, "log-format", d.Log.Format, "log format: console (for people) or json (for jobs)")
	fs.StringVar(&g.logLevel, "log-level", d.Log.Level, "log level: debug, info, warn or error")
	fs.StringVar(&g.neo4jURI, "neo4j-uri", d.Neo4j.URI, "Neo4j URI (env NEO4J_URI)")
	fs.StringVar(&g.neo4jUser, "neo4j-user", d.Neo4j.Username, "Neo4j user name (env NEO4J_USERNAME)")
	fs.StringVar(&g.neo4jDB, "neo4j-database", d.Neo4j.Database, "Neo4j database (env NEO4J_DATABASE)")
	fs.StringVar(&g.passwordFile, "neo4j-password-file", "", "file holding the Neo4j password (otherwise env NEO4J_PASSWORD; never a flag)")
}

// flagKey returns the configuration key a flag sets. A command binds those
// of its flags that have one.
func flagKey(flag string) (key string, ok bool) {
	switch flag {
	case "log-format":
		return "log.format", true
	case "log-level":
		return "log.level", true
	case "neo4j-uri":
		return "neo4j.uri", true
	case "neo4j-user":
		return "neo4j.username", true
	case "neo4j-database":
		return "neo4j.database", true
	case "neo4j-password-file":
		return "neo4j.password_file", true
	case "workers":
		return "ingest.workers", true
	case "batch-size":
		return "ingest.batch_size", true
	case "lexicon":
		return "lexicon.files", true
	}
	return "", false
}

// newRootCommand builds the dyad command tree.
func newRootCommand() *cobra.Command {
	g := &globalOptions{}
	v, _, _ := buildInfo()
	root := &cobra.Command{
		Use:   "dyad",
		Short: "Knowledge graph of bilateral relations from fr/vi/en news, in Neo4j",
		Long: `dyad reads news articles in French, Vietnamese and English about official
contacts between countries (talks, visits, phone calls, agreements), extracts
the officials, institutions, countries, places, events, agreements and dates
they report, with canonical ids across languages and the sentence that states
each fact, and loads them into Neo4j.

Exit codes: 0 everything done; 1 some inputs failed and the rest was done;
2 nothing could be done (configuration, database unavailable, usage).`,
		Version:       v,
		SilenceErrors: true, // main prints the error once
		SilenceUsage:  true, // a failed run is not a usage problem
	}
	g.AddFlags(root.PersistentFlags())
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return &usageError{err} })

	root.AddCommand(
		newExtractCommand(g),
		newLoadCommand(g),
		newIngestCommand(g),
		newSchemaCommand(g),
		newForgetCommand(g),
		newQueryCommand(g),
		newStatsCommand(g),
		newExportCommand(g),
		newConfigCommand(g),
		newVersionCommand(g),
	)
	return root
}

// load reads the configuration for cmd: its flags (the global ones
// included), the environment and the file.
func (g *globalOptions) load(cmd *cobra.Command) (config.Config, error) {
	lc, err := loadConfig(cmd.Flags(), g.configFile)
	return lc.cfg, err
}

// streams are where a command writes: its results on out, problems and
// logs on errOut. Commands take them from cobra so tests capture both.
type streams struct {
	out    io.Writer
	errOut io.Writer
}

func commandStreams(cmd *cobra.Command) streams {
	return streams{out: cmd.OutOrStdout(), errOut: cmd.ErrOrStderr()}
}

// newLogger builds the configured logger on s.errOut.
func (s streams) newLogger(l config.Log) (*zap.Logger, error) {
	log, err := config.NewLoggerTo(l, s.errOut)
	if err != nil {
		return nil, fmt.Errorf("logger: %w", err)
	}
	return log, nil
}

// exactArgs and minArgs are cobra's validators returning usage errors.
func exactArgs(n int) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if err := cobra.ExactArgs(n)(cmd, args); err != nil {
			return &usageError{fmt.Errorf("%s: %w", cmd.CommandPath(), err)}
		}
		return nil
	}
}

func minArgs(n int) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if err := cobra.MinimumNArgs(n)(cmd, args); err != nil {
			return &usageError{fmt.Errorf("%s: %w", cmd.CommandPath(), err)}
		}
		return nil
	}
}

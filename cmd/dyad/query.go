package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	neo4jconfig "github.com/neo4j/neo4j-go-driver/v5/neo4j/config"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
	"go.uber.org/zap"

	"github.com/dyadgraph/dyad/config"
	"github.com/dyadgraph/dyad/cookbook"
)

type queryOptions struct {
	streams
	params   []string
	format   string
	cypher   string
	file     string
	list     bool
	show     bool
	maxWidth int
}

func (o *queryOptions) AddFlags(fs *pflag.FlagSet) {
	fs.StringArrayVarP(&o.params, "param", "p", nil, "query parameter key=value; repeatable (with --cypher, key:type=value, type int, float, bool, date or country)")
	fs.StringVarP(&o.format, "format", "f", cookbook.FormatTable, "output: table (aligned, for people), csv or json")
	fs.StringVar(&o.cypher, "cypher", "", "run this Cypher statement instead of a cookbook query (read-only)")
	fs.StringVar(&o.file, "file", "", "run the query of this .cypher file, with a cookbook header (read-only)")
	fs.BoolVar(&o.list, "list", false, "list the cookbook's queries with their parameters")
	fs.BoolVar(&o.show, "show", false, "print the query's Cypher (header included) instead of running it")
	fs.IntVar(&o.maxWidth, "max-width", cookbook.DefaultMaxWidth, "table cells longer than this are cut with …; 0: never")
}

func newQueryCommand(g *globalOptions) *cobra.Command {
	o := &queryOptions{}
	cmd := &cobra.Command{
		Use:   "query NAME [--param key=value]... | --cypher STATEMENT | --file FILE.cypher | --list",
		Short: "Answer research questions with the Cypher cookbook (read-only)",
		Long: `Run one of the cookbook's parameterised queries (dyad query --list shows them),
a .cypher file of your own (--file) or any Cypher statement (--cypher), and
print the rows as an aligned table, CSV or JSON.

Every query runs in a read transaction: a statement that would change the
database fails and changes nothing. Parameters are checked against the
query's header before anything runs: a missing one is named with what it
expects; dates are written YYYY-MM-DD, countries as ISO codes (VN, KH, LA).

Events and agreements dated only to a month or a year count in a period
when that month or year overlaps it; one whose year is unknown (--02-21) is
placed at the date of the article reporting it (see each query's notes).`,
		Example: `  dyad query --list
  dyad query meetings-between-countries -p a=VN -p b=KH -p from=2023-01-01 -p to=2023-12-31
  dyad query official-profile -p person="Hun Manet" --format csv > hun-manet.csv
  dyad query fact-evidence -p entity=person:bui-van-cuong:VN --format json
  dyad query meetings-between-countries --show
  dyad query --cypher 'MATCH (e:Event) RETURN e.kind AS kind, count(*) AS n ORDER BY n DESC'
  dyad query --cypher 'MATCH (p:Person {country: $c}) RETURN p.name' -p c:country=vn`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) > 1 {
				return &usageError{fmt.Errorf("%s: one query name at most, got %d arguments", cmd.CommandPath(), len(args))}
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := g.load(cmd)
			if err != nil {
				return err
			}
			o.streams = commandStreams(cmd)
			return runQuery(cmd.Context(), cfg, *o, args)
		},
	}
	o.AddFlags(cmd.Flags())
	return cmd
}

// runQuery lists, shows or runs one query and prints its rows on o.out.
func runQuery(ctx context.Context, cfg config.Config, o queryOptions, args []string) error {
	if !slices.Contains(cookbook.Formats, o.format) {
		return &usageError{fmt.Errorf("--format %q: want one of %s", o.format, strings.Join(cookbook.Formats, ", "))}
	}
	modes := 0
	for _, on := range []bool{len(args) == 1, o.cypher != "", o.file != "", o.list} {
		if on {
			modes++
		}
	}
	if modes != 1 {
		return &usageError{errors.New("query: give a query NAME, or --cypher STATEMENT, or --file FILE, or --list (one of them)")}
	}
	if o.list {
		return listQueries(o.out)
	}

	var (
		stmt   string
		params map[string]any
	)
	values, err := cookbook.ParseAssignments(o.params)
	if err != nil {
		return &usageError{fmt.Errorf("query: --param: %w", err)}
	}
	switch {
	case o.cypher != "":
		if o.show {
			_, err := fmt.Fprintln(o.out, o.cypher)
			return err
		}
		stmt = o.cypher
		if params, err = cookbook.AdHoc(values); err != nil {
			return &usageError{fmt.Errorf("query: %w", err)}
		}
	default:
		q, err := pickQuery(o.file, args)
		if err != nil {
			return err
		}
		if o.show {
			_, err := io.WriteString(o.out, q.Cypher)
			return err
		}
		if params, err = q.Bind(values); err != nil {
			return &usageError{err}
		}
		stmt = q.Cypher
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
	res, err := cookbook.Run(ctx, rs.session, stmt, params)
	if err != nil {
		return fmt.Errorf("query: %w", err)
	}
	return res.Write(o.out, o.format, o.maxWidth)
}

// pickQuery returns the query of a .cypher file or the cookbook query named
// by args[0].
func pickQuery(file string, args []string) (cookbook.Query, error) {
	if file != "" {
		src, err := os.ReadFile(file)
		if err != nil {
			return cookbook.Query{}, fmt.Errorf("query: %w", err)
		}
		q, err := cookbook.Parse(file, src)
		if err != nil {
			return cookbook.Query{}, &usageError{fmt.Errorf("query: %w", err)}
		}
		return *q, nil
	}
	q, err := cookbook.Get(args[0])
	if errors.Is(err, cookbook.ErrUnknownQuery) {
		return cookbook.Query{}, &usageError{fmt.Errorf("query: %w", err)}
	}
	return q, err
}

// listQueries prints each cookbook query: name, question, parameters, notes.
func listQueries(w io.Writer) error {
	qs, err := cookbook.List()
	if err != nil {
		return err
	}
	var b strings.Builder
	for i, q := range qs {
		if i > 0 {
			b.WriteString("\n")
		}
		fmt.Fprintf(&b, "%s\n%s", q.Name, wrap(q.Answers, "  ", "  "))
		for _, p := range q.Params {
			b.WriteString(wrap(p.Usage(), "    ", "      "))
		}
		if ex := exampleCommand(q); ex != "" {
			fmt.Fprintf(&b, "  Example: %s\n", ex)
		}
		for _, n := range q.Notes {
			b.WriteString(wrap("Note: "+n, "  ", "    "))
		}
	}
	fmt.Fprintf(&b, "\nRun one with: dyad query NAME -p key=value ...; see its Cypher with --show.\n")
	_, err = io.WriteString(w, b.String())
	return err
}

// wrap fills text into lines of at most listWidth characters, the first
// starting with first, the others with rest.
func wrap(text, first, rest string) string {
	const listWidth = 100
	var b strings.Builder
	line := first
	empty := true
	for _, w := range strings.Fields(text) {
		if !empty && len([]rune(line))+1+len([]rune(w)) > listWidth {
			b.WriteString(line + "\n")
			line, empty = rest, true
		}
		if !empty {
			line += " "
		}
		line += w
		empty = false
	}
	b.WriteString(line + "\n")
	return b.String()
}

// exampleCommand is the dyad command line of q's example, in header order.
func exampleCommand(q cookbook.Query) string {
	if q.Example == nil {
		return ""
	}
	parts := []string{"dyad query", q.Name}
	for _, p := range q.Params {
		v, ok := q.Example[p.Name]
		if !ok {
			continue
		}
		if strings.ContainsAny(v, " \t'\"$") {
			v = "'" + strings.ReplaceAll(v, "'", `'\''`) + "'"
		}
		parts = append(parts, "-p", p.Name+"="+v)
	}
	return strings.Join(parts, " ")
}

// readSession is a read-only session on the configured database. connect
// checks the server and the credentials first (one-line errors for an
// absent server or refused credentials); graph.Client offers no general
// read access, so the session comes from a driver of its own with the same
// settings.
type readSession struct {
	driver  neo4j.DriverWithContext
	session neo4j.SessionWithContext
	log     *zap.Logger
}

func openReadSession(ctx context.Context, cfg config.Config, log *zap.Logger) (*readSession, error) {
	c, err := connect(ctx, cfg, log)
	if err != nil {
		return nil, err
	}
	closeClient(ctx, c, log)
	auth := neo4j.NoAuth()
	if cfg.Neo4j.Username != "" {
		auth = neo4j.BasicAuth(cfg.Neo4j.Username, cfg.Neo4j.Password, "")
	}
	drv, err := neo4j.NewDriverWithContext(cfg.Neo4j.URI, auth, func(c *neo4jconfig.Config) {
		if cfg.Neo4j.MaxRetryTime > 0 {
			c.MaxTransactionRetryTime = cfg.Neo4j.MaxRetryTime
		}
	})
	if err != nil {
		return nil, fmt.Errorf("neo4j driver for %s: %w", c.URI(), err)
	}
	s := drv.NewSession(ctx, neo4j.SessionConfig{AccessMode: neo4j.AccessModeRead, DatabaseName: cfg.Neo4j.Database})
	return &readSession{driver: drv, session: s, log: log}, nil
}

func (r *readSession) close(ctx context.Context) {
	ctx = context.WithoutCancel(ctx)
	if err := r.session.Close(ctx); err != nil {
		r.log.Debug("closing the Neo4j session", zap.Error(err))
	}
	if err := r.driver.Close(ctx); err != nil {
		r.log.Debug("closing the Neo4j driver", zap.Error(err))
	}
}

package graph

import (
	"context"
	"errors"
	"fmt"
	"sync/atomic"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"
	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
)

// Config says where Neo4j is and how to log in.
type Config struct {
	// URI: bolt://host:7687 for one server, neo4j://host:7687 for routing
	// (clusters, Aura; a single Community server answers routing too).
	URI      string
	Username string // empty: no authentication
	Password string // never logged nor put in errors
	Database string // empty: the server's default database
	// MaxRetryTime bounds the retries of a transaction on transient errors
	// (deadlocks, leader switches). Zero: 30s.
	MaxRetryTime time.Duration
	// ConnectTimeout bounds the connectivity check of Connect. Zero: 10s.
	ConnectTimeout time.Duration
}

// Default settings.
const (
	DefaultMaxRetryTime   = 30 * time.Second
	DefaultConnectTimeout = 10 * time.Second
)

// Client is a connection pool to one Neo4j database. It is safe for
// concurrent use; Close it when done.
type Client struct {
	driver   neo4j.DriverWithContext
	uri      string // redacted
	user     string
	database string
	log      *zap.Logger
	sessions sessionMaker
}

// session is what the package needs of a driver session: managed
// transactions (retried on transient errors) and Close. The driver's
// neo4j.SessionWithContext satisfies it; tests use fakes.
type session interface {
	ExecuteWrite(ctx context.Context, work neo4j.ManagedTransactionWork, configurers ...func(*neo4j.TransactionConfig)) (any, error)
	ExecuteRead(ctx context.Context, work neo4j.ManagedTransactionWork, configurers ...func(*neo4j.TransactionConfig)) (any, error)
	Close(ctx context.Context) error
}

// sessionMaker opens sessions on the right database.
type sessionMaker interface {
	open(ctx context.Context, mode neo4j.AccessMode) session
}

type driverSessions struct {
	driver   neo4j.DriverWithContext
	database string
}

func (d driverSessions) open(ctx context.Context, mode neo4j.AccessMode) session {
	// The shared bookmark manager makes every session see the writes of
	// the sessions before it (causal consistency on clusters, where a read
	// may go to another server than the write).
	return d.driver.NewSession(ctx, neo4j.SessionConfig{
		AccessMode:      mode,
		DatabaseName:    d.database,
		BookmarkManager: d.driver.ExecuteQueryBookmarkManager(),
	})
}

// Connect creates the driver and checks that Neo4j answers and accepts the
// credentials. When nothing answers, the error wraps ErrUnavailable and reads
// as one line naming the URI and how to start a Neo4j; refused credentials
// wrap ErrAuth.
func Connect(ctx context.Context, cfg Config, logger *zap.Logger) (*Client, error) {
	if logger == nil {
		logger = zap.NewNop()
	}
	if cfg.URI == "" {
		return nil, fmt.Errorf("no Neo4j URI configured (e.g. bolt://127.0.0.1:7687): %w", ErrUnavailable)
	}
	uri := redactURI(cfg.URI)
	token := neo4j.NoAuth()
	if cfg.Username != "" {
		token = neo4j.BasicAuth(cfg.Username, cfg.Password, "")
	}
	retry := cfg.MaxRetryTime
	if retry <= 0 {
		retry = DefaultMaxRetryTime
	}
	timeout := cfg.ConnectTimeout
	if timeout <= 0 {
		timeout = DefaultConnectTimeout
	}
	dl := &driverLogger{l: logger.Named("neo4j")}
	dl.quiet.Store(true) // until connected: Connect's own error says it all
	drv, err := neo4j.NewDriverWithContext(cfg.URI, token, func(c *config.Config) {
		c.Log = dl
		c.MaxTransactionRetryTime = retry
		c.SocketConnectTimeout = timeout
	})
	if err != nil {
		var uerr *neo4j.UsageError
		if errors.As(err, &uerr) {
			return nil, fmt.Errorf("invalid Neo4j URI %q: %s", uri, uerr.Message)
		}
		return nil, fmt.Errorf("invalid Neo4j URI %q: %w", uri, err)
	}
	vctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	if err := drv.VerifyConnectivity(vctx); err != nil {
		_ = drv.Close(context.WithoutCancel(ctx))
		cerr := classify(err, cfg.URI, cfg.Username, "connect")
		logger.Debug("neo4j connectivity check failed", zap.String("uri", uri), zap.NamedError("cause", err))
		if !errors.Is(cerr, ErrUnavailable) && !errors.Is(cerr, ErrAuth) && ctx.Err() == nil && vctx.Err() != nil {
			cerr = &unavailableError{uri: uri, cause: err}
		}
		return nil, cerr
	}
	dl.quiet.Store(false)
	logger.Debug("connected to neo4j", zap.String("uri", uri), zap.String("database", cfg.Database))
	return &Client{
		driver:   drv,
		uri:      uri,
		user:     cfg.Username,
		database: cfg.Database,
		log:      logger,
		sessions: driverSessions{driver: drv, database: cfg.Database},
	}, nil
}

// Close releases the driver's connections.
func (c *Client) Close(ctx context.Context) error {
	if c == nil || c.driver == nil {
		return nil
	}
	return c.driver.Close(ctx)
}

// URI is the address the client talks to (without user info).
func (c *Client) URI() string { return c.uri }

// write runs work in one managed write transaction (retried by the driver
// on transient errors, deadlocks included) and classifies the error.
func (c *Client) write(ctx context.Context, what string, work neo4j.ManagedTransactionWork) (any, error) {
	return runTx(ctx, c.sessions, neo4j.AccessModeWrite, c.uri, c.user, what, work)
}

func (c *Client) read(ctx context.Context, what string, work neo4j.ManagedTransactionWork) (any, error) {
	return runTx(ctx, c.sessions, neo4j.AccessModeRead, c.uri, c.user, what, work)
}

func runTx(ctx context.Context, sm sessionMaker, mode neo4j.AccessMode, uri, user, what string, work neo4j.ManagedTransactionWork) (any, error) {
	s := sm.open(ctx, mode)
	defer func() { _ = s.Close(context.WithoutCancel(ctx)) }()
	var (
		out any
		err error
	)
	if mode == neo4j.AccessModeRead {
		out, err = s.ExecuteRead(ctx, work)
	} else {
		out, err = s.ExecuteWrite(ctx, work)
	}
	if err != nil {
		return nil, classify(err, uri, user, what)
	}
	return out, nil
}

// run executes one statement in tx and returns its records and summary.
func run(ctx context.Context, tx neo4j.ManagedTransaction, cypher string, params map[string]any) ([]*neo4j.Record, neo4j.ResultSummary, error) {
	res, err := tx.Run(ctx, cypher, params)
	if err != nil {
		return nil, nil, err
	}
	recs, err := res.Collect(ctx)
	if err != nil {
		return nil, nil, err
	}
	sum, err := res.Consume(ctx)
	if err != nil {
		return nil, nil, err
	}
	return recs, sum, nil
}

// driverLogger bridges the driver's log.Logger to zap. The driver reports
// as errors things it recovers from (a retried deadlock, a refused
// connection while probing), so they are logged as warnings; its info
// messages are connection chatter (pool created, connecting), logged at
// debug level. While quiet (before Connect succeeds) everything goes to
// debug: a refused connection is reported once, by Connect's error.
type driverLogger struct {
	l     *zap.Logger
	quiet atomic.Bool
}

func (d *driverLogger) Error(name, id string, err error) {
	lvl := zapcore.WarnLevel
	if d.quiet.Load() {
		lvl = zapcore.DebugLevel
	}
	if ce := d.l.Check(lvl, "driver error"); ce != nil {
		ce.Write(zap.String("component", name), zap.String("id", id), zap.Error(err))
	}
}

func (d *driverLogger) Warnf(name, id, msg string, args ...any) {
	lvl := zapcore.WarnLevel
	if d.quiet.Load() {
		lvl = zapcore.DebugLevel
	}
	d.logf(lvl, name, id, msg, args)
}

func (d *driverLogger) Infof(name, id, msg string, args ...any) {
	d.logf(zapcore.DebugLevel, name, id, msg, args)
}

func (d *driverLogger) Debugf(name, id, msg string, args ...any) {
	d.logf(zapcore.DebugLevel, name, id, msg, args)
}

func (d *driverLogger) logf(lvl zapcore.Level, name, id, msg string, args []any) {
	// Check first: the driver logs a lot at debug level, and formatting is
	// wasted when the level is off.
	if ce := d.l.Check(lvl, ""); ce != nil {
		ce.Message = fmt.Sprintf(msg, args...)
		ce.Write(zap.String("component", name), zap.String("id", id))
	}
}

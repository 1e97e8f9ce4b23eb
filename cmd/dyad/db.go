package main

import (
	"context"
	"io"
	"net"
	"net/http"
	"strings"
	"time"

	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"

	"github.com/dyadgraph/dyad/config"
	"github.com/dyadgraph/dyad/graph"
	"github.com/dyadgraph/dyad/source"
)

// connect opens the Neo4j of cfg and checks it answers. When none does, the
// error wraps graph.ErrUnavailable and reads as one line naming the URI and
// how to start one; refused credentials wrap graph.ErrAuth. Both mean exit 2.
//
// The driver's own messages (a refused connection while probing, a retried
// transaction) are shown only at log level debug: the error that counts is
// the one returned, in one line.
func connect(ctx context.Context, cfg config.Config, log *zap.Logger) (*graph.Client, error) {
	if cfg.Log.Level != "debug" {
		log = log.WithOptions(zap.WrapCore(func(c zapcore.Core) zapcore.Core { return quietDriver{c} }))
	}
	return graph.Connect(ctx, graph.Config{
		URI:          cfg.Neo4j.URI,
		Username:     cfg.Neo4j.Username,
		Password:     cfg.Neo4j.Password,
		Database:     cfg.Neo4j.Database,
		MaxRetryTime: cfg.Neo4j.MaxRetryTime,
	}, log)
}

// quietDriver drops the Neo4j driver's messages below error level (the
// graph package names its logger "neo4j").
type quietDriver struct{ zapcore.Core }

func (q quietDriver) Check(e zapcore.Entry, ce *zapcore.CheckedEntry) *zapcore.CheckedEntry {
	if e.Level < zapcore.ErrorLevel && isDriverLogger(e.LoggerName) {
		return ce
	}
	return q.Core.Check(e, ce)
}

func (q quietDriver) With(fields []zapcore.Field) zapcore.Core {
	return quietDriver{q.Core.With(fields)}
}

func isDriverLogger(name string) bool {
	return name == "neo4j" || strings.HasPrefix(name, "neo4j.") || strings.HasSuffix(name, ".neo4j") || strings.Contains(name, ".neo4j.")
}

// closeClient closes c even when ctx is cancelled (the run was interrupted).
func closeClient(ctx context.Context, c *graph.Client, log *zap.Logger) {
	if err := c.Close(context.WithoutCancel(ctx)); err != nil {
		log.Debug("closing the Neo4j connection", zap.Error(err))
	}
}

// sourceOptions are the reading and fetching settings of cfg.
func sourceOptions(cfg config.Config, log *zap.Logger, stdin io.Reader) source.Options {
	return source.Options{
		HTTPClient:   httpClient(cfg.Ingest.Timeout),
		UserAgent:    cfg.Ingest.UserAgent,
		PerHostDelay: noneIfZero(cfg.Ingest.PerHostDelay),
		Retries:      noneIfZeroInt(cfg.Ingest.Retries),
		Stdin:        stdin,
		Logger:       log,
	}
}

// httpClient bounds a whole request by timeout, and its connection and
// response header by shorter limits so a dead host fails fast.
func httpClient(timeout time.Duration) *http.Client {
	tr := http.DefaultTransport.(*http.Transport).Clone()
	dial := min(10*time.Second, timeout)
	tr.DialContext = (&net.Dialer{Timeout: dial, KeepAlive: 30 * time.Second}).DialContext
	tr.TLSHandshakeTimeout = dial
	tr.ResponseHeaderTimeout = min(30*time.Second, timeout)
	return &http.Client{Transport: tr, Timeout: timeout}
}

// source.Options takes 0 as "default" and a negative value as "none"; in
// dyad's configuration 0 means none.
func noneIfZero(d time.Duration) time.Duration {
	if d == 0 {
		return -1
	}
	return d
}

func noneIfZeroInt(n int) int {
	if n == 0 {
		return -1
	}
	return n
}

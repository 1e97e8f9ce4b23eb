package ingest

import (
	"context"
	"errors"
	"time"

	"go.uber.org/zap"

	"github.com/dyadgraph/dyad/graph"
)

// Watch calls run now and then every interval (measured from the start of
// each run; a run longer than the interval is followed at once by the
// next) until ctx is cancelled. Each run's summary is logged. A run that
// fails is logged and the next one comes as planned, since the database
// may be back by then, except for a configuration error (ErrConfig, or
// credentials Neo4j refuses), which would fail every time: Watch returns it. Cancelling ctx stops a run
// between batches (see Run) and Watch returns nil: that is how it is meant
// to end.
func Watch(ctx context.Context, every time.Duration, run func(context.Context) (*Report, error), logger *zap.Logger) error {
	if logger == nil {
		logger = zap.NewNop()
	}
	if every <= 0 {
		return configErr("watch interval must be positive, got %s", every)
	}
	if run == nil {
		return configErr("watch needs something to run")
	}
	for n := 1; ; n++ {
		start := time.Now()
		rep, err := run(ctx)
		if rep != nil {
			rep.Log(logger.With(zap.Int("run", n)))
		}
		switch {
		case ctx.Err() != nil:
			logger.Info("watch stopped", zap.Int("runs", n))
			return nil
		case isConfig(err):
			logger.Error("run failed on its configuration: stopping", zap.Int("run", n), zap.Error(err))
			return err
		case errors.Is(err, ErrPartial):
			// The failures are in the summary just logged.
		case err != nil:
			logger.Error("run failed; trying again at the next interval", zap.Int("run", n), zap.Error(err))
		}
		next := start.Add(every)
		logger.Info("next run", zap.Time("at", next))
		wait := time.NewTimer(time.Until(next))
		select {
		case <-ctx.Done():
			wait.Stop()
			logger.Info("watch stopped", zap.Int("runs", n))
			return nil
		case <-wait.C:
		}
	}
}

// isConfig tells the errors that the next run would meet again.
func isConfig(err error) bool {
	return errors.Is(err, ErrConfig) || errors.Is(err, graph.ErrAuth)
}

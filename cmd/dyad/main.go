package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/dyadgraph/dyad/ingest"
)

// Set at build time: go build -ldflags "-X main.version=v1.2.3 -X main.commit=abc123".
// When empty, the module version and VCS revision recorded by the Go
// toolchain are used (see buildInfo).
var (
	version = ""
	commit  = ""
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := newRootCommand().ExecuteContext(ctx)
	stop()
	if err != nil {
		printError(os.Stderr, err)
	}
	os.Exit(exitCode(err))
}

// Exit codes.
const (
	exitOK      = 0 // everything was done
	exitPartial = 1 // some inputs failed, the rest was done
	exitFailed  = 2 // nothing could be done: configuration, database, usage
)

// errPartial marks a run where some inputs failed and the others were done.
// Per-input problems have already been reported one line each; the error
// carrying errPartial only sums them up.
var errPartial = errors.New("some inputs failed")

// partialError returns an error that is errPartial, reading as the summary.
func partialError(format string, args ...any) error {
	return &partial{msg: fmt.Sprintf(format, args...)}
}

type partial struct{ msg string }

func (e *partial) Error() string        { return e.msg }
func (e *partial) Is(target error) bool { return target == errPartial }

// usageError is a command line that cannot be run: unknown flag, missing
// argument. It is printed with a hint to --help.
type usageError struct{ err error }

func (e *usageError) Error() string { return e.err.Error() }
func (e *usageError) Unwrap() error { return e.err }

// exitCode maps the error a command returned to the process exit code. It is
// the only place that does.
func exitCode(err error) int {
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, errPartial), errors.Is(err, ingest.ErrPartial):
		return exitPartial
	case errors.Is(err, context.Canceled):
		// Stopped by SIGINT/SIGTERM between batches: what was loaded
		// stays, and running again finishes the rest.
		return exitPartial
	default:
		return exitFailed
	}
}

// printError writes the error on w, each line starting with "dyad: ".
func printError(w io.Writer, err error) {
	if errors.Is(err, context.Canceled) {
		fmt.Fprintln(w, "dyad: interrupted; run again to finish")
		return
	}
	for line := range strings.SplitSeq(err.Error(), "\n") { // errors.Join: one problem a line
		fmt.Fprintf(w, "dyad: %s\n", line)
	}
	var ue *usageError
	if errors.As(err, &ue) {
		fmt.Fprintln(w, "Run 'dyad --help' for usage.")
	}
}

package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:]); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			os.Exit(2)
		}
		fmt.Fprintln(os.Stderr, "dyad-bench:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string) error {
	if len(args) == 0 {
		usage()
		return flag.ErrHelp
	}
	switch args[0] {
	case "run":
		return runBench(ctx, args[1:])
	case "rss":
		return runRSS(ctx, args[1:])
	case "-h", "--help", "help":
		usage()
		return nil
	}
	usage()
	return fmt.Errorf("unknown command %q (want run or rss)", args[0])
}

func usage() {
	fmt.Fprint(os.Stderr, `usage:
  dyad-bench run [flags]   the whole benchmark (dyad-bench run -h lists the flags)
  dyad-bench rss [flags]   one ingest in this process; prints its peak RSS as JSON
`)
}

package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/dyadgraph/dyad/bench/corpus"
)

func main() {
	if err := run(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			os.Exit(2)
		}
		fmt.Fprintln(os.Stderr, "gen-corpus:", err)
		os.Exit(1)
	}
}

func run(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("gen-corpus", flag.ContinueOnError)
	fs.SetOutput(stderr)
	n := fs.Int("n", 1000, "number of articles")
	langs := fs.String("langs", "fr,vi,en", "languages, mixed evenly")
	seed := fs.Uint64("seed", 1, "seed: the same seed gives the same corpus")
	out := fs.String("out", "", "output: a folder (txt) or a file (jsonl; - for standard output)")
	format := fs.String("format", "jsonl", "txt (one page per file, 1000 files per sub-folder) or jsonl (one article per line)")
	truth := fs.String("truth", "", "also write what each article truly says (JSON Lines) to this file")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	if *out == "" {
		return errors.New("-out is required (a folder for -format txt, a file or - for -format jsonl)")
	}
	ls, err := corpus.ParseLangs(*langs)
	if err != nil {
		return err
	}
	g, err := corpus.New(corpus.Options{N: *n, Langs: ls, Seed: *seed})
	if err != nil {
		return err
	}
	start := time.Now()
	var st corpus.Written
	switch *format {
	case "txt":
		if st, err = corpus.WriteText(*out, g.All()); err != nil {
			return err
		}
	case "jsonl":
		w := stdout
		if *out != "-" {
			if err := os.MkdirAll(filepath.Dir(*out), 0o755); err != nil {
				return err
			}
			f, err := os.Create(*out)
			if err != nil {
				return err
			}
			defer f.Close()
			w = f
		}
		if st, err = corpus.WriteJSONL(w, g.All()); err != nil {
			return err
		}
		if f, ok := w.(*os.File); ok && f != os.Stdout {
			if err := f.Close(); err != nil {
				return err
			}
		}
	default:
		return fmt.Errorf("-format %q: want txt or jsonl", *format)
	}
	if *truth != "" {
		f, err := os.Create(*truth)
		if err != nil {
			return err
		}
		dir := ""
		if *format == "txt" {
			dir = *out
		}
		if err := corpus.WriteTruth(f, dir, g.All()); err != nil {
			f.Close()
			return err
		}
		if err := f.Close(); err != nil {
			return err
		}
	}
	fmt.Fprintf(stderr, "gen-corpus: %d articles, %.1f MB of text, %.1f MB written to %s in %s\n",
		st.Articles, float64(st.TextBytes)/1e6, float64(st.FileBytes)/1e6, *out, time.Since(start).Round(time.Millisecond))
	return nil
}

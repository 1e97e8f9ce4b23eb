package extract

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// articleFiles returns the testdata articles: the seeds (scored by
// dev.json) and the dev-extra ones (dev-extra.json).
func articleFiles(t testing.TB) (seeds, extra []string) {
	t.Helper()
	fs, err := filepath.Glob("../testdata/articles/*.txt")
	if err != nil || len(fs) == 0 {
		t.Fatalf("no testdata articles: %v", err)
	}
	sort.Strings(fs)
	for _, f := range fs {
		if len(filepath.Base(f)) > 12 {
			seeds = append(seeds, f)
		} else {
			extra = append(extra, f)
		}
	}
	return seeds, extra
}

func newTestExtractor(t testing.TB) *Extractor {
	t.Helper()
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	return x
}

// writeJSONL extracts files into a JSON Lines file, as `dyad extract` would.
func writeJSONL(t testing.TB, x *Extractor, files []string, out string) {
	t.Helper()
	var b strings.Builder
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		d := x.Extract(Input{Source: f, Text: string(text)})
		if err := d.Validate(); err != nil {
			t.Errorf("%s: %v", f, err)
		}
		line, err := json.Marshal(d)
		if err != nil {
			t.Fatal(err)
		}
		b.Write(line)
		b.WriteByte('\n')
	}
	if err := os.WriteFile(out, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

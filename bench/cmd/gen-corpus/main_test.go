package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestGenCorpus(t *testing.T) {
	dir := t.TempDir()
	var out, errb bytes.Buffer
	jsonl := filepath.Join(dir, "c.jsonl")
	if err := run([]string{"-n", "12", "-seed", "3", "-out", jsonl, "-truth", filepath.Join(dir, "t.jsonl")}, &out, &errb); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(jsonl)
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(string(b), "\n"); n != 12 || !strings.Contains(errb.String(), "12 articles") {
		t.Errorf("%d lines, stderr %q", n, errb.String())
	}
	// The same seed gives the same bytes, on standard output too.
	out.Reset()
	if err := run([]string{"-n", "12", "-seed", "3", "-out", "-"}, &out, &errb); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(out.Bytes(), b) {
		t.Error("standard output differs from the file of the same seed")
	}
	txt := filepath.Join(dir, "txt")
	if err := run([]string{"-n", "3", "-langs", "vi", "-format", "txt", "-out", txt}, &out, &errb); err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(txt, "0000", "*_vi.txt"))
	if len(files) != 3 {
		t.Errorf("txt: %d files, want 3: %v", len(files), files)
	}

	errorsCases := []struct {
		name string
		args []string
		want string
	}{
		{"no output", []string{"-n", "1"}, "-out is required"},
		{"bad format", []string{"-out", "x", "-format", "xml"}, `"xml"`},
		{"bad language", []string{"-out", "x", "-langs", "de"}, `"de"`},
		{"negative count", []string{"-out", "x", "-n", "-5"}, "between 0 and"},
		{"stray argument", []string{"-out", "x", "extra"}, `"extra"`},
	}
	for _, tt := range errorsCases {
		t.Run(tt.name, func(t *testing.T) {
			err := run(tt.args, &out, &errb)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("run(%v) = %v, want an error saying %s", tt.args, err, tt.want)
			}
		})
	}
}

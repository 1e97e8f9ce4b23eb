package extract

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// TestGolden compares the extraction of every testdata article with its
// golden file (go test ./extract -run TestGolden -update rewrites them).
func TestGolden(t *testing.T) {
	x := newTestExtractor(t)
	seeds, extra := articleFiles(t)
	for _, f := range append(seeds, extra...) {
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		t.Run(name, func(t *testing.T) {
			text, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			d := x.Extract(Input{Source: filepath.Base(f), Text: string(text)})
			if err := d.Validate(); err != nil {
				t.Fatal(err)
			}
			got, err := json.MarshalIndent(d, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := filepath.Join("..", "testdata", "golden", name+".golden.json")
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from the extraction; run go test ./extract -run TestGolden -update and review the diff", golden)
			}
		})
	}
}

// TestDeterministic: the same input gives byte-identical output, also when
// extracted concurrently.
func TestDeterministic(t *testing.T) {
	x := newTestExtractor(t)
	seeds, extra := articleFiles(t)
	files := append(seeds, extra...)
	first := map[string][]byte{}
	for _, f := range files {
		text, _ := os.ReadFile(f)
		b, _ := json.Marshal(x.Extract(Input{Source: f, Text: string(text)}))
		first[f] = b
	}
	done := make(chan error, len(files)*4)
	for range 4 {
		for _, f := range files {
			go func() {
				text, _ := os.ReadFile(f)
				b, _ := json.Marshal(x.Extract(Input{Source: f, Text: string(text)}))
				if !bytes.Equal(b, first[f]) {
					done <- &diffError{f}
					return
				}
				done <- nil
			}()
		}
	}
	for range len(files) * 4 {
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
}

type diffError struct{ file string }

func (e *diffError) Error() string { return e.file + ": output differs between runs" }

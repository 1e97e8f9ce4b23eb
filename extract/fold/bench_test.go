package fold

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkAppendTokens tokenises the development articles line by line,
// with the Lower form (as Vietnamese text is) and without (French, English).
func BenchmarkAppendTokens(b *testing.B) {
	files, err := filepath.Glob("../../testdata/articles/*.txt")
	if err != nil || len(files) == 0 {
		b.Fatalf("no test articles: %v", err)
	}
	var text []byte
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		text = append(text, data...)
	}
	s := string(text)
	for _, tt := range []struct {
		name  string
		lower bool
	}{{"lower", true}, {"nolower", false}} {
		b.Run(tt.name, func(b *testing.B) {
			b.SetBytes(int64(len(s)))
			b.ReportAllocs()
			var toks []Token
			for b.Loop() {
				toks = toks[:0]
				if tt.lower {
					toks = AppendTokens(toks, s, 0)
				} else {
					toks = AppendTokensNoLower(toks, s, 0)
				}
			}
		})
	}
}

package page

import (
	"github.com/dyadgraph/dyad/bench/corpus"

	"os"
	"path/filepath"
	"testing"
)

func BenchmarkParse(b *testing.B) {
	files, err := filepath.Glob("../../testdata/articles/*.txt")
	if err != nil || len(files) == 0 {
		b.Fatalf("no test articles: %v", err)
	}
	var texts []string
	size := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(data))
		size += len(data)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			Parse(t)
		}
	}
}

func BenchmarkDetectLang(b *testing.B) {
	data, err := os.ReadFile("../../testdata/articles/10_vi.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := string(data)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		DetectLang(text)
	}
}

// BenchmarkParseGenerated parses the generated articles bench.BenchmarkExtract
// reads: short pages, every line of them kept.
func BenchmarkParseGenerated(b *testing.B) {
	texts, size := generated(b, 500)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			Parse(t)
		}
	}
}

func generated(b *testing.B, n int) ([]string, int) {
	b.Helper()
	g, err := corpus.New(corpus.Options{N: n, Seed: 1})
	if err != nil {
		b.Fatal(err)
	}
	var texts []string
	size := 0
	for a := range g.All() {
		texts = append(texts, a.Text)
		size += len(a.Text)
	}
	return texts, size
}

func BenchmarkDetectLangGenerated(b *testing.B) {
	texts, size := generated(b, 500)
	b.SetBytes(int64(size))
	for b.Loop() {
		for _, t := range texts {
			DetectLang(t)
		}
	}
}

package extract

import (
	"os"
	"testing"
)

// BenchmarkExtract measures extraction throughput over the testdata articles.
func BenchmarkExtract(b *testing.B) {
	x := newTestExtractor(b)
	seeds, extra := articleFiles(b)
	var texts []string
	size := 0
	for _, f := range append(seeds, extra...) {
		t, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(t))
		size += len(t)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, t := range texts {
			x.Extract(Input{Source: "bench", Text: t})
		}
	}
}

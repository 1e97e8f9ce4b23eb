package nfc_test

import (
	"testing"

	"github.com/dyadgraph/dyad/bench/corpus"
	"github.com/dyadgraph/dyad/internal/nfc"
)

// BenchmarkCheckGenerated checks the generated articles
// bench.BenchmarkExtract reads, one call each, as the extractor does.
func BenchmarkCheckGenerated(b *testing.B) {
	g, err := corpus.New(corpus.Options{N: 500, Seed: 1})
	if err != nil {
		b.Fatal(err)
	}
	var texts []string
	size := 0
	for a := range g.All() {
		texts = append(texts, a.Text)
		size += len(a.Text)
	}
	b.SetBytes(int64(size))
	for b.Loop() {
		for _, t := range texts {
			nfc.Check(t)
		}
	}
}

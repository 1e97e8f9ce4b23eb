package extract

import (
	"os"
	"testing"

	"github.com/dyadgraph/dyad/extract/fold"
	"github.com/dyadgraph/dyad/extract/page"
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

// BenchmarkTrieLookup is the lexicon lookup at every token of the
// testdata articles, each in its language's trie (one op: all of them).
func BenchmarkTrieLookup(b *testing.B) {
	x := newTestExtractor(b)
	seeds, extra := articleFiles(b)
	type doc struct {
		t    *trie
		toks []tok
	}
	var docs []doc
	for _, f := range append(seeds, extra...) {
		t, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		lang := page.DetectLang(string(t))
		tr := x.tries[lang]
		if tr == nil {
			tr = x.tries[""]
		}
		docs = append(docs, doc{tr, fold.Tokens(string(t))})
	}
	var buf []entry
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			for i := range d.toks {
				buf = d.t.lookup(d.toks, i, buf)
			}
		}
	}
}

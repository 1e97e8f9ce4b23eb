package dates

import (
	"github.com/dyadgraph/dyad/bench/corpus"

	"os"
	"path/filepath"
	"strings"
	"testing"
)

// corpus reads the development articles with the language their name or
// content gives; benchmarks measure Find on real text.
func articleCorpus(b *testing.B) map[string]string {
	b.Helper()
	files, err := filepath.Glob("../../testdata/articles/*.txt")
	if err != nil || len(files) == 0 {
		b.Fatalf("no test articles: %v", err)
	}
	by := map[string]*strings.Builder{"fr": {}, "vi": {}, "en": {}}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		lang := "fr"
		switch {
		case strings.Contains(f, "_vi") || strings.Contains(string(data), "Quốc hội"):
			lang = "vi"
		case strings.Contains(f, "_en"):
			lang = "en"
		}
		by[lang].Write(data)
		by[lang].WriteByte('\n')
	}
	out := map[string]string{}
	for l, s := range by {
		out[l] = s.String()
	}
	return out
}

func BenchmarkFind(b *testing.B) {
	for lang, text := range articleCorpus(b) {
		b.Run(lang, func(b *testing.B) {
			ref := Date{2023, 4, 4}
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				Find(text, lang, ref)
			}
		})
	}
}

// BenchmarkFindGenerated finds the dates of the generated articles
// bench.BenchmarkExtract reads, in their languages.
func BenchmarkFindGenerated(b *testing.B) {
	g, err := corpus.New(corpus.Options{N: 500, Seed: 1})
	if err != nil {
		b.Fatal(err)
	}
	var arts []corpus.Article
	size := 0
	for a := range g.All() {
		arts = append(arts, a)
		size += len(a.Text)
	}
	ref := Date{2023, 4, 4}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range arts {
			Find(a.Text, a.Lang, ref)
		}
	}
}

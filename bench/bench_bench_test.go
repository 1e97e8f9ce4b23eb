package bench

import (
	"context"
	"testing"

	"github.com/dyadgraph/dyad/ingest"
	"github.com/dyadgraph/dyad/source"
)

// BenchmarkExtract is the extractor alone, one article per op, over a
// generated corpus of the three languages (MB/s is of title + text).
func BenchmarkExtract(b *testing.B) {
	ex := newExtractor(b)
	g := generate(b, 2000, 1)
	var docs []source.Document
	var size int64
	for d := range Documents(g, "") {
		docs = append(docs, d)
		size += int64(Bytes(d))
	}
	b.SetBytes(size / int64(len(docs)))
	b.ResetTimer()
	i := 0
	for b.Loop() {
		ex.Extract(Input(docs[i%len(docs)]))
		i++
	}
}

// BenchmarkIngestMemory is dyad's ingest pipeline end to end (read, hash,
// extract on every core, batch) with a loader that writes nothing; one op
// is one article. peak-RSS-MiB is the process's high-water mark at the end:
// run with -benchtime=100000x and -benchtime=10000x to see it stay flat.
func BenchmarkIngestMemory(b *testing.B) {
	ex := newExtractor(b)
	var d Discard
	var size int64
	b.ReportAllocs()
	g := generate(b, b.N, 1)
	docs := func(yield func(source.Document, error) bool) {
		for doc, err := range Documents(g, "") {
			size += int64(Bytes(doc))
			if !yield(doc, err) {
				return
			}
		}
	}
	b.ResetTimer()
	rep, err := ingest.Run(context.Background(), docs, ex, &d, ingest.Options{})
	b.StopTimer()
	if err != nil {
		b.Fatal(err)
	}
	if rep.Loaded != b.N {
		b.Fatalf("loaded %d of %d", rep.Loaded, b.N)
	}
	b.SetBytes(size / int64(max(b.N, 1)))
	if peak, err := PeakRSS(); err == nil {
		b.ReportMetric(float64(peak)/(1<<20), "peak-RSS-MiB")
	}
}

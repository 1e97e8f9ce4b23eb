package bench

import (
	"iter"

	"github.com/dyadgraph/dyad/bench/corpus"
	"github.com/dyadgraph/dyad/extract"
	"github.com/dyadgraph/dyad/source"
)

// Document is the source document of a generated article, as
// source.Files reads it from the JSON Lines form (title, date and language
// given as metadata). prefix goes before the source (see Prefix).
func Document(a corpus.Article, prefix string) source.Document {
	return source.Document{Source: prefix + a.URL, Title: a.Title, Text: a.Text, Published: a.Published, Lang: a.Lang}
}

// Input is the extractor's input for a document.
func Input(d source.Document) extract.Input {
	return extract.Input{Source: d.Source, Text: d.Text, Title: d.Title, Published: d.Published, Lang: d.Lang}
}

// Documents streams the generator's articles as source documents.
func Documents(g *corpus.Generator, prefix string) iter.Seq2[source.Document, error] {
	return func(yield func(source.Document, error) bool) {
		for a := range g.All() {
			if !yield(Document(a, prefix), nil) {
				return
			}
		}
	}
}

// Slice yields docs, for the pipeline's iterator argument.
func Slice(docs []source.Document) iter.Seq2[source.Document, error] {
	return func(yield func(source.Document, error) bool) {
		for _, d := range docs {
			if !yield(d, nil) {
				return
			}
		}
	}
}

// Bytes is the size of the text the extractor reads: title and text.
func Bytes(d source.Document) int { return len(d.Title) + len(d.Text) }

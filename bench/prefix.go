package bench

import (
	"github.com/dyadgraph/dyad/extract"
	"github.com/dyadgraph/dyad/facts"
)

// PrefixDoc puts prefix before every id of d (article, entities, relation
// ends) and before its source, in place, so that a benchmark's nodes can
// be told apart, and deleted, in a database others share. A source that
// already starts with prefix is left as it is.
func PrefixDoc(d *facts.Doc, prefix string) {
	if d == nil || prefix == "" {
		return
	}
	d.Article.ID = prefix + d.Article.ID
	if len(d.Article.Source) < len(prefix) || d.Article.Source[:len(prefix)] != prefix {
		d.Article.Source = prefix + d.Article.Source
	}
	for i := range d.Entities {
		d.Entities[i].ID = prefix + d.Entities[i].ID
	}
	for i := range d.Relations {
		d.Relations[i].From = prefix + d.Relations[i].From
		d.Relations[i].To = prefix + d.Relations[i].To
	}
}

// CloneDocs deep-copies docs, so that each loader of a comparison gets
// its own prefixed copy of the same facts.
func CloneDocs(docs []*facts.Doc, prefix string) []*facts.Doc {
	out := make([]*facts.Doc, len(docs))
	for i, d := range docs {
		c := *d
		c.Entities = append([]facts.Entity(nil), d.Entities...)
		for j := range c.Entities {
			c.Entities[j].Aliases = append([]string(nil), c.Entities[j].Aliases...)
		}
		c.Relations = append([]facts.Relation(nil), d.Relations...)
		c.Problems = append([]string(nil), d.Problems...)
		PrefixDoc(&c, prefix)
		out[i] = &c
	}
	return out
}

// extractor is what PrefixExtractor wraps: *extract.Extractor.
type extractor interface {
	Extract(extract.Input) *facts.Doc
}

// PrefixExtractor extracts with Ex and prefixes the ids of what it
// returns, for a pipeline (ingest.Run) whose documents carry prefixed
// sources.
type PrefixExtractor struct {
	Ex     extractor
	Prefix string
}

// Extract extracts one article and prefixes its ids.
func (p PrefixExtractor) Extract(in extract.Input) *facts.Doc {
	d := p.Ex.Extract(in)
	PrefixDoc(d, p.Prefix)
	return d
}

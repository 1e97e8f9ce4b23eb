package graphtest

import (
	"strings"
	"testing"

	"github.com/dyadgraph/dyad/facts"
)

func TestWithPrefixCopiesDeeply(t *testing.T) {
	orig := &facts.Doc{
		Article:   facts.Article{ID: "article:1", Source: "a.html"},
		Entities:  []facts.Entity{{ID: "p:1", Type: facts.TypePerson, Name: "X", Aliases: []string{"x"}}, {ID: "o:1", Type: facts.TypeOrganization, Name: "O"}},
		Relations: []facts.Relation{{Type: facts.RelHoldsPosition, From: "p:1", To: "o:1"}},
	}
	got := WithPrefix("T~", orig)[0]
	if got.Article.ID != "T~article:1" || got.Article.Source != "T~a.html" || got.Entities[0].ID != "T~p:1" ||
		got.Relations[0].From != "T~p:1" || got.Relations[0].To != "T~o:1" {
		t.Errorf("not prefixed: %+v", got)
	}
	got.Entities[0].Aliases[0] = "changed"
	if orig.Entities[0].ID != "p:1" || orig.Relations[0].From != "p:1" || orig.Entities[0].Aliases[0] != "x" {
		t.Errorf("the original changed: %+v", orig)
	}
	if err := got.Validate(); err != nil {
		t.Errorf("prefixed doc invalid: %v", err)
	}
}

func TestReadDocsReadsTheFixture(t *testing.T) {
	docs := ReadDocs(t, "../../testdata/contract/sample.jsonl")
	if len(docs) != 3 {
		t.Fatalf("%d docs", len(docs))
	}
	langs := []string{}
	for _, d := range docs {
		langs = append(langs, d.Article.Lang)
	}
	if strings.Join(langs, ",") != "fr,vi,en" {
		t.Errorf("langs %v", langs)
	}
}

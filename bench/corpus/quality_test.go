package corpus

import (
	"testing"

	"github.com/dyadgraph/dyad/extract"
)

// The extractor finds the officials and meetings of generated articles.
// Generated text is regular, so the floor is high; a drop below it means
// either the extractor or the generator broke.
func TestExtractorFindsTheTruth(t *testing.T) {
	ex, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range Languages {
		t.Run(lang, func(t *testing.T) {
			g := mustNew(t, Options{N: 150, Langs: []string{lang}, Seed: 11})
			var s Score
			for a := range g.All() {
				d := ex.Extract(extract.Input{Source: a.URL, Title: a.Title, Text: a.Text, Published: a.Published, Lang: a.Lang})
				s.Add(a.Truth, d)
			}
			t.Logf("%s: %v", lang, s)
			if s.PersonRecall() < 0.8 {
				t.Errorf("person recall %.2f < 0.8 (%v)", s.PersonRecall(), s)
			}
			if s.MeetingRecall() < 0.8 {
				t.Errorf("meeting recall %.2f < 0.8 (%v)", s.MeetingRecall(), s)
			}
		})
	}
}

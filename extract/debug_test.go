package extract

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// TestAnalysisOfAnArticle checks the analysis stage on a sample article: it
// finds a person's name and a meeting in it. With DYAD_DEBUG=path it analyses
// that file instead and prints every sentence's atoms, dates and events — the
// view a rule writer needs (go test -run TestAnalysisOfAnArticle -v).
func TestAnalysisOfAnArticle(t *testing.T) {
	f := os.Getenv("DYAD_DEBUG")
	debug := f != ""
	if !debug {
		f = "../testdata/articles/000_1871815a9d99d7cd.txt"
	}
	x := newTestExtractor(t)
	b, err := os.ReadFile(f)
	if err != nil {
		t.Fatal(err)
	}
	a := x.newArticle(Input{Source: f, Text: string(b)}, string(b))
	a.run()
	var out strings.Builder
	printf := func(format string, args ...any) { fmt.Fprintf(&out, format, args...) }
	println := func(args ...any) { fmt.Fprintln(&out, args...) }
	defer func() {
		if debug {
			fmt.Print(out.String())
		}
	}()
	seen := map[akind]int{}
	for _, s := range a.sents {
		for _, at := range s.atoms {
			seen[at.kind]++
		}
	}
	if !debug && (seen[aName] == 0 || seen[aTitle] == 0 || len(a.events) == 0) {
		t.Errorf("analysis of %s: %d names, %d titles, %d events; want each > 0", f, seen[aName], seen[aTitle], len(a.events))
	}
	names := map[akind]string{aCountry: "CTRY", aAdj: "ADJ", aPlace: "PLACE", aOrg: "ORG", aTitle: "TITLE", aRank: "RANK", aHonor: "HON", aName: "NAME", aCapRun: "CAP", aEvent: "EVENT", aAnaph: "ANAPH", aAgree: "AGREE", aHomologue: "HOMOL", aDeleg: "DELEG"}
	for _, s := range a.sents {
		printf("--- [%d] %s\n", s.idx, s.textOf(a.text))
		var parts []string
		for _, at := range s.atoms {
			txt := a.text[s.toks[at.s].Start:s.toks[at.e-1].End]
			extra := at.country
			if at.org != nil {
				extra += " " + a.orgID(at.org)
			}
			if at.person != nil {
				extra += " " + a.personID(at.person)
			}
			parts = append(parts, fmt.Sprintf("%s{%s}%s", names[at.kind], txt, extra))
		}
		println("   ", strings.Join(parts, " | "))
		for _, d := range s.dates {
			printf("    DATE %q %s rel=%v\n", d.Text, d.Date, d.Relative)
		}
	}
	for _, e := range a.events {
		var ps []string
		for _, p := range e.persons {
			ps = append(ps, p.key)
		}
		printf("EVENT %s %s %v places=%d sents=%v\n", e.kind, e.date, ps, len(e.places), e.sents)
	}
	println("problems:", a.problems)
}

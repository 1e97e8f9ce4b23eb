package extract

import (
	"slices"
	"strings"
	"testing"
)

// Rules about the bodies of provinces and ministries whose names the
// lexicon does not hold whole: a governor's administration, a provincial
// committee named after its place, a ministry's list of portfolios.
// Invented people.
func TestRulesProvincialBodies(t *testing.T) {
	runRules(t, []ruleCase{
		{
			name:        "a governor and a vice-governor of a province head its administration",
			lang:        "fr",
			text:        "Le 5 mars, M. Aldo Ferrant, gouverneur de la province de Savannakhet, a reçu Mme Berthe Maillard, vice-gouverneure de Mukdahan, le colonel Odon Ravel, commandant de la police provinciale de Mukdahan.",
			positions:   []string{"person:aldoferant:LA > org:provincial-administration:LA:savannakhet", "person:bertmailard:TH > org:provincial-administration:TH:mukdahan", "person:odonravel:TH > org:police:TH:mukdahan"},
			noPositions: []string{"person:odonravel:TH > org:provincial-administration:TH:mukdahan"},
			noAgrees:    -1,
		},
		{
			name:      "an English provincial committee after its place, and a possessive provincial government",
			lang:      "en",
			text:      "On March 3, Hanoi officials received Ilse Varga, member of the Bureau of the Havana Provincial Committee. Havana's Provincial Government thanked them.",
			positions: []string{"person:ilse-varga:CU > org:party-committee:CU:havana"},
			orgs:      []string{"org:provincial-administration:CU:havana"},
			noAgrees:  -1,
		},
		{
			name:      "an English body named after its province or city, head last",
			lang:      "en",
			text:      "On March 11, Ilse Varga, director of the Guangxi Department of Commerce, met Aron Melk, Chairman of the Hanoi Union of Friendship Organizations, at the Hanoi Convention Centre.",
			positions: []string{"person:ilse-varga:CN > org:CN:guangxi-department-of-commerce", "person:aron-melk:VN > org:VN:hanoi-union-of-friendship-organizations"},
			noOrgs:    []string{"org:VN:hanoi-convention-centre"},
			noAgrees:  -1,
		},
		{
			name:        "a district committee of a place no list knows is not the last local body",
			lang:        "en",
			text:        "On March 3, Ilse Varga, member of the Havana Provincial Committee, met Secretary of the Tolvar District Party Committee Aron Melk.",
			noPositions: []string{"person:aron-melk > org:party-committee:CU:havana"},
			noAgrees:    -1,
		},
	})
}

// A French ministry named by its list of portfolios keeps the list among
// its names.
func TestFrenchMinistryPortfolios(t *testing.T) {
	x := newTestExtractor(t)
	for _, tc := range []struct{ text, id, alias string }{
		{"Le ministre sénégalais de l'Agriculture, de la Souveraineté alimentaire et de l'Élevage, Aldo Ferrant, a reçu le 3 mars une délégation vietnamienne.",
			"org:ministry:agriculture:SN", "ministère de l'Agriculture, de la Souveraineté alimentaire et de l'Élevage"},
		{"Le 3 mars, un communiqué a été publié par le ministère du Commerce extérieur et de la Promotion des exportations.",
			"org:ministry:commerce", "ministère du Commerce extérieur et de la Promotion des exportations"},
		{"Le ministre de l'Agriculture, M. Aldo Ferrant, a reçu le 3 mars une délégation.",
			"org:ministry:agriculture", ""},
	} {
		d := x.Extract(Input{Source: "t", Text: tc.text, Lang: "fr"})
		found := false
		for _, e := range d.Entities {
			if e.Type != "Organization" || !strings.HasPrefix(e.ID, tc.id) {
				continue
			}
			found = true
			names := append([]string{e.Name}, e.Aliases...)
			if tc.alias != "" && !slices.Contains(names, tc.alias) {
				t.Errorf("%s: names %q lack %q", e.ID, names, tc.alias)
			}
			for _, n := range names {
				if tc.alias == "" && strings.Contains(n, ",") && strings.HasPrefix(n, "ministère") {
					t.Errorf("%s: a name with a list %q where none is written", e.ID, n)
				}
			}
		}
		if !found {
			t.Errorf("no %s in %q", tc.id, tc.text)
		}
	}
}

package extract

import (
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/dyadgraph/dyad/facts"
)

// facts of a Doc in a form easy to compare
type summary struct {
	persons    map[string]string // person id -> country ("" if none)
	positions  []string          // "person id > org id"
	pairs      []string          // "a + b @ date" for people in one event
	places     []string          // "event date @ location id"
	pairPlaces []string          // "a + b @ location id" for people in an event held there
	orgs       []string
	countries  []string
	locations  []string // location entity ids
	agrees     []string
}

func summarize(d *facts.Doc) summary {
	s := summary{persons: map[string]string{}}
	events := map[string]string{}
	for _, e := range d.Entities {
		switch e.Type {
		case facts.TypePerson:
			c := ""
			if e.Country != nil {
				c = *e.Country
			}
			s.persons[e.ID] = c
		case facts.TypeEvent:
			date := ""
			if e.Date != nil {
				date = *e.Date
			}
			events[e.ID] = date
		case facts.TypeOrganization:
			s.orgs = append(s.orgs, e.ID)
		case facts.TypeCountry:
			s.countries = append(s.countries, e.ID)
		case facts.TypeLocation:
			s.locations = append(s.locations, e.ID)
		case facts.TypeAgreement:
			s.agrees = append(s.agrees, e.Name)
		}
	}
	parts := map[string][]string{}
	held := map[string][]string{}
	for _, r := range d.Relations {
		switch r.Type {
		case facts.RelHoldsPosition:
			s.positions = append(s.positions, r.From+" > "+r.To)
		case facts.RelParticipatedIn:
			parts[r.To] = append(parts[r.To], r.From)
		case facts.RelHeldIn:
			s.places = append(s.places, events[r.From]+" @ "+r.To)
			held[r.From] = append(held[r.From], r.To)
		}
	}
	for ev, ps := range parts {
		sort.Strings(ps)
		for i := range ps {
			for j := i + 1; j < len(ps); j++ {
				s.pairs = append(s.pairs, ps[i]+" + "+ps[j]+" @ "+events[ev])
				for _, loc := range held[ev] {
					s.pairPlaces = append(s.pairPlaces, ps[i]+" + "+ps[j]+" @ "+loc)
				}
			}
		}
	}
	for _, l := range [][]string{s.positions, s.pairs, s.pairPlaces, s.places, s.orgs, s.countries, s.agrees} {
		sort.Strings(l)
	}
	return s
}

type ruleCase struct {
	name         string
	lang         string
	published    string
	text         string
	persons      map[string]string // id -> country that must be there
	noPersons    []string          // person ids (or name keys) that must not be there
	positions    []string          // that must be there
	noPositions  []string          // that must not be there
	pairs        []string          // that must be there
	noPairs      []string          // that must not be there
	places       []string
	pairPlaces   []string // "a + b @ location id": those two met there
	noPairPlaces []string // "a + b @ location id": those two did not meet there
	orgs         []string
	noOrgs       []string
	countries    []string
	noCountries  []string // country entity ids that must not be there
	locations    []string // location entity ids that must be there
	noLocations  []string // location entity ids that must not be there
	agrees       []string // substrings of agreement names that must be there
	noAgrees     int      // -1: do not check; else the exact number of agreements
}

func runRules(t *testing.T, cases []ruleCase) {
	x := newTestExtractor(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := x.Extract(Input{Source: tc.name, Text: tc.text, Lang: tc.lang, Published: tc.published})
			if err := d.Validate(); err != nil {
				t.Fatal(err)
			}
			s := summarize(d)
			for id, c := range tc.persons {
				got, ok := s.persons[id]
				if !ok {
					t.Errorf("person %s missing; have %v", id, s.persons)
				} else if got != c {
					t.Errorf("person %s: country %q, want %q", id, got, c)
				}
			}
			for _, id := range tc.noPersons {
				for p := range s.persons {
					if strings.Contains(p, id) {
						t.Errorf("unexpected person %s", p)
					}
				}
			}
			check := func(what string, want, have []string) {
				for _, w := range want {
					if !slices.Contains(have, w) {
						t.Errorf("%s %q missing; have %q", what, w, have)
					}
				}
			}
			check("position", tc.positions, s.positions)
			check("pair", tc.pairs, s.pairs)
			check("place", tc.places, s.places)
			check("pair place", tc.pairPlaces, s.pairPlaces)
			check("org", tc.orgs, s.orgs)
			check("country", tc.countries, s.countries)
			check("location", tc.locations, s.locations)
			checkNot := func(what string, not, have []string) {
				for _, w := range not {
					if slices.Contains(have, w) {
						t.Errorf("unexpected %s %q", what, w)
					}
				}
			}
			checkNot("position", tc.noPositions, s.positions)
			checkNot("pair", tc.noPairs, s.pairs)
			checkNot("pair place", tc.noPairPlaces, s.pairPlaces)
			checkNot("location", tc.noLocations, s.locations)
			for _, w := range tc.noCountries {
				if slices.Contains(s.countries, w) {
					t.Errorf("unexpected country %q", w)
				}
			}
			for _, w := range tc.noOrgs {
				if slices.Contains(s.orgs, w) {
					t.Errorf("unexpected org %q", w)
				}
			}
			for _, w := range tc.agrees {
				found := false
				for _, a := range s.agrees {
					if strings.Contains(a, w) {
						found = true
					}
				}
				if !found {
					t.Errorf("agreement %q missing; have %q", w, s.agrees)
				}
			}
			if tc.noAgrees >= 0 && len(s.agrees) != tc.noAgrees && tc.agrees == nil {
				t.Errorf("%d agreements, want %d: %q", len(s.agrees), tc.noAgrees, s.agrees)
			}
		})
	}
}

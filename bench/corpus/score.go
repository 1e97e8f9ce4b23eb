package corpus

import (
	"fmt"

	"github.com/dyadgraph/dyad/facts"
)

// Score counts how much of the truth an extractor found. Persons are
// matched by name (without accents or case; an alias counts), meetings by
// an Event both persons PARTICIPATED_IN.
type Score struct {
	Persons, PersonsFound   int
	PersonsRightCountry     int // found with the right country
	Meetings, MeetingsFound int
	// ExtraPersons are Person entities matching no truth person
	// (teasers read as body, or a name cut wrong).
	ExtraPersons int
}

// Add scores one article's doc against its truth.
func (s *Score) Add(t Truth, d *facts.Doc) {
	if d == nil {
		s.Persons += len(t.Persons)
		s.Meetings += len(t.Meetings)
		return
	}
	ids := map[string]string{} // folded truth name -> entity id
	matched := map[string]bool{}
	countryOf := map[string]string{}
	for _, e := range d.Entities {
		if e.Type != facts.TypePerson {
			continue
		}
		hit := false
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			k := foldName(n)
			for _, p := range t.Persons {
				if foldName(p.Name) == k {
					if _, ok := ids[k]; !ok {
						ids[k] = e.ID
						if e.Country != nil {
							countryOf[k] = *e.Country
						}
					}
					hit = true
				}
			}
		}
		if hit {
			matched[e.ID] = true
		} else {
			s.ExtraPersons++
		}
	}
	for _, p := range t.Persons {
		s.Persons++
		k := foldName(p.Name)
		if _, ok := ids[k]; ok {
			s.PersonsFound++
			if countryOf[k] == p.Country {
				s.PersonsRightCountry++
			}
		}
	}
	in := map[[2]string]bool{} // (person id, event id)
	for _, r := range d.Relations {
		if r.Type == facts.RelParticipatedIn {
			in[[2]string{r.From, r.To}] = true
		}
	}
	for _, m := range t.Meetings {
		s.Meetings++
		a, okA := ids[foldName(m.Persons[0])]
		b, okB := ids[foldName(m.Persons[1])]
		if !okA || !okB {
			continue
		}
		for _, e := range d.Entities {
			if e.Type == facts.TypeEvent && in[[2]string{a, e.ID}] && in[[2]string{b, e.ID}] {
				s.MeetingsFound++
				break
			}
		}
	}
}

// PersonRecall is the share of truth persons found.
func (s Score) PersonRecall() float64 { return ratio(s.PersonsFound, s.Persons) }

// MeetingRecall is the share of truth meetings found.
func (s Score) MeetingRecall() float64 { return ratio(s.MeetingsFound, s.Meetings) }

// CountryAccuracy is the share of found persons given the right country.
func (s Score) CountryAccuracy() float64 { return ratio(s.PersonsRightCountry, s.PersonsFound) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func (s Score) String() string {
	return fmt.Sprintf("persons %d/%d (%.1f%%, right country %.1f%%), meetings %d/%d (%.1f%%), extra persons %d",
		s.PersonsFound, s.Persons, 100*s.PersonRecall(), 100*s.CountryAccuracy(),
		s.MeetingsFound, s.Meetings, 100*s.MeetingRecall(), s.ExtraPersons)
}

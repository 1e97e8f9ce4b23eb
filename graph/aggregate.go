package graph

import (
	"github.com/dyadgraph/dyad/facts"
	"slices"
)

// Mention is one article's view of an entity: what the entity's own
// properties are made of (graph/doc.go). Empty strings are absent values.
type Mention struct {
	Name                string
	Aliases             []string
	Country, Kind, Date string
}

// Tally counts the mentions that give each value of a property.
type Tally struct {
	Values []string // distinct, sorted
	Counts []int64  // aligned with Values
}

// Add counts n more mentions giving v; an empty v is no value.
func (t *Tally) Add(v string, n int64) {
	if v == "" || n == 0 {
		return
	}
	i, found := slices.BinarySearch(t.Values, v)
	if found {
		t.Counts[i] += n
		return
	}
	t.Values = slices.Insert(t.Values, i, v)
	t.Counts = slices.Insert(t.Counts, i, n)
}

// Winner is the value most mentions give, ties broken by the greatest
// value; "" when no mention gives one.
func (t Tally) Winner() string {
	w := -1
	for i := range t.Values {
		if w < 0 || t.Counts[i] >= t.Counts[w] {
			w = i
		}
	}
	if w < 0 {
		return ""
	}
	return t.Values[w]
}

// EntitySummary sums up some mentions of an entity. Summaries add up
// (Merge), so the loader keeps one in the entity's hidden properties and
// folds in each batch's mentions instead of reading them all again.
type EntitySummary struct {
	Mentions            int64
	Name                string   // the greatest mention name
	Aliases             []string // mention names and aliases, distinct, sorted
	Country, Kind, Date Tally
}

// Add counts one mention.
func (s *EntitySummary) Add(m Mention) {
	s.Mentions++
	if m.Name > s.Name {
		s.Name = m.Name
	}
	s.Aliases = insertSorted(s.Aliases, m.Name)
	for _, a := range m.Aliases {
		s.Aliases = insertSorted(s.Aliases, a)
	}
	s.Country.Add(m.Country, 1)
	s.Kind.Add(m.Kind, 1)
	s.Date.Add(m.Date, 1)
}

// Merge adds the mentions o sums up.
func (s *EntitySummary) Merge(o EntitySummary) {
	s.Mentions += o.Mentions
	if o.Name > s.Name {
		s.Name = o.Name
	}
	for _, a := range o.Aliases {
		s.Aliases = insertSorted(s.Aliases, a)
	}
	for i, v := range o.Country.Values {
		s.Country.Add(v, o.Country.Counts[i])
	}
	for i, v := range o.Kind.Values {
		s.Kind.Add(v, o.Kind.Counts[i])
	}
	for i, v := range o.Date.Values {
		s.Date.Add(v, o.Date.Counts[i])
	}
}

// Props are the entity properties of label the summed mentions give
// (graph/doc.go): name, aliases, country, kind, date_text, date_precision,
// date (native, full dates only) and, for a Country, code. Absent values
// are absent keys.
func (s *EntitySummary) Props(label string) map[string]any {
	p := map[string]any{"name": s.Name, "aliases": slices.Clone(s.Aliases)}
	if c := s.Country.Winner(); c != "" {
		p["country"] = c
		if label == entityLabels[facts.TypeCountry] {
			p["code"] = c
		}
	}
	if k := s.Kind.Winner(); k != "" {
		p["kind"] = k
	}
	if d := s.Date.Winner(); d != "" {
		p["date_text"] = d
		// Dates are checked before they are counted: an error cannot happen.
		if native, prec, err := PartialDate(d); err == nil {
			p["date_precision"] = prec
			if native != nil {
				p["date"] = native
			}
		}
	}
	return p
}

// insertSorted adds v (unless empty or present) to the sorted list set.
func insertSorted(set []string, v string) []string {
	if v == "" {
		return set
	}
	i, found := slices.BinarySearch(set, v)
	if found {
		return set
	}
	return slices.Insert(set, i, v)
}

// SortedSet returns the distinct non-empty strings of the lists, sorted
// (never nil).
func SortedSet(lists ...[]string) []string {
	out := []string{}
	for _, l := range lists {
		for _, s := range l {
			if s != "" {
				out = append(out, s)
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

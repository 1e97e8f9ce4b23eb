package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/dyadgraph/dyad/facts"
)

// writeText prints a summary of doc for people: headline, language and
// date, then the people with their positions, the events with date, place
// and participants, the agreements with their parties, and the other
// organizations, countries and places named.
func writeText(w io.Writer, doc *facts.Doc) error {
	byID := make(map[string]*facts.Entity, len(doc.Entities))
	for i := range doc.Entities {
		byID[doc.Entities[i].ID] = &doc.Entities[i]
	}
	name := func(id string) string {
		if e := byID[id]; e != nil {
			return e.Name
		}
		return id
	}
	// Relations grouped by their subject (or object) and type.
	out := map[string][]facts.Relation{}
	in := map[string][]facts.Relation{}
	for _, r := range doc.Relations {
		out[r.From+" "+r.Type] = append(out[r.From+" "+r.Type], r)
		in[r.To+" "+r.Type] = append(in[r.To+" "+r.Type], r)
	}

	var b strings.Builder
	a := doc.Article
	title := a.Title
	if title == "" {
		title = "(no headline)"
	}
	fmt.Fprintf(&b, "%s\n", title)
	fmt.Fprintf(&b, "  source:    %s\n", a.Source)
	fmt.Fprintf(&b, "  language:  %s\n", orDash(a.Lang))
	fmt.Fprintf(&b, "  published: %s\n", orDash(deref(a.Published)))

	section := func(title string, typ string, line func(e *facts.Entity) string) {
		var lines []string
		for i := range doc.Entities {
			if e := &doc.Entities[i]; e.Type == typ {
				lines = append(lines, line(e))
			}
		}
		if len(lines) == 0 {
			return
		}
		fmt.Fprintf(&b, "  %s:\n", title)
		for _, l := range lines {
			fmt.Fprintf(&b, "    - %s\n", l)
		}
	}

	section("people", facts.TypePerson, func(e *facts.Entity) string {
		s := e.Name + country(e)
		var pos []string
		for _, r := range out[e.ID+" "+facts.RelHoldsPosition] {
			p := name(r.To)
			if r.Title != "" {
				p = r.Title + ", " + p
			}
			pos = append(pos, p)
		}
		if len(pos) > 0 {
			s += ": " + strings.Join(pos, "; ")
		}
		return s
	})
	section("events", facts.TypeEvent, func(e *facts.Entity) string {
		s := e.Name
		if e.Kind != "" && !strings.EqualFold(e.Kind, e.Name) {
			s += " (" + e.Kind + ")"
		}
		if d := deref(e.Date); d != "" {
			s += ", " + d
		}
		var places []string
		for _, r := range out[e.ID+" "+facts.RelHeldIn] {
			places = append(places, name(r.To))
		}
		if len(places) > 0 {
			s += ", in " + strings.Join(places, ", ")
		}
		var who []string
		for _, r := range in[e.ID+" "+facts.RelParticipatedIn] {
			who = append(who, name(r.From))
		}
		if len(who) > 0 {
			s += "; participants: " + strings.Join(who, ", ")
		}
		return s
	})
	section("agreements", facts.TypeAgreement, func(e *facts.Entity) string {
		s := e.Name
		var details []string
		if e.Kind != "" {
			details = append(details, e.Kind)
		}
		if d := deref(e.Date); d != "" {
			details = append(details, d)
		}
		if len(details) > 0 {
			s += " (" + strings.Join(details, ", ") + ")"
		}
		var parties []string
		for _, r := range in[e.ID+" "+facts.RelPartyTo] {
			parties = append(parties, name(r.From))
		}
		if len(parties) > 0 {
			s += "; parties: " + strings.Join(parties, ", ")
		}
		return s
	})
	section("organizations", facts.TypeOrganization, func(e *facts.Entity) string {
		s := e.Name + country(e)
		var parents []string
		for _, r := range out[e.ID+" "+facts.RelPartOf] {
			parents = append(parents, name(r.To))
		}
		if len(parents) > 0 {
			s += ", part of " + strings.Join(parents, ", ")
		}
		return s
	})
	section("countries", facts.TypeCountry, func(e *facts.Entity) string { return e.Name + country(e) })
	section("places", facts.TypeLocation, func(e *facts.Entity) string { return e.Name + country(e) })
	if len(doc.Problems) > 0 {
		fmt.Fprintf(&b, "  problems:\n")
		for _, p := range doc.Problems {
			fmt.Fprintf(&b, "    - %s\n", p)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func country(e *facts.Entity) string {
	if c := deref(e.Country); c != "" {
		return " [" + c + "]"
	}
	return ""
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

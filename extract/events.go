package extract

import (
	"slices"
	"strings"

	"github.com/dyadgraph/dyad/extract/dates"
	"github.com/dyadgraph/dyad/extract/fold"
)

// event is one meeting, talks, call, visit... between people.
type event struct {
	kind     string
	date     dates.Date
	persons  []*person
	evidence map[*person]string
	places   []*atom
	placeEv  map[*atom]string
	sents    []int
	title    bool // only reported in the headline
	signed   bool // its people signed documents at it ("the two sides signed")
}

// of: the event is of that kind, or a signing took place at it.
func (e *event) of(kind string) bool { return e.kind == kind || kind == "signing" && e.signed }

func (e *event) has(p *person) bool { return slices.Contains(e.persons, p) }

func (e *event) add(p *person, ev string) {
	if !e.has(p) {
		e.persons = append(e.persons, p)
		e.evidence[p] = ev
	}
}

// agreement is one document between parties.
type agreement struct {
	kind    string
	name    string
	key     string
	date    dates.Date
	parties []string
	sent    int
	ev      string
	aliases []string
}

var kindOrder = []string{"phone_call", "talks", "reception", "signing", "credentials", "working_session", "meeting", "visit", "conference"}

// ceremonies: the sentences that report one after another are of one
// ceremony ("A and B signed X. C and D signed Y.", "Các Đại sứ trình Quốc
// thư gồm: ...").
var ceremonies = map[string]bool{"signing": true, "credentials": true}

var locPreps = map[string]bool{"a": true, "au": true, "aux": true, "en": true, "in": true, "at": true, "tai": true, "o": true, "dans": true}

// sentenceDate picks the date of the event a sentence reports: a day if it
// gives one, else a month, else a year. sameDay is set for "le même jour".
func (a *article) sentenceDate(s *sentence) (d dates.Date, sameDay bool) {
	best, bestDist := -1, 0
	trig := -1
	for _, at := range s.atoms {
		if at.kind == aEvent || at.kind == aAnaph {
			trig = s.toks[at.s].Start
			break
		}
	}
	rel := relativeClauses(s)
	for _, m := range s.dates {
		if a.insideAgreement(s, m) {
			continue
		}
		if inSpans(rel, m.Start) && m.Date.Month == 0 {
			continue // "the agreement, which took effect in 2020,": not the event's day
		}
		if m.Date.Month == 0 && a.agreementBefore(s, m.Start) && (!m.Until.IsZero() || periodWordBefore(s, m.Start)) {
			continue // "un programme de coopération pour 2025-2026": the document's period
		}
		if dl := a.pg.Dateline; dl.End > dl.Start && m.Start >= dl.Start && m.End <= dl.End {
			continue // the dateline's date is the publication's
		}
		if m.Date.IsZero() {
			if m.Anaphoric {
				sameDay = true
			} else {
				continue
			}
		}
		score := 1
		if m.Date.Month > 0 {
			score = 2
		}
		if m.Date.Day > 0 {
			score = 4
			if !m.Until.IsZero() && m.Until != m.Date {
				// "từ ngày 17-21/5, chiều 19/5": the range is the trip's, the day the meeting's
				score = 3
			}
		}
		dist := 0
		if trig >= 0 {
			dist = m.Start - trig
			if dist < 0 {
				dist = -dist
			}
		}
		if score > best || score == best && dist < bestDist {
			best, bestDist, d = score, dist, m.Date
		}
	}
	return d, sameDay
}

func (a *article) insideAgreement(s *sentence, m dates.Mention) bool {
	if m.Relative {
		return false // "a loan agreement yesterday": no document is named by "yesterday"
	}
	for _, at := range s.atoms {
		if at.kind == aAgree && m.Start >= s.toks[at.s].Start && m.Start <= s.toks[at.e-1].End+2 {
			return true
		}
	}
	return false
}

// findEvents groups the sentences that report meetings into events.
func (a *article) findEvents() {
	var cur, main *event
	var lastDate dates.Date
	lastDateSent := -10
	var names []*person // the people of a sentence; its memory reused by the next
	for _, s := range a.sents {
		ev := s.textOf(a.text)
		names = names[:0]
		absent := a.absentSpans(s)
		for k, at := range s.atoms {
			if at.kind == aName && !slices.Contains(names, at.person) && !absent(at.s) && !deceased(s, k) {
				names = append(names, at.person)
			}
		}
		kind, anaph, occasion := "", false, false
		var after *event // "after the talks, ...": the event the sentence follows
		for _, at := range s.atoms {
			switch at.kind {
			case aEvent:
				if upcoming(s, at) {
					continue // "the next meeting of the committee, to be held in Bangkok": not reported here
				}
				if afterWordBefore(s, at.s) {
					// "ngay sau buổi tiếp, ... đã ký": the time of what is reported
					after = a.lastMeeting(cur)
					continue
				}
				k := a.x.lex.Events[at.ref].Kind
				if kind == "" || slices.Index(kindOrder, k) < slices.Index(kindOrder, kind) {
					kind = k
				}
			case aAnaph:
				// "on this occasion", "nhân dịp này": the same trip and day, maybe another meeting
				if txt := fold.Fold(a.text[s.toks[at.s].Start:s.toks[at.e-1].End]); strings.Contains(txt, "occasion") || strings.Contains(txt, "dip") {
					occasion = true
					continue
				}
				anaph = true
				if at.ref >= 0 && kind == "" {
					kind = a.x.lex.Events[at.ref].Kind
				}
			}
		}
		if cur != nil && recent(cur, s, 2) && definiteEventStart(s, kind) && a.sameDayAs(s, cur) {
			// "La rencontre s'est tenue en présence de X": the one just reported
			newcomers := 0
			for _, p := range names {
				if !cur.has(p) {
					newcomers++
				}
			}
			anaph = anaph || newcomers <= 1
		}
		if kind != "" {
			// "the Lao delegation held talks with X": the delegation's leader;
			// "a reçu l'hôte cubain": the guest; "le vice-ministre a rencontré X"
			for _, p := range []*person{a.delegSubject(s, main), a.guestOf(s, main)} {
				if p != nil && !slices.Contains(names, p) {
					names = append(names, p)
				}
			}
			for _, p := range a.bareTitleHolders(s, names) {
				if !slices.Contains(names, p) {
					names = append(names, p)
				}
			}
		}
		sd, sameDay := a.sentenceDate(s)
		if sd.IsZero() && !sameDay {
			// "Le lendemain, ...", "The next day, ...": from the day last given
			if off := dayOffset(s); off != 0 {
				from := lastDate
				if from.Day == 0 && main != nil {
					from = main.date
				}
				sd = shiftDay(from, off)
			}
		}
		if kind == "" && handsOverDocument(s) {
			kind = "signing" // "A và B trao Thỏa thuận ...": they exchange signed documents
		}
		if kind != "" && a.pastDate(sd) {
			continue // "the agreement signed in 2017": a reminder of the past
		}
		var placeFrom *event // where the event is, when its sentence says not
		venueToo := false    // a signing witnessed is in the very room of the meeting
		if after != nil && sd.IsZero() && !sameDay {
			// "À l'issue des entretiens, ...": on the day and at the place of the talks
			sd, placeFrom, venueToo = after.date, after, true
		}
		// "the two ministers signed", "hai bên đã ký", "en présence des deux
		// dirigeants": the leaders of the meeting just reported sign or
		// witness, at their meeting
		var signedAt *event
		if twoSidesSigned(s, kind) {
			if ld := leadersOf(cur, main); ld != nil && len(ld.persons) == 2 && !slices.Contains(names, ld.persons[0]) && !slices.Contains(names, ld.persons[1]) {
				names = append(names, ld.persons...)
				if sd.IsZero() || sd == ld.date {
					signedAt, sd = ld, ld.date
				}
			}
		}
		if sd.IsZero() && sameDay {
			// "le même jour": the day of the last meeting reported
			for k := len(a.events) - 1; k >= 0; k-- {
				if e := a.events[k]; len(e.persons) >= 2 && !e.date.IsZero() || e == main {
					sd = e.date
					placeFrom = e // and, said nothing else, its town
					break
				}
			}
		}
		if sd.IsZero() && a.relativeToday(s) && a.pub.Day > 0 {
			sd = a.pub
		}
		// "À cette occasion": the occasion is the meeting the sentence before
		// reported, if dated, else the main one
		occ := main
		if cur != nil && recent(cur, s, 1) && cur.date.Day > 0 && len(cur.persons) > 0 {
			occ = cur
		}
		occasionDate := sd.IsZero() && occasion && occ != nil
		// an event the sentence does not date happened on the day last
		// given, nearby, or on the day of the main event
		fallback := dates.Date{}
		switch {
		case vaguePast(s):
			// "last week", "tuần trước": another day, which the text does not give
		case s.idx-lastDateSent <= 3:
			fallback = lastDate
		case main != nil && main.date.Day > 0:
			fallback = main.date
		}
		if sd.Day > 0 {
			lastDate, lastDateSent = sd, s.idx
		}
		// "Cùng dự có X", "X also attended", "Étaient présents X": the people
		// named join the meeting just reported (which the sentence may date:
		// "The meeting, held on May 27, was also attended by X")
		joins := cur != nil && (len(cur.persons) >= 2 || len(cur.persons) == 1 && recent(cur, s, 2)) && len(names) > 0 &&
			(sd.IsZero() || sd == cur.date || cur.date.IsZero() && recent(cur, s, 1)) && (kind == "" || cur.of(kind)) && attendance(s)
		if joins && kind == "" {
			for _, p := range names {
				cur.add(p, ev)
			}
			cur.sents = append(cur.sents, s.idx)
			continue
		}
		if kind == "" {
			// people said to lead a delegation, or speaking, join the main
			// event when its own sentence named nobody
			// or the event the sentence before reported, when the sentence
			// names its one person too ("the delegation had a working session
			// with ENZ. ENZ's head X briefed Y on ...")
			// or, when that event has no one yet, whom its subject speaks to
			// ("đoàn X đã làm việc với Bộ Chỉ huy Y. Đại tá A đã thông tin với
			// ông B về ...")
			to, all := main, false
			if cur != nil && recent(cur, s, 1) && len(cur.persons) == 1 && slices.Contains(names, cur.persons[0]) {
				to = cur
			}
			if cur != nil && cur != main && recent(cur, s, 1) && len(cur.persons) == 0 && len(names) == 2 {
				to, all = cur, true
			}
			if all && !slices.ContainsFunc(names, func(p *person) bool { return slices.Contains(p.subject, s.idx) }) {
				to = nil
			}
			if to != nil && len(to.persons) < 2 {
				for _, p := range names {
					if all || p.deleg || slices.Contains(p.subject, s.idx) {
						to.add(p, ev)
						to.sents = append(to.sents, s.idx)
					}
				}
			}
			continue
		}
		if len(names) == 0 {
			if s.title {
				continue
			}
			if anaph && cur != nil {
				a.addPlaces(cur, s)
				continue
			}
			// "the two officials witnessed the signing of ...": the people of
			// the meeting just reported are at the signing that follows
			witnessAtMain := kind == "signing" && main != nil && len(main.persons) == 2 && hasWitness(s) && (bothSides(s) || witnessPronoun(s))
			if sd.Day == 0 && main != nil && !witnessAtMain {
				// "the visit will contribute...", "the MoU signed in 2019": no
				// meeting reported here
				continue
			}
			e := &event{kind: kind, date: sd, evidence: map[*person]string{}, placeEv: map[*atom]string{}}
			if e.date.IsZero() {
				e.date = fallback // "X and Y agreed Saturday ... Meeting at ..., the two ministers signed"
			}
			a.addPlaces(e, s)
			e.sents = append(e.sents, s.idx)
			if witnessAtMain {
				for _, p := range main.persons {
					e.add(p, ev)
				}
				if sd.IsZero() && !main.date.IsZero() {
					e.date = main.date // at that meeting, on its day
				}
				if len(e.places) == 0 {
					for _, pl := range main.places {
						e.places = append(e.places, pl)
						e.placeEv[pl] = main.placeEv[pl]
					}
				}
			}
			a.events = append(a.events, e)
			cur = e
			if replacesMain(main, s) {
				main = e
			}
			continue
		}
		var target *event
		switch {
		case signedAt != nil:
			target = signedAt
			target.signed = true
		case joins:
			target = cur
		case ceremonies[kind] && cur != nil && cur.of(kind) && !s.title && (sd.IsZero() || sd == cur.date) && recent(cur, s, 2):
			// "Les documents ont été signés par A et B", "Sous leurs yeux, A
			// et B ont signé": the same ceremony
			target = cur
		case occasionDate && subset(names, occ.persons):
			target = occ
		case occasionDate:
			sd = occ.date // another meeting of the same trip and day
			if placeFrom == nil {
				// in the same town; in the very room, if it is the meeting just told
				placeFrom, venueToo = occ, occ == cur
			}
			for _, e := range a.events {
				if e.date == sd && len(names) >= 2 && subset(names, e.persons) {
					target = e
				}
			}
		case anaph && cur != nil:
			target = cur
			if len(cur.persons) == 0 && main != nil {
				target = main // "On this occasion": the occasion is the main meeting
			}
		case sd.IsZero() && cur != nil && kind == "signing" && cur.kind == "signing" && len(cur.sents) > 0 && cur.sents[len(cur.sents)-1] == s.idx-1:
			target = cur // "... witnessed the signing of X. The document was signed by A and B."
		case sd.IsZero() && cur != nil && !movedOn(cur, lastDate, lastDateSent, s) && (len(cur.persons) < 2 || subset(names, cur.persons)):
			target = cur
		case sd.IsZero():
			for _, e := range a.events {
				if len(e.persons) >= 2 && subset(names, e.persons) {
					target = e
				}
			}
		default:
			for _, e := range a.events {
				if (e.date == sd || e.date.IsZero()) && len(names) >= 2 && len(e.persons) >= 2 && subset(names, e.persons) {
					target = e
				}
			}
		}
		// "Dưới sự chứng kiến của A và B, C và D đã ký", "A and B witnessed
		// the signing": a signing at this meeting, on its day
		witnessed := kind == "signing" && (hasWitness(s) || len(names) >= 2 && main != nil)
		// "the two sides witnessed the signing", "en leur présence": the
		// leaders of the meeting just reported
		leaders := leadersOf(cur, main)
		if witnessed && hasWitness(s) && leaders != nil && len(leaders.persons) == 2 && (bothSides(s) || witnessPronoun(s)) {
			placeFrom, venueToo = leaders, true // signed at their meeting
			for _, p := range leaders.persons {
				if !slices.Contains(names, p) {
					names = append(names, p)
				}
			}
		}
		if witnessed && hasWitness(s) && placeFrom == nil && leaders != nil {
			// "dưới sự chứng kiến của A và B, C và D đã ký": at A and B's meeting
			placeFrom, venueToo = leaders, true
		}
		if target == nil && sd.IsZero() && !s.title && (kind == "visit" || kind == "conference" || kind == "signing" && !witnessed) {
			// "X recalled the visit of Z": a mention, not a meeting reported here
			continue
		}
		if target == nil {
			target = &event{kind: kind, date: sd, evidence: map[*person]string{}, placeEv: map[*atom]string{}, title: s.title}
			if target.date.IsZero() {
				target.date = fallback
			}
			a.events = append(a.events, target)
			if replacesMain(main, s) {
				main = target
			}
		} else if target.date.IsZero() {
			target.date = sd
			if target.date.IsZero() {
				target.date = fallback
			}
		}
		if !s.title {
			target.title = false
		}
		for _, p := range names {
			target.add(p, ev)
		}
		target.sents = append(target.sents, s.idx)
		a.addPlaces(target, s)
		if len(target.places) == 0 && placeFrom != nil && placeFrom != target {
			for _, pl := range placeFrom.places {
				if !venueToo && pl.ref >= 0 && pl.pname == "" && pl.pkey == "" && a.x.lex.Places[pl.ref].Kind == "venue" {
					continue // another meeting the same day may be elsewhere in town
				}
				target.places = append(target.places, pl)
				target.placeEv[pl] = placeFrom.placeEv[pl]
			}
		}
		cur = target
	}
	// an undated report of the same meeting (a headline, a caption) is the dated one
	for _, e := range a.events {
		if !e.date.IsZero() || len(e.persons) < 2 {
			continue
		}
		var into *event
		n := 0
		for _, d := range a.events {
			if d != e && !d.date.IsZero() && subset(e.persons, d.persons) {
				into = d
				n++
			}
		}
		if n == 1 {
			for _, p := range e.persons {
				into.add(p, e.evidence[p])
			}
			for _, pl := range e.places {
				into.places = append(into.places, pl)
				into.placeEv[pl] = e.placeEv[pl]
			}
			e.persons = nil
		}
	}
	a.pair = nil // the two countries may be known better now
	// where nothing says where, the main event is at the dateline's place
	if main != nil && len(main.places) == 0 && a.dateline != nil {
		main.places = append(main.places, a.dateline)
		main.placeEv[a.dateline] = a.sentOfAtom(a.dateline)
	}
	for _, e := range a.events {
		if len(e.places) == 0 && a.dateline != nil && len(e.sents) > 0 && e.sents[0] <= a.datelineSent()+1 {
			e.places = append(e.places, a.dateline)
			e.placeEv[a.dateline] = a.sentOfAtom(a.dateline)
		}
	}
}

func subset(xs, ys []*person) bool {
	for _, x := range xs {
		if !slices.Contains(ys, x) {
			return false
		}
	}
	return true
}

// relativeToday: "cet après-midi", "chiều nay", "this morning": the day of publication.
func (a *article) relativeToday(s *sentence) bool {
	for i := range s.toks {
		t := &s.toks[i] // (not a copy of every token)
		if t.Lower == "nay" && i > 0 {
			switch s.toks[i-1].Lower {
			case "hôm", "sáng", "chiều", "tối", "trưa":
				return true
			}
		}
		// most words start with none of the first letters of the cues:
		// one byte tells, before the string switch
		if t.Fold == "" || t.Fold[0] != 'a' && t.Fold[0] != 't' && t.Fold[0] != 'c' {
			continue
		}
		switch t.Fold {
		case "aujourd", "today":
			return true
		case "cet", "ce", "this":
			if i+1 < len(s.toks) {
				switch s.toks[i+1].Fold {
				case "apres", "matin", "soir", "afternoon", "morning", "evening":
					return true
				}
			}
		}
	}
	return false
}

// addPlaces adds the places a sentence gives with a locative preposition
// ("à Phnom Penh", "tại Nhà Quốc hội", "in Hanoi").
// regionWords name regions, not places where a meeting is held.
var regionWords = map[string]bool{"asia": true, "asie": true, "europe": true, "africa": true, "afrique": true, "america": true,
	"amerique": true, "americas": true, "oceania": true, "oceanie": true, "pacific": true, "pacifique": true, "southeast": true,
	"south": true, "north": true, "east": true, "west": true, "middle": true, "central": true, "latin": true, "sud": true, "nord": true}

// monthWords name months: "took effect in December." names no place.
var monthWords = map[string]bool{"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true, "janvier": true,
	"fevrier": true, "mars": true, "avril": true, "mai": true, "juin": true, "juillet": true, "aout": true, "septembre": true,
	"octobre": true, "novembre": true, "decembre": true}

// unknownPlace turns a capitalised run that no list knows into a place
// when a preposition of place introduces it in an event's sentence and
// nothing follows it but punctuation or a date: "à Bordeaux le 6 mai",
// "in Belém.", "tại Vientiane, ...".
func (a *article) unknownPlace(s *sentence, at *atom) bool {
	toks := s.toks
	if at.kind != aCapRun || at.s == 0 || at.e-at.s > 3 {
		return false
	}
	prev := toks[at.s-1]
	if venueHeadRun(toks, at.s, at.e) {
		prev = toks[at.s-2] // "in the New Administrative Capital", "at the Grand Hotel"
	}
	if prev.Kind != fold.Word || prev.Cap || !locPreps[prev.Fold] || prev.Fold == "en" && a.lang == "fr" {
		return false
	}
	for k := at.s; k < at.e; k++ {
		t := toks[k]
		if t.Kind != fold.Word || t.AllCaps || regionWords[t.Fold] || monthWords[t.Fold] || a.stop[t.Fold] && k == at.s {
			return false
		}
	}
	for _, m := range s.dates {
		if m.Start < toks[at.e-1].End && m.End > toks[at.s].Start {
			return false
		}
	}
	if at.e < len(toks) {
		n := toks[at.e]
		if n.Kind == fold.Word {
			switch n.Fold {
			case "on", "le", "vao", "ngay", "this", "last", "ce", "cette", "hier", "yesterday", "today":
			case "from", "du":
				// "à Hanoï du 2 au 6 mars", not "au Bureau du Premier ministre"
				if !a.dateAt(s, at.e) {
					return false
				}
			default:
				return false
			}
		} else if n.Text != "," && n.Text != "." && n.Text != "(" && n.Text != ";" {
			return false
		}
	}
	at.kind, at.ref, at.pname = aPlace, -1, a.text[toks[at.s].Start:toks[at.e-1].End]
	return true
}

// cityState returns the place a country's name also names when a
// preposition of place introduces it ("talks in Singapore"), else nil.
func (a *article) cityState(s *sentence, at *atom) *atom {
	if at.kind != aCountry || at.s == 0 || !locPreps[s.toks[at.s-1].Fold] || s.toks[at.s-1].Cap {
		return nil
	}
	for _, e := range a.look(s.toks, at.s) {
		if e.cat == cPlace && e.n == at.e-at.s && a.x.lex.Places[e.ref].Country == at.country {
			for _, in := range s.inner {
				if in.s == at.s && in.kind == aPlace {
					return in
				}
			}
			pl := a.newAtom(atom{kind: aPlace, s: at.s, e: at.e, ref: e.ref, country: at.country})
			s.inner = append(s.inner, pl)
			return pl
		}
	}
	return nil
}

func (a *article) addPlaces(e *event, s *sentence) {
	for _, at := range s.atoms {
		a.unknownPlace(s, at)
		if pl := a.cityState(s, at); pl != nil {
			at = pl
		}
		if at.kind != aPlace || at.s == 0 {
			continue
		}
		// "tại thành phố Tây Ninh", "à la ville de Hue": the kind of place is skipped
		from := at.s
		for _, seq := range placePrefixes[a.lang] {
			if prefixBefore(s.toks, at.s, [][]string{seq}) && at.s-len(seq) < from && at.s-len(seq) > 0 {
				from = at.s - len(seq)
			}
		}
		if from == 0 {
			continue
		}
		prev := s.toks[from-1]
		ok := locPreps[prev.Fold] && prev.Kind == fold.Word
		if !ok && from >= 2 && (prev.Fold == "la" || prev.Fold == "l" || prev.Fold == "the") && locPreps[s.toks[from-2].Fold] {
			ok = true // "à la Maison de...", "at the Peace Palace"
		}
		if !ok && !a.venueOrgBefore(s, at, from) && !a.placeAfterVenue(s, from) {
			continue
		}
		dup := false
		for _, p := range e.places {
			if a.placeKey(p) == a.placeKey(at) {
				dup = true
			}
		}
		if !dup {
			e.places = append(e.places, at)
			e.placeEv[at] = s.textOf(a.text)
		}
	}
}

func (a *article) datelineSent() int {
	for _, s := range a.sents {
		for _, at := range s.atoms {
			if at == a.dateline {
				return s.idx
			}
		}
	}
	return -1
}

func (a *article) sentOfAtom(at *atom) string {
	for _, s := range a.sents {
		for _, x := range s.atoms {
			if x == at {
				return s.textOf(a.text)
			}
		}
	}
	return ""
}

var (
	agreeStop = map[string]bool{
		// fr
		"pour": true, "afin": true, "qui": true, "que": true, "dont": true, "a": true, "ont": true, "est": true, "sont": true,
		"sera": true, "seront": true, "valable": true, "lors": true, "par": true, "signe": true, "signee": true, "conclu": true,
		"avec": true, "dans": true,
		// en
		"where": true, "which": true, "that": true, "who": true, "to": true, "was": true, "were": true, "is": true, "are": true,
		"has": true, "have": true, "had": true, "will": true, "would": true, "signed": true, "inked": true, "reached": true,
		"with": true, "by": true, "under": true, "whereby": true, "aimed": true, "aiming": true, "allowing": true,
	}
	agreeStopVi = map[string]bool{"vào": true, "nhằm": true, "để": true, "đã": true, "sẽ": true, "được": true, "đang": true,
		"với": true, "cho": true, "tại": true, "khi": true, "theo": true, "thì": true, "mà": true, "là": true}
	demonstratives = map[string]bool{"ce": true, "cet": true, "cette": true, "this": true, "that": true}
	pluralDet      = map[string]bool{"les": true, "des": true, "ces": true, "aux": true, "these": true, "those": true, "such": true,
		"các": true, "những": true}
)

// agreementAt reads a document named at token i: its word and complement.
func (a *article) agreementAt(s *sentence, i int, e entry) *atom {
	toks := s.toks
	if i > 0 && (pluralDet[toks[i-1].Fold] || pluralDet[toks[i-1].Lower] || demonstratives[toks[i-1].Fold] && a.lang != "vi") {
		return nil // "these agreements", "ce protocole": no new document is named
	}
	if a.lang == "fr" && !a.accentsAgree(toks, i, e) {
		return nil // "la traite des êtres humains" is not a "traité"
	}
	j := i + e.n
	k := j
	words := 0
	for k < len(toks) && k-j < 24 {
		t := toks[k]
		if t.Kind == fold.Punct {
			if t.Text == "-" || t.Text == "'" || t.Text == "/" {
				k++
				continue
			}
			break
		}
		if agreeStop[t.Fold] && a.lang != "vi" || agreeStopVi[t.Lower] && a.lang == "vi" {
			break
		}
		if k == j && participle(t, a.lang) {
			break // "a plan discussed since...", "le plan élaboré par...": what is said of it, not its name
		}
		if k > j && a.dateStartsAt(s, t.Start) || relativeDateAt(s, t.Start) {
			break // "... signed on March 5", "a loan agreement yesterday": the date is not the name
		}
		if k > j && locPreps[t.Fold] && k+1 < len(toks) {
			if _, ok := first(a.look(toks, k+1), cPlace); ok {
				break // "... in Vientiane"
			}
		}
		if t.Kind == fold.Word {
			if ms := a.look(toks, k); len(ms) > 0 {
				if _, ok := first(ms, cEvent); ok && k > j && a.lang != "vi" {
					break
				}
			}
		}
		k++
		words++
	}
	for k > j && (toks[k-1].Kind == fold.Punct || isConnector(toks[k-1].Fold) || toks[k-1].Fold == "and" || toks[k-1].Fold == "et") {
		k--
		words--
	}
	// a bare word names no document; a phrase may ("protocole d'accord",
	// "Bản ghi nhớ": Vietnamese words have several syllables)
	alone := 2
	if a.lang == "vi" {
		alone = 3
	}
	// English puts the topic first: "cooperation agreement", "Border Trade Agreement"
	from := i
	if a.lang == "en" {
		for from > 0 && (i-from < 3 || toks[from-1].Kind == fold.Number || isDash(toks[from-1])) && i-from < 6 {
			t := toks[from-1]
			if t.Kind == fold.Number || isDash(t) && from >= 2 && toks[from-2].Kind == fold.Number {
				from-- // "the 2022-2024 cooperation agreement"
				continue
			}
			if t.Kind != fold.Word || a.stop[t.Fold] || pluralDet[t.Fold] {
				break
			}
			if ms := a.look(toks, from-1); len(ms) > 0 {
				if _, ok := first(ms, cEvent); ok {
					break
				}
			}
			if len(s.atoms) > 0 && s.atoms[len(s.atoms)-1].e > from-1 {
				break
			}
			from--
		}
	}
	if words <= 0 && e.n+i-from < alone {
		return nil
	}
	name := a.text[toks[from].Start:toks[k-1].End]
	ag := &agreement{kind: a.x.lex.Agreements[e.ref].Kind, name: name, sent: s.idx, ev: s.textOf(a.text)}
	ag.key = ag.kind + ":" + fold.Key(name)
	for m := i; m < k; m++ {
		// "Hiệp định ... giữa Việt Nam và Liên minh châu Âu": a body named in the document's name
		if ne, ok := first(a.look(toks, m), cNamed); ok && m > i {
			o := &orgRef{kind: okNamed, ref: ne.ref, country: a.x.lex.Named[ne.ref].Country}
			a.setSpan(s, o, m, m+ne.n)
			a.noteOrg(s, o)
			m += ne.n - 1
			continue
		}
		if ce, ok := first(a.look(toks, m), cCountry); ok {
			cc := a.x.lex.Countries[ce.ref].Code
			if !slices.Contains(ag.parties, cc) {
				ag.parties = append(ag.parties, cc)
			}
			m += ce.n - 1
		}
	}
	end := toks[k-1].End
	for _, dm := range s.dates {
		if dm.Start >= toks[i].Start && dm.Start <= end+24 && !dm.Date.IsZero() {
			ag.date = dm.Date
			break
		}
	}
	return a.newAtom(atom{kind: aAgree, s: from, e: k, ref: e.ref, agree: ag})
}

// findAgreements merges the documents named more than once and gives each
// its parties: the countries it names, else the two countries of the article.
func (a *article) findAgreements() {
	byKey := map[string]*agreement{}
	for _, s := range a.sents {
		for _, at := range s.atoms {
			if at.kind != aAgree {
				continue
			}
			ag := at.agree
			if prev, ok := byKey[ag.key]; ok {
				if prev.date.IsZero() {
					prev.date = ag.date
				}
				continue
			}
			// "Kế hoạch hợp tác năm 2025" after "Kế hoạch hợp tác năm 2025
			// giữa hai Bộ": one document named shorter
			merged := false
			for _, prev := range a.agrees {
				if prev.kind == ag.kind && (strings.HasPrefix(prev.key+"-", ag.key+"-") || strings.HasPrefix(ag.key+"-", prev.key+"-")) {
					if len(ag.name) > len(prev.name) {
						prev.aliases = append(prev.aliases, prev.name)
						prev.name = ag.name
					} else {
						prev.aliases = append(prev.aliases, ag.name)
					}
					merged = true
					break
				}
			}
			if merged {
				continue
			}
			byKey[ag.key] = ag
			if len(ag.parties) < 2 {
				for _, c := range a.mainPair() {
					if !slices.Contains(ag.parties, c) {
						ag.parties = append(ag.parties, c)
					}
				}
			}
			a.agrees = append(a.agrees, ag)
		}
	}
	// a document the headline names is the one of that kind the body names
	// ("Vietnam, Laos sign MoU on ..." and "the memorandum of understanding
	// on ..."), when the body names only one
	var kept []*agreement
	for _, ag := range a.agrees {
		if ag.sent < 0 || ag.sent >= len(a.sents) || !a.sents[ag.sent].title {
			kept = append(kept, ag)
			continue
		}
		var into *agreement
		n := 0
		for _, b := range a.agrees {
			if b != ag && b.kind == ag.kind && !a.sents[b.sent].title {
				into = b
				n++
			}
		}
		if n > 1 {
			// several in the body: the one with the headline's years ("for 2025-2027")
			into, n = nil, 0
			for _, b := range a.agrees {
				if b != ag && b.kind == ag.kind && !a.sents[b.sent].title && sameYears(ag.name, b.name) {
					into = b
					n++
				}
			}
		}
		if n != 1 {
			kept = append(kept, ag)
			continue
		}
		into.aliases = append(into.aliases, ag.name)
		into.aliases = append(into.aliases, ag.aliases...)
		if into.date.IsZero() {
			into.date = ag.date
		}
	}
	a.agrees = kept
}

// mainPair returns the two countries the article is about: those of the
// people of its first event with two, else the two named most.
func (a *article) mainPair() []string {
	if a.pair == nil {
		a.pair = a.computePair()
	}
	return a.pair
}

func (a *article) computePair() []string {
	for _, e := range a.events {
		var cs []string
		for _, p := range e.persons {
			if p.country != "" && !slices.Contains(cs, p.country) {
				cs = append(cs, p.country)
			}
		}
		if len(cs) == 2 {
			slices.Sort(cs)
			return cs
		}
	}
	count := map[string]int{}
	order := []string{}
	for _, s := range a.sents {
		for _, at := range s.atoms {
			if at.kind == aCountry || at.kind == aAdj {
				if count[at.country] == 0 {
					order = append(order, at.country)
				}
				count[at.country]++
			}
		}
	}
	slices.SortStableFunc(order, func(x, y string) int { return count[y] - count[x] })
	if len(order) > 2 {
		order = order[:2]
	}
	slices.Sort(order)
	if order == nil {
		order = []string{}
	}
	return order
}

// absentSpans tells the tokens of a sentence that name people who are not
// at the meeting: after "convey his regards to", or in "on behalf of X,".
func (a *article) absentSpans(s *sentence) func(int) bool {
	return func(i int) bool {
		return s.regards >= 0 && i > s.regards || s.behalfFrom >= 0 && i >= s.behalfFrom && i < s.behalfTo
	}
}

// delegSubject returns the leader of a delegation that a sentence makes the
// subject of a meeting ("the Lao delegation held a working session"): the
// one person of that country said to lead a delegation, else the one of
// that country at the main event.
func (a *article) delegSubject(s *sentence, main *event) *person {
	var d *atom
	for _, at := range s.atoms {
		if at.kind == aEvent || at.kind == aName {
			break
		}
		if at.kind == aDeleg && at.country != "" {
			d = at
			break
		}
	}
	if d == nil {
		return nil
	}
	return a.leaderOf(s, d.country, main)
}

// leaderOf returns the one person of country cc said to lead a delegation,
// else the first of cc at the main event; nil when the sentence names its own
// person of that country.
func (a *article) leaderOf(s *sentence, cc string, main *event) *person {
	for _, at := range s.atoms {
		if at.kind == aName && at.person.country == cc {
			return nil // the sentence names its own person of that country
		}
	}
	var leader *person
	for _, p := range a.persons {
		if p.deleg && p.country == cc && p.first <= s.idx {
			if leader != nil && leader != p {
				leader = nil
				break
			}
			leader = p
		}
	}
	if leader != nil || main == nil {
		return leader
	}
	// the first named of that country: those who joined later (an
	// ambassador present) do not lead
	for _, p := range main.persons {
		if p.country == cc {
			return p
		}
	}
	return nil
}

// accentsAgree: in French an accent tells words apart ("traite" and
// "traité"), so a document word must be written as the lexicon writes it
// (the lexicon lists the spellings without accents it accepts).
func (a *article) accentsAgree(toks []tok, i int, e entry) bool {
	surface := strings.ToLower(a.text[toks[i].Start:toks[i+e.n-1].End])
	if fold.HasDiacritics(surface) {
		return true
	}
	ws := a.x.lex.Agreements[e.ref].Words
	key := fold.Fold(surface)
	for _, w := range slices.Concat(ws.Fr, ws.Any) {
		if fold.Fold(w) == key && !fold.HasDiacritics(w) {
			return true
		}
	}
	return false
}

// dateStartsAt: a date mention of the sentence starts at byte off, or one
// word after it ("on March 5", "le 5 mars").
func (a *article) dateStartsAt(s *sentence, off int) bool {
	for _, m := range s.dates {
		if m.Start == off && m.Date.Month > 0 {
			return true // a year may name a document's period ("giai đoạn 2024 - 2029")
		}
	}
	for k, t := range s.toks {
		if t.Start == off && k+1 < len(s.toks) && (t.Fold == "on" || t.Fold == "le" || t.Fold == "ngay") {
			for _, m := range s.dates {
				if m.Start == s.toks[k+1].Start && m.Date.Month > 0 {
					return true
				}
			}
		}
	}
	return false
}

// relativeDateAt: a relative date ("yesterday", "hier", "hôm qua") starts at off.
func relativeDateAt(s *sentence, off int) bool {
	for _, m := range s.dates {
		if m.Start == off && m.Relative && !m.Anaphoric {
			return true
		}
	}
	return false
}

// hasWitness: the sentence says people witnessed something ("chứng kiến",
// "witnessed", "in the presence of", "en présence de").
func hasWitness(s *sentence) bool {
	for i, t := range s.toks {
		switch t.Fold {
		case "witnessed", "witness", "witnessing", "presence", "temoin", "temoins":
			return true
		case "yeux":
			// "sous les yeux des deux ministres", "sous leurs yeux"
			if i >= 2 && s.toks[i-2].Fold == "sous" || i >= 1 && s.toks[i-1].Fold == "sous" {
				return true
			}
		case "chung":
			if i+1 < len(s.toks) && s.toks[i+1].Fold == "kien" {
				return true
			}
		}
	}
	return false
}

// afterWordBefore: the event word at token i follows "after" ("sau buổi
// tiếp", "after the talks", "après l'entretien", "à l'issue des
// entretiens", "at the end of the meeting", "kết thúc hội đàm"), so it
// dates another event.
func afterWordBefore(s *sentence, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		switch s.toks[k].Fold {
		case "sau", "after", "apres", "following", "issue", "end", "conclusion":
			return true
		case "thuc":
			return k > 0 && s.toks[k-1].Fold == "ket"
		case "the", "l", "la", "le", "les", "buoi", "cuoc", "khi", "their", "leur", "leurs", "its", "son", "sa",
			"of", "de", "des", "du", "d", "cette", "this":
			continue
		}
		return false
	}
	return false
}

// attendance: the sentence says people were there ("cùng dự", "tham dự
// có", "also attended", "joined", "étaient présents", "ont assisté").
func attendance(s *sentence) bool {
	for i, t := range s.toks {
		next := ""
		if i+1 < len(s.toks) {
			next = s.toks[i+1].Fold
		}
		switch t.Fold {
		case "attended", "joined", "assiste", "assistaient", "assistait", "assistent", "presents", "presentes",
			"participated", "participe", "participait", "participaient":
			return true
		case "took", "pris":
			if next == "part" { // "took part", "ont pris part"
				return true
			}
		case "witnessed":
			// "The signing was also witnessed by X": one more at the ceremony told
			if next == "by" && (i >= 1 && s.toks[i-1].Fold == "also" || i >= 2 && s.toks[i-2].Fold == "also") {
				return true
			}
		case "attending":
			if i == 0 || s.toks[i-1].Fold == "also" || s.toks[i-1].Fold == "were" {
				return true // "Attending the talks were X and Y", "Also attending were"
			}
		case "present", "presente":
			if i > 0 && (s.toks[i-1].Fold == "also" || s.toks[i-1].Fold == "egalement" || s.toks[i-1].Fold == "etait") || next == "were" {
				return true
			}
		case "du":
			// "Cùng dự", "Tham dự có", "cùng tham dự" (French "du" is no verb)
			if t.Lower == "dự" && i == 0 && hasCoAfter(s, i+1) {
				return true // "Dự hội đàm có X"
			}
			if t.Lower == "dự" && i > 0 && (s.toks[i-1].Lower == "cùng" || s.toks[i-1].Lower == "cũng" || s.toks[i-1].Lower == "tham" && (hasCoAfter(s, i+1) || i > 1 && s.toks[i-2].Lower == "cùng")) {
				return true
			}
		case "mat":
			if i > 0 && s.toks[i-1].Lower == "có" && t.Lower == "mặt" {
				return true
			}
		}
	}
	return false
}

// hasCoAfter: "có" follows within a few words ("Tham dự hội đàm có X",
// "Tham dự lễ có X"): the people named after it attended.
func hasCoAfter(s *sentence, i int) bool {
	for k := i; k < len(s.toks) && k < i+4; k++ {
		if s.toks[k].Lower == "có" {
			return true
		}
		if s.toks[k].Kind != fold.Word || s.toks[k].Cap {
			return false
		}
	}
	return false
}

// witnessPronoun: the witnesses are the people just spoken of ("en leur
// présence", "in their presence", "they witnessed", "dưới sự chứng kiến của
// hai vị lãnh đạo").
func witnessPronoun(s *sentence) bool {
	for i, t := range s.toks {
		switch t.Fold {
		case "presence", "witnessed", "witnessing", "yeux":
			for k := max(0, i-2); k < i; k++ {
				switch s.toks[k].Fold {
				case "leur", "their", "they", "ils":
					return true
				}
			}
		case "kien":
			if i > 0 && s.toks[i-1].Fold == "chung" && i+3 < len(s.toks) && s.toks[i+1].Fold == "cua" && s.toks[i+2].Fold == "hai" {
				switch s.toks[i+3].Fold {
				case "vi", "lanh", "bo", "pho", "thu", "chu", "ong":
					return true
				}
			}
		}
	}
	return false
}

// relativeClauses returns the byte spans of the relative clauses opened
// after a comma ("..., which took effect in 2020, ..."), to the next comma.
func relativeClauses(s *sentence) [][2]int {
	var out [][2]int
	for i := 0; i+1 < len(s.toks); i++ {
		if s.toks[i].Text != "," {
			continue
		}
		switch s.toks[i+1].Fold {
		case "which", "that", "qui", "dont", "lequel", "laquelle", "ma":
		default:
			continue
		}
		end := s.end
		for k := i + 2; k < len(s.toks); k++ {
			if s.toks[k].Text == "," {
				end = s.toks[k].Start
				break
			}
		}
		out = append(out, [2]int{s.toks[i+1].Start, end})
	}
	return out
}

func inSpans(spans [][2]int, off int) bool {
	for _, sp := range spans {
		if off >= sp[0] && off < sp[1] {
			return true
		}
	}
	return false
}

// bothSides: "the two sides", "both sides", "hai bên", "les deux parties".
func bothSides(s *sentence) bool { return bothSidesAt(s) >= 0 }

// bothSidesAt returns the token where the sentence first says "the two
// sides", or -1. Words inside a document's name do not count ("the
// agreement between the two countries").
func bothSidesAt(s *sentence) int {
	for i := 0; i+1 < len(s.toks); i++ {
		a, b := s.toks[i].Fold, s.toks[i+1].Fold
		if (a == "two" || a == "both" || a == "hai" || a == "deux") && twoSidesWords[b] && !inAgreement(s, i) {
			return i
		}
	}
	return -1
}

// inAgreement: token i is inside the name of a document.
func inAgreement(s *sentence, i int) bool {
	for _, at := range s.atoms {
		if at.kind == aAgree && i >= at.s && i < at.e {
			return true
		}
	}
	return false
}

// twoSidesWords follow "the two", "les deux", "hai": the two leaders or
// sides of a meeting ("the two ministers", "les deux responsables", "hai
// bên", "hai lãnh đạo", "hai Bộ trưởng").
var twoSidesWords = map[string]bool{"sides": true, "parties": true, "leaders": true, "dirigeants": true, "ministres": true,
	"ministers": true, "presidents": true, "responsables": true, "officials": true, "chefs": true, "heads": true,
	"top": true, "ben": true, "lanh": true, "bo": true, "chu": true, "vi": true, "premiers": true, "prime": true, "foreign": true,
	"defence": true, "defense": true, "deputy": true, "vice": true, "thu": true, "pho": true, "chief": true, "countries": true,
	"pays": true, "nuoc": true}

// agreementBefore: a document is named in the sentence before byte off.
func (a *article) agreementBefore(s *sentence, off int) bool {
	for _, at := range s.atoms {
		if at.kind == aAgree && s.toks[at.s].Start < off {
			return true
		}
	}
	return false
}

// periodWordBefore: "pour 2025", "for 2025", "giai đoạn 2024-2029",
// "période 2025": a period, not a day of the past.
func periodWordBefore(s *sentence, off int) bool {
	for k, t := range s.toks {
		if t.Start == off && k > 0 {
			switch s.toks[k-1].Fold {
			case "pour", "for", "doan", "period", "periode":
				return true
			}
		}
	}
	return false
}

// leadersOf returns the meeting whose two leaders "the two sides" are: the
// one just reported if two people held it, else the main one.
func leadersOf(cur, main *event) *event {
	if cur != nil && len(cur.persons) == 2 && cur.kind != "signing" {
		return cur
	}
	return main
}

// lastMeeting returns the meeting a sentence that follows one refers to
// ("after the talks"): the one just reported if people held it, else the
// last with two people.
func (a *article) lastMeeting(cur *event) *event {
	if cur != nil && len(cur.persons) >= 2 {
		return cur
	}
	for k := len(a.events) - 1; k >= 0; k-- {
		if len(a.events[k].persons) >= 2 {
			return a.events[k]
		}
	}
	return nil
}

// recent: the event was reported at most n sentences before s.
func recent(e *event, s *sentence, n int) bool {
	return len(e.sents) > 0 && s.idx-e.sents[len(e.sents)-1] <= n
}

// replacesMain: an event reported in sentence s becomes the main one when
// none is known yet, or when the main one is only the headline's.
func replacesMain(main *event, s *sentence) bool {
	return main == nil || len(main.persons) == 0 && main.date.IsZero() || main.title && !s.title
}

// dateAt: a date mention of the sentence starts at token i.
func (a *article) dateAt(s *sentence, i int) bool {
	for _, m := range s.dates {
		if m.Start == s.toks[i].Start {
			return true
		}
	}
	return false
}

// movedOn: since the event was last reported, a sentence close to s gave
// another day ("Trước đó, sáng 9/8, ..."): what s reports is of that day.
func movedOn(e *event, lastDate dates.Date, lastDateSent int, s *sentence) bool {
	return len(e.sents) > 0 && lastDateSent > e.sents[len(e.sents)-1] && s.idx-lastDateSent <= 3 && lastDate != e.date
}

// participle: a lower-case past participle ("discussed", "adopté") right
// after a document's word says something of it; it does not name it.
func participle(t tok, lang string) bool {
	if t.Kind != fold.Word || t.Cap {
		return false
	}
	switch lang {
	case "en":
		return len(t.Fold) > 4 && strings.HasSuffix(t.Fold, "ed")
	case "fr":
		for _, suf := range []string{"é", "ée", "és", "ées"} {
			if strings.HasSuffix(t.Text, suf) && len(t.Text) > 4 {
				return true
			}
		}
	}
	return false
}

// capAgreement reads an English document named in capitals, the document
// word last ("Reciprocal Access Agreement", "Comprehensive Economic
// Partnership Agreement") in the capitalised words [i, j): it returns its
// atom, or nil.
func (a *article) capAgreement(s *sentence, i, j int) *atom {
	if a.lang != "en" || j-i < 2 {
		return nil
	}
	toks := s.toks
	for k := i + 1; k < j; k++ {
		e, ok := first(a.look(toks, k), cAgree)
		if !ok {
			continue
		}
		at := a.agreementAt(s, k, e)
		if at == nil {
			return nil
		}
		at.s = i
		ag := at.agree
		ag.name = a.text[toks[i].Start:toks[at.e-1].End]
		ag.key = ag.kind + ":" + fold.Key(ag.name)
		return at
	}
	return nil
}

// sameYears: both names give the same years, and at least one.
func sameYears(x, y string) bool {
	years := func(s string) []string {
		var out []string
		for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r < '0' || r > '9' }) {
			if len(f) == 4 {
				out = append(out, f)
			}
		}
		slices.Sort(out)
		return out
	}
	a, b := years(x), years(y)
	return len(a) > 0 && slices.Equal(a, b)
}

// vaguePast: the sentence places what it reports in a past period without
// a day ("last week", "la semaine dernière", "tuần trước", "earlier this
// month").
func vaguePast(s *sentence) bool {
	// (switches on the first word: most words are rejected by their length)
	for i := 0; i+1 < len(s.toks); i++ {
		a, b := &s.toks[i], &s.toks[i+1]
		switch a.Fold {
		case "last":
			switch b.Fold {
			case "week", "month", "year":
				return true
			}
		case "semaine", "mois":
			switch b.Fold {
			case "derniere", "dernier", "passee", "passe":
				return true
			}
		}
		switch a.Lower {
		case "tuần", "tháng":
			if b.Lower == "trước" || b.Lower == "qua" {
				return true
			}
		}
	}
	return false
}

package extract

import (
	"slices"
	"time"

	"github.com/dyadgraph/dyad/extract/dates"
	"github.com/dyadgraph/dyad/extract/fold"
)

// Rules that tell who took part in an event a sentence reports when the
// sentence does not name them: "the two ministers signed", "le
// vice-ministre a rencontré X", "a reçu l'hôte cubain", and who, named, was
// not there ("cố Tổng thống X", "the late X").

// deceasedWords come right before the title or name of someone dead: he is
// spoken of, not met ("đất nước của cố Tổng thống X", "the late President X").
var deceasedWords = map[string]bool{"co": true, "late": true, "feu": true, "defunt": true, "regrette": true}

// eraBefore: the words before token i name a past era of someone ("từ
// thời Chủ tịch X", "à l'époque du président X", "since the days of
// President X"): spoken of, not met.
func eraBefore(toks []tok, i int) bool {
	j := i - 1
	for j >= 0 && (toks[j].Fold == "the" || toks[j].Fold == "le" || toks[j].Fold == "la" || toks[j].Fold == "l") && !toks[j].Cap {
		j--
	}
	if j >= 0 && toks[j].Lower == "thời" {
		return true
	}
	if j >= 1 && (toks[j].Fold == "of" || toks[j].Fold == "de" || toks[j].Fold == "du" || toks[j].Fold == "d") {
		switch toks[j-1].Fold {
		case "era", "days", "time", "times", "epoque", "temps", "legacy", "heritage":
			return true
		}
	}
	return false
}

// deceased: the name atom k of the sentence is of a person said to be dead.
func deceased(s *sentence, k int) bool {
	i := s.atoms[k].s
	// skip the titles, ranks and honorifics of the name
	for m := k - 1; m >= 0; m-- {
		at := s.atoms[m]
		if at.e != i || at.kind != aTitle && at.kind != aRank && at.kind != aHonor {
			break
		}
		i = at.s
	}
	if eraBefore(s.toks, i) {
		return true
	}
	// "từ thời Chủ tịch Hồ Chí Minh và Tổng thống X": coordinated with one
	if k > 0 {
		for m := k - 1; m >= 0; m-- {
			p := s.atoms[m]
			if p.e > i {
				continue
			}
			if p.kind == aName && onlyConj(s.toks[p.e:i]) {
				return deceased(s, m)
			}
			break
		}
	}
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		t := s.toks[j]
		if t.Kind != fold.Word {
			return false
		}
		if t.Fold == "co" && t.Lower != "cố" {
			return false // "có", "cô", "cơ"
		}
		if deceasedWords[t.Fold] {
			return true
		}
		if t.Fold != "the" && t.Fold != "le" && t.Fold != "la" {
			return false
		}
	}
	return false
}

// bareTitleHolders returns the people a sentence designates by a title
// alone, without a name ("le vice-ministre a rencontré...", "Chủ tịch nước
// khẳng định", "the Japanese minister paid a courtesy call"): the one
// person named earlier who holds a position of that title, other than the
// people the sentence names ("Tiếp Đại sứ X, Chủ tịch nước khẳng định").
func (a *article) bareTitleHolders(s *sentence, named []*person) []*person {
	var out []*person
	for k, at := range s.atoms {
		if at.kind != aTitle || at.ref < 0 || !a.bareTitle(s, k) {
			continue
		}
		key := a.x.lex.Titles[at.ref].Key
		words := fold.Words(a.text[s.toks[at.s].Start:s.toks[at.e-1].End])
		cc := at.country
		if adj := titleAdj(s, k); adj != nil && cc == "" {
			cc = adj.country
		}
		var found *person
		for _, p := range a.persons {
			if p.first >= s.idx || slices.Contains(named, p) {
				continue
			}
			holds := false
			for _, q := range p.positions {
				if q.tkey == key && (cc == "" || p.country == cc) && allIn(words, fold.Words(q.title)) {
					holds = true
				}
			}
			if !holds {
				continue
			}
			if found != nil && found != p {
				found = nil
				break
			}
			found = p
		}
		if found != nil && !slices.Contains(out, found) {
			out = append(out, found)
		}
	}
	return out
}

// bareTitle: title atom k stands alone for a person: a definite article or
// nothing before it, and no name, institution or complement after it.
func (a *article) bareTitle(s *sentence, k int) bool {
	at := s.atoms[k]
	toks := s.toks
	// covered by a name the other rules found ("vice-ministre chinois")
	for _, x := range s.atoms {
		if x.kind == aName && x.s <= at.s && x.e >= at.e {
			return false
		}
	}
	end := at.e
	if adj := titleAdj(s, k); adj != nil && adj.s == at.e {
		end = adj.e // "le ministre français avait été reçu"
	}
	if k+1 < len(s.atoms) && s.atoms[k+1].s == end {
		switch s.atoms[k+1].kind {
		case aName, aCapRun, aOrg, aCountry, aAdj, aTitle, aRank, aHonor, aPlace:
			return false // "Chủ tịch nước Trịnh X", "ministre de l'Intérieur"
		}
	}
	if end >= len(toks) {
		return false
	}
	next := toks[end]
	if next.Kind != fold.Word || next.Cap || isConnector(next.Fold) || next.Lower == "của" || next.Fold == "to" || next.Fold == "for" {
		return false
	}
	if at.s > 0 {
		prev := toks[at.s-1]
		switch {
		case prev.Kind == fold.Punct && prev.Text == ",":
			// "Tiếp Đại sứ X, Chủ tịch nước khẳng định"; but "X, vice-Premier
			// ministre et ministre de l'Intérieur, a reçu" is X's title
			if k > 0 && a.lang != "vi" && s.atoms[k-1].e == at.s-1 {
				switch s.atoms[k-1].kind {
				case aName, aCapRun, aOrg:
					return false
				}
			}
		case prev.Kind == fold.Word && (prev.Fold == "le" || prev.Fold == "la" || prev.Fold == "l" || prev.Fold == "the"):
		case k > 0 && s.atoms[k-1].kind == aAdj && s.atoms[k-1].e == at.s && definiteBefore(toks, s.atoms[k-1].s):
			// "the Thai minister paid a courtesy call on X"
		default:
			return false
		}
	}
	return true
}

// guestOf returns the person a designation after the event word stands
// for ("a reçu l'hôte cubain", "received the Lao delegation", "tiếp đoàn
// Campuchia"): the one person of that country leading a delegation, else
// the one of that country at the main event. Nil when the sentence names
// someone of that country itself.
func (a *article) guestOf(s *sentence, main *event) *person {
	var d *atom
	seenEvent := false
	for _, at := range s.atoms {
		if at.kind == aEvent {
			seenEvent = true
		}
		if seenEvent && at.kind == aDeleg {
			d = at
			break
		}
	}
	if d == nil {
		return nil
	}
	cc := d.country
	if cc == "" && main != nil {
		// "chủ trì lễ đón đoàn": the delegation of the main event's guest,
		// of the country none of the sentence's people are of
		named := map[string]bool{}
		for _, at := range s.atoms {
			if at.kind == aName && at.person.country != "" {
				named[at.person.country] = true
			}
		}
		if len(named) == 0 {
			return nil
		}
		for _, p := range main.persons {
			if !named[p.country] {
				if p.country == "" {
					return p // a foreigner whose country is not known yet
				}
				cc = p.country
				break
			}
		}
	}
	if cc == "" {
		return nil
	}
	return a.leaderOf(s, cc, main)
}

// twoSidesSigned: "the two ministers signed", "les deux parties ont signé",
// "hai bên đã ký", "the two leaders witnessed the signing": the sentence
// reports a signing by (or before) the two leaders of the meeting just
// reported, without naming them. The two sides are the subject: "A và B
// ký văn kiện giữa hai nước" is not theirs.
func twoSidesSigned(s *sentence, kind string) bool {
	if kind != "signing" {
		return false
	}
	i := bothSidesAt(s)
	if i < 0 {
		return false
	}
	if hasWitness(s) {
		return true
	}
	// the verb follows the two sides in the same clause ("the two ministers
	// then signed", not "between the two countries, signed in 2024")
	for _, at := range s.atoms {
		if at.kind == aEvent && at.s > i {
			for _, t := range s.toks[i:at.s] {
				if t.Kind == fold.Punct && t.Text == "," {
					return false
				}
			}
			return true
		}
	}
	return false
}

// pastDate: the sentence dates what it reports by a year alone, earlier
// than the publication's, or by a month long before it ("the agreement
// signed in 2017", "Bản ghi nhớ ký năm 2019", "signed in Manila in July
// 2024" in February 2025): a reminder of the past, not a meeting reported
// here.
func (a *article) pastDate(d dates.Date) bool {
	if d.Year == 0 || d.Day > 0 {
		return false
	}
	if a.pub.IsZero() {
		return d.Month == 0
	}
	if d.Month == 0 {
		return d.Year < a.pub.Year
	}
	return d.Year*12+d.Month < a.pub.Year*12+a.pub.Month-1
}

// allIn: every word of ws is one of those of in.
func allIn(ws, in []string) bool {
	for _, w := range ws {
		if !slices.Contains(in, w) {
			return false
		}
	}
	return true
}

// handsOverDocument: "trao" (hand over) right before a document ("A và B
// trao Thỏa thuận kết nối", "trao Bản ghi nhớ"): the signed texts are
// exchanged at a signing ceremony.
func handsOverDocument(s *sentence) bool {
	for _, at := range s.atoms {
		if at.kind == aAgree && at.s > 0 && s.toks[at.s-1].Lower == "trao" {
			return true
		}
	}
	return false
}

// dayOffset reads a day given relative to the one just reported: +1 for
// "le lendemain", "the next day", "the following day", "ngày hôm sau";
// -1 for "la veille", "the day before", "a day earlier"; else 0.
func dayOffset(s *sentence) int {
	toks := s.toks
	at := func(k int) string {
		if k >= 0 && k < len(toks) {
			return toks[k].Fold
		}
		return ""
	}
	for i, t := range toks {
		switch t.Fold {
		case "lendemain":
			return 1
		case "veille":
			// not "à la veille du sommet": the eve of something else
			if n := at(i + 1); n != "de" && n != "du" && n != "des" && n != "d" {
				return -1
			}
		case "day":
			switch {
			case at(i-1) == "next" || at(i-1) == "following" || at(i+1) == "after" && at(i+2) != "tomorrow":
				return 1
			case at(i-1) == "previous" || at(i+1) == "before" && at(i-1) == "the" || at(i+1) == "earlier" && at(i-1) == "a":
				return -1
			}
		case "sau":
			if at(i-1) == "hom" && toks[i-1].Lower == "hôm" {
				return 1
			}
		}
	}
	return 0
}

// shiftDay returns the day n days after d; a day without a year is
// counted in a common year.
func shiftDay(d dates.Date, n int) dates.Date {
	if d.Day == 0 || d.Month == 0 {
		return dates.Date{}
	}
	year := d.Year
	if year == 0 {
		year = 2001
	}
	t := time.Date(year, time.Month(d.Month), d.Day, 12, 0, 0, 0, time.UTC).AddDate(0, 0, n)
	out := dates.Date{Year: t.Year(), Month: int(t.Month()), Day: t.Day()}
	if d.Year == 0 {
		out.Year = 0
	}
	return out
}

// definiteEventStart: the sentence opens on the event word after a
// definite article ("La rencontre, qui s'est déroulée au siège..., s'est
// tenue en présence de X", "The meeting was attended by X", "Cuộc hội đàm
// diễn ra ...") and gives no other date (sameDayAs): it tells more of the meeting just
// reported, whatever word that one was told with. Not a ceremony: "La
// signature a eu lieu ..." may be another event of the day.
func definiteEventStart(s *sentence, kind string) bool {
	if ceremonies[kind] || len(s.atoms) == 0 {
		return false
	}
	at := s.atoms[0]
	if at.kind != aEvent {
		return false
	}
	switch at.s {
	case 0:
		t := s.toks[0]
		return t.Lower == "cuộc" || t.Lower == "buổi" // "Cuộc gặp", "Buổi tiếp" are words of the lexicon
	case 1:
		switch t := s.toks[0]; t.Fold {
		case "la", "le", "l", "les", "the":
			return true
		case "cuoc", "buoi":
			return t.Lower == "cuộc" || t.Lower == "buổi"
		}
	}
	return false
}

// titleAdj returns the demonym that goes with title atom k: right before it
// in English ("the Thai minister"), right after it in French ("le ministre
// français"); nil if none.
func titleAdj(s *sentence, k int) *atom {
	at := s.atoms[k]
	if k > 0 && s.atoms[k-1].kind == aAdj && s.atoms[k-1].e == at.s {
		return s.atoms[k-1]
	}
	if k+1 < len(s.atoms) && s.atoms[k+1].kind == aAdj && s.atoms[k+1].s == at.e {
		return s.atoms[k+1]
	}
	return nil
}

// definiteBefore: a definite article comes right before token i.
func definiteBefore(toks []tok, i int) bool {
	if i == 0 {
		return false
	}
	switch t := toks[i-1]; t.Fold {
	case "the", "le", "la", "l":
		return t.Kind == fold.Word
	}
	return false
}

// upcoming: the event word is of one to come ("the next meeting of the
// committee", "la prochaine session", "kỳ họp tới", "cuộc gặp sắp tới").
func upcoming(s *sentence, at *atom) bool {
	for k := at.s - 1; k >= 0 && k >= at.s-3; k-- {
		t := s.toks[k]
		if t.Kind != fold.Word {
			break
		}
		switch t.Fold {
		case "next", "upcoming", "forthcoming", "prochain", "prochaine", "prochains", "prochaines":
			return true
		}
	}
	if at.e < len(s.toks) {
		switch t := s.toks[at.e]; t.Lower {
		case "tới", "sắp":
			return true
		}
	}
	return false
}

// sameDayAs: sentence s gives no date, or the day of event e, or e has no
// date yet ("X met Y. The meeting, held in Baku on May 27, ...").
func (a *article) sameDayAs(s *sentence, e *event) bool {
	if len(s.dates) == 0 {
		return true
	}
	d, sameDay := a.sentenceDate(s)
	return sameDay || d.IsZero() || e.date.IsZero() || d == e.date
}

// placeHeads: the last word of an English place name no list knows that
// says it is a place ("the New Administrative Capital", "the Grand Hotel").
var placeHeads = map[string]bool{"capital": true, "city": true, "palace": true, "hall": true, "building": true, "centre": true,
	"center": true, "house": true, "hotel": true, "park": true, "square": true, "port": true, "base": true, "camp": true,
	"stadium": true, "complex": true, "compound": true, "residence": true}

// venueHeadRun: the capitalised run [i, j) comes after "the" and ends on a
// venue's head word.
func venueHeadRun(toks []tok, i, j int) bool {
	return i >= 2 && j-i >= 2 && toks[i-1].Fold == "the" && !toks[i-1].Cap && placeHeads[toks[j-1].Fold]
}

// venueNouns: the seat of an institution, after a preposition of place:
// "au siège de", "at the headquarters of", "tại trụ sở".
var venueNouns = map[string]bool{"siege": true, "headquarters": true, "premises": true, "offices": true, "tru so": true,
	"general": true} // "au quartier général de"

// venueOrgBefore: place atom at (its kind of place from token from) comes right after an institution that a
// preposition of place and the word of its seat introduce: "tại trụ sở
// Liên đoàn Lao động TP HCM", "au siège du ministère à Rabat" is read
// by its own preposition.
func (a *article) venueOrgBefore(s *sentence, at *atom, from int) bool {
	k := slices.Index(s.atoms, at) - 1
	for k >= 0 && s.atoms[k].s >= from {
		k-- // "TP" of "TP Cần Thơ"
	}
	if k < 0 {
		return false
	}
	o := s.atoms[k]
	if o.kind != aOrg {
		return false
	}
	if o.e > from {
		return false
	}
	for _, g := range s.toks[o.e:from] {
		if g.Text != "(" && g.Text != ")" {
			return false
		}
	}
	toks := s.toks
	i := o.s - 1
	for i >= 0 && toks[i].Kind == fold.Word && !toks[i].Cap && isConnector(toks[i].Fold) {
		i-- // "of the", "de l'"
	}
	if i < 1 {
		return false
	}
	w := toks[i].Fold
	if a.lang == "vi" && i >= 2 && toks[i-1].Lower == "trụ" && toks[i].Lower == "sở" {
		w, i = "tru so", i-1
	}
	if !venueNouns[w] {
		return false
	}
	i--
	if w == "general" && i >= 0 && toks[i].Fold == "quartier" {
		i--
	}
	for i >= 0 && toks[i].Kind == fold.Word && !toks[i].Cap && (toks[i].Fold == "the" || toks[i].Fold == "its" || toks[i].Fold == "son" || toks[i].Fold == "sa") {
		i--
	}
	return i >= 0 && toks[i].Kind == fold.Word && locPreps[toks[i].Fold]
}

// placeAfterVenue: the place starting at token from is in apposition to a
// venue a preposition of place introduced: "tại Trụ sở Bộ Tham mưu Không
// quân (Vayu Bhawan), Thủ đô Niu Đê-li", "at the Government Palace, Dili".
// Read back over the comma, the kind of place, and the venue's capitalised
// words, parentheses and linking words, up to the preposition.
func (a *article) placeAfterVenue(s *sentence, from int) bool {
	toks := s.toks
	i := from - 1
	for n := 0; n < 2 && i > 0 && toks[i].Kind == fold.Word && placeKindWords[toks[i].Lower]; n++ {
		i-- // "Thủ đô", "thành phố"
	}
	if i < 2 || toks[i].Text != "," {
		return false
	}
	caps, lower := 0, 0
	for k := i - 1; k >= 0 && k >= i-14; k-- {
		t := toks[k]
		switch {
		case t.Kind == fold.Word && locPreps[t.Fold] && (!t.Cap || k == 0):
			return caps > 0
		case t.Text == "(" || t.Text == ")" || t.Text == "-":
		case t.Kind == fold.Word && t.Cap:
			caps++
		case t.Kind == fold.Word && (isConnector(t.Fold) || t.Fold == "l" || inAtom(s, k)):
		case t.Kind == fold.Word && a.lang == "vi" && lower < 3 && !viVerbAt(toks, k):
			lower++ // "Bộ Tham mưu": a syllable of a body's name
		default:
			return false
		}
	}
	return false
}

// placeKindWords: the words of a kind of place written before its name.
var placeKindWords = map[string]bool{"thủ": true, "đô": true, "thành": true, "phố": true, "tỉnh": true, "capital": true,
	"city": true, "capitale": true, "ville": true}

// inAtom: token k is inside an institution's or a capitalised run's atom
// ("Không quân" of "Bộ Tham mưu Không quân Ấn Độ").
func inAtom(s *sentence, k int) bool {
	for _, at := range s.atoms {
		if at.s <= k && k < at.e && (at.kind == aOrg || at.kind == aCapRun || at.kind == aPlace) {
			return true
		}
	}
	return false
}

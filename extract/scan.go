package extract

import (
	"slices"
	"strings"

	"github.com/dyadgraph/dyad/extract/fold"
	"github.com/dyadgraph/dyad/extract/lexicon"
)

type akind uint8

const (
	aCountry akind = iota + 1 // a country's name
	aAdj                      // a country's demonym
	aPlace
	aOrg
	aTitle
	aRank
	aHonor
	aName
	aCapRun // capitalised words that may be a name
	aEvent
	aAnaph // "lors de la réunion": refers to an event already reported
	aAgree
	aHomologue // "son homologue cambodgien", "his Cambodian counterpart"
	aDeleg     // "la délégation vietnamienne", "Đoàn Campuchia"
	aTopic     // a ministry topic used alone as an adjective ("Foreign Minister")
)

// atom is a recognised piece of a sentence: tokens [s, e).
type atom struct {
	kind    akind
	s, e    int
	ref     int    // lexicon index: country, place, title, event kind, agreement kind
	country string // aCountry, aAdj; aTitle/aHomologue/aDeleg: the demonym that goes with it
	org     *orgRef
	person  *person
	agree   *agreement
	mods    bool   // title with a modifier
	pname   string // aPlace: a place no list knows, or the city of a province ("Tay Ninh City")
	pkey    string // aPlace: its identity when the name is not ("ho-chi-minh-mausoleum")
}

// isConnector: the articles and prepositions inside names ("Ministère
// de la Défense", "Ministry of the Interior"). A switch, not a map: it is
// asked at nearly every word.
func isConnector(w string) bool {
	switch w {
	case "de", "du", "des", "d", "la", "l", "le", "les", "of", "the":
		return true
	}
	return false
}

// grammar words of the rules, per language (closed classes, not knowledge)
var (
	creditWords = map[string]bool{"photo": true, "photos": true, "source": true, "anh": true, "nguon": true, "credit": true}
	localPrefix = map[string]bool{"de": true, "du": true, "d": true, "la": true, "l": true, "province": true, "ville": true,
		"of": true, "the": true, "city": true, "tinh": true, "thanh": true, "pho": true, "tp": true, "thu": true, "do": true,
		"municipalite": true}
	localEnMods = map[string]bool{"provincial": true, "city": true, "municipal": true}
)

// Closed classes asked about at every word (lexAtom): switches, which
// reject a word by its length, not maps, which compare it with each key.
func isHomologueWord(w string) bool {
	switch w {
	case "homologue", "homologues", "counterpart", "counterparts":
		return true
	}
	return false
}

func isDelegWord(w string) bool { return w == "delegation" }

// lexCue: the folded word may start one of lexAtom's cases that no
// lexicon phrase marks (isHomologueWord, "đồng cấp", isDelegWord, "đoàn",
// isLeaderWord, "deputy"/"vice", republicOf): a quick test most words fail.
func lexCue(w string) bool {
	switch w {
	case "homologue", "homologues", "counterpart", "counterparts", "dong", "delegation", "doan",
		"leader", "official", "guest", "dirigeant", "responsable", "hote", "deputy", "vice",
		"cong", "republic", "republique":
		return true
	}
	return false
}

// isLeaderWord: "the Mongolian leader", "le dirigeant lao": one person of a country
func isLeaderWord(w string) bool {
	switch w {
	case "leader", "official", "guest", "dirigeant", "responsable", "hote":
		return true
	}
	return false
}

// skipConn skips French and English linking words ("de la", "of the") and
// Vietnamese "của" after an institution word.
func skipConn(toks []tok, j int) int {
	for k := 0; k < 3 && j < len(toks); k++ {
		t := &toks[j]
		if t.Kind == fold.Word && (isConnector(t.Fold) && !t.Cap || t.Lower == "của") {
			j++
			continue
		}
		break
	}
	return j
}

// first returns the longest entry of category c, if any.
func first(ms []entry, c cat) (entry, bool) {
	for _, e := range ms {
		if e.cat == c {
			return e, true
		}
	}
	return entry{}, false
}

// look returns the lexicon phrases starting at toks[i], longest first.
// The sentence being scanned has them all looked up once (see fill): the
// rules ask about the same position many times.
func (a *article) look(toks []tok, i int) []entry {
	if i >= len(toks) || toks[i].Kind == fold.Punct {
		return nil
	}
	if c := a.cache; c != nil && c.holds(toks) {
		return c.ms[i]
	}
	a.buf = a.t.lookup(toks, i, a.buf)
	return a.keepEntries(a.buf)
}

// catsAt returns the categories of the phrases starting at toks[i], one
// bit (1<<cat) each: a test for several categories at once.
func (a *article) catsAt(toks []tok, i int) uint32 {
	if c := a.cache; c != nil && c.holds(toks) {
		if i >= len(toks) {
			return 0
		}
		return c.cats[i]
	}
	return catsOf(a.look(toks, i))
}

func catsOf(ms []entry) uint32 {
	var m uint32
	for _, e := range ms {
		m |= 1 << e.cat
	}
	return m
}

// categories scan reads before the rules, as bits (see catsAt)
const sentenceCats uint32 = 1<<cExclude | 1<<cRegards | 1<<cBehalf

// keepEntries copies the result of a lookup. The copies of an article share
// one slice; each gets its own part of it, which no append can overwrite.
func (a *article) keepEntries(ms []entry) []entry {
	if len(ms) == 0 {
		return nil
	}
	a.entries = append(a.entries, ms...)
	n := len(a.entries)
	return a.entries[n-len(ms) : n : n]
}

// lookCache holds the lookups of one sentence, at every token.
type lookCache struct {
	toks []tok
	ms   [][]entry
	cats []uint32 // catsOf(ms[i])
	runs []int32  // capRun(i), 0 until asked
	any  uint32   // the categories of the sentence: cats[0] | cats[1] | ...
}

// holds reports whether toks are the tokens of the cached sentence.
func (c *lookCache) holds(toks []tok) bool {
	return len(toks) == len(c.toks) && len(toks) > 0 && &toks[0] == &c.toks[0]
}

// reset empties the cache for the tokens of a new sentence, keeping its memory.
func (c *lookCache) reset(toks []tok) {
	c.toks = toks
	c.ms = slices.Grow(c.ms[:0], len(toks))[:len(toks)]
	clear(c.ms)
	c.cats = slices.Grow(c.cats[:0], len(toks))[:len(toks)]
	clear(c.cats)
	c.runs = slices.Grow(c.runs[:0], len(toks))[:len(toks)]
	clear(c.runs)
	c.any = 0
}

// fill looks up the phrases at every token of the sentence.
func (a *article) fill(c *lookCache, toks []tok) {
	c.reset(toks)
	exact := a.t.hasExact()
	for i := range toks {
		if toks[i].Kind == fold.Punct {
			continue
		}
		// straight into the article's entries (see keepEntries); as
		// appendLookup, without a call more at every token
		from := len(a.entries)
		hf := hashWord(toks[i].Fold)
		a.entries = a.t.walk(a.entries, toks, i, foldRoot, hf)
		if exact {
			a.entries = a.t.walk(a.entries, toks, i, exactRoot, exactHash(&toks[i], hf))
		}
		if n := len(a.entries); n > from {
			ms := a.entries[from:n:n]
			longestFirst(ms)
			c.ms[i] = ms
			c.cats[i] = catsOf(ms)
			c.any |= c.cats[i]
		}
	}
}

// scan finds the atoms of a sentence, left to right.
func (a *article) scan(s *sentence) {
	toks := s.toks
	a.fill(&a.looks, toks)
	a.cache = &a.looks
	defer func() { a.cache = nil }()
	a.scanning = s
	defer func() { a.scanning = nil }()
	s.excl = a.flagsFor(len(toks))
	s.atoms = a.atomRoom(len(toks))
	s.regards, s.behalfFrom, s.behalfTo = -1, -1, -1
	if a.looks.any&sentenceCats != 0 {
		a.sentenceMarks(s)
	}
	credit := false
	for i := 0; i < len(toks); {
		t := &toks[i]
		if t.Kind != fold.Word {
			if t.Text == ":" && i > 0 && creditWords[toks[i-1].Fold] {
				credit = true
			}
			i++
			continue
		}
		ms, cs := a.looks.ms[i], a.looks.cats[i]
		// an institution, unless a longer venue starts here ("National
		// Assembly House" is a building, not the assembly)
		venue := 0
		if cs&(1<<cPlace) == 0 {
			// no venue
		} else if e, ok := first(ms, cPlace); ok && e.n >= 2 && a.x.lex.Places[e.ref].Kind == "venue" {
			venue = e.n
		}
		if !a.mayStartOrg(cs, t) {
			// most words: parseOrg would find nothing
		} else if o, j := a.parseOrg(s, i, 0); o != nil && j > i && j-i >= venue {
			if at := a.bodyVenue(s, o, i, j); at != nil {
				a.addAtom(s, at) // "Parliament House": the building
				i = at.e
				continue
			}
			a.addAtom(s, a.newAtom(atom{kind: aOrg, s: i, e: j, org: o}))
			i = j
			continue
		}
		// only a capitalised word starts a place named by its head word or
		// a person's name
		if t.Cap {
			// a place named by its head word: "in Dong Ha city", "tỉnh Savannakhet"
			if at := a.headPlace(s, i); at != nil {
				a.addAtom(s, at)
				i = at.e
				continue
			}
			// a Vietnamese name (before places: "Hà Thị Nga" is a person; "Hà Nội" a place)
			if j := a.vnName(toks, i, ms); j > i {
				if credit || isByline(toks, j) {
					credit = false
					i = j
					continue
				}
				if pl := a.placePair(s, i, j); pl != nil {
					a.addAtom(s, pl) // "Kim Thành - Beishan"
					i = j
					continue
				}
				a.addName(s, i, j)
				i = j
				continue
			}
		}
		if at := a.lexAtom(s, i, ms, cs); at != nil {
			a.addAtom(s, at)
			i = at.e
			continue
		}
		// a capitalised function word right after a title starts a name in
		// Vietnamese text ("Bộ trưởng Ngoại giao Hàn Quốc Cho Hyun")
		if t.Cap && (!a.stop[t.Fold] || a.lang == "vi" && i > 0 && markEndsAt(s, i) && i+1 < len(toks) && toks[i+1].Cap) {
			j := a.capRun(toks, i)
			if credit || isByline(toks, j) {
				credit = false
				i = j
				continue
			}
			if ag := a.capAgreement(s, i, j); ag != nil {
				a.addAtom(s, ag) // "Reciprocal Access Agreement"
				i = ag.e
				continue
			}
			if pl := a.placePair(s, i, j); pl != nil {
				a.addAtom(s, pl) // "le pont Long Biên - Gia Lâm"
				i = j
				continue
			}
			at := a.newAtom(atom{kind: aCapRun, s: i, e: j})
			// a first mention gives the full name: one word after a title is
			// another word ("Bí thư Thành ủy"), unless it is a known person's
			if j-i == 1 && a.bySuffix(t.Fold, 1) == nil {
				a.addAtom(s, at)
				i = j
				continue
			}
			if a.viOrgStart(toks, i, j) {
				a.addAtom(s, at) // "Đảng Xã hội ...": a body's name, cut
			} else if a.nameContext(s, at) || a.khmerShape(toks[i:j]) || a.subjectOfSaying(s, i, j) || a.nameCue(s, i, j) {
				a.addName(s, i, j)
			} else {
				a.addAtom(s, at)
			}
			i = j
			continue
		}
		i++
	}
}

// sentenceMarks notes the phrases that mark tokens of the sentence being
// scanned: excluded ones, and those after regards or "on behalf of".
func (a *article) sentenceMarks(s *sentence) {
	toks := s.toks
	for i := range toks {
		if a.looks.cats[i]&sentenceCats == 0 {
			continue
		}
		ms := a.looks.ms[i]
		if e, ok := first(ms, cExclude); ok {
			for k := i; k < i+e.n && k < len(toks); k++ {
				s.excl[k] = true
			}
		}
		if _, ok := first(ms, cRegards); ok && s.regards < 0 {
			s.regards = i
		}
		if e, ok := first(ms, cBehalf); ok && s.behalfFrom < 0 {
			s.behalfFrom, s.behalfTo = i+e.n, len(toks)
			for k := s.behalfFrom; k < len(toks); k++ {
				if toks[k].Text == "," {
					s.behalfTo = k
					break
				}
			}
		}
	}
}

func (a *article) addAtom(s *sentence, at *atom) {
	s.atoms = append(s.atoms, at)
	if at.kind == aPlace && a.dateline == nil && a.pg.Dateline.End > a.pg.Dateline.Start {
		st := s.toks[at.s].Start
		if st >= a.pg.Dateline.Start && st < a.pg.Dateline.End {
			a.dateline = at
		}
	}
	if at.kind == aOrg {
		a.noteOrg(s, at.org)
	}
	if at.kind == aTitle && at.org != nil {
		a.noteOrg(s, at.org)
	}
}

func (a *article) noteOrg(s *sentence, o *orgRef) {
	for p := o; p != nil; p = p.parent {
		p.sent = s.idx
		a.orgs = append(a.orgs, p)
	}
}

// isByline: a name glued to "/AGENCY" ("Lê Tuyết/VOV", "Nguyễn Dân/TTXVN").
func isByline(toks []tok, j int) bool {
	return j+1 < len(toks) && toks[j].Text == "/" && toks[j+1].AllCaps
}

// capRun returns the end of the run of capitalised words starting at i that
// no lexicon phrase claims. The runs of the sentence being scanned are kept:
// the rules ask for the same one several times.
func (a *article) capRun(toks []tok, i int) int {
	c := a.cache
	if c == nil || !c.holds(toks) {
		return a.readCapRun(toks, i)
	}
	if c.runs[i] == 0 {
		c.runs[i] = int32(a.readCapRun(toks, i))
	}
	return int(c.runs[i])
}

func (a *article) readCapRun(toks []tok, i int) int {
	j := i + 1
	if mongolInitial(toks, i) {
		j = i + 3 // "Ts.Enkhjargal", "B.Gantulga"
	}
	// a Vietnamese transcription writes syllables with hyphens: "Xỏn-xay Xi-phăn-đon"
	for j < len(toks) && j-i < 8 {
		// a middle initial: "Karen L. Whitfield"
		if toks[j].Text == "." && j+1 < len(toks) && isInitial(toks, j-1) && toks[j+1].Kind == fold.Word && toks[j+1].Cap && !toks[j+1].AllCaps {
			j++
			continue
		}
		// particles inside a name: "Lula da Silva", "von der Leyen", "van den Broek"
		if n := nameParticles(toks, j); n > 0 && j+n < len(toks) && toks[j+n].Kind == fold.Word && toks[j+n].Cap && !toks[j+n].AllCaps {
			if ms := a.look(toks, j+n); len(ms) > 0 && properEntry(ms) {
				break // "... de Cuba": a complement, not a name
			}
			j += n
			continue
		}
		// "Vasconcelos de Araújo": "de" inside a name, outside French text
		if a.nameDe(toks, j) {
			j++
			continue
		}
		if !(toks[j].Kind == fold.Word && (toks[j].Cap || toks[j].Glued && toks[j-1].Kind == fold.Word && toks[j].Start-toks[j-1].End == 1)) {
			break
		}
		if ms := a.look(toks, j); len(ms) > 0 && properEntry(ms) && !placeSurname(toks, i, j, ms, a.scanning != nil && markEndsAt(a.scanning, i)) {
			break
		}
		j++
		if a.lang == "en" && regionHeads[toks[j-1].Fold] {
			break // "Primorsky Krai": a region's name ends with its kind
		}
	}
	return j
}

// placeSurname: the one-word place at j ends a name of two words or more
// ("Carla Duarte Lima", "Ana Paula Santos"): many surnames are towns, and
// a town written right after a name, with no "in" or comma, is no town.
// After an honorific, a rank or a title (marked) one word of name is enough
// ("M. Anan Loei", "le général de police Wichai Phichit").
func placeSurname(toks []tok, i, j int, ms []entry, marked bool) bool {
	if j-i < 2 && !(marked && j-i == 1) || j+1 < len(toks) && toks[j+1].Kind == fold.Word && toks[j+1].Cap {
		return false
	}
	for _, e := range ms {
		if e.cat != cPlace || e.n != 1 {
			return false
		}
	}
	return true
}

// properEntry: the phrases found are names of things or titles.
func properEntry(ms []entry) bool {
	for _, e := range ms {
		switch e.cat {
		case cCountry, cAdj, cPlace, cNational, cNamed, cOrgan, cMinHead, cLocal, cJointHead, cEmbassy, cTitle, cRank, cHonor:
			return true
		}
	}
	return false
}

// the categories of the phrases lexAtom makes atoms of
const lexAtomCats uint32 = 1<<cTopic | 1<<cModPrefix | 1<<cTitle | 1<<cRank | 1<<cHonor | 1<<cCountry | 1<<cAdj |
	1<<cPlace | 1<<cEvent | 1<<cAnaph | 1<<cAgree

// lexAtom makes an atom of the best lexicon phrase at i, of categories cs
// (catsOf(ms)).
func (a *article) lexAtom(s *sentence, i int, ms []entry, cs uint32) *atom {
	toks := s.toks
	t := &toks[i]
	if cs&lexAtomCats == 0 && !lexCue(t.Fold) {
		return nil // most words
	}
	if isHomologueWord(t.Fold) || t.Lower == "đồng" && i+1 < len(toks) && toks[i+1].Lower == "cấp" {
		j := i + 1
		if t.Lower == "đồng" {
			j = i + 2
		}
		at := a.newAtom(atom{kind: aHomologue, s: i, e: j})
		if e, ok := first(a.look(toks, j), cAdj); ok {
			at.country = a.x.lex.Countries[e.ref].Code
			at.e = j + e.n
		} else if e, ok := first(a.look(toks, j), cCountry); ok && a.lang == "vi" {
			at.country = a.x.lex.Countries[e.ref].Code
			at.e = j + e.n
		} else if n := len(s.atoms); n > 0 && s.atoms[n-1].kind == aAdj && s.atoms[n-1].e == i {
			at.country = s.atoms[n-1].country // "his Cambodian counterpart"
		}
		return at
	}
	if isDelegWord(t.Fold) || (t.Lower == "đoàn" && i+1 < len(toks) && !toks[i+1].Cap) || !t.Cap && a.lang != "vi" && isLeaderWord(t.Fold) && a.leaderAfterAdj(s, i, ms) {
		at := a.newAtom(atom{kind: aDeleg, s: i, e: i + 1})
		j := i + 1
		if e, ok := first(a.look(toks, j), cAdj); ok {
			at.country = a.x.lex.Countries[e.ref].Code
			at.e = j + e.n
		} else if n := len(s.atoms); n > 0 && s.atoms[n-1].kind == aAdj && s.atoms[n-1].e == i {
			at.country = s.atoms[n-1].country
		} else if a.lang == "vi" {
			// "Đoàn đại biểu cấp cao Lào": the country closes the phrase
			for k := j; k < len(toks) && k < j+5 && toks[k].Kind == fold.Word; k++ {
				if e, ok := first(a.look(toks, k), cCountry); ok {
					at.country = a.x.lex.Countries[e.ref].Code
					at.e = k + e.n
					break
				}
				if toks[k].Cap {
					break
				}
			}
		}
		return at
	}
	// "Deputy Foreign Minister": the topic inside the title
	if (t.Fold == "deputy" || t.Fold == "vice") && a.lang == "en" {
		if e, ok := first(a.look(toks, i+1), cTopic); ok {
			if te, ok := first(a.look(toks, i+1+e.n), cTitle); ok && a.x.lex.Titles[te.ref].Key == "minister" {
				if dm := a.x.titleIndex("deputy-minister"); dm >= 0 {
					o := &orgRef{kind: okMinistry, ref: e.ref, bare: true}
					a.setSpan(s, o, i+1, i+1+e.n)
					o.surface = ""
					return a.newAtom(atom{kind: aTitle, s: i, e: i + 1 + e.n + te.n, ref: dm, org: o})
				}
			}
		}
	}
	if t.Cap { // "Republic of ...", never in lower case
		if at := a.republicOf(toks, i); at != nil {
			return at
		}
	}
	if cs&lexAtomCats == 0 {
		return nil // most words: nothing below would make an atom of them
	}
	// topic before "Minister" (English): "Foreign Minister"
	if e, ok := first(ms, cTopic); ok && a.lang == "en" {
		te, ok := first(a.look(toks, i+e.n), cTitle)
		if ok && a.x.lex.Titles[te.ref].Org != "ministry" {
			te.ref, ok = a.secretaryAsMinister(toks, i+e.n, te) // "Foreign Affairs Secretary"
		}
		if ok {
			o := &orgRef{kind: okMinistry, ref: e.ref, bare: true}
			a.setSpan(s, o, i, i+e.n)
			o.surface = ""
			return a.newAtom(atom{kind: aTitle, s: i, e: i + e.n + te.n, ref: te.ref, org: o})
		}
	}
	// a title, maybe after a modifier ("Quyền Tổng Thư ký", "acting Minister")
	if e, ok := first(ms, cModPrefix); ok {
		if te, ok := first(a.look(toks, i+e.n), cTitle); ok && (len(ms) == 0 || ms[0].n < e.n+te.n) {
			at := a.newAtom(atom{kind: aTitle, s: i, e: i + e.n + te.n, ref: te.ref, mods: true})
			a.titleTail(s, at)
			return at
		}
	}
	best := ms[0]
	for _, e := range ms {
		if e.n < best.n {
			break
		}
		if catRank(e.cat) < catRank(best.cat) {
			best = e
		}
	}
	switch best.cat {
	case cTitle:
		at := a.newAtom(atom{kind: aTitle, s: i, e: i + best.n, ref: best.ref})
		// "Trưởng Ban Đối ngoại Trung ương": the title's last word ("Ban")
		// heads the body it is the head of
		if best.n >= 2 && a.lang == "vi" {
			if o, j := a.parseOrg(s, i+best.n-1, 1); o != nil && j > i+best.n {
				at.e--
				return at
			}
		}
		a.titleTail(s, at)
		return at
	case cRank:
		return a.newAtom(atom{kind: aRank, s: i, e: i + best.n})
	case cHonor:
		// "ông"/"bà" and "M." are honorifics only before a capitalised word
		if i+best.n < len(toks) && toks[i+best.n].Cap {
			return a.newAtom(atom{kind: aHonor, s: i, e: i + best.n})
		}
		return nil
	case cCountry:
		// "Đại tướng Đức đề nghị": a given name that is a country's name,
		// after a rank or title, of a person already named
		if best.n == 1 && a.lang == "vi" && a.bySuffix(t.Fold, 1) != nil && (afterPersonMark(s, i) || i == 0 && i+1 < len(toks) && !toks[i+1].Cap) {
			return nil
		}
		if currencyAt(toks, i, best.n, false) || regionAt(toks, i, best.n) {
			return nil // "US dollars", "bán đảo Triều Tiên"
		}
		if oceanAt(toks, i+best.n) {
			return a.newAtom(atom{kind: aCapRun, s: i, e: i + best.n + 1}) // "Ấn Độ Dương": the Indian Ocean
		}
		return a.newAtom(atom{kind: aCountry, s: i, e: i + best.n, country: a.x.lex.Countries[best.ref].Code, ref: best.ref})
	case cAdj:
		if currencyAt(toks, i, best.n, true) || regionAt(toks, i, best.n) {
			return nil // "dollars américains", "Korean Peninsula"
		}
		return a.newAtom(atom{kind: aAdj, s: i, e: i + best.n, country: a.x.lex.Countries[best.ref].Code, ref: best.ref})
	case cPlace:
		// "Hue" after "Vuong Dinh Hue" is the man, not the city
		if best.n == 1 && a.bySuffix(t.Fold, 1) != nil {
			return nil
		}
		if oceanAt(toks, i+best.n) {
			return a.newAtom(atom{kind: aCapRun, s: i, e: i + best.n + 1}) // "Thái Bình Dương": the Pacific, not Thái Bình
		}
		if best.n == 1 && a.nameGoesOnInto(toks, i) {
			return nil // "pavillon Minh Viên": the end of another name, not Vienna
		}
		at := a.newAtom(atom{kind: aPlace, s: i, e: i + best.n, ref: best.ref, country: a.x.lex.Places[best.ref].Country})
		if k := at.e; k < len(toks) && toks[k].Cap && regionHeads[toks[k].Fold] && a.x.lex.Places[best.ref].Kind != "venue" {
			at.e++ // "Aichi Prefecture", "Khabarovsk Krai": the region by its kind
		}
		a.provinceCity(s, at)
		return at
	case cEvent:
		if s.excl[i] {
			return nil
		}
		return a.newAtom(atom{kind: aEvent, s: i, e: i + best.n, ref: best.ref})
	case cAnaph:
		at := a.newAtom(atom{kind: aAnaph, s: i, e: i + best.n, ref: -1})
		for k := i; k < at.e; k++ {
			if e, ok := first(a.look(toks, k), cEvent); ok {
				at.ref = e.ref
				break
			}
		}
		return at
	case cAgree:
		return a.agreementAt(s, i, best)
	}
	return nil
}

func catRank(c cat) int {
	switch c {
	case cTitle:
		return 0
	case cRank:
		return 1
	case cHonor:
		return 2
	case cCountry:
		return 3
	case cAdj:
		return 4
	case cPlace:
		return 5
	case cAnaph:
		return 6
	case cAgree:
		return 7
	case cEvent:
		return 8
	}
	return 20
}

// titleTail extends a title with its modifiers, its demonym, and for a
// minister the topic of the ministry ("ministre vietnamien des Finances",
// "Minister of Foreign Affairs", "Bộ trưởng Ngoại giao").
func (a *article) titleTail(s *sentence, at *atom) {
	toks := s.toks
	j := at.e
	if e, ok := first(a.look(toks, j), cModSuffix); ok {
		j += e.n
		at.mods = true
	}
	if e, ok := first(a.look(toks, j), cAdj); ok && a.lang != "en" {
		at.country = a.x.lex.Countries[e.ref].Code
		j += e.n
	}
	at.e = j
	if o, end := a.governorOf(s, at.e-1, j); o != nil {
		at.org, at.e = o, end // "gouverneur de la province de Savannakhet"
		return
	}
	if a.x.lex.Titles[at.ref].Org != "ministry" {
		return
	}
	k := skipConn(toks, j)
	if k < len(toks) && (toks[k].Fold == "for" || toks[k].Fold == "charge") {
		k = skipConn(toks, k+1)
	}
	e, ok := first(a.look(toks, k), cTopic)
	if o, end := a.enListMinistry(s, j, j, k, k+e.n, true); o != nil {
		at.org, at.e = o, end // "Minister of Land, Infrastructure, Transport and Tourism"
		return
	}
	if ok {
		o := &orgRef{kind: okMinistry, ref: e.ref, bare: true}
		end := k + e.n
		if a.lang == "fr" && j < k {
			if m := frPortfolios(toks, end); m > end {
				// "ministre de l'Agriculture, de la Souveraineté alimentaire et de l'Élevage"
				o.alt = "ministère " + a.text[toks[j].Start:toks[m-1].End]
				end = m
			}
		}
		if cc, m := a.orgCountry(toks, end); cc != "" {
			o.country, o.bare, end = cc, false, m
		}
		a.setSpan(s, o, k, end)
		o.surface = "" // only the topic is written: the names come from the lexicon
		at.org = o
		at.e = end
		return
	}
	a.fusedTopic(s, at) // "Ngoại trưởng Singapore", "British Foreign Secretary"
}

// governorOf: a governor "of" a province or a city ("vice-gouverneure de
// Mukdahan", "gouverneur de la province de Savannakhet", "Governor of
// Siem Reap Province") heads its administration. last is the title's last
// token, j the token after the title.
func (a *article) governorOf(s *sentence, last, j int) (*orgRef, int) {
	toks := s.toks
	if f := toks[last].Fold; f != "gouverneur" && f != "gouverneure" && f != "governor" || j >= len(toks) {
		return nil, 0
	}
	if f := toks[j].Fold; f != "de" && f != "du" && f != "d" && f != "of" {
		return nil, 0
	}
	k := skipConn(toks, j)
	if k < len(toks) && toks[k].Fold == "province" && !toks[k].Cap {
		k = skipConn(toks, k+1) // "de la province de"
	}
	pe, ok := first(a.look(toks, k), cPlace)
	if !ok {
		return nil, 0
	}
	pl := &a.x.lex.Places[pe.ref]
	if pl.Kind != "province" && pl.Kind != "city" && pl.Kind != "capital" {
		return nil, 0
	}
	ref := slices.IndexFunc(a.x.lex.Local, func(b lexicon.LocalBody) bool { return b.Kind == "provincial-administration" })
	if ref < 0 {
		return nil, 0
	}
	end := k + pe.n
	if end < len(toks) && toks[end].Fold == "province" && toks[end].Cap {
		end++ // "Siem Reap Province"
	}
	o := &orgRef{kind: okLocal, ref: ref, place: pe.ref, country: pl.Country}
	a.setSpan(s, o, k, end)
	o.surface = "" // the place alone is written: the names come from the kind
	s.inner = append(s.inner, &atom{kind: aPlace, s: k, e: k + pe.n, ref: pe.ref, country: pl.Country})
	return o, end
}

// setSpan records where an institution is written.
func (a *article) setSpan(s *sentence, o *orgRef, i, j int) {
	o.start, o.end = s.toks[i].Start, s.toks[j-1].End
	o.surface = a.text[o.start:o.end]
	o.sent = s.idx
	o.tok = i
}

// vnName returns the end of a Vietnamese name starting at i: a family name
// and one to four more capitalised syllables, or i when there is none.
func (a *article) vnName(toks []tok, i int, ms []entry) int {
	t := &toks[i]
	if !t.Cap || t.Kind != fold.Word {
		return i
	}
	if i+1 >= len(toks) || !toks[i+1].Cap || toks[i+1].Kind != fold.Word {
		return i // no second syllable: the loop below would take none
	}
	if a.lang == "vi" {
		if !a.x.vnSurL[t.Lower] {
			return i
		}
	} else if !a.x.vnSur[t.Fold] {
		return i
	}
	j := i + 1
	for j < len(toks) && j-i < 5 {
		n := &toks[j]
		if n.Kind != fold.Word || !n.Cap || n.AllCaps && len(n.Text) > 1 || !validSyllable(n.Fold) {
			break
		}
		if a.lang == "vi" && a.stop[n.Fold] && !fold.HasDiacritics(n.Text) {
			break
		}
		if nm := a.look(toks, j); len(nm) > 0 && properEntry(nm) && nm[0].n > 1 {
			if k := j + nm[0].n; a.givenNamePlace(toks, i, j, k, nm[0]) {
				j = k // "Lê Quý Dương", "Trần Văn Thái Bình": given names, not Guiyang nor a province
				break
			}
			break // "... Việt Nam", "... Hà Nội"
		}
		j++
	}
	// a lower-case syllable hyphened on ("Kim Sung-ho", "Lee Ji-yeon") is a
	// Korean given name, not a Vietnamese one: capRun reads it whole
	if j < len(toks) && toks[j].Glued && toks[j].Kind == fold.Word && !toks[j].Cap && toks[j].Start-toks[j-1].End == 1 {
		return i
	}
	need := 1
	if a.stop[t.Fold] && a.lang != "vi" && !a.markBefore(i) {
		need = 2 // "Le Van Thanh" but not "La Chine"; "General Secretary To Lam"
	}
	if j-i-1 < need || a.viOrgStart(toks, i, j) {
		return i
	}
	// a longer place, country or institution starting here wins
	for _, e := range ms {
		if e.n >= 2 && e.n >= j-i && properEntry([]entry{e}) {
			return i
		}
	}
	return j
}

// givenNamePlace: in Vietnamese, the place name toks[j:k] right after a
// family name (and "Văn" or "Thị") that ends the capitalised run is the
// person's given name: "Hà Nội" is rarely a given name, but "Thái Bình" or
// "Quý Dương" often are, and no place follows a bare family name.
func (a *article) givenNamePlace(toks []tok, i, j, k int, e entry) bool {
	if a.lang != "vi" || e.cat != cPlace || k-i > 4 {
		return false
	}
	if pe, ok := first(a.look(toks, i), cPlace); ok && pe.n >= 2 {
		return false // "Hạm đội Thái Bình Dương": Thái Bình starts here, a place too
	}
	if j != i+1 && (j != i+2 || toks[i+1].Lower != "văn" && toks[i+1].Lower != "thị") {
		return false
	}
	if k < len(toks) && toks[k].Kind == fold.Word && toks[k].Cap {
		return false
	}
	for m := j; m < k; m++ {
		if toks[m].Kind != fold.Word || !validSyllable(toks[m].Fold) || !fold.HasDiacritics(toks[m].Text) && m == j {
			return false
		}
	}
	return a.x.lex.Places[e.ref].Kind != "venue"
}

// validSyllable reports whether a folded word can be one Vietnamese syllable:
// an onset, one to three vowels, a final. (Asked at every capitalised word:
// byte tests, no list of onsets to walk.)
func validSyllable(w string) bool {
	if w == "" || len(w) > 7 {
		return false
	}
	i := onsetLen(w)
	v := i
	for i < len(w) && isVowel(w[i]) {
		i++
	}
	if i == v && !strings.HasPrefix(w, "gi") {
		return false
	}
	if i-v > 3 {
		return false
	}
	switch w[i:] {
	case "", "c", "ch", "m", "n", "ng", "nh", "p", "t":
		return true
	}
	return false
}

// onsetLen is the length of the longest Vietnamese onset w starts with
// (ngh, ng, nh, ch, gh, gi, kh, ph, qu, th, tr or one consonant), 0 if none.
func onsetLen(w string) int {
	second := byte(0)
	if len(w) > 1 {
		second = w[1]
	}
	switch w[0] {
	case 'n':
		if strings.HasPrefix(w, "ngh") {
			return 3
		}
		if second == 'g' || second == 'h' {
			return 2
		}
		return 1
	case 'g':
		if second == 'h' || second == 'i' {
			return 2
		}
		return 1
	case 'c', 'k', 'p':
		if second == 'h' {
			return 2
		}
		return 1
	case 't':
		if second == 'h' || second == 'r' {
			return 2
		}
		return 1
	case 'q':
		if second == 'u' {
			return 2
		}
		return 0
	case 'b', 'd', 'h', 'l', 'm', 'r', 's', 'v', 'x':
		return 1
	}
	return 0
}

// nameContext reports whether capitalised words are a person's name by
// their context: after a title, an honorific or "son homologue", or before
// an apposition ", TITLE".
func (a *article) nameContext(s *sentence, at *atom) bool {
	toks := s.toks
	// an institution's head word never starts a name ("Bộ An ninh")
	for _, e := range a.look(toks, at.s) {
		switch e.cat {
		case cMinHead, cGeneric, cLocal, cOrgan, cNational, cEmbassy, cJointHead, cTopic:
			return false
		}
	}
	words := 0
	for k := at.s; k < at.e; k++ {
		if (!s.toks[k].Glued || k == at.s) && !((particles[s.toks[k].Text] || s.toks[k].Text == "de") && !s.toks[k].Cap) && s.toks[k].Text != "." {
			words++
		}
	}
	if words > 6 || words > 4 && !(len(s.atoms) > 0 && s.atoms[len(s.atoms)-1].kind == aHonor) {
		return false
	}
	// left: the atoms just before, linked by commas or nothing
	pos := at.s
	for k := len(s.atoms) - 1; k >= 0; k-- {
		p := s.atoms[k]
		gap := toks[p.e:pos]
		ok := true
		for _, g := range gap {
			if !(g.Text == "," || g.Text == ":" || g.Text == "(" || g.Text == ")") {
				ok = false
			}
		}
		if !ok || len(gap) > 2 {
			break
		}
		switch p.kind {
		case aTitle, aHonor, aRank, aHomologue:
			return true
		case aOrg, aAdj, aCountry, aPlace:
			if a.chainHasTitle(s, k) {
				return true
			}
		case aCapRun:
			if a.titleTopic(s, k) {
				return true // "le ministre indonésien de la Coordination, X"
			}
		}
		break
	}
	// right: ", TITLE"
	j := at.e
	if j < len(toks) && toks[j].Text == "," {
		j++
		j = skipAppositionLead(toks, j)
		// English puts the country first: ", U.S. Ambassador", ", Singapore's Minister"
		if a.lang == "en" {
			if e, ok := first(a.look(toks, j), cAdj); ok {
				j += e.n
			} else if e, ok := first(a.look(toks, j), cCountry); ok {
				j += e.n
				if j < len(toks) && (toks[j].Text == "'" || toks[j].Text == "’") {
					j++
				}
				if j < len(toks) && toks[j].Fold == "s" && toks[j].Glued {
					j++
				}
			}
		}
		if e, ok := first(a.look(toks, j), cTitle); ok && e.n > 0 {
			return true
		}
		if e, ok := first(a.look(toks, j), cModPrefix); ok {
			if _, ok := first(a.look(toks, j+e.n), cTitle); ok {
				return true
			}
		}
	}
	return false
}

// chainHasTitle: the atom k belongs to a run of atoms, linked by linking
// words, that contains a title.
func (a *article) chainHasTitle(s *sentence, k int) bool {
	for ; k >= 0; k-- {
		p := s.atoms[k]
		if p.kind == aTitle || p.kind == aHomologue || p.kind == aHonor || p.kind == aRank {
			return true
		}
		if p.kind != aOrg && p.kind != aAdj && p.kind != aCountry && p.kind != aPlace {
			return false
		}
		if k == 0 {
			return false
		}
		prev := s.atoms[k-1]
		fillers := 0
		for _, g := range s.toks[prev.e:p.s] {
			// "conseiller de coopération et d'action culturelle de l'ambassade"
			if !isLink(g) && !(p.kind == aOrg && prev.kind == aTitle && g.Kind == fold.Word && !g.Cap && !recipientWords[g.Fold] && fillers < 4) {
				return false
			}
			if !isLink(g) {
				fillers++
			}
		}
	}
	return false
}

// titleIndex returns the index of a title by key, -1 if none.
func (x *Extractor) titleIndex(key string) int {
	for i, t := range x.lex.Titles {
		if t.Key == key {
			return i
		}
	}
	return -1
}

// khmerShape: two or three capitalised words starting with a Khmer family
// name ("Prak Sokhonn", "Men Sam An") are a name even without a title.
func (a *article) khmerShape(ts []tok) bool {
	if len(ts) < 2 || len(ts) > 3 || !a.x.khSur[ts[0].Fold] {
		return false
	}
	for _, t := range ts {
		if t.Kind != fold.Word || !t.Cap || t.AllCaps || a.stop[t.Fold] {
			return false
		}
	}
	return true
}

// afterPersonMark: a rank, honorific or title ends right before token i.
func afterPersonMark(s *sentence, i int) bool {
	n := len(s.atoms)
	if n == 0 {
		return false
	}
	p := s.atoms[n-1]
	return p.e == i && (p.kind == aRank || p.kind == aHonor || p.kind == aTitle && p.org == nil)
}

// markEndsAt: a title, rank or honorific ends right before token i.
func markEndsAt(s *sentence, i int) bool {
	n := len(s.atoms)
	if n == 0 {
		return false
	}
	p := s.atoms[n-1]
	return p.e == i && (p.kind == aRank || p.kind == aHonor || p.kind == aTitle)
}

// particles of names in many languages (Portuguese, Spanish, Dutch,
// German, Italian, Malay, Arabic); lower-case inside a name
var particles = map[string]bool{"da": true, "das": true, "dos": true, "van": true, "von": true, "der": true, "den": true,
	"del": true, "della": true, "di": true, "bin": true, "binti": true, "ibn": true, "al": true, "ter": true, "y": true}

// nameParticles returns how many particle words (at most two) start at j.
func nameParticles(toks []tok, j int) int {
	n := 0
	for n < 2 && j+n < len(toks) && toks[j+n].Kind == fold.Word && !toks[j+n].Cap && particles[toks[j+n].Text] {
		n++
	}
	return n
}

// verbs whose subject is a person speaking (closed lists per language;
// French past participles folded, Vietnamese two-syllable verbs)
var sayVerbs = map[string]map[string]bool{
	"en": {"said": true, "says": true, "stressed": true, "affirmed": true, "noted": true, "emphasised": true, "emphasized": true,
		"highlighted": true, "expressed": true, "thanked": true, "welcomed": true, "congratulated": true, "proposed": true,
		"suggested": true, "praised": true, "hailed": true, "asserted": true, "told": true, "added": true, "pledged": true},
	"fr": {"declare": true, "souligne": true, "affirme": true, "salue": true, "remercie": true, "propose": true,
		"estime": true, "indique": true, "exprime": true, "felicite": true, "souhaite": true},
	"vi": {"cho biết": true, "khẳng định": true, "nhấn mạnh": true, "đề nghị": true, "cảm ơn": true, "bày tỏ": true,
		"chúc mừng": true, "đánh giá": true, "cho rằng": true, "hoan nghênh": true},
}

// subjectOfSaying: two or three capitalised words no list knows, followed
// by a verb of saying or meeting, or right after a verb of meeting, are a person ("Chatchai Siriwattana said",
// "Phoxay Keomany a souligné", "Phoxay Keomany khẳng định").
func (a *article) subjectOfSaying(s *sentence, i, j int) bool {
	toks := s.toks
	if j-i < 2 || j-i > 3 {
		return false
	}
	if complementAt(toks, i) {
		return false // "le vice-président de la Lok Sabha a estimé": a body's
	}
	for k := i; k < j; k++ {
		t := &toks[k]
		if t.Kind != fold.Word || t.AllCaps || !t.Cap || a.stop[t.Fold] {
			return false
		}
		for _, e := range a.look(toks, k) {
			switch e.cat {
			case cGeneric, cMinHead, cTopic, cLocal, cOrgan, cNational, cJointHead, cEmbassy, cAgree, cEvent:
				return false // a body, a document or an event named in capitals
			}
		}
	}
	// "received Khamla Vongsavath", "a rencontré Khamla Vongsavath"
	if n := len(s.atoms); n > 0 && s.atoms[n-1].kind == aEvent && s.atoms[n-1].ref >= 0 {
		// one meets people; one visits places
		if k := a.x.lex.Events[s.atoms[n-1].ref].Kind; k == "visit" || k == "conference" {
			return false
		}
		e := s.atoms[n-1].e
		if e == i || e == i-1 && (toks[e].Fold == "with" || toks[e].Fold == "avec" || toks[e].Lower == "với") {
			return true
		}
	}
	if j >= len(toks) {
		return false
	}
	v := &toks[j]
	switch a.lang {
	case "en":
		if sayVerbs["en"][v.Fold] {
			return true
		}
	case "fr":
		// "a souligné", "a déclaré", "s'est félicité"
		k := j
		for k < len(toks) && k < j+3 && (toks[k].Fold == "a" || toks[k].Fold == "s" || toks[k].Fold == "est" || toks[k].Text == "'" || toks[k].Text == "’") {
			k++
		}
		if k > j && k < len(toks) && sayVerbs["fr"][toks[k].Fold] {
			return true
		}
	case "vi":
		if j+1 < len(toks) && sayVerbs["vi"][v.Lower+" "+toks[j+1].Lower] {
			return true
		}
	}
	// "Phoxay Keomany held talks with", "Phoxay Keomany a reçu"
	_, ok := first(a.look(toks, j), cEvent)
	return ok
}

// markBefore: a title, rank or honorific of the sentence being scanned
// ends right before token i.
func (a *article) markBefore(i int) bool {
	return a.scanning != nil && markEndsAt(a.scanning, i)
}

// leaderAfterAdj: "the Mongolian leader", "le dirigeant lao": a leader word
// with a demonym (English before, French after), not part of an event
// phrase ("official visit").
func (a *article) leaderAfterAdj(s *sentence, i int, ms []entry) bool {
	if _, ok := first(ms, cEvent); ok {
		return false
	}
	if n := len(s.atoms); n > 0 && s.atoms[n-1].kind == aAdj && s.atoms[n-1].e == i {
		return true
	}
	_, ok := first(a.look(s.toks, i+1), cAdj)
	return ok && a.lang == "fr"
}

// complementAt: the words before token i make what starts there the
// complement of a noun ("de la X", "du X", "of X", "của X"): a body or a
// place, not the one who speaks.
func complementAt(toks []tok, i int) bool {
	if i == 0 {
		return false
	}
	switch p := toks[i-1]; p.Fold {
	case "de", "du", "des", "d", "of":
		return true
	case "cua":
		return p.Lower == "của"
	case "la", "l", "the":
		return i >= 2 && (toks[i-2].Fold == "de" || toks[i-2].Fold == "of")
	}
	return false
}

package extract

import (
	"slices"
	"strings"

	"github.com/dyadgraph/dyad/extract/fold"
	"github.com/dyadgraph/dyad/extract/lexicon"
)

// Bodies no list knows, by the concept of their head word (the lexicon's
// "bodies" section): a hospital, a university, a company, a police force.
// The concept lets such a body be
//   - named after a head in lower case: "la société nationale algérienne Sonatrach";
//   - referred to by its head alone: "le PDG du groupe", "Giám đốc bệnh viện";
//   - given one id in the three languages: "Bệnh viện Đại học Motol" and
//     "Motol University Hospital" are org:hospital:motol, whether or not
//     the article says the country.

// bodyWords are the head words and common words of the lexicon's bodies,
// in the forms the rules look them up by.
type bodyWords struct {
	// first word of a head (its form, see wordsOf) -> the heads starting with it
	lowHeads map[string][]lowHead
	// the first words of lowHeads: mayStartLowerBody asks about every
	// word in lower case, and most are none of them
	lowFirst quickSet
	// folded words translated from one language to another ("royal",
	// "trung", "uong"): no part of a proper name
	common map[string]bool
	// first word of a common phrase (its form, see wordsOf) -> its next
	// words ("trung" -> "ương"); "" when the phrase is one word
	commonNext map[string][]string
}

type lowHead struct {
	lang    string
	words   []string // see wordsOf
	concept int      // 1-based
}

func newBodyWords(l *lexicon.Lexicon) bodyWords {
	b := bodyWords{lowHeads: map[string][]lowHead{}, common: map[string]bool{}, commonNext: map[string][]string{}}
	for i, h := range l.Bodies.Heads {
		for _, p := range h.Names.All() {
			ws := wordsOf(p)
			if len(ws) == 0 {
				continue
			}
			b.lowHeads[ws[0]] = append(b.lowHeads[ws[0]], lowHead{lang: p.Lang, words: ws, concept: i + 1})
			b.lowFirst.add(ws[0])
		}
	}
	for _, p := range l.Bodies.Common.All() {
		for _, w := range fold.Words(p.Phrase) {
			b.common[w] = true
		}
		ws := wordsOf(p)
		if len(ws) > 0 {
			next := ""
			if len(ws) > 1 {
				next = ws[1]
			}
			b.commonNext[ws[0]] = append(b.commonNext[ws[0]], next)
		}
	}
	return b
}

// wordsOf gives the words of a phrase in the form tokens of its language
// are compared by: lower case with accents in Vietnamese (tok.Lower),
// folded in other languages (tok.Fold).
func wordsOf(p lexicon.LangPhrase) []string {
	if p.Lang == "vi" {
		return strings.Fields(fold.Lower(p.Phrase))
	}
	return fold.Words(p.Phrase)
}

// form is the form of a token the words of bodyWords are in.
func (a *article) form(t tok) string {
	if a.lang == "vi" {
		return t.Lower
	}
	return t.Fold
}

// commonAt returns the number of tokens of a common phrase of names at k
// ("Trung ương", "Royal"), 0 when there is none.
func (a *article) commonAt(toks []tok, k int) int {
	nexts, ok := a.x.bodies.commonNext[a.form(toks[k])]
	if !ok {
		return 0
	}
	n := 0
	for _, nx := range nexts {
		switch {
		case nx == "":
			n = max(n, 1)
		case k+1 < len(toks) && a.form(toks[k+1]) == nx:
			n = 2
		}
	}
	return n
}

// setConcept records the concept of the head of a body no list knows
// (entry ref of its cGeneric head) and the key of its proper name, the
// words of [i, j).
func (a *article) setConcept(o *orgRef, concept int, toks []tok, i, j int) {
	if concept <= 0 {
		return
	}
	o.concept = concept
	o.ckey = a.conceptKey(toks, i, j)
}

// conceptKey is the key of the proper name of a body written [i, j): its
// capitalised words but the heads, countries, demonyms and common words,
// sorted so the order of each language does not count. It is "" when no
// such word is left, or when the name has a field ("Tourism Agency",
// "Régie des eaux", "Tập đoàn Công nghiệp"): the name is then a
// description, read in its own language.
func (a *article) conceptKey(toks []tok, i, j int) string {
	var ws []string
	for k := i; k < j; k++ {
		t := toks[k]
		if t.Kind != fold.Word || a.stop[t.Fold] || isConnector(t.Fold) || genericStop[t.Fold] {
			continue
		}
		if !t.Cap {
			if a.x.bodies.common[t.Fold] || a.lang == "vi" && t.Lower == "và" {
				continue
			}
			return "" // a field in lower case
		}
		ms := a.look(toks, k)
		if e, ok := first(ms, cGeneric); ok {
			k += e.n - 1
			continue
		}
		if e, ok := first(ms, cCountry); ok {
			k += e.n - 1
			continue
		}
		if e, ok := first(ms, cAdj); ok {
			k += e.n - 1
			continue
		}
		if n := a.commonAt(toks, k); n > 0 {
			k += n - 1
			continue
		}
		if a.x.bodies.common[t.Fold] {
			continue
		}
		if a.lang == "en" && enFieldWord(a, t.Fold) {
			return "" // "Cooperation Agency"
		}
		// "Công nghiệp": a capitalised field word, its next syllable in lower case
		if a.lang == "vi" && k+1 < j && toks[k+1].Kind == fold.Word && !toks[k+1].Cap {
			return ""
		}
		ws = append(ws, t.Fold)
	}
	if len(ws) == 0 {
		return ""
	}
	slices.Sort(ws)
	return strings.Join(slices.Compact(ws), "-")
}

// conceptID is the id of a body of a known concept with a proper name,
// the same whatever the language: org:<concept>:<name words>. The country
// is left out: the proper name identifies the body, and an article that
// does not say the country must give the same id as one that does.
//
// A short name in parentheses that is a word, not an abbreviation
// ("Tập đoàn Công nghiệp - Viễn thông Quân đội (Kalorix)"), is the brand
// every language writes the same way: it is the key, even when the full
// name is a description.
func (a *article) conceptID(o *orgRef) string {
	if o.concept <= 0 {
		return ""
	}
	key := o.ckey
	if o.abbr != "" && !isAllCaps(o.abbr) {
		key = fold.Key(o.abbr)
	}
	if key == "" {
		return ""
	}
	return "org:" + a.x.lex.Bodies.Heads[o.concept-1].Key + ":" + key
}

// isAllCaps reports whether w has no lower-case letter ("PVEP", "VCCI").
func isAllCaps(w string) bool {
	return strings.ToUpper(w) == w
}

// lowHeadAt returns the concept and end of a head written in lower case at
// i ("société", "bệnh viện"), or 0.
func (a *article) lowHeadAt(toks []tok, i int) (int, int) {
	hs, ok := a.x.bodies.lowHeads[a.form(toks[i])]
	if !ok {
		return 0, i
	}
	c, j := 0, i
	for _, h := range hs {
		if h.lang != "" && h.lang != a.lang || i+len(h.words) <= j || i+len(h.words) > len(toks) {
			continue
		}
		ok := true
		for n, w := range h.words[1:] {
			if a.form(toks[i+1+n]) != w {
				ok = false
				break
			}
		}
		if ok {
			c, j = h.concept, i+len(h.words)
		}
	}
	return c, j
}

// mayStartLowerBody is mayStartOrg's test for lowerHeadBody: a head in
// lower case ("société", "bệnh viện"), or English "its".
func (a *article) mayStartLowerBody(t *tok) bool {
	if a.lang == "en" && t.Fold == "its" {
		return true
	}
	w := a.form(*t)
	if !a.x.bodies.lowFirst.mayHave(w) {
		return false
	}
	_, ok := a.x.bodies.lowHeads[w]
	return ok
}

// quickSet tells at once that a word is not in a small set of words, most
// of the time: one bit per first byte and length of its words. A word it
// may hold is looked up in the set's map.
type quickSet [256]uint64

func (q *quickSet) add(w string) {
	if w != "" {
		q[w[0]] |= 1 << min(len(w), 63)
	}
}

// mayHave is false when no word added has w's first byte and length.
func (q *quickSet) mayHave(w string) bool {
	return w != "" && q[w[0]]&(1<<min(len(w), 63)) != 0
}

// lowerHeadBody reads a body from a head in lower case at i: the proper
// name after it ("la société nationale algérienne Sonatrach", "the state
// oil company Petrolia"), else the body of that concept the text named
// last ("le PDG du groupe", "Giám đốc bệnh viện"). English "its" before a
// title is the body named last, too ("its Vice-Chancellor Jane Roe").
func (a *article) lowerHeadBody(s *sentence, i int) (*orgRef, int) {
	toks := s.toks
	t := toks[i]
	if t.Cap || t.Kind != fold.Word {
		return nil, i
	}
	if a.lang == "en" && t.Fold == "its" {
		if _, ok := first(a.look(toks, i+1), cTitle); ok && toks[i+1].Cap {
			if prev := a.lastConcept(0, s.idx); prev != nil {
				o := *prev
				o.anaphora = prev
				a.setSpan(s, &o, i, i+1)
				o.surface = ""
				return &o, i + 1
			}
		}
		return nil, i
	}
	c, j := a.lowHeadAt(toks, i)
	if c == 0 {
		return nil, i
	}
	// the adjectives after the head: "société nationale algérienne"
	k, cc := j, ""
	for n := 0; n < 3 && k < len(toks) && toks[k].Kind == fold.Word && !toks[k].Cap; n++ {
		if e, ok := first(a.look(toks, k), cAdj); ok {
			cc, k = a.x.lex.Countries[e.ref].Code, k+e.n
			continue
		}
		if a.lang == "fr" && frAdjective(a, toks[k].Fold) {
			k++
			continue
		}
		break
	}
	if m := a.headProperName(toks, k); m > k {
		o := &orgRef{kind: okGeneric, ref: -1, country: cc, bare: cc == ""}
		o.slug = fold.Key(a.text[toks[k].Start:toks[m-1].End])
		a.setConcept(o, c, toks, k, m)
		a.setSpan(s, o, k, m)
		if m == k+1 {
			if _, ok := a.abbrs[toks[k].Text]; !ok {
				a.abbrs[toks[k].Text] = o // "Sonatrach" again: the same body
			}
		}
		return o, m
	}
	if k > j || j < len(toks) && toks[j].Kind == fold.Word && toks[j].Cap {
		return nil, i // "le groupe Asie": another body, not named in full
	}
	if prev := a.lastConcept(c, s.idx); prev != nil {
		o := *prev
		o.anaphora = prev
		a.setSpan(s, &o, i, j)
		o.surface = "" // "groupe": no name of it
		return &o, j
	}
	return nil, i
}

// headProperName returns the end of the proper name of a body right after
// its head and adjectives: one to three capitalised words no list knows,
// not a person's name. k when there is none.
func (a *article) headProperName(toks []tok, k int) int {
	m := k
	for m < len(toks) && m-k < 3 && toks[m].Kind == fold.Word && toks[m].Cap && !a.stop[toks[m].Fold] && len(a.look(toks, m)) == 0 {
		m++
	}
	if m == k || a.knownNameAt(toks, k) || a.vnName(toks, k, nil) > k {
		return k
	}
	if m < len(toks) && toks[m].Kind == fold.Word && toks[m].Cap {
		return k // more capitals: a title, a name
	}
	return m
}

// frAdjective: a French word after a head that qualifies it ("autonome",
// "nationale", "pétrolier").
func frAdjective(a *article, w string) bool {
	if a.x.bodies.common[w] {
		return true
	}
	for _, suf := range []string{"ique", "aire", "ale", "al", "aux", "ienne", "ien", "aise", "ais"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// lastConcept returns the body no list knows of concept c (any when c is
// 0) the text named last, within the last sentences before sent.
func (a *article) lastConcept(c, sent int) *orgRef {
	for k := len(a.orgs) - 1; k >= 0 && k >= len(a.orgs)-50; k-- {
		o := a.orgs[k]
		if sent-o.sent > 6 {
			break
		}
		if o.anaphora == nil && o.concept > 0 && (c == 0 || o.concept == c) && o.kind == okGeneric {
			return o
		}
	}
	return nil
}

// viBodyName returns the end of the proper name after the head of a body
// of a known concept in Vietnamese ("Bệnh viện Bạch Mai", "Bệnh viện Đại
// học Motol", "Bệnh viện Nhi Trung ương"): capitalised words, other heads
// and common words of names; j when there is none. A family name there
// starts the body's name, not a person's.
func (a *article) viBodyName(toks []tok, j int) int {
	k := j
	for k < len(toks) && k-j < 6 {
		t := toks[k]
		if t.Kind != fold.Word || !t.Cap || t.AllCaps {
			break
		}
		ms := a.look(toks, k)
		if e, ok := first(ms, cGeneric); ok {
			k += e.n
			continue
		}
		if n := a.commonAt(toks, k); n > 0 {
			k += n
			continue
		}
		if properEntry(ms) {
			break // a country, a place, a title
		}
		// "Chủ tịch Tập đoàn Kalorix Nguyễn Văn Tâm": a full name after the
		// body's name is the title holder's
		if k > j && a.vnName(toks, k, ms) >= k+3 {
			break
		}
		k++
		if k < len(toks) && toks[k].Kind == fold.Word && !toks[k].Cap {
			if n := toks[k]; k == j+1 && !viVerbAt(toks, k) && !genericStop[n.Fold] && n.Lower != "và" {
				return j // "Công nghiệp": a field, read by parseGeneric
			}
			break
		}
	}
	return k
}

// frHeadAdjectives skips the adjectives after the head of a French body of
// a known concept ("Régie autonome des eaux", "Groupe national de
// l'industrie"); demonyms are read after.
func (a *article) frHeadAdjectives(toks []tok, k int) int {
	for n := 0; n < 2 && k < len(toks) && toks[k].Kind == fold.Word && !toks[k].Cap && frAdjective(a, toks[k].Fold); n++ {
		if _, ok := first(a.look(toks, k), cAdj); ok {
			break
		}
		k++
	}
	return k
}

// enConceptTail extends an English body of a known concept (head ref,
// ending at h; its name read up to end) by a second head ("Motol University
// Hospital": the last head gives the concept) or by "of" and the place it
// belongs to ("Victoria University of Wellington"). It returns the end and
// the concept.
func (a *article) enConceptTail(toks []tok, ref, h, end int) (int, int) {
	if ref <= 0 || end != h || end >= len(toks) {
		return end, ref
	}
	if e, ok := first(a.look(toks, end), cGeneric); ok && e.ref > 0 {
		return end + e.n, e.ref
	}
	if toks[end].Fold == "of" && !toks[end].Cap && end+1 < len(toks) && toks[end+1].Cap && toks[end+1].Kind == fold.Word {
		m := end + 1
		if pe, ok := first(a.look(toks, m), cPlace); ok {
			return m + pe.n, ref
		}
		if len(a.look(toks, m)) == 0 && !a.stop[toks[m].Fold] && !(m+1 < len(toks) && toks[m+1].Cap && toks[m+1].Kind == fold.Word) {
			return m + 1, ref // "University of Otago"
		}
	}
	return end, ref
}

// enFieldWord: a capitalised English word of a body's field, not of its
// proper name: a portfolio's word ("Tourism") or a noun by its ending
// ("Friendship", "Cooperation", "Parliamentarians").
func enFieldWord(a *article, w string) bool {
	if a.x.topicWord[w] {
		return true
	}
	for _, suf := range []string{"ship", "ians", "tion", "ment", "ity", "ance", "ence", "ism", "ing", "ers", "ary", "ics"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// viNameToShort extends a Vietnamese body's name read up to k to the short
// name in parentheses that closes it a few words on: "Tập đoàn Công nghiệp
// - Viễn thông Quân đội (Kalorix)" is one name, each field capitalised, and
// the short name says where it ends.
func (a *article) viNameToShort(toks []tok, k int) int {
	for m := k; m < len(toks) && m < k+6; m++ {
		t := toks[m]
		if t.Text == "(" {
			if m > k && m+2 < len(toks) && toks[m+2].Text == ")" && a.shortName(toks, m+1) {
				return m
			}
			return k
		}
		if t.Kind != fold.Word && t.Text != "-" {
			return k
		}
		// "Cơ quan Tiền tệ Singapore (MAS)": the country is read after the name
		if _, ok := first(a.look(toks, m), cCountry); ok {
			return k
		}
		// (a place of one syllable may be a field's: "Viễn" folds as Vienna's "Viên")
		if e, ok := first(a.look(toks, m), cPlace); ok && e.n >= 2 {
			return k
		}
	}
	return k
}

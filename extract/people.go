package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dyadgraph/dyad/extract/fold"
	"github.com/dyadgraph/dyad/extract/lexicon"
)

// person is one person of the article, with every mention merged.
type person struct {
	key       string   // fold.Key of the name: the identity within and across articles
	toks      []string // folded tokens of the name
	name      string
	aliases   []string
	country   string
	cprio     int // how the country is known: lower is surer
	positions []*position
	assistant *person // "assistant de X": serves X's country
	vnShape   bool
	mnShape   bool // an initial glued to the name: the Mongolian way
	myHonor   bool // named with a Malaysian honorific ("Datuk Seri", "Tan Sri")
	first     int  // first sentence
	subject   []int
	deleg     bool
	evidence  string
	counterOf string // the country of this person's counterpart ("his Vietnamese counterpart"): not this person's
	id        string // set when the facts are assembled
}

// position is a title a person holds in an institution (or a country).
type position struct {
	org   *orgRef
	state string // the title is of the state: the position is in the country itself
	title string
	sent  int
	tkey  string
	prio  int
}

const (
	prioOwn    = 1 // a demonym with the person's own title, "son homologue cambodgien"
	prioOrg    = 2 // the country of the institution of a title
	prioOther  = 3 // the country of the person one assists
	prioPlace  = 3 // the country of a place in a title ("Tỉnh trưởng tỉnh Takeo"): weaker than a body's
	prioShape  = 4 // the shape of the name
	prioNone   = 9
	maxNameLen = 6
)

func (p *person) setCountry(cc string, prio int) {
	if cc == "" {
		return
	}
	if p.country == "" || prio < p.cprio {
		p.country, p.cprio = cc, prio
	}
}

// addName makes a person of the tokens [i, j) of s.
func (a *article) addName(s *sentence, i, j int) *person {
	toks := s.toks
	raw := a.text[toks[i].Start:toks[j-1].End]
	key := nameKey(raw)
	p := a.pkeys[key]
	if p == nil && j-i <= 2 {
		p = a.bySuffix(key, j-i) // "General Giang" after "Phan Van Giang"
	}
	if p == nil && j-i <= 2 {
		p = a.byFamilyName(key) // "ông Horváth-Bodó" after "Tamás Horváth-Bodó"
	}
	if p == nil && j-i == 2 {
		p = a.byGivenNames(key) // "Ahmad Faizal said" after "Ahmad Faizal Rahmat"
	}
	if p == nil {
		p = &person{key: key, name: raw, first: s.idx, cprio: prioNone, evidence: s.textOf(a.text)}
		p.toks = a.foldsOf(toks[i:j])
		p.vnShape = a.isVietnameseName(toks[i:j])
		p.mnShape = j-i == 3 && mongolInitial(toks, i) // "D.Solongo", "Ts.Batbold"
		a.persons = append(a.persons, p)
		a.pkeys[key] = p
		if len(p.toks) > 0 {
			last := p.toks[len(p.toks)-1]
			a.byLast[last] = append(a.byLast[last], p)
		}
	} else if fold.HasDiacritics(raw) && !fold.HasDiacritics(p.name) {
		p.aliases = append(p.aliases, p.name)
		p.name = raw // prefer the spelling with accents
	} else if raw != p.name {
		p.aliases = append(p.aliases, raw)
	}
	at := a.newAtom(atom{kind: aName, s: i, e: j, person: p})
	// the honorific form is another name ("Samdech Techo Hun Sèn")
	k, pos := len(s.atoms), i
	for k > 0 && s.atoms[k-1].kind == aHonor && s.atoms[k-1].e == pos {
		k--
		pos = s.atoms[k].s
	}
	if k < len(s.atoms) {
		p.aliases = append(p.aliases, a.text[toks[s.atoms[k].s].Start:toks[j-1].End])
	}
	for _, h := range s.atoms[k:] {
		if malayHonorifics[fold.Fold(a.text[toks[h.s].Start:toks[h.e-1].End])] {
			p.myHonor = true
		}
	}
	s.atoms = append(s.atoms, at)
	return p
}

// malayHonorifics are conferred in Malaysia: who bears one is Malaysian,
// whatever the shape of the name ("Datuk Lim Wei Jian" is no Khmer).
var malayHonorifics = map[string]bool{"datuk": true, "datuk seri": true, "dato": true, "dato'": true, "dato' sri": true,
	"dato sri": true, "tan sri": true, "datin": true, "datin seri": true, "puan sri": true, "tun": true}

func (a *article) isVietnameseName(ts []tok) bool {
	if len(ts) < 2 || len(ts) > 5 {
		return false
	}
	if !a.x.vnSur[ts[0].Fold] {
		return false
	}
	for _, t := range ts {
		if t.Kind != fold.Word || !validSyllable(t.Fold) {
			return false
		}
		if t.Glued && !t.Cap {
			return false // "Kim Tae-hoon": a Korean given name
		}
	}
	return true
}

// promoteKnownNames turns capitalised words that repeat a known name, or
// its last syllables ("Hung" for Nguyen Quoc Hung), into mentions of that person.
func (a *article) promoteKnownNames() {
	for _, s := range a.sents {
		for _, at := range s.atoms {
			if at.kind != aCapRun {
				continue
			}
			raw := a.text[s.toks[at.s].Start:s.toks[at.e-1].End]
			key := nameKey(raw)
			if p := a.pkeys[key]; p != nil {
				at.kind, at.person = aName, p
				continue
			}
			// the run may start with the known name: "Leng Peng Long S..."
			for _, p := range a.persons {
				if strings.HasPrefix(key+"-", p.key+"-") && len(p.toks) >= 2 {
					at.kind, at.person = aName, p
					at.e = at.s + len(p.toks)
					break
				}
			}
			if at.kind == aName {
				continue
			}
			if n := at.e - at.s; n <= 2 {
				if p := a.bySuffix(key, n); p != nil {
					at.kind, at.person = aName, p
				}
			}
			if at.kind == aCapRun && at.e-at.s == 1 && !s.toks[at.s].AllCaps {
				if p := a.byOneWord(key); p != nil {
					at.kind, at.person = aName, p
				}
			}
		}
	}
}

// link tokens: what may stand between the pieces of a title and a name
func isLink(t tok) bool {
	if t.Kind == fold.Punct {
		switch t.Text {
		case ",", "(", ")", "-", "–", "—", "'", "’":
			return true
		}
		return false
	}
	if t.Cap && !(t.Fold == "of" || t.Fold == "the") {
		return false
	}
	switch t.Fold {
	case "et", "and", "of", "the", "for", "on":
		return true
	case "s":
		return t.Glued // "Russia's"
	}
	switch t.Lower {
	case "và", "của", "tại", "kiêm", "tỉnh", "thành", "phố":
		return true
	}
	switch t.Fold {
	case "province", "to", "in", "en", "au", "aux":
		return true
	}
	return isConnector(t.Fold)
}

func chainKind(k akind) bool {
	switch k {
	case aTitle, aOrg, aAdj, aCountry, aPlace, aHonor, aRank:
		return true
	}
	return false
}

// leftChain returns the atoms of the titles written before the name at
// atom index k: "le vice-ministre vietnamien des Finances", "Tổng Thư ký
// Quốc hội, Chủ nhiệm Văn phòng Quốc hội". The slice is good until the
// next call.
func (a *article) leftChain(s *sentence, k int) []*atom {
	pos := s.atoms[k].s
	out := a.chainL[:0]
	fillers := 0
	for m := k - 1; m >= 0; m-- {
		p := s.atoms[m]
		if p.kind == aCapRun && p.e <= pos && a.titleTopic(s, m) && (onlyLinks(s.toks[p.e:pos]) || len(out) == 0 && linksOrLower(s.toks[p.e:pos], 2)) {
			pos = p.s // "Tổng Tham mưu trưởng Lục quân Ấn Độ": a body no list knows
			continue
		}
		if (p.kind == aCapRun || p.kind == aOrg) && p.s > 0 && p.e < len(s.toks) && s.toks[p.s-1].Text == "(" && s.toks[p.e].Text == ")" && p.e-p.s <= 2 {
			continue // "(Nord)", "(Parliament)": a gloss, read over with the gap
		}
		if p.e > pos || !chainKind(p.kind) {
			break
		}
		if p.kind == aTitle && len(out) > 0 && (out[len(out)-1].kind == aRank || out[len(out)-1].kind == aHonor) &&
			hasComma(s.toks[p.e:pos]) && m > 0 && s.atoms[m-1].kind == aName && hasComma(s.toks[s.atoms[m-1].e:p.s]) {
			break // "Mme X, vice-gouverneure de B, le colonel Y": the title is X's
		}
		if commaAnd(s.toks[p.e:pos]) && nameBefore(s, m) {
			break // "X, Secretary of State at the Ministry, and Japanese Ambassador Y": the titles before are X's
		}
		ok := true
		for _, g := range withoutGloss(s.toks[p.e:pos]) {
			if (g.Fold == "-" || g.Text == ")") && p.kind != aTitle {
				ok = false // "Vientiane (VNA) - Lao President": the dateline is not a title
				break
			}
			if isLink(g) || g.Kind == fold.Word && !g.Cap && personNouns[g.Fold] {
				continue // "secrétaire générale adjointe du SEAE, la diplomate suédoise X"
			}
			// "ministre de haut rang chargé des travaux frontaliers, président",
			// "conseiller de coopération et d'action culturelle de l'ambassade de France"
			if g.Kind == fold.Word && !g.Cap && fillers < 4 && (hasTitle(out) || p.kind == aTitle && len(out) > 0 && out[0].kind == aOrg) && !recipientWords[g.Fold] {
				fillers++
				continue
			}
			ok = false
			break
		}
		if !ok {
			break
		}
		out = append(out, p) // right to left: reversed below
		pos = p.s
	}
	a.chainL = out[:0] // the room, for the next call
	slices.Reverse(out)
	// a chain starts with a title (or an honorific); English puts the
	// demonym and the institution first: "Cambodian Deputy Prime Minister"
	for len(out) > 0 {
		f := out[0]
		if f.kind == aTitle || f.kind == aHonor || f.kind == aRank {
			break
		}
		if a.lang == "en" && len(out) > 1 && (f.kind == aAdj || f.kind == aOrg || f.kind == aCountry) {
			break
		}
		out = out[1:]
	}
	return out
}

// commaAnd: a comma then a conjunction (", and", ", et", ", và"), the end
// of one person's apposition and the start of the next person.
func commaAnd(ts []tok) bool {
	for i := 0; i+1 < len(ts); i++ {
		if ts[i].Text == "," && !ts[i+1].Cap && (ts[i+1].Fold == "and" || ts[i+1].Fold == "et" || ts[i+1].Lower == "và") {
			return true
		}
	}
	return false
}

// nameBefore: a person is named before atom m of s.
func nameBefore(s *sentence, m int) bool {
	for _, p := range s.atoms[:m] {
		if p.kind == aName {
			return true
		}
	}
	return false
}

// rightChain returns the titles in apposition after the name: "Bui Van
// Cuong, également président du Bureau de l'AN". The slice is good until
// the next call.
func (a *article) rightChain(s *sentence, k int) []*atom {
	toks := s.toks
	j := s.atoms[k].e
	// "(droite)", "(R)"
	if j < len(toks) && toks[j].Text == "(" {
		for m := j + 1; m < len(toks) && m < j+4; m++ {
			if toks[m].Text == ")" {
				j = m + 1
				break
			}
		}
	}
	if j >= len(toks) || toks[j].Text != "," {
		return nil
	}
	j++
	if j < len(toks) && (toks[j].Fold == "et" || toks[j].Fold == "and" || toks[j].Lower == "và") {
		return nil // "X, et le président du PPC, Y": the titles are Y's
	}
	j = skipAppositionLead(toks, j)
	out := a.chainR[:0]
	defer func() { a.chainR = out[:0] }() // the room, for the next call
	pos := j
	cut := -1 // out[:cut] are the titles before "và ông Y"
	for m := k + 1; m < len(s.atoms); m++ {
		p := s.atoms[m]
		if p.s < pos {
			continue
		}
		if p.kind == aCapRun && len(out) > 0 && out[len(out)-1].kind == aTitle && a.titleTopic(s, m) {
			pos = p.e // "Tổng Tham mưu trưởng Lục quân Ấn Độ": a body no list knows
			continue
		}
		if p.kind == aDeleg && p.country == "" && len(out) > 0 && out[len(out)-1].kind == aTitle && onlyLinks(toks[pos:p.s]) {
			pos = p.e // "président de la délégation du Parlement européen": the body the delegation is of
			continue
		}
		if p.kind == aCapRun && len(out) > 0 && p.s == pos && p.e-p.s >= 2 {
			return nil // "X, le président brésilien Luiz ...": the titles are the next name's
		}
		gapOK := true
		fill := 0
		conj := false
		for gi, g := range toks[pos:p.s] {
			if g.Fold == "et" || g.Fold == "and" || g.Lower == "và" {
				conj = true
			}
			if isLink(g) {
				continue
			}
			// "Tiếp Đại sứ X, Chủ tịch nước khẳng định ...": a verb ends the apposition
			if g.Kind == fold.Word && !g.Cap && fill < 3 && len(out) > 0 && !recipientWords[g.Fold] && !(a.lang == "vi" && viVerbAt(toks, pos+gi)) {
				fill++
				continue
			}
			gapOK = false
		}
		if !gapOK {
			break
		}
		if p.kind == aPlace && len(out) > 0 && hasComma(toks[pos:p.s]) {
			break // "X, Ambassador to Vietnam, in Hanoi": where, not a title
		}
		if len(out) == 0 && p.kind != aTitle && !a.enCountryTitle(s, m) {
			break
		}
		// ", and Japanese Ambassador to Cambodia Y": after a comma and a
		// conjunction, whatever starts the next person's titles
		if conj && (p.kind == aHonor || p.kind == aRank || p.kind == aTitle || commaAnd(toks[pos:p.s])) && cut < 0 {
			cut = len(out) // "X, T1, T2 và ông Y, T3", "X, T1 và T3 Y": T1 and T2 are X's
		}
		if p.kind == aName {
			// "assistant de Samdech Hun Sèn": the person served; otherwise
			// the titles just read are the next person's ("X, TITLE Y")
			possessive := false
			for _, g := range toks[pos:p.s] {
				if g.Fold == "de" || g.Fold == "of" || g.Lower == "của" || g.Fold == "du" {
					possessive = true
				}
			}
			if possessive {
				out = append(out, p)
				break
			}
			if cut > 0 {
				return out[:cut]
			}
			if conj {
				return out // "X, U.S. Ambassador, and Y": the titles are X's
			}
			return nil
		}
		if (p.kind == aRank || p.kind == aHonor) && len(out) > 0 && hasComma(toks[pos:p.s]) {
			return out // "Mme X, vice-gouverneure de B, le colonel Y": a new person starts
		}
		if !chainKind(p.kind) {
			break
		}
		out = append(out, p)
		pos = p.e
		if pos < len(toks) && toks[pos].Text == ";" {
			break
		}
	}
	return out
}

// recipientWords: what a title's chain never spans ("lời thăm hỏi của Bộ
// trưởng X tới Đại tướng Y": the minister's greetings go to Y).
var recipientWords = map[string]bool{"toi": true, "den": true, "cho": true, "voi": true, "to": true, "with": true, "avec": true,
	"pour": true, "from": true, "tu": true, "a": true}

func hasTitle(as []*atom) bool {
	for _, at := range as {
		if at.kind == aTitle {
			return true
		}
	}
	return false
}

type seg struct {
	title     *atom
	org       *orgRef
	country   string // a demonym with the title
	state     string // "président de la République démocratique populaire lao"
	place     string // the country of a place in the title ("Tỉnh trưởng tỉnh Takeo")
	start     int    // token range
	end       int
	assistant *person
	owner     *orgRef // the body the title's body belongs to, named right after it
}

func (a *article) segments(chain []*atom) []*seg {
	var segs []*seg
	var cur *seg
	var pendOrg *orgRef
	pendAdj := ""
	for _, at := range chain {
		switch at.kind {
		case aTitle:
			cur = a.newSeg(seg{title: at, org: at.org, country: at.country, start: at.s, end: at.e})
			if cur.org == nil && pendOrg != nil {
				cur.org = pendOrg
			}
			if cur.country == "" {
				cur.country = pendAdj
			}
			pendOrg, pendAdj = nil, ""
			segs = append(segs, cur)
		case aOrg:
			if cur != nil && cur.org == nil {
				cur.org, cur.end = at.org, at.e
			} else if cur != nil && cur.owner == nil && (at.s == cur.end || at.s == cur.end+1 && cur.org.kind == okGeneric) {
				// "Ban Quan hệ quốc tế Trung ương Đảng Cộng sản Cuba",
				// "Hạm đội Thái Bình Dương, Hải quân Liên bang Nga"
				cur.owner = at.org
			} else {
				pendOrg = at.org
			}
		case aAdj:
			if cur != nil && cur.country == "" && cur.org == nil {
				cur.country, cur.end = at.country, at.e
			} else {
				pendAdj = at.country
			}
		case aCountry:
			if cur != nil && cur.org == nil {
				cur.state, cur.end = at.country, at.e
				if cur.country == "" {
					cur.country = at.country
				}
			} else {
				pendAdj = at.country
			}
		case aPlace:
			if cur != nil && cur.place == "" {
				cur.place, cur.end = at.country, at.e
			}
		case aName:
			if cur != nil {
				cur.assistant = at.person
			}
		}
	}
	return segs
}

// chains reads the titles around every name of a sentence.
func (a *article) chains(s *sentence) {
	var prevName *atom
	prevK := -1 // the index of prevName
	if a.claimed == nil {
		a.claimed = map[*atom]bool{}
	}
	claimed := a.claimed // one map for the article, emptied per sentence
	clear(claimed)
	// only a sentence with a delegation can say who leads it (see ledBy)
	deleg := slices.ContainsFunc(s.atoms, func(d *atom) bool { return d.kind == aDeleg })
	for k, at := range s.atoms {
		switch at.kind {
		case aName:
		case aHomologue:
			continue
		default:
			continue
		}
		p := at.person
		left, right := a.leftChain(s, k), a.rightChain(s, k)
		// "X, T1 và ông Y": T1 was X's
		for n := len(left) - 1; n >= 0; n-- {
			if claimed[left[n]] {
				left = left[n+1:]
				break
			}
		}
		for _, x := range right {
			claimed[x] = true
		}
		// "les ministres X et Y", "Deputy Foreign Ministers X and Y": a
		// plural title before a list of names is each one's
		if len(left) == 0 && prevName != nil && prevName.person != p && onlyConj(s.toks[prevName.e:at.s]) && a.pluralTitle(s, prevK) {
			left = a.leftChain(s, prevK)
		}
		for _, chain := range [][]*atom{left, right} {
			segs := a.segments(chain)
			a.applySegs(s, p, segs)
		}
		// "son homologue cambodgien X", "his Cambodian counterpart X"
		if h := a.homologueBefore(s, k); h != nil {
			p.setCountry(h.country, prioOwn)
			if prevName != nil && prevName.person != p {
				a.copyPositions(s, prevName.person, p, h.country)
				prevName.person.counterOf = h.country
			}
		}
		// "Crown Prince X of Brunei", "King X of Cambodia"
		if cc := a.ofCountryAfter(s, at); cc != "" && len(left) > 0 {
			p.setCountry(cc, prioOwn)
		}
		// "Malaysian businessman X", "l'expert malaisien X"
		if cc := a.personNounCountry(s, at.s); cc != "" {
			p.setCountry(cc, prioOwn)
		}
		if deleg && a.ledBy(s, at) {
			p.deleg = true
		}
		if a.isSubject(s, k) {
			p.subject = append(p.subject, s.idx)
		}
		prevName, prevK = at, k
	}
}

func (a *article) homologueBefore(s *sentence, k int) *atom {
	pos := s.atoms[k].s
	for m := k - 1; m >= 0; m-- {
		p := s.atoms[m]
		if p.kind == aHomologue {
			for _, g := range s.toks[p.e:pos] {
				if !isLink(g) {
					return nil
				}
			}
			return p
		}
		if !chainKind(p.kind) {
			return nil
		}
		pos = p.s
	}
	return nil
}

// ledBy: "La délégation vietnamienne était dirigée par ... X", "Đoàn ... do X dẫn đầu".
func (a *article) ledBy(s *sentence, at *atom) bool {
	var deleg *atom
	for _, d := range s.atoms {
		if d.kind == aDeleg && d.e <= at.s {
			deleg = d
		}
	}
	if deleg == nil {
		return false
	}
	by := -1
	for k := deleg.e; k < at.s; k++ {
		if t := s.toks[k]; t.Fold == "par" || t.Fold == "by" || t.Lower == "do" {
			by = k
		}
	}
	if by < 0 {
		return false
	}
	for _, e := range s.atoms {
		if e.kind == aEvent && e.s >= deleg.e && e.e <= by {
			// "la délégation a été reçue par X", "the delegation was received
			// by X": the agent of the event, its host, not its leader
			return false
		}
	}
	cc := deleg.country
	if cc == "" {
		// "une délégation de parlementaires malaisiens conduite par X",
		// "a delegation of Malaysian lawmakers led by X"
		for _, o := range s.atoms {
			if o.s >= deleg.e && o.e <= at.s && o.kind == aAdj {
				cc = o.country
				break
			}
		}
	}
	if cc == "" {
		// "Đoàn đại biểu Ủy ban ... Quốc hội Cuba do bà X dẫn đầu": the
		// country of the body the delegation comes from
		for _, o := range s.atoms {
			if o.s >= deleg.e && o.e <= at.s && o.kind == aOrg {
				if c := explicitCountry(o.org); c != "" {
					cc = c
					break
				}
			}
		}
	}
	if cc == "" {
		// "une délégation de la province de La Havane, conduite par sa
		// gouverneure X": the country of the place it comes from
		for _, o := range s.atoms {
			if o.s >= deleg.e && o.e <= by && o.kind == aPlace && o.country != "" {
				cc = o.country
				break
			}
		}
	}
	at.person.setCountry(cc, prioOwn)
	return true
}

// isSubject: the person is the first thing the sentence is about ("Pour
// sa part, le général X, ..., a déclaré").
func (a *article) isSubject(s *sentence, k int) bool {
	for m := 0; m < k; m++ {
		switch s.atoms[m].kind {
		case aName, aEvent, aAgree, aDeleg:
			return false
		}
	}
	// no preposition right before its title chain
	start := s.atoms[k].s
	if ch := a.leftChain(s, k); len(ch) > 0 {
		start = ch[0].s
	}
	for b := start - 1; b >= 0 && b >= start-2; b-- {
		switch s.toks[b].Fold {
		case "de", "du", "des", "a", "avec", "par", "of", "with", "by", "to", "for", "voi", "cua", "toi", "cho":
			return false
		}
	}
	return true
}

func (a *article) applySegs(s *sentence, p *person, segs []*seg) {
	for i, sg := range segs {
		t := a.x.lex.Titles[sg.title.ref]
		if sg.org == nil && t.NeedsOrg && i+1 < len(segs) && segs[i+1].org != nil {
			sg.org = segs[i+1].org // "Phó Chủ tịch, Tổng Thư ký Ủy ban Trung ương MTTQ"
		}
		if sg.org == nil && t.NeedsOrg && i == 0 && a.lang == "en" && sg.start > 0 {
			sg.org = a.orgByHead(s.toks[sg.start-1], s.idx) // "agency head X"
		}
		if sg.org == nil && t.Org == "ministry" && t.Topic == "" {
			sg.org = delegationBody(s, sg.start) // "une délégation du ministère X conduite par le vice-ministre Y"
		}
	}
	// "Ủy viên Bộ Chính trị, Trưởng Ban ... Trung ương Đảng Cộng sản Cuba":
	// bare bodies in a chain that names one country's body are that country's
	chainCC := ""
	for _, sg := range segs {
		c := explicitCountry(sg.org)
		if c == "" && sg.org != nil && sg.org.kind == okGeneric {
			c = explicitCountry(sg.owner)
		}
		if c != "" && sg.org.kind != okJoint && sg.org.kind != okEmbassy {
			if chainCC != "" && chainCC != c {
				chainCC = "-"
				break
			}
			chainCC = c
		}
	}
	if chainCC != "" && chainCC != "-" {
		for _, sg := range segs {
			o := sg.org
			for o != nil && o.kind == okOrgan && o.parent != nil {
				o = o.parent
			}
			if o != nil && o.country == "" && o.held == "" && sg.country == "" && o.kind != okJoint && o.kind != okEmbassy {
				o.held = chainCC
			}
		}
	}
	for _, sg := range segs {
		t := a.x.lex.Titles[sg.title.ref]
		p.setCountry(sg.country, prioOwn)
		p.setCountry(sg.place, prioPlace)
		if c := explicitCountry(sg.org); c != "" && sg.org.kind != okJoint && sg.org.kind != okEmbassy {
			p.setCountry(c, prioOrg)
		}
		if sg.org != nil && sg.org.kind == okEmbassy {
			p.setCountry(sg.org.country, prioOrg)
		}
		if t.Key == "assistant" && sg.assistant != nil {
			p.assistant = sg.assistant
			continue
		}
		title := strings.TrimSpace(strings.Trim(a.text[s.toks[sg.start].Start:s.toks[sg.end-1].End], ", "))
		pos := a.newPosition(position{title: title, sent: s.idx, tkey: t.Key})
		if sg.org == nil && t.Org == "government" && chancellorFM[sg.country] && strings.HasPrefix(s.toks[sg.title.s].Fold, "chancel") {
			// "Brazilian Chancellor X": in Latin America the chancellor is the
			// foreign minister
			if o := a.foreignMinistry(s, sg); o != nil {
				sg.org = o
				a.orgs = append(a.orgs, o)
			}
		}
		switch {
		case sg.org != nil:
			pos.org = sg.org
			if sg.org.country == "" && sg.country != "" && sg.org.kind != okJoint {
				sg.org.held = sg.country
			}
		case t.Org == "government" || t.Org == "party" || a.x.nationalKind[t.Org]:
			kind := t.Org // "Senator X": the senate of the country
			o := a.defaultBody(kind)
			o.country = sg.country
			o.bare = sg.country == ""
			o.sent = s.idx
			o.start, o.end = s.toks[sg.start].Start, s.toks[sg.end-1].End
			a.orgs = append(a.orgs, o)
			pos.org = o
		case t.Org == "embassy" && sg.state != "":
			// "Ambassador of Vietnam to Cambodia", "Đại sứ Campuchia tại Việt Nam",
			// "Vietnamese Ambassador to Cambodia"
			o := &orgRef{kind: okEmbassy, ref: -1, country: sg.country, country2: sg.state}
			if sg.country == sg.state {
				o.country = ""
			}
			if o.country == "" {
				o.country = p.country
				if c := a.embassyOwner(s, sg); c != "" {
					o.country = c
				}
			}
			if o.country == "" || o.country == o.country2 {
				continue
			}
			p.setCountry(o.country, prioOrg)
			o.sent = s.idx
			o.start, o.end = s.toks[sg.start].Start, s.toks[sg.end-1].End
			o.resolved = o.country
			a.orgs = append(a.orgs, o)
			pos.org = o
		case sg.org == nil && sg.state != "" && (t.Key == "chairman" || t.Key == "president" || t.Key == "king"):
			// "président du Laos", "President of the Lao PDR"
			pos.state = sg.state
		case t.Org == "state":
			pos.state = sg.country
			if sg.state != "" {
				pos.state = sg.state
			}
			if pos.state == "" {
				pos.state = "?"
			}
		default:
			continue
		}
		p.positions = append(p.positions, pos)
	}
}

// secretaryAsMinister: "Secretary" after a ministry's topic ("Foreign
// Affairs Secretary", "Trade Secretary") is the minister, as in the
// Philippines, the United Kingdom or the United States. It returns the
// minister's title.
func (a *article) secretaryAsMinister(toks []tok, j int, te entry) (int, bool) {
	if te.n != 1 || toks[j].Text != "Secretary" || a.x.lex.Titles[te.ref].Key != "secretary" {
		return te.ref, false
	}
	ref := slices.IndexFunc(a.x.lex.Titles, func(t lexicon.Title) bool { return t.Key == "minister" })
	return ref, ref >= 0
}

// chancellorFM: countries whose chancellor (chanceler, canciller) is the
// foreign minister, not the head of government.
var chancellorFM = map[string]bool{"AR": true, "BO": true, "BR": true, "CL": true, "CO": true, "CR": true, "CU": true,
	"DO": true, "EC": true, "GT": true, "HN": true, "MX": true, "NI": true, "PA": true, "PE": true, "PY": true,
	"SV": true, "UY": true, "VE": true}

// foreignMinistry is the foreign ministry of the country of a title segment.
func (a *article) foreignMinistry(s *sentence, sg *seg) *orgRef {
	ref := slices.IndexFunc(a.x.lex.Ministries.Topics, func(t lexicon.Topic) bool { return t.Key == "foreign-affairs" })
	if ref < 0 {
		return nil
	}
	o := &orgRef{kind: okMinistry, ref: ref, country: sg.country, sent: s.idx, tok: sg.start}
	o.start, o.end = s.toks[sg.start].Start, s.toks[sg.end-1].End
	return o
}

// delegationBody: the ministry whose delegation is led by the title
// starting at token i ("a delegation of the Ministry of X led by Deputy
// Minister Y", "đoàn công tác Bộ X do Thứ trưởng Y dẫn đầu").
func delegationBody(s *sentence, i int) *orgRef {
	var deleg *atom
	for _, d := range s.atoms {
		if d.kind == aDeleg && d.e <= i {
			deleg = d
		}
	}
	if deleg == nil {
		return nil
	}
	var body *orgRef
	for _, o := range s.atoms {
		if o.s < deleg.e || o.e > i {
			continue
		}
		switch o.kind {
		case aOrg:
			if body == nil && o.org.kind == okMinistry {
				body = o.org
			}
		case aName, aEvent:
			return nil // someone else, or an event, between them
		}
	}
	if body == nil {
		return nil
	}
	for k := deleg.e; k < i; k++ {
		if t := s.toks[k]; t.Fold == "par" || t.Fold == "by" || t.Lower == "do" {
			return body
		}
	}
	return nil
}

// copyPositions gives the homologue the same kind of position as the
// person it is the counterpart of, in its own country.
func (a *article) copyPositions(s *sentence, from, to *person, cc string) {
	if cc == "" {
		return
	}
	have := map[string]bool{}
	for _, q := range to.positions {
		if q.org != nil {
			have[kindOf(q.org)] = true
		}
	}
	// "the Deputy Prime Minister and Foreign Minister X ... his counterpart":
	// a counterpart is one of a minister's own kind
	minister := false
	for _, q := range from.positions {
		if q.org != nil && q.org.kind == okMinistry {
			minister = true
		}
	}
	for _, q := range from.positions {
		if q.org == nil || (q.org.kind != okNational && q.org.kind != okMinistry) || have[kindOf(q.org)] || minister && q.org.kind != okMinistry {
			continue
		}
		o := *q.org
		o.country, o.bare, o.held, o.resolved, o.surface, o.anaphora = cc, false, "", "", "", nil
		o.sent = s.idx
		a.orgs = append(a.orgs, &o)
		to.positions = append(to.positions, &position{org: &o, title: q.title, sent: s.idx, tkey: q.tkey})
	}
}

func kindOf(o *orgRef) string { return itoa(int(o.kind)) + ":" + itoa(o.ref) }

// resolvePersons settles each person's country, then lends it to the
// institutions of their titles that the text left without a country.
func (a *article) resolvePersons() {
	for range 2 {
		for _, p := range a.persons {
			if p.assistant != nil && p.assistant.country != "" {
				p.setCountry(p.assistant.country, prioOther)
			}
		}
	}
	for _, p := range a.persons {
		if p.country == "" {
			switch {
			case p.vnShape:
				p.setCountry("VN", prioShape)
			case p.myHonor:
				p.setCountry("MY", prioShape)
			case len(p.toks) >= 2 && len(p.toks) <= 4 && a.x.khSur[p.toks[0]]:
				p.setCountry("KH", prioShape)
			case p.mnShape:
				p.setCountry("MN", prioShape)
			case p.counterOf != "" && a.home != "" && a.home != p.counterOf:
				// "Defence Minister X ... with his Vietnamese counterpart" in a
				// Malaysian agency's report: the source's own minister
				p.setCountry(a.home, prioNone-1)
			case len(p.positions) > 0 && a.dateline != nil && a.home != "" && a.dateline.country != a.home:
				// an official the source reports on abroad ("Vientiane (VNA) -"):
				// a host's official when nothing else tells
				p.setCountry(a.dateline.country, prioNone-1)
			}
		}
		for _, q := range p.positions {
			if q.org != nil && q.org.country == "" && q.org.held == "" && q.org.kind != okJoint {
				q.org.held = p.country
			}
			if q.org != nil && q.org.kind == okOrgan {
				for r := q.org.parent; r != nil; r = r.parent {
					if r.country == "" && r.held == "" {
						r.held = p.country
					}
				}
			}
			if q.state == "?" {
				q.state = p.country
			}
		}
	}
}

// explicitCountry is the country the text gives for an institution (for an
// organ, the one of the body it belongs to).
func explicitCountry(o *orgRef) string {
	for ; o != nil; o = o.parent {
		if o.country != "" {
			return o.country
		}
	}
	return ""
}

// embassyOwner reads "Đại sứ Campuchia tại Việt Nam" / "ambassadeur du
// Vietnam au Cambodge": the first country after the title is the sender
// when a second one follows a preposition.
func (a *article) embassyOwner(s *sentence, sg *seg) string {
	var cs []string
	for _, at := range s.atoms {
		if at.s >= sg.title.e && at.e <= sg.end && (at.kind == aCountry || at.kind == aAdj) {
			cs = append(cs, at.country)
		}
	}
	if len(cs) >= 2 {
		return cs[0]
	}
	return ""
}

// bySuffix finds the one Vietnamese-named person whose name ends with key
// (a later mention by the given name: "Hung", "Kim Ngân").
func (a *article) bySuffix(key string, n int) *person {
	var found *person
	last := key
	if i := strings.LastIndexByte(key, '-'); i >= 0 {
		last = key[i+1:]
	}
	for _, p := range a.byLast[last] {
		if len(p.toks) > n && p.vnShape && strings.HasSuffix("-"+p.key, "-"+key) {
			if found != nil && found != p {
				return nil
			}
			found = p
		}
	}
	return found
}

// descriptions: a title with its institution but no name refers to the one
// person of the article holding it ("Chủ tịch Quốc hội Campuchia", "the
// Cambodian Prime Minister", "le président laotien").
func (a *article) descriptions() {
	var inChain map[*atom]bool // one for the article, emptied per sentence
	for _, s := range a.sents {
		if !slices.ContainsFunc(s.atoms, func(at *atom) bool { return at.kind == aTitle }) {
			continue // no title: nothing to describe
		}
		if inChain == nil {
			inChain = map[*atom]bool{}
		}
		clear(inChain)
		for k, at := range s.atoms {
			if at.kind != aName {
				continue
			}
			for _, x := range a.leftChain(s, k) {
				inChain[x] = true
			}
			for _, x := range a.rightChain(s, k) {
				inChain[x] = true
			}
		}
		var added []*atom
		for k, at := range s.atoms {
			if at.kind != aTitle || inChain[at] || pluralAtom(s, at) {
				continue // "les trois ministres": several people, not one
			}
			chain := []*atom{at}
			pos := at.e
			for m := k + 1; m < len(s.atoms); m++ {
				n := s.atoms[m]
				ok := n.kind == aOrg || n.kind == aAdj || n.kind == aCountry
				for _, g := range s.toks[pos:n.s] {
					if !isLink(g) || g.Text == "," {
						ok = false
					}
				}
				if !ok {
					break
				}
				chain = append(chain, n)
				pos = n.e
			}
			segs := a.segments(chain)
			if len(segs) != 1 {
				continue
			}
			if p := a.holder(segs[0]); p != nil {
				added = append(added, a.newAtom(atom{kind: aName, s: at.s, e: pos, person: p}))
				a.bodyOfHolder(segs[0], p)
				if cc := segs[0].country; cc != "" && p.country == "" {
					p.setCountry(cc, prioOwn) // the description tells the country
					for _, q := range p.positions {
						if q.org != nil && q.org.resolved == "" && q.org.kind == okMinistry {
							q.org.resolved = cc
						}
					}
				}
			}
		}
		for _, n := range added {
			s.atoms = append(s.atoms, n)
		}
		if len(added) > 0 {
			sortAtoms(s.atoms)
		}
	}
}

// bodyOfHolder: "the secretary of state said" implies a foreign ministry
// the text never writes; the holder's title is in the body they were named
// with ("Secretary of State at the Ministry of Commerce"): that one.
func (a *article) bodyOfHolder(sg *seg, p *person) {
	o := sg.org
	if o == nil || o.surface != "" || !o.bare {
		return
	}
	key := a.x.lex.Titles[sg.title.ref].Key
	for _, q := range p.positions {
		if q.tkey == key && q.org != nil && q.org != o && a.orgID(q.org) != a.orgID(o) {
			sent, tok, start, end := o.sent, o.tok, o.start, o.end
			*o = *q.org
			o.sent, o.tok, o.start, o.end, o.surface, o.anaphora = sent, tok, start, end, "", q.org
			return
		}
	}
}

// holder returns the one person with a position matching a title segment.
func (a *article) holder(sg *seg) *person {
	t := a.x.lex.Titles[sg.title.ref]
	cc := sg.country
	if cc == "" && sg.org != nil {
		cc = sg.org.resolved
	}
	if cc == "" {
		cc = sg.state
	}
	var found *person
	for _, p := range a.persons {
		if cc != "" && p.country != "" && p.country != cc {
			continue // "le ministre français du Commerce" is not the Cambodian one
		}
		match := false
		for _, q := range p.positions {
			if q.tkey != t.Key {
				continue
			}
			switch {
			case sg.org != nil && q.org != nil:
				match = a.orgID(sg.org) == a.orgID(q.org)
				if sg.org.surface == "" && sg.org.bare && !match {
					// "the secretary of state said": the body the title implies is
					// not written; the one holder of that title, whatever their body
					match = cc == "" || q.org.resolved == cc
				}
			case q.org != nil:
				// "la ministre française": the minister nothing else gave a country
				match = cc != "" && (q.org.resolved == cc || q.org.resolved == "" && p.country == "")
			case q.state != "":
				match = cc != "" && q.state == cc
			}
			if match {
				break
			}
		}
		if match {
			if found != nil && found != p {
				return nil
			}
			found = p
		}
	}
	return found
}

func sortAtoms(as []*atom) {
	for i := 1; i < len(as); i++ {
		for j := i; j > 0 && as[j].s < as[j-1].s; j-- {
			as[j], as[j-1] = as[j-1], as[j]
		}
	}
}

// pronouns resolves a pronoun opening a sentence: "Il"/"He"/"Ông" is the
// first person of the last sentence naming one, "Ce dernier"/"the latter"
// the last person named there.
func (a *article) pronouns() {
	var last *sentence
	for _, s := range a.sents {
		// the subject opens the sentence, or follows a short opening phrase
		// ("Pour sa part, il", "For her part, she", "Tại buổi tiếp, ông")
		st := 0
		for k := 1; k < len(s.toks) && k < 6; k++ {
			if s.toks[k].Text == "," {
				if len(s.atoms) == 0 || s.atoms[0].s > k {
					st = k + 1
				}
				break
			}
		}
		if len(s.toks) > st+1 && last != nil {
			t0, t1 := s.toks[st], s.toks[st+1]
			n := 0
			var p *person
			switch {
			case t0.Fold == "ce" && t1.Fold == "dernier" || t0.Fold == "cette" && t1.Fold == "derniere" || t0.Fold == "the" && t1.Fold == "latter":
				n, p = 2, lastName(last)
			case (t0.Fold == "il" || t0.Fold == "elle" || t0.Fold == "he" || t0.Fold == "she") && (t0.Cap || st > 0),
				(t0.Lower == "ông" || t0.Lower == "bà") && !t1.Cap:
				n, p = 1, firstName(last)
			}
			if p != nil && (len(s.atoms) == 0 || s.atoms[0].s >= st+n) {
				// first in the sentence: moved in place, no new slice when there is room
				s.atoms = append(s.atoms, nil)
				copy(s.atoms[1:], s.atoms)
				s.atoms[0] = a.newAtom(atom{kind: aName, s: st, e: st + n, person: p})
				p.subject = append(p.subject, s.idx)
			}
		}
		for _, at := range s.atoms {
			if at.kind == aName {
				last = s
				break
			}
		}
	}
}

// firstName is the person of the first name atom of s (which has one).
func firstName(s *sentence) *person {
	for _, at := range s.atoms {
		if at.kind == aName {
			return at.person
		}
	}
	return nil
}

// lastName is the person of the last name atom of s (which has one).
func lastName(s *sentence) *person {
	for k := len(s.atoms) - 1; k >= 0; k-- {
		if s.atoms[k].kind == aName {
			return s.atoms[k].person
		}
	}
	return nil
}

// byOneWord finds the one person, not named the Vietnamese way, whose name
// starts or ends with the word: a Thai or Lao official is called by the
// given name ("Chatchai said"), a Western one by the family name
// ("Whitfield said").
func (a *article) byOneWord(w string) *person {
	var found *person
	for _, p := range a.persons {
		if p.vnShape || len(p.toks) < 2 || a.x.khSur[p.toks[0]] {
			continue
		}
		if p.toks[0] == w || p.toks[len(p.toks)-1] == w {
			if found != nil && found != p {
				return nil
			}
			found = p
		}
	}
	return found
}

// titleTopic: the capitalised words of atom k complete the title just
// before them, linked by nothing or by "de la", "of the": a ministry or body
// no list knows ("ministre de la Coordination", "Tổng Tham mưu trưởng Lục quân").
func (a *article) titleTopic(s *sentence, k int) bool {
	// a minister's portfolios are a list: "ministre de l'Agriculture, du
	// Développement rural et des Productions vivrières, X": each topic
	// goes back to the title over the ones before it
	for depth := 0; depth < 4; depth++ {
		p := s.atoms[k]
		if p.kind != aCapRun || k == 0 || p.e-p.s > 3 {
			return false
		}
		t := s.atoms[k-1]
		if t.kind != aTitle && (t.kind != aCapRun || depth == 3) {
			return false
		}
		lower := 0
		for i, g := range s.toks[t.e:p.s] {
			switch {
			case g.Kind == fold.Word && (isConnector(g.Fold) || g.Fold == "au" || g.Fold == "aux") && !g.Cap:
				// "ministre délégué au Commerce extérieur"
			case g.Text == "," && i+1 < p.s-t.e && isConnector(s.toks[t.e+i+1].Fold):
				// ", de la Souveraineté alimentaire": the next portfolio
			case t.kind == aCapRun && g.Kind == fold.Word && !g.Cap && (g.Fold == "et" || g.Fold == "and"):
			case t.kind == aCapRun && g.Kind == fold.Word && !g.Cap && lower < 2 && !a.stop[g.Fold]:
				lower++ // "Développement rural et des ...": the topic's adjective
			default:
				return false
			}
		}
		if t.kind == aTitle {
			return true
		}
		k--
	}
	return false
}

// linksOrLower: the tokens are linking words, with at most n words in lower
// case among them ("Commerce extérieur, X": the topic's adjective).
func linksOrLower(ts []tok, n int) bool {
	for _, g := range ts {
		if isLink(g) {
			continue
		}
		if g.Kind != fold.Word || g.Cap || n == 0 {
			return false
		}
		n--
	}
	return true
}

func onlyLinks(ts []tok) bool {
	for _, g := range ts {
		if !isLink(g) {
			return false
		}
	}
	return true
}

// enCountryTitle: English writes the country before the title, "U.S.
// Ambassador", "Singapore's Minister": atom m is that country, and a
// title follows it.
func (a *article) enCountryTitle(s *sentence, m int) bool {
	if a.lang != "en" || m+1 >= len(s.atoms) {
		return false
	}
	p, n := s.atoms[m], s.atoms[m+1]
	if p.kind != aAdj && p.kind != aCountry || n.kind != aTitle && n.kind != aCapRun {
		return false
	}
	for _, g := range s.toks[p.e:n.s] {
		if !(g.Text == "'" || g.Text == "’" || g.Fold == "s" && g.Glued) {
			return false
		}
	}
	if n.kind == aCapRun { // "U.S. Deputy Assistant Secretary": a modifier no list knows
		return m+2 < len(s.atoms) && s.atoms[m+2].kind == aTitle && s.atoms[m+2].s == n.e
	}
	return true
}

func hasComma(ts []tok) bool {
	for _, t := range ts {
		if t.Text == "," {
			return true
		}
	}
	return false
}

// nameKey is the identity of a name: its folded words without the middle
// initials ("Karen L. Whitfield" and "Karen Whitfield" are one person),
// without a Russian patronymic between the given and the family name
// ("Viktor Sergeyevich Lipatov" is "Viktor Lipatov"), and with a Korean
// name written given name first put family name first ("Jae-min Park" is
// "Park Jae-min").
func nameKey(raw string) string {
	if !strings.Contains(raw, "-") {
		// no Korean given name
	} else if f := strings.Fields(raw); len(f) == 2 && koreanGiven(f[0]) && !strings.ContainsAny(f[1], "-‐") && len([]rune(f[1])) <= 4 {
		raw = f[1] + " " + f[0]
	}
	key := fold.Key(raw)
	if !strings.Contains(raw, ".") && !hasPatronymic(key) {
		return key
	}
	parts := strings.Split(key, "-")
	out := parts[:1]
	for i := 1; i < len(parts)-1; i++ {
		if len(parts[i]) > 1 && !(len(parts) >= 3 && isPatronymic(parts[i])) {
			out = append(out, parts[i])
		}
	}
	if len(parts) > 1 {
		out = append(out, parts[len(parts)-1])
	}
	return strings.Join(out, "-")
}

// koreanGiven: a word of two syllables joined by a hyphen, the second in
// lower case ("Jae-min", "Tae-hoon"): a Korean given name.
func koreanGiven(w string) bool {
	i := strings.IndexByte(w, '-')
	if i <= 0 || i+1 >= len(w) || strings.Count(w, "-") != 1 {
		return false
	}
	first, rest := w[:i], w[i+1:]
	return len(first) <= 4 && len(rest) <= 4 && first[0] >= 'A' && first[0] <= 'Z' && rest[0] >= 'a' && rest[0] <= 'z'
}

// isPatronymic: a folded word that is a Russian or Belarusian patronymic
// ("Sergeyevich", "Ivanovich", "Gennadyevna", "Ilyich").
func isPatronymic(w string) bool {
	for _, suf := range []string{"vich", "vna", "ichna", "yich", "ilich"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// hasPatronymic: a middle word of the key is a patronymic.
func hasPatronymic(key string) bool {
	_, rest, ok := strings.Cut(key, "-")
	for ok {
		var w string
		w, rest, ok = strings.Cut(rest, "-")
		if ok && isPatronymic(w) {
			return true
		}
	}
	return false
}

// guessCountries: a person nothing ties to a country, not named the
// Vietnamese way, who meets the source country's people in an article
// about that country and one other, serves the other ("Chatchai
// Siriwattana" in talks between Vietnam and Thailand).
func (a *article) guessCountries() {
	// "X s'est entretenue avec son homologue indien": X is of the other
	// country of the article, and so are X's bodies the text left bare
	if pr := a.mainPair(); len(pr) == 2 {
		for _, p := range a.persons {
			if p.country == "" && p.counterOf != "" && slices.Contains(pr, p.counterOf) {
				other := pr[0]
				if other == p.counterOf {
					other = pr[1]
				}
				p.setCountry(other, prioNone-1)
				for _, q := range p.positions {
					if q.org != nil && q.org.bare && q.org.country == "" && q.org.resolved == p.counterOf {
						q.org.resolved = other
					}
				}
			}
		}
	}
	// a person holding a title in a body whose country is now known serves
	// it; a body the text names with its country first, then the bodies the
	// text left bare, when they agree ("vice-Premier ministre et ministre de
	// l'Intérieur": the government and the ministry of one country)
	bareOnly := map[*person]string{}
	for _, p := range a.persons {
		if p.country != "" {
			continue
		}
		bare := ""
		for _, q := range p.positions {
			o := q.org
			if o == nil || o.kind == okJoint || o.kind == okEmbassy || o.resolved == "" || o.resolved == p.counterOf {
				continue
			}
			if !o.bare || explicitCountry(o) != "" {
				p.setCountry(o.resolved, prioOrg)
				break
			}
			if bare == "" {
				bare = o.resolved
			} else if bare != o.resolved {
				bare = "-"
			}
		}
		if p.country == "" && bare != "-" && bare != "" {
			bareOnly[p] = bare
		}
	}
	// the bodies left bare tell last: who one meets tells first
	defer func() {
		for p, cc := range bareOnly {
			if p.country == "" {
				p.setCountry(cc, prioOrg)
			}
		}
	}()
	home := a.home
	pair := a.mainPair()
	if home == "" || home != "VN" {
		a.meetingSides(pair)
		return
	}
	if len(pair) != 2 || pair[0] != home && pair[1] != home {
		return
	}
	other := pair[0]
	if other == home {
		other = pair[1]
	}
	for _, p := range a.persons {
		if p.country != "" || p.vnShape || len(p.toks) < 2 || servesInternational(p) {
			continue
		}
		// only a Vietnamese source tells its own people by the shape of
		// their names: p is of the side opposite most of those it meets
		for _, e := range a.events {
			if !e.has(p) {
				continue
			}
			nHome, nOther := 0, 0
			for _, q := range e.persons {
				if q != p && q.country == home {
					nHome++
				}
				if q != p && q.country == other {
					nOther++
				}
			}
			if nHome != nOther {
				if nHome > nOther {
					p.setCountry(other, prioNone-1)
				} else {
					p.setCountry(home, prioNone-1)
				}
				break
			}
		}
	}
}

// meetingSides: in a source that is not Vietnamese, a person no cue gives a
// country to, met at a dyad's event where everyone whose country is known
// is of one side, is of the other side ("X received a Vietnamese
// delegation led by Y; also present were the ambassador Z and W": X and W
// are the host's). A Vietnamese name is told by its shape, so the rule
// never makes a person Vietnamese whose name has not that shape.
func (a *article) meetingSides(pair []string) {
	if len(pair) != 2 {
		return
	}
	for _, p := range a.persons {
		if p.country != "" || p.vnShape || len(p.toks) < 2 || servesInternational(p) {
			continue
		}
		for _, e := range a.events {
			if !e.has(p) || len(e.persons) < 2 {
				continue
			}
			n0, n1, nAny := 0, 0, 0
			for _, q := range e.persons {
				switch {
				case q == p || q.country == "":
				case q.country == pair[0]:
					n0++
				case q.country == pair[1]:
					n1++
				default:
					nAny++
				}
			}
			side := ""
			switch {
			case nAny > 0 || n0 > 0 && n1 > 0:
			case n0 > 0:
				side = pair[1]
			case n1 > 0:
				side = pair[0]
			}
			if side == "VN" {
				side = ""
			}
			if side != "" {
				p.setCountry(side, prioNone-1)
				break
			}
		}
	}
}

// Cues around capitalised words no list knows that say they name a person
// without a title: what introduces a speaker or a leader ("said X",
// "according to X", "led by X", "selon X", "conduite par X", "do X dẫn
// đầu"; not "theo X": Vietnamese puts "ông"/"bà" before a person there), a noun of a person before the name ("Malaysian businessman X",
// "l'expert français X") and a personal relative pronoun after it ("X,
// who"). Closed classes of the languages, not lists of people.
var (
	// a word right before the name
	cueBefore = map[string]map[string]bool{
		"en": {"said": true, "says": true, "told": true},
		"fr": {"selon": true},
	}
	// "led by X", "conduite par X": the participle before "by"/"par"
	cueByVerbs = map[string]bool{"led": true, "headed": true, "chaired": true, "cochaired": true, "accompanied": true, "hosted": true,
		"joined": true, "attended": true, "signed": true, "delivered": true, "presided": true, "represented": true, "received": true,
		"conduite": true, "conduit": true, "dirigee": true, "dirige": true, "presidee": true, "preside": true, "menee": true,
		"mene": true, "accompagne": true, "accompagnee": true, "copresidee": true, "represente": true, "representee": true,
		"recu": true, "recue": true, "signe": true}
	// nouns of persons that may stand right before a name, with a demonym
	// or not ("Malaysian businessman X", "expert X")
	personNouns = map[string]bool{"businessman": true, "businesswoman": true, "expert": true, "scholar": true, "researcher": true,
		"lawmaker": true, "legislator": true, "diplomat": true, "journalist": true, "envoy": true, "activist": true,
		"entrepreneur": true, "investor": true, "professor": true, "economist": true, "analyst": true, "tycoon": true,
		"billionaire": true, "scientist": true, "veteran": true, "politician": true, "senator": true, "congressman": true,
		"congresswoman": true, "parliamentarian": true, "historian": true, "author": true, "writer": true, "artist": true,
		// fr
		"experte": true, "chercheur": true, "chercheuse": true, "diplomate": true, "journaliste": true, "depute": true,
		"deputee": true, "senateur": true, "senatrice": true, "economiste": true, "analyste": true, "professeur": true,
		"professeure": true, "universitaire": true, "investisseur": true, "militant": true, "militante": true, "parlementaire": true,
		"politologue": true, "historien": true, "historienne": true, "ecrivain": true, "ecrivaine": true, "affaires": true}
	// Vietnamese person nouns, by their lower-case syllables
	personNounsVi = map[string]bool{"chuyên gia": true, "doanh nhân": true, "nhà báo": true, "học giả": true, "nghị sĩ": true,
		"nhà nghiên cứu": true, "thượng nghị sĩ": true, "nhà ngoại giao": true, "nhà đầu tư": true}
)

// nameCue reports whether the capitalised words [i, j) of s, which no
// list knows, name a person by one of the cues above.
func (a *article) nameCue(s *sentence, i, j int) bool {
	toks := s.toks
	if j-i < 2 || j-i > 4 || !a.plainCapWords(s, i, j) {
		return false
	}
	// a speaker's name ends the clause: "according to X, ...", not "according to X newspaper"
	clauseEnd := j >= len(toks) || toks[j].Kind == fold.Punct
	if i > 0 {
		p := toks[i-1]
		switch {
		case cueBefore[a.lang][p.Fold] && p.Kind == fold.Word && (!p.Cap || i == 1) && clauseEnd:
			return true
		case (p.Fold == "by" || p.Fold == "par") && i > 1 && cueByVerbs[joinedFold(toks, i-2)]:
			return true
		case p.Fold == "to" && i > 1 && toks[i-2].Fold == "according" && clauseEnd:
			return true
		case a.lang == "vi" && p.Lower == "do" && j+1 < len(toks) && toks[j].Lower == "dẫn" && toks[j+1].Lower == "đầu":
			return true // "đoàn ... do X dẫn đầu"
		case a.personNounBefore(s, i):
			return true
		}
	}
	// "le conseiller à la sécurité nationale, X": a title, its complement in
	// lower case, then the name after a comma
	if i >= 3 && toks[i-1].Text == "," {
		titleEnd := map[int]bool{}
		for _, at := range s.atoms {
			if at.kind == aTitle {
				titleEnd[at.e] = true
			}
		}
		// "le secrétaire d'État belge au Commerce extérieur, X": the
		// complement may name a field in capitals after a linking word
		for k, n := i-1, 0; k > 0 && n < 6 && toks[k-1].Kind == fold.Word && !toks[k-1].AllCaps && !titleEnd[k]; n++ {
			k--
			if titleEnd[k] {
				return !toks[k].Cap
			}
		}
	}
	// "X, who", "X, a spokesman for"
	if j+1 < len(toks) && toks[j].Text == "," && a.lang == "en" {
		n := toks[j+1].Fold
		if n == "who" || n == "whose" {
			return true
		}
		if (n == "a" || n == "an" || n == "the") && j+2 < len(toks) && personNouns[toks[j+2].Fold] {
			return true
		}
	}
	return false
}

// joinedFold is the folded word at k, with a word glued before it by a
// hyphen ("co-chaired": "cochaired").
func joinedFold(toks []tok, k int) string {
	if k > 0 && toks[k].Glued && toks[k-1].Kind == fold.Word && toks[k].Start-toks[k-1].End == 1 {
		return toks[k-1].Fold + toks[k].Fold
	}
	return toks[k].Fold
}

// personNounBefore: a noun of a person ends right before token i, maybe
// with its demonym after it (French) or before it (English): "Malaysian
// businessman X", "l'homme d'affaires malaisien X", "chuyên gia X".
func (a *article) personNounBefore(s *sentence, i int) bool {
	toks := s.toks
	k := i
	// a demonym between the noun and the name ("l'expert malaisien X")
	if a.lang == "fr" {
		for _, at := range s.atoms {
			if at.kind == aAdj && at.e == i {
				k = at.s
			}
		}
	}
	if k == 0 {
		return false
	}
	if a.lang == "vi" {
		var buf [64]byte // the words joined by spaces, on the stack
		for n := 2; n <= 3 && k-n >= 0; n++ {
			ws := buf[:0]
			for m, t := range toks[k-n : k] {
				if m > 0 {
					ws = append(ws, ' ')
				}
				ws = append(ws, t.Lower...)
			}
			if personNounsVi[string(ws)] {
				return true
			}
		}
		return false
	}
	p := toks[k-1]
	if p.Kind == fold.Word && !p.Cap && personNouns[p.Fold] {
		return true
	}
	// "le député européen polonais X": another adjective between the noun and the demonym
	return a.lang == "fr" && k < i && k >= 2 && p.Kind == fold.Word && !p.Cap && !a.stop[p.Fold] && toks[k-2].Kind == fold.Word && !toks[k-2].Cap && personNouns[toks[k-2].Fold]
}

// plainCapWords: the words [i, j) are capitalised words (not
// abbreviations, not function words) of which none starts a body, a
// document or an event the lexicon knows.
func (a *article) plainCapWords(s *sentence, i, j int) bool {
	toks := s.toks
	for k := i; k < j; k++ {
		t := toks[k]
		if k > i && k+1 < j && !t.Cap && (particles[t.Text] || t.Text == "de" && a.lang != "fr") {
			continue // "Pieter Van den Broeck", "Lula da Silva"
		}
		if t.Kind != fold.Word || t.AllCaps || !t.Cap && !t.Glued || a.stop[t.Fold] && !t.Glued {
			return false
		}
		for _, e := range a.look(toks, k) {
			switch e.cat {
			case cGeneric, cMinHead, cTopic, cLocal, cOrgan, cNational, cJointHead, cEmbassy, cAgree, cEvent, cNamed:
				return false
			}
		}
	}
	return true
}

// personNounCountry is the demonym of a noun of a person right before the
// name at token i: "Malaysian businessman X", "l'expert malaisien X".
func (a *article) personNounCountry(s *sentence, i int) string {
	if i == 0 || !a.personNounBefore(s, i) {
		return ""
	}
	var prev *atom
	for _, at := range s.atoms {
		if at.e > i {
			break
		}
		prev = at
	}
	if prev == nil || prev.kind != aAdj {
		return ""
	}
	if prev.e == i || prev.e == i-1 {
		return prev.country
	}
	return ""
}

// byFamilyName finds the one person, not named the Vietnamese way, whose
// longer name ends with key: a later mention by the family name ("Mr
// Horváth-Bodó" after "Tamás Horváth-Bodó").
func (a *article) byFamilyName(key string) *person {
	var found *person
	for _, p := range a.persons {
		if p.vnShape || len(p.key) <= len(key) || !strings.HasSuffix(p.key, "-"+key) {
			continue
		}
		if found != nil && found != p {
			return nil
		}
		found = p
	}
	return found
}

// byGivenNames finds the one person, not Vietnamese-named, whose name of
// three words or more begins with the two words of key: Malay and Arabic
// names are shortened to their given names ("Ahmad Faizal" for "Ahmad
// Faizal Rahmat").
func (a *article) byGivenNames(key string) *person {
	var found *person
	for _, p := range a.persons {
		if p.vnShape || len(p.toks) < 3 || !strings.HasPrefix(p.key, key+"-") {
			continue
		}
		if found != nil && found != p {
			return nil
		}
		found = p
	}
	return found
}

// withoutGloss drops a short parenthesised gloss from the tokens between a
// title and a name: "Comité populaire de la province de Lào Cai (Nord), X".
func withoutGloss(ts []tok) []tok {
	for i, t := range ts {
		if t.Text != "(" {
			continue
		}
		for k := i + 1; k < len(ts) && k <= i+4; k++ {
			if ts[k].Text == ")" {
				if k == i+1 || ts[i+1].AllCaps {
					return ts // "()", "(VNA)": no gloss, maybe a dateline
				}
				return append(append([]tok(nil), ts[:i]...), ts[k+1:]...)
			}
		}
	}
	return ts
}

// ofCountryAfter: English names a ruler's country after the name: "King X
// of Cambodia", "Crown Prince X of Brunei". It returns that country.
func (a *article) ofCountryAfter(s *sentence, at *atom) string {
	toks := s.toks
	j := at.e
	if a.lang != "en" || j+1 >= len(toks) || toks[j].Fold != "of" {
		return ""
	}
	j++
	if toks[j].Fold == "the" && j+1 < len(toks) {
		j++
	}
	for _, c := range s.atoms {
		if c.s == j && c.kind == aCountry {
			return c.country
		}
	}
	return ""
}

// transcribed: countries whose people Vietnamese writes by sound, syllable
// by syllable ("Xỏn-xay Xi-phăn-đon" for Sonexay Siphandone, "Hun Xen" for
// Hun Sen). Their people get an id from the sound of the name, so both
// spellings are one person across articles.
var transcribed = map[string]bool{"LA": true, "KH": true, "TH": true, "MM": true}

// soundKey is the sound of a name, written one way: its letters in order,
// the word breaks left out (a transcription may cut "Khamchanh" in "Khăm
// Chăn"), the spellings of one sound made one ("x" and "s", "ph" and "p",
// "th" and "t", "ou" and "u", "w" and "v", "c", "kh", "q" and "k", "y" and "i",
// a double letter and a single one) and a French silent "e" dropped
// ("Sonexay", "Siphandone"): "Xỏn-xay Xi-phăn-đon" and "Sonexay
// Siphandone" are both "sonsaisipandon". "" when the name has no letters.
func soundKey(name string) string {
	// built in buffers on the stack: only the key is allocated
	var fb, wb, ab, ob [128]byte
	f := fold.AppendFold(fb[:0], name)
	all := ab[:0]
	for i := 0; i < len(f); {
		// one word: the letters a-z up to a space
		w := wb[:0]
		for i < len(f) {
			r, n := rune(f[i]), 1
			if r >= utf8.RuneSelf {
				r, n = utf8.DecodeRune(f[i:])
			}
			i += n
			if unicode.IsSpace(r) {
				break
			}
			if r >= 'a' && r <= 'z' {
				w = append(w, byte(r))
			}
		}
		for _, d := range [][3]byte{{'p', 'h', 'p'}, {'t', 'h', 't'}, {'k', 'h', 'k'}, {'n', 'h', 'n'}, {'g', 'h', 'g'}, {'o', 'u', 'u'}} {
			w = replacePair(w, d[0], d[1], d[2])
		}
		for i := 0; i < len(w); i++ {
			if w[i] == 'e' && i > 0 && !isVowel(w[i-1]) && (i == len(w)-1 && len(w) > 2 || i+2 < len(w) && strings.IndexByte("nml", w[i-1]) >= 0 && !isVowel(w[i+1]) && isVowel(w[i+2])) {
				continue // "Sonexay", "Siphandone"
			}
			all = append(all, w[i])
		}
	}
	out := ob[:0]
	for i := 0; i < len(all); i++ {
		c := all[i]
		switch c {
		case 'x', 'z':
			c = 's'
		case 'w':
			c = 'v'
		case 'q', 'c':
			if c == 'c' && i+1 < len(all) && all[i+1] == 'h' {
				break // "ch" stays
			}
			c = 'k'
		case 'y':
			c = 'i'
		}
		if n := len(out); n > 0 && out[n-1] == c {
			continue
		}
		out = append(out, c)
	}
	return string(out)
}

// replacePair replaces each pair x, y of w with the letter by, left to
// right as strings.ReplaceAll does, in place (the word only gets shorter).
func replacePair(w []byte, x, y, by byte) []byte {
	out := w[:0]
	for i := 0; i < len(w); i++ {
		if w[i] == x && i+1 < len(w) && w[i+1] == y {
			out = append(out, by)
			i++
			continue
		}
		out = append(out, w[i])
	}
	return out
}

func isVowel(c byte) bool { return strings.IndexByte("aeiouy", c) >= 0 }

// servesInternational: the person holds a title in an international body
// ("World Bank Managing Director"), which no country is.
func servesInternational(p *person) bool {
	for _, q := range p.positions {
		if q.org != nil && q.org.kind == okNamed && q.org.ref >= 0 && q.org.country == "" {
			return true
		}
	}
	return false
}

// republicOf reads "Cộng hòa Belarus", "Republic of Chile", "République du
// Chili" as the country itself: the form of state written before a
// country's name.
func (a *article) republicOf(toks []tok, i int) *atom {
	j := i
	switch {
	case a.lang == "vi" && toks[i].Lower == "cộng" && i+1 < len(toks) && (toks[i+1].Lower == "hòa" || toks[i+1].Lower == "hoà"):
		j = i + 2
	case a.lang == "en" && toks[i].Fold == "republic" && i+1 < len(toks) && toks[i+1].Fold == "of":
		j = i + 2
		if j < len(toks) && toks[j].Fold == "the" {
			j++
		}
	case a.lang == "fr" && toks[i].Fold == "republique" && i+1 < len(toks) && (toks[i+1].Fold == "de" || toks[i+1].Fold == "du" || toks[i+1].Fold == "d"):
		j = i + 2
	default:
		return nil
	}
	if !toks[i].Cap {
		return nil
	}
	e, ok := first(a.look(toks, j), cCountry)
	if !ok {
		return nil
	}
	return &atom{kind: aCountry, s: i, e: j + e.n, country: a.x.lex.Countries[e.ref].Code, ref: e.ref}
}

// mongolInitial: a Mongolian name written with the initial of the
// father's name glued by a dot ("Ts.Enkhjargal", "B.Gantulga") starts at i.
func mongolInitial(toks []tok, i int) bool {
	if i+2 >= len(toks) {
		return false
	}
	t, d, n := toks[i], toks[i+1], toks[i+2]
	return t.Kind == fold.Word && t.Cap && len([]rune(t.Text)) <= 2 && d.Text == "." && d.Start == t.End && n.Start == d.End &&
		n.Kind == fold.Word && n.Cap && !n.AllCaps && len([]rune(n.Text)) >= 3
}

// nameDe: "de" at j links two parts of a Portuguese or Spanish name
// ("Helena Vasconcelos de Araújo") in English or Vietnamese text; French
// text uses "de" for every complement.
func (a *article) nameDe(toks []tok, j int) bool {
	if a.lang == "fr" || j+1 >= len(toks) || toks[j].Text != "de" || toks[j+1].Kind != fold.Word || !toks[j+1].Cap || toks[j+1].AllCaps {
		return false
	}
	ms := a.look(toks, j+1)
	return len(ms) == 0
}

// singleNames makes a person of one capitalised word no list knows right
// after a rank or an honorific, when no person of the article is called
// so: "Vice Admiral Wiratmoko", "M. Dupuis", "ông Wiratmoko". A
// Vietnamese syllable alone ("anh Tùng") is a given name, not a person's
// full name, and is left alone.
func (a *article) singleNames() {
	for _, s := range a.sents {
		for m, at := range s.atoms {
			if at.kind != aCapRun || at.e-at.s != 1 || m == 0 {
				continue
			}
			prev := s.atoms[m-1]
			if prev.e != at.s || prev.kind != aRank && prev.kind != aHonor {
				continue
			}
			t := s.toks[at.s]
			if t.Kind != fold.Word || !t.Cap || t.AllCaps || len([]rune(t.Text)) < 3 || a.stop[t.Fold] || validSyllable(t.Fold) || len(a.look(s.toks, at.s)) > 0 {
				continue
			}
			if at.e < len(s.toks) && s.toks[at.e].Text == "." && at.e+1 < len(s.toks) && s.toks[at.e+1].Glued {
				continue
			}
			saved := s.atoms
			s.atoms = saved[:m:m]
			p := a.addName(s, at.s, at.e)
			s.atoms = saved
			at.kind, at.person = aName, p
		}
	}
	// "Wiratmoko told reporters": later mentions of those one-word names
	one := false
	for _, p := range a.persons {
		one = one || len(p.toks) == 1
	}
	for _, s := range a.sents {
		if !one {
			break
		}
		for _, at := range s.atoms {
			if at.kind != aCapRun || at.e-at.s != 1 || s.toks[at.s].AllCaps {
				continue
			}
			if p := a.pkeys[fold.Key(s.toks[at.s].Text)]; p != nil && len(p.toks) == 1 {
				at.kind, at.person = aName, p
			}
		}
	}
}

// viOrgHeads: Vietnamese nouns that start the names of bodies ("Đảng Xã
// hội chủ nghĩa", "Đoàn Thanh niên", "Hội Nông dân"); some are family names too.
var viOrgHeads = map[string]bool{"đảng": true, "đoàn": true, "hội": true, "ban": true, "viện": true, "sở": true, "cục": true,
	"bộ": true, "văn": true, "tổng": true, "công": true, "tập": true, "hạm": true, "quân": true, "học": true, "liên": true,
	"ủy": true, "uỷ": true, "phòng": true, "trường": true, "ngân": true, "tòa": true, "toà": true, "mặt": true, "cộng": true}

// viOrgStart: the two capitalised words [i, j) of Vietnamese text start with
// the head noun of a body and go on in lower case ("Đoàn Thanh niên", "Đảng
// Xã hội"): Vietnamese capitalises the first syllable of each word of a
// body's name, so this is the start of that name, not a person's.
func (a *article) viOrgStart(toks []tok, i, j int) bool {
	if a.lang != "vi" || j-i != 2 || j >= len(toks) || !viOrgHeads[toks[i].Lower] {
		return false
	}
	n := toks[j]
	return n.Kind == fold.Word && !n.Cap && !n.Glued && validSyllable(n.Fold) && !a.stop[n.Fold]
}

// knownNameAt: the words at j start the name of a person already named in
// the article (two words at least).
func (a *article) knownNameAt(toks []tok, j int) bool {
	if j+1 >= len(toks) {
		return false
	}
	for _, p := range a.persons {
		if len(p.toks) >= 2 && p.toks[0] == toks[j].Fold && p.toks[1] == toks[j+1].Fold {
			return true
		}
	}
	return false
}

// appositionLead: words that may open an apposition before its title
// ("X, also a member of", "X, who is also Secretary of", "X, qui est
// également vice-présidente de").
var appositionLead = map[string]bool{"egalement": true, "also": true, "aussi": true, "the": true, "le": true, "la": true, "l": true,
	"a": true, "an": true, "un": true, "une": true, "who": true, "qui": true, "is": true, "was": true, "est": true, "etait": true}

// skipAppositionLead skips the opening words of an apposition at j.
func skipAppositionLead(toks []tok, j int) int {
	for n := 0; j < len(toks) && n < 4 && toks[j].Kind == fold.Word && !toks[j].Cap && appositionLead[toks[j].Fold]; n++ {
		j++
	}
	return j
}

// pluralWords: plural title words ("les ministres X et Y").
var pluralWords = map[string]bool{"ministres": true, "ministers": true, "ambassadeurs": true, "ambassadors": true}

// pluralTitle: the title chain right before the name atom s.atoms[k] is plural.
func (a *article) pluralTitle(s *sentence, k int) bool {
	for _, c := range a.leftChain(s, k) {
		if c.kind != aTitle {
			continue
		}
		if pluralAtom(s, c) {
			return true
		}
	}
	return false
}

// pluralAtom: the title atom is written in the plural.
func pluralAtom(s *sentence, at *atom) bool {
	for _, t := range s.toks[at.s:at.e] {
		if pluralWords[t.Fold] {
			return true
		}
	}
	return false
}

// onlyConj: the tokens are one conjunction ("et", "and", "và").
func onlyConj(ts []tok) bool {
	return len(ts) == 1 && (ts[0].Fold == "et" || ts[0].Fold == "and" || ts[0].Lower == "và")
}

// orgByHead: English names a body already named by its head noun in lower
// case before a title ("the Tourism Agency of X ... agency head Y"): the
// last body of the article, up to this sentence, with that head.
func (a *article) orgByHead(t tok, sent int) *orgRef {
	if t.Kind != fold.Word || t.Cap || len(t.Fold) < 4 {
		return nil
	}
	w := t.Fold
	for k := len(a.orgs) - 1; k >= 0; k-- {
		o := a.orgs[k]
		if o.sent > sent || o.slug == "" || o.ref >= 0 || o.kind != okGeneric && o.kind != okOrgan {
			continue
		}
		if strings.HasPrefix(o.slug, w+"-") || strings.HasSuffix(o.slug, "-"+w) || strings.Contains(o.slug, "-"+w+"-") {
			return o
		}
	}
	return nil
}

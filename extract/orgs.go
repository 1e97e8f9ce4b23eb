package extract

import (
	"slices"
	"sort"
	"strings"

	"github.com/dyadgraph/dyad/extract/fold"
	"github.com/dyadgraph/dyad/extract/lexicon"
)

type okind uint8

const (
	okNational okind = iota + 1 // a country's legislature, government...: org:<kind>:<CC>
	okNamed                     // a named institution: org:<key>
	okMinistry                  // org:ministry:<topic>:<CC>
	okLocal                     // org:<kind>:<CC>:<place>
	okJoint                     // org:joint-committee:<topic>:<A>-<B>
	okEmbassy                   // org:embassy:<CC>:<host>
	okGeneric                   // org:<CC>:<folded name>
	okOrgan                     // <parent id>/<organ>
)

// orgRef is one mention of an institution.
type orgRef struct {
	kind     okind
	ref      int    // national, named, topic, local or organ index; -1 when none
	slug     string // generic name, generic organ name, joint topic
	place    int    // local: place index; -1 for a place no list knows (pname)
	pname    string // local: the name of a place no list knows ("Móng Cái")
	country  string // as the text says it (adjective, complement); "" when it does not
	country2 string // embassy: host country; joint: the other country
	parent   *orgRef
	surface  string
	sent     int
	tok      int // first token in its sentence
	start    int
	end      int
	bare     bool   // the country is not said where the institution is named
	held     string // the country of a person holding a title in it
	resolved string // the country finally given
	anaphora *orgRef
	abbr     string // "(JICA)" written after the name
	alt      string // the name without the demonym it starts with ("Department of Trade Negotiations")
	concept  int    // the concept of its head word, 1-based index in lex.Bodies.Heads (bodies.go); 0 when none
	ckey     string // its proper name's words, for an id the same in every language (bodies.go)
}

// parseOrg recognises an institution starting at token i (depth guards
// the recursion through organs).
func (a *article) parseOrg(s *sentence, i, depth int) (*orgRef, int) {
	o, j := a.parseOrg1(s, i, depth)
	if o == nil {
		return o, j
	}
	// "Agence japonaise de coopération internationale (JICA)": a name and
	// its abbreviation, another name of it in this article
	toks := s.toks
	if j+2 < len(toks) && toks[j].Text == "(" && a.shortName(toks, j+1) && toks[j+2].Text == ")" {
		o.abbr = toks[j+1].Text
		a.defineAbbr(toks, j, o)
		if o.kind != okNational {
			j += 3
		}
	} else if j >= 3 && toks[j-1].Text == ")" && toks[j-3].Text == "(" && toks[j-2].AllCaps && o.abbr == "" {
		o.abbr = toks[j-2].Text
		a.defineAbbr(toks, j-3, o)
	}
	if a.lang != "en" {
		return o, j
	}
	// "Japan International Cooperation Agency (JICA) Cambodia Office": the
	// body's office in a country, read as the body
	if j+1 < len(toks) && o.kind != okNational && o.kind != okMinistry {
		for _, e := range a.look(toks, j) {
			if (e.cat == cCountry || e.cat == cPlace) && j+e.n < len(toks) && toks[j+e.n].Text == "Office" {
				j += e.n + 1
				break
			}
		}
	}
	// English names the organ after its body: "National Assembly Standing
	// Committee", "VFF Central Committee", "CPV Central Committee's Commission"
	for n := 0; n < 3 && j < len(s.toks); n++ {
		k := j
		if k < len(s.toks) && s.toks[k].Fold == "s" && s.toks[k].Glued {
			k++ // "Committee's"
		}
		e, ok := first(a.look(s.toks, k), cOrgan)
		if !ok {
			break
		}
		c := &orgRef{kind: okOrgan, ref: e.ref, parent: o, bare: o.bare}
		a.setSpan(s, c, i, k+e.n)
		o, j = c, k+e.n
	}
	return o, j
}

// the categories of the phrases an institution's name may start with (see parseOrg1)
const orgStartCats uint32 = 1<<cCountry | 1<<cAdj | 1<<cOrgan | 1<<cNamed | 1<<cNational | 1<<cTopic | 1<<cMinHead |
	1<<cLocal | 1<<cLocalShort | 1<<cPlace | 1<<cJointHead | 1<<cEmbassy | 1<<cGeneric

// mayStartOrg is a quick test that most words fail: parseOrg1 finds no
// institution at word t, where phrases of categories cs start, unless one
// of orgStartCats starts there, the word is an abbreviation the article
// defined, "celui"/"celle" (a ministry left out), or a capitalised English
// word (parseGenericEn).
func (a *article) mayStartOrg(cs uint32, t *tok) bool {
	if cs&orgStartCats != 0 {
		return true
	}
	if t.Cap || t.AllCaps {
		if a.lang == "en" && t.Cap {
			return true
		}
		if _, ok := a.abbrs[t.Text]; ok {
			return true
		}
	}
	if t.Fold == "celui" || t.Fold == "celle" {
		return true
	}
	return !t.Cap && a.mayStartLowerBody(t) // bodies.go: "la société ... Sonatrach", "its"
}

func (a *article) parseOrg1(s *sentence, i, depth int) (*orgRef, int) {
	toks := s.toks
	if depth > 4 || i >= len(toks) || toks[i].Kind != fold.Word {
		return nil, i
	}
	// "Viện trưởng", "Cục trưởng": the head of a body, a title, not the body
	if a.lang == "vi" && i+1 < len(toks) && toks[i+1].Lower == "trưởng" {
		return nil, i
	}
	if !a.mayStartOrg(a.catsAt(toks, i), &toks[i]) {
		return nil, i
	}
	ms := a.look(toks, i)
	// "le ministère vietnamien des Finances ... celui cambodgien de
	// l'Économie et des Finances": the ministry word left out
	if (toks[i].Fold == "celui" || toks[i].Fold == "celle") && a.lastMinistry() {
		j := i + 1
		o := &orgRef{kind: okMinistry, bare: true, ref: -1}
		if ae, ok := first(a.look(toks, j), cAdj); ok {
			o.country, o.bare = a.x.lex.Countries[ae.ref].Code, false
			j += ae.n
		}
		j = skipConn(toks, j)
		if te, ok := first(a.look(toks, j), cTopic); ok {
			o.ref = te.ref
			j += te.n
			if cc, m := a.orgCountry(toks, j); cc != "" {
				o.country, o.bare, j = cc, false, m
			}
			a.setSpan(s, o, i, j)
			o.surface = ""
			return o, j
		}
	}
	// "Vietnam's Ministry of Planning and Investment"
	if e, ok := first(ms, cCountry); ok && a.lang == "en" && i+e.n+1 < len(toks) && toks[i+e.n].Fold == "s" && toks[i+e.n].Glued {
		if o, j := a.parseOrg(s, i+e.n+1, depth+1); o != nil && o.bare && (o.kind == okNational || o.kind == okMinistry || o.kind == okGeneric) {
			o.country, o.bare = a.x.lex.Countries[e.ref].Code, false
			a.setSpan(s, o, i+e.n+1, j)
			return o, j
		}
	}
	// "Cambodian National Assembly", "Vietnamese Ministry of Finance"
	if e, ok := first(ms, cAdj); ok && a.lang == "en" {
		if he, ok := first(a.look(toks, i+e.n), cEmbassy); ok {
			// "the Indian Embassy"
			o := &orgRef{kind: okEmbassy, country: a.x.lex.Countries[e.ref].Code}
			j := i + e.n + he.n
			if j+1 < len(toks) && (toks[j].Fold == "in" || toks[j].Fold == "to") {
				if ce, ok := first(a.look(toks, skipConn(toks, j+1)), cCountry); ok {
					o.country2 = a.x.lex.Countries[ce.ref].Code
					j = skipConn(toks, j+1) + ce.n
				}
			}
			a.setSpan(s, o, i, j)
			return o, j
		}
		if o, j := a.parseOrg(s, i+e.n, depth+1); o != nil && o.bare && (o.kind == okNational || o.kind == okMinistry || o.kind == okGeneric) {
			o.country, o.bare = a.x.lex.Countries[e.ref].Code, false
			if o.kind == okGeneric {
				o.alt = o.surface // also named without the demonym
			}
			a.setSpan(s, o, i, j)
			return o, j
		}
	}
	// an organ of another body: "Bureau de l'AN", "Ban Thư ký Quốc hội"
	for _, e := range ms {
		if e.cat != cOrgan {
			continue
		}
		j := skipConn(toks, i+e.n)
		// "Trung ương Đảng Nhân dân Cách mạng Lào": the organ's last word
		// ("Đảng", "Party") starts the name of the party it belongs to
		if last := toks[i+e.n-1].Fold; e.n >= 2 && (last == "dang" || last == "party" || last == "parti") {
			if p, k := a.parseOrg(s, i+e.n-1, depth+1); p != nil && p.kind == okNamed && k > i+e.n {
				o := &orgRef{kind: okOrgan, ref: e.ref, parent: p, bare: p.bare}
				a.setSpan(s, o, i, k)
				return o, k
			}
		}
		if p, k := a.parseOrg(s, j, depth+1); p != nil {
			o := &orgRef{kind: okOrgan, ref: e.ref, parent: p, bare: p.bare}
			a.setSpan(s, o, i, k)
			return o, k
		}
		if dp := a.x.lex.Organs[e.ref].DefaultParent; dp != "" {
			p := a.defaultBody(dp)
			if p != nil {
				k := i + e.n
				o := &orgRef{kind: okOrgan, ref: e.ref, parent: p, bare: true}
				if cc, m := a.orgCountry(toks, k); cc != "" {
					p.country, p.bare, o.bare, k = cc, false, false, m
				}
				p.surface = ""
				a.setSpan(s, o, i, k)
				p.start, p.end, p.sent, p.tok = o.start, o.end, s.idx, i
				return o, k
			}
		}
	}
	// a named institution
	if e, ok := first(ms, cNamed); ok {
		j := i + e.n
		j = skipAbbrDef(toks, j)
		o := &orgRef{kind: okNamed, ref: e.ref, country: a.x.lex.Named[e.ref].Country}
		if cc, m := a.orgCountry(toks, j); cc != "" && cc == o.country {
			j = m
		}
		a.setSpan(s, o, i, j)
		return o, j
	}
	// an abbreviation the article defined: "Assemblée nationale (AN)"
	if t := &toks[i]; t.AllCaps || t.Cap && a.abbrs[t.Text] != nil {
		if def, ok := a.abbrs[t.Text]; ok && len(ms) == 0 {
			o := *def
			o.anaphora = def
			j := i + 1
			if cc, m := a.orgCountry(toks, j); cc != "" {
				o.country, o.bare, j = cc, false, m
			} else {
				o.bare = true
			}
			a.setSpan(s, &o, i, j)
			return &o, j
		}
	}
	// a national body: "Assemblée nationale cambodgienne", "Quốc hội Việt Nam"
	// (not the first word of a longer local body's name: "gouvernement populaire de la province du Yunnan")
	if e, ok := first(ms, cNational); ok && !longerLocal(ms, e.n) {
		j := i + e.n
		o := &orgRef{kind: okNational, ref: e.ref, bare: true}
		if k := a.defineAbbr(toks, j, o); k > j {
			j = k
		}
		if cc, m := a.orgCountry(toks, j); cc != "" {
			o.country, o.bare, j = cc, false, m
			if k := a.defineAbbr(toks, j, o); k > j {
				j = k
			}
		}
		a.setSpan(s, o, i, j)
		return o, j
	}
	// English may name a ministry by its topic first: "Foreign Ministry"
	if te, ok := first(ms, cTopic); ok && a.lang == "en" && i+te.n < len(toks) && toks[i+te.n].Fold == "ministry" && toks[i+te.n].Cap {
		o := &orgRef{kind: okMinistry, ref: te.ref, bare: true}
		a.setSpan(s, o, i, i+te.n+1)
		return o, i + te.n + 1
	}
	// a ministry: head, [demonym], [de], topic, [country]; "Department of
	// National Defense" too, capitalised (a department of a province is not one)
	if e, ok := first(ms, cMinHead); ok && (toks[i].Fold != "department" || toks[i].Cap) {
		j := i + e.n
		o := &orgRef{kind: okMinistry, bare: true, ref: -1}
		if ae, ok := first(a.look(toks, j), cAdj); ok {
			o.country, o.bare = a.x.lex.Countries[ae.ref].Code, false
			j += ae.n
		}
		j = skipConn(toks, j)
		te, ok := first(a.look(toks, j), cTopic)
		topicEnd := j
		if ok {
			topicEnd = j + te.n
		}
		if g, end := a.enListMinistry(s, i, i+e.n, j, topicEnd, false); g != nil && toks[i].Fold == "ministry" {
			if o.country != "" {
				g.country, g.bare = o.country, false
			}
			return g, end
		}
		if ok && toks[i].Fold == "department" && topicEnd < len(toks) && toks[topicEnd].Cap && toks[topicEnd].Kind == fold.Word {
			ok = false // "Department of Trade Negotiations": more than a ministry's topic
		}
		if ok && a.lang == "vi" {
			if g, end := a.viCompoundMinistry(s, i, j+te.n); g != nil {
				return g, end
			}
		}
		if !ok {
			// "Bộ Chỉ huy Quân sự", "Bộ Tư lệnh": another body starting with the same word
			return a.parseOrgAfterMinistry(s, i, ms, depth)
		}
		o.ref = te.ref
		j += te.n
		if a.lang == "fr" {
			j = frPortfolios(toks, j) // "ministère de l'Agriculture, du Développement rural et des Productions vivrières"
		}
		if cc, m := a.orgCountry(toks, j); cc != "" {
			o.country, o.bare, j = cc, false, m
		}
		j = skipAbbrDef(toks, j)
		a.setSpan(s, o, i, j)
		return o, j
	}
	return a.parseOrgAfterMinistry(s, i, ms, depth)
}

// parseOrgAfterMinistry tries the kinds of institution after ministries:
// local bodies, joint committees, embassies, other institutions.
func (a *article) parseOrgAfterMinistry(s *sentence, i int, ms []entry, depth int) (*orgRef, int) {
	toks := s.toks
	// a local body: "Comité populaire de Hanoï", "Ủy ban nhân dân tỉnh Sóc Trăng"
	if e, ok := first(ms, cLocal); ok {
		j := i + e.n
		k := j
		pe, found := first(a.look(toks, k), cPlace)
		for n := 0; !found && n < 5 && k < len(toks); n++ {
			t := &toks[k]
			if !(localPrefix[t.Fold] && !t.Cap || n == 0 && (t.Lower == "tỉnh" || t.Lower == "tp" || t.Fold == "province") || t.Text == ".") {
				break
			}
			k++
			pe, found = first(a.look(toks, k), cPlace)
		}
		if found {
			o := &orgRef{kind: okLocal, ref: e.ref, place: pe.ref, country: a.x.lex.Places[pe.ref].Country}
			a.setSpan(s, o, i, k+pe.n)
			s.inner = append(s.inner, &atom{kind: aPlace, s: k, e: k + pe.n, ref: pe.ref, country: o.country})
			return o, k + pe.n
		}
		// "UBND thành phố Móng Cái", "People's Committee of Dong Ha city": a
		// place no list knows, named by its kind
		if k > j && k < len(toks) {
			if pl := a.headPlace(s, k); pl != nil && pl.pname != "" {
				o := &orgRef{kind: okLocal, ref: e.ref, place: -1, pname: pl.pname, country: pl.country, bare: pl.country == ""}
				a.setSpan(s, o, i, pl.e)
				s.inner = append(s.inner, pl)
				return o, pl.e
			}
		}
		// not after a capitalised word: "Ba Vi District Party Committee"
		// names a place no list knows, not the last local body's
		if prev := a.lastLocal(e.ref); prev != nil && (i == 0 || !toks[i-1].Cap || a.lang != "en") {
			o := *prev
			o.anaphora = prev
			a.setSpan(s, &o, i, j)
			return &o, j
		}
		// "Chủ tịch UBND tỉnh", "Comité populaire provincial": the body of
		// the province the text is about (the one of its last local body)
		if provincial(toks[i:k]) && !(k < len(toks) && toks[k].Cap && toks[k].Kind == fold.Word) {
			if prev := a.lastLocal(-1); prev != nil {
				o := &orgRef{kind: okLocal, ref: e.ref, place: prev.place, pname: prev.pname, country: prev.country}
				end := j
				if end < len(toks) && (toks[end].Lower == "tỉnh" || toks[end].Fold == "province") {
					end++ // "UBND tỉnh"
				}
				a.setSpan(s, o, i, end)
				return o, end
			}
		}
	}
	if e, ok := first(ms, cLocalShort); ok {
		if prev := a.lastLocal(e.ref); prev != nil && (i == 0 || !toks[i-1].Cap) {
			o := *prev
			o.anaphora = prev
			a.setSpan(s, &o, i, i+e.n)
			return &o, i + e.n
		}
	}
	// "Hanoi People's Committee", "Havana's Provincial Government": place,
	// [Provincial|City], local head (which may start with "Provincial")
	if e, ok := first(ms, cPlace); ok && a.lang == "en" {
		j := i + e.n
		if j < len(toks) && toks[j].Glued && toks[j].Fold == "s" {
			j++
		}
		j0 := j
		for j < len(toks) && localEnMods[toks[j].Fold] {
			j++
		}
		le, ok := first(a.look(toks, j), cLocal)
		if !ok && j > j0 && toks[j0].Fold != "city" { // not "City Hall", a venue
			j = j0
			le, ok = first(a.look(toks, j), cLocal)
		}
		if ok {
			o := &orgRef{kind: okLocal, ref: le.ref, place: e.ref, country: a.x.lex.Places[e.ref].Country}
			a.setSpan(s, o, i, j+le.n)
			s.inner = append(s.inner, &atom{kind: aPlace, s: i, e: i + e.n, ref: e.ref, country: o.country})
			return o, j + le.n
		}
	}
	// a joint committee
	if o, j := a.parseJoint(s, i, ms); o != nil {
		return o, j
	}
	// an embassy: "ambassade du Vietnam en République de Corée"
	if e, ok := first(ms, cEmbassy); ok {
		j := skipConn(toks, i+e.n)
		if ce, ok := first(a.look(toks, j), cCountry); ok {
			o := &orgRef{kind: okEmbassy, country: a.x.lex.Countries[ce.ref].Code}
			j += ce.n
			if j < len(toks) && (toks[j].Fold == "en" || toks[j].Fold == "au" || toks[j].Fold == "aux" || toks[j].Fold == "in" || toks[j].Fold == "to" || toks[j].Lower == "tại") {
				if he, ok := first(a.look(toks, skipConn(toks, j+1)), cCountry); ok {
					o.country2 = a.x.lex.Countries[he.ref].Code
					j = skipConn(toks, j+1) + he.n
				}
			}
			a.setSpan(s, o, i, j)
			return o, j
		}
	}
	// another institution: a head noun and its complement
	if _, ok := first(ms, cGeneric); ok {
		return a.parseGeneric(s, i, ms, depth)
	}
	if o, j := a.lowerHeadBody(s, i); o != nil {
		return o, j
	}
	if a.lang == "en" {
		return a.parseGenericEn(s, i)
	}
	return nil, i
}

// parseGenericEn: English puts the head last: "Vietnam-Cuba Friendship
// Association", "Japan International Cooperation Agency". Capitalised
// words (countries and demonyms among them) ending with a head noun.
func (a *article) parseGenericEn(s *sentence, i int) (*orgRef, int) {
	toks := s.toks
	if !toks[i].Cap || a.stop[toks[i].Fold] {
		return nil, i
	}
	var cs []string
	k, lead := i, i
	placeLead := false // the name starts with a province or a city
	for k < len(toks) && k-i < 8 {
		t := &toks[k]
		if t.Text == "-" || t.Text == "–" {
			if k > i && k+1 < len(toks) && toks[k+1].Cap {
				k++
				continue
			}
			break
		}
		// a plural possessive inside the name: "Parliamentarians' Friendship Group"
		if (t.Text == "'" || t.Text == "’") && k > i && strings.HasSuffix(toks[k-1].Fold, "s") && k+1 < len(toks) && toks[k+1].Cap && toks[k+1].Kind == fold.Word {
			k++
			continue
		}
		if t.Kind != fold.Word || !t.Cap || t.AllCaps && k > i {
			break
		}
		ms := a.look(toks, k)
		if e, ok := first(ms, cGeneric); ok && k > i {
			if placeLead && (toks[k].Fold == "centre" || toks[k].Fold == "center") {
				return nil, i // "Vientiane Convention Centre": a venue
			}
			end := k + e.n
			// "Thai Department of Trade Negotiations"
			if m := end; m+1 < len(toks) && enOfWords[toks[m].Fold] && !toks[m].Cap {
				m++
				if toks[m].Fold == "the" && !toks[m].Cap {
					m++
				}
				if l := a.enNameList(toks, m, true, false); l > m {
					end = l
				}
			}
			end, concept := a.enConceptTail(toks, e.ref, k+e.n, end)
			o := &orgRef{kind: okGeneric, ref: -1, bare: true}
			if len(cs) == 1 {
				o.country, o.bare = cs[0], false
			}
			a.setConcept(o, concept, toks, i, end)
			o.slug = fold.Key(a.text[toks[i].Start:toks[end-1].End])
			a.setSpan(s, o, i, end)
			if lead > i && lead < k {
				o.alt = a.text[toks[lead].Start:toks[end-1].End]
			}
			return o, end
		}
		if e, ok := first(ms, cCountry); ok {
			cs = append(cs, a.x.lex.Countries[e.ref].Code)
			k += e.n
			continue
		}
		if e, ok := first(ms, cAdj); ok {
			cs = append(cs, a.x.lex.Countries[e.ref].Code)
			if k == i {
				lead = k + e.n // "Thai Department of ...": also named without the demonym
			}
			k += e.n
			continue
		}
		// "Hanoi Union of Friendship Organizations", "Guangxi Department
		// of Commerce": a province's or a city's body
		if e, ok := first(ms, cPlace); ok && k == i {
			if pl := &a.x.lex.Places[e.ref]; pl.Kind == "province" || pl.Kind == "city" || pl.Kind == "capital" {
				cs, placeLead = append(cs, pl.Country), true
				k += e.n
				continue
			}
		}
		if len(ms) > 0 && properEntry(ms) {
			break // a title, a place, a known body
		}
		k++
	}
	return nil, i
}

// skipAbbrDef skips "(ABBR)" after a name.
func skipAbbrDef(toks []tok, j int) int {
	if j+2 < len(toks) && toks[j].Text == "(" && toks[j+1].AllCaps && toks[j+2].Text == ")" {
		return j + 3
	}
	return j
}

// shortName: the word at j may be a body's short name in parentheses after
// its full name: an abbreviation ("(AN)") or one capitalised word no list
// knows ("Maritime Security Agency (Bakamla)").
func (a *article) shortName(toks []tok, j int) bool {
	t := &toks[j]
	if t.AllCaps {
		return true
	}
	return t.Kind == fold.Word && t.Cap && len(t.Text) >= 4 && !a.stop[t.Fold] && len(a.look(toks, j)) == 0
}

// defineAbbr records "(AN)" after an institution's name as its abbreviation
// in this article.
func (a *article) defineAbbr(toks []tok, j int, o *orgRef) int {
	if j+2 < len(toks) && toks[j].Text == "(" && a.shortName(toks, j+1) && toks[j+2].Text == ")" {
		if _, ok := a.abbrs[toks[j+1].Text]; !ok {
			a.abbrs[toks[j+1].Text] = o
		}
		return j + 3
	}
	return j
}

// orgCountry reads the country after an institution's name: a demonym
// ("cambodgienne"), "du Cambodge", "of Vietnam", or (Vietnamese) the name.
func (a *article) orgCountry(toks []tok, j int) (string, int) {
	j = skipAbbrDef(toks, j)
	if j >= len(toks) {
		return "", j
	}
	if e, ok := first(a.look(toks, j), cAdj); ok && a.lang != "en" {
		return a.x.lex.Countries[e.ref].Code, j + e.n
	}
	k := skipConn(toks, j)
	if a.lang == "vi" && k < len(toks) && toks[k].Lower == "nước" {
		k++ // "Bộ Công an nước Cộng hòa Nhân dân Trung Hoa"
	}
	if a.lang == "vi" || k > j {
		if e, ok := first(a.look(toks, k), cCountry); ok {
			m := k + e.n
			return a.x.lex.Countries[e.ref].Code, m
		}
	}
	// "Chi đội Quản lý biên giới Đông Hưng (Quảng Tây, Trung Quốc)": the
	// country in parentheses, maybe after its province
	if toks[j].Text == "(" {
		m := j + 1
		if pe, ok := first(a.look(toks, m), cPlace); ok && m+pe.n < len(toks) && toks[m+pe.n].Text == "," {
			m += pe.n + 1
		}
		if e, ok := first(a.look(toks, m), cCountry); ok && m+e.n < len(toks) && toks[m+e.n].Text == ")" {
			return a.x.lex.Countries[e.ref].Code, j // the gloss stays out of the name: its place and country are read too
		}
	}
	return "", j
}

// defaultBody is the body an organ belongs to when the text names none
// ("Bộ Chính trị": the ruling party).
func (a *article) defaultBody(kind string) *orgRef {
	if kind == "party" {
		return &orgRef{kind: okNamed, ref: -1, slug: "party", bare: true}
	}
	for i, n := range a.x.lex.National {
		if n.Kind == kind {
			return &orgRef{kind: okNational, ref: i, bare: true}
		}
	}
	for i, n := range a.x.lex.Named {
		if n.Key == kind {
			return &orgRef{kind: okNamed, ref: i, country: n.Country}
		}
	}
	return nil
}

func (a *article) lastLocal(kind int) *orgRef {
	for k := len(a.orgs) - 1; k >= 0 && k >= len(a.orgs)-200; k-- {
		if o := a.orgs[k]; o.kind == okLocal && (o.ref == kind || kind < 0) && o.anaphora == nil {
			return o
		}
	}
	return nil
}

// parseJoint: "Comité mixte des frontières Vietnam - Cambodge",
// "Vietnam-Cambodia Joint Border Committee", "Ủy ban hỗn hợp 2 nước".
func (a *article) parseJoint(s *sentence, i int, ms []entry) (*orgRef, int) {
	toks := s.toks
	start := i
	var pre []string
	// countries before the head (English)
	slug := ""
	if a.lang != "en" {
		// no countries before the head
	} else if c1, j, ok := a.countryPair(toks, i); ok {
		if e, ok := first(a.look(toks, j), cJointHead); ok {
			pre = c1
			ms = []entry{e}
			i = j
		} else if n, topic := jointWithTopic(toks, j); n > 0 {
			// "Vietnam – Thailand Joint Trade Committee"
			pre = c1
			ms = []entry{{cat: cJointHead, n: n}}
			i, slug = j, topic
		}
	}
	e, ok := first(ms, cJointHead)
	if !ok {
		return nil, start
	}
	o := &orgRef{kind: okJoint, ref: -1, slug: slug}
	j := i + e.n
	head := fold.Key(a.text[toks[i].Start:toks[j-1].End])
	if strings.Contains(head, "border") || strings.Contains(head, "boundary") {
		o.slug = "border"
	}
	if te, ok := first(a.look(toks, j), cJointTopic); ok {
		o.slug = a.x.lex.Joint.Topics[te.ref].Key
		j += te.n
		// "Joint Committee on Border Cooperation": the topic goes on in capitals
		for n := 0; a.lang == "en" && n < 2 && j < len(toks) && toks[j].Kind == fold.Word && toks[j].Cap && !toks[j].AllCaps &&
			!calendarWords[toks[j].Fold] && !properEntry(a.look(toks, j)); n++ {
			j++
		}
	}
	if slug != "" {
		o.slug = slug
	}
	if o.slug == "" {
		o.slug = "cooperation"
	}
	cs := pre
	if c, k, ok := a.countryPair(toks, j); ok {
		cs, j = c, k
	} else if j+1 < len(toks) && (toks[j].Text == "2" || toks[j].Lower == "hai") && toks[j+1].Lower == "nước" {
		j += 2
	}
	if len(cs) == 2 {
		o.country, o.country2 = cs[0], cs[1]
	}
	a.setSpan(s, o, start, j)
	return o, j
}

// jointWithTopic reads "Joint Trade Committee", "Joint Economic
// Commission": Joint, one or two capitalised topic words, the head. It
// returns the number of tokens and the topic.
func jointWithTopic(toks []tok, j int) (int, string) {
	if j >= len(toks) || toks[j].Fold != "joint" {
		return 0, ""
	}
	for k := j + 2; k <= j+3 && k < len(toks); k++ {
		if f := toks[k].Fold; f == "committee" || f == "commission" {
			var words []string
			for _, t := range toks[j+1 : k] {
				if t.Kind != fold.Word || !t.Cap {
					return 0, ""
				}
				words = append(words, t.Fold)
			}
			return k + 1 - j, strings.Join(words, "-")
		}
	}
	return 0, ""
}

// countryPair reads "Vietnam - Cambodge" / "Vietnam-Cambodia".
func (a *article) countryPair(toks []tok, i int) ([]string, int, bool) {
	e1, ok := first(a.look(toks, i), cCountry)
	if !ok {
		return nil, i, false
	}
	j := i + e1.n
	if j < len(toks) && (toks[j].Text == "-" || toks[j].Text == "–" || toks[j].Text == "—") {
		j++
	} else if !(j < len(toks) && toks[j].Glued) {
		return nil, i, false
	}
	e2, ok := first(a.look(toks, j), cCountry)
	if !ok {
		return nil, i, false
	}
	return []string{a.x.lex.Countries[e1.ref].Code, a.x.lex.Countries[e2.ref].Code}, j + e2.n, true
}

var genericStop = map[string]bool{"a": true, "ont": true, "est": true, "sont": true, "qui": true, "que": true, "pour": true, "afin": true,
	"avec": true, "dans": true, "sur": true, "lors": true, "en": true, "au": true, "aux": true, "par": true, "entre": true,
	"cua": true, "tai": true, "voi": true, "da": true, "se": true, "dang": true, "la": true, "ve": true, "cho": true,
	"trong": true, "tu": true, "den": true, "toi": true, "khi": true, "duoc": true, "do": true, "nham": true, "nay": true}

// viVerbs: verbs that end an institution's name in Vietnamese ("Chủ tịch
// Ủy ban dẫn đầu": the chairwoman of the committee leads).
var viVerbs = map[string]bool{"dẫn": true, "tiếp": true, "thăm": true, "phát": true, "khẳng": true, "nhấn": true, "đề": true,
	"chào": true, "hội": true, "gặp": true, "ký": true, "trao": true, "cảm": true, "bày": true, "chúc": true, "đánh": true,
	"tham": true, "chủ": true, "làm": true, "có": true, "sang": true, "đến": true}

// viWordByWord: heads of Vietnamese names written word by word, each word
// capitalised ("Đảng Xã hội chủ nghĩa Thống nhất", "Công ty cổ phần Thanh
// toán Quốc gia", "Cơ quan Tiền tệ").
var viWordByWord = map[string]bool{"đảng": true, "đoàn": true, "công": true, "cơ": true, "tập": true}

// viVerbNext: first syllables of verbs that are also words of a body's
// name ("hội đàm" but "Xã hội", "chủ trì" but "chủ nghĩa"): a verb only
// before these second syllables.
var viVerbNext = map[string]map[string]bool{"hội": {"đàm": true, "kiến": true, "ý": true}, "chủ": {"trì": true, "động": true}}

// viVerbAt: a verb ends the name of a body at token k.
func viVerbAt(toks []tok, k int) bool {
	w := toks[k].Lower
	if !viVerbs[w] {
		return false
	}
	if next, ok := viVerbNext[w]; ok {
		return k+1 < len(toks) && next[toks[k+1].Lower]
	}
	return true
}

// parseGeneric: an institution no list knows, by its head noun and
// complement ("Comité d'organisation des cérémonies nationales",
// "Ủy ban tổ chức lễ nghi quốc gia và quốc tế Vương quốc Campuchia").
func (a *article) parseGeneric(s *sentence, i int, ms []entry, depth int) (*orgRef, int) {
	toks := s.toks
	e, _ := first(ms, cGeneric)
	j := i + e.n
	k := j
	words := 0
	adjCC := ""
	switch a.lang {
	case "vi":
		if j < len(toks) && toks[j].Lower == "trưởng" {
			return nil, i // "Chi đội trưởng", "Đồn trưởng": the head of such a body, a title
		}
		named := false
		if e.ref > 0 {
			if m := a.viBodyName(toks, j); m > j {
				k, words, named = m, m-j, true // "Bệnh viện Bạch Mai": a proper name
			}
		}
		for !named && k < len(toks) && words < 10 {
			t := &toks[k]
			// "Cục Đối ngoại", "Ban Hợp tác quốc tế": the name's first word is capitalised
			// "Đảng Xã hội chủ nghĩa Thống nhất": so is each later word of a party's name
			capFirst := (k == j || words > 0 && viWordByWord[toks[i].Lower]) && t.Cap && !t.AllCaps && k+1 < len(toks) && toks[k+1].Kind == fold.Word && !toks[k+1].Cap && !genericStop[toks[k+1].Fold]
			// "Ban Tuyên giáo và Dân vận": each field of the name is capitalised
			if !capFirst && words > 0 && (toks[k-1].Lower == "và" || toks[k-1].Text == ",") && t.Cap && !t.AllCaps {
				capFirst = true
			}
			// "Ủy ban Văn hóa, Giáo dục", "Ủy ban Khoa học, Công nghệ và Môi
			// trường": a comma before another field, capitalised, then in lower case
			if t.Text == "," && words > 0 && k+2 < len(toks) && toks[k+1].Cap && !toks[k+1].AllCaps && toks[k+1].Kind == fold.Word &&
				toks[k+2].Kind == fold.Word && !toks[k+2].Cap && !genericStop[toks[k+2].Fold] && !viVerbs[toks[k+2].Lower] && !properEntry(a.look(toks, k+1)) {
				k++
				continue
			}
			if capFirst {
				if ms := a.look(toks, k); len(ms) > 0 && properEntry(ms) {
					capFirst = false
				}
			}
			// "Tập đoàn NETS": an abbreviation right after the head is the name
			if k == j && t.Kind == fold.Word && t.AllCaps && len(t.Text) >= 2 {
				k++
				words++
				break
			}
			if words > 0 && viPlaceAt(toks, k) > k {
				break // "Sở Ngoại vụ tỉnh Quảng Ninh": the province it belongs to
			}
			if t.Kind == fold.Word && (!t.Cap || capFirst) && !genericStop[t.Fold] && !viVerbAt(toks, k) {
				k++
				words++
				continue
			}
			if t.Text == "-" && k+1 < len(toks) && !toks[k+1].Cap {
				k++
				continue
			}
			break
		}
		if words > 0 {
			k = a.viNameToShort(toks, k)
		}
		if m := a.knownPrefix(toks, i, j+1, k); m < k && !toks[m].Cap && toks[m].Lower != "và" {
			// "Hội đồng Cộng hòa sẵn sàng thúc đẩy...": the body named before
			// ("Hội đồng Cộng hòa Quốc hội Belarus"), then the sentence goes on
			words -= k - m
			k = m
		}
		if words == 0 {
			k, words = a.viProperComplement(toks, j)
		} else if k > j && !toks[k-1].Cap {
			// "Chi đội Quản lý biên giới Đông Hưng": the field, then the
			// proper name of the place it serves
			if m, n := a.viProperComplement(toks, k); n > 0 && n <= 3 {
				if ms := a.look(toks, k); len(ms) == 0 {
					k, words = m, words+n
				}
			}
		}
	case "fr":
		if k+1 < len(toks) && (toks[k].Fold == "de" || toks[k].Fold == "des") && venueKinds[toks[k+1].Fold] {
			return nil, i // "Centre de conventions de Phnom Penh": a place (conventionCentre)
		}
		if e.ref > 0 {
			k = a.frHeadAdjectives(toks, k) // "Régie autonome des eaux"
			j = k
		}
		if ae, ok := first(a.look(toks, k), cAdj); ok && !toks[k].Cap {
			// "Agence japonaise de coopération internationale"
			adjCC, k = a.x.lex.Countries[ae.ref].Code, k+ae.n
			j = k
		}
		pour := k+1 < len(toks) && toks[k].Fold == "pour" && !toks[k].Cap
		if k < len(toks) && (toks[k].Fold == "de" || toks[k].Fold == "d" || toks[k].Fold == "des" || toks[k].Fold == "du" || pour) && !toks[k].Cap {
			k++
			if pour && k+1 < len(toks) && (toks[k].Fold == "le" || toks[k].Fold == "la" || toks[k].Fold == "l" || toks[k].Fold == "les") && !toks[k+1].Cap {
				k++ // "Conseil pour le développement du Cambodge"
			}
			for k < len(toks) && words < 8 {
				t := &toks[k]
				// "Département du Commerce": the first word of the complement in capitals
				if words == 0 && t.Kind == fold.Word && t.Cap && !t.AllCaps && !a.stop[t.Fold] && !properEntry(a.look(toks, k)) {
					k++
					words++
					continue
				}
				if _, ok := first(a.look(toks, k), cAdj); ok && words > 0 {
					break // "Commandement de l'espace français": the demonym closes the name
				}
				if _, ok := first(a.look(toks, k), cMinHead); ok && words > 0 {
					break // "Département de la coopération internationale du ministère ...": the body it belongs to
				}
				// "Commission de la culture", "Commission de l'éducation, des
				// sciences et de la technologie": an article, a comma or
				// "des"/"du" before another field in lower case
				// (after a comma, the next field starts with "de", "des", "du": "les deux parties" is no field)
				comma := t.Text == "," && words > 0 && k+1 < len(toks) && (toks[k+1].Fold == "des" || toks[k+1].Fold == "du" || toks[k+1].Fold == "de" || toks[k+1].Fold == "d")
				// "Fonds de solidarité pour les projets innovants": "pour" and an
				// article before another field (a verb would take no article)
				if t.Fold == "pour" && !t.Cap && words > 0 && k+2 < len(toks) && (toks[k+1].Fold == "les" || toks[k+1].Fold == "le") && lowerFieldAt(toks, k+2) {
					k += 2
					continue
				}
				if (t.Fold == "la" || t.Fold == "l" || t.Fold == "des" || t.Fold == "du" || comma) && !t.Cap && lowerFieldAt(toks, k+1) {
					k++
					continue
				}
				if t.Kind == fold.Word && !t.Cap && !genericStop[t.Fold] && !(t.Fold == "des" || t.Fold == "du") {
					if t.Fold == "et" && !(k+1 < len(toks) && !toks[k+1].Cap) {
						break
					}
					k++
					words++
					continue
				}
				break
			}
		}
	case "en":
		// "Committee for External Relations, Culture and Education",
		// "Department of Trade Negotiations": the head first, then its complement
		m := k
		if m < len(toks) && enOfWords[toks[m].Fold] && !toks[m].Cap {
			m++
			if m < len(toks) && toks[m].Fold == "the" && !toks[m].Cap {
				m++
			}
			if l := a.enNameList(toks, m, true, false); l > m {
				k, words = l, l-m
			}
		}
		if words == 0 {
			return nil, i
		}
	default:
		return nil, i
	}
	if words == 0 && adjCC == "" && a.lang == "vi" && depth == 0 {
		// "Hải quân Liên bang Nga", "Cảnh sát biển Indonesia": the country's own
		if cc, m := a.orgCountry(toks, j); cc != "" && m > j && toks[j].Lower != "của" && toks[i].Lower != "đảng" {
			o := &orgRef{kind: okGeneric, ref: -1, country: cc}
			a.setConcept(o, e.ref, toks, i, j)
			o.slug = fold.Key(a.text[toks[i].Start:toks[j-1].End])
			a.setSpan(s, o, i, m)
			return o, m
		}
	}
	if words == 0 && adjCC == "" {
		// "Chủ tịch Ủy ban": the committee just named in full
		if prev := a.lastGeneric(fold.Key(a.text[toks[i].Start:toks[j-1].End])); prev != nil && (j >= len(toks) || !toks[j].Cap) {
			o := *prev
			o.anaphora = prev
			a.setSpan(s, &o, i, j)
			return &o, j
		}
		return nil, i
	}
	// drop a trailing linking word
	for k > j && (isConnector(toks[k-1].Fold) || toks[k-1].Fold == "et" || toks[k-1].Lower == "và") {
		k--
		words--
	}
	if words == 0 {
		return nil, i
	}
	if o, end := a.centralCommission(s, i, k, depth); o != nil {
		return o, end
	}
	// "... française au Vietnam (CCIFV)": where it works is part of its name
	if k+4 < len(toks) && (toks[k].Fold == "au" || toks[k].Fold == "en" || toks[k].Fold == "in") {
		if ce, ok := first(a.look(toks, k+1), cCountry); ok {
			if m := k + 1 + ce.n; m+2 < len(toks) && toks[m].Text == "(" && toks[m+1].AllCaps && toks[m+2].Text == ")" {
				k = m
			}
		}
	}
	// "Sở Ngoại vụ tỉnh Quảng Ninh", "Cục Hải quan Quảng Ninh": the province
	// whose department it is (a province or city the lexicon knows, or one
	// named by its kind)
	if m := viPlaceAt(toks, k); a.lang == "vi" {
		if pe, ok := first(a.look(toks, m), cPlace); ok && (m > k || a.x.lex.Places[pe.ref].Kind != "venue") {
			k = m + pe.n
			if adjCC == "" {
				adjCC = a.x.lex.Places[pe.ref].Country
			}
		}
	}
	// "Département du Commerce du Yunnan", "Service des douanes de Lào Cai":
	// the province whose department it is
	if a.lang == "fr" && k+1 < len(toks) && (toks[k].Fold == "du" || toks[k].Fold == "de") {
		if pe, ok := first(a.look(toks, k+1), cPlace); ok {
			k += 1 + pe.n
			if adjCC == "" {
				adjCC = a.x.lex.Places[pe.ref].Country
			}
		}
	}
	o := &orgRef{kind: okGeneric, ref: -1, bare: adjCC == "", country: adjCC}
	a.setConcept(o, e.ref, toks, i, k)
	o.slug = fold.Key(a.text[toks[i].Start:toks[k-1].End])
	end := k
	if cc, m := a.orgCountry(toks, end); cc != "" {
		o.country, o.bare, end = cc, false, m
	}
	// "... des Forces armées royales cambodgiennes": a part of that body
	if m := skipConn(toks, end); m > end || a.lang == "vi" && (toks[min(m, len(toks)-1)].Lower == "của" || startsMinistry(a, toks, m)) {
		if p, q := a.parseOrg(s, m, depth+1); p != nil {
			g := &orgRef{kind: okOrgan, ref: -1, slug: o.slug, parent: p, bare: p.bare}
			a.setSpan(s, g, i, q)
			return g, q
		}
	}
	span := end
	if m := skipAbbrDef(toks, k); a.lang == "vi" && end > k && m < len(toks) && toks[m].Lower == "của" {
		span = k // "Tập đoàn NETS của Singapore": "của" and the country are no part of the name
	}
	a.setSpan(s, o, i, span)
	return o, end
}

// knownPrefix returns the end of the longest name [i, m), lo <= m < hi,
// of a body no list knows that the article named before; hi if none.
func (a *article) knownPrefix(toks []tok, i, lo, hi int) int {
	if len(a.orgs) == 0 || hi-lo < 2 {
		return hi
	}
	for m := hi - 1; m >= lo; m-- {
		slug := fold.Key(a.text[toks[i].Start:toks[m-1].End])
		for _, o := range a.orgs {
			if o.slug == slug && (o.kind == okGeneric || o.kind == okOrgan && o.ref < 0) {
				return m
			}
		}
	}
	return hi
}

// resolveOrgs gives every institution mention its country: the one the
// text says, else the one of the person holding a title in it, else the
// one an earlier mention of the same body had, else the source's.
func (a *article) resolveOrgs() {
	firstOf := map[string]string{}
	kindKey := func(o *orgRef) string {
		switch o.kind {
		case okNational, okMinistry:
			return string(rune('0'+o.kind)) + ":" + itoa(o.ref)
		case okNamed:
			if o.ref < 0 {
				return "party"
			}
		case okOrgan:
			return "organ:" + itoa(o.ref) + o.slug
		case okGeneric:
			// one body named twice, once with its country: one identity
			return "generic:" + o.slug
		}
		return ""
	}
	// coordination: "Thượng viện và Quốc hội Campuchia"
	for k, o := range a.orgs {
		if !o.bare || o.country != "" {
			continue
		}
		for _, n := range a.orgs[k+1:] {
			if n.sent > o.sent {
				break
			}
			if n.sent != o.sent || n.start < o.end {
				continue
			}
			gap := strings.TrimSpace(a.text[o.end:n.start])
			if (gap == "và" || gap == "et" || gap == "and" || gap == ",") && n.country != "" && n.kind == okNational {
				o.held = n.country
			}
			break
		}
	}
	var resolve func(o *orgRef) string
	resolve = func(o *orgRef) string {
		if o.resolved != "" {
			return o.resolved
		}
		switch {
		case o.kind == okOrgan:
			c := resolve(o.parent)
			o.resolved = c
			return c
		case o.country != "":
			o.resolved = o.country
		case o.held != "":
			o.resolved = o.held
		case o.anaphora != nil && o.anaphora.resolved != "":
			o.resolved = o.anaphora.resolved
		default:
			if c, ok := firstOf[kindKey(o)]; ok && kindKey(o) != "" {
				o.resolved = c
			} else if o.kind == okGeneric || o.kind == okJoint || o.kind == okNamed && o.ref >= 0 {
				o.resolved = ""
			} else {
				o.resolved = a.home
			}
		}
		if k := kindKey(o); k != "" && o.resolved != "" {
			if _, ok := firstOf[k]; !ok {
				firstOf[k] = o.resolved
			}
		}
		return o.resolved
	}
	// a bare mention set against a foreign one in the same sentence is the
	// source's own ("Chủ tịch Quốc hội tiếp Chủ tịch Quốc hội Campuchia")
	homeSeen := map[string]bool{}
	for _, o := range a.orgs {
		if a.home != "" && (o.country == a.home || o.held == a.home) {
			homeSeen[kindKey(o)] = true
		}
	}
	foreign := map[string]bool{} // sentence and kind of a foreign body named explicitly
	for _, n := range a.orgs {
		if n.country != "" && n.country != a.home && kindKey(n) != "" {
			foreign[itoa(n.sent)+"|"+kindKey(n)] = true
		}
	}
	for _, o := range a.orgs {
		if o.country != "" || o.held != "" || a.home == "" || kindKey(o) == "" || !homeSeen[kindKey(o)] {
			continue
		}
		if foreign[itoa(o.sent)+"|"+kindKey(o)] {
			o.held = a.home
		}
	}
	// "Ủy ban Văn hóa, Giáo dục" in the headline is the "Ủy ban Văn hóa, Giáo
	// dục của Quốc hội" of the body: one body no list knows, named with and
	// without the body it belongs to
	for _, o := range a.orgs {
		if o.kind != okGeneric || o.slug == "" || o.country != "" {
			continue
		}
		for _, p := range a.orgs {
			if p.kind == okOrgan && p.ref < 0 && p.slug == o.slug && p.parent != nil {
				o.kind, o.parent, o.bare = okOrgan, p.parent, p.bare
				break
			}
		}
	}
	a.counterpartBodies(kindKey)
	// explicit ones first, so a bare mention can take the country of a
	// later explicit one when nothing else tells
	for _, o := range a.orgs {
		if o.country != "" || o.held != "" {
			resolve(o)
		}
	}
	for _, o := range a.orgs {
		resolve(o)
	}
}

// counterpartBodies: "Mr Thieu paid a courtesy call on Mrs Retno, Deputy
// Minister of Defence, at the Ministry of Defence": a body named bare, held
// by someone with no country of their own who meets a person of one country
// of the article, is the other country's, not the one of the first body of
// that kind the article named.
func (a *article) counterpartBodies(kindKey func(*orgRef) string) {
	var pair []string
	for _, s := range a.sents {
		event := false
		for _, at := range s.atoms {
			if at.kind == aEvent {
				event = true
				break
			}
		}
		if !event {
			continue
		}
		for _, p := range a.persons {
			if p.country != "" {
				continue
			}
			for _, q := range p.positions {
				o := q.org
				if q.sent != s.idx || o == nil || o.country != "" || o.held != "" || o.anaphora != nil || o.kind != okMinistry && o.kind != okNational {
					continue
				}
				met := ""
				for _, at := range s.atoms {
					if at.kind == aName && at.person != p && at.person.country != "" {
						met = at.person.country
						break
					}
				}
				if met == "" {
					continue
				}
				if pair == nil {
					pair = a.computePair() // not cached: the events are not read yet
				}
				other := ""
				switch {
				case len(pair) == 2 && slices.Contains(pair, met):
					other = pair[0]
					if other == met {
						other = pair[1]
					}
				case len(pair) < 2 && a.dateline != nil && a.dateline.country != met:
					other = a.dateline.country // the host, where the report is filed
				}
				if other == "" {
					continue
				}
				for _, n := range a.orgs {
					if n.sent == s.idx && n.country == "" && n.held == "" && n.anaphora == nil && kindKey(n) == kindKey(o) {
						n.held = other
					}
				}
			}
		}
	}
}

func itoa(n int) string {
	if n < 0 {
		return "-" + itoa(-n)
	}
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

// localPlace is the name of the place of a local body.
func (a *article) localPlace(o *orgRef) string {
	if o.place < 0 {
		return o.pname
	}
	return a.x.lex.Places[o.place].Names[0]
}

// orgID is the canonical id of a resolved institution.
func (a *article) orgID(o *orgRef) string {
	l := a.x.lex
	cc := o.resolved
	switch o.kind {
	case okNational:
		return "org:" + l.National[o.ref].Kind + ":" + orUnknown(cc)
	case okNamed:
		if o.ref < 0 { // the ruling party of a country
			if p, ok := a.x.party[cc]; ok {
				return "org:" + l.Named[p].Key
			}
			return "org:party:" + orUnknown(cc)
		}
		n := l.Named[o.ref]
		if n.Country != "" && a.x.nationalKind[n.Kind] {
			// "State Great Khural": the legislature of its country
			return "org:" + n.Kind + ":" + n.Country
		}
		return "org:" + n.Key
	case okMinistry:
		return "org:ministry:" + l.Ministries.Topics[o.ref].Key + ":" + orUnknown(cc)
	case okLocal:
		c := o.country
		if c == "" {
			c = orUnknown(cc) // a place no list knows, of the country the text gives the body
		}
		return "org:" + l.Local[o.ref].Kind + ":" + c + ":" + fold.Key(a.localPlace(o))
	case okJoint:
		cs := []string{o.country, o.country2}
		if o.country == "" {
			cs = a.mainPair()
		}
		sort.Strings(cs)
		return "org:joint-committee:" + o.slug + ":" + strings.Join(cs, "-")
	case okEmbassy:
		return "org:embassy:" + o.country + ":" + orUnknown(a.embassyHost(o))
	case okGeneric:
		if id := a.conceptID(o); id != "" {
			return id
		}
		if cc == "" {
			return "org:" + o.slug
		}
		return "org:" + cc + ":" + o.slug
	case okOrgan:
		key := o.slug
		if o.ref >= 0 {
			key = l.Organs[o.ref].Key
			if as := l.Organs[o.ref].As; as != "" {
				key = as
			}
		}
		return a.orgID(o.parent) + "/" + key
	}
	return "org:unknown"
}

func orUnknown(cc string) string {
	if cc == "" {
		return "XX"
	}
	return cc
}

// orgNames returns the canonical name and other known names of an
// institution in the three languages.
func (a *article) orgNames(o *orgRef) (string, []string) {
	var names []string
	switch o.kind {
	case okNational, okNamed, okMinistry:
		// the names from the lexicon, the same in every article, then the
		// ways this article writes it
		lex := a.x.lexOrgNames(a, o)
		names = append(make([]string, 0, len(lex.names)+3), lex.names...)
		var added []string // folded
		for _, n := range [...]string{o.surface, o.abbr, o.alt} {
			n = strings.TrimSpace(n)
			k := fold.Key(n)
			if k == "" || lex.keys[k] || slices.Contains(added, k) {
				continue
			}
			added = append(added, k)
			names = append(names, n)
		}
	default:
		names = a.lexNamesOf(o)
		if o.surface != "" {
			names = append(names, strings.TrimSpace(o.surface))
		}
		if o.abbr != "" {
			names = append(names, o.abbr)
		}
		if o.alt != "" {
			names = append(names, o.alt)
		}
		names = dedupFold(names)
	}
	if len(names) == 0 {
		return "institution", nil
	}
	return names[0], names[1:]
}

// orgNameKey says what the lexicon's names of a national body, a named
// institution or a ministry depend on.
type orgNameKey struct {
	kind okind
	ref  int
	cc   string
}

// lexNames are the lexicon's names of a body, folded apart (dedupFold),
// with their folded keys. Shared by the articles: read only.
type lexNames struct {
	names []string
	keys  map[string]bool
}

// lexOrgNames returns the lexicon's names of o, a national body, a named
// institution or a ministry, made once per Extractor (safe for concurrent
// use: sync.Map).
func (x *Extractor) lexOrgNames(a *article, o *orgRef) *lexNames {
	k := orgNameKey{o.kind, o.ref, o.resolved}
	if v, ok := x.orgNames.Load(k); ok {
		return v.(*lexNames)
	}
	ln := &lexNames{names: dedupFold(a.lexNamesOf(o)), keys: map[string]bool{}}
	for _, n := range ln.names {
		ln.keys[fold.Key(n)] = true
	}
	v, _ := x.orgNames.LoadOrStore(k, ln)
	return v.(*lexNames)
}

// lexNamesOf returns the names of an institution that its kind, its
// lexicon entry and its country give, not yet folded apart.
func (a *article) lexNamesOf(o *orgRef) []string {
	l := a.x.lex
	cc := o.resolved
	cname, cvi := "", ""
	if c, ok := l.CountryByCode(cc); ok {
		cname, cvi = c.Name(), c.Names.First("vi")
	}
	var names []string
	switch o.kind {
	case okNational:
		b := l.National[o.ref]
		en, fr, vi := b.Display["en"], b.Display["fr"], b.Display["vi"]
		if cname != "" {
			names = append(names, en+" of "+cname, vi+" "+cvi)
		}
		names = append(names, en, fr, vi)
	case okNamed:
		if o.ref < 0 {
			if p, ok := a.x.party[cc]; ok {
				n := l.Named[p].Names
				names = append(names, n.First("en"), n.First("fr"), n.First("vi"))
			} else {
				names = append(names, "Party")
			}
			break
		}
		n := l.Named[o.ref].Names
		names = append(names, n.First("en"), n.First("fr"), n.First("vi"))
	case okMinistry:
		t := l.Ministries.Topics[o.ref].Names
		en := "Ministry of " + t.First("en")
		if cname != "" {
			names = append(names, en+" of "+cname)
		}
		names = append(names, en, "Bộ "+t.First("vi"))
		if cvi != "" {
			names = append(names, "Bộ "+t.First("vi")+" "+cvi)
		}
		// every English spelling, before and after: "Ministry of Defense of
		// Japan", "Japanese Defense Ministry", "Foreign Ministry"
		adj := ""
		if c, ok := l.CountryByCode(cc); ok {
			adj = c.Adjectives.First("en")
		}
		for _, tn := range t.En {
			names = append(names, tn+" Ministry")
			if adj != "" {
				names = append(names, adj+" "+tn+" Ministry")
			}
			if prefixOfAnother(tn, t.En) {
				continue // "Foreign" of "Foreign Affairs": only "Foreign Ministry"
			}
			names = append(names, "Ministry of "+tn)
			if cname != "" {
				names = append(names, "Ministry of "+tn+" of "+cname)
			}
			if adj != "" {
				names = append(names, adj+" Ministry of "+tn)
			}
		}
	case okLocal:
		b := l.Local[o.ref]
		p := a.localPlace(o)
		names = append(names, p+" "+b.Display["en"], b.Display["en"]+" of "+p)
		if (b.Kind == "party-committee" || b.Kind == "peoples-committee" || b.Kind == "peoples-council") && o.place >= 0 {
			// "Lang Son Provincial Party Committee", "Hanoi Municipal People's Committee"
			if a.x.lex.Places[o.place].Kind == "province" {
				names = append(names, p+" Provincial "+b.Display["en"])
			} else {
				names = append(names, p+" Municipal "+b.Display["en"])
			}
		}
	case okJoint:
		cs := []string{o.country, o.country2}
		if o.country == "" {
			cs = a.mainPair()
		}
		var cn []string
		for _, c := range cs {
			if x, ok := l.CountryByCode(c); ok {
				cn = append(cn, x.Name())
			}
		}
		d := l.Joint.Display["en"]
		if o.slug == "border" {
			d = "Joint Border Committee"
		}
		if len(cn) == 2 {
			names = append(names, cn[0]+"-"+cn[1]+" "+d)
		}
		names = append(names, d)
	case okEmbassy:
		if c, ok := l.CountryByCode(o.country); ok {
			n := "Embassy of " + c.Name()
			if h, ok := l.CountryByCode(a.embassyHost(o)); ok {
				n += " in " + h.Name()
			}
			names = append(names, n)
		}
	case okOrgan:
		if o.ref >= 0 {
			on := l.Organs[o.ref].Names
			en, enBare, vi, viBare := a.langNames(o.parent)
			for _, x := range []string{en, enBare} {
				if x != "" {
					names = append(names, on.First("en")+" of the "+x)
				}
			}
			for _, x := range []string{vi, viBare} {
				if x != "" {
					names = append(names, on.First("vi")+" "+x)
				}
			}
		}
	}
	return names
}

func dedupFold(ns []string) []string {
	seen := map[string]bool{}
	out := ns[:0]
	for _, n := range ns {
		n = strings.TrimSpace(n)
		k := fold.Key(n)
		if k == "" || seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, n)
	}
	return out
}

func orgKindName(a *article, o *orgRef) string {
	switch o.kind {
	case okNational:
		return a.x.lex.National[o.ref].Kind
	case okNamed:
		if o.ref < 0 {
			return "party"
		}
		return a.x.lex.Named[o.ref].Kind
	case okMinistry:
		return "ministry"
	case okLocal:
		return a.x.lex.Local[o.ref].Kind
	case okJoint:
		return "joint_committee"
	case okEmbassy:
		return "embassy"
	case okOrgan:
		if o.ref >= 0 {
			return a.x.lex.Organs[o.ref].Key
		}
		return "department"
	}
	return "institution"
}

func (a *article) lastMinistry() bool {
	for k := len(a.orgs) - 1; k >= 0 && k >= len(a.orgs)-3; k-- {
		if a.orgs[k].kind == okMinistry {
			return true
		}
	}
	return false
}

// langNames gives the English and Vietnamese names of a body, with and
// without its country, to build the names of its organs.
func (a *article) langNames(o *orgRef) (en, enBare, vi, viBare string) {
	l := a.x.lex
	cname, cvi := "", ""
	if c, ok := l.CountryByCode(o.resolved); ok {
		cname, cvi = c.Name(), c.Names.First("vi")
	}
	switch o.kind {
	case okNational:
		b := l.National[o.ref]
		enBare, viBare = b.Display["en"], b.Display["vi"]
		if cname != "" {
			en, vi = enBare+" of "+cname, viBare+" "+cvi
		}
	case okNamed:
		if o.ref >= 0 {
			n := l.Named[o.ref].Names
			en, vi = n.First("en"), n.First("vi")
		} else if p, ok := a.x.party[o.resolved]; ok {
			n := l.Named[p].Names
			en, vi = n.First("en"), n.First("vi")
		}
	case okMinistry:
		t := l.Ministries.Topics[o.ref].Names
		enBare, viBare = "Ministry of "+t.First("en"), "Bộ "+t.First("vi")
		if cname != "" {
			en = enBare + " of " + cname
		}
	case okOrgan:
		if o.ref >= 0 {
			on := l.Organs[o.ref].Names
			pen, _, pvi, _ := a.langNames(o.parent)
			if pen != "" {
				en = on.First("en") + " of the " + pen
			}
			if pvi != "" {
				vi = on.First("vi") + " " + pvi
			}
		}
	default:
		en, _ = a.orgNames(o)
	}
	return en, enBare, vi, viBare
}

// embassyHost is the country an embassy is in: as written, else the one
// another mention of the same country's embassy gives ("l'ambassade du
// Japon" after "l'ambassade du Japon au Cambodge"), else the other country
// of the article's pair.
func (a *article) embassyHost(o *orgRef) string {
	if o.country2 != "" {
		return o.country2
	}
	host := ""
	for _, p := range a.orgs {
		if p.kind == okEmbassy && p.country == o.country && p.country2 != "" {
			if host != "" && host != p.country2 {
				return ""
			}
			host = p.country2
		}
	}
	if host != "" {
		return host
	}
	if pr := a.mainPair(); len(pr) == 2 && (pr[0] == o.country || pr[1] == o.country) {
		if pr[0] == o.country {
			return pr[1]
		}
		return pr[0]
	}
	if a.home != "" && a.home != o.country {
		return a.home // a foreign embassy the source's country hosts
	}
	return ""
}

// provincial: the words say the body is a province's or a city's without
// naming it ("UBND tỉnh", "Comité populaire provincial").
func provincial(ts []tok) bool {
	for _, t := range ts {
		switch t.Fold {
		case "tinh", "provincial", "provinciale", "municipal", "municipale", "province":
			return true
		}
	}
	return false
}

// startsMinistry: a ministry's or a national body's name starts at j ("Cục Đối ngoại Bộ Quốc
// phòng": Vietnamese writes the parent right after its department).
func startsMinistry(a *article, toks []tok, j int) bool {
	if j >= len(toks) {
		return false
	}
	for _, e := range a.look(toks, j) {
		switch e.cat {
		case cMinHead, cNational, cNamed:
			return true
		}
	}
	return false
}

// lastGeneric returns the institution no list knows named last in the
// article with the head word key, within a few sentences.
func (a *article) lastGeneric(head string) *orgRef {
	for k := len(a.orgs) - 1; k >= 0 && k >= len(a.orgs)-50; k-- {
		o := a.orgs[k]
		if o.anaphora != nil || o.slug == "" || o.ref >= 0 || !(o.kind == okGeneric || o.kind == okOrgan) {
			continue
		}
		if strings.HasPrefix(o.slug, head+"-") {
			return o
		}
	}
	return nil
}

// calendarWords: English days and months, capitalised but never a field of a body's name.
var calendarWords = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "january": true, "february": true, "march": true, "april": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true}

// enOfWords link an English head noun to its complement ("Committee for
// External Relations", "Department of Trade Negotiations").
var enOfWords = map[string]bool{"of": true, "for": true, "on": true}

// enNameList returns the end of the capitalised complement of an English
// institution's name starting at k: one item, or items of one to three
// capitalised words joined by commas and a closing "and" ("Land,
// Infrastructure, Transport and Tourism", "External Relations, Culture and
// Education"). Without a closing "and" the commas end the name, and a
// single item is read only when single is set. titled: a person's name may
// follow ("Minister of Agriculture, Forestry and Fisheries Taro Yamada"):
// the last item is then one word unless a Vietnamese family name starts the
// name. It returns k when there is no such complement.
func (a *article) enNameList(toks []tok, k int, single, titled bool) int {
	item := func(k, most int) int {
		j := k
		for j < len(toks) && j-k < most && toks[j].Kind == fold.Word && toks[j].Cap && !toks[j].AllCaps && !(a.stop[toks[j].Fold] && !toks[j].Glued) {
			if calendarWords[toks[j].Fold] {
				break // "Coast Guard on Tuesday": a date, not a field
			}
			if j > k && a.knownNameAt(toks, j) {
				break // "Federal Court of Accounts Ricardo Alves ...": a person already named
			}
			if ms := a.look(toks, j); len(ms) > 0 && properEntry(ms) {
				// "China-Africa Cooperation": a country joined to another word is part of the field
				_, isCountry := first(ms, cCountry)
				if titled || !isCountry || !(j+1 < len(toks) && toks[j+1].Glued && toks[j+1].Kind == fold.Word) {
					break
				}
			}
			j++
		}
		return j
	}
	first := item(k, 3)
	if first == k {
		return k
	}
	for j := first; ; {
		m := j
		if m < len(toks) && toks[m].Text == "," {
			m++
		}
		and := m < len(toks) && (toks[m].Fold == "and" || toks[m].Text == "&") && !toks[m].Cap
		if and {
			m++
		}
		if m == j {
			break
		}
		if !and {
			e := item(m, 3)
			if e == m || e >= len(toks) || !(toks[e].Text == "," || toks[e].Fold == "and") {
				break // "Minister of Finance, Tran Van X": an apposition
			}
			j = e
			continue
		}
		e := item(m, 8)
		if e == m {
			break
		}
		if e-m > 3 || titled && e-m >= 3 {
			// the name follows: "... and Rural Development Le Minh Hoan", "... and Fisheries Taro Yamada"
			cut := m + 1
			for c := m + 1; c < e && c <= m+2; c++ {
				if a.x.vnSur[toks[c].Fold] {
					cut = c
					break
				}
			}
			e = cut
		}
		return e
	}
	if single && !titled {
		return first
	}
	if titled {
		// "Minister of Migrant Workers Protection Budi Santoso": the words of
		// a portfolio, then the holder's name (or a comma before it)
		w := k
		for w < len(toks) && w-k < 5 && toks[w].Kind == fold.Word && toks[w].Cap && a.x.topicWord[toks[w].Fold] {
			w++
		}
		if w > k && w < len(toks) && (toks[w].Text == "," || toks[w].Kind == fold.Word && toks[w].Cap && !a.stop[toks[w].Fold]) {
			return w
		}
	}
	return k
}

// enListMinistry reads a ministry whose topics no list knows, in English:
// "Ministry of Land, Infrastructure, Transport and Tourism" (head at
// [start, headEnd), complement from k), or, for a title, "Minister of
// Agriculture, Forestry and Fisheries". It returns nil unless the
// complement goes beyond topicEnd (the end of a topic the lexicon knows
// there, k if none).
func (a *article) enListMinistry(s *sentence, start, headEnd, k, topicEnd int, titled bool) (*orgRef, int) {
	toks := s.toks
	if a.lang != "en" || k <= headEnd || k >= len(toks) || !enOfWords[toks[k-1].Fold] && toks[k-1].Fold != "the" {
		return nil, k
	}
	l := a.enNameList(toks, k, !titled, titled)
	if l <= topicEnd || l <= k {
		return nil, k
	}
	list := a.text[toks[k].Start:toks[l-1].End]
	o := &orgRef{kind: okGeneric, ref: -1, bare: true}
	o.slug = "ministry-of-" + fold.Key(list)
	end := l
	if cc, m := a.orgCountry(toks, end); cc != "" && !titled {
		o.country, o.bare, end = cc, false, m
	}
	a.setSpan(s, o, start, end)
	if titled {
		o.surface = "Ministry of " + list
	}
	return o, end
}

// prefixOfAnother: w is the first words of another phrase of the list.
func prefixOfAnother(w string, list []string) bool {
	for _, x := range list {
		if x != w && strings.HasPrefix(x, w+" ") {
			return true
		}
	}
	return false
}

// longerLocal: a local body's name longer than n words starts here too.
func longerLocal(ms []entry, n int) bool {
	for _, e := range ms {
		if e.cat == cLocal && e.n > n {
			return true
		}
	}
	return false
}

// centralCommission reads a party's central commission no list knows:
// "Ban Tuyên huấn Trung ương Đảng Nhân dân Cách mạng Lào", "Ban Tuyên giáo
// và Dân vận Trung ương" (the name [i, k), then "Trung ương" and maybe the
// party). It is an organ of that party (of the source's ruling party when
// none is named), so every way of writing it gets one id.
func (a *article) centralCommission(s *sentence, i, k, depth int) (*orgRef, int) {
	toks := s.toks
	if a.lang != "vi" || toks[i].Lower != "ban" || k+1 >= len(toks) || toks[k].Lower != "trung" || toks[k+1].Lower != "ương" {
		return nil, i
	}
	slug := fold.Key(a.text[toks[i].Start:toks[k-1].End])
	end := k + 2
	var parent *orgRef
	if end < len(toks) && toks[end].Lower == "đảng" {
		if p, m := a.parseOrg(s, end, depth+1); p != nil && p.kind == okNamed {
			parent, end = p, m
		} else {
			end++ // "Trung ương Đảng": the party of the text
		}
	}
	if parent == nil {
		parent = a.defaultBody("party")
		parent.sent, parent.tok = s.idx, i
	}
	o := &orgRef{kind: okOrgan, ref: -1, slug: slug, parent: parent, bare: parent.bare}
	a.setSpan(s, o, i, end)
	return o, end
}

// viCompoundMinistry reads a ministry whose name joins a known topic to
// another field: "Bộ Ngoại giao và Kinh tế đối ngoại Hungary" (the topic
// ends at j). It returns nil when no such field follows.
func (a *article) viCompoundMinistry(s *sentence, i, j int) (*orgRef, int) {
	toks := s.toks
	if j+1 >= len(toks) || toks[j].Lower != "và" || !toks[j+1].Cap || toks[j+1].Kind != fold.Word || toks[j+1].AllCaps || properEntry(a.look(toks, j+1)) {
		return nil, i
	}
	e := j + 2
	for e < len(toks) && toks[e].Kind == fold.Word && !toks[e].Cap && !genericStop[toks[e].Fold] && !viVerbs[toks[e].Lower] && !a.stop[toks[e].Fold] {
		e++
	}
	o := &orgRef{kind: okGeneric, ref: -1, bare: true}
	o.slug = fold.Key(a.text[toks[i].Start:toks[e-1].End])
	end := e
	if cc, m := a.orgCountry(toks, end); cc != "" {
		o.country, o.bare, end = cc, false, m
	}
	a.setSpan(s, o, i, end)
	return o, end
}

// fusedTopic gives a title that names its ministry itself ("Ngoại
// trưởng", "Foreign Secretary") that ministry, with the country written
// after it.
func (a *article) fusedTopic(s *sentence, at *atom) {
	topic := a.x.lex.Titles[at.ref].Topic
	if topic == "" {
		return
	}
	ref := slices.IndexFunc(a.x.lex.Ministries.Topics, func(t lexicon.Topic) bool { return t.Key == topic })
	if ref < 0 {
		return
	}
	if j := at.e; j+1 < len(s.toks) && (s.toks[j].Fold == "at" || s.toks[j].Fold == "of" || s.toks[j].Fold == "in") && !s.toks[j].Cap {
		if j++; s.toks[j].Fold == "the" {
			j++
		}
		if startsMinistry(a, s.toks, j) {
			return // "Secretary of State at the Ministry of Commerce": a rank in the ministry named
		}
	}
	o := &orgRef{kind: okMinistry, ref: ref, bare: true}
	end := at.e
	if cc, m := a.orgCountry(s.toks, end); cc != "" {
		o.country, o.bare, end = cc, false, m
	}
	a.setSpan(s, o, at.s, end)
	o.surface = ""
	at.org = o
	at.e = end
}

// lowerFieldAt: a lower-case word of a French institution's field starts at
// k, maybe after "l'" or "la" ("de la culture", "des sciences").
func lowerFieldAt(toks []tok, k int) bool {
	for n := 0; n < 2 && k < len(toks); n++ {
		t := &toks[k]
		if t.Kind != fold.Word || t.Cap {
			return false
		}
		if t.Fold == "la" || t.Fold == "l" || t.Fold == "de" {
			k++
			continue
		}
		return !genericStop[t.Fold]
	}
	return false
}

// viPlaceAt returns where the name of a province or city starts after
// "tỉnh", "thành phố", "huyện" at k ("tỉnh Quảng Ninh"), or k when there is none.
func viPlaceAt(toks []tok, k int) int {
	m := k
	switch {
	case k+1 < len(toks) && (toks[k].Lower == "tỉnh" || toks[k].Lower == "huyện" || toks[k].Lower == "quận"):
		m = k + 1
	case k+2 < len(toks) && toks[k].Lower == "thành" && toks[k+1].Lower == "phố":
		m = k + 2
	}
	if m > k && toks[m].Kind == fold.Word && toks[m].Cap {
		return m
	}
	return k
}

// viProperComplement reads a proper name right after a Vietnamese head
// ("Hạm đội Thái Bình Dương"): two to four capitalised words, none a
// country, not a person's name. It returns the end and the number of words.
func (a *article) viProperComplement(toks []tok, j int) (int, int) {
	k := j
	for k < len(toks) && k-j < 4 && toks[k].Kind == fold.Word && toks[k].Cap && !toks[k].AllCaps {
		if _, ok := first(a.look(toks, k), cCountry); ok {
			break
		}
		k++
	}
	if k-j < 2 || k < len(toks) && toks[k].Kind == fold.Word && toks[k].Cap || a.vnName(toks, j, a.look(toks, j)) > j {
		return j, 0
	}
	return k, k - j
}

// frPortfolios returns the end of the other portfolios of a French ministry
// after its first topic, which ends at j: ", du Développement rural et des
// Productions vivrières", " et de la Promotion des exportations". Each is
// a linking word and a capitalised word, with an adjective or "des" and a
// noun; the list closes with "et". It returns j when there is none.
func frPortfolios(toks []tok, j int) int {
	k := j
	if k+1 < len(toks) && toks[k].Kind == fold.Word && !toks[k].Cap && !isConnector(toks[k].Fold) && len(toks[k].Fold) > 3 &&
		(toks[k+1].Text == "," || toks[k+1].Fold == "et") {
		k++ // "du Commerce extérieur et de la Promotion des exportations"
	}
	for n := 0; n < 5 && k < len(toks); n++ {
		closing := toks[k].Fold == "et"
		if !closing && toks[k].Text != "," {
			break
		}
		m := k + 1
		if !closing && m < len(toks) && toks[m].Fold == "et" {
			closing, m = true, m+1 // ", et de"
		}
		c := skipConn(toks, m)
		if c == m || c >= len(toks) || !toks[c].Cap || toks[c].Kind != fold.Word {
			break
		}
		c++
		item := c
		switch {
		case c < len(toks) && toks[c].Kind == fold.Word && !toks[c].Cap && !isConnector(toks[c].Fold) && len(toks[c].Fold) > 3:
			c++ // "rural"
		case c+1 < len(toks) && (toks[c].Fold == "des" || toks[c].Fold == "du") && toks[c+1].Kind == fold.Word && !toks[c+1].Cap:
			c += 2 // "des exportations"
		}
		if closing {
			if c > item && c < len(toks) && toks[c].Kind == fold.Word && !toks[c].Cap {
				return item // what follows the last item is the sentence's, not the name's
			}
			return c
		}
		k = c
	}
	return j
}

package extract

import (
	"strings"

	"github.com/dyadgraph/dyad/extract/fold"
)

// Words that say the capitalised words next to them name a place: the
// kind of place before the name (French, Vietnamese, "city of") or after it
// (English). Closed classes of the languages, not a list of places.
var (
	// before the name, as folded token sequences
	placePrefixes = map[string][][]string{
		// Vietnamese with accents: "quận" is a district, "quân" an army
		"vi": {{"thành", "phố"}, {"tp"}, {"tỉnh"}, {"huyện"}, {"quận"}, {"thị", "xã"}, {"xã"}, {"phường"}, {"khu", "công", "nghiệp"},
			{"khu", "kinh", "tế"}, {"cửa", "khẩu"}, {"cửa", "khẩu", "quốc", "tế"}, {"đường"}, {"thủ", "đô"}, {"khu", "di", "tích"},
			{"di", "tích"}, {"đền"}, {"chùa"}, {"làng"}},
		"fr": {{"ville", "de"}, {"ville", "d"}, {"province", "de"}, {"province", "d"}, {"district", "de"}, {"district", "d"},
			{"commune", "de"}, {"parc", "industriel", "de"}, {"zone", "industrielle", "de"}, {"zone", "economique", "de"},
			{"rue"}, {"boulevard"}, {"avenue"}, {"pont"}, {"poste", "frontiere", "de"}, {"porte", "frontaliere", "de"}, {"capitale"},
			{"provinces", "de"}, {"provinces", "d"}, {"districts", "de"}, {"villes", "de"}},
		"en": {{"city", "of"}, {"province", "of"}, {"district", "of"}},
	}
	// lower-case heads after the name (English): "Dong Ha city", "Chbar Ampov and Meanchey districts"
	placeHeadsAfter = map[string]bool{"city": true, "province": true, "district": true, "town": true, "commune": true,
		"village": true, "street": true, "ward": true, "county": true, "prefecture": true,
		"cities": true, "provinces": true, "districts": true, "towns": true, "communes": true, "villages": true}
	// capitalised heads that end a place's name: "Van Don Economic Zone", "Ho Chi Minh Mausoleum"
	placeHeadsIn = map[string]bool{"city": true, "province": true, "district": true, "street": true, "mausoleum": true,
		"airport": true, "zone": true, "bridge": true, "monument": true, "square": true, "palace": true, "shoal": true,
		"bay": true, "hotel": true, "island": true, "islands": true, "reef": true, "stadium": true, "offices": true,
		"barracks": true, "complex": true}
	// capitalised kinds of region that end a region's name: "Primorsky Krai", "Aichi Prefecture"
	regionHeads = map[string]bool{"krai": true, "oblast": true, "okrug": true, "prefecture": true, "governorate": true}
	// capitalised heads that start a place's name: "Camp Aguinaldo", "Mount Fuji"
	placeHeadsFirst = map[string]bool{"camp": true, "fort": true, "mount": true, "lake": true}
	// a province's name after these is its capital city
	cityWords = map[string][][]string{
		"vi": {{"thành", "phố"}, {"tp"}},
		"fr": {{"ville", "de"}, {"ville", "d"}},
		"en": {{"city", "of"}},
	}
)

// prefixBefore reports whether one of the word sequences ends right before token i.
func prefixBefore(toks []tok, i int, seqs [][]string) bool {
	for _, seq := range seqs {
		n := len(seq)
		if i < n {
			continue
		}
		ok := true
		for k := n - 1; k >= 0; k-- { // the word right before i first: most sequences fail there
			w, t := seq[k], &toks[i-n+k]
			if t.Kind != fold.Word || t.Fold != w && t.Lower != w {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// headPlace recognises a place no list knows by the word that says what it
// is: "thành phố Đông Hà", "parc industriel de Dông Mai", "in Dong Ha city".
func (a *article) headPlace(s *sentence, i int) *atom {
	toks := s.toks
	t := &toks[i]
	if at := a.monument(s, i); at != nil {
		return at
	}
	if at := a.conventionCentre(s, i); at != nil {
		return at
	}
	if !t.Cap || t.Kind != fold.Word {
		return nil
	}
	if ms := a.look(toks, i); len(ms) > 0 && properEntry(ms) {
		return nil // a known place, country or institution
	}
	if a.stop[t.Fold] && t.Fold != "la" && t.Fold != "le" {
		return nil
	}
	if n := len(s.atoms); n > 0 && s.atoms[n-1].e == i && (s.atoms[n-1].kind == aHonor || s.atoms[n-1].kind == aRank) {
		return nil // "Mr ...", "General ...": a person
	}
	j := a.capRun(toks, i)
	for k := i; k < j; k++ {
		if toks[k].Text == "." {
			return nil
		}
	}
	switch {
	case prefixBefore(toks, i, placePrefixes[a.lang]):
	case a.coordinatedPlace(s, i):
	case a.lang == "en" && j+1 < len(toks) && toks[j].Fold == "and" && !toks[j].Cap && pluralPlaceAfter(toks, a.capRun(toks, j+1)):
		// "in Chbar Ampov and Meanchey districts": the first of the two
	case a.lang == "en" && j < len(toks) && toks[j].Kind == fold.Word && !toks[j].Cap && placeHeadsAfter[toks[j].Fold]:
	case a.lang == "en" && j-i >= 2 && (placeHeadsIn[toks[j-1].Fold] || regionHeads[toks[j-1].Fold]) && !a.x.stop[toks[i].Fold]:
	case a.lang == "en" && j-i >= 2 && j-i <= 3 && placeHeadsFirst[toks[i].Fold]:
	default:
		return nil
	}
	at := a.newAtom(atom{kind: aPlace, s: i, e: j, ref: -1, pname: a.text[toks[i].Start:toks[j-1].End]})
	// "Vietnam – Cambodia Friendship Monument": the pair of countries is part of its name
	if n := len(s.atoms); a.lang == "en" && n >= 2 && s.atoms[n-1].kind == aCountry && s.atoms[n-1].e == i && s.atoms[n-2].kind == aCountry {
		if c1, c2 := s.atoms[n-2], s.atoms[n-1]; c2.s == c1.e+1 && isDash(toks[c1.e]) {
			at.pname = a.text[toks[c1.s].Start:toks[j-1].End]
		}
	}
	if a.vnPlaceShape(toks[i:j]) {
		at.country = "VN" // otherwise unknown: a wrong country is worse than none
	}
	return at
}

// nameGoesOnInto: the one-word place name at i ends a longer proper name
// ("Minh Viên", "Quang Vinh"): the word before it is capitalised, inside
// the sentence, and neither a function word nor one the lexicon knows.
func (a *article) nameGoesOnInto(toks []tok, i int) bool {
	if i < 2 || toks[i].Glued {
		return false
	}
	p := &toks[i-1]
	return p.Kind == fold.Word && p.Cap && !p.AllCaps && !a.stop[p.Fold] && len(a.look(toks, i-1)) == 0 &&
		toks[i-2].Kind == fold.Word && !toks[i-2].Cap
}

// pluralPlaceAfter: a plural place head in lower case at k ("districts").
func pluralPlaceAfter(toks []tok, k int) bool {
	return k < len(toks) && !toks[k].Cap && placeHeadsAfter[toks[k].Fold] && strings.HasSuffix(toks[k].Fold, "s")
}

// coordinatedPlace: "các tỉnh Zambezia và Nampula", "provinces de Kandal et
// de Takeo": a name coordinated with a place named by its kind is a place
// of that kind too.
func (a *article) coordinatedPlace(s *sentence, i int) bool {
	toks := s.toks
	k := i - 1
	if k >= 0 && (toks[k].Fold == "de" || toks[k].Fold == "d") && !toks[k].Cap {
		k-- // "et de Takeo"
	}
	if k < 1 || toks[k].Cap || !(toks[k].Fold == "et" || toks[k].Fold == "and" || toks[k].Lower == "và") {
		return false
	}
	n := len(s.atoms)
	if n == 0 {
		return false
	}
	prev := s.atoms[n-1]
	return prev.kind == aPlace && prev.e == k && prefixBefore(toks, prev.s, placePrefixes[a.lang])
}

// vnPlaceShape: every word is a Vietnamese syllable, written with its
// accents in Vietnamese or French text ("Đông Hà", "Dông Mai") or plain in
// English ("Dong Ha").
func (a *article) vnPlaceShape(ts []tok) bool {
	if n := len(ts); n > 2 && a.lang == "en" && placeHeadsIn[ts[n-1].Fold] {
		ts = ts[:n-1] // "Ho Chi Minh Mausoleum"
	}
	if len(ts) < 2 || len(ts) > 4 {
		return false
	}
	accents := false
	for _, t := range ts {
		if t.Kind != fold.Word || !validSyllable(t.Fold) {
			return false
		}
		if fold.HasDiacritics(t.Text) {
			accents = true
		}
	}
	return accents || a.lang == "en"
}

// provinceCity turns a province named after "thành phố", "ville de" or
// before "City" into its capital city, another place ("thành phố Tây Ninh").
func (a *article) provinceCity(s *sentence, at *atom) {
	p := a.x.lex.Places[at.ref]
	if p.Kind != "province" {
		return
	}
	toks := s.toks
	city := prefixBefore(toks, at.s, cityWords[a.lang])
	if !city && at.e < len(toks) && toks[at.e].Fold == "city" && a.lang == "en" {
		city = true
		at.e++
	}
	if !city {
		return
	}
	// "thành phố Điện Biên Phủ": a capitalised word more makes the city's own
	// name, not the province's city
	j := at.e
	for j < len(toks) && j < at.e+2 && toks[j].Kind == fold.Word && toks[j].Cap && !toks[j].AllCaps && !toks[j].Glued && len(a.look(toks, j)) == 0 {
		j++
	}
	if j > at.e {
		at.e = j
		at.pname = a.text[toks[at.s].Start:toks[j-1].End]
		at.pkey = fold.Key(at.pname)
		return
	}
	at.pname = p.Names[0] + " City"
}

// placeKey is the identity of a place atom.
func (a *article) placeKey(at *atom) string {
	if at.pname == "" && at.ref >= 0 {
		return a.placeID(at.ref)
	}
	if at.pkey != "" {
		return "loc:" + orUnknown(at.country) + ":" + at.pkey
	}
	return "loc:" + orUnknown(at.country) + ":" + fold.Key(at.pname)
}

// headPlaceName returns the name of a place without its English head word
// ("Dong Ha" for "Dong Ha City").
func headPlaceName(name string) string {
	if i := strings.LastIndexByte(name, ' '); i > 0 {
		switch strings.ToLower(name[i+1:]) {
		case "city", "province", "district":
			return name[:i]
		}
	}
	return name
}

// monument: "Lăng Chủ tịch Hồ Chí Minh", "Mausolée du Président Hô Chi
// Minh": a mausoleum named after a person is a place, not the person.
func (a *article) monument(s *sentence, i int) *atom {
	toks := s.toks
	t := &toks[i]
	if !t.Cap || !(a.lang == "vi" && t.Lower == "lăng" || a.lang == "fr" && t.Fold == "mausolee") {
		return nil
	}
	j := skipConn(toks, i+1)
	if e, ok := first(a.look(toks, j), cTitle); ok {
		j += e.n
	}
	if j >= len(toks) || !toks[j].Cap {
		return nil
	}
	end := a.vnName(toks, j, a.look(toks, j))
	if end == j {
		end = a.capRun(toks, j)
	}
	at := &atom{kind: aPlace, s: i, e: end, ref: -1, pname: a.text[toks[i].Start:toks[end-1].End]}
	// one id in every language: "Ho Chi Minh Mausoleum" in English
	at.pkey = fold.Key(a.text[toks[j].Start:toks[end-1].End]) + "-mausoleum"
	if a.vnPlaceShape(toks[j:end]) || a.x.vnSur[toks[j].Fold] {
		at.country = "VN"
	}
	return at
}

// conventionCentre: a conference venue named by its kind, with or without
// the city it is in: "Trung tâm Hội nghị Kuala Lumpur", "Trung tâm Hội nghị
// Quốc gia", "Centre de conventions de Phnom Penh", "Sokha Convention Centre".
func (a *article) conventionCentre(s *sentence, i int) *atom {
	toks := s.toks
	low := func(k int, w string) bool { return k < len(toks) && toks[k].Lower == w }
	fld := func(k int, ws ...string) bool {
		if k >= len(toks) {
			return false
		}
		for _, w := range ws {
			if toks[k].Fold == w {
				return true
			}
		}
		return false
	}
	start, end := i, i
	switch {
	case a.lang == "vi" && toks[i].Cap && low(i, "trung") && low(i+1, "tâm") && low(i+2, "hội") && low(i+3, "nghị"):
		end = i + 4
		if low(end, "quốc") && (low(end+1, "tế") || low(end+1, "gia")) {
			end += 2
		}
	case a.lang == "fr" && toks[i].Cap && fld(i, "centre", "palais") && fld(i+1, "de", "des") && i+2 < len(toks) && venueKinds[toks[i+2].Fold]:
		end = i + 3
		if fld(end, "de", "d") && end+1 < len(toks) && toks[end+1].Cap {
			end++
		}
	case a.lang == "en" && toks[i].Cap && toks[i].Kind == fold.Word:
		// "Kuala Lumpur Convention Centre": capitalised words, then the kind
		for k := i + 1; k < len(toks) && k-i < 6 && toks[k].Cap && toks[k].Kind == fold.Word; k++ {
			if fld(k, "convention", "conference", "exhibition", "congress") && fld(k+1, "centre", "center", "hall") && k+1 < len(toks) && toks[k+1].Cap {
				return &atom{kind: aPlace, s: i, e: k + 2, ref: -1, pname: a.text[toks[i].Start:toks[k+1].End], country: a.innerPlaceCountry(toks, i, k)}
			}
		}
		return nil
	default:
		return nil
	}
	if end < len(toks) && toks[end].Cap && toks[end].Kind == fold.Word {
		name := end
		end = a.capRun(toks, end)
		if e, ok := first(a.look(toks, name), cPlace); ok && name+e.n > end {
			end = name + e.n
		}
	} else if end == i+4 && a.lang == "vi" || end == i+3 && a.lang == "fr" {
		return nil // "Trung tâm Hội nghị" alone: which one, the text does not say
	}
	return &atom{kind: aPlace, s: start, e: end, ref: -1, pname: a.text[toks[start].Start:toks[end-1].End], country: a.innerPlaceCountry(toks, start, end)}
}

// venueKinds: what a French "Centre de ..." or "Palais des ..." hosts when
// it is a venue.
var venueKinds = map[string]bool{"conventions": true, "congres": true, "conferences": true, "expositions": true}

// innerPlaceCountry: the country of a place the lexicon knows inside [i, j).
func (a *article) innerPlaceCountry(toks []tok, i, j int) string {
	for k := i; k < j; k++ {
		if e, ok := first(a.look(toks, k), cPlace); ok {
			return a.x.lex.Places[e.ref].Country
		}
	}
	return ""
}

// venueHeads: capitalised words after a body's name that make it the name of
// its building ("Parliament House", "Government Building").
var venueHeads = map[string]bool{"house": true, "building": true, "palace": true, "headquarters": true}

// bodyVenue: an English body's name at [i, j) followed by a building's head
// word is a place where something happens, not the body.
func (a *article) bodyVenue(s *sentence, o *orgRef, i, j int) *atom {
	toks := s.toks
	if a.lang != "en" || j >= len(toks) || !toks[j].Cap || toks[j].Kind != fold.Word || !venueHeads[toks[j].Fold] {
		return nil
	}
	if o.kind != okNational && o.kind != okNamed {
		return nil
	}
	// "House of Representatives" is a body of its own
	if j+1 < len(toks) && toks[j+1].Fold == "of" {
		return nil
	}
	return &atom{kind: aPlace, s: i, e: j + 1, ref: -1, country: o.country, pname: a.text[toks[i].Start:toks[j].End]}
}

func isDash(t tok) bool { return t.Text == "-" || t.Text == "–" || t.Text == "—" }

// placePair: a Vietnamese-shaped name followed by a dash and another
// capitalised word names a pair of places ("pont routier Kim Thành -
// Beishan", "the Moc Bai – Bavet border gate"), not a person, unless a
// title or an honorific comes before it. It returns the place's atom.
func (a *article) placePair(s *sentence, i, j int) *atom {
	toks := s.toks
	if j-i < 2 || j+1 >= len(toks) || !isDash(toks[j]) || toks[j].Glued || !toks[j+1].Cap || toks[j+1].Kind != fold.Word || markEndsAt(s, i) {
		return nil
	}
	for _, t := range toks[i:j] {
		if t.AllCaps {
			return nil // "NDO - Chiều 18/6": an agency's dateline
		}
	}
	if ms := a.look(toks, j+1); len(ms) > 0 {
		if _, ok := first(ms, cTitle); ok {
			return nil // "Nguyễn Văn A - Chủ tịch ...": a caption naming a person
		}
	}
	at := &atom{kind: aPlace, s: i, e: j, ref: -1, pname: a.text[toks[i].Start:toks[j-1].End]}
	if a.vnPlaceShape(toks[i:j]) {
		at.country = "VN"
	}
	return at
}

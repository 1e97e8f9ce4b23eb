package dates

import "sync"

// Mention is one date expression found in a text.
type Mention struct {
	Start, End int    // byte offsets into the text: text[Start:End] == Text
	Text       string // the expression as written
	Date       Date   // the date, or the start of a range; zero for an anaphoric or unresolvable relative mention
	Until      Date   // the end of a range; zero if none
	Relative   bool   // resolved against the reference date (hier, hôm qua, a weekday) or anaphoric (le même jour)
	// Anaphoric marks "le même jour", "cùng ngày", "the same day": the date
	// of the event told before. Date is zero. (A relative mention whose
	// reference is too vague, "hier" without a known day, also has a zero
	// Date but is not anaphoric.)
	Anaphoric bool
}

// maxText bounds the text Find reads: 2 GiB, far beyond any page.
const maxText = 1<<31 - 1

var tokPool = sync.Pool{New: func() any { s := make([]token, 0, 1024); return &s }}

// Find returns every date expression of text, in order, without overlaps.
// lang ("fr", "vi", "en"; anything else tries all three) selects the month
// and weekday names and the order of numeric dates; ref (usually the
// publication date, possibly partial or zero) resolves missing years and
// relative expressions.
func Find(text, lang string, ref Date) []Mention {
	return AppendFind(nil, text, 0, len(text), lang, ref)
}

// AppendFind appends to dst the date expressions of text[start:end], with
// offsets into text. No expression spans a line break, so when start is at
// the start of a line and end at the end of one (or of text), they are the
// expressions Find reports there: a caller skips the lines it never reads.
func AppendFind(dst []Mention, text string, start, end int, lang string, ref Date) []Mention {
	if !ref.Valid() {
		ref = Date{}
	}
	if end-start > maxText {
		end = start + maxText // offsets are kept in 32 bits
	}
	p := tokPool.Get().(*[]token)
	m := matcher{text: text[start:end], base: start, lang: lang, ref: ref, out: dst}
	m.t = tokenize(m.text, lexiconFor(lang), (*p)[:0])
	m.run()
	if cap(m.t) <= 1<<16 {
		*p = m.t[:0]
		tokPool.Put(p)
	}
	return m.out
}

type matcher struct {
	text string // the text read; its offsets are base more in the caller's
	base int
	lang string
	ref  Date
	t    []token
	out  []Mention
}

// match is what a pattern recognised: tokens up to end (inclusive).
type match struct {
	end      int
	d, u     Date
	relative bool
	anaph    bool
	skip     bool // an invalid date (31 avril): consume it, report nothing
}

func (m *matcher) run() {
	for i := 0; i < len(m.t); {
		// Every pattern starts at a number or a word of the lexicon.
		if t := &m.t[i]; t.kind == kPunct || t.kind == kWord && t.ei == 0 {
			i++
			continue
		}
		if r, ok := m.at(i); ok {
			if r.skip {
				i = r.end + 1
				continue
			}
			if r.relative && !r.anaph {
				r = m.gloss(r)
			}
			s, e := int(m.t[i].start), int(m.t[r.end].end)
			m.out = append(m.out, Mention{Start: m.base + s, End: m.base + e, Text: m.text[s:e], Date: r.d, Until: r.u, Relative: r.relative, Anaphoric: r.anaph})
			i = r.end + 1
			continue
		}
		i++
	}
}

// gloss reads the date a relative mention is glossed with in parentheses
// ("hôm qua (7/11)", "Yesterday (Nov. 7)", "jeudi (12 juin)"): the mention
// runs to the closing parenthesis and has that date.
func (m *matcher) gloss(r match) match {
	open := m.next(r.end)
	if !m.punct(open, '(') {
		return r
	}
	j := m.next(open)
	if j < 0 {
		return r
	}
	g, ok := m.core(j, true, false)
	if !ok || g.skip || g.relative || g.d.Day == 0 || !g.u.IsZero() {
		return r
	}
	if c := m.next(g.end); !m.punct(c, ')') {
		return r
	} else {
		return match{end: c, d: g.d}
	}
}

// next returns i+1 when that token exists on the same line, else -1.
func (m *matcher) next(i int) int {
	if i < 0 || i+1 >= len(m.t) || m.t[i+1].nl {
		return -1
	}
	return i + 1
}

// glued returns i+1 when that token follows i with no space between, else -1.
func (m *matcher) glued(i int) int {
	j := m.next(i)
	if j < 0 || m.t[j].space {
		return -1
	}
	return j
}

func (m *matcher) punct(i int, rs ...rune) bool {
	if i < 0 || i >= len(m.t) || m.t[i].kind != kPunct {
		return false
	}
	for _, r := range rs {
		if m.t[i].r == r {
			return true
		}
	}
	return false
}

func isDash(r rune) bool { return r == '-' || r == '–' || r == '—' || r == '‐' || r == '‑' }

func (m *matcher) dash(i int) bool {
	return i >= 0 && i < len(m.t) && m.t[i].kind == kPunct && isDash(m.t[i].r)
}

func (m *matcher) num(i int, minDig, maxDig int) bool {
	return i >= 0 && i < len(m.t) && m.t[i].kind == kNum && int(m.t[i].ndig) >= minDig && int(m.t[i].ndig) <= maxDig
}

func (m *matcher) word(i int, w string) bool {
	return i >= 0 && i < len(m.t) && m.t[i].kind == kWord && m.t[i].ei != 0 && m.t[i].ent().w == w
}

func (m *matcher) flag(i int, f uint16) bool {
	return i >= 0 && i < len(m.t) && m.t[i].kind == kWord && m.t[i].flags&f != 0
}

// month returns the month named by token i, honouring fNeedCap.
func (m *matcher) month(i int) int {
	if i < 0 || i >= len(m.t) || m.t[i].kind != kWord || m.t[i].month == 0 {
		return 0
	}
	if m.t[i].flags&fNeedCap != 0 && !m.t[i].cap {
		return 0
	}
	return int(m.t[i].month)
}

// year returns the value of a plausible four-digit year at i, or 0.
func (m *matcher) year(i int) int {
	if !m.num(i, 4, 4) || m.v(i) < 1000 || m.v(i) > 2999 {
		return 0
	}
	return m.v(i)
}

// day returns the value of a one- or two-digit day number at i, or 0.
func (m *matcher) day(i int) int {
	if !m.num(i, 1, 2) || m.v(i) < 1 || m.v(i) > 31 {
		return 0
	}
	return m.v(i)
}

// numberContinues reports whether the token after i glues more digits on
// (2023-12-01-5, 4/4/2023/7, 86%, 4.5): then i does not end a date.
func (m *matcher) numberContinues(i int) bool {
	j := m.glued(i)
	if j < 0 {
		return false
	}
	if m.t[j].kind == kNum {
		return true
	}
	if m.t[j].kind == kPunct {
		switch m.t[j].r {
		case '%', '‰':
			return true
		case '/', '.', '-', ',', ':':
			k := m.glued(j)
			return k >= 0 && m.t[k].kind == kNum
		}
	}
	return false
}

// inNumber reports whether the number at i is the tail of a longer numeric
// chain (12/4 in 3/12/4, 43 in 17:43, AIPA-43 is fine).
func (m *matcher) inNumber(i int) bool {
	if i < 2 || m.t[i].space || m.t[i].nl {
		return false
	}
	p := m.t[i-1]
	if p.kind != kPunct || p.space || p.nl {
		return false
	}
	switch p.r {
	case '/', '.', ':', ',', '-':
		return m.t[i-2].kind == kNum
	}
	return false
}

// at tries every pattern at token i.
func (m *matcher) at(i int) (match, bool) {
	// Optional lead-in words that belong to the span: prepositions and
	// articles (le, du, on, từ, ngày, chiều, en, năm) and a weekday.
	k, cue, yearCue, wdays := i, false, false, 0
	for n := 0; n < 4 && k < len(m.t); n++ {
		if k > i && m.t[k].nl {
			break
		}
		if m.flag(k, fPrefix|fYearCue) {
			cue = true
			yearCue = yearCue || m.flag(k, fYearCue)
			k++
			continue
		}
		if wl := m.weekdayWords(k); wl > 0 && wdays == 0 {
			wdays++
			k += wl
			if m.punct(k, ',') && !m.t[k].nl {
				k++
			}
			cue = true
			continue
		}
		break
	}
	if k > i && k < len(m.t) && !m.t[k].nl {
		if r, ok := m.core(k, cue, yearCue); ok {
			return r, true
		}
	}
	if k == i {
		if r, ok := m.core(i, false, false); ok {
			return r, true
		}
	}
	if r, ok := m.relative(i); ok {
		return r, true
	}
	// A weekday alone, with its preposition when there is one (on Tuesday).
	if j := m.next(i); j >= 0 && m.flag(i, fPrefix) {
		if r, ok := m.weekdayAlone(j); ok {
			return r, true
		}
	}
	return m.weekdayAlone(i)
}

// core tries the absolute patterns at token k.
func (m *matcher) core(k int, cued, yearCued bool) (match, bool) {
	t := &m.t[k]
	switch t.kind {
	case kNum:
		if m.inNumber(k) {
			return match{}, false
		}
		if t.ndig == 4 {
			return m.fromYear(k, yearCued)
		}
		if t.ndig <= 2 {
			return m.fromDay(k, cued)
		}
	case kWord:
		if mo := m.month(k); mo > 0 {
			return m.fromMonth(k, mo)
		}
		if m.word(k, "tháng") {
			return m.viMonth(k)
		}
	}
	return match{}, false
}

// fromYear: 2023-12-01, 2023/12/01, 2023-12, 2023-2027, and a bare year
// after a year cue (en 2024, năm 2025, in 2023).
func (m *matcher) fromYear(k int, yearCued bool) (match, bool) {
	y := m.year(k)
	if y == 0 {
		return match{}, false
	}
	if s := m.glued(k); s >= 0 && m.punct(s, '-', '/') {
		sep := m.t[s].r
		if mi := m.glued(s); m.num(mi, 1, 2) {
			mo := m.v(mi)
			if s2 := m.glued(mi); s2 >= 0 && m.punct(s2, sep) {
				if di := m.glued(s2); m.num(di, 1, 2) && !m.numberContinues(di) {
					d := Date{y, mo, m.v(di)}
					if d.Day > 0 && mo > 0 && d.Valid() {
						return match{end: di, d: d}, true
					}
					return match{}, false
				}
			}
			if sep == '-' && m.t[mi].ndig == 2 && mo >= 1 && mo <= 12 && !m.numberContinues(mi) {
				return match{end: mi, d: Date{Year: y, Month: mo}}, true
			}
		}
	}
	if r, ok := m.yearRange(k, y); ok {
		return r, true
	}
	if yearCued && !m.numberContinues(k) {
		return match{end: k, d: Date{Year: y}}, true
	}
	return match{}, false
}

// yearRange: 2023-2027, 2017 – 2020 (a period of years).
func (m *matcher) yearRange(k, y int) (match, bool) {
	s := m.next(k)
	if !m.dash(s) {
		return match{}, false
	}
	e := m.next(s)
	y2 := m.year(e)
	if y2 <= y || y2-y > 100 || m.numberContinues(e) {
		return match{}, false
	}
	return match{end: e, d: Date{Year: y}, u: Date{Year: y2}}, true
}

// fromDay handles everything that starts with a day (or, in English, a
// month) number.
func (m *matcher) fromDay(k int, cued bool) (match, bool) {
	a := m.v(k)
	if a < 1 || a > 31 {
		return match{}, false
	}
	// Numeric: d/m/yyyy, d.m.yyyy, d-m-yyyy, d/m (Vietnamese), with ranges.
	if s := m.glued(k); s >= 0 && m.punct(s, '/', '.', '-') {
		if r, ok := m.numeric(k, cued); ok {
			return r, true
		}
	}
	// Vietnamese: 13-16/7/2017, 13 - 16/7, 23 đến 26/6.
	if r, ok := m.viDayRange(k); ok {
		return r, true
	}
	// 1er décembre 2023, 13 February 2023, 13-17 juin, 13 au 17 juin,
	// 30 juin au 2 juillet 2023, 13th of February.
	if r, ok := m.dayMonth(k); ok {
		return r, true
	}
	// Vietnamese: 4 tháng 4 năm 2023.
	if j := m.next(k); m.word(j, "tháng") {
		if mi := m.next(j); m.num(mi, 1, 2) {
			mo := m.v(mi)
			end, y := mi, 0
			if n := m.next(mi); m.word(n, "năm") {
				if y = m.year(m.next(n)); y > 0 {
					end = n + 1
				}
			}
			if !m.numberContinues(end) {
				if d, ok := m.resolve(Date{y, mo, a}); ok {
					return match{end: end, d: d}, true
				}
			}
		}
	}
	return match{}, false
}

// numeric reads d/m[/yyyy] at k and an optional range to a second one.
func (m *matcher) numeric(k int, cued bool) (match, bool) {
	raw, end, ok := m.dm(k, cued)
	if !ok {
		return match{}, false
	}
	// A range to a second numeric date: 19/5/1890 - 19/5/2024, 23/6 đến 26/6.
	if s := m.next(end); s >= 0 && (m.dash(s) || m.flag(s, fRangeSep)) {
		j := m.next(s)
		if m.word(j, "ngày") {
			j = m.next(j)
		}
		if m.num(j, 1, 2) {
			if raw2, end2, ok2 := m.dm(j, true); ok2 {
				if d, u, ok3 := m.resolveRange(raw, raw2); ok3 {
					return match{end: end2, d: d, u: u}, true
				}
			}
		}
	}
	d, ok := m.resolve(raw)
	if !ok {
		return match{}, false
	}
	return match{end: end, d: d}, true
}

// dm reads a numeric day and month, with an optional four-digit year:
// d/m/yyyy, d.m.yyyy, d-m-yyyy everywhere (m/d/yyyy in English when the
// order is unambiguous), and d/m without a year in Vietnamese when a cue
// word precedes it or it is zero-padded. The date is not resolved.
func (m *matcher) dm(k int, cued bool) (Date, int, bool) {
	s := m.glued(k)
	if !m.punct(s, '/', '.', '-') || !m.num(k, 1, 2) {
		return Date{}, 0, false
	}
	sep := m.t[s].r
	bi := m.glued(s)
	if !m.num(bi, 1, 2) {
		return Date{}, 0, false
	}
	a, b := m.v(k), m.v(bi)
	if s2 := m.glued(bi); s2 >= 0 && m.punct(s2, sep) {
		yi := m.glued(s2)
		y := m.year(yi)
		if y == 0 || m.numberContinues(yi) {
			return Date{}, 0, false
		}
		d, mo := a, b
		if m.lang == "en" {
			switch {
			case a > 12 && b <= 12:
			case b > 12 && a <= 12:
				d, mo = b, a
			case a == b:
			default:
				return Date{}, 0, false // 10/11/2023: ambiguous in English
			}
		}
		dt := Date{y, mo, d}
		if mo < 1 || mo > 12 || d < 1 || !dt.Valid() {
			return Date{}, 0, false
		}
		return dt, yi, true
	}
	// No year: only d/m in Vietnamese (or an unknown language), after a cue or
	// zero-padded; d-m and d.m too after a cue ("Sáng 21-1, tại ...",
	// "Chiều 15.10, tại ...": a Vietnamese decimal takes a comma, not a dot).
	if sep != '/' && !((sep == '-' || sep == '.') && cued) || m.lang == "en" || m.lang == "fr" || m.numberContinues(bi) {
		return Date{}, 0, false
	}
	if !cued && !m.t[k].zero && !m.t[bi].zero {
		return Date{}, 0, false
	}
	dt := Date{Month: b, Day: a}
	if b < 1 || b > 12 || a < 1 || !dt.Valid() {
		return Date{}, 0, false
	}
	return dt, bi, true
}

// viDayRange: 13-16/7/2017, 13 - 16/7, 23 đến 26/6, 23 đến ngày 26/6.
func (m *matcher) viDayRange(k int) (match, bool) {
	if m.lang == "en" || m.lang == "fr" {
		return match{}, false
	}
	s := m.next(k)
	if !(m.dash(s) || m.flag(s, fRangeSep)) {
		return match{}, false
	}
	j := m.next(s)
	if m.word(j, "ngày") {
		j = m.next(j)
	}
	if !m.num(j, 1, 2) {
		return match{}, false
	}
	raw2, end, ok := m.dm(j, true)
	if !ok {
		return match{}, false
	}
	raw1 := Date{Year: raw2.Year, Month: raw2.Month, Day: m.v(k)}
	if raw1.Day >= raw2.Day || !raw1.Valid() {
		return match{}, false
	}
	d, u, ok := m.resolveRange(raw1, raw2)
	if !ok {
		return match{}, false
	}
	return match{end: end, d: d, u: u}, true
}

// ordinal skips an ordinal suffix glued to the number at i (1er, 13th).
func (m *matcher) ordinal(i int) int {
	if j := m.glued(i); m.flag(j, fOrdinal) {
		return j
	}
	return i
}

// monthAfterDay finds a month name after the day at i (13 February,
// 13th of February). It returns the month and its token.
func (m *matcher) monthAfterDay(i int) (int, int) {
	j := m.next(m.ordinal(i))
	if m.flag(j, fOf) {
		j = m.next(j)
	}
	if mo := m.month(j); mo > 0 {
		if p := m.glued(j); m.punct(p, '.') && m.t[j].end-m.t[j].start <= 5 {
			return mo, p // abbreviated month: Feb., déc.
		}
		return mo, j
	}
	return 0, -1
}

// yearAfter reads an optional year after token i ("2023", ", 2023").
func (m *matcher) yearAfter(i int) (int, int) {
	j := m.next(i)
	if m.punct(j, ',') {
		j = m.next(j)
	}
	if y := m.year(j); y > 0 && !m.numberContinues(j) {
		return y, j
	}
	return 0, i
}

// dayMonth: 1er décembre [2023], 13 February 2023, and ranges
// 13-17 juin, 13 au 17 juin, 13 et le 17 juin, 30 juin au 2 juillet 2023.
func (m *matcher) dayMonth(k int) (match, bool) {
	a := m.day(k)
	if a == 0 {
		return match{}, false
	}
	if mo, mi := m.monthAfterDay(k); mo > 0 {
		y, end := m.yearAfter(mi)
		raw := Date{y, mo, a}
		// Range to a second day and month: 30 juin au 2 juillet 2023.
		if s := m.next(end); y == 0 && (m.dash(s) || m.flag(s, fRangeSep)) {
			j := m.next(s)
			if m.word(j, "le") || m.word(j, "the") {
				j = m.next(j)
			}
			if b := m.day(j); b > 0 {
				if mo2, mi2 := m.monthAfterDay(j); mo2 > 0 {
					y2, end2 := m.yearAfter(mi2)
					if d, u, ok := m.resolveRange(raw, Date{y2, mo2, b}); ok {
						return match{end: end2, d: d, u: u}, true
					}
				}
			}
		}
		d, ok := m.resolve(raw)
		if !ok {
			return match{end: end, skip: true}, true
		}
		return match{end: end, d: d}, true
	}
	// Range within a month: 13-17 juin, 13 au 17 juin, 13 and 14 February.
	s := m.next(m.ordinal(k))
	if !(m.dash(s) || m.flag(s, fRangeSep)) {
		return match{}, false
	}
	j := m.next(s)
	if m.word(j, "le") || m.word(j, "the") {
		j = m.next(j)
	}
	b := m.day(j)
	if b == 0 {
		return match{}, false
	}
	mo, mi := m.monthAfterDay(j)
	if mo == 0 {
		return match{}, false
	}
	y, end := m.yearAfter(mi)
	if a >= b {
		return match{}, false
	}
	d, u, ok := m.resolveRange(Date{y, mo, a}, Date{y, mo, b})
	if !ok {
		return match{}, false
	}
	return match{end: end, d: d, u: u}, true
}

// fromMonth: February 13, Feb. 13, 2023, February 13-15, February 28 to
// March 2, and a month with a year (juillet 2018, February 2023).
func (m *matcher) fromMonth(k, mo int) (match, bool) {
	j := m.next(k)
	if m.punct(j, '.') && !m.t[j].space {
		j = m.next(j)
	}
	if y := m.year(j); y > 0 && !m.numberContinues(j) {
		return match{end: j, d: Date{Year: y, Month: mo}}, true
	}
	if m.punct(j, ',') {
		if y := m.year(m.next(j)); y > 0 && !m.numberContinues(j+1) {
			return match{end: j + 1, d: Date{Year: y, Month: mo}}, true
		}
	}
	// Month before day: English (and an unknown language) only.
	if m.lang == "fr" || m.lang == "vi" {
		return match{}, false
	}
	a := m.day(j)
	if a == 0 || m.numberContinues(j) && !m.dash(m.glued(j)) {
		return match{}, false
	}
	di := m.ordinal(j)
	raw := Date{Month: mo, Day: a}
	// Range: February 13-15, February 13 to 15, February 28 to March 2.
	if s := m.next(di); m.dash(s) || m.flag(s, fRangeSep) {
		e := m.next(s)
		mo2 := mo
		if x := m.month(e); x > 0 {
			mo2 = x
			e = m.next(e)
			if m.punct(e, '.') && !m.t[e].space {
				e = m.next(e)
			}
		}
		if b := m.day(e); b > 0 {
			y, end := m.yearAfter(m.ordinal(e))
			raw2 := Date{y, mo2, b}
			if raw2.Compare(Date{y, mo, a}) > 0 || mo2 != mo {
				if d, u, ok := m.resolveRange(raw, raw2); ok {
					return match{end: end, d: d, u: u}, true
				}
			}
		}
	}
	y, end := m.yearAfter(di)
	raw.Year = y
	d, ok := m.resolve(raw)
	if !ok {
		return match{}, false
	}
	return match{end: end, d: d}, true
}

// viMonth: tháng 11/2022, tháng 7 năm 2023. A month without a year is not
// a mention: its year would be a guess.
func (m *matcher) viMonth(k int) (match, bool) {
	j := m.next(k)
	if !m.num(j, 1, 2) {
		return match{}, false
	}
	mo := m.v(j)
	if mo < 1 || mo > 12 {
		return match{}, false
	}
	if s := m.glued(j); m.punct(s, '/', '-', '.') {
		if yi := m.glued(s); m.year(yi) > 0 && !m.numberContinues(yi) {
			return match{end: yi, d: Date{Year: m.v(yi), Month: mo}}, true
		}
	}
	if n := m.next(j); m.word(n, "năm") {
		if yi := m.next(n); m.year(yi) > 0 && !m.numberContinues(yi) {
			return match{end: yi, d: Date{Year: m.v(yi), Month: mo}}, true
		}
	}
	return match{}, false
}

// v is the value of the number at i.
func (m *matcher) v(i int) int { return int(m.t[i].val) }

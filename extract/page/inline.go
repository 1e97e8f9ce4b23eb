package page

import (
	"math/bits"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dyadgraph/dyad/extract/dates"
)

// span is a byte range of a string (not of the whole text).
type span struct{ Start, End int }

// creditSpans finds photo credits in s: "Photo: VNA" (to the end of the
// line), "(Source: VNA)", "(Photo: https://...)", and inline "Ảnh: Nguyễn
// Dân/TTXVN" in one-line articles, which ends at the agency.
func creditSpans(s string) []span {
	var out []span
	wide := strings.IndexByte(s, 0xEF) // the first byte of '：', rare
	for i := 0; i < len(s); i++ {
		// on to the next ':' or 0xEF
		k := strings.IndexByte(s[i:], ':')
		if wide >= 0 && wide < i {
			wide = i + strings.IndexByte(s[i:], 0xEF)
			if wide < i {
				wide = -1
			}
		}
		switch {
		case k < 0 && wide < 0:
			return out
		case k < 0 || wide >= 0 && wide < i+k:
			i = wide
		default:
			i += k
		}
		colon := 1
		switch {
		case s[i] == ':':
		case strings.HasPrefix(s[i:], "："):
			colon = len("：")
		default:
			continue
		}
		j := i
		for j > 0 && s[j-1] == ' ' {
			j--
		}
		ws := wordStart(s, j)
		if ws == j || !creditWords[lowerKey(s[ws:j])] {
			// Two-word keywords: "Crédit photo:", "Ảnh minh họa:".
			k := ws
			for k > 0 && s[k-1] == ' ' {
				k--
			}
			ws2 := wordStart(s, k)
			if ws2 == k || !creditWords[lowerKey(s[ws2:j])] {
				continue
			}
			ws = ws2
		}
		before := strings.TrimRight(s[:ws], " ")
		paren := strings.HasSuffix(before, "(") || strings.HasSuffix(before, "[")
		atStart := before == ""
		r, _ := utf8.DecodeRuneInString(s[ws:])
		if !paren && !atStart && !unicode.IsUpper(r) {
			continue // "hình ảnh: ..." in a sentence
		}
		var c span
		if paren {
			open := len(before) - 1
			closer := byte(')')
			if before[open] == '[' {
				closer = ']'
			}
			k := strings.IndexByte(s[i:], closer)
			if k < 0 || k > 240 {
				c = span{open, len(s)}
			} else {
				c = span{open, i + k + 1}
			}
		} else {
			c = span{ws, creditEnd(s, i+colon)}
		}
		out = append(out, c)
		i = c.End - 1
	}
	return out
}

// wordStart returns where the word ending at j starts; it looks back at
// most 40 bytes, longer than any credit keyword.
func wordStart(s string, j int) int {
	lo := max(0, j-40)
	for j > lo {
		r, n := utf8.DecodeLastRuneInString(s[:j])
		if !(unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) || r == '\'' || r == '’') {
			break
		}
		j -= n
	}
	return j
}

// creditEnd finds where a credit that starts at from ends: after the
// agency ("Nguyễn Dân/TTXVN", "VNA") or the photographer named after it
// ("VGP/Nhật Bắc"); else at the end of the line when that is near; else
// after at most two capitalised words (a photographer's name).
func creditEnd(s string, from int) int {
	type tok struct {
		end  int
		word string
	}
	var toks []tok
	for pos := from; pos < len(s) && len(toks) < 6; {
		for pos < len(s) && s[pos] == ' ' {
			pos++
		}
		if pos >= len(s) {
			break
		}
		end := strings.IndexByte(s[pos:], ' ')
		if end < 0 {
			end = len(s)
		} else {
			end += pos
		}
		toks = append(toks, tok{end, s[pos:end]})
		pos = end
	}
	if len(toks) == 0 {
		return len(s)
	}
	for i, t := range toks {
		w := strings.TrimRight(t.word, ".,;")
		if k := strings.LastIndexByte(w, '/'); k >= 0 {
			left, right := w[:k], w[k+1:]
			if isUpperWord(right) || isAgency(right) {
				return t.end // Nguyễn Dân/TTXVN
			}
			if isUpperWord(left) || isAgency(left) {
				// VGP/Nhật Bắc: the photographer's name follows the agency.
				end, n := t.end, 1
				for _, u := range toks[i+1:] {
					if n >= 2 || !capitalised([]string{u.word}, "") || isUpperWord(u.word) {
						break
					}
					end, n = u.end, n+1
				}
				return end
			}
		}
		if isUpperWord(w) || isAgency(w) {
			return t.end
		}
		if strings.HasSuffix(t.word, ".") {
			return t.end
		}
	}
	if rest := s[from:]; len(rest) <= 80 && !strings.Contains(rest, ". ") {
		return len(s)
	}
	end := toks[0].end
	for i, t := range toks {
		if i >= 2 || !capitalised([]string{t.word}, "") {
			break
		}
		end = t.end
	}
	return end
}

// findArtifact finds a caption artefact left by a page's image: "ảnh 1",
// "hinh anh 1", "hinh 1" glued to the caption that follows or ending the
// line. It returns the artefact's byte range in s.
func findArtifact(s string) (int, int, bool) {
	// The artefact's digits are rarer than "nh ": find them first.
	for off := 3; off < len(s); {
		d := indexDigit(s, off)
		if d < 0 {
			return 0, 0, false
		}
		off = d + 1
		if s[d-3:d] != "nh " {
			continue
		}
		p := d - 3
		// One or two digits, then the end or a glued character.
		j, e := p+3, p+3
		for e < len(s) && e-j < 2 && s[e] >= '0' && s[e] <= '9' {
			e++
		}
		if e == j || e < len(s) && (s[e] >= '0' && s[e] <= '9' || s[e] == ' ' || s[e] == '/' || s[e] == '.' || s[e] == ',') {
			continue
		}
		before := s[:p]
		var ws int
		anh := false
		switch {
		case hasSuffixFold(before, "hi"):
			ws = p - 2
		case strings.HasSuffix(before, "hì"), strings.HasSuffix(before, "Hì"):
			ws = p - len("hì")
		case strings.HasSuffix(before, "ả"), strings.HasSuffix(before, "Ả"):
			ws, anh = p-len("ả"), true
		case hasSuffixFold(before, "a"):
			ws, anh = p-1, true
		default:
			continue
		}
		if r, _ := utf8.DecodeLastRuneInString(s[:ws]); ws > 0 && (unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)) {
			continue // inside a longer word: "thành 1", "kinh 2"
		}
		start := ws
		if anh {
			// "hinh anh 1", "hình ảnh 1"; a bare "anh 1" is a word of the text.
			b := strings.TrimRight(s[:ws], " ")
			switch {
			case hasSuffixFold(b, "hinh") && wordBoundary(b, len(b)-4):
				start = len(b) - 4
			case strings.HasSuffix(b, "hình") && wordBoundary(b, len(b)-len("hình")):
				start = len(b) - len("hình")
			case s[ws] == 'a' || s[ws] == 'A':
				continue
			}
		}
		return start, e, true
	}
	return 0, 0, false
}

// indexDigit returns the index of the first ASCII digit of s from i, or -1.
func indexDigit(s string, i int) int {
	// Eight bytes at a time: with v the low seven bits of each byte,
	// v+0x50 has its top bit set when v >= '0', v+0x46 when v > '9'; a
	// byte with its own top bit set is no digit.
	const lo7, top = 0x7F7F7F7F7F7F7F7F, 0x8080808080808080
	for ; i+8 <= len(s); i += 8 {
		x := load64(s[i : i+8])
		v := x & lo7
		if m := (v + 0x5050505050505050) &^ (v + 0x4646464646464646) &^ x & top; m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			return i
		}
	}
	return -1
}

// hasSuffixFold is strings.HasSuffix for an ASCII suffix, ignoring case.
func hasSuffixFold(s, suffix string) bool {
	return len(s) >= len(suffix) && strings.EqualFold(s[len(s)-len(suffix):], suffix)
}

// wordBoundary reports whether no letter precedes s[i].
func wordBoundary(s string, i int) bool {
	if i <= 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r)
}

// findDateline finds the dateline a paragraph opens with: "Hanoï (VNA) -",
// "Soc Trang, 18 juillet (VNA) -", "AKP Phnom Penh, 22 février 2017 –",
// "(CLO) ". It returns its span (dash and space included) and its date.
func (ps *parser) findDateline(sp Span) (Span, dates.Date, bool) {
	if sp != ps.dlFor || sp.IsZero() {
		dl, d, ok := ps.datelineAt(sp)
		ps.dlFor, ps.dlLast = sp, datelineResult{dl, d, ok}
	}
	r := ps.dlLast
	return r.dl, r.date, r.ok
}

// datelineAt is findDateline without the memory of the last span.
func (ps *parser) datelineAt(sp Span) (Span, dates.Date, bool) {
	s := ps.str(sp)
	// "(CLO) Ngày 4/4, ..."
	if strings.HasPrefix(s, "(") {
		if k := strings.IndexByte(s, ')'); k > 1 && k <= 12 && isAgency(s[1:k]) {
			return ps.trimRightDash(sp.Start, sp.Start+k+1, sp.End), dates.Date{}, true
		}
		return Span{}, dates.Date{}, false
	}
	head := s
	if len(head) > 120 {
		head = head[:120]
	}
	// Place [, date] (AGENCY) [-–—]
	if p := indexAfterSpace(head, '('); p > 0 {
		if k := strings.IndexByte(head[p:], ')'); k > 2 && k <= 14 && (isUpperWord(head[p+2:p+k]) || isCapWord(head[p+2:p+k])) {
			before := s[:p]
			place, date := before, dates.Date{}
			if c := strings.Index(before, ", "); c > 0 {
				d, ok := ps.onlyDate(before[c+2:])
				if !ok {
					d, ok = dayMonth(before[c+2:]) // "Manila, 3/6 (TTXVN) -"
				}
				if !ok {
					return Span{}, dates.Date{}, false
				}
				place, date = before[:c], d
			}
			// An agency in parentheses, then a dash ("Hanoï (VNA) -"); a known
			// agency needs no dash. "Le Premier ministre (PM) a dit" is no dateline.
			// An agency written like a word ("(Bernama) --") needs the dash too.
			dl := ps.trimRightDash(sp.Start, sp.Start+p+k+1, sp.End)
			if isPlace(place) && (dl.End > sp.Start+p+k+1 || isAgency(head[p+2:p+k]) && isUpperWord(head[p+2:p+k])) {
				return dl, date, true
			}
		}
	}
	// "PUTRAJAYA: ", "KUALA LUMPUR: ": a place in capitals and a colon
	if c := indexBeforeSpace(head, ':'); c > 0 && c <= 30 && isPlace(s[:c]) && upperWords(s[:c]) {
		return Span{Start: sp.Start, End: sp.Start + c + 2}, dates.Date{}, true
	}
	// Place, date –
	if c := indexBeforeSpace(head, ','); c > 0 && isPlace(s[:c]) {
		tail := s[c+2:]
		if len(tail) > 80 {
			cut := 80
			for cut > 0 && !utf8.RuneStart(tail[cut]) {
				cut--
			}
			tail = tail[:cut]
		}
		ms := dates.Find(tail, ps.lang, ps.header)
		if len(ms) > 0 && ms[0].Start == 0 && !ms[0].Relative && ms[0].Date.Month > 0 {
			end := c + 2 + ms[0].End
			rest := strings.TrimLeft(s[end:], " ")
			// "Phnom Penh, June 13, 2025 AKP --": the agency may follow the date
			if w, _, _ := strings.Cut(rest, " "); w != rest && len(w) <= 8 && (isAgency(w) || isUpperWord(w)) {
				if after := strings.TrimLeft(rest[len(w):], " "); after != "" {
					if r, _ := utf8.DecodeRuneInString(after); isDashRune(r) {
						end = len(s) - len(after)
						rest = after
					}
				}
			}
			r, _ := utf8.DecodeRuneInString(rest)
			if rest == "" || isDashRune(r) || r == ':' {
				return ps.trimRightDash(sp.Start, sp.Start+end, sp.End), ms[0].Date, true
			}
		}
	}
	return Span{}, dates.Date{}, false
}

// indexAfterSpace is strings.Index(s, " "+string(c)): it looks for the
// rare c, not for every space.
func indexAfterSpace(s string, c byte) int {
	for i := 1; i < len(s); i++ {
		j := strings.IndexByte(s[i:], c)
		if j < 0 {
			return -1
		}
		if i += j; s[i-1] == ' ' {
			return i - 1
		}
	}
	return -1
}

// indexBeforeSpace is strings.Index(s, string(c)+" ") for the rare c.
func indexBeforeSpace(s string, c byte) int {
	for i := 0; i+1 < len(s); i++ {
		j := strings.IndexByte(s[i:len(s)-1], c)
		if j < 0 {
			return -1
		}
		if i += j; s[i+1] == ' ' {
			return i
		}
	}
	return -1
}

// onlyDate reads s as one date expression and nothing else.
func (ps *parser) onlyDate(s string) (dates.Date, bool) {
	ms := dates.Find(s, ps.lang, ps.header)
	if len(ms) != 1 || ms[0].Start != 0 || ms[0].End != len(strings.TrimRight(s, " ")) || ms[0].Relative {
		return dates.Date{}, false
	}
	return ms[0].Date, true
}

func isDashRune(r rune) bool { return r == '-' || r == '–' || r == '—' }

// trimRightDash extends a dateline over the dash and spaces that follow it.
func (ps *parser) trimRightDash(start, end, limit int) Span {
	t := ps.text
	j := end
	for j < limit && t[j] == ' ' {
		j++
	}
	r, n := utf8.DecodeRuneInString(t[j:limit])
	if isDashRune(r) || r == ':' {
		end = j + n
	}
	return Span{start, end}
}

// isPlace reports a short run of capitalised words, as a dateline's place
// is ("Hanoï", "Soc Trang", "AKP Phnom Penh", "Hô Chi Minh-Ville").
func isPlace(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 60 || hasPlacePunct(s) {
		return false
	}
	words, lower := 0, 0
	for w := range strings.FieldsSeq(s) { // no slice of the words
		if words++; words > 6 {
			return false
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			if words == 1 {
				return false
			}
			lower++
		}
	}
	return lower <= 1
}

// hasPlacePunct is strings.ContainsAny(s, ".!?;:\"«»“”()") byte by byte:
// « and » are C2 AB and C2 BB in UTF-8, “ and ” E2 80 9C and E2 80 9D.
func hasPlacePunct(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '.', '!', '?', ';', ':', '"', '(', ')':
			return true
		case 0xC2:
			if i+1 < len(s) && (s[i+1] == 0xAB || s[i+1] == 0xBB) {
				return true
			}
		case 0xE2:
			if i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0x9C || s[i+2] == 0x9D) {
				return true
			}
		}
	}
	return false
}

// publicationLine reads a short line made of a dated timestamp and labels:
// "Thứ ba, 04/04/2023 17:43 PM - 0 Trả lời", "Publié le 12/12/2024 à
// 10h30", "Par C. Nika - 22/02/2017". The date must carry its year.
func (ps *parser) publicationLine(s string) (dates.Date, bool) {
	if len(s) > shortLine || !hasDigit(s) {
		// a date with its year and month is written with digits: a line
		// without any (most of them) need not be searched
		return dates.Date{}, false
	}
	ms := dates.Find(s, ps.lang, ps.header)
	var d dates.Date
	var rest strings.Builder
	from := 0
	for _, m := range ms {
		if d.IsZero() && !m.Relative && m.Date.Year > 0 && m.Date.Month > 0 && m.Until.IsZero() {
			d = m.Date
		}
		rest.WriteString(s[from:m.Start])
		rest.WriteByte(' ')
		from = m.End
	}
	rest.WriteString(s[from:])
	ambiguous := false
	if d.IsZero() && ps.lang == "en" && len(ms) == 0 {
		// English leaves "04/08/2025" unread (April 8 or 4 August): read it
		// day first, as the day-first languages do, and let the dateline decide
		if fr := dates.Find(s, "fr", ps.header); len(fr) == 1 && fr[0].Date.Day > 0 && fr[0].Date.Day <= 12 && !fr[0].Relative && numericDate(fr[0].Text) {
			d, ambiguous = fr[0].Date, true
			rest.Reset()
			rest.WriteString(s[:fr[0].Start] + " " + s[fr[0].End:])
		}
	}
	if d.IsZero() {
		return dates.Date{}, false
	}
	// Beside labels and clock times, one unknown word may pass ("admin");
	// a byline adds its name ("Par C. Nika - 22/02/2017").
	unknown, allowed := 0, 1
	if strings.Count(s, "|") >= 1 {
		allowed = 4 // a bar of metadata: "Source: Xinhua | 2025-03-25 21:04:11 | Editor: huaxia"
	} else if hasClockTime(s) {
		// a dated line with its clock time is a timestamp, whatever two words
		// come with it: a byline ("Mai Lan - 15/10/2024 19:05 GMT+7") or a
		// section's label ("All Headlines 16:20 November 19, 2024")
		allowed = 3
	}
	for _, w := range strings.FieldsFunc(rest.String(), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r) }) {
		lw := strings.ToLower(w)
		if lw == "par" || lw == "by" || lw == "bởi" {
			allowed = 5
		}
		if metaWords[lw] || allDigits(w) || isClock(lw) {
			continue
		}
		unknown++
	}
	if unknown > allowed || strings.HasSuffix(strings.TrimSpace(s), ".") && unknown > 0 {
		return dates.Date{}, false
	}
	if ambiguous {
		ps.ambiguous = d
		return dates.Date{}, true
	}
	return d, true
}

// hasClockTime reports whether s has a clock time written h:mm or hh:mm.
func hasClockTime(s string) bool {
	for i := 1; i+2 < len(s); i++ {
		if s[i] == ':' && isDigit(s[i-1]) && isDigit(s[i+1]) && isDigit(s[i+2]) && (i+3 == len(s) || !isDigit(s[i+3])) {
			return true
		}
	}
	return false
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// hasDigit reports whether s has an ASCII digit (dates.Find reads no other).
func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if '0' <= s[i] && s[i] <= '9' {
			return true
		}
	}
	return false
}

// numericDate: a date written in digits and separators only ("04/08/2025").
func numericDate(s string) bool {
	for _, r := range s {
		if !unicode.IsDigit(r) && r != '/' && r != '.' && r != '-' {
			return false
		}
	}
	return true
}

// isClock reports a time written as one word: 10h30, 17h.
func isClock(w string) bool {
	i := strings.IndexByte(w, 'h')
	return i > 0 && allDigits(w[:i]) && (i == len(w)-1 || allDigits(w[i+1:]))
}

// dayMonth reads "3/6", a day and a month with no year, as a dateline
// between the place and the agency writes them.
func dayMonth(s string) (dates.Date, bool) {
	d, m, ok := strings.Cut(strings.TrimSpace(s), "/")
	if !ok || !allDigits(d) || !allDigits(m) || len(d) > 2 || len(m) > 2 {
		return dates.Date{}, false
	}
	day, _ := strconv.Atoi(d)
	month, _ := strconv.Atoi(m)
	if day < 1 || day > 31 || month < 1 || month > 12 {
		return dates.Date{}, false
	}
	return dates.Date{Month: month, Day: day}, true
}

// upperWords: every word of s is in capitals ("KUALA LUMPUR").
func upperWords(s string) bool {
	ws := strings.Fields(s)
	for _, w := range ws {
		if !isUpperWord(w) {
			return false
		}
	}
	return len(ws) > 0
}

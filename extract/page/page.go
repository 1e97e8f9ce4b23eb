package page

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dyadgraph/dyad/extract/dates"
)

// Span is a byte range of the input text: text[Start:End].
type Span struct{ Start, End int }

// Len is the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// IsZero reports an empty span.
func (s Span) IsZero() bool { return s.Start == s.End }

// Page is what Parse finds in the text of a news page.
type Page struct {
	Title     string // the headline: text[TitleSpan.Start:TitleSpan.End]
	TitleSpan Span
	Lang      string     // "fr" | "vi" | "en" | other ISO 639-1 | "" unknown
	Published dates.Date // zero if the text does not show it
	// Body is the article's own content (headline, lead, body paragraphs,
	// its own captions) in order, noise excluded. Spans do not overlap.
	Body     []Span
	Problems []string
	// Dateline is the place (and agency, maybe date) the body opens with:
	// "Hanoï (VNA) -", "Soc Trang, 18 juillet (VNA) -". It lies inside Body;
	// zero if there is none.
	Dateline Span
}

// Limits of the zones the rules look at.
const (
	headBlocks   = 4   // datelines and publication lines appear in the first blocks
	headLines    = 12  // ... and within the first non-empty lines
	shortLine    = 140 // publication and credit lines are short
	longTitle    = 300 // a longer first block is a lead, not a headline: cut at its first sentence
	minDuplicate = 40  // a repeated lead is at least this long
)

// block is one kept piece of a line: its parts are the spans that stay
// after inline noise is cut.
type block struct {
	parts    []Span
	dateline Span
	line     int
}

func (b *block) span() Span { return Span{b.parts[0].Start, b.parts[len(b.parts)-1].End} }

type parser struct {
	text   string
	lang   string
	header dates.Date // from a " date 2023-12" header
	pub    dates.Date // from a dateline or publication line
	// an English publication line in a numeric order that may be either
	// day/month or month/day ("04/08/2025"), read day first; the dateline
	// tells which (see published)
	ambiguous dates.Date
	title     Span
	titleFold string // fold of the title, made when first needed (see foldedTitle)
	folded    bool
	blocks    []block
	dateline  Span
	problems  []string
	spans     []Span // the parts of the blocks
	// the last span findDateline read and what it found: line and keep
	// both ask about a line of the head
	dlFor  Span
	dlLast datelineResult
}

type datelineResult struct {
	dl   Span
	date dates.Date
	ok   bool
}

// Parse finds the headline, language, publication date and body of a news
// page's text. It never fails: what it cannot tell is left zero and
// explained in Problems.
func Parse(text string) Page {
	var p Page
	if strings.TrimSpace(text) == "" {
		p.Problems = append(p.Problems, "empty text")
		return p
	}
	if looksBinary(text) {
		p.Problems = append(p.Problems, "binary content, not the text of a page")
		return p
	}
	lang, checked := detectLang(text) // it found text[:checked] valid UTF-8
	if !utf8.ValidString(text[checked:]) {
		p.Problems = append(p.Problems, fmt.Sprintf("invalid UTF-8 at byte %d", firstInvalid(text)))
	}
	ps := &parser{text: text, lang: lang, blocks: make([]block, 0, 16), spans: make([]Span, 0, 16)}
	ps.scan()
	ps.dedupLead()
	ps.trimSignatures()

	p.Problems = append(p.Problems, ps.problems...)
	p.Lang = ps.lang
	n := 0
	for _, b := range ps.blocks {
		n += len(b.parts)
	}
	if n > 0 {
		p.Body = make([]Span, 0, n)
	}
	for _, b := range ps.blocks {
		p.Body = append(p.Body, b.parts...)
	}
	if !ps.title.IsZero() {
		p.TitleSpan = ps.title
		p.Title = text[ps.title.Start:ps.title.End]
	}
	// The dateline's block may have gone as a signature or a repeat.
	for _, s := range p.Body {
		if s.Start <= ps.dateline.Start && ps.dateline.End <= s.End && !ps.dateline.IsZero() {
			p.Dateline = ps.dateline
		}
	}
	p.Published = ps.published()
	if len(p.Body) == 0 {
		p.Problems = append(p.Problems, "no article body found")
	}
	if p.Lang == "" {
		p.Problems = append(p.Problems, "language not recognised")
	}
	return p
}

func firstInvalid(s string) int {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return -1
}

// looksBinary reports NUL bytes or many control characters at the start.
func looksBinary(s string) bool {
	if len(s) > 4096 {
		s = s[:4096]
	}
	if strings.IndexByte(s, 0) >= 0 {
		return true
	}
	ctl, i := 0, 0
	for ; i+8 <= len(s); i += 8 {
		// Most runs of eight bytes have no byte under 0x20 (the test is
		// hasless from Bit Twiddling Hacks); only the others are counted.
		if x := load64(s[i : i+8]); (x-0x2020202020202020)&^x&0x8080808080808080 != 0 {
			for _, c := range []byte(s[i : i+8]) {
				ctl += int(controlByte[c])
			}
		}
	}
	for ; i < len(s); i++ {
		ctl += int(controlByte[s[i]])
	}
	return ctl*20 > len(s)
}

// load64 reads the eight bytes of s as one little-endian number (the
// compiler makes it one load).
func load64(s string) uint64 {
	_ = s[7] // one bounds check for the eight
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// controlByte[c] is 1 for the ASCII control characters other than white space.
var controlByte = func() (t [256]uint8) {
	for c := range 0x20 {
		switch c {
		case '\n', '\r', '\t', '\f', '\v':
		default:
			t[c] = 1
		}
	}
	return t
}()

// trim shrinks [start,end) past white space on both sides.
func (ps *parser) trim(start, end int) Span {
	t := ps.text
	for start < end {
		if c := t[start]; c < utf8.RuneSelf && !asciiSpace[c] {
			break // most lines start with an ASCII byte that is not white space
		}
		r, n := utf8.DecodeRuneInString(t[start:end])
		if !unicode.IsSpace(r) && r != '\ufeff' {
			break
		}
		start += n
	}
	for end > start {
		if c := t[end-1]; c < utf8.RuneSelf && !asciiSpace[c] {
			break
		}
		r, n := utf8.DecodeLastRuneInString(t[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= n
	}
	return Span{start, end}
}

func (ps *parser) str(s Span) string { return ps.text[s.Start:s.End] }

// scan walks the lines, keeps the article's own and stops at the first
// line after which the page shows other stories.
func (ps *parser) scan() {
	text := ps.text
	nonEmpty := 0
	for start, ln := 0, 0; start < len(text); ln++ {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		sp := ps.trim(start, end)
		start = end + 1
		if sp.IsZero() {
			continue
		}
		nonEmpty++
		if nonEmpty == 1 {
			sp = ps.cutHeader(sp)
			if sp.IsZero() {
				continue
			}
		}
		if ps.line(sp, ln, nonEmpty) {
			return
		}
	}
}

// cutHeader reads a leading " date 2023-12" header and returns the rest of the line.
func (ps *parser) cutHeader(sp Span) Span {
	s := ps.str(sp)
	if len(s) < 8 || !strings.EqualFold(s[:4], "date") {
		return sp
	}
	rest := strings.TrimLeft(s[4:], " \t:")
	tok := rest
	if i := strings.IndexAny(rest, " \t"); i >= 0 {
		tok = rest[:i]
	}
	tok = strings.TrimSuffix(tok, "T00:00:00Z")
	if len(tok) > 10 && tok[10] == 'T' { // 2023-12-01T10:00:00+07:00
		tok = tok[:10]
	}
	d, err := dates.ParseISO(tok)
	if err != nil || d.Year == 0 {
		if len(tok) >= 4 && tok[0] >= '0' && tok[0] <= '9' {
			ps.problems = append(ps.problems, fmt.Sprintf("header date: %v", err))
		}
		return sp
	}
	ps.header = d
	off := sp.Start + (len(s) - len(rest)) + len(rest[:strings.Index(rest, " ")+1])
	if !strings.Contains(rest, " ") {
		off = sp.End
	}
	return ps.trim(off, sp.End)
}

// line handles one non-empty line; it returns true when the article ends there.
func (ps *parser) line(sp Span, ln, nonEmpty int) bool {
	s := ps.str(sp)
	key := lowerKey(s)
	if isCutMarker(key) {
		// Only once the article has started: a "Latest" or "Comments" link
		// in the menu above the headline is furniture, not the end.
		return len(ps.blocks) >= 2
	}
	if isChrome(key) || isBreadcrumb(s) || isMenuBar(s) || ps.creditLine(s) || isRelatedLink(s) {
		return false
	}
	if len(ps.blocks) == 0 && sections[strings.TrimRight(key, " :")] {
		return false // a rubric above the headline
	}
	head := len(ps.blocks) < headBlocks && nonEmpty <= headLines
	if head && len(s) <= shortLine {
		if dl, d, ok := ps.findDateline(sp); ok && !d.IsZero() && dl.End == sp.End {
			// A dateline alone on its line: AKP Phnom Penh, 22 février 2017 –
			ps.notePub(d)
			if ps.dateline.IsZero() {
				ps.dateline = dl
			}
			ps.addBlock([]Span{sp}, dl, ln)
			return false
		}
		if d, ok := ps.publicationLine(s); ok {
			ps.notePub(d)
			return false
		}
		if len(ps.blocks) >= 1 && ps.onlyShortBlocks() && lonelyName(s) {
			return false // a byline between the headline and the body: "Sok Chanmony"
		}
		if hasBylineStart(key) && len(s) <= 60 {
			return false
		}
	}
	ps.content(sp, ln, head)
	return false
}

// creditLine reports a line that is only a photo credit: "Photo: VNA",
// "(Photo: https://...)", "Ảnh: Nguyễn Dân/TTXVN".
func (ps *parser) creditLine(s string) bool {
	if len(s) > shortLine {
		return false
	}
	for _, c := range creditSpans(s) {
		if strings.TrimSpace(s[:c.Start]) == "" && strings.TrimSpace(s[c.End:]) == "" {
			return true
		}
	}
	return false
}

func (ps *parser) notePub(d dates.Date) {
	if ps.pub.IsZero() {
		ps.pub = d
	}
}

// content keeps a line of the article: it splits off caption artefacts,
// cuts inline credits, finds the dateline and the headline.
func (ps *parser) content(sp Span, ln int, head bool) {
	// "Title ảnh 1Caption" / "title slug hinh 1": the copy of the headline
	// and the artefact go, the caption stays.
	if a, b, ok := findArtifact(ps.str(sp)); ok {
		prefix := ps.trim(sp.Start, sp.Start+a)
		rest := ps.trim(sp.Start+b, sp.End)
		if !prefix.IsZero() {
			switch {
			case ps.title.IsZero():
				ps.keep(prefix, ln, head)
			case fold(ps.str(prefix)) == ps.foldedTitle() || isSlug(ps.str(prefix)):
			default:
				ps.keep(prefix, ln, head)
			}
		}
		if rest.IsZero() || ps.creditLine(ps.str(rest)) {
			return
		}
		sp = rest
	}
	ps.keep(sp, ln, head)
}

// keep adds a block for sp with inline credits cut out.
func (ps *parser) keep(sp Span, ln int, head bool) {
	var buf [4]Span
	parts := buf[:0]
	from := sp.Start
	for _, c := range creditSpans(ps.str(sp)) {
		if p := ps.trim(from, sp.Start+c.Start); !p.IsZero() {
			parts = append(parts, p)
		}
		from = sp.Start + c.End
	}
	if p := ps.trim(from, sp.End); !p.IsZero() {
		parts = append(parts, p)
	}
	if len(parts) == 0 {
		return
	}
	var dl Span
	if head {
		if d, date, ok := ps.findDateline(parts[0]); ok {
			dl = d
			if ps.dateline.IsZero() {
				ps.dateline = dl
			}
			if !date.IsZero() {
				ps.notePub(date)
			}
		}
	}
	if ps.title.IsZero() {
		t := parts[0]
		if !dl.IsZero() {
			t = ps.trim(dl.End, t.End)
		}
		if t.Len() > longTitle {
			t = ps.firstSentence(t)
		}
		if !t.IsZero() && hasLetter(ps.str(t)) {
			ps.title = t
		}
	}
	// the parts of every block share one slice
	ps.spans = append(ps.spans, parts...)
	n := len(ps.spans)
	ps.addBlock(ps.spans[n-len(parts):n:n], dl, ln)
}

// foldedTitle is the fold of the title: only a caption artefact asks for
// it, so it is made then, once.
func (ps *parser) foldedTitle() string {
	if !ps.folded {
		ps.titleFold, ps.folded = fold(ps.str(ps.title)), true
	}
	return ps.titleFold
}

// onlyShortBlocks: no paragraph of the body has come yet, only a headline,
// datelines and such short lines.
func (ps *parser) onlyShortBlocks() bool {
	for _, b := range ps.blocks {
		if b.span().Len() > shortLine {
			return false
		}
	}
	return true
}

func (ps *parser) addBlock(parts []Span, dl Span, ln int) {
	ps.blocks = append(ps.blocks, block{parts: parts, dateline: dl, line: ln})
}

// firstSentence cuts a span after its first sentence (". " then a capital).
func (ps *parser) firstSentence(sp Span) Span {
	s := ps.str(sp)
	for i := 0; i+2 < len(s); i++ {
		if (s[i] == '.' || s[i] == '!' || s[i] == '?') && s[i+1] == ' ' {
			r, _ := utf8.DecodeRuneInString(s[i+2:])
			if unicode.IsUpper(r) && i > 20 {
				return Span{sp.Start, sp.Start + i + 1}
			}
		}
	}
	return sp
}

// isSlug reports an ASCII, lower-case copy of a headline ("tang cuong trao doi ...").
func isSlug(s string) bool {
	words := 0
	for _, f := range strings.Fields(s) {
		for i := 0; i < len(f); i++ {
			if f[i] >= utf8.RuneSelf || f[i] >= 'A' && f[i] <= 'Z' {
				return false
			}
		}
		words++
	}
	return words >= 3
}

// published chooses the publication date: a header wins; a more precise
// dateline or publication line that agrees with it refines it.
func (ps *parser) published() dates.Date {
	h, d := ps.header, ps.pub
	if a := ps.ambiguous; h.IsZero() && d.Year == 0 && d.Day > 0 && a.Year > 0 {
		// "04/08/2025" over "PUTRAJAYA, Aug 4": the year of the line, the
		// day and month of the dateline, when they are the line's in one order
		if d.Month == a.Month && d.Day == a.Day || d.Month == a.Day && d.Day == a.Month {
			d.Year = a.Year
			return d
		}
	}
	switch {
	case h.IsZero():
		return d
	case d.IsZero():
		return h
	case d.Year == h.Year && (h.Month == 0 || d.Month == h.Month) && (h.Day == 0 || d.Day == h.Day):
		return d
	}
	return h
}

// dedupLead drops a lead the page prints twice (once as a standfirst, once
// after the dateline): the copy with the dateline stays.
func (ps *parser) dedupLead() {
	twins := ps.leadTwins()
	if len(twins) == 0 {
		return
	}
	seen := make(map[string]int, len(twins)) // sized at once: no growing
	drop := map[int]bool{}
	for _, c := range twins {
		i, b := c.i, ps.blocks[c.i]
		k := ps.str(c.sp)
		if hasLooseSpace(k) {
			k = strings.Join(strings.Fields(k), " ")
		}
		if j, ok := seen[k]; ok {
			if !b.dateline.IsZero() && ps.blocks[j].dateline.IsZero() && ps.title != ps.blocks[j].parts[0] {
				drop[j] = true
				seen[k] = i
			} else {
				drop[i] = true
			}
			continue
		}
		seen[k] = i
	}
	if len(drop) == 0 {
		return
	}
	kept := ps.blocks[:0]
	for i, b := range ps.blocks {
		if !drop[i] {
			kept = append(kept, b)
		}
	}
	ps.blocks = kept
}

// leadCandidate is a block dedupLead compares: its text (after the
// dateline) and the print of that text's ends.
type leadCandidate struct {
	i     int
	sp    Span
	print [2]uint64
	twin  bool
}

// maxPrinted bounds the blocks whose prints leadTwins compares two by two;
// on longer pages every candidate is compared by its text.
const maxPrinted = 64

// leadTwins returns, in order, the blocks long enough to be a repeated lead
// whose print another one shares: only those can repeat one another, and
// most pages have none, so their text need not be read (nor hashed).
func (ps *parser) leadTwins() []leadCandidate {
	var buf [16]leadCandidate
	cands := buf[:0]
	for i, b := range ps.blocks {
		sp := b.span()
		if !b.dateline.IsZero() {
			sp = ps.trim(b.dateline.End, sp.End)
		}
		if sp.Len() < minDuplicate {
			continue
		}
		c := leadCandidate{i: i, sp: sp, print: edgePrint(ps.str(sp))}
		if len(ps.blocks) > maxPrinted {
			c.twin = true // too many to compare two by two
		} else {
			for j := range cands {
				if cands[j].print == c.print {
					cands[j].twin, c.twin = true, true
				}
			}
		}
		cands = append(cands, c)
	}
	twins := cands[:0]
	for _, c := range cands {
		if c.twin {
			twins = append(twins, c)
		}
	}
	if len(twins) == 0 {
		return nil
	}
	return slices.Clone(twins)
}

// edgePrint packs the first and the last bytes of s, up to eight each and
// up to white space or a byte over ASCII: the ends of its first and last
// words, which folding white space (strings.Fields) leaves as they are, so
// two texts the same once folded have the same print.
func edgePrint(s string) [2]uint64 {
	var first, last uint64
	for i := 0; i < len(s) && i < 8 && s[i] > ' ' && s[i] < utf8.RuneSelf; i++ {
		first = first<<8 | uint64(s[i])
	}
	for i := len(s) - 1; i >= 0 && i >= len(s)-8 && s[i] > ' ' && s[i] < utf8.RuneSelf; i-- {
		last = last<<8 | uint64(s[i])
	}
	return [2]uint64{first, last}
}

// hasLooseSpace reports two spaces in a row, a tab or a no-break space in
// s: the white space dedupLead folds. It reads eight bytes at a time, each
// load overlapping the last by one byte for every pair of neighbours to
// lie inside one load (strings.Contains(s, "  ") stops at every space).
func hasLooseSpace(s string) bool {
	i := 0
	for ; i+8 <= len(s); i += 7 {
		x := load64(s[i : i+8])
		sp := bytesEqual(x, ' ')
		if sp&(sp>>8) != 0 || bytesEqual(x, '\t') != 0 || bytesEqual(x, 0xC2)&(bytesEqual(x, 0xA0)>>8) != 0 {
			return true
		}
	}
	s = s[i:]
	return strings.Contains(s, "  ") || strings.IndexByte(s, '\t') >= 0 || strings.Contains(s, "\u00a0")
}

// bytesEqual has 0x80 in each byte of x that is c, and no other bit set.
func bytesEqual(x uint64, c byte) uint64 {
	const lo7 = 0x7F7F7F7F7F7F7F7F
	x ^= 0x0101010101010101 * uint64(c) // the bytes that were c are now 0
	// the low seven bits of a byte are not all 0 when adding 0x7F carries into its top bit
	return ^((x&lo7 + lo7) | x | lo7)
}

// trimSignatures removes the byline and agency lines that close the
// article and the signature glued to its last paragraph ("... ./. Lê Tuyết/VOV").
func (ps *parser) trimSignatures() {
	for len(ps.blocks) > 1 {
		last := &ps.blocks[len(ps.blocks)-1]
		if len(last.parts) != 1 || !last.dateline.IsZero() || last.parts[0] == ps.title {
			break
		}
		if !isSignature(ps.str(last.parts[0]), len(ps.blocks) >= 3) {
			break
		}
		ps.blocks = ps.blocks[:len(ps.blocks)-1]
	}
	for len(ps.blocks) > 0 {
		last := &ps.blocks[len(ps.blocks)-1]
		p := &last.parts[len(last.parts)-1]
		if *p == ps.title {
			return
		}
		t := ps.trimTail(*p)
		if t == *p {
			return
		}
		if t.IsZero() {
			last.parts = last.parts[:len(last.parts)-1]
			if len(last.parts) == 0 {
				ps.blocks = ps.blocks[:len(ps.blocks)-1]
			}
			continue
		}
		*p = t
	}
}

// trimTail cuts a signature glued to the end of a paragraph: "./." and
// what follows it, "-VNA", "- VNA", or a short byline after the last
// sentence ("... Campuchia. Phúc Hằng (TTXVN)").
func (ps *parser) trimTail(sp Span) Span {
	s := ps.str(sp)
	// "./." closes Vietnamese agency copy; a signature may follow.
	lo := max(0, len(s)-80)
	if i := lastDotSlashDot(s[lo:]); i >= 0 {
		i += lo
		tail := strings.TrimSpace(s[i+3:])
		if tail == "" || isSignature(tail, true) {
			return ps.trim(sp.Start, sp.Start+i+1)
		}
	}
	// "-VNA", "– AKP", "(VNA)" at the very end.
	lo = max(0, len(s)-24)
	if i := lastDashOrParen(s[lo:]); i >= 0 {
		i += lo
		tail := s[i:]
		if isAgency(tail) && (i == 0 || s[i] == '(' || s[i-1] == ' ' || s[i-1] == '.') {
			return ps.trim(sp.Start, sp.Start+i)
		}
	}
	// A short byline after the last full stop.
	if len(s) > 12 {
		lo := max(0, len(s)-80)
		for i := len(s) - 2; i >= lo; i-- {
			if (s[i] == '.' || s[i] == '!' || s[i] == '?') && s[i+1] == ' ' {
				tail := strings.TrimSpace(s[i+1:])
				if tail != "" && isSignature(tail, true) && !strings.HasSuffix(tail, ".") {
					return ps.trim(sp.Start, sp.Start+i+1)
				}
				break
			}
		}
	}
	if isSignature(s, false) && len(ps.blocks) > 1 {
		return Span{sp.Start, sp.Start}
	}
	return sp
}

// lastDotSlashDot is strings.LastIndex(s, "./.") by the rarer '/'.
func lastDotSlashDot(s string) int {
	for j := len(s); ; {
		i := strings.LastIndexByte(s[:j], '/')
		if i < 1 {
			return -1
		}
		if i+1 < len(s) && s[i-1] == '.' && s[i+1] == '.' {
			return i - 1
		}
		j = i
	}
}

// lastDashOrParen is strings.LastIndexAny(s, "-–—(") byte by byte (the
// dashes are E2 80 93 and E2 80 94 in UTF-8).
func lastDashOrParen(s string) int {
	for i := len(s) - 1; i >= 0; i-- {
		switch s[i] {
		case '-', '(':
			return i
		case 0xE2:
			if i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0x93 || s[i+2] == 0x94) {
				return i
			}
		}
	}
	return -1
}

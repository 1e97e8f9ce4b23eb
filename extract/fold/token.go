package fold

import (
	"sync"
	"unicode"
	"unicode/utf8"
)

// Kind of a token.
type Kind uint8

// Token kinds.
const (
	Word   Kind = iota // letters (and marks)
	Number             // digits
	Punct              // one punctuation or symbol rune
)

// Token is one word, number or punctuation mark of a text, with its byte
// range [Start, End) in that text.
type Token struct {
	Start, End int
	Text       string // as written
	Fold       string // folded (see Fold)
	Lower      string // lower case with accents kept (see Lower); Vietnamese words are told apart by it
	Kind       Kind
	Cap        bool // first letter upper case
	AllCaps    bool // every letter upper case (abbreviations: AN, ASEAN)
	// Glued is true when the token follows the previous one with no space
	// between them (word-internal hyphens and apostrophes are dropped, so
	// "vice-ministre" gives "vice" then a glued "ministre").
	Glued bool
}

func isWordRune(r rune) bool {
	if r < propsSize {
		return props[r]&pWord != 0
	}
	return isWordRuneSlow(r)
}

// isWordRuneSlow is isWordRune out of line, so that the table lookup inlines.
func isWordRuneSlow(r rune) bool { return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) }

// Properties of the runes of the scripts dyad reads, looked up once.
const (
	pWord        = 1 << iota // isWordRune
	pUpper                   // unicode.IsUpper
	pLower                   // unicode.IsLower
	pCaseChanges             // unicode.ToLower(r) != r
)

const propsSize = 0x2000

var props = func() *[propsSize]uint8 {
	var t [propsSize]uint8
	for r := rune(0); r < propsSize; r++ {
		t[r] = slowProps(r)
	}
	return &t
}()

// runeProps returns the properties of r.
func runeProps(r rune) uint8 {
	if r < propsSize {
		return props[r]
	}
	return slowProps(r)
}

func slowProps(r rune) uint8 {
	var p uint8
	if unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) {
		p |= pWord
	}
	if unicode.IsUpper(r) {
		p |= pUpper
	}
	if unicode.IsLower(r) {
		p |= pLower
	}
	if unicode.ToLower(r) != r {
		p |= pCaseChanges
	}
	return p
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' || r == '`' }

// Tokens splits s into tokens. Spaces are dropped. A hyphen or apostrophe
// between two letters with no space around it is dropped too, and the word
// after it is marked Glued, so "Hô Chi Minh-Ville" and "l'Assemblée" match
// the same phrases as "Ho Chi Minh Ville" and "l Assemblée".
func Tokens(s string) []Token {
	return AppendTokens(nil, s, 0)
}

// AppendTokens appends the tokens of s to dst, with offsets shifted by base
// (s being a slice of a larger text starting at base).
func AppendTokens(dst []Token, s string, base int) []Token {
	return appendTokens(dst, s, base, true)
}

// AppendTokensNoLower is AppendTokens without the Lower form (left empty),
// for texts whose phrases are all matched folded (French, English): it
// saves a copy of every capitalised or accented word.
func AppendTokensNoLower(dst []Token, s string, base int) []Token {
	return appendTokens(dst, s, base, false)
}

func appendTokens(dst []Token, s string, base int, withLower bool) []Token {
	// The folded and lower-case forms that differ from the text are written
	// to one scratch buffer and made into one string at the end: one
	// allocation per call instead of one per capitalised or accented word.
	sc := scratchPool.Get().(*scratch)
	defer sc.release()
	i := 0
	glued := false
	for i < len(s) {
		c := s[i]
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		switch {
		case isSpace(r):
			glued = false
			i += size
		case isWordRune(r):
			start := i
			w := scanWord(s[i:])
			i += w.n
			text := s[start:i]
			lower := ""
			if withLower {
				lower = text
			}
			dst = append(dst, Token{Start: base + start, End: base + i, Text: text, Fold: text, Lower: lower, Kind: Word,
				Cap: w.cap, AllCaps: !w.anyLower && w.runes > 1, Glued: glued})
			if w.ascii && w.anyUpper {
				// an ASCII word with capitals: its folded and lower forms
				// are one and the same lower-case copy
				sc.asciiLower(len(dst)-1, text, withLower)
			} else if !w.ascii {
				// (an ASCII word in lower case is its own folded and lower form)
				sc.fold(len(dst)-1, text)
				if withLower && (w.caseChanges || !w.ascii && needsToneFix(text)) {
					sc.lower(len(dst)-1, text)
				}
			}
			glued = true
		case unicode.IsDigit(r):
			start := i
			for i < len(s) {
				r2, sz := rune(s[i]), 1
				if r2 >= utf8.RuneSelf {
					r2, sz = utf8.DecodeRuneInString(s[i:])
				}
				if !unicode.IsDigit(r2) {
					break
				}
				i += sz
			}
			dst = append(dst, Token{Start: base + start, End: base + i, Text: s[start:i], Fold: s[start:i], Lower: s[start:i], Kind: Number, Glued: glued})
			glued = true
		default:
			// a hyphen or apostrophe inside a word glues its two halves
			if (r == '-' || r == '‐' || isApostrophe(r)) && i > 0 && i+size < len(s) {
				prev, next := rune(s[i-1]), rune(s[i+size])
				if prev >= utf8.RuneSelf {
					prev, _ = utf8.DecodeLastRuneInString(s[:i])
				}
				if next >= utf8.RuneSelf {
					next, _ = utf8.DecodeRuneInString(s[i+size:])
				}
				if isWordRune(prev) && (isWordRune(next) || unicode.IsDigit(next)) {
					i += size
					glued = true
					continue
				}
			}
			p := punctKey(r, s[i:i+size])
			dst = append(dst, Token{Start: base + i, End: base + i + size, Text: s[i : i+size], Fold: p, Lower: p, Kind: Punct, Glued: glued})
			glued = true
			i += size
		}
	}
	sc.apply(dst)
	return dst
}

// isSpace: the separators between tokens.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || '\t' <= r && r <= '\r'
	}
	return isSpaceSlow(r)
}

// isSpaceSlow is isSpace over ASCII, out of line so that isSpace inlines.
//
//go:noinline
func isSpaceSlow(r rune) bool {
	return unicode.IsSpace(r) || r == '\u00a0' || r == '\u200b' || r == '\ufeff'
}

// word describes the run of word runes at the start of a string.
type word struct {
	n        int // length in bytes
	runes    int
	cap      bool // the first letter is upper case
	anyLower bool
	anyUpper bool
	ascii    bool
	// some rune changes in lower case (an upper or title case letter)
	caseChanges bool
}

func scanWord(s string) word {
	w := word{ascii: true}
	for w.n < len(s) {
		c := s[w.n]
		if c < utf8.RuneSelf {
			switch {
			case 'a' <= c && c <= 'z':
				// a run of lower-case ASCII letters, most of a word, at once
				k := w.n + 1
				for k < len(s) && 'a' <= s[k] && s[k] <= 'z' {
					k++
				}
				w.anyLower = true
				w.runes += k - w.n
				w.n = k
			case 'A' <= c && c <= 'Z':
				if w.runes == 0 {
					w.cap = true
				}
				w.anyUpper, w.caseChanges = true, true
				w.runes++
				w.n++
			default:
				return w
			}
			continue
		}
		r, sz := utf8.DecodeRuneInString(s[w.n:])
		p := runeProps(r)
		if p&pWord == 0 {
			break
		}
		w.ascii = false
		upper := p&pUpper != 0
		if w.runes == 0 {
			w.cap = upper
		}
		w.anyLower = w.anyLower || p&pLower != 0
		w.anyUpper = w.anyUpper || upper
		w.caseChanges = w.caseChanges || p&pCaseChanges != 0
		w.runes++
		w.n += sz
	}
	return w
}

// scratch collects the derived forms of one call of appendTokens.
type scratch struct {
	buf   []byte
	fixes []fix
}

// fix sets a form of dst[tok] to buf[off:end] once buf is a string.
type fix struct {
	tok, off, end int
	lower         bool
}

var scratchPool = sync.Pool{New: func() any { return &scratch{buf: make([]byte, 0, 1024)} }}

func (sc *scratch) release() {
	if cap(sc.buf) > 1<<16 || cap(sc.fixes) > 1<<12 {
		return // let an odd huge text's buffers go
	}
	sc.buf, sc.fixes = sc.buf[:0], sc.fixes[:0]
	scratchPool.Put(sc)
}

// fold records the folded form of dst[tok], unless it is text itself.
func (sc *scratch) fold(tok int, text string) {
	off := len(sc.buf)
	sc.buf = appendFold(sc.buf, text)
	sc.keep(tok, off, text, false)
}

// asciiLower records the lower case of text, an ASCII word with an upper
// case letter, as the folded form of dst[tok] and, with lower, as its
// lower-case form too.
func (sc *scratch) asciiLower(tok int, text string, lower bool) {
	off := len(sc.buf)
	sc.buf = append(sc.buf, text...)
	b := sc.buf[off:]
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	sc.fixes = append(sc.fixes, fix{tok: tok, off: off, end: len(sc.buf)})
	if lower {
		sc.fixes = append(sc.fixes, fix{tok: tok, off: off, end: len(sc.buf), lower: true})
	}
}

// lower records the lower-case form of dst[tok], unless it is text itself.
func (sc *scratch) lower(tok int, text string) {
	off := len(sc.buf)
	sc.buf = appendLower(sc.buf, text)
	sc.keep(tok, off, text, true)
}

func (sc *scratch) keep(tok, off int, text string, lower bool) {
	if string(sc.buf[off:]) == text {
		sc.buf = sc.buf[:off]
		return
	}
	sc.fixes = append(sc.fixes, fix{tok: tok, off: off, end: len(sc.buf), lower: lower})
}

func (sc *scratch) apply(dst []Token) {
	if len(sc.fixes) == 0 {
		return
	}
	all := string(sc.buf)
	for _, f := range sc.fixes {
		if f.lower {
			dst[f.tok].Lower = all[f.off:f.end]
		} else {
			dst[f.tok].Fold = all[f.off:f.end]
		}
	}
}

func punctKey(r rune, s string) string {
	switch r {
	case '–', '—', '‐', '‑', '−':
		return "-"
	case '’', 'ʼ', '`':
		return "'"
	case '“', '”', '«', '»', '„':
		return "\""
	}
	return s
}

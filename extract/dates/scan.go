package dates

import (
	"bytes"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

type kind uint8

const (
	kWord kind = iota + 1
	kNum
	kPunct
)

// token is one word, digit run or punctuation character of the input.
// It holds no pointer (the entry is an index), so the GC neither scans
// nor guards the slices of them.
type token struct {
	start, end int32
	val        int32  // value of a number (digit runs longer than 9 keep -1)
	r          rune   // punctuation character
	ei         uint16 // index in entries of the lexicon entry of a word; 0 when the word means nothing here
	flags      uint16 // the entry's flags, month and weekday, copied: the matcher asks for them most
	month      int8
	wday       int8
	ndig       uint8 // digits in a number
	kind       kind
	space      bool // whitespace before the token
	nl         bool // a line break before the token
	cap        bool // a word that starts with an upper-case letter
	zero       bool // a number written with a leading zero (04)
}

// maxKey bounds the words looked up in the lexicon: longer ones never name a date.
const maxKey = 24

// tokenize splits text into tokens and looks each word up in lex. It keeps
// byte offsets; invalid UTF-8 bytes become punctuation tokens.
func tokenize(text string, lex *table, toks []token) []token {
	var key [maxKey * 2]byte
	space, nl := false, true
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ' || c == '\t' || c == '\f' || c == '\v':
				space = true
				i++
				continue
			case c == '\n' || c == '\r':
				space, nl = true, true
				i++
				continue
			case c >= '0' && c <= '9':
				j, v := i, int32(0)
				for j < len(text) && text[j] >= '0' && text[j] <= '9' {
					if v >= 0 && j-i < 9 {
						v = v*10 + int32(text[j]-'0')
					} else {
						v = -1
					}
					j++
				}
				nd := j - i
				if nd > 255 {
					nd = 255
				}
				var t *token
				toks, t = push(toks, i, j, kNum, space, nl)
				t.val, t.ndig, t.zero = v, uint8(nd), c == '0' && nd > 1
				space, nl = false, false
				i = j
				continue
			case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
				// a word: handled below
			default:
				var t *token
				toks, t = push(toks, i, i+1, kPunct, space, nl)
				t.r = rune(c)
				space, nl = false, false
				i++
				continue
			}
		} else {
			ri, size := decode(text[i:])
			if ri.r == utf8.RuneError && size == 1 {
				var t *token
				toks, t = push(toks, i, i+1, kPunct, space, nl)
				t.r = ri.r
				space, nl = false, false
				i++
				continue
			}
			if !ri.letter {
				if ri.space {
					space = true
					if ri.r == 0x2028 || ri.r == 0x2029 || ri.r == 0x85 {
						nl = true
					}
				} else {
					var t *token
					toks, t = push(toks, i, i+size, kPunct, space, nl)
					t.r = ri.r
					space, nl = false, false
				}
				i += size
				continue
			}
		}
		// A word: letters and combining marks.
		j, n, marks, h := i, 0, false, fnvOffset
		upper := c <= 'Z'
		if c < utf8.RuneSelf && !lex.first[c|0x20] {
			n = len(key) // no entry starts so: the key is neither built nor looked up
		}
		if c >= utf8.RuneSelf {
			ri, _ := decode(text[i:])
			upper = ri.upper
		}
		for j < len(text) {
			// ASCII letters, the most of them, in a tight loop
			for j < len(text) && asciiLetter[text[j]] {
				if n < len(key) {
					c := text[j] | 0x20 // lower case
					key[n] = c
					h = (h ^ uint32(c)) * fnvPrime
				}
				n++
				j++
			}
			if j >= len(text) || text[j] < utf8.RuneSelf {
				break
			}
			// decode, its table lookups written out here: a call for
			// every letter of a Vietnamese word costs more than the lookup
			var ri *runeInfo
			var size int
			switch c := text[j]; {
			case c >= 0xC2 && c <= 0xCD && j+1 < len(text) && text[j+1]&0xC0 == 0x80:
				ri, size = &twoByteInfo[rune(c&0x1F)<<6|rune(text[j+1]&0x3F)-0x80], 2
			case c == 0xE1 && j+2 < len(text) && text[j+1] >= 0xB8 && text[j+1] <= 0xBB && text[j+2]&0xC0 == 0x80:
				ri, size = &viInfo[rune(text[j+1]-0xB8)<<6|rune(text[j+2]&0x3F)], 3
			default:
				other, n := decodeOther(text[j:])
				ri, size = &other, n
			}
			if !(ri.mark || ri.letter) || ri.r == utf8.RuneError {
				break
			}
			marks = marks || ri.mark
			if n+4 <= len(key) && n <= maxKey {
				for _, c := range ri.lower[:ri.n] {
					key[n] = c
					h = (h ^ uint32(c)) * fnvPrime
					n++
				}
			} else {
				n += size
			}
			j += size
		}
		var t *token
		toks, t = push(toks, i, j, kWord, space, nl)
		t.cap = upper
		if n <= maxKey {
			k := key[:n]
			if marks {
				// composed from a copy: handing key itself over would move it
				// to the heap, on every call
				k = norm.NFC.Bytes(bytes.Clone(k))
				h = fnv(k)
			}
			if t.ei = lex.get(k, h); t.ei != 0 {
				e := entries[t.ei]
				t.flags, t.month, t.wday = e.flags, e.month, e.wday
			}
		}
		space, nl = false, false
		i = j
	}
	return toks
}

// push appends a token and returns it, to be filled in place: a token
// built aside is copied into the slice with wide loads right after its
// narrow stores, and that stalls the processor on every token.
func push(toks []token, start, end int, k kind, space, nl bool) ([]token, *token) {
	toks = append(toks, token{})
	t := &toks[len(toks)-1]
	t.start, t.end, t.kind, t.space, t.nl = int32(start), int32(end), k, space, nl
	return toks, t
}

// ent is the lexicon entry of the token, nil for none.
func (t *token) ent() *entry { return entries[t.ei] }

// asciiLetter[c]: c is an ASCII letter.
var asciiLetter = func() (t [256]bool) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = true, true
	}
	return t
}()

// runeInfo is what the tokenizer asks about a rune over ASCII.
type runeInfo struct {
	r                   rune
	lower               [utf8.UTFMax]byte // toLower(r) in UTF-8
	n                   uint8             // bytes of lower
	letter, mark, upper bool              // isLetter, isMark, unicode.IsUpper
	space               bool              // unicode.IsSpace
}

func info(r rune) runeInfo {
	ri := runeInfo{r: r, letter: isLetter(r), mark: isMark(r), upper: unicode.IsUpper(r), space: unicode.IsSpace(r)}
	ri.n = uint8(utf8.EncodeRune(ri.lower[:], toLower(r)))
	return ri
}

// The runes of French and Vietnamese words are looked up, not classified:
// U+0080-U+037F (two bytes in UTF-8, combining marks included) and the
// Vietnamese block U+1E00-U+1EFF (three bytes, E1 B8-BB xx).
var (
	twoByteInfo [0x380 - 0x80]runeInfo
	viInfo      [0x100]runeInfo
)

func init() {
	for r := rune(0x80); r < 0x380; r++ {
		twoByteInfo[r-0x80] = info(r)
	}
	for r := rune(0x1E00); r < 0x1F00; r++ {
		viInfo[r-0x1E00] = info(r)
	}
}

// decode reads the rune over ASCII (or invalid byte) s starts with.
func decode(s string) (runeInfo, int) {
	c := s[0]
	if c >= 0xC2 && c <= 0xCD && len(s) > 1 && s[1]&0xC0 == 0x80 {
		return twoByteInfo[rune(c&0x1F)<<6|rune(s[1]&0x3F)-0x80], 2
	}
	if c == 0xE1 && len(s) > 2 && s[1] >= 0xB8 && s[1] <= 0xBB && s[2]&0xC0 == 0x80 {
		return viInfo[rune(s[1]-0xB8)<<6|rune(s[2]&0x3F)], 3
	}
	return decodeOther(s)
}

// decodeOther is decode for the runes outside the tables.
func decodeOther(s string) (runeInfo, int) {
	r, size := utf8.DecodeRuneInString(s)
	return info(r), size
}

// isLetter is unicode.IsLetter with the Latin ranges of French and
// Vietnamese answered without a table search.
func isLetter(r rune) bool {
	switch {
	case r >= 0xC0 && r <= 0x24F:
		return r != 0xD7 && r != 0xF7
	case r >= 0x1E00 && r <= 0x1EFF:
		return true
	case r >= 0x300 && r <= 0x36F:
		return false
	}
	return unicode.IsLetter(r)
}

// isMark reports a combining mark (decomposed accents and tone marks).
func isMark(r rune) bool {
	if r >= 0x300 && r <= 0x36F {
		return true
	}
	if r < 0x300 || r >= 0x1E00 && r <= 0x1EFF {
		return false
	}
	return unicode.Is(unicode.Mn, r)
}

// toLower is unicode.ToLower with the Vietnamese block (upper case at even
// code points) and Latin-1 answered directly.
func toLower(r rune) rune {
	switch {
	case r >= 0x1EA0 && r <= 0x1EF9:
		return r | 1
	case r >= 0xC0 && r <= 0xDE && r != 0xD7:
		return r + 0x20
	case r >= 0xDF && r <= 0xFF:
		return r
	}
	return unicode.ToLower(r)
}

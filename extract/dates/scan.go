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
type token struct {
	e          *entry // lexicon entry of a word; nil when the word means nothing here
	start, end int32
	val        int32 // value of a number (digit runs longer than 9 keep -1)
	r          rune  // punctuation character
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
				toks = append(toks, token{start: int32(i), end: int32(j), kind: kNum, val: v, ndig: uint8(nd), space: space, nl: nl, zero: c == '0' && nd > 1})
				space, nl = false, false
				i = j
				continue
			case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
				// a word: handled below
			default:
				toks = append(toks, token{start: int32(i), end: int32(i + 1), kind: kPunct, r: rune(c), space: space, nl: nl})
				space, nl = false, false
				i++
				continue
			}
		} else {
			r, size := utf8.DecodeRuneInString(text[i:])
			if r == utf8.RuneError && size == 1 {
				toks = append(toks, token{start: int32(i), end: int32(i + 1), kind: kPunct, r: r, space: space, nl: nl})
				space, nl = false, false
				i++
				continue
			}
			if !isLetter(r) {
				if unicode.IsSpace(r) {
					space = true
					if r == 0x2028 || r == 0x2029 || r == 0x85 {
						nl = true
					}
				} else {
					toks = append(toks, token{start: int32(i), end: int32(i + size), kind: kPunct, r: r, space: space, nl: nl})
					space, nl = false, false
				}
				i += size
				continue
			}
		}
		// A word: letters and combining marks.
		j, n, marks, h := i, 0, false, fnvOffset
		tk := token{start: int32(i), kind: kWord, space: space, nl: nl}
		if c < utf8.RuneSelf {
			tk.cap = c <= 'Z'
		} else {
			r, _ := utf8.DecodeRuneInString(text[i:])
			tk.cap = unicode.IsUpper(r)
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
			r, size := utf8.DecodeRuneInString(text[j:])
			isMark := isMark(r)
			if !(isMark || isLetter(r)) || r == utf8.RuneError {
				break
			}
			marks = marks || isMark
			if n+4 <= len(key) && n <= maxKey {
				w := utf8.EncodeRune(key[n:], toLower(r))
				for _, c := range key[n : n+w] {
					h = (h ^ uint32(c)) * fnvPrime
				}
				n += w
			} else {
				n += size
			}
			j += size
		}
		tk.end = int32(j)
		if n <= maxKey {
			k := key[:n]
			if marks {
				// composed from a copy: handing key itself over would move it
				// to the heap, on every call
				k = norm.NFC.Bytes(bytes.Clone(k))
				h = fnv(k)
			}
			tk.e = lex.get(k, h)
		}
		toks = append(toks, tk)
		space, nl = false, false
		i = j
	}
	return toks
}

// asciiLetter[c]: c is an ASCII letter.
var asciiLetter = func() (t [256]bool) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = true, true
	}
	return t
}()

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

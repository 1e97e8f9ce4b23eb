package fold

import (
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

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) }

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
	i := 0
	glued := false
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r) || r == '\u00a0' || r == '\u200b' || r == '\ufeff':
			glued = false
			i += size
		case isWordRune(r):
			start := i
			caps, anyLower := true, false
			first := true
			cap := false
			for i < len(s) {
				r2, sz := utf8.DecodeRuneInString(s[i:])
				if !isWordRune(r2) {
					break
				}
				if unicode.IsLower(r2) {
					anyLower = true
					caps = false
				}
				if first {
					cap = unicode.IsUpper(r2)
					first = false
				}
				i += sz
			}
			text := s[start:i]
			lower := ""
			if withLower {
				lower = Lower(text)
			}
			dst = append(dst, Token{Start: base + start, End: base + i, Text: text, Fold: Fold(text), Lower: lower, Kind: Word,
				Cap: cap, AllCaps: caps && !anyLower && utf8.RuneCountInString(text) > 1, Glued: glued})
			glued = true
		case unicode.IsDigit(r):
			start := i
			for i < len(s) {
				r2, sz := utf8.DecodeRuneInString(s[i:])
				if !unicode.IsDigit(r2) {
					break
				}
				i += sz
			}
			dst = append(dst, Token{Start: base + start, End: base + i, Text: s[start:i], Fold: s[start:i], Lower: s[start:i], Kind: Number, Glued: glued})
			glued = true
		default:
			// word-internal hyphen or apostrophe: dropped, the next word is glued
			if (r == '-' || r == '‐' || isApostrophe(r)) && i > 0 && i+size < len(s) {
				prev, _ := utf8.DecodeLastRuneInString(s[:i])
				next, _ := utf8.DecodeRuneInString(s[i+size:])
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
	return dst
}

// punctKey gives dashes one form, so "Lao động - Thương binh" and
// "Lao động – Thương binh" look alike.
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

package fold

import (
	"reflect"
	"testing"
	"unicode"
	"unicode/utf8"
)

// appendTokensRef is appendTokens as it was before its ASCII fast paths:
// the fuzz target below holds the two to the same tokens.
func appendTokensRef(dst []Token, s string, base int, withLower bool) []Token {
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
			if !w.ascii || w.anyUpper {
				// an ASCII word in lower case is its own folded and lower form
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
	sc.apply(dst)
	return dst
}

func FuzzTokensRef(f *testing.F) {
	f.Add("Bùi Văn Cường, l'AN - 1er 12٣4 vice‐ministre x’y `a` \u00a0\u200b")
	f.Add("\xff\xfe-a a-\xff")
	f.Add("THOẢ thuận Hoà ĐẶNG Thuỷ Œuvre straße ǅemal")
	f.Fuzz(func(t *testing.T, s string) {
		for _, lower := range []bool{true, false} {
			got, want := appendTokens(nil, s, 3, lower), appendTokensRef(nil, s, 3, lower)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("%q (lower %v):\n got %+v\nwant %+v", s, lower, got, want)
			}
		}
	})
}

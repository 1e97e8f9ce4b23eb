package dates

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// tokenizeRef is tokenize as it was before its rune tables: every rune
// decoded and classified. FuzzTokenize checks the two agree.
func tokenizeRef(text string, lex *table, toks []token) []token {
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
			if tk.ei = lex.get(k, h); tk.ei != 0 {
				e := entries[tk.ei]
				tk.flags, tk.month, tk.wday = e.flags, e.month, e.wday
			}
		}
		toks = append(toks, tk)
		space, nl = false, false
		i = j
	}
	return toks
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{
		"le 1er décembre 2023", "Thứ ba, 04/04/2023 17:43", "ĐẠI HỘI ngày\u00a0hôm qua", "Hai bo\u0323\u0302 ngày",
		"\xff\xfe ǅ ª ẞ ß İ", "aujourd'hui\u2028demain", "x\u0301\u0302y", "越南 ́a",
		"du 13 au 17 juin", "từ ngày 13-16/7/2017", "on Feb. 13, 2023 and next Tuesday", "hôm qua (7/11) lần thứ ba",
		"thứ Ba tới, le même jour", "February 28 to March 2", "Sáng 21-1, tại Hà Nội", "xx 3/12/4 yy 17:43 zz",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, lex := range []*table{tabFR, tabVI, tabEN, tabAny} {
			got, want := tokenize(text, lex, nil), tokenizeRef(text, lex, nil)
			if !slices.Equal(got, want) {
				t.Fatalf("tokenize(%q) = %+v, the reference says %+v", text, got, want)
			}
		}
		// and the matcher finds the same dates in them
		for _, lang := range []string{"fr", "vi", "en", ""} {
			if got, want := Find(text, lang, Date{2023, 4, 4}), findRef(text, lang, Date{2023, 4, 4}); !slices.Equal(got, want) {
				t.Fatalf("Find(%q, %q) = %+v, on the reference's tokens %+v", text, lang, got, want)
			}
		}
	})
}

// TestTokenizeReference compares tokenize with the reference on the
// development articles.
func TestTokenizeReference(t *testing.T) {
	files, err := filepath.Glob("../../testdata/articles/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no test articles: %v", err)
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := string(data)
		for _, lex := range []*table{tabFR, tabVI, tabEN, tabAny} {
			if !slices.Equal(tokenize(text, lex, nil), tokenizeRef(text, lex, nil)) {
				t.Errorf("%s: tokenize differs from the reference", f)
			}
		}
		for _, lang := range []string{"fr", "vi", "en", ""} {
			if !slices.Equal(Find(text, lang, Date{2023, 4, 4}), findRef(text, lang, Date{2023, 4, 4})) {
				t.Errorf("%s: Find differs on the reference's tokens (%s)", f, lang)
			}
		}
	}
}

// findRef is Find on the reference's tokens.
func findRef(text, lang string, ref Date) []Mention {
	if !ref.Valid() {
		ref = Date{}
	}
	m := matcher{text: text, lang: lang, ref: ref}
	m.t = tokenizeRef(text, lexiconFor(lang), nil)
	m.run()
	return m.out
}

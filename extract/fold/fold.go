package fold

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// table maps the runes of the Latin blocks (where every accented letter of
// French and Vietnamese lives) to their folded form. It is built once from
// x/text (NFD, marks removed, case folded) and never written afterwards, so
// readers need no lock; runes outside it take the slow x/text path.
const tableSize = 0x2000

var table = sync.OnceValue(func() *foldTable {
	t := &foldTable{}
	var all strings.Builder
	for r := rune(0); r < tableSize; r++ {
		all.WriteString(slowFold(string(r)))
		t.end[r] = uint32(all.Len())
	}
	t.all = all.String()
	return t
})

// foldTable holds the folded forms one after the other in one string, so
// the garbage collector has one object to mark, not thousands.
type foldTable struct {
	all string
	end [tableSize]uint32 // the form of r ends at end[r], and starts where that of r-1 ends
}

func (t *foldTable) form(r rune) string {
	start := uint32(0)
	if r > 0 {
		start = t.end[r-1]
	}
	return t.all[start:t.end[r]]
}

var (
	special = strings.NewReplacer("đ", "d", "Đ", "d", "ð", "d", "ø", "o", "ł", "l", "æ", "ae", "œ", "oe", "ß", "ss")
)

func slowFold(s string) string {
	tr := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	out, _, err := transform.String(tr, s)
	if err != nil {
		out = s
	}
	// A Caser is stateful: one per call keeps this safe for concurrent use.
	return special.Replace(cases.Fold().String(out))
}

// Rune folds one rune; it returns the folded string (usually one ASCII byte).
func Rune(r rune) string {
	if r < 0x80 {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return string(r)
	}
	if r < tableSize {
		return table().form(r)
	}
	return slowFold(string(r))
}

// Fold returns s without accents, in lower case, with đ as d. Punctuation
// and spaces are kept as they are.
func Fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 || ('A' <= s[i] && s[i] <= 'Z') {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var buf [64]byte
	return string(appendFold(buf[:0], s))
}

// AppendFold appends Fold(s) to dst.
func AppendFold(dst []byte, s string) []byte { return appendFold(dst, s) }

// appendFold appends the folded form of s to dst.
func appendFold(dst []byte, s string) []byte {
	var t *foldTable // fetched once, at the first rune that needs it
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r < tableSize {
			if t == nil {
				t = table()
			}
			dst = append(dst, t.form(r)...)
		} else {
			dst = append(dst, Rune(r)...)
		}
		i += n
	}
	return dst
}

// Key is the identity form of a name: folded, only letters and digits,
// words joined by '-' ("Samdech Hun Sèn" → "samdech-hun-sen", "Hô Chi
// Minh-Ville" → "ho-chi-minh-ville", "People's" → "people-s").
func Key(s string) string {
	// folded and keyed in one pass, on the stack: only the key is
	// allocated, and not even that when it is s itself
	var kb [128]byte
	k := kb[:0]
	sep := false
	var t *foldTable // fetched once, at the first rune that needs it
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
		} else {
			r, n := utf8.DecodeRuneInString(s[i:])
			i += n
			var f string
			if r < tableSize {
				if t == nil {
					t = table()
				}
				f = t.form(r)
			} else {
				f = Rune(r)
			}
			if len(f) != 1 || f[0] >= utf8.RuneSelf {
				k, sep = appendKey(k, f, sep)
				continue
			}
			c = f[0] // most accented letters: one ASCII letter, folded already
		}
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
			if sep && len(k) > 0 {
				k = append(k, '-')
			}
			sep = false
			k = append(k, c)
		} else {
			sep = true
		}
	}
	if string(k) == s {
		return s
	}
	return string(k)
}

// appendKey appends the letters and digits of the folded form f to the key
// k, a '-' before each run after a separator (sep: one is pending).
func appendKey(k []byte, f string, sep bool) ([]byte, bool) {
	for _, r := range f {
		if r < utf8.RuneSelf && ('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9') ||
			r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			if sep && len(k) > 0 {
				k = append(k, '-')
			}
			sep = false
			k = utf8.AppendRune(k, r)
		} else {
			sep = true
		}
	}
	return k, sep
}

// Words returns the folded word tokens of s, the form used to look phrases up.
func Words(s string) []string {
	toks := Tokens(s)
	out := make([]string, 0, len(toks))
	for _, t := range toks {
		if t.Kind != Punct {
			out = append(out, t.Fold)
		}
	}
	return out
}

// HasDiacritics reports whether s holds a letter that folding changes other
// than by case (an accent, đ).
func HasDiacritics(s string) bool {
	for _, r := range s {
		if r >= 0x80 && unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// IsUpper reports whether the first letter of s is upper case.
func IsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// toneFix moves the tone mark of the word-final clusters oa, oe, uy to the
// first vowel (the older spelling: "hòa", "thủy"), so both spellings of
// Vietnamese words ("hoà"/"hòa", "Thoả"/"Thỏa") compare equal.
var toneFix = func() map[string]string {
	m := map[string]string{}
	add := func(pairs ...string) {
		for i := 0; i+1 < len(pairs); i += 2 {
			m[pairs[i]] = pairs[i+1]
		}
	}
	add("oà", "òa", "oá", "óa", "oả", "ỏa", "oã", "õa", "oạ", "ọa",
		"oè", "òe", "oé", "óe", "oẻ", "ỏe", "oẽ", "õe", "oẹ", "ọe",
		"uỳ", "ùy", "uý", "úy", "uỷ", "ủy", "uỹ", "ũy", "uỵ", "ụy")
	return m
}()

// Lower is s in lower case with accents kept and the tone mark of
// word-final oa/oe/uy clusters in one place. s should be NFC (the
// extractor normalises its input once).
func Lower(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(s)
	}
	l := strings.ToLower(s)
	if fixed, cut := fixTone(l); fixed != "" {
		l = l[:cut] + fixed
	}
	return l
}

// fixTone returns the respelling of the last two runes of l (lower case,
// not ASCII) and where they start, or "" when they need none.
func fixTone(l string) (fixed string, cut int) {
	if len(l) < 3 {
		return "", 0
	}
	r1, n1 := utf8.DecodeLastRuneInString(l)
	r0, n0 := utf8.DecodeLastRuneInString(l[:len(l)-n1])
	if r0 == 'o' || r0 == 'u' {
		if fixed, ok := toneFix[string(r0)+string(r1)]; ok {
			return fixed, len(l) - n1 - n0
		}
	}
	return "", 0
}

// needsToneFix reports whether Lower respells the end of s, a word in
// lower case that is not ASCII: its second last rune is 'o' or 'u' and
// then a vowel carries the tone.
func needsToneFix(s string) bool {
	fixed, _ := fixTone(s)
	return fixed != ""
}

// appendLower appends Lower(s) to dst.
func appendLower(dst []byte, s string) []byte {
	start := len(dst)
	ascii := true
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		ascii = false
		r, n := utf8.DecodeRuneInString(s[i:])
		if runeProps(r)&pCaseChanges != 0 {
			r = unicode.ToLower(r)
		}
		dst = utf8.AppendRune(dst, r)
		i += n
	}
	if !ascii {
		if fixed, cut := fixTone(string(dst[start:])); fixed != "" {
			dst = append(dst[:start+cut], fixed...)
		}
	}
	return dst
}

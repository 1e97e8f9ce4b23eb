// Package nfc tells quickly whether text is already in Unicode NFC, as
// nearly all text is, before golang.org/x/text/unicode/norm does the work.
package nfc

import (
	"sync"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// tableSize covers Latin, Vietnamese, Greek, Cyrillic and the general
// punctuation block (’ “ ” – …); other runes go to norm.
const tableSize = 0x2100

// stable[r] is true when rune r never takes part in a composition: it is
// NFC on its own (quick check Yes) and a starter (combining class 0) that
// does not combine with the rune before. A string of such runes is NFC
// (the quick check of UAX #15 answers Yes for it).
var stable = sync.OnceValue(func() *[tableSize]bool {
	var t [tableSize]bool
	for r := rune(utf8.RuneSelf); r < tableSize; r++ {
		s := string(r)
		p := norm.NFC.PropertiesString(s)
		t[r] = p.CCC() == 0 && p.BoundaryBefore() && norm.NFC.IsNormalString(s)
	}
	return &t
})

// IsNormal reports whether s is in NFC: norm.NFC.IsNormalString(s).
func IsNormal(s string) bool {
	_, normal := Check(s)
	return normal
}

// Check reports, in one pass, whether s is valid UTF-8 (utf8.ValidString)
// and whether it is in NFC (IsNormal).
func Check(s string) (valid, normal bool) {
	t := stable()
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r >= tableSize || !t[r] {
			// an invalid byte (utf8.RuneError) or a rune to ask norm about
			return utf8.ValidString(s[i:]), norm.NFC.IsNormalString(s)
		}
		i += n
	}
	return true, true
}

// String returns s in NFC: norm.NFC.String(s).
func String(s string) string {
	if IsNormal(s) {
		return s
	}
	return norm.NFC.String(s)
}

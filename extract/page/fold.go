package page

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/dyadgraph/dyad/internal/nfc"
)

// fold lower-cases s, removes diacritics (đ becomes d) and keeps letters and
// digits, one space between words: the form two copies of a headline share
// even when one of them was turned into an ASCII slug.
func fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		x := baseLetter(r)
		if x == 0 {
			continue // a combining mark
		}
		if unicode.IsLetter(x) || unicode.IsDigit(x) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(x)
		} else {
			space = true
		}
	}
	return b.String()
}

// foldTable holds the lower-case base letter of each rune of Latin-1,
// Latin Extended-A/B and the Vietnamese block; built once, then only read.
var foldTable = func() map[rune]rune {
	m := map[rune]rune{}
	var buf [utf8.UTFMax]byte
	add := func(lo, hi rune) {
		for r := lo; r <= hi; r++ {
			n := utf8.EncodeRune(buf[:], r)
			for _, x := range string(norm.NFD.Bytes(buf[:n])) {
				if !unicode.Is(unicode.Mn, x) {
					m[r] = unicode.ToLower(x)
					break
				}
			}
		}
	}
	add(0xC0, 0x24F)
	add(0x1E00, 0x1EFF)
	m['đ'], m['Đ'] = 'd', 'd'
	return m
}()

// baseLetter lower-cases r and strips its diacritics; 0 for a combining mark.
func baseLetter(r rune) rune {
	switch {
	case r < utf8.RuneSelf:
		if r >= 'A' && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	case unicode.Is(unicode.Mn, r):
		return 0
	}
	if x, ok := foldTable[r]; ok {
		return x
	}
	return unicode.ToLower(r)
}

// lowerKey is the lower-cased, space-collapsed form of a short line, for
// comparing it with the closed lists of markers; "" for long lines.
func lowerKey(s string) string {
	if len(s) > 80 {
		return ""
	}
	if k, ok := lowerKeyASCII(s); ok {
		return k
	}
	return lowerKeyRunes(s)
}

// lowerKeyRunes is lowerKey rune by rune, in a buffer on the stack: a
// line of lowerKey's is at most 80 bytes, and lower-casing grows a rune
// by half at most (Ⱥ to ⱥ).
func lowerKeyRunes(s string) string {
	var buf [128]byte
	b := buf[:0]
	space := false
	for _, r := range s {
		if r < utf8.RuneSelf && asciiSpace[r] || r >= utf8.RuneSelf && unicode.IsSpace(r) {
			space = true
			continue
		}
		if space && len(b) > 0 {
			b = append(b, ' ')
		}
		space = false
		b = utf8.AppendRune(b, toLower(r))
	}
	return nfc.String(string(b))
}

// lowerKeyASCII is lowerKey for an ASCII s, byte by byte (ok false for
// any other s); s itself when it is its own key, as most short lines
// after the first word are not.
func lowerKeyASCII(s string) (string, bool) {
	var buf [80]byte
	n := 0
	space, same := false, true
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= utf8.RuneSelf:
			return "", false
		case asciiSpace[c]:
			if c != ' ' || space || n == 0 {
				same = false // dropped, or written as one ' ' below
			}
			space = true
			continue
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
			same = false
		}
		if space && n > 0 {
			buf[n] = ' '
			n++
		}
		space = false
		buf[n] = c
		n++
	}
	if same && !space { // a trailing space is dropped
		return s, true
	}
	return string(buf[:n]), true
}

// asciiSpace[c]: c is an ASCII byte and unicode.IsSpace(rune(c)).
var asciiSpace = [256]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

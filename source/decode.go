package source

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/unicode/norm"
)

var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// decode turns raw bytes into NFC-normalised UTF-8 text with "\n" line
// ends. declared is the charset an HTML page or HTTP header names (nil when
// none): it is honoured, except that a page declaring UTF-8 whose bytes are
// not UTF-8 goes through the same guess as undeclared bytes. A byte order mark
// wins over any declaration. Every step is linear in the input.
func decode(b []byte, declared encoding.Encoding) (string, error) {
	var s string
	switch {
	case bytes.HasPrefix(b, bomUTF8):
		s = validUTF8(b[len(bomUTF8):])
	case bytes.HasPrefix(b, bomUTF16LE), bytes.HasPrefix(b, bomUTF16BE):
		out, err := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder().Bytes(b)
		if err != nil {
			return "", fmt.Errorf("decoding UTF-16: %w", err)
		}
		s = string(out)
	case bytes.IndexByte(b, 0) >= 0:
		return "", fmt.Errorf("%w (NUL bytes; UTF-16 text needs a byte order mark)", ErrBinary)
	case declared != nil && !isUTF8(declared):
		out, err := declared.NewDecoder().Bytes(b)
		if err != nil {
			return "", fmt.Errorf("decoding declared charset: %w", err)
		}
		s = validUTF8(out)
	case utf8.Valid(b):
		s = string(b)
	case mostlyUTF8(b):
		// A few broken sequences in UTF-8 text (a truncated copy, one
		// bad byte): keep the text, mark the damage with U+FFFD.
		s = strings.ToValidUTF8(string(b), "\uFFFD")
	default:
		// Not UTF-8: text from Windows or an old Latin-1 system.
		out, err := charmap.Windows1252.NewDecoder().Bytes(b)
		if err != nil {
			return "", fmt.Errorf("decoding Windows-1252: %w", err)
		}
		s = string(out)
	}
	if c, n := controlShare(s); c > 0 && c*50 > n { // over 2% control characters
		return "", fmt.Errorf("%w (%d control characters in %d)", ErrBinary, c, n)
	}
	return normalize(s), nil
}

func isUTF8(e encoding.Encoding) bool {
	return e == encoding.Nop || e == unicode.UTF8 || e == unicode.UTF8BOM
}

// validUTF8 converts without copying twice when the bytes are already valid.
func validUTF8(b []byte) string {
	if utf8.Valid(b) {
		return string(b)
	}
	return strings.ToValidUTF8(string(b), "\uFFFD")
}

// mostlyUTF8 tells UTF-8 text with a few damaged bytes from text in a
// single-byte encoding: Latin-1 text almost never forms valid multi-byte
// UTF-8 sequences, so those must outnumber the invalid bytes clearly.
func mostlyUTF8(b []byte) bool {
	multi, bad := 0, 0
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			bad++
		} else {
			multi++
		}
		i += size
	}
	return multi >= 4*bad
}

// controlShare counts control characters other than the usual white space,
// and the characters looked at.
func controlShare(s string) (controls, total int) {
	for _, r := range s {
		total++
		switch {
		case r == '\t' || r == '\n' || r == '\r' || r == '\f' || r == '\v':
		case r < 0x20 || r == 0x7F || (r >= 0x80 && r < 0xA0):
			controls++
		}
	}
	return controls, total
}

// normalize gives line ends as "\n" and the NFC form, copying only when
// something changes.
func normalize(s string) string {
	if strings.IndexByte(s, '\r') >= 0 {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\r", "\n")
	}
	if !norm.NFC.IsNormalString(s) {
		s = norm.NFC.String(s)
	}
	return s
}

// blank reports whether s holds nothing but white space.
func blank(s string) bool { return strings.TrimSpace(s) == "" }

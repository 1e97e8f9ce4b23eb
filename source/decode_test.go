package source

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

func utf16LE(s string, bom bool) []byte {
	var b []byte
	if bom {
		b = append(b, 0xFF, 0xFE)
	}
	for _, r := range s { // BMP only in these tests
		b = append(b, byte(r), byte(r>>8))
	}
	return b
}

func utf16BE(s string) []byte {
	b := []byte{0xFE, 0xFF}
	for _, r := range s {
		b = append(b, byte(r>>8), byte(r))
	}
	return b
}

func TestDecode(t *testing.T) {
	cp1252 := []byte("Hano\xef, le 1er d\xe9cembre \x96 l\x92accord \x80")
	tests := []struct {
		name     string
		in       []byte
		declared string // charset label, "" = none
		want     string
	}{
		{"utf8", []byte("Hanoï, été"), "", "Hanoï, été"},
		{"utf8 bom stripped", []byte("\xEF\xBB\xBFHanoï"), "", "Hanoï"},
		{"utf16 le bom", utf16LE("Hanoï – été", true), "", "Hanoï – été"},
		{"utf16 be bom", utf16BE("Hà Nội"), "", "Hà Nội"},
		{"windows-1252 guessed", cp1252, "", "Hanoï, le 1er décembre – l’accord €"},
		{"latin-1 guessed", []byte("caf\xe9 cr\xe8me"), "", "café crème"},
		{"declared windows-1252", []byte("caf\xe9"), "windows-1252", "café"},
		{"declared iso-8859-1 is windows-1252", []byte("\x93oui\x94"), "iso-8859-1", "“oui”"},
		{"declared utf-8 but latin-1 bytes", []byte("caf\xe9 cr\xe8me"), "utf-8", "café crème"},
		{"mostly utf8 with one bad byte", []byte("Hà Nội, Việt Nam, ngày \xff 5"), "", "Hà Nội, Việt Nam, ngày \uFFFD 5"},
		{"crlf to lf", []byte("a\r\nb\rc"), "", "a\nb\nc"},
		{"nfd to nfc", []byte(norm.NFD.String("Hanoï Nội")), "", "Hanoï Nội"},
		{"tabs and form feeds are text", []byte("a\tb\fc"), "", "a\tb\fc"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got string
			var err error
			if tt.declared != "" {
				got, err = decode(tt.in, declaredCharset(nil, "text/html; charset="+tt.declared))
			} else {
				got, err = decode(tt.in, nil)
			}
			if err != nil {
				t.Fatalf("decode: %v", err)
			}
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}

	errorCases := []struct {
		name string
		in   []byte
		want error
	}{
		{"nul bytes", []byte("PK\x03\x04\x00\x00\x08\x00text"), ErrBinary},
		{"utf16 without bom", utf16LE("Hanoi", false), ErrBinary},
		{"control bytes", []byte("\x01\x02\x03\x04\x05\x06\x07\x08 some text \x1b\x1b\x1b"), ErrBinary},
		{"png header", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), ErrBinary},
	}
	for _, tt := range errorCases {
		t.Run("error/"+tt.name, func(t *testing.T) {
			got, err := decode(tt.in, nil)
			if !errors.Is(err, tt.want) {
				t.Fatalf("decode = %q, %v; want error %v", got, err, tt.want)
			}
		})
	}
}

func TestDeclaredCharset(t *testing.T) {
	tests := []struct {
		name, page, contentType string
		want                    string // decoded "\xe9"
	}{
		{"meta charset", `<meta charset="windows-1252"><p>\xe9`, "", "é"},
		{"meta http-equiv", `<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-15"><p>\xa4`, "", "€"},
		{"header wins over meta", `<meta charset="utf-8"><p>\xe9`, "text/html; charset=latin1", "é"},
		{"unknown label ignored", `<meta charset="x-klingon"><p>\xe9`, "", "é"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := strings.ReplaceAll(strings.ReplaceAll(tt.page, `\xe9`, "\xe9"), `\xa4`, "\xa4")
			got, err := decode([]byte(page), declaredCharset([]byte(page), tt.contentType))
			if err != nil {
				t.Fatal(err)
			}
			if !strings.HasSuffix(got, tt.want) {
				t.Errorf("got %q, want suffix %q", got, tt.want)
			}
		})
	}
}

func FuzzDecode(f *testing.F) {
	for _, s := range []string{"", "Hanoï", "caf\xe9", "\xEF\xBB\xBFa", "\xFF\xFEa\x00", "\xFE\xFF\x00a", "\x00", "a\r\nb", "\xff\xfe\xfd", norm.NFD.String("é")} {
		f.Add([]byte(s), "")
		f.Add([]byte(s), "windows-1252")
	}
	f.Fuzz(func(t *testing.T, b []byte, label string) {
		got, err := decode(b, declaredCharset(b, "text/html; charset="+label))
		if err != nil {
			return
		}
		if !utf8.ValidString(got) {
			t.Fatalf("invalid UTF-8 out of %q", b)
		}
		if !norm.NFC.IsNormalString(got) {
			t.Fatalf("not NFC out of %q", b)
		}
		if strings.ContainsRune(got, '\r') {
			t.Fatalf("carriage return left in %q", got)
		}
	})
}

// The Windows-1252 table is the one the guess relies on: check the two
// letters the brief names come out right from their single bytes.
func TestWindows1252Letters(t *testing.T) {
	for b, want := range map[byte]rune{0xEF: 'ï', 0xE9: 'é', 0x92: '’', 0x80: '€'} {
		got, err := decode([]byte{'x', b}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if r, _ := utf8.DecodeLastRuneInString(got); r != want {
			t.Errorf("byte %#x: got %q, want %q", b, r, want)
		}
		if dec, _ := charmap.Windows1252.NewDecoder().Bytes([]byte{b}); string(dec) != string(want) {
			t.Errorf("charmap disagrees for %#x", b)
		}
	}
}

package nfc

import (
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

func TestIsNormal(t *testing.T) {
	tests := []string{"", "Hà Nội", "Hà \xffNội", "\ufffd", "Ha\u0300 \xe1\x80", "Ha\u0300 No\u0302\u0323i", "e\u0301", "\u0301", "Quốc hội ’“–…", "\u2126", "\u1100\u1161",
		"a\xffb", "\xe1", "café\u0327", "ﬁ", "\u0958", "Ω", "𝔄"}
	for r := rune(0); r < tableSize+0x100; r++ {
		tests = append(tests, string(r), "a"+string(r), string(r)+"\u0301", "e"+string(r))
	}
	for _, s := range tests {
		if got, want := IsNormal(s), norm.NFC.IsNormalString(s); got != want {
			t.Errorf("IsNormal(%+q) = %v, want %v", s, got, want)
		}
		if got, want := String(s), norm.NFC.String(s); got != want {
			t.Errorf("String(%+q) = %+q, want %+q", s, got, want)
		}
		if valid, normal := Check(s); valid != utf8.ValidString(s) || normal != norm.NFC.IsNormalString(s) {
			t.Errorf("Check(%+q) = %v, %v", s, valid, normal)
		}
	}
}

func FuzzIsNormal(f *testing.F) {
	f.Add("Hà Nội")
	f.Add("Ha\u0300 No\u0302\u0323i")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := IsNormal(s), norm.NFC.IsNormalString(s); got != want {
			t.Fatalf("IsNormal(%+q) = %v, want %v", s, got, want)
		}
		if valid, normal := Check(s); valid != utf8.ValidString(s) || normal != norm.NFC.IsNormalString(s) {
			t.Fatalf("Check(%+q) = %v, %v", s, valid, normal)
		}
	})
}

// BenchmarkIsNormal checks the development articles, as the extractor does.
func BenchmarkIsNormal(b *testing.B) {
	files, err := filepath.Glob("../../testdata/articles/*.txt")
	if err != nil || len(files) == 0 {
		b.Fatalf("no test articles: %v", err)
	}
	var text []byte
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		text = append(text, data...)
	}
	s := string(text)
	for _, bm := range []struct {
		name string
		f    func(string) bool
	}{{"table", IsNormal}, {"norm", norm.NFC.IsNormalString}} {
		b.Run(bm.name, func(b *testing.B) {
			b.SetBytes(int64(len(s)))
			for b.Loop() {
				bm.f(s)
			}
		})
	}
}

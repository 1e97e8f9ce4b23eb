package fold

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestFoldAndKey(t *testing.T) {
	tests := []struct {
		name, in, fold, key string
	}{
		{"vietnamese", "Bùi Văn Cường", "bui van cuong", "bui-van-cuong"},
		{"d with stroke", "Đặng Thị Đào", "dang thi dao", "dang-thi-dao"},
		{"french", "Hô Chi Minh-Ville", "ho chi minh-ville", "ho-chi-minh-ville"},
		{"khmer romanised with accent", "Samdech Techo Hun Sèn", "samdech techo hun sen", "samdech-techo-hun-sen"},
		{"apostrophe", "People’s Committee", "people’s committee", "people-s-committee"},
		{"ascii", "Hun Sen", "hun sen", "hun-sen"},
		{"upper case", "BUI VAN CUONG", "bui van cuong", "bui-van-cuong"},
		{"ligature", "œuvre", "oeuvre", "oeuvre"},
		// error cases: nothing to fold
		{"empty", "", "", ""},
		{"punctuation only", " - , ; ", " - , ; ", ""},
		{"invalid utf-8", "a\xffb", "a\ufffdb", "a-b"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Fold(tt.in); got != tt.fold {
				t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.fold)
			}
			if got := Key(tt.in); got != tt.key {
				t.Errorf("Key(%q) = %q, want %q", tt.in, got, tt.key)
			}
		})
	}
}

func TestLower(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Hoà", "hòa"}, {"Hòa", "hòa"}, {"Thuỷ", "thủy"}, {"Thoả", "thỏa"},
		{"Quốc hội", "quốc hội"}, {"hoàn", "hoàn"}, {"", ""},
	}
	for _, tt := range tests {
		if got := Lower(tt.in); got != tt.want {
			t.Errorf("Lower(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTokens(t *testing.T) {
	text := "Le vice-ministre l'Assemblée (AN), 1er décembre; TP.HCM hinh anh 1Vice"
	toks := Tokens(text)
	var words []string
	for _, tk := range toks {
		if text[tk.Start:tk.End] != tk.Text {
			t.Errorf("token %q has offsets [%d,%d) = %q", tk.Text, tk.Start, tk.End, text[tk.Start:tk.End])
		}
		words = append(words, tk.Fold)
	}
	want := "le vice ministre l assemblee ( an ) , 1 er decembre ; tp . hcm hinh anh 1 vice"
	if got := strings.Join(words, " "); got != want {
		t.Errorf("tokens\n got %s\nwant %s", got, want)
	}
	if !toks[2].Glued || toks[1].Glued {
		t.Error("vice-ministre: ministre should be glued to vice, vice not to Le")
	}
	an := toks[6]
	if !an.AllCaps || !an.Cap {
		t.Errorf("AN: AllCaps %v Cap %v", an.AllCaps, an.Cap)
	}
	// error cases
	if n := len(Tokens("")); n != 0 {
		t.Errorf("empty text: %d tokens", n)
	}
	if n := len(Tokens(" \n\t ")); n != 0 {
		t.Errorf("spaces: %d tokens", n)
	}
	base := AppendTokens(nil, "Hà Nội", 100)
	if base[0].Start != 100 || base[1].End != 100+len("Hà Nội") {
		t.Errorf("base offset not applied: %+v", base)
	}
}

func FuzzTokens(f *testing.F) {
	f.Add("Bùi Văn Cường, l'AN - 1er")
	f.Add("\xff\xfe")
	f.Add("THOẢ thuận Hoà ĐẶNG Thuỷ Œuvre straße ǅemal")
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, tk := range Tokens(s) {
			if tk.Start < prev || tk.End <= tk.Start || tk.End > len(s) || s[tk.Start:tk.End] != tk.Text {
				t.Fatalf("bad token %+v in %q", tk, s)
			}
			prev = tk.End
			// the forms built in the scratch buffer are those of Fold and Lower
			if tk.Kind == Word && (tk.Fold != Fold(tk.Text) || tk.Lower != Lower(tk.Text)) {
				t.Fatalf("token %q: Fold %q (want %q), Lower %q (want %q)", tk.Text, tk.Fold, Fold(tk.Text), tk.Lower, Lower(tk.Text))
			}
		}
		if got, want := Key(s), keyRef(s); got != want {
			t.Fatalf("Key(%q) = %q, want %q", s, got, want)
		}
		if utf8.ValidString(s) && Key(s) != Key(Fold(s)) {
			t.Fatalf("Key not stable under Fold for %q", s)
		}
	})
}

// keyRef is Key written plainly, rune by rune.
func keyRef(s string) string {
	var b strings.Builder
	sep := false
	for _, r := range Fold(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if sep && b.Len() > 0 {
				b.WriteByte('-')
			}
			sep = false
			b.WriteRune(r)
			continue
		}
		sep = true
	}
	return b.String()
}

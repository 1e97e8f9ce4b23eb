package page

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// detectLangRef is DetectLang as it was before its tables: rune by rune,
// a map for the function words. FuzzDetectLang checks the two agree.
func detectLangRef(text string) string {
	if len(text) > langSample {
		cut := langSample
		for cut > 0 && !utf8.RuneStart(text[cut]) {
			cut--
		}
		text = text[:cut]
	}
	// Combining marks (decomposed accents, U+0300-U+036F) start with 0xCC
	// or 0xCD; only then is the text worth composing.
	if strings.IndexByte(text, 0xCC) >= 0 || strings.IndexByte(text, 0xCD) >= 0 {
		text = norm.NFC.String(text)
	}
	var score [8]float64
	var scripts [9]int
	var letters, latin, viLetters, frLetters, ascii int
	var word [24]byte
	n := 0
	flush := func() {
		if n > 0 && n <= maxWordKey {
			if l, ok := funcIndex[string(word[:n])]; ok {
				score[l]++
			}
		}
		n = 0
	}
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c >= 'a' && c <= 'z':
			case c >= 'A' && c <= 'Z':
				c += 'a' - 'A'
			default:
				flush()
				continue
			}
			letters++
			latin++
			ascii++
			if n < len(word) {
				word[n] = c
				n++
			} else {
				n = len(word) + 1
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		switch {
		case r >= 0xC0 && r <= 0x24F && r != 0xD7 && r != 0xF7, r >= 0x1E00 && r <= 0x1EFF:
			latin++
			if isVietnameseLetter(r) {
				viLetters++
			} else if isFrenchLetter(r) {
				frLetters++
			}
		case r >= 0x300 && r <= 0x36F:
			// a combining mark left after composition: part of the word
		case unicode.IsLetter(r):
			for k, s := range scriptLangs {
				if unicode.Is(s.table, r) {
					scripts[k] += s.weight
					break
				}
			}
			if unicode.Is(unicode.Latin, r) {
				latin++
			}
		default:
			flush()
			continue
		}
		letters++
		if n+utf8.UTFMax <= len(word) {
			n += utf8.EncodeRune(word[n:], refToLower(r))
		} else {
			n = len(word) + 1
		}
	}
	flush()
	if letters == 0 {
		return ""
	}
	// Another script for most of the letters decides.
	best, bestN := "", 0
	for k, s := range scriptLangs {
		c := scripts[k]
		if s.lang == "ja" {
			c = scripts[4] + scripts[5]
		}
		if c > bestN {
			best, bestN = s.lang, c
		}
	}
	if bestN*2 > letters || latin == 0 {
		return best
	}
	// Vietnamese letters are frequent (most syllables carry one) and found in
	// no other language here.
	score[latinIndex["vi"]] += float64(viLetters) / 2
	if viLetters == 0 {
		score[latinIndex["fr"]] += float64(frLetters) / 4
	}
	lang, top := "", 0.0
	for i, l := range latinLangs {
		if score[i] > top {
			lang, top = l, score[i]
		}
	}
	if lang != "" {
		return lang
	}
	// No function word and no telling letter: plain ASCII is most likely
	// an English headline.
	if ascii == latin {
		return "en"
	}
	return ""
}

// refToLower is unicode.ToLower with the Vietnamese block and Latin-1
// answered directly, as DetectLang had it.
func refToLower(r rune) rune {
	switch {
	case r >= 0x1EA0 && r <= 0x1EF9:
		return r | 1
	case r >= 0xC0 && r <= 0xDE && r != 0xD7:
		return r + 0x20
	case r >= 0xDF && r <= 0xFF:
		return r
	}
	return unicode.ToLower(r)
}

func FuzzDetectLang(f *testing.F) {
	for _, s := range []string{
		"Le Laos et la Thaïlande renforcent leur coopération", "Hai bộ trưởng hội đàm tại Viêng Chăn",
		"The two ministers met in Bangkok on Tuesday.", "Hai bo\u0323\u0302 trươ\u0309ng", "越南与柬埔寨加强合作",
		"İstanbul ǅemal Ⱥ ª º µ ÿ Ÿ ß ẞ", "\xff\xfe của \xe1\xbb", "ĐẠI HỘI ĐẢNG", "", "2023",
		strings.Repeat("những người ", 600) + "và",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if got, want := DetectLang(text), detectLangRef(text); got != want {
			t.Fatalf("DetectLang(%q) = %q, the reference says %q", text, got, want)
		}
		// what detectLang found valid is, and ends at a character's start
		_, v := detectLang(text)
		if v > 0 && (!utf8.ValidString(text[:v]) || v < len(text) && !utf8.RuneStart(text[v])) {
			t.Fatalf("detectLang(%q) says %d bytes are valid UTF-8", text, v)
		}
	})
}

// TestDetectLangReference compares DetectLang with the reference on the
// development articles, whole and line by line.
func TestDetectLangReference(t *testing.T) {
	for _, text := range articles(t) {
		for _, s := range append(strings.Split(text, "\n"), text) {
			if got, want := DetectLang(s), detectLangRef(s); got != want {
				t.Errorf("DetectLang(%.60q) = %q, the reference says %q", s, got, want)
			}
		}
	}
}

// articles reads the development articles.
func articles(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob("../../testdata/articles/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no test articles: %v", err)
	}
	var out []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, string(data))
	}
	return out
}

// TestFuncWordsFit: every function word fits in a wordKey, and no two
// share one.
func TestFuncWordsFit(t *testing.T) {
	for w, l := range funcIndex {
		if len(w) > maxWordKey {
			t.Errorf("function word %q is longer than %d bytes", w, maxWordKey)
		}
		if got := funcLookup(wordKey(w)); got != l {
			t.Errorf("funcLookup(%q) = %d, want %d", w, got, l)
		}
	}
}

// looksBinaryRef is looksBinary byte by byte, as it was.
func looksBinaryRef(s string) bool {
	if len(s) > 4096 {
		s = s[:4096]
	}
	ctl := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == 0 {
			return true
		}
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' {
			ctl++
		}
	}
	return ctl*20 > len(s)
}

func FuzzLooksBinary(f *testing.F) {
	for _, s := range []string{"", "abc\x01def", strings.Repeat("a\x02\x03b\x1f\x7f\x80\xff", 700), "\n\r\t\f\v", "x\x00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := looksBinary(s), looksBinaryRef(s); got != want {
			t.Fatalf("looksBinary(%q) = %v, the reference says %v", s, got, want)
		}
	})
}

func FuzzLowerKey(f *testing.F) {
	for _, s := range []string{"", "Voir plus", "  a  B\tc ", "related news:", "Bình luận (0)", "X\x7f\x01 y", "a "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 80 {
			s = s[:80]
		}
		k, ok := lowerKeyASCII(s)
		if !ok {
			return
		}
		if want := lowerKeyRunes(s); k != want {
			t.Fatalf("lowerKeyASCII(%q) = %q, lowerKeyRunes says %q", s, k, want)
		}
	})
}

// findArtifactRef is findArtifact as it was: every "nh " tried.
func findArtifactRef(s string) (int, int, bool) {
	for off := 0; off < len(s); {
		k := strings.Index(s[off:], "nh ")
		if k < 0 {
			return 0, 0, false
		}
		p := off + k
		off = p + 3
		// One or two digits, then the end or a glued character.
		j, e := p+3, p+3
		for e < len(s) && e-j < 2 && s[e] >= '0' && s[e] <= '9' {
			e++
		}
		if e == j || e < len(s) && (s[e] >= '0' && s[e] <= '9' || s[e] == ' ' || s[e] == '/' || s[e] == '.' || s[e] == ',') {
			continue
		}
		before := s[:p]
		var ws int
		anh := false
		switch {
		case hasSuffixFold(before, "hi"):
			ws = p - 2
		case strings.HasSuffix(before, "hì"), strings.HasSuffix(before, "Hì"):
			ws = p - len("hì")
		case strings.HasSuffix(before, "ả"), strings.HasSuffix(before, "Ả"):
			ws, anh = p-len("ả"), true
		case hasSuffixFold(before, "a"):
			ws, anh = p-1, true
		default:
			continue
		}
		if r, _ := utf8.DecodeLastRuneInString(s[:ws]); ws > 0 && (unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)) {
			continue // inside a longer word: "thành 1", "kinh 2"
		}
		start := ws
		if anh {
			// "hinh anh 1", "hình ảnh 1"; a bare "anh 1" is a word of the text.
			b := strings.TrimRight(s[:ws], " ")
			switch {
			case hasSuffixFold(b, "hinh") && wordBoundary(b, len(b)-4):
				start = len(b) - 4
			case strings.HasSuffix(b, "hình") && wordBoundary(b, len(b)-len("hình")):
				start = len(b) - len("hình")
			case s[ws] == 'a' || s[ws] == 'A':
				continue
			}
		}
		return start, e, true
	}
	return 0, 0, false
}

func FuzzFindArtifact(f *testing.F) {
	for _, s := range []string{"Title ảnh 1Caption", "title slug hinh 1", "hình ảnh 12", "thành 1", "anh 1 x", "Hinh anh 3/4", "nh 1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a, b, ok := findArtifact(s)
		ra, rb, rok := findArtifactRef(s)
		if a != ra || b != rb || ok != rok {
			t.Fatalf("findArtifact(%q) = %d, %d, %v; the reference says %d, %d, %v", s, a, b, ok, ra, rb, rok)
		}
	})
}

func FuzzIndexDigit(f *testing.F) {
	for _, s := range []string{"", "abc", "abcdefgh9", "\xb0\xb9\x30x", "/:0123", strings.Repeat("é", 9) + "7", "ảnh 1"} {
		f.Add(s, 0)
	}
	f.Fuzz(func(t *testing.T, s string, i int) {
		if i < 0 || i > len(s) {
			return
		}
		want := strings.IndexAny(s[i:], "0123456789")
		if want >= 0 {
			want += i
		}
		if got := indexDigit(s, i); got != want {
			t.Fatalf("indexDigit(%q, %d) = %d, want %d", s, i, got, want)
		}
	})
}

// FuzzHasLooseSpace checks hasLooseSpace against the three searches it replaces.
func FuzzHasLooseSpace(f *testing.F) {
	for _, s := range []string{"", "a  b", "a\tb", "a\u00a0b", "abcdefg  hij", "abcdefgh\u00a0", "a b c d e f g h i", "\u00c2\u00a0", "xxxxxxx \u00a0"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := strings.Contains(s, "  ") || strings.IndexByte(s, '\t') >= 0 || strings.Contains(s, "\u00a0")
		if got := hasLooseSpace(s); got != want {
			t.Fatalf("hasLooseSpace(%q) = %v, want %v", s, got, want)
		}
	})
}

// FuzzIndexSpace checks indexAfterSpace and indexBeforeSpace against strings.Index.
func FuzzIndexSpace(f *testing.F) {
	for _, s := range []string{"", " (", "(", "a (b", "((  (", "a, b", ",", ", ", "x,y, z", "a:b: ", ": "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, c := range []byte{'(', ',', ':'} {
			if got, want := indexAfterSpace(s, c), strings.Index(s, " "+string(c)); got != want {
				t.Fatalf("indexAfterSpace(%q, %q) = %d, want %d", s, c, got, want)
			}
			if got, want := indexBeforeSpace(s, c), strings.Index(s, string(c)+" "); got != want {
				t.Fatalf("indexBeforeSpace(%q, %q) = %d, want %d", s, c, got, want)
			}
		}
	})
}

// dedupLeadRef is dedupLead as it was before leadTwins: every long block's
// text folded and hashed.
func (ps *parser) dedupLeadRef() {
	seen := make(map[string]int, len(ps.blocks))
	drop := map[int]bool{}
	for i, b := range ps.blocks {
		sp := b.span()
		if !b.dateline.IsZero() {
			sp = ps.trim(b.dateline.End, sp.End)
		}
		if sp.Len() < minDuplicate {
			continue
		}
		k := ps.str(sp)
		if strings.Contains(k, "  ") || strings.IndexByte(k, '\t') >= 0 || strings.Contains(k, "\u00a0") {
			k = strings.Join(strings.Fields(k), " ")
		}
		if j, ok := seen[k]; ok {
			if !b.dateline.IsZero() && ps.blocks[j].dateline.IsZero() && ps.title != ps.blocks[j].parts[0] {
				drop[j] = true
				seen[k] = i
			} else {
				drop[i] = true
			}
			continue
		}
		seen[k] = i
	}
	kept := ps.blocks[:0]
	for i, b := range ps.blocks {
		if !drop[i] {
			kept = append(kept, b)
		}
	}
	ps.blocks = kept
}

// FuzzDedupLead checks dedupLead against its reference on the blocks scan finds.
func FuzzDedupLead(f *testing.F) {
	lead := "Le ministre a reçu l'ambassadeur du Cambodge à Hanoï ce matin."
	for _, s := range []string{
		lead + "\n\nHanoï (VNA) - " + lead + "\n\nSuite.",
		lead + "\n\nHanoï (VNA) - " + strings.ReplaceAll(lead, " ", "  ") + "\n\n" + lead,
		"Titre\n\n" + lead + "\t\n" + strings.ReplaceAll(lead, "a ", "a\u00a0") + "\n" + strings.ReplaceAll(lead, " ", "\t"),
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		a := &parser{text: text, lang: DetectLang(text)}
		a.scan()
		b := &parser{text: text, lang: a.lang, title: a.title, blocks: slices.Clone(a.blocks)}
		a.dedupLead()
		b.dedupLeadRef()
		if !slices.EqualFunc(a.blocks, b.blocks, func(x, y block) bool { return x.line == y.line && x.span() == y.span() }) {
			t.Fatalf("dedupLead kept %v, the reference %v", a.blocks, b.blocks)
		}
	})
}

// mayHaveCrumbSepRef is mayHaveCrumbSep byte by byte.
func mayHaveCrumbSepRef(line string) bool {
	for i := 0; i+1 < len(line); i++ {
		if line[i] == ' ' {
			switch line[i+1] {
			case '>', '/', 0xC2, 0xE2:
				return true
			}
		}
	}
	return false
}

func FuzzMayHaveCrumbSep(f *testing.F) {
	for _, s := range []string{"", "a > b", "abcdefg /x", "abcdefgh » x", "Trang chủ / Chính trị", "x\xc2", " \xe2", "aaaaaaa>b /"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := mayHaveCrumbSep(s), mayHaveCrumbSepRef(s); got != want {
			t.Fatalf("mayHaveCrumbSep(%q) = %v, the reference says %v", s, got, want)
		}
	})
}

func FuzzTailSearch(f *testing.F) {
	for _, s := range []string{"", "./.", "a././.", "x – VNA", "x — (VNA)", "\xe2\x80\x93\x80", "\xe2\xe2\x80\x94", "a-b(c", "\xe2\x80"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := lastDotSlashDot(s), strings.LastIndex(s, "./."); got != want {
			t.Fatalf("lastDotSlashDot(%q) = %d, want %d", s, got, want)
		}
		if got, want := lastDashOrParen(s), strings.LastIndexAny(s, "-–—("); got != want {
			t.Fatalf("lastDashOrParen(%q) = %d, want %d", s, got, want)
		}
	})
}

func FuzzHasPlacePunct(f *testing.F) {
	for _, s := range []string{"", "Hanoï", "Soc Trang.", "«a»", "“x”", "\xe2\xc2\xab", "\xe2\x80", "a(b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := hasPlacePunct(s), strings.ContainsAny(s, ".!?;:\"«»“”()"); got != want {
			t.Fatalf("hasPlacePunct(%q) = %v, want %v", s, got, want)
		}
	})
}

// lowerKeyRunesRef is lowerKeyRunes with a strings.Builder and unicode.ToLower.
func lowerKeyRunesRef(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(unicode.ToLower(r))
	}
	return norm.NFC.String(b.String())
}

func FuzzLowerKeyRunes(f *testing.F) {
	for _, s := range []string{"", "Bình Luận (0)", "  Ạ\u00a0ẞ\tȺ ", "E\u0301TÉ", "\xff\xfeA", "ĐÀ NẴNG", "ΣΑΣ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := lowerKeyRunes(s), lowerKeyRunesRef(s); got != want {
			t.Fatalf("lowerKeyRunes(%q) = %q, the reference says %q", s, got, want)
		}
	})
}

// isChromeRef is isChrome without its look at the first word.
func isChromeRef(key string) bool {
	if key == "" {
		return false
	}
	if siteNames[key] {
		return true
	}
	words := 0
	for w := range strings.FieldsFuncSeq(key, func(r rune) bool { return unicode.IsSpace(r) || r == '|' || r == '•' || r == '·' }) {
		if words++; words > 8 {
			return false
		}
		if !chromeWords[strings.TrimRight(w, ":")] {
			return false
		}
	}
	return words > 0 || !hasLetter(key)
}

func FuzzIsChrome(f *testing.F) {
	for _, s := range []string{"", "share", "share | facebook", "|share", "shares:", "voir plus", "a\u00a0b", "x•y", "· ·", "in|on", "***", "the star", "chia sẻ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := isChrome(s), isChromeRef(s); got != want {
			t.Fatalf("isChrome(%q) = %v, the reference says %v", s, got, want)
		}
	})
}

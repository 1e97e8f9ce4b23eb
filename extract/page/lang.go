package page

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// langSample bounds the text read to guess the language.
const langSample = 6 << 10

// Function words that tell the Latin-script languages apart. Each list
// avoids the words it shares with another list (de, la, a, en), so a hit
// counts for one language only.
func init() {
	for lang, words := range map[string]string{
		"fr": "le les des du et est une dans pour avec sur aux qui ont été cette ces il ils elle leur leurs sont pas au ainsi entre selon lors aussi été d l qu",
		"en": "the of and to is on for with by at from that was were has have will its their this are which he she they been said would",
		"vi": "của và các những được trong với người cho là một có không đã này tại nước về việc cũng theo đến hai ngày năm cua va cac nhung duoc voi nguoi khong viec nuoc",
		"es": "el los las del y por con para una es se lo como más fue han según",
		"pt": "os do da dos das em não uma com para ao pelo pela foi são também",
		"de": "der die das und ist nicht mit den von zu ein eine im dem auf für sich auch wurde",
		"it": "gli della di che è per sono alla nel delle anche questo",
		"id": "yang dan di ini itu dengan untuk tidak dari dalam akan pada",
	} {
		for _, w := range strings.Fields(words) {
			funcIndex[w] = int8(latinIndex[lang])
		}
	}
	for w, l := range funcIndex {
		i := funcSlot(wordKey(w))
		for funcTable[i].key != 0 {
			i = (i + 1) % funcTableSize
		}
		funcTable[i] = funcEntry{wordKey(w), l}
	}
}

// isVietnameseLetter reports letters French, English and the other Latin
// languages do not use: the Vietnamese block of Latin Extended Additional
// and ă đ ơ ư ĩ ũ.
func isVietnameseLetter(r rune) bool {
	if r >= 0x1EA0 && r <= 0x1EF9 {
		return true
	}
	switch r {
	case 'ă', 'đ', 'ơ', 'ư', 'ĩ', 'ũ', 'Ă', 'Đ', 'Ơ', 'Ư', 'Ĩ', 'Ũ':
		return true
	}
	return false
}

// toLower is unicode.ToLower with the Vietnamese block (upper case at even
// code points) and Latin-1 answered directly.
func toLower(r rune) rune {
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

func isFrenchLetter(r rune) bool {
	switch unicode.ToLower(r) {
	case 'é', 'è', 'ê', 'à', 'ç', 'ù', 'û', 'î', 'ï', 'ô', 'œ', 'ë', 'â':
		return true
	}
	return false
}

// Languages scored from Latin-script text, in tie-breaking order.
var latinLangs = []string{"fr", "vi", "en", "es", "pt", "de", "it", "id"}

var latinIndex = func() map[string]int {
	m := map[string]int{}
	for i, l := range latinLangs {
		m[l] = i
	}
	return m
}()

// funcIndex maps a function word to the index of its language in latinLangs.
var funcIndex = map[string]int8{}

// Function words are at most maxWordKey bytes long (TestFuncWordsFit):
// DetectLang keeps the last 8 bytes of the word it reads in one uint64,
// shifting each new byte in at the bottom, and looks that number up when
// the word is no longer.
const maxWordKey = 8

func wordKey(w string) uint64 {
	var k uint64
	for i := 0; i < len(w); i++ {
		k = k<<8 | uint64(w[i])
	}
	return k
}

// funcTable is funcIndex as an open-addressing table keyed by wordKey;
// it is mostly empty, so most words miss it in one probe.
const funcTableSize = 1024

type funcEntry struct {
	key  uint64 // 0: an empty slot
	lang int8
}

var funcTable [funcTableSize]funcEntry

// funcSlot is the home slot of a key (Fibonacci hashing).
func funcSlot(key uint64) uint64 { return key * 0x9E3779B97F4A7C15 >> 54 }

// funcLookup returns the language of the function word whose key is k, or -1.
func funcLookup(k uint64) int8 {
	for i := funcSlot(k); ; i = (i + 1) % funcTableSize {
		e := &funcTable[i]
		if e.key == k {
			return e.lang
		}
		if e.key == 0 {
			return -1
		}
	}
}

// Other scripts, each enough on its own to name the language.
var scriptLangs = []struct {
	lang   string
	table  *unicode.RangeTable
	weight int
}{
	{"km", unicode.Khmer, 1}, {"lo", unicode.Lao, 1}, {"th", unicode.Thai, 1}, {"ko", unicode.Hangul, 1},
	{"ja", unicode.Hiragana, 3}, {"ja", unicode.Katakana, 3}, // kana outweigh the Han characters around them
	{"zh", unicode.Han, 1}, {"ru", unicode.Cyrillic, 1}, {"ar", unicode.Arabic, 1},
}

// runeClass is what one rune adds to DetectLang's counts.
type runeClass struct {
	lower  uint32 // the rune lower-cased, its UTF-8 bytes as wordKey has them
	n      uint8  // bytes of lower; 0: the rune ends a word and counts for nothing
	latin  bool   // a letter of the Latin script
	vi, fr bool   // a letter of Vietnamese only, of French only
	script int8   // index in scriptLangs, -1 for none
	// what the rune adds to detectLang's four counts of letters over ASCII,
	// 16 bits each: letters, Latin ones, Vietnamese ones, French ones (a
	// sample of 6 KiB, composed or not, has fewer than 1<<16 runes)
	counts uint64
}

// classify says what r adds to the counts (for runes over ASCII).
func classify(r rune) runeClass {
	c := runeClass{script: -1}
	switch {
	case r >= 0xC0 && r <= 0x24F && r != 0xD7 && r != 0xF7, r >= 0x1E00 && r <= 0x1EFF:
		c.latin = true
		if isVietnameseLetter(r) {
			c.vi = true
		} else if isFrenchLetter(r) {
			c.fr = true
		}
	case r >= 0x300 && r <= 0x36F:
		// a combining mark left after composition: part of the word
	case unicode.IsLetter(r):
		for k, s := range scriptLangs {
			if unicode.Is(s.table, r) {
				c.script = int8(k)
				break
			}
		}
		c.latin = unicode.Is(unicode.Latin, r)
	default:
		return c
	}
	var b [utf8.UTFMax]byte
	c.n = uint8(utf8.EncodeRune(b[:], toLower(r)))
	c.lower = uint32(wordKey(string(b[:c.n])))
	c.counts = countLetter
	if c.latin {
		c.counts |= countLatin
	}
	if c.vi {
		c.counts |= countVi
	} else if c.fr {
		c.counts |= countFr
	}
	return c
}

// The fields of runeClass.counts.
const (
	countLetter = 1 << (16 * iota)
	countLatin
	countVi
	countFr
)

// The classes of the runes French and Vietnamese text is made of, looked
// up instead of classified: U+0080-U+027F (two bytes in UTF-8) and the
// Vietnamese block U+1E00-U+1EFF (three bytes, E1 B8-BB xx).
var (
	latinClass [0x280 - 0x80]runeClass
	viClass    [0x100]runeClass
)

func init() {
	for r := rune(0x80); r < 0x280; r++ {
		latinClass[r-0x80] = classify(r)
	}
	for r := rune(0x1E00); r < 0x1F00; r++ {
		viClass[r-0x1E00] = classify(r)
	}
}

// asciiLower[c] is the ASCII letter c in lower case, 0 for any other byte.
var asciiLower = func() (t [256]byte) {
	for c := byte('a'); c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = c, c
	}
	return t
}()

// otherClass decodes and classifies the rune over ASCII s starts with;
// invalid reports a byte that is not UTF-8.
func otherClass(s string) (rc runeClass, size int, invalid bool) {
	r, n := utf8.DecodeRuneInString(s)
	return classify(r), n, r == utf8.RuneError && n == 1
}

// DetectLang guesses the ISO 639-1 language of text from its script,
// Vietnamese letters and function words: "fr", "vi", "en", a few other
// languages, or "" when the text has no letters to judge by.
func DetectLang(text string) string {
	lang, _ := detectLang(text)
	return lang
}

// langCounts is what detectLang counts beside the letters: kept in
// memory, out of the registers the hot loop over ASCII letters needs
// (the letters are counted in registers: one add for each).
type langCounts struct {
	score   [8]float64 // function words per language of latinLangs
	scripts [9]int
	invalid bool
}

// word counts the word whose key is k and length n, when it is a function word.
func (lc *langCounts) word(k uint64, n int) {
	if n > 0 && n <= maxWordKey {
		if l := funcLookup(k); l >= 0 {
			lc.score[l]++
		}
	}
}

// detectLang is DetectLang; it also tells how many bytes at the start of
// text it read and found valid UTF-8 (0 when it cannot tell), for Parse
// not to read them again.
func detectLang(text string) (lang string, valid int) {
	if len(text) > langSample {
		cut := langSample
		for cut > 0 && !utf8.RuneStart(text[cut]) {
			cut--
		}
		text = text[:cut]
	}
	// Combining marks (decomposed accents, U+0300-U+036F) start with 0xCC
	// or 0xCD; only then is the text worth composing.
	composed := false
	if strings.IndexByte(text, 0xCC) >= 0 || strings.IndexByte(text, 0xCD) >= 0 {
		text, composed = norm.NFC.String(text), true
	}
	var lc langCounts
	ascii := 0        // ASCII letters
	var counts uint64 // the letters over ASCII, as runeClass.counts has them
	// the current word, lower-cased, as a wordKey (its last 8 bytes);
	// n counts its bytes
	var key uint64
	n := 0
	for i := 0; i < len(text); {
		c := text[i]
		if asciiLower[c] != 0 {
			// a run of ASCII letters, the most of the text
			j := i
			for j < len(text) && asciiLower[text[j]] != 0 {
				key = key<<8 | uint64(asciiLower[text[j]])
				n++
				j++
			}
			ascii += j - i
			if j < len(text) && text[j] == ' ' { // the word ends, as most do, at a space
				lc.word(key, n)
				key, n = 0, 0
				j++
			}
			i = j
			continue
		}
		if c < utf8.RuneSelf { // no letter: the word ends
			lc.word(key, n)
			key, n = 0, 0
			i++
			continue
		}
		// The rune's class: from the tables for the two-byte runes up to
		// U+027F and the Vietnamese block (E1 B8-BB xx), written out here
		// for most letters of Vietnamese take this path; else classified.
		var rc *runeClass
		switch {
		case c >= 0xC2 && c <= 0xC9 && i+1 < len(text) && text[i+1]&0xC0 == 0x80:
			rc = &latinClass[rune(c&0x1F)<<6|rune(text[i+1]&0x3F)-0x80]
			i += 2
		case c == 0xE1 && i+2 < len(text) && text[i+1] >= 0xB8 && text[i+1] <= 0xBB && text[i+2]&0xC0 == 0x80:
			rc = &viClass[rune(text[i+1]-0xB8)<<6|rune(text[i+2]&0x3F)]
			i += 3
		default:
			other, size, bad := otherClass(text[i:])
			lc.invalid = lc.invalid || bad
			rc = &other
			i += size
		}
		if rc.n == 0 {
			lc.word(key, n)
			key, n = 0, 0
			continue
		}
		counts += rc.counts
		if rc.script >= 0 {
			lc.scripts[rc.script] += scriptLangs[rc.script].weight
		}
		key = key<<(8*rc.n) | uint64(rc.lower)
		n += int(rc.n)
	}
	lc.word(key, n)
	invalid, score, scripts := lc.invalid, &lc.score, &lc.scripts
	count := func(field uint64) int { return int(counts / field & 0xFFFF) }
	letters, latin := ascii+count(countLetter), ascii+count(countLatin)
	viLetters, frLetters := count(countVi), count(countFr)
	if !composed && !invalid {
		valid = len(text)
	}
	if letters == 0 {
		return "", valid
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
		return best, valid
	}
	// Vietnamese letters are frequent (most syllables carry one) and found in
	// no other language here.
	score[latinIndex["vi"]] += float64(viLetters) / 2
	if viLetters == 0 {
		score[latinIndex["fr"]] += float64(frLetters) / 4
	}
	top := 0.0
	for i, l := range latinLangs {
		if score[i] > top {
			lang, top = l, score[i]
		}
	}
	if lang != "" {
		return lang, valid
	}
	// No function word and no telling letter: plain ASCII is most likely
	// an English headline.
	if ascii == latin {
		return "en", valid
	}
	return "", valid
}

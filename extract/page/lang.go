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
			maxFuncWord = max(maxFuncWord, len(w))
		}
	}
	size := 1
	for size < len(funcIndex)*8 {
		size <<= 1
	}
	funcTable.keys, funcTable.lang, funcTable.mask = make([]string, size), make([]int8, size), uint32(size-1)
	funcTable.home = make([]uint64, (size+63)/64)
	for w, l := range funcIndex {
		h := fnvOffset
		for i := 0; i < len(w); i++ {
			h = (h ^ uint32(w[i])) * fnvPrime
		}
		i := h & funcTable.mask
		funcTable.home[i/64] |= 1 << (i % 64)
		for funcTable.keys[i] != "" {
			i = (i + 1) & funcTable.mask
		}
		funcTable.keys[i], funcTable.lang[i] = w, l
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

// funcTable is funcIndex as an open-addressing table keyed by the FNV-1a
// hash DetectLang computes while it reads a word: most words miss it in
// one probe.
var funcTable = struct {
	keys []string
	lang []int8
	mask uint32
	home []uint64 // bit i: a word hashes to slot i; most words miss without reading keys
}{}

const (
	fnvOffset uint32 = 2166136261
	fnvPrime  uint32 = 16777619
)

func funcLookup(w []byte, h uint32) int8 {
	if i := h & funcTable.mask; funcTable.home[i/64]&(1<<(i%64)) == 0 {
		return -1
	}
	for i := h & funcTable.mask; ; i = (i + 1) & funcTable.mask {
		k := funcTable.keys[i]
		if k == "" {
			return -1
		}
		if k == string(w) {
			return funcTable.lang[i]
		}
	}
}

// maxFuncWord is the length in bytes of the longest function word: longer
// words are not looked up.
var maxFuncWord int

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

// DetectLang guesses the ISO 639-1 language of text from its script,
// Vietnamese letters and function words: "fr", "vi", "en", a few other
// languages, or "" when the text has no letters to judge by.
func DetectLang(text string) string {
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
	n, h := 0, fnvOffset
	flush := func() {
		if n > 0 && n <= maxFuncWord {
			if l := funcLookup(word[:n], h); l >= 0 {
				score[l]++
			}
		}
		n, h = 0, fnvOffset
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
				h = (h ^ uint32(c)) * fnvPrime
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
			w := utf8.EncodeRune(word[n:], toLower(r))
			for _, b := range word[n : n+w] {
				h = (h ^ uint32(b)) * fnvPrime
			}
			n += w
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

package dates

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Flags of a lexicon word: the part it can play in a date expression.
const (
	fPrefix   uint16 = 1 << iota // may introduce a date and belongs to its span: le, ce, on, ngày, chiều
	fRangeSep                    // joins the two ends of a range: au, et, to, đến
	fYearCue                     // introduces a bare year: en, in, năm
	fOrdinal                     // ordinal suffix glued to a day number: er, st, th
	fOf                          // "of" between day and month (the 13th of February)
	fNeedCap                     // only a date word when capitalised (May, March)
)

// entry is the meaning of one lower-cased, NFC word in one language.
type entry struct {
	w      string // the word itself, for phrase matching
	month  int8   // 1..12 when a month name
	wday   int8   // weekday+1 (1 = Sunday .. 7 = Saturday) when a weekday name
	flags  uint16
	starts []phrase // relative phrases that begin with this word
}

// lexicon maps a lower-cased NFC word to its entry.
type lexicon map[string]*entry

func (l lexicon) add(flags uint16, words ...string) {
	for _, w := range words {
		e := l.get(w)
		e.flags |= flags
	}
}

func (l lexicon) get(w string) *entry {
	e, ok := l[w]
	if !ok {
		e = &entry{w: w}
		l[w] = e
	}
	return e
}

func (l lexicon) months(spec string, flags uint16) {
	for i, group := range strings.Split(spec, ";") {
		for _, w := range strings.Fields(group) {
			e := l.get(w)
			e.month = int8(i + 1)
			e.flags |= flags
		}
	}
}

func (l lexicon) weekdays(spec string, flags uint16) {
	for i, group := range strings.Split(spec, ";") {
		for _, w := range strings.Fields(group) {
			e := l.get(w)
			e.wday = int8(i + 1)
			e.flags |= flags
		}
	}
}

// Lexicons are built once and only read afterwards.
var (
	lexFR  = lexicon{}
	lexVI  = lexicon{}
	lexEN  = lexicon{}
	lexAny = lexicon{}
)

// phraseWords lists the words that relative phrases use, so the tokenizer
// resolves them to entries; their meaning lives in the phrase tables.
var phraseWords = map[*lexicon]string{
	&lexFR: "aujourd hui hier avant demain même meme jour là matin soir après apres midi cet ce cette prochain dernier dernière derniere nuit",
	&lexVI: "hôm nay qua kia mai cùng sáng chiều tối trưa đêm ngày tuần tới sau trước này đó hôm",
	&lexEN: "today yesterday tonight tomorrow this morning afternoon evening same day that last next coming earlier",
}

func init() {
	lexFR.months("janvier janv; février fevrier févr fevr fév fev; mars; avril avr; mai; juin; juillet juil; août aout; septembre sept; octobre oct; novembre nov; décembre decembre déc dec", 0)
	lexFR.weekdays("dimanche; lundi; mardi; mercredi; jeudi; vendredi; samedi", 0)
	lexFR.add(fPrefix, "le", "ce", "du", "depuis", "dès", "les")
	lexFR.add(fRangeSep, "au", "et", "à")
	lexFR.add(fYearCue, "en", "année", "an", "depuis")
	lexFR.add(fOrdinal, "er", "ᵉʳ")

	lexEN.months("january jan; february feb; march mar; april apr; may; june jun; july jul; august aug; september sep sept; october oct; november nov; december dec", fNeedCap)
	lexEN.weekdays("sunday; monday; tuesday; wednesday; thursday; friday; saturday", fNeedCap)
	lexEN.add(fPrefix, "on", "from", "since", "the")
	lexEN.add(fRangeSep, "to", "and", "through", "until")
	lexEN.add(fYearCue, "in", "year", "since")
	lexEN.add(fOrdinal, "st", "nd", "rd", "th")
	lexEN.add(fOf, "of")

	// Vietnamese weekdays are "thứ" + a word or number and "chủ nhật";
	// the matcher handles them, the lexicon only names the words.
	lexVI.add(fPrefix, "ngày", "sáng", "chiều", "tối", "trưa", "đêm", "từ", "vào", "hôm", "rạng")
	lexVI.add(fRangeSep, "đến", "tới", "và")
	lexVI.add(fYearCue, "năm")
	lexVI.add(0, "tháng", "thứ", "chủ", "nhật", "hai", "ba", "tư", "bốn", "năm", "sáu", "bảy", "giai", "đoạn")

	for l, words := range phraseWords {
		for _, w := range strings.Fields(words) {
			l.get(w)
		}
	}
	// The lexicon for an unknown language merges the three; where a word
	// means something in one language only, that meaning is kept.
	for _, l := range []lexicon{lexEN, lexFR, lexVI} {
		for w, e := range l {
			m := lexAny.get(w)
			m.flags |= e.flags
			if m.month == 0 {
				m.month = e.month
			}
			if m.wday == 0 {
				m.wday = e.wday
			}
		}
	}
	tabFR, tabVI, tabEN = newTable(lexFR, phrasesFR), newTable(lexVI, phrasesVI), newTable(lexEN, phrasesEN)
	tabAny = newTable(lexAny, phrasesAny)
}

// table is a lexicon as an open-addressing hash table keyed by the FNV-1a
// hash the tokenizer computes while it lower-cases a word: most words are
// not in it, and a miss costs one probe.
type table struct {
	slots []slot
	mask  uint32
	home  []uint64 // bit i: a key hashes to slot i; a word whose bit is clear misses without reading slots
	// first[c]: a key starts with the ASCII letter c, accented or not; a
	// word that starts otherwise is neither lowered nor hashed
	first [utf8.RuneSelf]bool
}

type slot struct {
	key string
	ei  uint16 // index in entries; 0 for an empty slot
}

// entries holds the entries of every table; tokens refer to them by index.
// entries[0] is nil: no entry.
var entries = []*entry{nil}

const (
	fnvOffset uint32 = 2166136261
	fnvPrime  uint32 = 16777619
)

func fnv(b []byte) uint32 {
	h := fnvOffset
	for _, c := range b {
		h = (h ^ uint32(c)) * fnvPrime
	}
	return h
}

func newTable(l lexicon, ph []phrase) *table {
	size := 1
	for size < len(l)*8 {
		size <<= 1
	}
	t := &table{slots: make([]slot, size), mask: uint32(size - 1), home: make([]uint64, (size+63)/64)}
	for w, e := range l {
		e.starts = nil
		for _, p := range ph {
			if p.words[0] == w {
				e.starts = append(e.starts, p)
			}
		}
		if d := norm.NFD.String(w); d != "" && d[0] < utf8.RuneSelf {
			t.first[d[0]] = true
		}
		i := fnv([]byte(w)) & t.mask
		t.home[i/64] |= 1 << (i % 64)
		for t.slots[i].ei != 0 {
			i = (i + 1) & t.mask
		}
		entries = append(entries, e)
		t.slots[i] = slot{w, uint16(len(entries) - 1)}
	}
	return t
}

// get finds key, whose FNV-1a hash is h: the index of its entry, 0 for none.
func (t *table) get(key []byte, h uint32) uint16 {
	if i := h & t.mask; t.home[i/64]&(1<<(i%64)) == 0 {
		return 0
	}
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if s.ei == 0 {
			return 0
		}
		if s.key == string(key) {
			return s.ei
		}
	}
}

var tabFR, tabVI, tabEN, tabAny *table

func lexiconFor(lang string) *table {
	switch lang {
	case "fr":
		return tabFR
	case "vi":
		return tabVI
	case "en":
		return tabEN
	}
	return tabAny
}

// viWeekday maps the word or number after "thứ" to weekday+1.
var viWeekday = map[string]int8{"hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7}

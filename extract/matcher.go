package extract

import (
	"unicode/utf8"

	"github.com/dyadgraph/dyad/extract/fold"
	"github.com/dyadgraph/dyad/extract/lexicon"
)

// cat is the category of a lexicon phrase.
type cat uint8

const (
	cCountry cat = iota + 1
	cAdj
	cPlace
	cNational
	cNamed
	cOrgan
	cMinHead
	cTopic
	cLocal
	cLocalShort
	cJointHead
	cJointTopic
	cEmbassy
	cGeneric
	cTitle
	cModPrefix
	cModSuffix
	cRank
	cHonor
	cEvent
	cExclude
	cAnaph
	cAgree
	cDropPrefix
	cStop
	cRegards
	cBehalf
)

// entry is one phrase of the lexicon in the trie.
type entry struct {
	cat  cat
	ref  int  // index in the lexicon list of its category
	cap  bool // the text must be capitalised (proper names)
	abbr bool // an abbreviation: the text must be in upper case
	n    int  // length in tokens
}

type node struct {
	next    map[string]*node
	entries []entry
}

func (n *node) add(keys []string, e entry) {
	for _, k := range keys {
		if n.next == nil {
			n.next = map[string]*node{}
		}
		c := n.next[k]
		if c == nil {
			c = &node{}
			n.next[k] = c
		}
		n = c
	}
	for k, x := range n.entries {
		if x.cat == e.cat && x.ref == e.ref {
			// the same phrase listed capitalised and not: the looser wins
			n.entries[k].cap = x.cap && e.cap
			n.entries[k].abbr = x.abbr && e.abbr
			return
		}
	}
	n.entries = append(n.entries, e)
}

// trie matches lexicon phrases on tokens: French and English phrases by
// their folded form, Vietnamese ones by their lower-case form with accents.
type trie struct {
	fold, exact node
	// the first words of the phrases of each, to reject most words
	// without a look in the (large, seldom cached) maps
	foldFirst, exactFirst firstWords
}

// firstWords is a Bloom filter of words: has(w) is true for every word
// added, and false for nearly all others.
type firstWords [1 << 8]uint64

func (f *firstWords) add(w string) {
	h := hashWord(w)
	f[h>>6&(1<<8-1)] |= 1 << (h & 63)
	f[h>>22&(1<<8-1)] |= 1 << (h >> 16 & 63)
}

func (f *firstWords) has(w string) bool {
	h := hashWord(w)
	return f[h>>6&(1<<8-1)]&(1<<(h&63)) != 0 && f[h>>22&(1<<8-1)]&(1<<(h>>16&63)) != 0
}

// hashWord is FNV-1a.
func hashWord(w string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint32(w[i])) * 16777619
	}
	return h
}

func (t *trie) add(lang, phrase string, c cat, ref int, needCap bool) {
	toks := fold.Tokens(phrase)
	if len(toks) == 0 {
		return
	}
	e := entry{cat: c, ref: ref, n: len(toks)}
	if needCap {
		e.cap = fold.IsUpper(phrase)
	}
	if len(toks) == 1 && toks[0].AllCaps && utf8.RuneCountInString(phrase) <= 7 {
		e.abbr = true
	}
	keys := make([]string, len(toks))
	if lang == "vi" {
		for i, tk := range toks {
			keys[i] = tk.Lower
		}
		t.exact.add(keys, e)
		return
	}
	for i, tk := range toks {
		keys[i] = tk.Fold
	}
	t.fold.add(keys, e)
}

// lookup returns every phrase starting at toks[i], longest first.
func (t *trie) lookup(toks []tok, i int, buf []entry) []entry {
	buf = buf[:0]
	for _, exact := range []bool{false, true} {
		n := &t.fold
		if exact {
			n = &t.exact
		}
		for j := i; j < len(toks); j++ {
			k := toks[j].Fold
			if exact {
				k = toks[j].Lower
			}
			if j == i && !(exact && t.exactFirst.has(k) || !exact && t.foldFirst.has(k)) {
				break
			}
			n = n.next[k]
			if n == nil {
				break
			}
			for _, e := range n.entries {
				if e.cap && !toks[i].Cap {
					continue
				}
				if e.abbr && !(toks[i].AllCaps || len(toks[i].Text) == 1 && toks[i].Cap) {
					continue
				}
				buf = append(buf, e)
			}
		}
	}
	// longest first (stable for equal lengths: lexicon order)
	for a := 1; a < len(buf); a++ {
		for b := a; b > 0 && buf[b].n > buf[b-1].n; b-- {
			buf[b], buf[b-1] = buf[b-1], buf[b]
		}
	}
	return buf
}

// tok is a token of a sentence.
type tok = fold.Token

// compile builds the trie of one language ("" for all languages).
func compile(l *lexicon.Lexicon, lang string) *trie {
	t := &trie{}
	addL := func(ls lexicon.Langs, c cat, ref int, needCap bool) {
		for _, p := range ls.All() {
			if lang == "" || p.Lang == "" || p.Lang == lang {
				t.add(p.Lang, p.Phrase, c, ref, needCap)
			}
		}
	}
	for i, c := range l.Countries {
		addL(c.Names, cCountry, i, true)
		addL(c.Adjectives, cAdj, i, true)
	}
	for i, p := range l.Places {
		// place names are proper names: matched without accents in every
		// language ("Ha Noi" in English, "Hà Nội" in Vietnamese)
		for _, n := range p.Names {
			t.add("", n, cPlace, i, true)
		}
	}
	for i, b := range l.National {
		addL(b.Names, cNational, i, true)
	}
	for i, b := range l.Named {
		addL(b.Names, cNamed, i, true)
	}
	for i, o := range l.Organs {
		addL(o.Names, cOrgan, i, true)
	}
	addL(l.Ministries.Heads, cMinHead, 0, true)
	for i, tp := range l.Ministries.Topics {
		addL(tp.Names, cTopic, i, false)
	}
	for i, b := range l.Local {
		addL(b.Names, cLocal, i, true)
		addL(b.Short, cLocalShort, i, false)
	}
	addL(l.Joint.Heads, cJointHead, 0, true)
	for i, tp := range l.Joint.Topics {
		addL(tp.Names, cJointTopic, i, false)
	}
	addL(l.Embassies.Heads, cEmbassy, 0, true)
	addL(l.GenericHeads, cGeneric, 0, true)
	for i, ti := range l.Titles {
		addL(ti.Names, cTitle, i, false)
	}
	addL(l.Modifiers.Prefix, cModPrefix, 0, false)
	addL(l.Modifiers.Suffix, cModSuffix, 0, false)
	addL(l.Ranks, cRank, 0, true)
	addL(l.Honorifics, cHonor, 0, true)
	for i, e := range l.Events {
		addL(e.Words, cEvent, i, false)
	}
	addL(l.EventExclude, cExclude, 0, false)
	addL(l.Anaphoric, cAnaph, 0, false)
	for i, a := range l.Agreements {
		addL(a.Words, cAgree, i, true)
	}
	addL(l.DropPrefix, cDropPrefix, 0, false)
	addL(l.Stopwords, cStop, 0, false)
	addL(l.Regards, cRegards, 0, false)
	addL(l.Behalf, cBehalf, 0, false)
	for w := range t.fold.next {
		t.foldFirst.add(w)
	}
	for w := range t.exact.next {
		t.exactFirst.add(w)
	}
	return t
}

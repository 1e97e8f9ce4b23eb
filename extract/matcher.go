package extract

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/dyadgraph/dyad/extract/fold"
	"github.com/dyadgraph/dyad/extract/lexicon"
	"golang.org/x/text/unicode/norm"
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
	ref  int  // index in the lexicon list of its category
	n    int  // length in tokens
	cat  cat  // (after the ints: 24 bytes, not 32)
	cap  bool // the text must be capitalised (proper names)
	abbr bool // an abbreviation: the text must be in upper case
	// short marks the later words of a proper name, of one or two letters,
	// that the text must capitalise too: "Tam Á" (Sanya) is no "Tam a" in
	// French, where "a" is a verb (bit k: word k of the phrase, k < 8)
	short uint8
}

// trie matches lexicon phrases on tokens: French and English phrases by
// their folded form, Vietnamese ones by their lower-case form with accents.
type trie struct {
	// the two roots: phrases matched on folded words (French, English,
	// names) and on lower-case words with their accents (Vietnamese)
	roots [2]map[string]int32
	// the first words of the phrases of each root, to reject most words
	// without a look in the (large, seldom cached) tables
	first [2]firstWords
	// the roots once sealed, as tables keyed by the hash the filter computed
	rootTabs [2]wordTable
	words    string // every word of the trie, one after the other
	// The nodes below, as slices of a few large objects (not thousands of
	// small ones for the garbage collector to walk): the children of node k
	// are kids[nodes[k].kids:nodes[k].kidsEnd], sorted by word; its entries
	// ents[nodes[k].ents:nodes[k].entsEnd].
	nodes []node
	kids  []kid
	ents  []entry
	build []buildNode // the nodes while the trie is built
}

// node is where a node's children and entries are: one bounds check and
// one cache line for both.
type node struct {
	kids, kidsEnd int32
	ents, entsEnd int32
}

// the roots
const (
	foldRoot = iota
	exactRoot
)

// kid is a child of a node, its word trie.words[off:end]: no pointers for
// the garbage collector to scan.
type kid struct {
	off, end uint32
	to       int32
}

type buildNode struct {
	kids map[string]int32
	ents []entry
}

// child returns the node reached from node n by word w, or -1. The
// children of a node are sorted by word.
func (t *trie) child(n int32, w string) int32 {
	nd := &t.nodes[n]
	kids := t.kids[nd.kids:nd.kidsEnd]
	if len(kids) <= 8 {
		for _, k := range kids {
			if int(k.end-k.off) == len(w) && t.words[k.off:k.end] == w {
				return k.to
			}
		}
		return -1
	}
	if i, ok := slices.BinarySearchFunc(kids, w, func(k kid, w string) int { return strings.Compare(t.words[k.off:k.end], w) }); ok {
		return kids[i].to
	}
	return -1
}

// firstWords is a Bloom filter of words: has(w) is true for every word
// added, and false for nearly all others.
type firstWords [1 << 8]uint64

func (f *firstWords) add(w string) {
	h := hashWord(w)
	f[h>>6&(1<<8-1)] |= 1 << (h & 63)
	f[h>>22&(1<<8-1)] |= 1 << (h >> 16 & 63)
}

// has reports whether w, of hash h (hashWord), may have been added.
func (f *firstWords) has(h uint32) bool {
	return f[h>>6&(1<<8-1)]&(1<<(h&63)) != 0 && f[h>>22&(1<<8-1)]&(1<<(h>>16&63)) != 0
}

// wordTable maps words to nodes: open addressing keyed by hashWord, so
// the hash the Bloom filter computed serves again. The words are slices of
// trie.words, given by offsets: no pointers for the garbage collector.
type wordTable struct {
	slots []wordSlot
	mask  uint32
	n     int // words in the table
}

type wordSlot struct {
	off, end uint32 // the word is trie.words[off:end]
	node     int32  // -1: an empty slot
}

// build fills the table with m, whose words are at offsets in trie.words.
func (wt *wordTable) build(m map[string]int32, offsets map[string]int) {
	wt.n = len(m)
	size := 16
	for size < 2*len(m) {
		size <<= 1
	}
	wt.slots, wt.mask = make([]wordSlot, size), uint32(size-1)
	for k := range wt.slots {
		wt.slots[k].node = -1
	}
	for w, n := range m {
		off := offsets[w]
		i := hashWord(w) & wt.mask
		for wt.slots[i].node >= 0 {
			i = (i + 1) & wt.mask
		}
		wt.slots[i] = wordSlot{off: uint32(off), end: uint32(off + len(w)), node: n}
	}
}

// get returns the node of w, of hash h, or -1.
func (wt *wordTable) get(words, w string, h uint32) int32 {
	for i := h & wt.mask; ; i = (i + 1) & wt.mask {
		sl := &wt.slots[i]
		if sl.node < 0 {
			return -1
		}
		if words[sl.off:sl.end] == w {
			return sl.node
		}
	}
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
		for k := 1; k < len(toks) && k < 8 && e.cap; k++ {
			if toks[k].Cap && utf8.RuneCountInString(toks[k].Text) <= 2 {
				e.short |= 1 << k
			}
		}
	}
	if len(toks) == 1 && toks[0].AllCaps && utf8.RuneCountInString(phrase) <= 7 {
		e.abbr = true
	}
	root := foldRoot
	if lang == "vi" {
		root = exactRoot
	}
	n := int32(-1)
	for k, tk := range toks {
		w := tk.Fold
		if lang == "vi" {
			w = tk.Lower
		}
		kids := t.roots[root]
		if k == 0 {
			t.first[root].add(w)
		} else {
			if t.build[n].kids == nil {
				t.build[n].kids = map[string]int32{}
			}
			kids = t.build[n].kids
		}
		c, ok := kids[w]
		if !ok {
			c = int32(len(t.build))
			t.build = append(t.build, buildNode{})
			kids[w] = c
		}
		n = c
	}
	ents := t.build[n].ents
	for k, x := range ents {
		if x.cat == e.cat && x.ref == e.ref {
			// the same phrase listed capitalised and not: the looser wins
			ents[k].cap = x.cap && e.cap
			ents[k].abbr = x.abbr && e.abbr
			ents[k].short = x.short & e.short
			return
		}
	}
	t.build[n].ents = append(ents, e)
}

// seal lays the trie out for lookups, its words in one string.
func (t *trie) seal() {
	var words strings.Builder
	offsets := map[string]int{}
	note := func(w string) {
		if _, ok := offsets[w]; !ok {
			offsets[w] = words.Len()
			words.WriteString(w)
		}
	}
	for _, root := range t.roots {
		for w := range root {
			note(w)
		}
	}
	for _, b := range t.build {
		for w := range b.kids {
			note(w)
		}
	}
	all := words.String()
	t.words = all
	for i, root := range t.roots {
		t.rootTabs[i].build(root, offsets)
		t.roots[i] = nil // the table has them now
	}
	t.nodes = make([]node, len(t.build))
	for k, b := range t.build {
		from := len(t.kids)
		for w, n := range b.kids {
			off := offsets[w]
			t.kids = append(t.kids, kid{off: uint32(off), end: uint32(off + len(w)), to: n})
		}
		slices.SortFunc(t.kids[from:], func(a, b kid) int { return strings.Compare(all[a.off:a.end], all[b.off:b.end]) })
		t.nodes[k].kids, t.nodes[k].kidsEnd = int32(from), int32(len(t.kids))
		t.nodes[k].ents = int32(len(t.ents))
		t.ents = append(t.ents, b.ents...)
		t.nodes[k].entsEnd = int32(len(t.ents))
	}
	t.build = nil
}

// lookup returns every phrase starting at toks[i], longest first.
func (t *trie) lookup(toks []tok, i int, buf []entry) []entry {
	return t.appendLookup(buf[:0], toks, i)
}

// appendLookup appends the phrases starting at toks[i] to dst, longest first.
func (t *trie) appendLookup(dst []entry, toks []tok, i int) []entry {
	from := len(dst)
	hf := hashWord(toks[i].Fold)
	dst = t.walk(dst, toks, i, foldRoot, hf)
	if t.hasExact() {
		dst = t.walk(dst, toks, i, exactRoot, exactHash(&toks[i], hf))
	}
	longestFirst(dst[from:])
	return dst
}

// hasExact: the trie has Vietnamese phrases, matched by their exact form.
func (t *trie) hasExact() bool { return t.rootTabs[exactRoot].n > 0 }

// longestFirst sorts phrases found at one token, longest first (stable for
// equal lengths: lexicon order).
func longestFirst(ms []entry) {
	for a := 1; a < len(ms); a++ {
		for b := a; b > 0 && ms[b].n > ms[b-1].n; b-- {
			ms[b], ms[b-1] = ms[b-1], ms[b]
		}
	}
}

// exactHash is the hash of tk's word in the exact root, given hf, that of
// its folded form: most words are their own lower-case form and folded
// form at once ("de", "nam"), and are not hashed twice.
func exactHash(tk *tok, hf uint32) uint32 {
	if tk.Lower == tk.Fold {
		return hf
	}
	return hashWord(tk.Lower)
}

// walk appends the phrases of one root starting at toks[i], shortest
// first; h is the hashWord of the word of toks[i] in that root.
func (t *trie) walk(dst []entry, toks []tok, i, root int, h uint32) []entry {
	start := &toks[i]
	w := start.Fold
	if root == exactRoot {
		w = start.Lower
	}
	if !t.first[root].has(h) {
		return dst // most words start no phrase, and the filter says so
	}
	n := t.rootTabs[root].get(t.words, w, h)
	for j := i + 1; n >= 0; j++ {
		nd := &t.nodes[n]
		for _, e := range t.ents[nd.ents:nd.entsEnd] {
			if e.cap && !start.Cap || e.abbr && !(start.AllCaps || len(start.Text) == 1 && start.Cap) {
				continue
			}
			if e.short != 0 && !shortWordsCapitalised(toks[i:j], e.short) {
				continue
			}
			dst = append(dst, e)
		}
		if j >= len(toks) || nd.kids == nd.kidsEnd {
			break // the text or the phrases end
		}
		w := toks[j].Fold
		if root == exactRoot {
			w = toks[j].Lower
		}
		n = t.child(n, w)
	}
	return dst
}

// shortWordsCapitalised reports whether the words of ts the mask marks
// are capitalised.
func shortWordsCapitalised(ts []tok, mask uint8) bool {
	for k := 1; k < len(ts) && k < 8; k++ {
		if mask&(1<<k) != 0 && !ts[k].Cap {
			return false
		}
	}
	return true
}

// tok is a token of a sentence.
type tok = fold.Token

// compile builds the trie of one language ("" for all languages).
func compile(l *lexicon.Lexicon, lang string) *trie {
	t := &trie{roots: [2]map[string]int32{{}, {}}}
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
			if p.Country != "VN" && vietnameseForm(n) {
				// "Vân Nam" is Yunnan, "Văn Nam" a given name: the Vietnamese
				// names of places abroad are matched with their accents, in Vietnamese
				if lang == "" || lang == "vi" {
					t.add("vi", n, cPlace, i, true)
				}
				continue
			}
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
	for i, h := range l.Bodies.Heads {
		addL(h.Names, cGeneric, i+1, true) // ref: the concept, 1-based (0: none)
	}
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
	t.seal()
	return t
}

// vietnameseForm reports whether a name is written the Vietnamese way: a
// letter only Vietnamese has (đ, ă, ơ, ư, a hook or a dot below, two marks
// on one vowel), or circumflexes on words that are all Vietnamese syllables
// ("Vân Nam", "Viên", but not "Côte d'Azur").
func vietnameseForm(name string) bool {
	circumflex := false
	for _, r := range norm.NFD.String(name) {
		switch r {
		case 'đ', 'Đ', '\u0306', '\u031B', '\u0309', '\u0323':
			return true
		case '\u0302':
			circumflex = true
		}
	}
	for _, r := range name {
		if d := norm.NFD.String(string(r)); utf8.RuneCountInString(d) > 2 {
			return true // "ế", "ầ": a circumflex and a tone
		}
	}
	if !circumflex {
		return false
	}
	// one syllable counts too: "Viên" (Vienna) must not match "Viễn" (far)
	words := strings.Fields(name)
	for _, w := range words {
		if !validSyllable(fold.Key(w)) {
			return false
		}
	}
	return true
}

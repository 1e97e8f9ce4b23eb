package extract

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/dyadgraph/dyad/extract/dates"
	"github.com/dyadgraph/dyad/extract/fold"
	"github.com/dyadgraph/dyad/extract/page"
)

// article is the working state of one extraction. It lives for one call
// of Extract, so the Extractor itself stays read-only.
type article struct {
	x        *Extractor
	t        *trie
	in       Input
	text     string
	pg       page.Page
	lang     string
	pub      dates.Date
	home     string // the country of the source (VNA, AKP...) or of the language
	sents    []*sentence
	dates    []dates.Mention
	persons  []*person
	pkeys    map[string]*person
	byLast   map[string][]*person // by the last word of the name
	pair     []string             // the two countries of the article, once known
	orgs     []*orgRef            // every institution mention, in text order
	abbrs    map[string]*orgRef
	scanning *sentence // the sentence scan is reading
	events   []*event
	agrees   []*agreement
	problems []string
	dateline *atom // the place of the dateline, if any
	cache    *lookCache
	stop     map[string]bool // function words of the article's language
	*scratch
}

type sentence struct {
	idx        int
	start, end int // byte range in the text
	para       int
	toks       []tok
	atoms      []*atom
	dates      []dates.Mention
	title      bool
	excl       []bool  // tokens inside an exclusion phrase
	inner      []*atom // places named inside an institution's name
	// people after regards, or named in "on behalf of X,", are not at the meeting
	regards, behalfFrom, behalfTo int
}

func (s *sentence) textOf(text string) string { return strings.TrimSpace(text[s.start:s.end]) }

// scratch is the memory an article works in that no Doc refers to: it
// goes back to a pool when the article is done, for the next one.
type scratch struct {
	toks    []tok      // the tokens of every sentence (see splitLine)
	looks   lookCache  // the memory of cache, reused from sentence to sentence
	entries []entry    // the results of look (see keepEntries)
	buf     []entry    // a lookup in progress
	sents   []sentence // what the article's sentences point to (see newSentence)
	ptrs    []*sentence
	flags   []bool  // for sentence.excl
	atoms   []*atom // for sentence.atoms
	// what the atoms made by newAtom point to (no Doc refers to an atom)
	atomVals []atom
	strs     []string // the folded words of persons (see foldsOf)
	// the title chains being read (see leftChain, rightChain): reused from
	// name to name
	chainL, chainR []*atom
	claimed        map[*atom]bool // see chains
	segVals        []seg          // what segments point to
	posVals        []position     // what the persons' positions point to
	// the article itself and its maps, cleared for the next one: fewer
	// allocations, so fewer collections
	art    article
	pkeys  map[string]*person
	byLast map[string][]*person
	abbrs  map[string]*orgRef
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// release gives the article's scratch memory back; the article must not
// be used after.
func (a *article) release() {
	sc := a.scratch
	a.scratch = nil
	if cap(sc.toks) > 1<<16 || cap(sc.entries) > 1<<16 || cap(sc.atomVals) > 1<<12 || cap(sc.strs) > 1<<14 ||
		cap(sc.segVals) > 1<<12 || cap(sc.posVals) > 1<<12 || cap(sc.chainL) > 1<<12 || cap(sc.chainR) > 1<<12 {
		return // an odd huge article: let its memory go
	}
	sc.toks, sc.entries, sc.buf, sc.sents, sc.flags = sc.toks[:0], sc.entries[:0], sc.buf[:0], sc.sents[:0], sc.flags[:0]
	sc.ptrs = a.sents[:0]
	clear(sc.atoms) // the atoms of this article may go
	sc.atoms = sc.atoms[:0]
	clear(sc.atomVals) // and what they point to
	sc.atomVals = sc.atomVals[:0]
	clear(sc.strs)
	sc.strs = sc.strs[:0]
	clear(sc.chainL[:cap(sc.chainL)])
	clear(sc.chainR[:cap(sc.chainR)])
	clear(sc.segVals)
	sc.segVals = sc.segVals[:0]
	clear(sc.posVals)
	sc.posVals = sc.posVals[:0]
	clear(sc.claimed)
	sc.looks.reset(nil)
	clear(sc.pkeys)
	clear(sc.byLast)
	clear(sc.abbrs)
	sc.art = article{}
	scratchPool.Put(sc)
}

func (x *Extractor) newArticle(in Input, text string) *article {
	sc := scratchPool.Get().(*scratch)
	if sc.pkeys == nil {
		sc.pkeys, sc.byLast, sc.abbrs = map[string]*person{}, map[string][]*person{}, map[string]*orgRef{}
	}
	a := &sc.art
	*a = article{x: x, in: in, text: text, pkeys: sc.pkeys, byLast: sc.byLast, abbrs: sc.abbrs, scratch: sc}
	a.sents = a.ptrs
	pg, problems := x.layout(in, text)
	a.pg = pg
	a.problems = problems
	a.lang = pg.Lang
	a.pub = pg.Published
	a.t = x.tries[a.lang]
	if a.t == nil {
		a.t = x.tries[""]
	}
	a.stop = x.stops[a.lang]
	if a.stop == nil {
		a.stop = x.stop
	}
	return a
}

func (a *article) run() {
	a.split()
	a.findDates()
	a.sentenceDates()
	for _, s := range a.sents {
		a.scan(s)
	}
	a.findHome()
	a.promoteKnownNames()
	a.singleNames()
	for _, s := range a.sents {
		a.chains(s)
	}
	a.pronouns()
	a.resolvePersons()
	a.resolveOrgs()
	a.descriptions()
	a.findEvents()
	a.guessCountries()
	a.findAgreements()
}

// findDates finds the date mentions of the lines that hold body spans:
// only those inside a sentence are kept (see sentenceDates), and the other
// lines (menus, credits, related links) are often a fifth of the text.
func (a *article) findDates() {
	from, to := -1, -1 // the run of lines being gathered
	for _, sp := range a.pg.Body {
		if sp.Start < 0 || sp.End > len(a.text) || sp.Start >= sp.End {
			continue // as split does
		}
		ls := strings.LastIndexByte(a.text[:sp.Start], '\n') + 1
		if from >= 0 && ls > to+1 { // a line in between is not read
			a.dates = dates.AppendFind(a.dates, a.text, from, to, a.lang, a.pub)
			from = -1
		}
		if from < 0 {
			from = ls
		}
		if le := strings.IndexByte(a.text[sp.End:], '\n'); le < 0 {
			to = len(a.text)
		} else {
			to = max(to, sp.End+le)
		}
	}
	if from >= 0 {
		a.dates = dates.AppendFind(a.dates, a.text, from, to, a.lang, a.pub)
	}
}

// sentenceDates gives each date mention to the first sentence that holds
// it. The sentences' lists are parts of one block: one allocation.
func (a *article) sentenceDates() {
	if len(a.dates) == 0 {
		return
	}
	var buf [64]int32
	owner := buf[:0] // the index of the sentence of each mention, or -1
	total := 0
	for _, m := range a.dates {
		o := int32(-1)
		for si, s := range a.sents {
			if m.Start >= s.start && m.End <= s.end {
				o = int32(si)
				total++
				break
			}
		}
		owner = append(owner, o)
	}
	block := make([]dates.Mention, 0, total)
	for si, s := range a.sents {
		from := len(block)
		for k, m := range a.dates {
			if owner[k] == int32(si) {
				block = append(block, m)
			}
		}
		if len(block) > from {
			s.dates = block[from:len(block):len(block)] // an append elsewhere copies, never overwrites the next list
		}
	}
}

// split cuts the body spans into sentences.
func (a *article) split() {
	for pi, sp := range a.pg.Body {
		if sp.Start < 0 || sp.End > len(a.text) || sp.Start >= sp.End {
			continue
		}
		isTitle := a.pg.TitleSpan.End > a.pg.TitleSpan.Start && sp.Start <= a.pg.TitleSpan.Start && a.pg.TitleSpan.End <= sp.End && sp.End-sp.Start <= (a.pg.TitleSpan.End-a.pg.TitleSpan.Start)+2
		// The span is read in one call: a newline is a space to the
		// tokenizer, so its tokens are those of its lines one by one.
		toks := a.tokens(sp.Start, sp.End)
		// then cut at the lines: no token spans a newline
		start := sp.Start
		for start < sp.End {
			nl := strings.IndexByte(a.text[start:sp.End], '\n')
			end := sp.End
			if nl >= 0 {
				end = start + nl
			}
			n := 0
			for n < len(toks) && toks[n].Start < end {
				n++
			}
			a.splitLine(toks[:n:n], pi, isTitle)
			toks = toks[n:]
			start = end + 1
		}
	}
}

// tokens appends the tokens of the text [start, end) to the article's and
// returns them. The tokens of all spans go to one slice (a new one only
// when it is full); each sentence keeps its own part of it.
func (a *article) tokens(start, end int) []tok {
	if len(a.toks) == 0 && cap(a.toks) < len(a.text)/5+16 {
		a.toks = make([]tok, 0, len(a.text)/5+16) // about one token in five bytes
	}
	first := len(a.toks)
	if a.lang == "fr" || a.lang == "en" {
		a.toks = fold.AppendTokensNoLower(a.toks, a.text[start:end], start)
	} else {
		a.toks = fold.AppendTokens(a.toks, a.text[start:end], start)
	}
	return a.toks[first:len(a.toks):len(a.toks)]
}

var abbrevs = map[string]bool{"m": true, "mr": true, "mrs": true, "ms": true, "dr": true, "mme": true, "mlle": true, "prof": true,
	"st": true, "no": true, "tp": true, "h": true, "e": true, "s": true, "pr": true, "gs": true, "ts": true, "pgs": true,
	"th": true, "sr": true, "jr": true, "vs": true, "u": true, "p": true, "d": true, "c": true}

// abbreviated month names, after which a period and a number do not end a sentence
var monthAbbrevs = map[string]bool{"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "janv": true, "fevr": true, "fev": true, "avr": true,
	"juil": true}

// splitLine cuts the tokens of one line into sentences.
func (a *article) splitLine(toks []tok, para int, isTitle bool) {
	from := 0
	emit := func(to int) {
		if to <= from {
			return
		}
		ts := toks[from:to:to]
		s := a.newSentence()
		*s = sentence{idx: len(a.sents), start: ts[0].Start, end: ts[len(ts)-1].End, para: para, toks: ts, title: isTitle}
		a.sents = append(a.sents, s)
		from = to
	}
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.Kind != fold.Punct || !(t.Text == "." || t.Text == "!" || t.Text == "?" || t.Text == "…") {
			continue
		}
		// "./." ends a Vietnamese article; keep a run of marks together
		j := i + 1
		for j < len(toks) && toks[j].Kind == fold.Punct && strings.ContainsAny(toks[j].Text, "./!?…\"”»)") {
			j++
		}
		if j < len(toks) && toks[j].Glued {
			continue // no space after: thestar.com.my, 10.5, TP.HCM
		}
		if t.Text == "." && i > 0 && toks[i-1].Kind == fold.Word && abbrevs[toks[i-1].Fold] && len(toks[i-1].Text) <= 4 {
			continue // "M. Hun Sen", "Mr. X", "H.E. Hor Namhong"
		}
		if j < len(toks) && toks[j].Kind == fold.Word && !toks[j].Cap {
			continue
		}
		if t.Text == "." && i > 0 && monthAbbrevs[toks[i-1].Fold] && j < len(toks) && toks[j].Kind == fold.Number {
			continue // "Nov. 7", "janv. 2024"
		}
		if t.Text == "." && j == i+1 && isInitial(toks, i-1) && j < len(toks) && toks[j].Kind == fold.Word && toks[j].Cap && !a.x.stop[toks[j].Fold] {
			continue // "Karen L. Whitfield": a middle initial
		}
		emit(j)
		i = j - 1
	}
	emit(len(toks))
}

// newSentence returns room for a sentence, from a block of them: a full
// block is left to the sentences in it and a new one started.
func (a *article) newSentence() *sentence {
	if len(a.scratch.sents) == cap(a.scratch.sents) {
		a.scratch.sents = make([]sentence, 0, max(32, 2*cap(a.scratch.sents)))
	}
	a.scratch.sents = a.scratch.sents[:len(a.scratch.sents)+1]
	return &a.scratch.sents[len(a.scratch.sents)-1]
}

// fromBlock returns a copy of v from a block of values: one allocation for
// many. A full block is left to the values in it and a new one started.
func fromBlock[T any](block *[]T, v T) *T {
	if len(*block) == cap(*block) {
		*block = make([]T, 0, max(32, 2*cap(*block)))
	}
	*block = append(*block, v)
	return &(*block)[len(*block)-1]
}

// newAtom returns a copy of v from a block of atoms.
func (a *article) newAtom(v atom) *atom { return fromBlock(&a.atomVals, v) }

// newSeg returns a copy of v from a block of segments.
func (a *article) newSeg(v seg) *seg { return fromBlock(&a.segVals, v) }

// newPosition returns a copy of v from a block of positions.
func (a *article) newPosition(v position) *position { return fromBlock(&a.posVals, v) }

// foldsOf returns the folded forms of the words and numbers of ts, from a
// block shared by the article.
func (a *article) foldsOf(ts []tok) []string {
	n := 0
	for _, t := range ts {
		if t.Kind == fold.Word || t.Kind == fold.Number {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	if cap(a.strs)-len(a.strs) < n {
		a.strs = make([]string, 0, max(256, 2*cap(a.strs), n))
	}
	from := len(a.strs)
	for _, t := range ts {
		if t.Kind == fold.Word || t.Kind == fold.Number {
			a.strs = append(a.strs, t.Fold)
		}
	}
	return a.strs[from:len(a.strs):len(a.strs)]
}

// flagsFor returns n false flags, from a block shared by the article.
func (a *article) flagsFor(n int) []bool {
	if cap(a.flags)-len(a.flags) < n {
		a.flags = make([]bool, 0, max(1024, 2*cap(a.flags), n))
	}
	f := a.flags[len(a.flags) : len(a.flags)+n : len(a.flags)+n]
	clear(f)
	a.flags = a.flags[:len(a.flags)+n]
	return f
}

// atomRoom returns an empty slice with room for n atoms (a sentence has
// fewer atoms than tokens), from a block shared by the article.
func (a *article) atomRoom(n int) []*atom {
	if cap(a.atoms)-len(a.atoms) < n {
		a.atoms = make([]*atom, 0, max(256, 2*cap(a.atoms), n))
	}
	room := a.atoms[len(a.atoms) : len(a.atoms) : len(a.atoms)+n]
	a.atoms = a.atoms[:len(a.atoms)+n]
	return room
}

// findHome guesses the country of the source: the agency of the dateline
// or credits, else the language.
func (a *article) findHome() {
	for _, s := range a.sents {
		for _, at := range s.atoms {
			if at.kind == aOrg && at.org.kind == okNamed {
				n := a.x.lex.Named[at.org.ref]
				if n.Kind == "media" && n.Country != "" {
					a.home = n.Country
					return
				}
			}
		}
	}
	if a.lang == "vi" {
		a.home = "VN"
	}
}

// isInitial: toks[k] is one capital letter after a capitalised word, the
// initial of a name ("John F. Kennedy").
func isInitial(toks []tok, k int) bool {
	if k < 1 || k >= len(toks) {
		return false
	}
	t, p := toks[k], toks[k-1]
	return t.Kind == fold.Word && t.Cap && utf8.RuneCountInString(t.Text) == 1 && p.Kind == fold.Word && p.Cap && !p.AllCaps
}

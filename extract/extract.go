package extract

import (
	"fmt"
	"runtime/debug"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/dyadgraph/dyad/extract/dates"
	"github.com/dyadgraph/dyad/extract/fold"
	"github.com/dyadgraph/dyad/extract/lexicon"
	"github.com/dyadgraph/dyad/extract/page"
	"github.com/dyadgraph/dyad/facts"
	"github.com/dyadgraph/dyad/internal/nfc"
)

// Input is one article to extract.
type Input struct {
	Source    string // path or URL as given (copied to article.source)
	Text      string // the article as plain text (HTML already reduced to text by the caller)
	Title     string // optional known headline (from feed/JSON metadata); else found in the text
	Published string // optional partial ISO date from metadata; else found in the text
	Lang      string // optional ISO 639-1; else detected
	// ContentHash is optional: facts.ContentHash(Title, Text) when the
	// caller has computed it (ingest hashes every document to skip the
	// unchanged ones). Extract uses it instead of hashing the same words
	// again when its own hash would be the same: the title given, the text
	// valid UTF-8 and not cut.
	ContentHash string
}

// Options configure an Extractor.
type Options struct {
	Lexicon *lexicon.Lexicon // nil: lexicon.Default()
}

// Extractor extracts facts from articles. It is immutable after New and
// safe for concurrent use.
type Extractor struct {
	lex    *lexicon.Lexicon
	tries  map[string]*trie // by language; "" matches every language
	vnSur  map[string]bool  // folded Vietnamese family names
	vnSurL map[string]bool  // the same with accents
	khSur  map[string]bool  // folded Khmer family names
	// folded words of portfolios ("protection", "workers"), see enNameList
	topicWord map[string]bool
	stop      map[string]bool // folded function words of the language (see stopFor)
	stops     map[string]map[string]bool
	party     map[string]int // country code -> index of its ruling party in lex.Named
	// kinds of the bodies every country has one of (legislature, government...)
	nationalKind map[string]bool
	// country code -> its names in English, French and Vietnamese, the
	// aliases of its entity (read only)
	countryNames map[string][]string
	countryIDs   map[string]string // country code -> entity id
	placeIDs     []string          // the entity ids of the places of the lexicon
	bodies       bodyWords         // head concepts and common words of bodies no list knows (bodies.go)
	orgNames     sync.Map          // orgNameKey -> *lexNames, made as articles need them (see lexOrgNames)
}

// placeID is the entity id of the lexicon's place ref.
func placeID(l *lexicon.Lexicon, ref int) string {
	p := l.Places[ref]
	return "loc:" + p.Country + ":" + fold.Key(p.Names[0])
}

// MaxTextBytes bounds the text extracted from one article; longer texts are
// cut (with a problem noted), so one huge input cannot stall a run.
const MaxTextBytes = 4 << 20

// New compiles the lexicon into matchers.
func New(opts Options) (*Extractor, error) {
	l := opts.Lexicon
	if l == nil {
		var err error
		if l, err = lexicon.Default(); err != nil {
			return nil, fmt.Errorf("extract: %w", err)
		}
	}
	x := &Extractor{lex: l, tries: map[string]*trie{}, vnSur: map[string]bool{}, vnSurL: map[string]bool{},
		khSur: map[string]bool{}, stop: map[string]bool{}, party: map[string]int{}}
	for _, lang := range []string{"", "fr", "vi", "en"} {
		x.tries[lang] = compile(l, lang)
	}
	for _, s := range l.VietSurnames {
		x.vnSur[foldWord(s)] = true
		x.vnSurL[lowerWord(s)] = true
	}
	x.bodies = newBodyWords(l)
	x.topicWord = map[string]bool{}
	for _, p := range l.Ministries.TopicWords.All() {
		x.topicWord[foldWord(p.Phrase)] = true
	}
	for _, s := range l.KhmerSurname {
		x.khSur[foldWord(s)] = true
	}
	x.stops = map[string]map[string]bool{}
	for _, p := range l.Stopwords.All() {
		x.stop[foldWord(p.Phrase)] = true
		if x.stops[p.Lang] == nil {
			x.stops[p.Lang] = map[string]bool{}
		}
		x.stops[p.Lang][foldWord(p.Phrase)] = true
	}
	x.countryNames, x.countryIDs = map[string][]string{}, map[string]string{}
	for _, c := range l.Countries {
		if _, ok := x.countryNames[c.Code]; !ok {
			x.countryNames[c.Code] = slices.Concat(c.Names.En, c.Names.Fr, c.Names.Vi)
			x.countryIDs[c.Code] = "country:" + c.Code
		}
	}
	for ref := range l.Places {
		x.placeIDs = append(x.placeIDs, placeID(l, ref))
	}
	x.nationalKind = map[string]bool{}
	for _, n := range l.National {
		x.nationalKind[n.Kind] = true
	}
	for i, n := range l.Named {
		if n.Kind == "party" && n.Country != "" {
			if _, ok := x.party[n.Country]; !ok {
				x.party[n.Country] = i
			}
		}
	}
	return x, nil
}

// Extract extracts the facts of one article. It never panics and never
// returns nil: what goes wrong is reported in Doc.Problems.
func (x *Extractor) Extract(in Input) (doc *facts.Doc) {
	text := in.Text
	var problems []string
	if strings.TrimSpace(in.Title) == "" {
		in.ContentHash = "" // the title will be found in the text: another hash
	}
	valid, normal := nfc.Check(text)
	if !valid {
		in.ContentHash = ""
		text = strings.ToValidUTF8(text, "\uFFFD")
		problems = append(problems, "text is not valid UTF-8: invalid bytes replaced")
		normal = nfc.IsNormal(text)
	}
	if len(text) > MaxTextBytes {
		cut := MaxTextBytes
		for cut > 0 && !utf8.RuneStart(text[cut]) {
			cut--
		}
		text = text[:cut]
		in.ContentHash = ""
		normal = nfc.IsNormal(text)
		problems = append(problems, fmt.Sprintf("text longer than %d bytes: cut", MaxTextBytes))
	}
	if !normal {
		text = norm.NFC.String(text)
	}
	defer func() {
		if r := recover(); r != nil {
			doc = x.emptyDoc(in, text)
			doc.Problems = append(doc.Problems, append(problems, fmt.Sprintf("internal error, no facts extracted: %v\n%s", r, firstLines(string(debug.Stack()), 12)))...)
		}
	}()
	a := x.newArticle(in, text)
	a.problems = append(a.problems, problems...)
	a.run()
	doc = a.doc()
	a.release()
	return doc
}

func firstLines(s string, n int) string {
	lines := strings.SplitN(s, "\n", n+1)
	if len(lines) > n {
		lines = lines[:n]
	}
	return strings.Join(lines, "\n")
}

func (x *Extractor) emptyDoc(in Input, text string) *facts.Doc {
	title := in.Title
	hash := facts.ContentHash(title, text)
	d := &facts.Doc{Article: facts.Article{ID: facts.ArticleID(hash), ContentHash: hash, Source: in.Source, Title: title, Lang: in.Lang},
		Entities: []facts.Entity{}, Relations: []facts.Relation{}}
	if p, err := dates.ParseISO(in.Published); err == nil && !p.IsZero() {
		s := p.String()
		d.Article.Published = &s
	}
	return d
}

// layout reads the page: title, language, publication date, body spans.
func (x *Extractor) layout(in Input, text string) (page.Page, []string) {
	p := page.Parse(text)
	var problems []string
	problems = append(problems, p.Problems...)
	if strings.TrimSpace(in.Title) != "" {
		p.Title = strings.TrimSpace(in.Title)
	}
	if l := strings.ToLower(strings.TrimSpace(in.Lang)); l != "" {
		if len(l) > 2 && (l[2] == '-' || l[2] == '_') {
			l = l[:2] // "fr-FR"
		}
		p.Lang = l
	}
	if in.Published != "" {
		d, err := dates.ParseISO(strings.TrimSpace(in.Published))
		if err != nil {
			problems = append(problems, fmt.Sprintf("published %q from metadata is not a partial ISO date: %v", in.Published, err))
		} else {
			p.Published = d
		}
	}
	return p, problems
}

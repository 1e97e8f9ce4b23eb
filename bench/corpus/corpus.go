package corpus

import (
	"errors"
	"fmt"
	"iter"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"time"
)

// Languages the generator writes.
var Languages = []string{"fr", "vi", "en"}

// MaxArticles bounds Options.N; the generator itself streams any number,
// the bound only keeps a typo from asking for days of work.
const MaxArticles = 100_000_000

// Options say what corpus to generate.
type Options struct {
	N     int      // number of articles
	Langs []string // languages to mix, evenly (default: fr, vi, en)
	Seed  uint64   // the same seed gives the same corpus
}

// ErrOptions marks invalid options.
var ErrOptions = errors.New("invalid corpus options")

// Validate checks the options and fills the default languages.
func (o *Options) Validate() error {
	if o.N < 0 || o.N > MaxArticles {
		return fmt.Errorf("%w: the number of articles must be between 0 and %d, got %d", ErrOptions, MaxArticles, o.N)
	}
	if len(o.Langs) == 0 {
		o.Langs = slices.Clone(Languages)
	}
	seen := map[string]bool{}
	for _, l := range o.Langs {
		if !slices.Contains(Languages, l) {
			return fmt.Errorf("%w: language %q is not one of %s", ErrOptions, l, strings.Join(Languages, ", "))
		}
		if seen[l] {
			return fmt.Errorf("%w: language %q given twice", ErrOptions, l)
		}
		seen[l] = true
	}
	return nil
}

// ParseLangs reads a comma-separated list of languages ("fr,vi,en").
func ParseLangs(s string) ([]string, error) {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.ToLower(strings.TrimSpace(p)); p != "" {
			out = append(out, p)
		}
	}
	o := Options{Langs: out}
	if err := o.Validate(); err != nil {
		return nil, err
	}
	return o.Langs, nil
}

// Article is one generated news page and what it truly says.
type Article struct {
	Index     int
	URL       string // a stable made-up address (never fetched)
	Title     string
	Text      string // the page without its headline: dateline, body, captions, teasers, comments
	Published string // ISO date
	Lang      string
	Truth     Truth
}

// Page is the whole page as a .txt file holds it: headline first.
func (a *Article) Page() string { return a.Title + "\n" + a.Text }

// Truth is what the article's own body says (not its teasers): the
// people named, the meetings between them and the agreement signed.
type Truth struct {
	Persons   []Person   `json:"persons"`
	Meetings  []Meeting  `json:"meetings"`
	Agreement *Agreement `json:"agreement,omitempty"`
}

// Person is one official named in the body.
type Person struct {
	Name    string `json:"name"`    // as the article writes it (Vietnamese names without accents in fr and en)
	Country string `json:"country"` // ISO alpha-2
	Office  string `json:"office"`  // pm, dpm, minister:<topic>, na-chair, na-vice, ambassador
}

// Meeting is one event two officials took part in.
type Meeting struct {
	Kind    string    `json:"kind"`    // talks, meeting, reception, phone_call, working_session
	Date    string    `json:"date"`    // ISO date
	Place   string    `json:"place"`   // canonical city name, "" for a phone call
	Country string    `json:"country"` // of the place, "" for a phone call
	Persons [2]string `json:"persons"` // names, as in Person.Name
}

// Agreement is a document the two countries signed.
type Agreement struct {
	Kind    string    `json:"kind"` // mou, plan, agreement
	Parties [2]string `json:"parties"`
}

// Generator builds articles. It holds no state that changes, so Article
// may be called from several goroutines, in any order.
type Generator struct {
	opts Options
	// perm maps an official's number to a name number, per country: a
	// bijection (multiplication by a number prime to the name space, plus
	// a seed-dependent shift), so two officials never share a name.
	perm map[string][2]int
	// ascii caches names without accents (bounded: numOffices*maxPool
	// per country).
	ascii sync.Map
}

// New checks opts and returns a Generator.
func New(opts Options) (*Generator, error) {
	if err := opts.Validate(); err != nil {
		return nil, err
	}
	g := &Generator{opts: opts, perm: map[string][2]int{}}
	for code := range countries {
		m := nameSpace(code)
		if numOffices*maxPool > m {
			return nil, fmt.Errorf("corpus: %s name space %d is smaller than %d officials", code, m, numOffices*maxPool)
		}
		r := rand.New(rand.NewPCG(opts.Seed, uint64(code[0])<<8|uint64(code[1])))
		a := 7919 + 2*r.IntN(1000)
		for gcd(a, m) != 1 {
			a++
		}
		g.perm[code] = [2]int{a, r.IntN(m)}
	}
	return g, nil
}

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

// Options returns the generator's options (defaults filled).
func (g *Generator) Options() Options { return g.opts }

// All yields the N articles in order. It keeps nothing between articles:
// memory does not depend on N.
func (g *Generator) All() iter.Seq[Article] {
	return func(yield func(Article) bool) {
		for i := range g.opts.N {
			if !yield(g.Article(i)) {
				return
			}
		}
	}
}

// official is one person of the pool.
type official struct {
	country string
	office  int
	name    string // native (Vietnamese with accents)
	ascii   string // without accents, as French and English texts write it
	female  bool
}

func (o official) nameIn(lang string) string {
	if lang == "vi" {
		return o.name
	}
	return o.ascii
}

// official returns the k-th holder of an office in a country.
func (g *Generator) official(code string, office, k int) official {
	p := g.perm[code]
	n := (((office*maxPool + k) * p[0]) + p[1]) % nameSpace(code)
	name, female := nameOf(code, n)
	a, ok := g.ascii.Load(name)
	if !ok {
		a, _ = g.ascii.LoadOrStore(name, asciiName(name))
	}
	return official{country: code, office: office, name: name, ascii: a.(string), female: female}
}

func (g *Generator) pick(r *rand.Rand, code string, office int) official {
	return g.official(code, office, r.IntN(poolSize(office, g.opts.N)))
}

// plan is what one article reports, before it is written in a language.
type plan struct {
	lang      string
	published time.Time
	date      time.Time // of the meeting
	partner   country
	kind      string
	host      official
	guest     official
	place     *place // nil: phone call
	third     *official
	thirdKind string
	agreement string // "", mou, plan, agreement
	field     topic
	paras     int
	teasers   []official
	noise     noise
	hhmm      string
	num       string // trade figure
}

type noise struct {
	breadcrumb, share, caption, comments, lead bool
}

var eventKinds = []weighted[string]{{"talks", 40}, {"meeting", 20}, {"reception", 12}, {"phone_call", 14}, {"working_session", 14}}

func choose[T any](r *rand.Rand, ws []weighted[T]) T {
	total := 0
	for _, w := range ws {
		total += w.w
	}
	n := r.IntN(total)
	for _, w := range ws {
		if n < w.w {
			return w.v
		}
		n -= w.w
	}
	return ws[len(ws)-1].v
}

func oneOf[T any](r *rand.Rand, xs ...T) T { return xs[r.IntN(len(xs))] }

var epoch = time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC)

func (g *Generator) plan(i int) plan {
	r := rand.New(rand.NewPCG(g.opts.Seed, uint64(i)))
	p := plan{lang: g.opts.Langs[r.IntN(len(g.opts.Langs))]}
	p.published = epoch.AddDate(0, 0, r.IntN(3650))
	p.date = p.published.AddDate(0, 0, -r.IntN(2))
	p.partner = countries[choose(r, partners)]
	p.kind = choose(r, eventKinds)

	// Who meets whom: counterparts of the same office, or a Vietnamese
	// leader receiving the partner's ambassador.
	office := choose(r, []weighted[int]{{offPM, 14}, {offDPM, 16}, {offMinister + r.IntN(len(topics)), 40}, {offNAChair, 14}, {offNAVice, 6}})
	guestOffice := office
	if p.kind == "reception" && r.IntN(2) == 0 {
		guestOffice = offAmbassador
		office = oneOf(r, offPM, offDPM, offMinister, offNAChair)
	}
	p.host = g.pick(r, "VN", office)
	p.guest = g.pick(r, p.partner.code, guestOffice)
	if t, ok := officeTopic(office); ok {
		p.field = t
	} else {
		p.field = topics[r.IntN(len(topics))]
	}

	if p.kind != "phone_call" {
		var pl place
		if guestOffice == offAmbassador || r.IntN(10) < 6 {
			vn := placesOf("VN")
			pl = vn[choose(r, []weighted[int]{{0, 70}, {1, 15}, {2, 15}})]
		} else {
			ps := placesOf(p.partner.code)
			pl = ps[choose(r, []weighted[int]{{0, 80}, {len(ps) - 1, 20}})]
		}
		p.place = &pl
		if r.IntN(10) < 3 {
			t := g.pick(r, "VN", offMinister+r.IntN(len(topics)))
			if t.name != p.host.name {
				p.third = &t
				p.thirdKind = oneOf(r, "working_session", "meeting")
			}
		}
		if r.IntN(100) < 35 {
			p.agreement = oneOf(r, "mou", "plan", "agreement")
		}
	}
	p.paras = 2 + r.IntN(5)
	for range 2 + r.IntN(3) {
		code := oneOf(r, "VN", p.partner.code)
		office := r.IntN(numOffices)
		if code == "VN" && office == offAmbassador {
			office = offNAVice // Vietnam's ambassadors serve abroad, not in these reports
		}
		t := g.pick(r, code, office)
		if t.name != p.host.name && t.name != p.guest.name {
			p.teasers = append(p.teasers, t)
		}
	}
	p.noise = noise{breadcrumb: r.IntN(2) == 0, share: r.IntN(2) == 0, caption: r.IntN(10) < 6,
		comments: r.IntN(10) < 7, lead: r.IntN(10) < 4}
	p.hhmm = fmt.Sprintf("%02d:%02d", 6+r.IntN(16), r.IntN(60))
	p.num = fmt.Sprintf("%d,%d", 1+r.IntN(15), r.IntN(10))
	return p
}

// Article builds the i-th article (0 <= i < N, though any i works).
func (g *Generator) Article(i int) Article {
	p := g.plan(i)
	r := rand.New(rand.NewPCG(g.opts.Seed^0x9e3779b97f4a7c15, uint64(i)))
	w := &writer{r: r, p: &p}
	var title string
	switch p.lang {
	case "fr":
		title = w.french()
	case "vi":
		title = w.vietnamese()
	default:
		title = w.english()
	}
	a := Article{
		Index:     i,
		URL:       fmt.Sprintf("https://corpus.dyad.invalid/%s/%d/%08d", p.lang, g.opts.Seed, i),
		Title:     title,
		Text:      w.b.String(),
		Published: p.published.Format(time.DateOnly),
		Lang:      p.lang,
	}
	a.Truth = p.truth()
	return a
}

func (p *plan) truth() Truth {
	host, guest := p.host.nameIn(p.lang), p.guest.nameIn(p.lang)
	t := Truth{Persons: []Person{
		{Name: host, Country: "VN", Office: officeKey(p.host.office)},
		{Name: guest, Country: p.partner.code, Office: officeKey(p.guest.office)},
	}}
	m := Meeting{Kind: p.kind, Date: p.date.Format(time.DateOnly), Persons: [2]string{host, guest}}
	if p.place != nil {
		m.Place, m.Country = p.place.canonicalASCII, p.place.country
	}
	t.Meetings = append(t.Meetings, m)
	if p.third != nil {
		third := p.third.nameIn(p.lang)
		t.Persons = append(t.Persons, Person{Name: third, Country: "VN", Office: officeKey(p.third.office)})
		t.Meetings = append(t.Meetings, Meeting{Kind: p.thirdKind, Date: p.date.Format(time.DateOnly),
			Place: m.Place, Country: m.Country, Persons: [2]string{guest, third}})
	}
	if p.agreement != "" {
		t.Agreement = &Agreement{Kind: p.agreement, Parties: [2]string{"VN", p.partner.code}}
	}
	return t
}

package extract

import (
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strings"
	"sync"

	"github.com/dyadgraph/dyad/extract/fold"
	"github.com/dyadgraph/dyad/facts"
)

func foldWord(s string) string  { return strings.Join(fold.Words(s), " ") }
func lowerWord(s string) string { return fold.Lower(strings.TrimSpace(s)) }

// hashedID is prefix followed by the first 12 hex digits of the SHA-256
// of parts joined by '|': the id of an event or an agreement. It is built
// on the stack; only the id is allocated.
func hashedID(prefix string, parts ...string) string {
	var buf [512]byte
	in := buf[:0]
	for i, p := range parts {
		if i > 0 {
			in = append(in, '|')
		}
		in = append(in, p...)
	}
	h := sha256.Sum256(in)
	var out [128]byte
	id := append(out[:0], prefix...)
	id = hex.AppendEncode(id, h[:6])
	return string(id)
}

func strp(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// builder collects entities and relations, merging by id. They are kept
// in slices that become the Doc's (the maps hold indices): no copy at the
// end, and a few allocations instead of one per entity.
type builder struct {
	ents  map[string]int32 // index in list
	list  []facts.Entity
	rels  map[relKey]int32 // index in rlist
	rlist []facts.Relation
	// the aliases of the entities are parts of one block (an alias added
	// later copies its entity's list out of it)
	aliases []string
	orgIDs  map[*orgRef]string // orgID of each institution asked for
}

// relKey is the identity of a relation: a struct, so no key string is built.
type relKey struct{ typ, from, to, title string }

// newBuilder returns a builder with room for about n entities. Its maps
// come from a pool (making three maps per article was a good part of the
// building): give the builder back with free once the Doc is made.
func newBuilder(n int) *builder {
	b := builderPool.Get().(*builder)
	b.list = make([]facts.Entity, 0, n)
	return b
}

var builderPool = sync.Pool{New: func() any {
	return &builder{ents: make(map[string]int32, 64), rels: make(map[relKey]int32, 64), orgIDs: make(map[*orgRef]string, 32)}
}}

// free empties the builder's maps and gives it back to the pool; the
// lists belong to the Doc and are dropped.
func (b *builder) free() {
	if len(b.ents) > 1024 || len(b.rels) > 1024 || len(b.orgIDs) > 1024 {
		return // an odd huge article: clearing such maps costs their size each time
	}
	clear(b.ents)
	clear(b.rels)
	clear(b.orgIDs)
	b.list, b.rlist, b.aliases = nil, nil, nil
	builderPool.Put(b)
}

// get returns the entity of that id, or nil; the pointer is good until
// the next entity is added.
func (b *builder) get(id string) *facts.Entity {
	if i, ok := b.ents[id]; ok {
		return &b.list[i]
	}
	return nil
}

func (b *builder) entity(e facts.Entity) {
	if x := b.get(e.ID); x != nil {
		addAlias(x, e.Name)
		for _, n := range e.Aliases {
			addAlias(x, n)
		}
		if x.Country == nil {
			x.Country = e.Country
		}
		if x.Date == nil {
			x.Date = e.Date
		}
		return
	}
	c := e
	c.Aliases = nil
	if len(e.Aliases) > 0 {
		if cap(b.aliases)-len(b.aliases) < len(e.Aliases) {
			b.aliases = make([]string, 0, max(64, len(e.Aliases)))
		}
		from := len(b.aliases)
		for _, n := range e.Aliases {
			if n != "" && n != c.Name && !slices.Contains(b.aliases[from:], n) {
				b.aliases = append(b.aliases, n)
			}
		}
		if len(b.aliases) > from {
			c.Aliases = b.aliases[from:len(b.aliases):len(b.aliases)]
		}
	}
	b.ents[e.ID] = int32(len(b.list))
	b.list = append(b.list, c)
}

// addAlias adds n to the aliases of x unless x already has that name.
func addAlias(x *facts.Entity, n string) {
	if n != "" && n != x.Name && !slices.Contains(x.Aliases, n) {
		x.Aliases = append(x.Aliases, n)
	}
}

func (b *builder) rel(r facts.Relation) {
	r.Evidence = strings.TrimSpace(r.Evidence)
	k := relKey{r.Type, r.From, r.To, r.Title}
	if i, ok := b.rels[k]; ok {
		if b.rlist[i].Evidence > r.Evidence {
			b.rlist[i] = r
		}
		return
	}
	if b.rlist == nil {
		b.rlist = make([]facts.Relation, 0, 16)
	}
	b.rels[k] = int32(len(b.rlist))
	b.rlist = append(b.rlist, r)
}

// personID is the id of a person once the article is read (it is kept:
// the events and relations ask for it again).
func (a *article) personID(p *person) string {
	if p.id != "" {
		return p.id
	}
	sk := ""
	if p.country != "" && transcribed[p.country] && !p.vnShape {
		sk = soundKey(p.name)
	}
	switch {
	case p.country == "":
		p.id = "person:" + p.key
	case sk != "":
		p.id = "person:" + sk + ":" + p.country
	default:
		p.id = "person:" + p.key + ":" + p.country
	}
	return p.id
}

func (a *article) countryEntity(b *builder, cc, ev string) string {
	id, ok := a.x.countryIDs[cc]
	if !ok {
		id = "country:" + cc
	}
	if _, ok := b.ents[id]; ok {
		return id
	}
	c, ok := a.x.lex.CountryByCode(cc)
	if !ok {
		return ""
	}
	b.entity(facts.Entity{ID: id, Type: facts.TypeCountry, Name: c.Name(), Aliases: a.x.countryNames[cc], Country: strp(cc), Evidence: ev})
	return id
}

func (a *article) placeID(ref int) string { return a.x.placeIDs[ref] }

func (a *article) placeEntity(b *builder, ref int, surface, ev string) string {
	p := a.x.lex.Places[ref]
	id := a.placeID(ref)
	if x := b.get(id); x != nil {
		if surface != x.Name && !slices.Contains(x.Aliases, surface) {
			x.Aliases = append(x.Aliases, surface)
		}
		return id
	}
	aliases := append([]string{surface}, p.Names[1:]...)
	b.entity(facts.Entity{ID: id, Type: facts.TypeLocation, Name: p.Names[0], Aliases: aliases, Country: strp(p.Country), Kind: p.Kind, Evidence: ev})
	return id
}

// placeAtomEntity adds the place of an atom: a listed one, or one the
// text names by its head word.
func (a *article) placeAtomEntity(b *builder, at *atom, surface, ev string) string {
	if at.pname == "" && at.ref >= 0 {
		return a.placeEntity(b, at.ref, surface, ev)
	}
	id := a.placeKey(at)
	if x := b.get(id); x != nil {
		if surface != x.Name && !slices.Contains(x.Aliases, surface) {
			x.Aliases = append(x.Aliases, surface)
		}
		return id
	}
	name := at.pname
	if at.ref < 0 {
		name = headPlaceName(at.pname)
	}
	var aliases []string
	for _, n := range []string{at.pname, surface} {
		if n != name && !slices.Contains(aliases, n) {
			aliases = append(aliases, n)
		}
	}
	kind := ""
	if at.ref >= 0 {
		kind = "city"
	}
	b.entity(facts.Entity{ID: id, Type: facts.TypeLocation, Name: name, Aliases: aliases, Country: strp(at.country), Kind: kind, Evidence: ev})
	return id
}

func (a *article) orgEntity(b *builder, o *orgRef) string {
	id, ok := b.orgIDs[o]
	if !ok {
		id = a.orgID(o) // the institutions no longer change: computed once
		b.orgIDs[o] = id
	}
	if x := b.get(id); x != nil {
		// known: only the way it is written here is new
		for _, sf := range []string{strings.TrimSpace(o.surface), o.abbr} {
			if sf != "" && sf != x.Name && !slices.Contains(x.Aliases, sf) {
				x.Aliases = append(x.Aliases, sf)
			}
		}
		if o.kind == okOrgan && o.parent != nil {
			a.orgEntity(b, o.parent)
		}
		return id
	}
	name, aliases := a.orgNames(o)
	var country *string
	switch {
	case o.kind == okNamed && o.ref >= 0:
		country = strp(a.x.lex.Named[o.ref].Country)
	case o.kind == okJoint:
		country = nil
	default:
		country = strp(o.resolved)
	}
	ev := ""
	if o.sent >= 0 && o.sent < len(a.sents) {
		ev = a.sents[o.sent].textOf(a.text)
	}
	b.entity(facts.Entity{ID: id, Type: facts.TypeOrganization, Name: name, Aliases: aliases, Country: country, Kind: orgKindName(a, o), Evidence: ev})
	if o.kind == okOrgan && o.parent != nil {
		pid := a.orgEntity(b, o.parent)
		b.rel(facts.Relation{Type: facts.RelPartOf, From: id, To: pid, Evidence: ev})
	}
	return id
}

// doc assembles the facts of the article.
func (a *article) doc() *facts.Doc {
	title := a.pg.Title
	hash := a.in.ContentHash // the same words as a.text, see Input
	if hash == "" {
		hash = facts.ContentHashNormal(title, a.text) // Extract made a.text valid NFC: no second check
	}
	d := &facts.Doc{Article: facts.Article{ID: facts.ArticleID(hash), ContentHash: hash, Source: a.in.Source, Title: title, Lang: a.lang}}
	if !a.pub.IsZero() {
		d.Article.Published = strp(a.pub.String())
	}
	b := newBuilder(len(a.orgs) + len(a.persons) + len(a.events) + len(a.agrees) + 4)
	// countries and places named in the text
	var atoms []*atom
	for _, s := range a.sents {
		ev := s.textOf(a.text)
		atoms = append(append(atoms[:0], s.atoms...), s.inner...)
		for _, at := range atoms {
			switch at.kind {
			case aCountry, aAdj:
				a.countryEntity(b, at.country, ev)
			case aPlace:
				a.placeAtomEntity(b, at, a.text[s.toks[at.s].Start:s.toks[at.e-1].End], ev)
			case aTitle, aDeleg, aHomologue:
				// "le vice-ministre vietnamien", "la délégation cambodgienne"
				if at.country != "" {
					a.countryEntity(b, at.country, ev)
				}
			}
		}
	}
	for _, o := range a.orgs {
		a.orgEntity(b, o)
		// "Assemblée nationale cambodgienne", "Quốc hội Việt Nam": the country is named too
		if o.kind != okNamed && o.surface != "" {
			for _, c := range []string{o.country, o.country2} {
				if c != "" && o.sent >= 0 && o.sent < len(a.sents) {
					a.countryEntity(b, c, a.sents[o.sent].textOf(a.text))
				}
			}
		}
	}
	for _, p := range a.persons {
		id := a.personID(p)
		b.entity(facts.Entity{ID: id, Type: facts.TypePerson, Name: p.name, Aliases: p.aliases, Country: strp(p.country), Evidence: p.evidence})
		for _, q := range p.positions {
			ev := a.sents[q.sent].textOf(a.text)
			to := ""
			switch {
			case q.org != nil:
				to = a.orgEntity(b, q.org)
			case q.state != "" && q.state != "?":
				to = a.countryEntity(b, q.state, ev)
			}
			if to != "" {
				b.rel(facts.Relation{Type: facts.RelHoldsPosition, From: id, To: to, Title: q.title, Evidence: ev})
			}
		}
	}
	for _, e := range a.events {
		if len(e.persons) == 0 {
			continue
		}
		var buf [8]string
		ids := buf[:0]
		for _, p := range e.persons {
			ids = append(ids, a.personID(p))
		}
		slices.Sort(ids) // the id does not depend on the order of the persons
		date := e.date.String()
		key := date
		if key == "" {
			key = "undated"
		}
		id := hashedID("event:"+key+":", ids...)
		name := strings.ReplaceAll(e.kind, "_", " ")
		if date != "" {
			name += " " + date
		}
		ev := ""
		if len(e.sents) > 0 {
			ev = a.sents[e.sents[0]].textOf(a.text)
		}
		b.entity(facts.Entity{ID: id, Type: facts.TypeEvent, Name: name, Kind: e.kind, Date: strp(date), Evidence: ev})
		for _, p := range e.persons {
			b.rel(facts.Relation{Type: facts.RelParticipatedIn, From: a.personID(p), To: id, Evidence: e.evidence[p]})
		}
		for _, pl := range e.places {
			b.rel(facts.Relation{Type: facts.RelHeldIn, From: id, To: a.placeKey(pl), Evidence: e.placeEv[pl]})
		}
	}
	for _, ag := range a.agrees {
		var buf [8]string
		parties := buf[:0]
		for _, c := range ag.parties {
			parties = append(parties, a.x.countryIDs[c])
			if parties[len(parties)-1] == "" {
				parties[len(parties)-1] = "country:" + c
			}
		}
		slices.Sort(parties)
		id := hashedID("agreement:"+ag.kind+":", append(parties, ag.date.String(), ag.key)...)
		b.entity(facts.Entity{ID: id, Type: facts.TypeAgreement, Name: strings.TrimSpace(ag.name), Aliases: ag.aliases, Kind: ag.kind, Date: strp(ag.date.String()), Evidence: ag.ev})
		for _, c := range ag.parties {
			if cid := a.countryEntity(b, c, ag.ev); cid != "" {
				b.rel(facts.Relation{Type: facts.RelPartyTo, From: cid, To: id, Evidence: ag.ev})
			}
		}
	}
	d.Entities = b.list
	if d.Entities == nil {
		d.Entities = []facts.Entity{}
	}
	for _, e := range d.Entities {
		slices.Sort(e.Aliases)
	}
	sortEntities(d.Entities)
	// the relations between entities of the Doc, filtered in place
	d.Relations = b.rlist[:0]
	if d.Relations == nil {
		d.Relations = []facts.Relation{}
	}
	for _, r := range b.rlist {
		if b.get(r.From) != nil && b.get(r.To) != nil {
			d.Relations = append(d.Relations, r)
		}
	}
	slices.SortFunc(d.Relations, func(x, y facts.Relation) int {
		if c := strings.Compare(x.Type, y.Type); c != 0 {
			return c
		}
		if c := strings.Compare(x.From, y.From); c != 0 {
			return c
		}
		if c := strings.Compare(x.To, y.To); c != 0 {
			return c
		}
		if c := strings.Compare(x.Title, y.Title); c != 0 {
			return c
		}
		return strings.Compare(x.Evidence, y.Evidence)
	})
	d.Problems = a.problems
	b.free()
	return d
}

// sortEntities sorts es by id (the ids are unique). It sorts their
// indices, then moves each entity once: an Entity is large, and the swaps
// of a sort, each with its write barriers, cost more than the compares.
func sortEntities(es []facts.Entity) {
	var buf [64]int32
	idx := buf[:0]
	for i := range es {
		idx = append(idx, int32(i))
	}
	slices.SortFunc(idx, func(i, j int32) int { return strings.Compare(es[i].ID, es[j].ID) })
	// idx[k] is the index of the entity that goes to k: follow each cycle
	for i := range idx {
		if idx[i] < 0 || idx[i] == int32(i) {
			continue
		}
		tmp := es[i]
		j := i
		for {
			k := int(idx[j])
			idx[j] = -1
			if k == i {
				es[j] = tmp
				break
			}
			es[j] = es[k]
			j = k
		}
	}
}

package lexicon

import (
	"embed"
	"errors"
	"fmt"
	"os"
	"path"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"

	"gopkg.in/yaml.v3"
)

//go:embed data/*.yaml
var embedded embed.FS

// ErrInvalid is wrapped by every error about the content of a lexicon file.
var ErrInvalid = errors.New("invalid lexicon data")

// Langs are phrase lists per language. Vietnamese phrases are matched with
// their accents, French and English ones without; Any phrases in every language.
type Langs struct {
	Any []string `yaml:"any"`
	En  []string `yaml:"en"`
	Fr  []string `yaml:"fr"`
	Vi  []string `yaml:"vi"`
}

// All returns every phrase with its language ("" for Any).
func (l Langs) All() []LangPhrase {
	var out []LangPhrase
	for _, p := range l.Any {
		out = append(out, LangPhrase{"", p})
	}
	for _, p := range l.En {
		out = append(out, LangPhrase{"en", p})
	}
	for _, p := range l.Fr {
		out = append(out, LangPhrase{"fr", p})
	}
	for _, p := range l.Vi {
		out = append(out, LangPhrase{"vi", p})
	}
	return out
}

// In returns the phrases of one language.
func (l Langs) In(lang string) []string {
	switch lang {
	case "en":
		return l.En
	case "fr":
		return l.Fr
	case "vi":
		return l.Vi
	}
	return l.Any
}

// First returns the first phrase in lang, else in English, else any.
func (l Langs) First(lang string) string {
	for _, ls := range [][]string{l.In(lang), l.En, l.Fr, l.Vi, l.Any} {
		if len(ls) > 0 {
			return ls[0]
		}
	}
	return ""
}

func (l Langs) empty() bool { return len(l.Any)+len(l.En)+len(l.Fr)+len(l.Vi) == 0 }

func (l *Langs) merge(o Langs) {
	l.Any = union(l.Any, o.Any)
	l.En = union(l.En, o.En)
	l.Fr = union(l.Fr, o.Fr)
	l.Vi = union(l.Vi, o.Vi)
}

// LangPhrase is one phrase of a Langs list.
type LangPhrase struct {
	Lang   string
	Phrase string
}

// Country is a country with its names and demonyms.
type Country struct {
	Code       string `yaml:"code"`
	Names      Langs  `yaml:"names"`
	Adjectives Langs  `yaml:"adjectives"`
}

// Name is the country's usual English name.
func (c Country) Name() string { return c.Names.First("en") }

// Place is a city, province or venue; Names[0] is canonical.
type Place struct {
	Country string   `yaml:"country"`
	Kind    string   `yaml:"kind"`
	Names   []string `yaml:"names"`
}

// NationalBody is a kind of body each country has one of (its legislature,
// its government...).
type NationalBody struct {
	Kind    string            `yaml:"kind"`
	Names   Langs             `yaml:"names"`
	Display map[string]string `yaml:"display"`
}

// NamedBody is an institution with a name of its own (a party, ASEAN, an agency).
type NamedBody struct {
	Key     string `yaml:"key"`
	Kind    string `yaml:"kind"`
	Country string `yaml:"country"`
	Names   Langs  `yaml:"names"`
}

// Organ is a part of another body (its office, secretariat, politburo...).
type Organ struct {
	Key string `yaml:"key"`
	// As names the organ whose id this one shares: another way of writing
	// it that implies a different parent ("Comité central du Parti").
	As            string `yaml:"as"`
	Names         Langs  `yaml:"names"`
	DefaultParent string `yaml:"default_parent"`
}

// Topic is the domain of a ministry or a joint committee.
type Topic struct {
	Key   string `yaml:"key"`
	Names Langs  `yaml:"names"`
}

// Ministries are the head words of ministries and their topics.
type Ministries struct {
	Heads  Langs   `yaml:"heads"`
	Topics []Topic `yaml:"topics"`
	// TopicWords are the words portfolios no list knows are made of
	// ("Migrant Workers Protection"): where a title's topic ends and the
	// holder's name begins.
	TopicWords Langs `yaml:"topic_words"`
}

// LocalBody is a kind of body of a province or city.
type LocalBody struct {
	Kind    string            `yaml:"kind"`
	Names   Langs             `yaml:"names"`
	Short   Langs             `yaml:"short"`
	Display map[string]string `yaml:"display"`
}

// Joint lists joint committees' head words and topics.
type Joint struct {
	Heads   Langs             `yaml:"heads"`
	Topics  []Topic           `yaml:"topics"`
	Display map[string]string `yaml:"display"`
}

// Embassies lists the head words of embassies.
type Embassies struct {
	Heads Langs `yaml:"heads"`
}

// BodyHead is one concept of head noun of bodies no list knows
// ("hospital": Hospital, Hôpital, Bệnh viện). A body named in any language
// by a head of the concept and the same proper name gets one id.
type BodyHead struct {
	Key   string `yaml:"key"`
	Names Langs  `yaml:"names"`
}

// Bodies are the head concepts of bodies no list knows, and the words of
// their names that are translated from one language to another ("Royal",
// "Trung ương"), so no part of the proper name that gives the id.
type Bodies struct {
	Heads  []BodyHead `yaml:"heads"`
	Common Langs      `yaml:"common"`
}

// Title is a title of office.
type Title struct {
	Key      string `yaml:"key"`
	Org      string `yaml:"org"`
	NeedsOrg bool   `yaml:"needs_org"`
	// Topic: the ministry topic the title names itself ("Ngoại trưởng",
	// "Foreign Secretary": the foreign minister)
	Topic string `yaml:"topic"`
	Names Langs  `yaml:"names"`
}

// Modifiers qualify titles ("acting", "permanent").
type Modifiers struct {
	Prefix Langs `yaml:"prefix"`
	Suffix Langs `yaml:"suffix"`
}

// EventKind lists the words that report one kind of event.
type EventKind struct {
	Kind  string `yaml:"kind"`
	Words Langs  `yaml:"words"`
}

// AgreementKind lists the words that name one kind of document.
type AgreementKind struct {
	Kind  string `yaml:"kind"`
	Words Langs  `yaml:"words"`
}

// Lexicon is the whole knowledge base. Treat it as read-only once loaded:
// extractors share it between goroutines.
type Lexicon struct {
	Countries    []Country
	Places       []Place
	National     []NationalBody
	Named        []NamedBody
	Organs       []Organ
	Ministries   Ministries
	Local        []LocalBody
	Joint        Joint
	Embassies    Embassies
	GenericHeads Langs
	Bodies       Bodies
	Titles       []Title
	Modifiers    Modifiers
	Ranks        Langs
	Honorifics   Langs
	Events       []EventKind
	EventExclude Langs
	Anaphoric    Langs
	Regards      Langs // after these words, people are greeted, not met
	Behalf       Langs // "on behalf of X": X is represented, not present
	Agreements   []AgreementKind
	DropPrefix   Langs
	VietSurnames []string
	KhmerSurname []string
	Stopwords    Langs
}

// file is the schema of one YAML file: every section is optional.
type file struct {
	Countries    []yaml.Node `yaml:"countries"`
	Places       []yaml.Node `yaml:"places"`
	National     []yaml.Node `yaml:"national"`
	Named        []yaml.Node `yaml:"named"`
	Organs       []yaml.Node `yaml:"organs"`
	Ministries   yaml.Node   `yaml:"ministries"`
	Local        []yaml.Node `yaml:"local"`
	Joint        yaml.Node   `yaml:"joint"`
	Embassies    yaml.Node   `yaml:"embassies"`
	GenericHeads yaml.Node   `yaml:"generic_heads"`
	Bodies       yaml.Node   `yaml:"bodies"`
	Titles       []yaml.Node `yaml:"titles"`
	Modifiers    yaml.Node   `yaml:"modifiers"`
	Ranks        yaml.Node   `yaml:"ranks"`
	Honorifics   yaml.Node   `yaml:"honorifics"`
	Events       []yaml.Node `yaml:"events"`
	Exclude      yaml.Node   `yaml:"exclude"`
	Anaphoric    yaml.Node   `yaml:"anaphoric"`
	Regards      yaml.Node   `yaml:"regards"`
	Behalf       yaml.Node   `yaml:"behalf"`
	Agreements   []yaml.Node `yaml:"agreements"`
	DropPrefix   yaml.Node   `yaml:"drop_prefix"`
	VietSurnames []string    `yaml:"vietnamese_surnames"`
	KhmerSurname []string    `yaml:"khmer_surnames"`
	Stopwords    yaml.Node   `yaml:"stopwords"`
}

var defaultLexicon = sync.OnceValues(func() (*Lexicon, error) {
	entries, err := embedded.ReadDir("data")
	if err != nil {
		return nil, fmt.Errorf("lexicon: embedded data: %w", err)
	}
	l := &Lexicon{}
	names := make([]string, 0, len(entries))
	for _, e := range entries {
		names = append(names, e.Name())
	}
	sort.Strings(names)
	for _, n := range names {
		b, err := embedded.ReadFile(path.Join("data", n))
		if err != nil {
			return nil, fmt.Errorf("lexicon: embedded %s: %w", n, err)
		}
		if err := l.add("data/"+n, b); err != nil {
			return nil, err
		}
	}
	if err := l.validate(); err != nil {
		return nil, err
	}
	return l, nil
})

// Default returns the embedded lexicon. It is parsed once; the same
// read-only value is returned to every caller.
func Default() (*Lexicon, error) { return defaultLexicon() }

// Load returns base (the embedded lexicon when base is nil) with the YAML
// files at paths merged on top: entries with a key already known (a
// country code, an institution key, a title key, an event kind...) get the
// new names added; other entries are added. base is not modified. Errors
// name the file and line.
func Load(base *Lexicon, paths ...string) (*Lexicon, error) {
	if base == nil {
		d, err := Default()
		if err != nil {
			return nil, err
		}
		base = d
	}
	l := base.clone()
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("lexicon: %w", err)
		}
		if err := l.add(p, b); err != nil {
			return nil, err
		}
	}
	if err := l.validate(); err != nil {
		return nil, err
	}
	return l, nil
}

// Parse is Load for data already in memory; name is used in errors.
func Parse(base *Lexicon, name string, data []byte) (*Lexicon, error) {
	if base == nil {
		d, err := Default()
		if err != nil {
			return nil, err
		}
		base = d
	}
	l := base.clone()
	if err := l.add(name, data); err != nil {
		return nil, err
	}
	if err := l.validate(); err != nil {
		return nil, err
	}
	return l, nil
}

func (l *Lexicon) clone() *Lexicon {
	c := *l
	c.Countries = slices.Clone(l.Countries)
	c.Places = slices.Clone(l.Places)
	c.National = slices.Clone(l.National)
	c.Named = slices.Clone(l.Named)
	c.Organs = slices.Clone(l.Organs)
	c.Ministries.Topics = slices.Clone(l.Ministries.Topics)
	c.Local = slices.Clone(l.Local)
	c.Joint.Topics = slices.Clone(l.Joint.Topics)
	c.Titles = slices.Clone(l.Titles)
	c.Bodies.Heads = slices.Clone(l.Bodies.Heads)
	c.Events = slices.Clone(l.Events)
	c.Agreements = slices.Clone(l.Agreements)
	c.VietSurnames = slices.Clone(l.VietSurnames)
	c.KhmerSurname = slices.Clone(l.KhmerSurname)
	return &c
}

func errAt(name string, line int, format string, args ...any) error {
	return fmt.Errorf("lexicon: %s:%d: %s: %w", name, line, fmt.Sprintf(format, args...), ErrInvalid)
}

// decodeStrict decodes n into v and rejects a field v's type does not have
// (a misspelt key would otherwise be dropped without a word). The keys are
// checked against the types' yaml tags on the parsed node: re-encoding each
// entry for yaml's own strict decoder made most of the lexicon's start-up.
func decodeStrict(name string, n *yaml.Node, v any) error {
	if err := knownFields(name, n, reflect.TypeOf(v)); err != nil {
		return err
	}
	if err := n.Decode(v); err != nil {
		return errAt(name, n.Line, "%v", err)
	}
	return nil
}

// knownFields checks that every key of the mappings in n names a field of t,
// all the way down.
func knownFields(name string, n *yaml.Node, t reflect.Type) error {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	switch t.Kind() {
	case reflect.Struct:
		if t == reflect.TypeOf(yaml.Node{}) || n.Kind != yaml.MappingNode {
			return nil // a node is kept as it is; a kind mismatch is Decode's to report
		}
		fields := yamlFields(t)
		for i := 0; i+1 < len(n.Content); i += 2 {
			k := n.Content[i]
			f, ok := fields[k.Value]
			if !ok {
				return errAt(name, k.Line, "field %s not found in type %s", k.Value, t)
			}
			if err := knownFields(name, n.Content[i+1], f); err != nil {
				return err
			}
		}
	case reflect.Slice, reflect.Array:
		if n.Kind == yaml.SequenceNode {
			for _, c := range n.Content {
				if err := knownFields(name, c, t.Elem()); err != nil {
					return err
				}
			}
		}
	case reflect.Map:
		if n.Kind == yaml.MappingNode {
			for i := 1; i < len(n.Content); i += 2 {
				if err := knownFields(name, n.Content[i], t.Elem()); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// fieldsOf caches yamlFields.
var fieldsOf sync.Map // reflect.Type -> map[string]reflect.Type

// yamlFields maps the yaml keys of struct type t to their fields' types.
func yamlFields(t reflect.Type) map[string]reflect.Type {
	if m, ok := fieldsOf.Load(t); ok {
		return m.(map[string]reflect.Type)
	}
	m := map[string]reflect.Type{}
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		key, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
		if key == "-" {
			continue
		}
		if key == "" {
			key = strings.ToLower(f.Name) // yaml.v3's default key
		}
		m[key] = f.Type
	}
	fieldsOf.Store(t, m)
	return m
}

var sections = []string{"countries", "places", "national", "named", "organs", "ministries", "local", "joint",
	"embassies", "generic_heads", "bodies", "titles", "modifiers", "ranks", "honorifics", "events", "exclude", "anaphoric", "regards", "behalf",
	"agreements", "drop_prefix", "vietnamese_surnames", "khmer_surnames", "stopwords"}

var codeRe = regexp.MustCompile(`^[A-Z]{2}$`)

func (l *Lexicon) add(name string, data []byte) error {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return fmt.Errorf("lexicon: %s: %v: %w", name, err, ErrInvalid)
	}
	if len(doc.Content) == 0 {
		return nil // empty file
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return errAt(name, root.Line, "the file must be a mapping of sections")
	}
	for i := 0; i+1 < len(root.Content); i += 2 {
		if k := root.Content[i]; !slices.Contains(sections, k.Value) {
			return errAt(name, k.Line, "unknown section %q (known: %s)", k.Value, strings.Join(sections, ", "))
		}
	}
	var f file
	if err := root.Decode(&f); err != nil {
		return fmt.Errorf("lexicon: %s: %v: %w", name, err, ErrInvalid)
	}
	seen := map[string]int{}
	dup := func(section, key string, line int) error {
		k := section + "\x00" + key
		if first, ok := seen[k]; ok {
			return errAt(name, line, "%s %q defined twice in this file (first at line %d)", section, key, first)
		}
		seen[k] = line
		return nil
	}
	for i := range f.Countries {
		n := &f.Countries[i]
		var c Country
		if err := decodeStrict(name, n, &c); err != nil {
			return err
		}
		if !codeRe.MatchString(c.Code) {
			return errAt(name, n.Line, "country code %q is not ISO 3166-1 alpha-2", c.Code)
		}
		if c.Names.empty() {
			return errAt(name, n.Line, "country %s has no names", c.Code)
		}
		if err := dup("country", c.Code, n.Line); err != nil {
			return err
		}
		if j := slices.IndexFunc(l.Countries, func(x Country) bool { return x.Code == c.Code }); j >= 0 {
			l.Countries[j].Names.merge(c.Names)
			l.Countries[j].Adjectives.merge(c.Adjectives)
		} else {
			l.Countries = append(l.Countries, c)
		}
	}
	// where each known place is, by key: a scan per place is quadratic in a gazetteer
	placeAt := make(map[string]int, len(l.Places)+len(f.Places))
	for j, x := range l.Places {
		placeAt[x.Country+":"+strings.ToLower(x.Names[0])] = j
	}
	for i := range f.Places {
		n := &f.Places[i]
		var p Place
		if err := decodeStrict(name, n, &p); err != nil {
			return err
		}
		if len(p.Names) == 0 || strings.TrimSpace(p.Names[0]) == "" {
			return errAt(name, n.Line, "place has no name")
		}
		if p.Country == "" {
			return errAt(name, n.Line, "place %q has no country", p.Names[0])
		}
		if _, ok := l.CountryByCode(p.Country); !ok {
			return errAt(name, n.Line, "place %q: unknown country code %q", p.Names[0], p.Country)
		}
		key := p.Country + ":" + strings.ToLower(p.Names[0])
		if err := dup("place", key, n.Line); err != nil {
			return err
		}
		if j, ok := placeAt[key]; ok {
			l.Places[j].Names = union(l.Places[j].Names, p.Names)
		} else {
			placeAt[key] = len(l.Places)
			l.Places = append(l.Places, p)
		}
	}
	for i := range f.National {
		n := &f.National[i]
		var b NationalBody
		if err := decodeStrict(name, n, &b); err != nil {
			return err
		}
		if b.Kind == "" || b.Names.empty() {
			return errAt(name, n.Line, "national body needs a kind and names")
		}
		if err := dup("national", b.Kind, n.Line); err != nil {
			return err
		}
		if j := slices.IndexFunc(l.National, func(x NationalBody) bool { return x.Kind == b.Kind }); j >= 0 {
			l.National[j].Names.merge(b.Names)
		} else {
			l.National = append(l.National, b)
		}
	}
	for i := range f.Named {
		n := &f.Named[i]
		var b NamedBody
		if err := decodeStrict(name, n, &b); err != nil {
			return err
		}
		if b.Key == "" || b.Names.empty() {
			return errAt(name, n.Line, "named institution needs a key and names")
		}
		if _, ok := l.CountryByCode(b.Country); b.Country != "" && !ok {
			return errAt(name, n.Line, "institution %q: unknown country code %q", b.Key, b.Country)
		}
		if err := dup("named", b.Key, n.Line); err != nil {
			return err
		}
		if j := slices.IndexFunc(l.Named, func(x NamedBody) bool { return x.Key == b.Key }); j >= 0 {
			l.Named[j].Names.merge(b.Names)
		} else {
			l.Named = append(l.Named, b)
		}
	}
	return l.addRest(name, &f, dup)
}

package lexicon

import (
	"fmt"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"
)

func union(a, b []string) []string {
	out := slices.Clone(a)
	for _, s := range b {
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

func (l *Lexicon) addRest(name string, f *file, dup func(section, key string, line int) error) error {
	for i := range f.Organs {
		n := &f.Organs[i]
		var o Organ
		if err := decodeStrict(name, n, &o); err != nil {
			return err
		}
		if o.Key == "" || o.Names.empty() {
			return errAt(name, n.Line, "organ needs a key and names")
		}
		if err := dup("organ", o.Key, n.Line); err != nil {
			return err
		}
		if j := slices.IndexFunc(l.Organs, func(x Organ) bool { return x.Key == o.Key }); j >= 0 {
			l.Organs[j].Names.merge(o.Names)
		} else {
			l.Organs = append(l.Organs, o)
		}
	}
	if f.Ministries.Kind != 0 {
		var m Ministries
		if err := decodeStrict(name, &f.Ministries, &m); err != nil {
			return err
		}
		l.Ministries.Heads.merge(m.Heads)
		l.Ministries.TopicWords.merge(m.TopicWords)
		var err error
		if l.Ministries.Topics, err = mergeTopics(name, f.Ministries.Line, l.Ministries.Topics, m.Topics); err != nil {
			return err
		}
	}
	for i := range f.Local {
		n := &f.Local[i]
		var b LocalBody
		if err := decodeStrict(name, n, &b); err != nil {
			return err
		}
		if b.Kind == "" || b.Names.empty() {
			return errAt(name, n.Line, "local body needs a kind and names")
		}
		if err := dup("local", b.Kind, n.Line); err != nil {
			return err
		}
		if j := slices.IndexFunc(l.Local, func(x LocalBody) bool { return x.Kind == b.Kind }); j >= 0 {
			l.Local[j].Names.merge(b.Names)
			l.Local[j].Short.merge(b.Short)
		} else {
			l.Local = append(l.Local, b)
		}
	}
	if f.Joint.Kind != 0 {
		var j Joint
		if err := decodeStrict(name, &f.Joint, &j); err != nil {
			return err
		}
		l.Joint.Heads.merge(j.Heads)
		if l.Joint.Display == nil {
			l.Joint.Display = j.Display
		}
		var err error
		if l.Joint.Topics, err = mergeTopics(name, f.Joint.Line, l.Joint.Topics, j.Topics); err != nil {
			return err
		}
	}
	if f.Embassies.Kind != 0 {
		var e Embassies
		if err := decodeStrict(name, &f.Embassies, &e); err != nil {
			return err
		}
		l.Embassies.Heads.merge(e.Heads)
	}
	if f.Bodies.Kind != 0 {
		if err := l.addBodies(name, &f.Bodies); err != nil {
			return err
		}
	}
	langs := []struct {
		n   *yaml.Node
		dst *Langs
	}{
		{&f.GenericHeads, &l.GenericHeads}, {&f.Ranks, &l.Ranks}, {&f.Honorifics, &l.Honorifics},
		{&f.Exclude, &l.EventExclude}, {&f.Anaphoric, &l.Anaphoric}, {&f.DropPrefix, &l.DropPrefix},
		{&f.Regards, &l.Regards}, {&f.Behalf, &l.Behalf},
		{&f.Stopwords, &l.Stopwords},
	}
	for _, x := range langs {
		if x.n.Kind == 0 {
			continue
		}
		var v Langs
		if err := decodeStrict(name, x.n, &v); err != nil {
			return err
		}
		x.dst.merge(v)
	}
	if f.Modifiers.Kind != 0 {
		var m Modifiers
		if err := decodeStrict(name, &f.Modifiers, &m); err != nil {
			return err
		}
		l.Modifiers.Prefix.merge(m.Prefix)
		l.Modifiers.Suffix.merge(m.Suffix)
	}
	for i := range f.Titles {
		n := &f.Titles[i]
		var t Title
		if err := decodeStrict(name, n, &t); err != nil {
			return err
		}
		if t.Key == "" || t.Names.empty() {
			return errAt(name, n.Line, "title needs a key and names")
		}
		switch t.Org {
		case "", "government", "ministry", "party", "state", "embassy", "legislature", "senate", "state-audit", "procuracy", "supreme-court", "central-bank":
		default:
			return errAt(name, n.Line, "title %q: unknown org kind %q (government, ministry, party, state, embassy, legislature, senate, state-audit, procuracy, supreme-court, central-bank)", t.Key, t.Org)
		}
		if err := dup("title", t.Key, n.Line); err != nil {
			return err
		}
		if j := slices.IndexFunc(l.Titles, func(x Title) bool { return x.Key == t.Key }); j >= 0 {
			l.Titles[j].Names.merge(t.Names)
		} else {
			l.Titles = append(l.Titles, t)
		}
	}
	for i := range f.Events {
		n := &f.Events[i]
		var e EventKind
		if err := decodeStrict(name, n, &e); err != nil {
			return err
		}
		if !slices.Contains(EventKinds, e.Kind) {
			return errAt(name, n.Line, "unknown event kind %q (one of %s)", e.Kind, strings.Join(EventKinds, ", "))
		}
		if err := dup("event", e.Kind, n.Line); err != nil {
			return err
		}
		if j := slices.IndexFunc(l.Events, func(x EventKind) bool { return x.Kind == e.Kind }); j >= 0 {
			l.Events[j].Words.merge(e.Words)
		} else {
			l.Events = append(l.Events, e)
		}
	}
	for i := range f.Agreements {
		n := &f.Agreements[i]
		var a AgreementKind
		if err := decodeStrict(name, n, &a); err != nil {
			return err
		}
		if a.Kind == "" || a.Words.empty() {
			return errAt(name, n.Line, "agreement kind needs a kind and words")
		}
		if err := dup("agreement", a.Kind, n.Line); err != nil {
			return err
		}
		if j := slices.IndexFunc(l.Agreements, func(x AgreementKind) bool { return x.Kind == a.Kind }); j >= 0 {
			l.Agreements[j].Words.merge(a.Words)
		} else {
			l.Agreements = append(l.Agreements, a)
		}
	}
	l.VietSurnames = union(l.VietSurnames, f.VietSurnames)
	l.KhmerSurname = union(l.KhmerSurname, f.KhmerSurname)
	return nil
}

func mergeTopics(name string, line int, dst, src []Topic) ([]Topic, error) {
	seen := map[string]bool{}
	for _, t := range src {
		if t.Key == "" || t.Names.empty() {
			return nil, errAt(name, line, "topic needs a key and names")
		}
		if seen[t.Key] {
			return nil, errAt(name, line, "topic %q defined twice in this file", t.Key)
		}
		seen[t.Key] = true
		if j := slices.IndexFunc(dst, func(x Topic) bool { return x.Key == t.Key }); j >= 0 {
			dst[j].Names.merge(t.Names)
		} else {
			dst = append(dst, t)
		}
	}
	return dst, nil
}

// EventKinds is the closed list of event kinds.
var EventKinds = []string{"meeting", "talks", "phone_call", "visit", "reception", "working_session", "signing", "credentials", "conference"}

// validate checks what spans files: organ parents exist. (Country codes are
// checked as each file is read, so the error can name the file and line.)
func (l *Lexicon) validate() error {
	named := map[string]bool{"party": true}
	for _, n := range l.National {
		named[n.Kind] = true
	}
	for _, n := range l.Named {
		named[n.Key] = true
	}
	for _, o := range l.Organs {
		if o.DefaultParent != "" && !named[o.DefaultParent] {
			return fmt.Errorf("lexicon: organ %q: unknown default_parent %q: %w", o.Key, o.DefaultParent, ErrInvalid)
		}
	}
	return nil
}

// CountryByCode returns the country with that code.
func (l *Lexicon) CountryByCode(code string) (Country, bool) {
	for _, c := range l.Countries {
		if c.Code == code {
			return c, true
		}
	}
	return Country{}, false
}

// addBodies merges a bodies section: heads by key, common words.
func (l *Lexicon) addBodies(name string, n *yaml.Node) error {
	var b Bodies
	if err := decodeStrict(name, n, &b); err != nil {
		return err
	}
	seen := map[string]bool{}
	for _, h := range b.Heads {
		if h.Key == "" || h.Names.empty() {
			return errAt(name, n.Line, "body head needs a key and names")
		}
		if seen[h.Key] {
			return errAt(name, n.Line, "body head %q defined twice in this file", h.Key)
		}
		seen[h.Key] = true
		if j := slices.IndexFunc(l.Bodies.Heads, func(x BodyHead) bool { return x.Key == h.Key }); j >= 0 {
			l.Bodies.Heads[j].Names.merge(h.Names)
		} else {
			l.Bodies.Heads = append(l.Bodies.Heads, h)
		}
	}
	l.Bodies.Common.merge(b.Common)
	return nil
}

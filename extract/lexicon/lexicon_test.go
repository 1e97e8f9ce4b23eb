package lexicon

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyadgraph/dyad/extract/fold"
	"gopkg.in/yaml.v3"
)

func TestDefaultLoads(t *testing.T) {
	l, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if len(l.Countries) < 40 {
		t.Errorf("only %d countries, want at least 40", len(l.Countries))
	}
	for _, code := range []string{"VN", "KH", "LA", "CN", "JP", "KR", "US", "RU", "FR", "IN", "AU", "MN", "CU", "TH"} {
		if _, ok := l.CountryByCode(code); !ok {
			t.Errorf("country %s missing", code)
		}
	}
	for name, n := range map[string]int{"places": len(l.Places), "national": len(l.National), "named": len(l.Named),
		"organs": len(l.Organs), "topics": len(l.Ministries.Topics), "titles": len(l.Titles), "events": len(l.Events),
		"agreements": len(l.Agreements), "surnames": len(l.VietSurnames)} {
		if n == 0 {
			t.Errorf("no %s in the embedded data", name)
		}
	}
	again, _ := Default()
	if again != l {
		t.Error("Default parsed twice")
	}
}

func TestLoadMerges(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "extra.yaml")
	data := `countries:
  - code: KH
    names: {en: [Kampuchea Krom test]}
places:
  - {country: KH, kind: city, names: [Kampong Test Town]}
named:
  - {key: test-agency, kind: media, country: LA, names: {en: [Test Agency]}}
`
	if err := os.WriteFile(p, []byte(data), 0o600); err != nil {
		t.Fatal(err)
	}
	base, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	l, err := Load(nil, p)
	if err != nil {
		t.Fatal(err)
	}
	kh, _ := l.CountryByCode("KH")
	if !strings.Contains(strings.Join(kh.Names.En, "|"), "Kampuchea Krom test") || !strings.Contains(strings.Join(kh.Names.Fr, "|"), "Cambodge") {
		t.Errorf("KH names not merged: %+v", kh.Names)
	}
	if len(l.Places) != len(base.Places)+1 || len(l.Named) != len(base.Named)+1 {
		t.Errorf("entries not added: %d places, %d named", len(l.Places), len(l.Named))
	}
	bkh, _ := base.CountryByCode("KH")
	if strings.Contains(strings.Join(bkh.Names.En, "|"), "test") {
		t.Error("Load modified its base")
	}
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name, data, want string
	}{
		{"bad code", "countries:\n  - code: Vietnam\n    names: {en: [X]}\n", "x.yaml:2"},
		{"unknown country", "places:\n  - {country: ZZ, kind: city, names: [Atlantis]}\n", `unknown country code "ZZ"`},
		{"duplicate in file", "titles:\n  - {key: t1, names: {en: [A]}}\n  - {key: t1, names: {en: [B]}}\n", "x.yaml:3"},
		{"unknown field", "titles:\n  - {key: t1, nmes: {en: [A]}}\n", "x.yaml:2"},
		{"unknown field in a nested mapping", "titles:\n  - key: t1\n    names:\n      en: [A]\n      de: [B]\n", "x.yaml:5: field de not found"},
		{"unknown field of a place", "places:\n  - {country: VN, kind: city, names: [Atlantis], nmae: x}\n", "field nmae not found"},
		{"a field of the wrong kind", "places:\n  - {country: VN, kind: city, names: Atlantis Town}\n", "x.yaml:2"},
		{"unknown section", "titels: []\n", "x.yaml"},
		{"bad event kind", "events:\n  - {kind: party, words: {en: [party]}}\n", `unknown event kind "party"`},
		{"bad title org", "titles:\n  - {key: t2, org: church, names: {en: [Pope]}}\n", `unknown org kind "church"`},
		{"no names", "named:\n  - {key: nobody, kind: media}\n", "x.yaml:2"},
		{"not yaml", "countries: [\n", "x.yaml"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse(nil, "x.yaml", []byte(tt.data))
			if err == nil {
				t.Fatal("no error")
			}
			if !errors.Is(err, ErrInvalid) {
				t.Errorf("error %v does not wrap ErrInvalid", err)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q does not say %q", err, tt.want)
			}
		})
	}
	if _, err := Load(nil, filepath.Join(t.TempDir(), "missing.yaml")); err == nil || !strings.Contains(err.Error(), "missing.yaml") {
		t.Errorf("missing file: %v", err)
	}
}

// TestBodiesMerge: a user's bodies section adds names to a known head
// concept and new concepts, and keeps the embedded ones.
func TestBodiesMerge(t *testing.T) {
	base, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	data := "bodies:\n  heads:\n    - key: hospital\n      names: {en: [Infirmary]}\n    - key: museum\n      names: {en: [Museum], fr: [Musée], vi: [Bảo tàng]}\n  common:\n    en: [Memorial]\n"
	l, err := Parse(base, "extra.yaml", []byte(data))
	if err != nil {
		t.Fatal(err)
	}
	heads := map[string][]string{}
	for _, h := range l.Bodies.Heads {
		heads[h.Key] = h.Names.En
	}
	if en := heads["hospital"]; len(en) < 2 || en[len(en)-1] != "Infirmary" || en[0] != "Hospital" {
		t.Errorf("hospital heads %v: want the embedded ones and Infirmary", en)
	}
	if len(heads["museum"]) != 1 {
		t.Errorf("museum not added: %v", heads)
	}
	if len(base.Bodies.Heads) == len(l.Bodies.Heads) {
		t.Error("the base lexicon was modified or nothing was added")
	}
	bad := "bodies:\n  heads:\n    - key: museum\n"
	if _, err := Parse(base, "bad.yaml", []byte(bad)); !errors.Is(err, ErrInvalid) {
		t.Errorf("a head without names: %v, want ErrInvalid", err)
	}
}

// TestPlacesUnambiguous: each place has one entry over all the embedded
// files (a second entry with the same id would be merged silently, or make
// two entities of one place), no name points at two places, and no place is
// named like a country, except a city-state's capital ("Singapore").
func TestPlacesUnambiguous(t *testing.T) {
	l, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	entries, err := embedded.ReadDir("data")
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]string{} // place id -> the file that defines it
	for _, e := range entries {
		b, err := embedded.ReadFile("data/" + e.Name())
		if err != nil {
			t.Fatal(err)
		}
		var f struct {
			Places []Place `yaml:"places"`
		}
		if err := yaml.Unmarshal(b, &f); err != nil {
			t.Fatal(err)
		}
		for _, p := range f.Places {
			id := "loc:" + p.Country + ":" + fold.Key(p.Names[0])
			if other, ok := ids[id]; ok {
				t.Errorf("%s: place %s defined again (first in %s)", e.Name(), id, other)
			}
			ids[id] = e.Name()
		}
	}
	countries := map[string]string{} // folded name -> code
	for _, c := range l.Countries {
		for _, n := range c.Names.All() {
			countries[fold.Key(n.Phrase)] = c.Code
		}
	}
	names := map[string]string{} // folded name -> the place's first name
	for _, p := range l.Places {
		for _, n := range p.Names {
			k := fold.Key(n)
			if other, ok := names[k]; ok && other != p.Names[0] {
				t.Errorf("%q names both %s and %s", n, other, p.Names[0])
			}
			names[k] = p.Names[0]
			if cc, ok := countries[k]; ok && (cc != p.Country || p.Kind != "capital") {
				t.Errorf("place %q (%s) is named like the country %s", n, p.Country, cc)
			}
		}
	}
}

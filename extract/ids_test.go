package extract

import (
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dyadgraph/dyad/facts"
)

func idsOf(d *facts.Doc, typ string) []string {
	var out []string
	for _, e := range d.Entities {
		if e.Type == typ {
			out = append(out, e.ID)
		}
	}
	return out
}

// TestCanonicalIDs: the same thing gets the same id whatever the language,
// the spelling and the honorifics.
func TestCanonicalIDs(t *testing.T) {
	x := newTestExtractor(t)
	tests := []struct {
		name  string
		typ   string
		want  string
		texts map[string]string // lang -> text
	}{
		{"person with honorifics", facts.TypePerson, "person:hunsen:KH", map[string]string{
			"fr": "Le président du Sénat cambodgien, Samdech Techo Hun Sèn, a reçu le 3 mai l'ambassadeur.",
			"en": "Cambodian Senate President Samdech Akka Moha Sena Padei Techo Hun Sen on May 3 received the ambassador.",
			"vi": "Chủ tịch Thượng viện Campuchia Samdech Hun Sen ngày 3/5 đã tiếp Đại sứ.",
		}},
		{"Vietnamese name with and without accents", facts.TypePerson, "person:bui-thanh-son:VN", map[string]string{
			"fr": "Le ministre des Affaires étrangères Bùi Thanh Son a rencontré le 3 mai son homologue.",
			"en": "Foreign Minister Bui Thanh Son met his counterpart on May 3.",
			"vi": "Bộ trưởng Ngoại giao Bùi Thanh Sơn đã gặp người đồng cấp ngày 3/5.",
		}},
		{"legislature in three languages", facts.TypeOrganization, "org:legislature:VN", map[string]string{
			"fr": "L'Assemblée nationale du Vietnam a adopté la loi.",
			"en": "The National Assembly of Vietnam adopted the law.",
			"vi": "Quốc hội Việt Nam đã thông qua luật.",
		}},
		{"ministry by topic and demonym", facts.TypeOrganization, "org:ministry:foreign-affairs:LA", map[string]string{
			"fr": "Le ministère lao des Affaires étrangères a publié un communiqué.",
			"en": "The Lao Ministry of Foreign Affairs issued a statement.",
			"vi": "Bộ Ngoại giao Lào đã ra thông cáo.",
		}},
		{"capital city", facts.TypeLocation, "loc:VN:hanoi", map[string]string{
			"fr": "La réunion s'est tenue à Hanoï.",
			"en": "The meeting was held in Ha Noi.",
			"vi": "Cuộc họp diễn ra tại Hà Nội.",
		}},
		{"country by name or demonym", facts.TypeCountry, "country:KH", map[string]string{
			"fr": "La délégation cambodgienne est arrivée.",
			"en": "The Kingdom of Cambodia welcomed the plan.",
			"vi": "Vương quốc Campuchia hoan nghênh kế hoạch.",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for lang, text := range tt.texts {
				d := x.Extract(Input{Source: lang, Text: text, Lang: lang})
				if got := idsOf(d, tt.typ); !slices.Contains(got, tt.want) {
					t.Errorf("%s: %s ids %q, want %s", lang, tt.typ, got, tt.want)
				}
			}
		})
	}
	// the same meeting reported in two languages is one event
	fr := x.Extract(Input{Source: "fr", Lang: "fr", Published: "2024-05-04",
		Text: "Le ministre vietnamien de la Défense Phan Van Giang a reçu le 3 mai son homologue lao Chansamone Chanyalath."})
	en := x.Extract(Input{Source: "en", Lang: "en", Published: "2024-05-04",
		Text: "Vietnamese Defence Minister Phan Van Giang received his Lao counterpart Chansamone Chanyalath on May 3."})
	fe, ee := idsOf(fr, facts.TypeEvent), idsOf(en, facts.TypeEvent)
	if len(fe) != 1 || len(ee) != 1 || fe[0] != ee[0] {
		t.Errorf("event ids differ: fr %q, en %q", fe, ee)
	}
	// error cases: different people or places get different ids
	a := x.Extract(Input{Source: "a", Lang: "en", Text: "Foreign Minister Bui Thanh Son met Deputy Minister Bui Thanh Hung on May 3."})
	if ps := idsOf(a, facts.TypePerson); len(ps) != 2 {
		t.Errorf("two people merged or lost: %q", ps)
	}
	b := x.Extract(Input{Source: "b", Lang: "fr", Text: "L'Assemblée nationale du Vietnam et l'Assemblée nationale du Laos ont signé un accord de coopération."})
	if os := idsOf(b, facts.TypeOrganization); !slices.Contains(os, "org:legislature:VN") || !slices.Contains(os, "org:legislature:LA") {
		t.Errorf("two legislatures: %q", os)
	}
}

// A content hash handed in (as ingest does) gives the Doc extracting
// without it gives, and a wrong one is never used where the extractor's
// own hash would differ.
func TestInputContentHash(t *testing.T) {
	x := newTestExtractor(t)
	seeds, extra := articleFiles(t)
	var ins []Input
	for _, f := range append(seeds, extra...) {
		text, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		ins = append(ins, Input{Source: f, Text: string(text), Title: " A headline given\u00a0"}, Input{Source: f, Text: string(text)})
	}
	ins = append(ins, Input{Title: "Invalid", Text: "Hà Nội \xff (VNA) - Le ministre a reçu son homologue."},
		Input{Title: "Long", Text: strings.Repeat("Le ministre a reçu son homologue. ", MaxTextBytes/30)})
	for _, in := range ins {
		want, err := json.Marshal(x.Extract(in))
		if err != nil {
			t.Fatal(err)
		}
		in.ContentHash = facts.ContentHash(in.Title, in.Text)
		if got, _ := json.Marshal(x.Extract(in)); string(got) != string(want) {
			t.Errorf("%s (title %q): the Doc differs with the hash handed in", in.Source, in.Title)
		}
		in.ContentHash = "wrong"
		changed := strings.TrimSpace(in.Title) == "" || !utf8.ValidString(in.Text) || len(in.Text) > MaxTextBytes
		if d := x.Extract(in); d.Article.ContentHash == "wrong" && changed {
			t.Errorf("%s (title %q): a hash handed in used for other words", in.Source, in.Title)
		}
	}
}

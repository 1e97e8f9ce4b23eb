package extract

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/dyadgraph/dyad/facts"
)

// FuzzExtract: any input gives a valid Doc that marshals to JSON, without panic.
func FuzzExtract(f *testing.F) {
	seeds, extra := articleFiles(f)
	for _, p := range append(seeds, extra...)[:4] {
		b, _ := os.ReadFile(p)
		f.Add(string(b), "", "")
	}
	f.Add("", "", "")
	f.Add("Le secrétaire général de l'AN (AN) X Y, et son homologue (", "fr", "2023-12")
	f.Add("Chủ tịch Quốc hội Campuchia Samdech ,,, ;; Bộ trưởng Bộ", "vi", "--02-30")
	f.Add("\xff\xfe bad utf8 Prime Minister", "en", "not a date")
	f.Add("Karen L. Whitfield, U.S. Ambassador, and Lula da Silva met in Dong Ha city. The Vietnam – Laos Joint Trade Committee (JTC), which took effect in 2020,", "en", "")
	f.Add("Hôm qua (7/11), tại thành phố Tây Ninh, Đoàn đại biểu Lào do ông X, Chủ tịch Ủy ban dẫn đầu. Dưới sự chứng kiến của hai bên,", "vi", "")
	f.Add("L'Agence japonaise de coopération (JICA) au Vietnam (CCIFV) et la traite, parc industriel de Dông Mai. Le 9 mars, il", "fr", "")
	x, err := New(Options{})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text, lang, published string) {
		d := x.Extract(Input{Source: "fuzz", Text: text, Lang: lang, Published: published})
		if d == nil {
			t.Fatal("nil Doc")
		}
		if err := d.Validate(); err != nil {
			t.Fatalf("invalid Doc: %v", err)
		}
		for _, p := range d.Problems {
			if strings.HasPrefix(p, "internal error") {
				t.Fatalf("a rule panicked: %s", p)
			}
		}
		b, err := json.Marshal(d)
		if err != nil {
			t.Fatal(err)
		}
		var back facts.Doc
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("output is not valid JSON: %v", err)
		}
	})
}

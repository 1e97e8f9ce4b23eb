package extract

import (
	"strings"
	"testing"
	"time"
)

// TestStress: long adversarial texts are extracted in bounded time.
func TestStress(t *testing.T) {
	x := newTestExtractor(t)
	cases := map[string]string{
		"one long sentence":          strings.Repeat("le secrétaire général de l'Assemblée nationale Nguyen Van An, ", 4000),
		"capitalised words":          strings.Repeat("Hun Sen Samdech Techo Bui Van Cuong Quốc hội ", 5000),
		"many events and names":      strings.Repeat("Le ministre Tran Van Binh a rencontré le 3 mai son homologue cambodgien Sok Chea. ", 3000),
		"many institutions":          strings.Repeat("Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam, Văn phòng Quốc hội, Bộ Ngoại giao, ", 4000),
		"punctuation":                strings.Repeat(",;(-)'\"«»–", 20000),
		"embassies, clauses, places": strings.Repeat("L'ambassade du Japon, qui a ouvert en 2020, et l'ambassade du Japon au Cambodge, Karen L. Whitfield, Lula da Silva, le parc industriel de Dông Mai, ", 3000),
		"one-word references":        strings.Repeat("Minister Somchai Rattanaporn and Somchai met Ambassador Karen Whitfield and Whitfield. ", 3000),
	}
	for name, text := range cases {
		t.Run(name, func(t *testing.T) {
			start := time.Now()
			d := x.Extract(Input{Source: name, Text: text})
			if err := d.Validate(); err != nil {
				t.Fatal(err)
			}
			if el := time.Since(start); el > 20*time.Second {
				t.Errorf("%d bytes took %v", len(text), el)
			} else {
				t.Logf("%d bytes: %v", len(text), el)
			}
		})
	}
}

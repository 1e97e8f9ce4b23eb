package extract

import (
	"strings"
	"testing"
	"time"
)

// TestStress: long adversarial texts are extracted into valid documents.
// BenchmarkStress times them.
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
			// A hang or a blow-up shows as the suite's -timeout; the time is
			// logged, never asserted (the machine may be busy).
			start := time.Now()
			d := x.Extract(Input{Source: name, Text: text})
			if err := d.Validate(); err != nil {
				t.Fatal(err)
			}
			t.Logf("%d bytes: %v", len(text), time.Since(start))
		})
	}
}

// BenchmarkStress times the adversarial texts of TestStress, the longest
// first, so a rule that turns quadratic shows here.
func BenchmarkStress(b *testing.B) {
	x := newTestExtractor(b)
	text := strings.Repeat("Hun Sen Samdech Techo Bui Van Cuong Quốc hội ", 5000)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		x.Extract(Input{Source: "stress", Text: text})
	}
}

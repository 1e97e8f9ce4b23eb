package extract

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/dyadgraph/dyad/facts"
)

// sortEntities must order as a plain sort by id does, whatever the cycles
// of the permutation (and past the 64 indices kept on the stack).
func TestSortEntities(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{0, 1, 2, 3, 12, 13, 64, 65, 200} {
		for range 20 {
			es := make([]facts.Entity, n)
			for i := range es {
				es[i] = facts.Entity{ID: fmt.Sprintf("e%03d", i), Name: fmt.Sprint(i)}
			}
			r.Shuffle(n, func(i, j int) { es[i], es[j] = es[j], es[i] })
			want := slices.Clone(es)
			slices.SortFunc(want, func(x, y facts.Entity) int { return strings.Compare(x.ID, y.ID) })
			sortEntities(es)
			for i := range es {
				if es[i].ID != want[i].ID || es[i].Name != want[i].Name {
					t.Fatalf("n=%d: at %d got %s, want %s", n, i, es[i].ID, want[i].ID)
				}
			}
		}
	}
}

package extract

import "testing"

// The filter in front of each trie must let every first word through.
func TestFirstWords(t *testing.T) {
	x := newTestExtractor(t)
	for lang, tr := range x.tries {
		for root := range tr.roots {
			for w := range tr.roots[root] {
				if !tr.first[root].has(w) {
					t.Errorf("trie %q: first word %q rejected", lang, w)
				}
			}
			passed := 0
			for _, w := range []string{"zzqx", "onomatopoeia", "xylophone", "quux", "abcdefgh"} {
				if _, ok := tr.roots[root][w]; !ok && tr.first[root].has(w) {
					passed++
				}
			}
			if passed == 5 {
				t.Errorf("trie %q: the filter rejects nothing", lang)
			}
		}
	}
}

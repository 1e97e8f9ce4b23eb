package extract

import "testing"

// The filter in front of each trie must let every first word through.
func TestFirstWords(t *testing.T) {
	x := newTestExtractor(t)
	for lang, tr := range x.tries {
		for _, c := range []struct {
			root  *node
			first *firstWords
		}{{&tr.fold, &tr.foldFirst}, {&tr.exact, &tr.exactFirst}} {
			passed := 0
			for w := range c.root.next {
				if !c.first.has(w) {
					t.Errorf("trie %q: first word %q rejected", lang, w)
				}
			}
			for _, w := range []string{"zzqx", "onomatopoeia", "xylophone", "quux", "abcdefgh"} {
				if c.root.next[w] == nil && c.first.has(w) {
					passed++
				}
			}
			if passed == 5 {
				t.Errorf("trie %q: the filter rejects nothing", lang)
			}
		}
	}
}

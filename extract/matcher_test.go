package extract

import "testing"

// The filter in front of each trie must let every first word through, and
// the table behind it find each.
func TestFirstWords(t *testing.T) {
	x := newTestExtractor(t)
	for lang, tr := range x.tries {
		for root := range tr.rootTabs {
			tab := &tr.rootTabs[root]
			found := 0
			for _, sl := range tab.slots {
				if sl.node < 0 {
					continue
				}
				found++
				w := tr.words[sl.off:sl.end]
				if !tr.first[root].has(hashWord(w)) {
					t.Errorf("trie %q: first word %q rejected", lang, w)
				}
				if n := tab.get(tr.words, w, hashWord(w)); n != sl.node {
					t.Errorf("trie %q: first word %q: node %d, want %d", lang, w, n, sl.node)
				}
			}
			if found != tab.n {
				t.Errorf("trie %q: %d words in the table, want %d", lang, found, tab.n)
			}
			passed := 0
			for _, w := range []string{"zzqx", "onomatopoeia", "xylophone", "quux", "abcdefgh"} {
				if tab.get(tr.words, w, hashWord(w)) < 0 && tr.first[root].has(hashWord(w)) {
					passed++
				}
			}
			if passed == 5 {
				t.Errorf("trie %q: the filter rejects nothing", lang)
			}
		}
	}
}

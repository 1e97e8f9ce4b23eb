package facts

import (
	"crypto/sha256"
	"encoding/hex"
	"hash"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/dyadgraph/dyad/internal/nfc"
)

// ContentHash is the hex SHA-256 of an article's parts (title, text) after
// Unicode NFC normalisation and whitespace folding, so the same article
// re-encoded or re-wrapped hashes the same. Ingest compares it with the
// hash kept on the Article node to skip unchanged articles before extraction,
// so it runs on every document read: words go straight into the hash.
func ContentHash(parts ...string) string {
	return contentHash(parts, len(parts))
}

// ContentHashNormal is ContentHash(title, text) for a text the caller
// knows is valid UTF-8 in NFC, as Extract leaves it after its own check:
// the text is not checked again.
func ContentHashNormal(title, text string) string {
	return contentHash([]string{title, text}, 1)
}

// contentHash hashes parts; the parts from checked on are known valid NFC.
func contentHash(parts []string, checked int) string {
	h := sha256.New()
	bp := hashBufs.Get().(*[]byte)
	buf := (*bp)[:0]
	for i, p := range parts {
		valid := true
		if i < checked {
			var normal bool
			if valid, normal = nfc.Check(p); !normal {
				p = norm.NFC.String(p)
				valid = utf8.ValidString(p)
			}
		}
		buf = appendWords(buf, h, p, valid)
		buf = append(buf, 0)
	}
	h.Write(buf)
	*bp = buf
	hashBufs.Put(bp)
	var sum [sha256.Size]byte
	return hex.EncodeToString(h.Sum(sum[:0]))
}

// hashBufs holds the buffers ContentHash gathers words in.
var hashBufs = sync.Pool{New: func() any { b := make([]byte, 0, 4096); return &b }}

// appendWords appends the words of p to buf, one space between two, an
// invalid byte written as U+FFFD; a full buf is written to h first. valid
// tells whether p is valid UTF-8.
func appendWords(buf []byte, h hash.Hash, p string, valid bool) []byte {
	space := false // a space is pending between two words
	started := false
	for i := 0; i < len(p); {
		var w string // what comes next: one rune, or a run copied as it is
		switch c := p[i]; {
		case asciiSpace[c]:
			space = started
			i++
			continue
		case c >= utf8.RuneSelf && (!valid || mayBeSpace(p[i:])):
			r, n := utf8.DecodeRuneInString(p[i:])
			if unicode.IsSpace(r) {
				space = started
				i += n
				continue
			}
			w = p[i : i+n]
			if r == utf8.RuneError && n == 1 {
				w = string(utf8.RuneError)
			}
			i += n
		default:
			j := plainRun(p, i, valid)
			w = p[i:j]
			i = j
		}
		if space {
			buf = append(buf, ' ')
			space = false
		}
		started = true
		if len(buf)+len(w) > cap(buf) {
			h.Write(buf)
			buf = buf[:0]
		}
		buf = append(buf, w...)
	}
	return buf
}

// plainRun returns the end of the run of p from i (a byte that is no
// space) that folding leaves as it is: no white space but single ' '
// between two words, and (unless p is valid UTF-8) no byte over ASCII.
func plainRun(p string, i int, valid bool) int {
	plain := &plainBytes[0]
	if valid {
		plain = &plainBytes[1]
	}
	s := p[:min(len(p), i+maxRun)] // s[j] needs no bounds check
	j := i + 1
	for j < len(s) {
		c := s[j]
		if plain[c] {
			j++ // the common case: a byte that is plain whatever follows it
			continue
		}
		if c == ' ' && j+1 < len(p) && (plain[p[j+1]] || isPlain(p, j+1, valid)) {
			j += 2
			continue
		}
		if c < utf8.RuneSelf || !valid || mayBeSpace(p[j:]) {
			break // an ASCII space, or a byte that may start a space over ASCII
		}
		j++
	}
	return j
}

// plainBytes[0][c] (p not valid UTF-8) and plainBytes[1][c] (valid): the
// byte c is part of a plain run whatever follows it. Only the ASCII spaces,
// bytes over ASCII in p not valid, and the first bytes of the spaces over
// ASCII (see mayBeSpace) are not.
var plainBytes = func() (t [2][256]bool) {
	for c := range 256 {
		t[0][c] = c < utf8.RuneSelf && !asciiSpace[c]
		t[1][c] = t[0][c] || c >= utf8.RuneSelf && c != 0xC2 && c != 0xE1 && c != 0xE2 && c != 0xE3
	}
	return t
}()

// isPlain reports whether p[j] is part of a plain run (see plainRun).
func isPlain(p string, j int, valid bool) bool {
	if c := p[j]; c < utf8.RuneSelf {
		return !asciiSpace[c]
	}
	return valid && !mayBeSpace(p[j:])
}

// mayBeSpace reports whether the valid UTF-8 text s may start with a
// white space rune over ASCII (U+0085, U+00A0, U+1680, U+2000-U+200A,
// U+2028, U+2029, U+202F, U+205F, U+3000), judged from its first bytes.
func mayBeSpace(s string) bool {
	switch s[0] {
	case 0xC2:
		return len(s) > 1 && (s[1] == 0x85 || s[1] == 0xA0)
	case 0xE1:
		return len(s) > 1 && s[1] == 0x9A
	case 0xE2:
		return len(s) > 1 && (s[1] == 0x80 || s[1] == 0x81)
	case 0xE3:
		return len(s) > 1 && s[1] == 0x80
	}
	return false
}

// maxRun bounds the bytes appendWords copies at once, so they fit its buffer.
const maxRun = 1024

// asciiSpace[c]: c is an ASCII byte and unicode.IsSpace(rune(c)).
var asciiSpace = [256]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// ArticleID is the stable article id derived from its content hash.
func ArticleID(contentHash string) string {
	if len(contentHash) > 20 {
		contentHash = contentHash[:20]
	}
	return "article:" + contentHash
}

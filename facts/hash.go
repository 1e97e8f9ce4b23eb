package facts

import (
	"crypto/sha256"
	"encoding/hex"
	"hash"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/dyadgraph/dyad/internal/nfc"
)

// ContentHash is the hex SHA-256 of an article's parts (title, text) after
// Unicode NFC normalisation and whitespace folding, so the same article
// re-encoded or re-wrapped hashes the same. Ingest compares it with the
// hash kept on the Article node to skip unchanged articles before extraction,
// so it runs on every document read: words go straight into the hash.
func ContentHash(parts ...string) string {
	h := sha256.New()
	bp := hashBufs.Get().(*[]byte)
	buf := (*bp)[:0]
	for _, p := range parts {
		buf = appendWords(buf, h, nfc.String(p))
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
// invalid byte written as U+FFFD; a full buf is written to h first.
func appendWords(buf []byte, h hash.Hash, p string) []byte {
	space := false // a space is pending between two words
	started := false
	for i := 0; i < len(p); {
		// w: the next rune, or a run of ASCII bytes that are not spaces
		var w string
		if c := p[i]; c < utf8.RuneSelf {
			if asciiSpace[c] {
				space = started
				i++
				continue
			}
			j := i + 1
			for j < len(p) && j-i < maxRun && p[j] < utf8.RuneSelf && !asciiSpace[p[j]] {
				j++
			}
			w = p[i:j]
			i = j
		} else {
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

// maxRun bounds the bytes appendWords copies at once, so they fit its buffer.
const maxRun = 1024

// asciiSpace[c]: unicode.IsSpace(rune(c)) for an ASCII byte.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// ArticleID is the stable article id derived from its content hash.
func ArticleID(contentHash string) string {
	if len(contentHash) > 20 {
		contentHash = contentHash[:20]
	}
	return "article:" + contentHash
}

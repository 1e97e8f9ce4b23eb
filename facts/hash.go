package facts

import (
	"crypto/sha256"
	"encoding/hex"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// ContentHash is the hex SHA-256 of an article's parts (title, text) after
// Unicode NFC normalisation and whitespace folding, so the same article
// re-encoded or re-wrapped hashes the same. Ingest compares it with the
// hash kept on the Article node to skip unchanged articles before extraction,
// so it runs on every document read: words go straight into the hash.
func ContentHash(parts ...string) string {
	h := sha256.New()
	buf := make([]byte, 0, 4096)
	for _, p := range parts {
		if !norm.NFC.IsNormalString(p) {
			p = norm.NFC.String(p)
		}
		space := false // a space is pending between two words
		started := false
		for _, r := range p {
			if unicode.IsSpace(r) {
				space = started
				continue
			}
			if space {
				buf = append(buf, ' ')
				space = false
			}
			started = true
			buf = utf8.AppendRune(buf, r)
			if len(buf) >= cap(buf)-utf8.UTFMax-1 {
				h.Write(buf)
				buf = buf[:0]
			}
		}
		buf = append(buf, 0)
	}
	h.Write(buf)
	return hex.EncodeToString(h.Sum(nil))
}

// ArticleID is the stable article id derived from its content hash.
func ArticleID(contentHash string) string {
	if len(contentHash) > 20 {
		contentHash = contentHash[:20]
	}
	return "article:" + contentHash
}

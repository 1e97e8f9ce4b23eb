package cookbook

import (
	"fmt"
	"strings"
)

// use is one "$name" in a query body, with its line (1-based, in the body).
type use struct {
	name string
	line int
}

// paramUses lists the parameters a Cypher text refers to, skipping string
// literals, quoted names and comments (where a "$" is only text). It fails on
// an unterminated literal or comment, which the server would reject anyway.
func paramUses(src string) ([]use, error) {
	var out []use
	line := 1
	rs := []rune(src)
	for i := 0; i < len(rs); i++ {
		c := rs[i]
		switch {
		case c == '\n':
			line++
		case c == '/' && i+1 < len(rs) && rs[i+1] == '/':
			for i < len(rs) && rs[i] != '\n' {
				i++
			}
			if i < len(rs) {
				line++
			}
		case c == '/' && i+1 < len(rs) && rs[i+1] == '*':
			start := line
			i += 2
			for ; i < len(rs) && !(rs[i] == '*' && i+1 < len(rs) && rs[i+1] == '/'); i++ {
				if rs[i] == '\n' {
					line++
				}
			}
			if i >= len(rs) {
				return nil, fmt.Errorf("line %d: unterminated /* comment", start)
			}
			i++
		case c == '\'' || c == '"' || c == '`':
			start := line
			for {
				i++
				if i >= len(rs) {
					return nil, fmt.Errorf("line %d: unterminated %c quote", start, c)
				}
				r := rs[i]
				if r == '\n' {
					line++
				}
				if r == '\\' && c != '`' {
					i++ // the escaped character
					if i < len(rs) && rs[i] == '\n' {
						line++
					}
					continue
				}
				if r == c {
					if c == '`' && i+1 < len(rs) && rs[i+1] == '`' {
						i++ // `` inside a quoted name
						continue
					}
					break
				}
			}
		case c == '$':
			j := i + 1
			for j < len(rs) && isIdentRune(rs[j], j == i+1) {
				j++
			}
			if j == i+1 {
				return nil, fmt.Errorf("line %d: \"$\" not followed by a parameter name", line)
			}
			out = append(out, use{name: string(rs[i+1 : j]), line: line})
			i = j - 1
		}
	}
	return out, nil
}

func isIdentRune(r rune, first bool) bool {
	switch {
	case r == '_', r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z':
		return true
	case r >= '0' && r <= '9':
		return !first
	}
	return false
}

// stripComments drops // line comments (enough to tell an empty body).
func stripComments(s string) string {
	var b strings.Builder
	for _, l := range strings.Split(s, "\n") {
		if !strings.HasPrefix(strings.TrimSpace(l), "//") {
			b.WriteString(l)
			b.WriteByte('\n')
		}
	}
	return b.String()
}

package browser

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
	"strings"
)

// GraSS is the style sheet of dyad's graph for Neo4j Browser (dyad.grass).
//
//go:embed dyad.grass
var GraSS string

// Rule is one GraSS rule: a selector (node, relationship, node.Person,
// relationship.HOLDS_POSITION) and its properties in order.
type Rule struct {
	Selector string
	Props    []Prop
}

// Prop is one "name: value;" of a rule; quotes around a value are dropped,
// as Browser does.
type Prop struct{ Name, Value string }

// Style is a parsed style sheet.
type Style []Rule

// Rule returns the rule of a selector, or nil.
func (s Style) Rule(selector string) *Rule {
	for i := range s {
		if s[i].Selector == selector {
			return &s[i]
		}
	}
	return nil
}

// Get returns the value of a property of the rule, and whether it is set.
func (r *Rule) Get(name string) (string, bool) {
	for _, p := range r.Props {
		if p.Name == name {
			return p.Value, true
		}
	}
	return "", false
}

// ParseGrass reads a GraSS style sheet: rules "selector { name: value; ... }".
// Braces and semicolons inside quoted values are text, as in Browser.
// Errors name the line. It is stricter than Browser, which skips what it
// cannot read, so that a typo is caught here rather than ignored there.
func ParseGrass(src string) (Style, error) {
	var style Style
	seen := map[string]int{}
	line := 1
	var (
		inRule    bool
		quote     rune
		sel       strings.Builder
		decl      strings.Builder
		rule      Rule
		ruleLine  int
		declLine  int
		declEmpty = true
	)
	endDecl := func() error {
		d := strings.TrimSpace(decl.String())
		decl.Reset()
		declEmpty = true
		if d == "" {
			return nil
		}
		name, value, ok := strings.Cut(d, ":")
		name, value = strings.TrimSpace(name), strings.TrimSpace(value)
		if !ok || name == "" || strings.ContainsAny(name, " \t\n'\"") {
			return fmt.Errorf("line %d: in %s: %q: want name: value;", declLine, rule.Selector, d)
		}
		if len(value) >= 2 && (value[0] == '\'' || value[0] == '"') && value[len(value)-1] == value[0] {
			value = value[1 : len(value)-1]
		}
		rule.Props = append(rule.Props, Prop{Name: name, Value: value})
		return nil
	}
	for _, r := range src {
		switch {
		case !inRule && r == '{':
			selector := strings.TrimSpace(sel.String())
			sel.Reset()
			if !validSelector(selector) {
				return nil, fmt.Errorf("line %d: bad selector %q (want node, relationship, node.Label or relationship.TYPE)", line, selector)
			}
			if prev, dup := seen[selector]; dup {
				return nil, fmt.Errorf("line %d: selector %s already styled at line %d", line, selector, prev)
			}
			seen[selector] = line
			inRule, rule, ruleLine = true, Rule{Selector: selector}, line
		case !inRule && r == '}':
			return nil, fmt.Errorf("line %d: } without a rule", line)
		case !inRule:
			sel.WriteRune(r)
		case quote != 0:
			if r == quote {
				quote = 0
			}
			decl.WriteRune(r)
		case r == '\'' || r == '"':
			quote = r
			decl.WriteRune(r)
		case r == ';':
			if err := endDecl(); err != nil {
				return nil, err
			}
		case r == '}':
			if err := endDecl(); err != nil {
				return nil, err
			}
			style = append(style, rule)
			inRule = false
		default:
			if declEmpty && !strings.ContainsRune(" \t\r\n", r) {
				declEmpty, declLine = false, line
			}
			decl.WriteRune(r)
		}
		if r == '\n' {
			line++
		}
	}
	if inRule {
		return nil, fmt.Errorf("line %d: rule %s is not closed with }", ruleLine, rule.Selector)
	}
	if rest := strings.TrimSpace(sel.String()); rest != "" {
		return nil, fmt.Errorf("line %d: %q: want a selector followed by {", line, rest)
	}
	return style, nil
}

func validSelector(s string) bool {
	kind, name, dotted := strings.Cut(s, ".")
	if kind != "node" && kind != "relationship" {
		return false
	}
	if !dotted {
		return true
	}
	return name != "" && !strings.ContainsAny(name, " \t\n{}:;.'\"")
}

// JSON is the style as the JSON object Browser's :style command accepts
// ({"node": {...}, "node.Person": {...}}), on one line and in rule order.
func (s Style) JSON() string {
	var b strings.Builder
	b.WriteByte('{')
	for i, r := range s {
		if i > 0 {
			b.WriteByte(',')
		}
		writeJSONString(&b, r.Selector)
		b.WriteString(":{")
		for j, p := range r.Props {
			if j > 0 {
				b.WriteByte(',')
			}
			writeJSONString(&b, p.Name)
			b.WriteByte(':')
			writeJSONString(&b, p.Value)
		}
		b.WriteByte('}')
	}
	b.WriteByte('}')
	return b.String()
}

func writeJSONString(b *strings.Builder, s string) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(s) // a string always encodes
	b.Write(bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
}

// PostConnectCommand is the value of Neo4j's browser.post_connect_cmd
// setting that applies dyad's style when Browser connects: ":style" with
// the style inline as JSON, so no web server has to serve dyad.grass.
// Browser splits the setting on ";" outside quotes; the JSON has none
// outside its strings.
func PostConnectCommand() (string, error) {
	st, err := ParseGrass(GraSS)
	if err != nil {
		return "", fmt.Errorf("dyad.grass: %w", err)
	}
	return "style " + st.JSON(), nil
}

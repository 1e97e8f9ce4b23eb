package cookbook

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"slices"
	"strings"
	"sync"
)

//go:embed queries/*.cypher
var embedded embed.FS

// Sentinel errors, for errors.Is.
var (
	// ErrUnknownQuery: no cookbook query has that name.
	ErrUnknownQuery = errors.New("unknown query")
	// ErrHeader: a .cypher file's comment header is malformed.
	ErrHeader = errors.New("bad query header")
	// ErrMissingParam: a required parameter was not given.
	ErrMissingParam = errors.New("missing parameter")
	// ErrBadParam: a parameter value does not fit its type, or the query
	// does not take that parameter.
	ErrBadParam = errors.New("bad parameter")
)

// Query is one cookbook entry: a parameterised, read-only Cypher statement.
type Query struct {
	Name    string   // e.g. "meetings-between-countries"; the file name without .cypher
	Answers string   // the question it answers
	Notes   []string // how to read the results (partial dates, ...)
	Params  []Param  // in header order
	// Example is a typical set of parameter values ("a=VN b=KH"), from
	// the header's "// example:" line; Bind accepts it.
	Example map[string]string
	File    string // where it was read from, e.g. "queries/x.cypher"
	Cypher  string // the whole file: the header is made of Cypher comments
}

// Param is one declared parameter of a Query.
type Param struct {
	Name        string   // without the "$"
	Type        string   // one of the Type* constants
	Choices     []string // TypeChoice: the accepted values
	Optional    bool     // null when not given
	Default     string   // used when not given (HasDefault)
	HasDefault  bool     //
	Description string   //
}

// Parameter types.
const (
	TypeString  = "string"
	TypeInt     = "int"
	TypeFloat   = "float"
	TypeBool    = "bool"
	TypeDate    = "date"    // YYYY-MM-DD, sent as a Neo4j DATE
	TypeCountry = "country" // ISO 3166-1 alpha-2, sent upper case
	TypeChoice  = "choice"  // one of Choices, written A|B|C in the header
)

var scalarTypes = []string{TypeString, TypeInt, TypeFloat, TypeBool, TypeDate, TypeCountry}

// Required reports whether the parameter must be given.
func (p Param) Required() bool { return !p.Optional && !p.HasDefault }

// TypeText is the type as written in a header: "date" or "A|B|C".
func (p Param) TypeText() string {
	if p.Type == TypeChoice {
		return strings.Join(p.Choices, "|")
	}
	return p.Type
}

// Spec is the type and option as written in a header: "date, optional".
func (p Param) Spec() string {
	spec := p.TypeText()
	switch {
	case p.Optional:
		spec += ", optional"
	case p.HasDefault:
		spec += ", default " + p.Default
	}
	return spec
}

// Usage is a one-line description: "$from (date, optional): first day ...".
func (p Param) Usage() string {
	return fmt.Sprintf("$%s (%s): %s", p.Name, p.Spec(), p.Description)
}

// Param returns the declared parameter with that name (without "$").
func (q Query) Param(name string) (Param, bool) {
	for _, p := range q.Params {
		if p.Name == name {
			return p, true
		}
	}
	return Param{}, false
}

// HeaderError is a problem in a query file's header or body, with the line.
type HeaderError struct {
	File string
	Line int // 1-based; 0 when the problem is the whole file
	Msg  string
}

func (e *HeaderError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	}
	return e.File + ": " + e.Msg
}

// Is makes errors.Is(err, ErrHeader) true.
func (e *HeaderError) Is(target error) bool { return target == ErrHeader }

var (
	nameRe  = regexp.MustCompile(`^[a-z0-9]+(?:-[a-z0-9]+)*$`)
	fieldRe = regexp.MustCompile(`^([A-Za-z]+)\s*:\s*(.*)$`)
	paramRe = regexp.MustCompile(`^\$([A-Za-z_][A-Za-z0-9_]*)\s*\(([^()]*)\)\s*:\s*(.*)$`)
	// choiceRe is one value of a closed list: no spaces, commas or bars.
	choiceRe = regexp.MustCompile(`^[A-Za-z0-9_:.\-]+$`)
)

// Parse reads a query file. file names it in errors; when it ends in
// ".cypher", the header's name must match the file name.
func Parse(file string, src []byte) (*Query, error) {
	text := strings.ReplaceAll(string(src), "\r\n", "\n")
	lines := strings.Split(text, "\n")
	q := &Query{File: file, Cypher: text}
	bad := func(line int, format string, args ...any) error {
		return &HeaderError{File: file, Line: line, Msg: fmt.Sprintf(format, args...)}
	}

	// last points at the text a continuation line extends.
	var last *string
	seen := map[string]int{}
	bodyStart := len(lines)
	for i, raw := range lines {
		n := i + 1
		t := strings.TrimSpace(raw)
		if t == "" {
			continue
		}
		if !strings.HasPrefix(t, "//") {
			bodyStart = i
			break
		}
		content := strings.TrimPrefix(t, "//")
		if strings.TrimSpace(content) == "" {
			continue
		}
		if strings.HasPrefix(content, "  ") || strings.HasPrefix(content, "\t") {
			if last == nil {
				return nil, bad(n, "continuation line before any field")
			}
			if *last == "" {
				*last = strings.TrimSpace(content)
			} else {
				*last += " " + strings.TrimSpace(content)
			}
			continue
		}
		m := fieldRe.FindStringSubmatch(strings.TrimSpace(content))
		if m == nil {
			return nil, bad(n, "want a \"key: value\" line (name, answers, param, example, note), got %q", t)
		}
		key, value := strings.ToLower(m[1]), strings.TrimSpace(m[2])
		switch key {
		case "name", "answers":
			if prev, ok := seen[key]; ok {
				return nil, bad(n, "second %q field (first at line %d)", key, prev)
			}
			if value == "" && key == "name" {
				return nil, bad(n, "empty %q", key)
			}
			seen[key] = n
			if key == "name" {
				q.Name = value
				last = nil // a name does not continue
			} else {
				q.Answers = value
				last = &q.Answers
			}
		case "example":
			if _, dup := seen[key]; dup {
				return nil, bad(n, "second %q field (first at line %d)", key, seen[key])
			}
			seen[key] = n
			ex, err := splitAssignments(value)
			if err != nil {
				return nil, bad(n, "example: %v", err)
			}
			if q.Example, err = ParseAssignments(ex); err != nil {
				return nil, bad(n, "example: %v", err)
			}
			last = nil
		case "note":
			if value == "" {
				return nil, bad(n, "empty note")
			}
			q.Notes = append(q.Notes, value)
			last = &q.Notes[len(q.Notes)-1]
		case "param":
			p, err := parseParam(value)
			if err != nil {
				return nil, bad(n, "%v", err)
			}
			if _, dup := q.Param(p.Name); dup {
				return nil, bad(n, "parameter $%s declared twice", p.Name)
			}
			q.Params = append(q.Params, p)
			last = &q.Params[len(q.Params)-1].Description
		default:
			return nil, bad(n, "unknown header field %q (want name, answers, param, example or note)", key)
		}
	}

	if q.Name == "" {
		return nil, bad(0, "no \"// name:\" line in the header")
	}
	if !nameRe.MatchString(q.Name) {
		return nil, bad(seen["name"], "name %q: use lower-case words joined by dashes", q.Name)
	}
	if base := path.Base(file); strings.HasSuffix(base, ".cypher") && strings.TrimSuffix(base, ".cypher") != q.Name {
		return nil, bad(seen["name"], "name %q does not match the file name %q", q.Name, base)
	}
	if _, ok := seen["answers"]; !ok {
		return nil, bad(0, "no \"// answers:\" line in the header")
	}
	if q.Answers == "" {
		return nil, bad(seen["answers"], "empty \"answers\"")
	}
	for _, p := range q.Params {
		if p.Description == "" {
			return nil, bad(0, "parameter $%s has no description", p.Name)
		}
	}

	if q.Example != nil {
		if _, err := q.Bind(q.Example); err != nil {
			return nil, bad(seen["example"], "example: %v", err)
		}
	}

	body := strings.Join(lines[bodyStart:], "\n")
	uses, err := paramUses(body)
	if err != nil {
		return nil, bad(0, "%v", err)
	}
	if strings.TrimSpace(stripComments(body)) == "" {
		return nil, bad(0, "no Cypher statement after the header")
	}
	for _, u := range uses {
		if _, ok := q.Param(u.name); !ok {
			return nil, bad(bodyStart+u.line, "the query uses $%s, which the header does not declare", u.name)
		}
	}
	for _, p := range q.Params {
		if !slices.ContainsFunc(uses, func(u use) bool { return u.name == p.Name }) {
			return nil, bad(0, "the header declares $%s but the query never uses it", p.Name)
		}
	}
	return q, nil
}

// splitAssignments splits an example line into key=value words; a value
// may be double-quoted to hold spaces: person="Hun Manet".
func splitAssignments(s string) ([]string, error) {
	var out []string
	var cur strings.Builder
	inQuote, have := false, false
	for _, r := range s {
		switch {
		case r == '"':
			inQuote, have = !inQuote, true
		case !inQuote && (r == ' ' || r == '\t'):
			if have {
				out = append(out, cur.String())
				cur.Reset()
				have = false
			}
		default:
			cur.WriteRune(r)
			have = true
		}
	}
	if inQuote {
		return nil, fmt.Errorf("unterminated quote in %q", s)
	}
	if have {
		out = append(out, cur.String())
	}
	return out, nil
}

// parseParam parses the value of a "param:" field:
// "$name (type[, optional | , default VALUE]): description".
func parseParam(s string) (Param, error) {
	m := paramRe.FindStringSubmatch(s)
	if m == nil {
		return Param{}, fmt.Errorf("param %q: want \"$name (type[, optional | , default VALUE]): description\"", s)
	}
	p := Param{Name: m[1], Description: strings.TrimSpace(m[3])}
	spec := strings.Split(m[2], ",")
	typ := strings.TrimSpace(spec[0])
	switch {
	case slices.Contains(scalarTypes, typ):
		p.Type = typ
	case strings.Contains(typ, "|"):
		p.Type = TypeChoice
		for _, c := range strings.Split(typ, "|") {
			c = strings.TrimSpace(c)
			if !choiceRe.MatchString(c) {
				return Param{}, fmt.Errorf("param $%s: bad choice %q in %q", p.Name, c, typ)
			}
			if slices.Contains(p.Choices, c) {
				return Param{}, fmt.Errorf("param $%s: choice %q listed twice", p.Name, c)
			}
			p.Choices = append(p.Choices, c)
		}
	default:
		return Param{}, fmt.Errorf("param $%s: unknown type %q (want %s, or choices A|B|C)", p.Name, typ, strings.Join(scalarTypes, ", "))
	}
	for _, opt := range spec[1:] {
		opt = strings.TrimSpace(opt)
		switch {
		case opt == "optional":
			p.Optional = true
		case opt == "default" || strings.HasPrefix(opt, "default "):
			p.Default = strings.TrimSpace(strings.TrimPrefix(opt, "default"))
			p.HasDefault = true
			if p.Default == "" {
				return Param{}, fmt.Errorf("param $%s: \"default\" without a value", p.Name)
			}
		default:
			return Param{}, fmt.Errorf("param $%s: unknown option %q (want \"optional\" or \"default VALUE\")", p.Name, opt)
		}
	}
	if p.Optional && p.HasDefault {
		return Param{}, fmt.Errorf("param $%s: both optional and default: choose one", p.Name)
	}
	if p.HasDefault {
		if _, err := p.Convert(p.Default); err != nil {
			return Param{}, fmt.Errorf("param $%s: default: %w", p.Name, err)
		}
	}
	return p, nil
}

// Book is a set of queries with unique names, sorted by name.
type Book struct {
	queries []Query
}

// Load parses every *.cypher file of dir in fsys. Problems in several files
// are all reported (joined); a name used twice is an error.
func Load(fsys fs.FS, dir string) (*Book, error) {
	paths, err := fs.Glob(fsys, path.Join(dir, "*.cypher"))
	if err != nil {
		return nil, fmt.Errorf("listing %s: %w", dir, err)
	}
	var errs []error
	b := &Book{}
	for _, p := range paths {
		src, err := fs.ReadFile(fsys, p)
		if err != nil {
			errs = append(errs, fmt.Errorf("reading %s: %w", p, err))
			continue
		}
		q, err := Parse(p, src)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		b.queries = append(b.queries, *q)
	}
	slices.SortFunc(b.queries, func(x, y Query) int { return strings.Compare(x.Name, y.Name) })
	for i := 1; i < len(b.queries); i++ {
		if b.queries[i].Name == b.queries[i-1].Name {
			errs = append(errs, &HeaderError{File: b.queries[i].File, Msg: fmt.Sprintf("name %q already used by %s", b.queries[i].Name, b.queries[i-1].File)})
		}
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return b, nil
}

// List returns the queries, sorted by name.
func (b *Book) List() []Query { return slices.Clone(b.queries) }

// Get returns the query with that name, or an error wrapping ErrUnknownQuery
// that lists the known names.
func (b *Book) Get(name string) (Query, error) {
	for _, q := range b.queries {
		if q.Name == name {
			return q, nil
		}
	}
	names := make([]string, len(b.queries))
	for i, q := range b.queries {
		names[i] = q.Name
	}
	return Query{}, fmt.Errorf("%w %q (known: %s; see dyad query --list)", ErrUnknownQuery, name, strings.Join(names, ", "))
}

var (
	embeddedOnce sync.Once
	embeddedBook *Book
	embeddedErr  error
)

// Embedded returns the cookbook built into dyad.
func Embedded() (*Book, error) {
	embeddedOnce.Do(func() { embeddedBook, embeddedErr = Load(embedded, "queries") })
	return embeddedBook, embeddedErr
}

// List returns the built-in queries, sorted by name.
func List() ([]Query, error) {
	b, err := Embedded()
	if err != nil {
		return nil, err
	}
	return b.List(), nil
}

// Get returns the built-in query with that name.
func Get(name string) (Query, error) {
	b, err := Embedded()
	if err != nil {
		return Query{}, err
	}
	return b.Get(name)
}

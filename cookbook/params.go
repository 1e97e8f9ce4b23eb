package cookbook

import (
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
)

// ParamError is a parameter value that cannot be used, naming the parameter.
type ParamError struct {
	Query string // query name, or "" for an ad-hoc query
	Param string // without "$"
	Err   error  // wraps ErrMissingParam or ErrBadParam
}

func (e *ParamError) Error() string {
	if e.Query == "" {
		return fmt.Sprintf("parameter $%s: %v", e.Param, e.Err)
	}
	return fmt.Sprintf("query %s: parameter $%s: %v", e.Query, e.Param, e.Err)
}

func (e *ParamError) Unwrap() error { return e.Err }

var countryRe = regexp.MustCompile(`^[A-Z]{2}$`)

// Convert turns the text of a value into what the query receives: int64,
// float64, bool, a Neo4j DATE, an upper-case country code, one of the
// choices, or the string itself.
func (p Param) Convert(s string) (any, error) {
	return convert(p.Type, p.Choices, s)
}

func convert(typ string, choices []string, s string) (any, error) {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: "+format, append([]any{ErrBadParam}, args...)...)
	}
	switch typ {
	case TypeString:
		return s, nil
	case TypeInt:
		n, err := strconv.ParseInt(strings.TrimSpace(s), 10, 64)
		if err != nil {
			return nil, bad("%q is not an integer", s)
		}
		return n, nil
	case TypeFloat:
		f, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
		if err != nil {
			return nil, bad("%q is not a number", s)
		}
		return f, nil
	case TypeBool:
		b, err := strconv.ParseBool(strings.TrimSpace(s))
		if err != nil {
			return nil, bad("%q is not true or false", s)
		}
		return b, nil
	case TypeDate:
		t, err := time.Parse(time.DateOnly, strings.TrimSpace(s))
		if err != nil {
			return nil, bad("%q is not a date: write YYYY-MM-DD, e.g. 2023-12-01", s)
		}
		return dbtype.Date(t), nil
	case TypeCountry:
		c := strings.ToUpper(strings.TrimSpace(s))
		if !countryRe.MatchString(c) {
			return nil, bad("%q is not a country code: write the ISO 3166-1 alpha-2 code, e.g. VN, KH, FR", s)
		}
		return c, nil
	case TypeChoice:
		for _, c := range choices {
			if strings.EqualFold(c, strings.TrimSpace(s)) {
				return c, nil
			}
		}
		return nil, bad("%q is not one of %s", s, strings.Join(choices, ", "))
	}
	return nil, bad("unknown type %q", typ)
}

// Bind checks the values given for q's parameters and converts them. Every
// declared parameter gets an entry: the converted value, its default, or
// nil when optional. All problems are reported at once, each a *ParamError:
// values for parameters the query does not take (ErrBadParam), values that
// do not fit the type (ErrBadParam), required parameters not given
// (ErrMissingParam, with the parameter's usage).
func (q Query) Bind(values map[string]string) (map[string]any, error) {
	var errs []error
	fail := func(name string, err error) {
		errs = append(errs, &ParamError{Query: q.Name, Param: name, Err: err})
	}
	var unknown []string
	for k := range values {
		if _, ok := q.Param(k); !ok {
			unknown = append(unknown, k)
		}
	}
	slices.Sort(unknown)
	for _, k := range unknown {
		fail(k, fmt.Errorf("%w: the query does not take it (it takes %s)", ErrBadParam, q.paramNames()))
	}
	out := make(map[string]any, len(q.Params))
	for _, p := range q.Params {
		s, given := values[p.Name]
		switch {
		case given:
			v, err := p.Convert(s)
			if err != nil {
				fail(p.Name, err)
				continue
			}
			out[p.Name] = v
		case p.HasDefault:
			v, err := p.Convert(p.Default)
			if err != nil {
				fail(p.Name, fmt.Errorf("default: %w", err))
				continue
			}
			out[p.Name] = v
		case p.Optional:
			out[p.Name] = nil
		default:
			fail(p.Name, fmt.Errorf("%w: give --param %s=VALUE (%s: %s)", ErrMissingParam, p.Name, p.Spec(), p.Description))
		}
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return out, nil
}

func (q Query) paramNames() string {
	if len(q.Params) == 0 {
		return "no parameters"
	}
	names := make([]string, len(q.Params))
	for i, p := range q.Params {
		names[i] = "$" + p.Name
	}
	return strings.Join(names, ", ")
}

// ParseAssignments reads "key=value" arguments (the --param flags) into a
// map. A key given twice, an empty key or a missing "=" is an error.
func ParseAssignments(args []string) (map[string]string, error) {
	out := make(map[string]string, len(args))
	for _, a := range args {
		k, v, ok := strings.Cut(a, "=")
		k = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(k), "$"))
		if !ok || k == "" {
			return nil, fmt.Errorf("%w: %q: write key=value, e.g. from=2023-01-01", ErrBadParam, a)
		}
		if _, dup := out[k]; dup {
			return nil, fmt.Errorf("%w: %q given twice", ErrBadParam, k)
		}
		out[k] = v
	}
	return out, nil
}

// AdHoc converts the --param values of a --cypher query, which has no
// header: a key may carry a type, "limit:int=10", "from:date=2023-01-01",
// "c:country=vn"; without one the value is a string.
func AdHoc(values map[string]string) (map[string]any, error) {
	out := make(map[string]any, len(values))
	var errs []error
	keys := make([]string, 0, len(values))
	for k := range values {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		name, typ, typed := strings.Cut(k, ":")
		if !typed {
			typ = TypeString
		}
		if !identRe.MatchString(name) {
			errs = append(errs, &ParamError{Param: name, Err: fmt.Errorf("%w: not a parameter name", ErrBadParam)})
			continue
		}
		if !slices.Contains(scalarTypes, typ) {
			errs = append(errs, &ParamError{Param: name, Err: fmt.Errorf("%w: unknown type %q (want %s)", ErrBadParam, typ, strings.Join(scalarTypes, ", "))})
			continue
		}
		if _, dup := out[name]; dup {
			errs = append(errs, &ParamError{Param: name, Err: fmt.Errorf("%w: given twice", ErrBadParam)})
			continue
		}
		v, err := convert(typ, nil, values[k])
		if err != nil {
			errs = append(errs, &ParamError{Param: name, Err: err})
			continue
		}
		out[name] = v
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return out, nil
}

var identRe = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

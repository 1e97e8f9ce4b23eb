package cookbook

import (
	"errors"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
)

const goodQuery = `// name: meetings
// answers: Which meetings
//   in a period?
// param: $a (country): one country
// param: $from (date, optional): first day,
//   inclusive
// param: $limit (int, default 10): at most
// param: $type (HOLDS_POSITION|HELD_IN, optional): a type
// note: a note
// note: another
MATCH (p {country: $a}) // a comment with $notAParam
WHERE p.date >= $from AND p.s <> '$alsoNot' AND p.t = "\"$no" AND p.` + "`$x`" + ` = 1
  AND type(p) = $type /* $nor
  this */
RETURN p LIMIT $limit
`

func TestParse(t *testing.T) {
	q, err := Parse("queries/meetings.cypher", []byte(goodQuery))
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	if q.Name != "meetings" || q.Answers != "Which meetings in a period?" {
		t.Errorf("name/answers = %q / %q", q.Name, q.Answers)
	}
	if len(q.Notes) != 2 || q.Notes[0] != "a note" || q.Notes[1] != "another" {
		t.Errorf("notes = %q", q.Notes)
	}
	want := []string{
		"$a (country): one country",
		"$from (date, optional): first day, inclusive",
		"$limit (int, default 10): at most",
		"$type (HOLDS_POSITION|HELD_IN, optional): a type",
	}
	if len(q.Params) != len(want) {
		t.Fatalf("params = %+v", q.Params)
	}
	for i, w := range want {
		if got := q.Params[i].Usage(); got != w {
			t.Errorf("param %d usage = %q, want %q", i, got, w)
		}
	}
	if !q.Params[0].Required() || q.Params[1].Required() || q.Params[2].Required() {
		t.Errorf("required flags wrong: %+v", q.Params)
	}
	if q.Cypher != goodQuery {
		t.Errorf("Cypher is not the file text")
	}

	errorCases := []struct {
		name, file, src, want string
	}{
		{"no name", "x.cypher", "// answers: a\nRETURN 1", `no "// name:" line`},
		{"no answers", "x.cypher", "// name: x\nRETURN 1", `no "// answers:" line`},
		{"name does not match file", "queries/y.cypher", "// name: x\n// answers: a\nRETURN 1", `does not match the file name "y.cypher"`},
		{"bad name", "Bad_Name.cypher", "// name: Bad_Name\n// answers: a\nRETURN 1", "lower-case words"},
		{"unknown field", "x.cypher", "// name: x\n// answer: a\nRETURN 1", `unknown header field "answer"`},
		{"not a field", "x.cypher", "// name: x\n// just words\nRETURN 1", `want a "key: value" line`},
		{"continuation first", "x.cypher", "//   floating\n// name: x\nRETURN 1", "continuation line before any field"},
		{"twice name", "x.cypher", "// name: x\n// name: x\n// answers: a\nRETURN 1", `second "name" field`},
		{"empty body", "x.cypher", "// name: x\n// answers: a\n", "no Cypher statement"},
		{"bad param syntax", "x.cypher", "// name: x\n// answers: a\n// param: a (int): no dollar\nRETURN $a", "want \"$name (type"},
		{"unknown type", "x.cypher", "// name: x\n// answers: a\n// param: $a (integer): n\nRETURN $a", `unknown type "integer"`},
		{"unknown option", "x.cypher", "// name: x\n// answers: a\n// param: $a (int, maybe): n\nRETURN $a", `unknown option "maybe"`},
		{"bad default", "x.cypher", "// name: x\n// answers: a\n// param: $a (int, default ten): n\nRETURN $a", `default: bad parameter: "ten" is not an integer`},
		{"bad date default", "x.cypher", "// name: x\n// answers: a\n// param: $a (date, default 2023-02-30): n\nRETURN $a", "not a date"},
		{"optional and default", "x.cypher", "// name: x\n// answers: a\n// param: $a (int, optional, default 1): n\nRETURN $a", "both optional and default"},
		{"empty default", "x.cypher", "// name: x\n// answers: a\n// param: $a (int, default): n\nRETURN $a", `"default" without a value`},
		{"duplicate choice", "x.cypher", "// name: x\n// answers: a\n// param: $a (A|A): n\nRETURN $a", `choice "A" listed twice`},
		{"bad choice", "x.cypher", "// name: x\n// answers: a\n// param: $a (A||B): n\nRETURN $a", `bad choice ""`},
		{"duplicate param", "x.cypher", "// name: x\n// answers: a\n// param: $a (int): n\n// param: $a (int): m\nRETURN $a", "declared twice"},
		{"no description", "x.cypher", "// name: x\n// answers: a\n// param: $a (int):\nRETURN $a", "$a has no description"},
		{"undeclared use", "x.cypher", "// name: x\n// answers: a\nMATCH (n)\nRETURN $b", "x.cypher:4: the query uses $b"},
		{"declared unused", "x.cypher", "// name: x\n// answers: a\n// param: $a (int): n\nRETURN 1", "declares $a but the query never uses it"},
		{"unterminated string", "x.cypher", "// name: x\n// answers: a\nRETURN 'abc", "unterminated ' quote"},
		{"unterminated comment", "x.cypher", "// name: x\n// answers: a\nRETURN 1 /* abc", "unterminated /* comment"},
		{"lone dollar", "x.cypher", "// name: x\n// answers: a\nRETURN $ + 1", `"$" not followed`},
		{"example of an unknown parameter", "x.cypher", "// name: x\n// answers: a\n// param: $a (int): n\n// example: a=1 b=2\nRETURN $a", "x.cypher:4: example: query x: parameter $b"},
		{"example of a bad value", "x.cypher", "// name: x\n// answers: a\n// param: $a (int): n\n// example: a=one\nRETURN $a", "not an integer"},
		{"example missing a required parameter", "x.cypher", "// name: x\n// answers: a\n// param: $a (int): n\n// example: \nRETURN $a", "missing parameter"},
		{"example with an open quote", "x.cypher", "// name: x\n// answers: a\n// param: $a (string): n\n// example: a=\"x\nRETURN $a", "unterminated quote"},
		{"example without =", "x.cypher", "// name: x\n// answers: a\n// param: $a (string): n\n// example: a\nRETURN $a", "write key=value"},
	}
	for _, tt := range errorCases {
		t.Run("error/"+tt.name, func(t *testing.T) {
			_, err := Parse(tt.file, []byte(tt.src))
			if err == nil || !errors.Is(err, ErrHeader) || !strings.Contains(err.Error(), tt.want) || !strings.HasPrefix(err.Error(), tt.file) {
				t.Fatalf("Parse() error = %v; want ErrHeader naming %s and %q", err, tt.file, tt.want)
			}
		})
	}
}

func TestExampleLine(t *testing.T) {
	q, err := Parse("x.cypher", []byte("// name: x\n// answers: a\n// param: $p (string): n\n// param: $n (int, optional): n\n// example: p=\"Hun Manet\"  n=3\nRETURN $p, $n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(q.Example) != 2 || q.Example["p"] != "Hun Manet" || q.Example["n"] != "3" {
		t.Errorf("Example = %#v", q.Example)
	}
}

func TestParseCRLFAndContinuations(t *testing.T) {
	src := strings.ReplaceAll("// name: x\n// answers:\n//   on the next line\n// param: $a (string):\n//\tdescribed below\nRETURN $a\n", "\n", "\r\n")
	q, err := Parse("x.cypher", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if q.Answers != "on the next line" || q.Params[0].Description != "described below" {
		t.Errorf("answers %q, description %q", q.Answers, q.Params[0].Description)
	}
}

func TestLoad(t *testing.T) {
	fsys := fstest.MapFS{
		"q/a.cypher":   {Data: []byte("// name: a\n// answers: A\nRETURN 1")},
		"q/b.cypher":   {Data: []byte("// name: b\n// answers: B\nRETURN 2")},
		"q/notes.txt":  {Data: []byte("not a query")},
		"q/bad.cypher": {Data: []byte("// name: bad\nRETURN 1")},
		"q/c.cypher":   {Data: []byte("// name: c\n// answers: C\nRETURN $zz")},
	}
	_, err := Load(fsys, "q")
	if err == nil || !strings.Contains(err.Error(), "q/bad.cypher") || !strings.Contains(err.Error(), "q/c.cypher:3") {
		t.Fatalf("Load() = %v; want errors naming q/bad.cypher and q/c.cypher:3", err)
	}
	delete(fsys, "q/bad.cypher")
	delete(fsys, "q/c.cypher")
	b, err := Load(fsys, "q")
	if err != nil {
		t.Fatal(err)
	}
	if qs := b.List(); len(qs) != 2 || qs[0].Name != "a" || qs[1].Name != "b" {
		t.Errorf("List() = %+v", qs)
	}
	if _, err := b.Get("zzz"); !errors.Is(err, ErrUnknownQuery) || !strings.Contains(err.Error(), "known: a, b") {
		t.Errorf("Get(zzz) = %v; want ErrUnknownQuery listing a, b", err)
	}
}

// TestEmbedded checks the built-in cookbook: it parses, has what researchers
// asked for, and every query says what it answers.
func TestEmbedded(t *testing.T) {
	qs, err := List()
	if err != nil {
		t.Fatal(err)
	}
	if len(qs) < 12 {
		t.Errorf("%d queries, want at least 12", len(qs))
	}
	for _, name := range []string{
		"meetings-between-countries", "country-pair-timeline", "official-profile", "institution-counterparts",
		"agreements-by-country-pair", "most-active-officials", "shortest-path-between-officials", "fact-evidence",
		"co-participation-network", "institutions-per-country", "events-by-place", "articles-without-events",
	} {
		q, err := Get(name)
		if err != nil {
			t.Errorf("Get(%s): %v", name, err)
			continue
		}
		if q.Example == nil {
			t.Errorf("%s has no example", name)
		}
		if strings.Contains(strings.ToUpper(q.Cypher), "DETACH DELETE") || strings.Contains(q.Cypher, "MERGE ") || strings.Contains(q.Cypher, "CREATE ") {
			t.Errorf("%s writes", name)
		}
	}
}

func TestBind(t *testing.T) {
	q, err := Parse("meetings.cypher", []byte(goodQuery))
	if err != nil {
		t.Fatal(err)
	}
	got, err := q.Bind(map[string]string{"a": " vn ", "from": "2023-01-01", "type": "held_in"})
	if err != nil {
		t.Fatalf("Bind: %v", err)
	}
	if got["a"] != "VN" || got["limit"] != int64(10) || got["type"] != "HELD_IN" {
		t.Errorf("Bind = %#v", got)
	}
	if d, ok := got["from"].(dbtype.Date); !ok || time.Time(d).Format(time.DateOnly) != "2023-01-01" {
		t.Errorf("from = %#v, want a DATE", got["from"])
	}
	got, err = q.Bind(map[string]string{"a": "KH", "limit": "3"})
	if err != nil {
		t.Fatal(err)
	}
	if v, ok := got["from"]; !ok || v != nil || got["limit"] != int64(3) {
		t.Errorf("optional from = %#v (present %v), limit = %#v", v, ok, got["limit"])
	}

	errorCases := []struct {
		name   string
		values map[string]string
		is     error
		want   []string
	}{
		{"missing required", map[string]string{}, ErrMissingParam, []string{"query meetings: parameter $a", "give --param a=VALUE (country: one country)"}},
		{"bad country", map[string]string{"a": "Vietnam"}, ErrBadParam, []string{"$a", `"Vietnam" is not a country code`}},
		{"bad date", map[string]string{"a": "VN", "from": "01/02/2023"}, ErrBadParam, []string{"$from", "YYYY-MM-DD"}},
		{"impossible date", map[string]string{"a": "VN", "from": "2023-02-30"}, ErrBadParam, []string{"$from"}},
		{"bad int", map[string]string{"a": "VN", "limit": "many"}, ErrBadParam, []string{"$limit", "not an integer"}},
		{"bad choice", map[string]string{"a": "VN", "type": "KNOWS"}, ErrBadParam, []string{"$type", "not one of HOLDS_POSITION, HELD_IN"}},
		{"unknown param", map[string]string{"a": "VN", "frm": "2023-01-01"}, ErrBadParam, []string{"$frm", "does not take it", "$a, $from, $limit, $type"}},
		{"all problems at once", map[string]string{"limit": "x"}, ErrMissingParam, []string{"$a", "$limit"}},
	}
	for _, tt := range errorCases {
		t.Run("error/"+tt.name, func(t *testing.T) {
			_, err := q.Bind(tt.values)
			if !errors.Is(err, tt.is) {
				t.Fatalf("Bind() = %v; want %v", err, tt.is)
			}
			var pe *ParamError
			if !errors.As(err, &pe) {
				t.Errorf("not a *ParamError: %T", err)
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q lacks %q", err, w)
				}
			}
		})
	}
}

func TestParseAssignments(t *testing.T) {
	got, err := ParseAssignments([]string{"a=VN", "$b = KH", "text=x=y", "empty="})
	if err != nil {
		t.Fatal(err)
	}
	if got["a"] != "VN" || got["b"] != " KH" || got["text"] != "x=y" || got["empty"] != "" {
		t.Errorf("ParseAssignments = %#v", got)
	}
	for _, bad := range [][]string{{"novalue"}, {"=x"}, {"a=1", "a=2"}} {
		if _, err := ParseAssignments(bad); !errors.Is(err, ErrBadParam) {
			t.Errorf("ParseAssignments(%q) = %v; want ErrBadParam", bad, err)
		}
	}
}

func TestAdHoc(t *testing.T) {
	got, err := AdHoc(map[string]string{"name": "Hun Sen", "n:int": "5", "d:date": "2024-02-21", "c:country": "kh", "f:float": "0.5", "b:bool": "true"})
	if err != nil {
		t.Fatal(err)
	}
	if got["name"] != "Hun Sen" || got["n"] != int64(5) || got["c"] != "KH" || got["f"] != 0.5 || got["b"] != true {
		t.Errorf("AdHoc = %#v", got)
	}
	if _, ok := got["d"].(dbtype.Date); !ok {
		t.Errorf("d = %#v, want a DATE", got["d"])
	}
	errorCases := []struct {
		name   string
		values map[string]string
		want   string
	}{
		{"unknown type", map[string]string{"x:long": "1"}, `unknown type "long"`},
		{"bad value", map[string]string{"x:int": "one"}, "not an integer"},
		{"bad name", map[string]string{"1x": "1"}, "not a parameter name"},
		{"twice", map[string]string{"x": "1", "x:int": "1"}, "given twice"},
	}
	for _, tt := range errorCases {
		t.Run("error/"+tt.name, func(t *testing.T) {
			if _, err := AdHoc(tt.values); !errors.Is(err, ErrBadParam) || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("AdHoc() = %v; want %q", err, tt.want)
			}
		})
	}
}

// FuzzParse: any text either parses into a query whose every parameter is
// used and declared, or gives an ErrHeader naming the file; nothing panics.
func FuzzParse(f *testing.F) {
	f.Add(goodQuery)
	f.Add("// name: x\n// answers: a\n// param: $a (A|B, default A): d\nRETURN $a")
	f.Add("// name: x\n// answers: a\nRETURN '$a\\'' + `$b``c` /* $d */ // $e")
	f.Add("//\n//  \n// name: x")
	f.Fuzz(func(t *testing.T, src string) {
		q, err := Parse("f.cypher", []byte(src))
		if err != nil {
			if !errors.Is(err, ErrHeader) || !strings.HasPrefix(err.Error(), "f.cypher") {
				t.Fatalf("error %v is not an ErrHeader naming the file", err)
			}
			return
		}
		if q.Name != "f" || q.Answers == "" {
			t.Fatalf("parsed %+v without name f or answers", q)
		}
		values := map[string]string{}
		for _, p := range q.Params {
			if p.HasDefault {
				if _, err := p.Convert(p.Default); err != nil {
					t.Fatalf("accepted a bad default: %v", err)
				}
			}
			if p.Required() {
				values[p.Name] = "1"
			}
		}
		// Binding never panics; it fails only on values that do not fit.
		if _, err := q.Bind(values); err != nil && !errors.Is(err, ErrBadParam) {
			t.Fatalf("Bind: %v", err)
		}
	})
}

// FuzzParamValues: conversions never panic and accept only what they say.
func FuzzParamValues(f *testing.F) {
	for _, s := range []string{"VN", "2023-12-01", "12", "-1.5e3", "true", "", "HELD_IN"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, typ := range append(scalarTypes, TypeChoice) {
			v, err := convert(typ, []string{"HELD_IN", "PART_OF"}, s)
			if err != nil {
				if !errors.Is(err, ErrBadParam) {
					t.Fatalf("%s %q: %v", typ, s, err)
				}
				continue
			}
			switch x := v.(type) {
			case string:
				if typ == TypeCountry && !countryRe.MatchString(x) {
					t.Fatalf("country %q accepted as %q", s, x)
				}
			case dbtype.Date:
				if time.Time(x).Format(time.DateOnly) != strings.TrimSpace(s) {
					t.Fatalf("date %q became %v", s, x)
				}
			}
		}
	})
}

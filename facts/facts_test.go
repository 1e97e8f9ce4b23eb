package facts

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

func ptr(s string) *string { return &s }

func TestDatePrecision(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"day", "2023-12-01", PrecisionDay},
		{"month", "2023-12", PrecisionMonth},
		{"year", "2023", PrecisionYear},
		{"year unknown", "--02-21", PrecisionMonthDay},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := DatePrecision(tt.in)
			if err != nil || got != tt.want {
				t.Fatalf("DatePrecision(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
			}
		})
	}
	errorCases := []struct{ name, in string }{
		{"empty", ""},
		{"slashes", "01/12/2023"},
		{"two-digit year", "23-12-01"},
		{"trailing text", "2023-12-01T10:00"},
		{"month-day without dashes", "02-21"},
	}
	for _, tt := range errorCases {
		t.Run("error/"+tt.name, func(t *testing.T) {
			if _, err := DatePrecision(tt.in); err == nil || !strings.Contains(err.Error(), "partial ISO date") {
				t.Fatalf("DatePrecision(%q) error = %v; want an error naming the form", tt.in, err)
			}
		})
	}
}

func validDoc() Doc {
	return Doc{
		Article: Article{ID: "article:1", Source: "a.txt", Published: ptr("2023-12")},
		Entities: []Entity{
			{ID: "person:bui-van-cuong:VN", Type: TypePerson, Name: "Bùi Văn Cường", Country: ptr("VN")},
			{ID: "org:legislature:VN", Type: TypeOrganization, Name: "National Assembly of Vietnam"},
		},
		Relations: []Relation{{Type: RelHoldsPosition, From: "person:bui-van-cuong:VN", To: "org:legislature:VN", Title: "secrétaire général", Evidence: "..."}},
	}
}

func TestValidate(t *testing.T) {
	d := validDoc()
	if err := d.Validate(); err != nil {
		t.Fatalf("valid doc: %v", err)
	}
	errorCases := []struct {
		name   string
		mutate func(*Doc)
		want   string
	}{
		{"empty article id", func(d *Doc) { d.Article.ID = "" }, "empty id"},
		{"bad published", func(d *Doc) { d.Article.Published = ptr("December 2023") }, "published"},
		{"unknown entity type", func(d *Doc) { d.Entities[0].Type = "Person`) DETACH DELETE n //" }, "unknown type"},
		{"empty entity id", func(d *Doc) { d.Entities[1].ID = "" }, "empty id"},
		{"bad event date", func(d *Doc) { d.Entities[0].Date = ptr("yesterday") }, "date"},
		{"unknown relation type", func(d *Doc) { d.Relations[0].Type = "KNOWS" }, "unknown relation type"},
		{"dangling from", func(d *Doc) { d.Relations[0].From = "person:nobody:VN" }, "from unknown entity"},
		{"dangling to", func(d *Doc) { d.Relations[0].To = "org:nothing" }, "to unknown entity"},
	}
	for _, tt := range errorCases {
		t.Run(tt.name, func(t *testing.T) {
			d := validDoc()
			tt.mutate(&d)
			err := d.Validate()
			if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), "a.txt") {
				t.Fatalf("Validate() = %v; want an error naming the article and %q", err, tt.want)
			}
		})
	}
}

func TestReader(t *testing.T) {
	in := `{"article":{"id":"article:1","source":"a.txt","title":"T","lang":"fr","published":null},"entities":[],"relations":[]}

not json
{"article":{"id":"","source":"b.txt"}}
{"article":{"id":"article:3","source":"c.txt","lang":"en","published":"--02-21"},"entities":[],"relations":[]}
{"article":{"id":"article:4"`
	r := NewReader(strings.NewReader(in))
	var ids []string
	var lineErrs []int
	for {
		d, err := r.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		var le *LineError
		if errors.As(err, &le) {
			lineErrs = append(lineErrs, le.Line)
			continue
		}
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		ids = append(ids, d.Article.ID)
	}
	if strings.Join(ids, ",") != "article:1,article:3" {
		t.Errorf("docs read = %v; want article:1, article:3", ids)
	}
	if len(lineErrs) != 3 || lineErrs[0] != 3 || lineErrs[1] != 4 || lineErrs[2] != 6 {
		t.Errorf("line errors at %v; want [3 4 6] (garbage, empty id, truncated last line)", lineErrs)
	}
}

func TestContentHash(t *testing.T) {
	// NFD and NFC spellings, and re-wrapped whitespace, are the same article.
	a := ContentHash("Hà Nội", "Quốc hội\nViệt Nam")
	b := ContentHash("Ha\u0300 Nô\u0323i", "Quốc hội   Việt Nam ")
	if a != b {
		t.Errorf("hashes differ for the same text in NFC/NFD: %s vs %s", a, b)
	}
	if ContentHash("ab", "c") == ContentHash("a", "bc") {
		t.Error("moving text between title and body must change the hash")
	}
	if id := ArticleID(a); !strings.HasPrefix(id, "article:") || len(id) != len("article:")+20 {
		t.Errorf("ArticleID = %q", id)
	}
}

func FuzzReader(f *testing.F) {
	f.Add(`{"article":{"id":"x","source":"s"},"entities":[{"id":"e","type":"Person","name":"n"}],"relations":[]}`)
	f.Add("\n\n{\"article\":")
	f.Fuzz(func(t *testing.T, in string) {
		r := NewReader(strings.NewReader(in))
		for i := 0; i < 1000; i++ {
			d, err := r.Next()
			if errors.Is(err, io.EOF) {
				return
			}
			var le *LineError
			if err != nil && !errors.As(err, &le) {
				return
			}
			if err == nil {
				if verr := d.Validate(); verr != nil {
					t.Fatalf("reader returned an invalid doc: %v", verr)
				}
			}
		}
	})
}

// The hash must equal that of the plain definition: NFC, words joined by
// one space, parts ended by NUL.
func TestContentHashDefinition(t *testing.T) {
	for _, parts := range [][]string{
		{"", ""},
		{"  Title  ", "line one\n\n  line\ttwo  "},
		{"Ha\u0300 Nô\u0323i", strings.Repeat("mot ", 3000)},
	} {
		var want strings.Builder
		for _, p := range parts {
			want.WriteString(strings.Join(strings.Fields(norm.NFC.String(p)), " "))
			want.WriteByte(0)
		}
		sum := sha256.Sum256([]byte(want.String()))
		if got := ContentHash(parts...); got != hex.EncodeToString(sum[:]) {
			t.Errorf("ContentHash(%q...) differs from its definition", parts[0])
		}
	}
}

func BenchmarkContentHash(b *testing.B) {
	text := strings.Repeat("Le secrétaire général de l'Assemblée nationale Bui Van Cuong s'est entretenu.\n", 60)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		ContentHash("title", text)
	}
}

// BenchmarkContentHashNormal hashes the development articles (French,
// Vietnamese, English), as Extract does.
func BenchmarkContentHashNormal(b *testing.B) {
	files, _ := filepath.Glob("../testdata/articles/*.txt")
	var texts []string
	size := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, norm.NFC.String(strings.ToValidUTF8(string(data), "\uFFFD")))
		size += len(data)
	}
	if len(texts) == 0 {
		b.Skip("no articles")
	}
	b.SetBytes(int64(size / len(texts)))
	i := 0
	for b.Loop() {
		ContentHashNormal("title", texts[i%len(texts)])
		i++
	}
}

// contentHashRune is ContentHash written rune by rune, the plain way:
// the fast one must agree with it on every input, invalid UTF-8 included.
func contentHashRune(parts ...string) string {
	var b []byte
	for _, p := range parts {
		p = norm.NFC.String(p)
		space, started := false, false
		for _, r := range p {
			if unicode.IsSpace(r) {
				space = started
				continue
			}
			if space {
				b = append(b, ' ')
				space = false
			}
			started = true
			b = utf8.AppendRune(b, r)
		}
		b = append(b, 0)
	}
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

func FuzzContentHash(f *testing.F) {
	f.Add("Hà Nội", "Quốc hội\u00a0 Việt\u2003Nam\n")
	f.Add("a\xffb", "\xe1\x80 x")
	f.Add("a \u00a0b\u0085c\u1680d", "Việt\u2000\u200aNam \u2028\u2029\u202f\u205f\u3000 ờ ễ ー ‐ ‰ ’ 、")
	f.Add("", strings.Repeat("x", 5000)+" "+strings.Repeat("é", 3000))
	// spaces over ASCII across the bound of a run (maxRun)
	f.Add(strings.Repeat("x", 1023)+"\u00a0y", strings.Repeat("x", 1022)+" \u2003y"+strings.Repeat("ờ ", 600)+"\u3000")
	f.Fuzz(func(t *testing.T, title, text string) {
		if got, want := ContentHash(title, text), contentHashRune(title, text); got != want {
			t.Fatalf("ContentHash(%+q, %+q) = %s, want %s", title, text, got, want)
		}
		if text := norm.NFC.String(strings.ToValidUTF8(text, "\uFFFD")); ContentHashNormal(title, text) != ContentHash(title, text) {
			t.Fatalf("ContentHashNormal(%+q, %+q) differs from ContentHash", title, text)
		}
	})
}

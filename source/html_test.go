package source

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html"
)

func readFixture(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "testdata", "sources", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// Every piece of clutter in the fixture says "NE DOIT PAS SORTIR".
func TestHTMLTextNewsPage(t *testing.T) {
	f, err := os.Open(filepath.Join("..", "testdata", "sources", "article_fr.html"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := HTMLText(f, "https://courrier.example/asie/accord-medecins")
	if err != nil {
		t.Fatal(err)
	}
	if doc.Source != "https://courrier.example/asie/accord-medecins" {
		t.Errorf("Source = %q", doc.Source)
	}
	if want := "Hanoï et Paris signent un accord sur la formation des médecins"; doc.Title != want {
		t.Errorf("Title = %q, want %q", doc.Title, want)
	}
	if doc.Published != "2023-12-01" || doc.Lang != "fr" {
		t.Errorf("Published, Lang = %q, %q", doc.Published, doc.Lang)
	}
	for _, want := range []string{
		"Hanoï, 1er décembre 2023 – Le Vietnam et la France ont signé vendredi à Hanoï",
		"Mme Trần Thị Lan",
		"Une coopération de trente ans",
		"prévue à Paris au printemps 2024.",
	} {
		if !strings.Contains(doc.Text, want) {
			t.Errorf("text lacks %q", want)
		}
	}
	for _, clutter := range []string{"NE-DOIT-PAS", "NE DOIT PAS", "gtag", "dataLayer", "font-family", "Publicité", "Accepter", "Rechercher", "Mots-clés", "Partager", "Les plus lus"} {
		if strings.Contains(doc.Text, clutter) {
			t.Errorf("text contains clutter %q:\n%s", clutter, doc.Text)
		}
	}
	paras := strings.Split(doc.Text, "\n\n")
	if len(paras) != 6 {
		t.Errorf("got %d paragraphs, want 6 (5 paragraphs and a subheading):\n%s", len(paras), doc.Text)
	}
}

func TestHTMLText(t *testing.T) {
	long := strings.Repeat("Les deux pays ont renforcé leur coopération économique cette année. ", 6)
	tests := []struct {
		name                         string
		page                         string
		title, published, lang, text string // text: a substring of Text
	}{
		{
			name:  "title from og:title before h1 and <title>",
			page:  `<html><head><title>Site | Titre long</title><meta property="og:title" content="Le titre"></head><body><h1>Autre</h1><p>` + long + `</p></body></html>`,
			title: "Le titre", text: "coopération économique",
		},
		{
			name:  "title from h1 before <title>",
			page:  `<html><head><title>Titre – Site</title></head><body><article><h1>  Le  titre </h1><p>` + long + `</p></article></body></html>`,
			title: "Le titre", text: "coopération",
		},
		{
			name:  "title from <title> alone",
			page:  `<title>Seul titre</title><p>` + long + `</p>`,
			title: "Seul titre", text: "coopération",
		},
		{
			name:      "date from <time datetime> in the article",
			page:      `<body><aside><time datetime="2020-01-01">old</time></aside><article><time datetime="2024-02-29T08:00">29 février</time><p>` + long + `</p></article></body>`,
			published: "2024-02-29", text: "coopération",
		},
		{
			name:      "date from JSON-LD @graph",
			page:      `<head><script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2023-07-14T10:00:00Z","inLanguage":"vi"}]}</script></head><body><p>` + long + `</p></body>`,
			published: "2023-07-14", lang: "vi", text: "coopération",
		},
		{
			name:      "month-only date",
			page:      `<head><meta name="date" content="2023-12"></head><body><p>` + long + `</p></body>`,
			published: "2023-12", text: "coopération",
		},
		{
			name:      "impossible date ignored",
			page:      `<head><meta property="article:published_time" content="2023-02-30"></head><body><p>` + long + `</p></body>`,
			published: "", text: "coopération",
		},
		{
			name: "lang from og:locale",
			page: `<head><meta property="og:locale" content="vi_VN"></head><body><p>` + long + `</p></body>`,
			lang: "vi", text: "coopération",
		},
		{
			name: "lang from html lang with region",
			page: `<html lang="en-GB"><body><p>` + long + `</p></body></html>`,
			lang: "en", text: "coopération",
		},
		{
			name: "nonsense lang ignored",
			page: `<html lang="xx-nonsense-tag-123"><body><p>` + long + `</p></body></html>`,
			lang: "", text: "coopération",
		},
		{
			name: "short page kept whole",
			page: `<html><body><p>Bref : accord signé.</p></body></html>`,
			text: "Bref : accord signé.",
		},
		{
			name: "no-break spaces become spaces",
			page: "<p>M.&nbsp;Dupont a dit\u202f: oui.</p>",
			text: "M. Dupont a dit : oui.",
		},
		{
			name: "windows-1252 page by meta",
			page: "<meta charset=\"windows-1252\"><p>Hano\xef, le 1er d\xe9cembre</p>",
			text: "Hanoï, le 1er décembre",
		},
		{
			name: "hidden elements dropped",
			page: `<p>Visible paragraph of the article.</p><div hidden>secret one</div><div style="display: none">secret two</div><p aria-hidden="true">secret three</p>`,
			text: "Visible paragraph of the article.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := HTMLText(strings.NewReader(tt.page), "")
			if err != nil {
				t.Fatal(err)
			}
			if tt.title != "" && doc.Title != tt.title {
				t.Errorf("Title = %q, want %q", doc.Title, tt.title)
			}
			if doc.Published != tt.published {
				t.Errorf("Published = %q, want %q", doc.Published, tt.published)
			}
			if doc.Lang != tt.lang {
				t.Errorf("Lang = %q, want %q", doc.Lang, tt.lang)
			}
			if !strings.Contains(doc.Text, tt.text) {
				t.Errorf("Text lacks %q:\n%s", tt.text, doc.Text)
			}
			if strings.Contains(doc.Text, "secret") {
				t.Errorf("hidden text came out:\n%s", doc.Text)
			}
		})
	}

	errorCases := []struct {
		name string
		page string
		want error
	}{
		{"empty", "", ErrEmpty},
		{"only scripts and styles", `<html><head><style>p{}</style></head><body><script>var a = "texte";</script><nav>Menu</nav></body></html>`, ErrEmpty},
		{"white space", " \n\t ", ErrEmpty},
		{"binary", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00", ErrBinary},
	}
	for _, tt := range errorCases {
		t.Run("error/"+tt.name, func(t *testing.T) {
			doc, err := HTMLText(strings.NewReader(tt.page), "u")
			if !errors.Is(err, tt.want) {
				t.Fatalf("HTMLText = %+v, %v; want %v", doc, err, tt.want)
			}
		})
	}
}

// The fallback walk must also give the article alone, for pages readability
// gives up on.
func TestFallbackText(t *testing.T) {
	doc, err := htmlDocument(readFixture(t, "article_fr.html"), "", "x")
	if err != nil {
		t.Fatal(err)
	}
	got := fallbackTextOf(t, readFixture(t, "article_fr.html"), doc.Title)
	if !strings.Contains(got, "Mme Trần Thị Lan") || !strings.Contains(got, "printemps 2024.") {
		t.Errorf("fallback lost the article:\n%s", got)
	}
	if strings.Contains(got, "NE DOIT PAS") || strings.Contains(got, doc.Title) {
		t.Errorf("fallback kept clutter or the title heading:\n%s", got)
	}
}

func TestPartialDate(t *testing.T) {
	tests := map[string]string{
		"2023-12-01":                      "2023-12-01",
		"2023-12-01T23:30:00-05:00":       "2023-12-01", // as the publisher wrote it
		"2023-12-01 10:00":                "2023-12-01",
		"2023-12":                         "2023-12",
		"2023":                            "2023",
		"Fri, 01 Dec 2023 09:30:00 +0700": "2023-12-01",
		"1 Dec 2023":                      "2023-12-01",
		"2023-13-01":                      "",
		"2023-02-29":                      "",
		"2024-02-29":                      "2024-02-29",
		"hier":                            "",
		"":                                "",
		"12/01/2023":                      "", // ambiguous: refused
	}
	for in, want := range tests {
		if got := partialDate(in); got != want {
			t.Errorf("partialDate(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestLangCode(t *testing.T) {
	tests := map[string]string{
		"fr": "fr", "fr-FR": "fr", "fr_FR": "fr", "VI": "vi", "en-US, fr": "en", "fra": "fr",
		"": "", "und": "", "xx-nonsense": "", "haw": "", // Hawaiian has no two-letter code
	}
	for in, want := range tests {
		if got := langCode(in); got != want {
			t.Errorf("langCode(%q) = %q, want %q", in, got, want)
		}
	}
}

func FuzzHTMLText(f *testing.F) {
	f.Add(readFixture(f, "article_fr.html"))
	f.Add(readFixture(f, "page_commission.html"))
	f.Add(readFixture(f, "page_rail.html"))
	for _, s := range []string{"", "<", "<html><p>a", "<script type=\"application/ld+json\">{\"@graph\":[[[]]]}</script>",
		"<meta charset=utf-16><p>x", "<table><td><p>x</table>", "\xff\xfe<\x00p\x00>\x00", "<time datetime=\"9999-99-99\">"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		doc, err := HTMLText(strings.NewReader(string(b)), "https://example.org/a")
		if err != nil {
			return
		}
		for name, s := range map[string]string{"Text": doc.Text, "Title": doc.Title, "Published": doc.Published, "Lang": doc.Lang} {
			if !utf8.ValidString(s) {
				t.Fatalf("%s is not valid UTF-8: %q", name, s)
			}
		}
		if blank(doc.Text) {
			t.Fatal("empty text without ErrEmpty")
		}
		if doc.Published != "" && partialDate(doc.Published) != doc.Published {
			t.Fatalf("Published %q is not a partial ISO date", doc.Published)
		}
	})
}

func fallbackTextOf(t *testing.T, page []byte, title string) string {
	t.Helper()
	text, err := decode(page, declaredCharset(page, ""))
	if err != nil {
		t.Fatal(err)
	}
	root, err := html.Parse(strings.NewReader(text))
	if err != nil {
		t.Fatal(err)
	}
	prune(root, false)
	removeTitleHeading(root, title)
	return fallbackText(root)
}

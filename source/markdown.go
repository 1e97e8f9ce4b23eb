package source

import (
	"fmt"
	"regexp"
	"strings"

	"gopkg.in/yaml.v3"
)

var (
	rxHeading = regexp.MustCompile(`(?m)^ {0,3}(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$`)
	rxImage   = regexp.MustCompile(`!\[[^\]\n]*\]\([^)\n]*\)`)
	rxLink    = regexp.MustCompile(`\[([^\]\n]+)\]\([^)\n]*\)`)
	rxStrong  = regexp.MustCompile(`(\*\*|__)([^\n]+?)(\*\*|__)`)
)

// frontMatter is the YAML header some Markdown articles carry.
type frontMatter struct {
	Title     string `yaml:"title"`
	Date      any    `yaml:"date"`
	Published any    `yaml:"published"`
	Lang      string `yaml:"lang"`
	Language  string `yaml:"language"`
}

// markdownDocument reads a Markdown article: YAML front matter (title,
// date, lang) if any, the first "# " heading as title otherwise, and the
// body with heading marks, images, link targets and bold marks removed.
// Other Markdown is left as it is: the extractor reads it as text.
func markdownDocument(name, text string) Document {
	doc := Document{Source: name}
	if rest, fm, ok := splitFrontMatter(text); ok {
		text = rest
		doc.Title = collapse(fm.Title)
		doc.Published = partialDate(fmt.Sprint(firstNonNil(fm.Published, fm.Date)))
		doc.Lang = langCode(firstNonEmpty(fm.Lang, fm.Language))
	}
	if doc.Title == "" {
		if m := rxHeading.FindStringSubmatch(text); m != nil && m[1] == "#" {
			doc.Title = collapse(m[2])
		}
	}
	text = rxHeading.ReplaceAllString(text, "$2")
	text = rxImage.ReplaceAllString(text, "")
	text = rxLink.ReplaceAllString(text, "$1")
	text = rxStrong.ReplaceAllString(text, "$2")
	doc.Text = strings.TrimSpace(text)
	return doc
}

// splitFrontMatter separates a leading "---" YAML block from the body.
func splitFrontMatter(text string) (string, frontMatter, bool) {
	var fm frontMatter
	if !strings.HasPrefix(text, "---\n") {
		return text, fm, false
	}
	end := strings.Index(text[4:], "\n---")
	if end < 0 {
		return text, fm, false
	}
	head, rest := text[4:4+end], text[4+end+4:]
	if i := strings.IndexByte(rest, '\n'); i >= 0 {
		rest = rest[i+1:]
	} else {
		rest = ""
	}
	if err := yaml.Unmarshal([]byte(head), &fm); err != nil {
		return text, frontMatter{}, false // not front matter after all: keep it as text
	}
	return rest, fm, true
}

func firstNonNil(vs ...any) any {
	for _, v := range vs {
		if v != nil {
			return v
		}
	}
	return ""
}

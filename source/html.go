package source

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"mime"
	"net/url"
	"regexp"
	"strings"
	"unicode/utf8"

	"codeberg.org/readeck/go-readability/v2"
	"codeberg.org/readeck/go-readability/v2/render"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/language"
)

// HTMLText reduces an HTML page to its main article text, with the title,
// publication date and language its metadata gives. The page's charset is
// taken from a byte order mark or <meta charset>, else guessed (UTF-8, then
// Windows-1252). pageURL (may be "") becomes Document.Source. Pages over
// DefaultMaxBytes fail with ErrTooLarge; pages with no text with ErrEmpty.
func HTMLText(r io.Reader, pageURL string) (Document, error) {
	b, err := io.ReadAll(io.LimitReader(r, DefaultMaxBytes+1))
	if err != nil {
		return Document{}, fmt.Errorf("reading page: %w", err)
	}
	if int64(len(b)) > DefaultMaxBytes {
		return Document{}, fmt.Errorf("%w: page is over %s", ErrTooLarge, sizeString(DefaultMaxBytes))
	}
	return htmlDocument(b, "", pageURL)
}

// htmlDocument decodes and reduces one page; contentType is the HTTP header,
// if any, whose charset parameter wins over the page's own declaration.
func htmlDocument(b []byte, contentType, pageURL string) (Document, error) {
	text, err := decode(b, declaredCharset(b, contentType))
	if err != nil {
		return Document{}, err
	}
	root, err := html.Parse(strings.NewReader(text))
	if err != nil { // x/net/html reports only reader errors
		return Document{}, fmt.Errorf("parsing HTML: %w", err)
	}
	meta := readMetadata(root)
	doc := Document{Source: pageURL, Title: meta.title, Published: meta.published, Lang: meta.lang}
	prune(root, false)
	removeTitleHeading(root, meta.title)
	doc.Text = mainText(root, pageURL)
	if blank(doc.Text) {
		return doc, fmt.Errorf("%w: the page has no article text", ErrEmpty)
	}
	return doc, nil
}

// declaredCharset returns the encoding named by the Content-Type header or
// by a <meta> in the first 1024 bytes, or nil when none is named or known.
func declaredCharset(b []byte, contentType string) encoding.Encoding {
	if _, params, err := mime.ParseMediaType(contentType); err == nil && params["charset"] != "" {
		if e := lookupCharset(params["charset"]); e != nil {
			return e
		}
	}
	if len(b) > 1024 {
		b = b[:1024]
	}
	z := html.NewTokenizer(bytes.NewReader(b))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return nil
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			if string(name) != "meta" || !hasAttr {
				continue
			}
			var label, httpEquiv, content string
			for {
				k, v, more := z.TagAttr()
				switch strings.ToLower(string(k)) {
				case "charset":
					label = string(v)
				case "http-equiv":
					httpEquiv = strings.ToLower(string(v))
				case "content":
					content = string(v)
				}
				if !more {
					break
				}
			}
			if label == "" && httpEquiv == "content-type" {
				if _, params, err := mime.ParseMediaType(content); err == nil {
					label = params["charset"]
				}
			}
			if label != "" {
				if e := lookupCharset(label); e != nil {
					if _, name := charset.Lookup(label); strings.HasPrefix(name, "utf-16") {
						// Bytes readable as ASCII cannot be UTF-16: the
						// HTML standard reads such a page as UTF-8.
						return unicode.UTF8
					}
					return e
				}
			}
		}
	}
}

// lookupCharset finds an encoding by its WHATWG label; UTF-8 comes back as
// unicode.UTF8 so that decode can recognise it.
func lookupCharset(label string) encoding.Encoding {
	e, name := charset.Lookup(label)
	if name == "utf-8" {
		return unicode.UTF8
	}
	return e
}

// metadata is what a page says about itself.
type metadata struct {
	title, published, lang string
}

func readMetadata(root *html.Node) metadata {
	metas := map[string]string{} // lower-case property/name/itemprop/http-equiv -> first content
	var titleTag, h1, h1InArticle, timeInArticle, timeAny, timePub, htmlLang string
	var ld []any
	var walk func(n *html.Node, inArticle bool)
	walk = func(n *html.Node, inArticle bool) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Html:
				htmlLang = attr(n, "lang")
				if htmlLang == "" {
					htmlLang = attr(n, "xml:lang")
				}
			case atom.Meta:
				content := attr(n, "content")
				if content == "" {
					content = attr(n, "datetime")
				}
				for _, k := range []string{"property", "name", "itemprop", "http-equiv"} {
					if key := strings.ToLower(strings.TrimSpace(attr(n, k))); key != "" && content != "" {
						if _, seen := metas[key]; !seen {
							metas[key] = content
						}
					}
				}
			case atom.Title:
				if titleTag == "" {
					titleTag = collapse(textOf(n))
				}
			case atom.H1:
				t := collapse(textOf(n))
				if h1 == "" {
					h1 = t
				}
				if inArticle && h1InArticle == "" {
					h1InArticle = t
				}
			case atom.Time:
				dt := attr(n, "datetime")
				if dt == "" {
					dt = collapse(textOf(n))
				}
				if d := partialDate(dt); d != "" {
					if timeAny == "" {
						timeAny = d
					}
					if inArticle && timeInArticle == "" {
						timeInArticle = d
					}
					if _, ok := attrOK(n, "pubdate"); (ok || strings.EqualFold(attr(n, "itemprop"), "datePublished")) && timePub == "" {
						timePub = d
					}
				}
			case atom.Article, atom.Main:
				inArticle = true
			case atom.Script:
				if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") {
					var v any
					if json.Unmarshal([]byte(textOf(n)), &v) == nil {
						ld = append(ld, v)
					}
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inArticle)
		}
	}
	walk(root, false)

	ldArticle := jsonLDArticle(ld)
	var m metadata
	m.title = firstNonEmpty(
		collapse(metas["og:title"]), collapse(metas["twitter:title"]),
		collapse(ldString(ldArticle, "headline")), collapse(ldString(ldArticle, "name")),
		h1InArticle, h1, titleTag)
	for _, d := range []string{
		metas["article:published_time"], metas["og:article:published_time"],
		ldString(ldArticle, "datePublished"), metas["datepublished"], timePub, timeInArticle,
		metas["pubdate"], metas["publishdate"], metas["date"], metas["dc.date.issued"],
		metas["dc.date"], metas["dcterms.created"], metas["dcterms.issued"], metas["parsely-pub-date"],
		metas["sailthru.date"], timeAny,
	} {
		if m.published = partialDate(d); m.published != "" {
			break
		}
	}
	for _, l := range []string{
		htmlLang, metas["content-language"], metas["language"], metas["dc.language"],
		metas["og:locale"], ldString(ldArticle, "inLanguage"),
	} {
		if m.lang = langCode(l); m.lang != "" {
			break
		}
	}
	return m
}

var rxArticleType = regexp.MustCompile(`(?i)(Article|Posting|Report)$`)

// jsonLDArticle finds the article object among JSON-LD blocks (plain,
// arrays, @graph); failing that, any object with a datePublished.
func jsonLDArticle(blocks []any) map[string]any {
	var article, dated map[string]any
	var visit func(v any, depth int)
	visit = func(v any, depth int) {
		if article != nil || depth > 8 {
			return
		}
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				visit(e, depth+1)
			}
		case map[string]any:
			if isArticleType(x["@type"]) {
				article = x
				return
			}
			if _, ok := x["datePublished"].(string); ok && dated == nil {
				dated = x
			}
			if g, ok := x["@graph"]; ok {
				visit(g, depth+1)
			}
		}
	}
	for _, b := range blocks {
		visit(b, 0)
	}
	if article != nil {
		return article
	}
	return dated
}

func isArticleType(t any) bool {
	switch x := t.(type) {
	case string:
		return rxArticleType.MatchString(x)
	case []any:
		for _, e := range x {
			if s, ok := e.(string); ok && rxArticleType.MatchString(s) {
				return true
			}
		}
	}
	return false
}

func ldString(obj map[string]any, key string) string {
	if obj == nil {
		return ""
	}
	switch v := obj[key].(type) {
	case string:
		return v
	case map[string]any: // inLanguage as {"@type":"Language","name":"fr"}
		if s, ok := v["name"].(string); ok {
			return s
		}
	}
	return ""
}

// Elements that never hold article text.
var dropped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Nav: true, atom.Aside: true, atom.Footer: true, atom.Form: true,
	atom.Iframe: true, atom.Svg: true, atom.Button: true, atom.Select: true,
	atom.Textarea: true, atom.Object: true, atom.Embed: true, atom.Canvas: true,
	atom.Dialog: true, atom.Menu: true,
}

var droppedRoles = map[string]bool{
	"navigation": true, "complementary": true, "contentinfo": true, "search": true,
	"banner": true, "menu": true, "menubar": true, "dialog": true, "alert": true,
}

// rxClutter names the blocks the fallback extractor also drops (readability
// has its own, finer, scoring for these).
var rxClutter = regexp.MustCompile(`(?i)(^|[-_\s])(related|comments?|share|sharing|social|newsletter|advert\w*|ads?|promo|breadcrumbs?|menu|sidebar|widget|cookie\w*|subscribe|popup|most-read|tags|masthead)($|[-_\s])`)

var adTokens = map[string]bool{
	"ad": true, "ads": true, "advert": true, "advertisement": true, "advertising": true,
	"pub": true, "publicite": true, "publicité": true, "sponsor": true, "sponsored": true,
	"quang-cao": true, "quangcao": true, "banner-ad": true, "ad-slot": true,
}

// adToken reports whether a class or id names an advertising slot.
func adToken(v string) bool {
	for _, f := range strings.Fields(strings.ToLower(v)) {
		if adTokens[f] || strings.HasPrefix(f, "ad-slot") || strings.HasPrefix(f, "ad-container") {
			return true
		}
	}
	return false
}

// prune removes what is never article text: scripts, styles, navigation,
// asides, footers, forms, comments, hidden elements; with clutter also
// blocks whose class or id says related links, comments, sharing, ...
func prune(n *html.Node, clutter bool) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if drop(c, clutter) {
			n.RemoveChild(c)
		} else {
			prune(c, clutter)
		}
		c = next
	}
}

func drop(n *html.Node, clutter bool) bool {
	switch n.Type {
	case html.CommentNode:
		return true
	case html.ElementNode:
	default:
		return false
	}
	if dropped[n.DataAtom] || droppedRoles[strings.ToLower(attr(n, "role"))] {
		return true
	}
	if _, hidden := attrOK(n, "hidden"); hidden || strings.EqualFold(attr(n, "aria-hidden"), "true") {
		return true
	}
	style := strings.ToLower(strings.ReplaceAll(attr(n, "style"), " ", ""))
	if strings.Contains(style, "display:none") || strings.Contains(style, "visibility:hidden") {
		return true
	}
	if adToken(attr(n, "class")) || adToken(attr(n, "id")) {
		if utf8.RuneCountInString(collapse(textOf(n))) < 200 {
			return true // an advertising slot, not a wrapper that happens to say "ad"
		}
	}
	if clutter && n.DataAtom != atom.Body && n.DataAtom != atom.Html && n.DataAtom != atom.Article && n.DataAtom != atom.Main {
		if rxClutter.MatchString(attr(n, "class")) || rxClutter.MatchString(attr(n, "id")) {
			return true
		}
	}
	return false
}

// readabilityShort is the length under which readability's choice is
// checked against the simple extractor (it can settle on a teaser block).
const readabilityShort = 200

// mainText extracts the article text from a pruned tree: readability
// first, the simple main/article/p walk when readability finds little.
func mainText(root *html.Node, pageURL string) string {
	text := readabilityText(root, pageURL)
	if utf8.RuneCountInString(text) < readabilityShort {
		if alt := fallbackText(root); utf8.RuneCountInString(alt) > utf8.RuneCountInString(text) {
			text = alt
		}
	}
	return text
}

func readabilityText(root *html.Node, pageURL string) (text string) {
	defer func() {
		// A third-party parser must not take the run down with it;
		// the fallback extractor takes over.
		if recover() != nil {
			text = ""
		}
	}()
	u, err := url.Parse(pageURL)
	if err != nil {
		u = &url.URL{}
	}
	p := readability.NewParser()
	p.MaxElemsToParse = 200_000 // beyond that its scoring gets slow; the fallback is linear
	a, err := p.ParseDocument(root, u)
	if err != nil || a.Node == nil {
		return ""
	}
	return cleanText(render.InnerText(a.Node))
}

// fallbackText walks the page: the largest <article>, else <main>, else
// the <p> elements of the body.
func fallbackText(root *html.Node) string {
	root = cloneTree(root)
	prune(root, true)
	var articles, mains, paras []*html.Node
	var body *html.Node
	var find func(n *html.Node)
	find = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Article:
				articles = append(articles, n)
			case atom.Main:
				mains = append(mains, n)
			case atom.Body:
				body = n
			case atom.P:
				paras = append(paras, n)
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			find(c)
		}
	}
	find(root)
	var best string
	for _, n := range append(articles, mains...) {
		if t := cleanText(render.InnerText(n)); len(t) > len(best) {
			best = t
		}
	}
	if best != "" {
		return best
	}
	if len(paras) > 0 {
		var parts []string
		for _, p := range paras {
			if t := cleanText(render.InnerText(p)); t != "" {
				parts = append(parts, t)
			}
		}
		return strings.Join(parts, "\n\n")
	}
	if body == nil {
		body = root
	}
	return cleanText(render.InnerText(body))
}

// removeTitleHeading drops the first <h1> that repeats the title (as
// readability does when it knows the title): the title travels in
// Document.Title, so Text starts with the article itself.
func removeTitleHeading(root *html.Node, title string) {
	if title == "" {
		return
	}
	var found *html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && found == nil; c = c.NextSibling {
			if c.Type == html.ElementNode && c.DataAtom == atom.H1 && collapse(textOf(c)) == title {
				found = c
				return
			}
			walk(c)
		}
	}
	walk(root)
	if found != nil && found.Parent != nil {
		found.Parent.RemoveChild(found)
	}
}

func cloneTree(n *html.Node) *html.Node {
	c := &html.Node{Type: n.Type, DataAtom: n.DataAtom, Data: n.Data, Namespace: n.Namespace}
	c.Attr = append([]html.Attribute(nil), n.Attr...)
	for k := n.FirstChild; k != nil; k = k.NextSibling {
		c.AppendChild(cloneTree(k))
	}
	return c
}

// cleanText tidies rendered text: no-break spaces become spaces, lines are
// trimmed, and runs of blank lines shrink to one, so paragraphs are
// separated by exactly one blank line.
func cleanText(s string) string {
	s = strings.NewReplacer("\u00a0", " ", "\u202f", " ", "\u2007", " ").Replace(s)
	var b strings.Builder
	b.Grow(len(s))
	blankRun := 0
	for line := range strings.SplitSeq(s, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			blankRun++
			continue
		}
		if b.Len() > 0 {
			if blankRun > 0 {
				b.WriteString("\n\n")
			} else {
				b.WriteByte('\n')
			}
		}
		blankRun = 0
		b.WriteString(line)
	}
	return normalize(b.String())
}

func attr(n *html.Node, key string) string {
	v, _ := attrOK(n, key)
	return v
}

func attrOK(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Namespace == "" && strings.EqualFold(a.Key, key) {
			return a.Val, true
		}
	}
	return "", false
}

// textOf concatenates the text nodes under n.
func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// collapse folds runs of white space into single spaces.
func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

var (
	rxDay   = regexp.MustCompile(`^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])`)
	rxMonth = regexp.MustCompile(`^(\d{4})-(\d{2})$`)
	rxYear  = regexp.MustCompile(`^(\d{4})$`)
)

// partialDate reduces a metadata date to a partial ISO date: the date as
// the publisher wrote it (no time-zone shift), "" when it is not one.
func partialDate(s string) string {
	s = strings.TrimSpace(s)
	if m := rxDay.FindStringSubmatch(s); m != nil {
		if validDate(m[1], m[2], m[3]) {
			return m[1] + "-" + m[2] + "-" + m[3]
		}
		return ""
	}
	if m := rxMonth.FindStringSubmatch(s); m != nil {
		if validDate(m[1], m[2], "01") {
			return m[1] + "-" + m[2]
		}
		return ""
	}
	if rxYear.MatchString(s) {
		return s
	}
	for _, layout := range dateLayouts {
		if t, err := parseTime(layout, s); err == nil {
			return t.Format("2006-01-02")
		}
	}
	return ""
}

// langCode gives the ISO 639-1 code of a language tag or locale ("fr-FR",
// "fr_FR", "fra"), or "" when it has none.
func langCode(s string) string {
	s = strings.ReplaceAll(strings.TrimSpace(s), "_", "-")
	if i := strings.IndexAny(s, ",; "); i >= 0 { // Content-Language may list several
		s = s[:i]
	}
	if s == "" {
		return ""
	}
	tag, err := language.Parse(s)
	if err != nil {
		return ""
	}
	base, conf := tag.Base()
	if conf != language.Exact {
		return ""
	}
	if code := base.String(); len(code) == 2 {
		return code
	}
	return ""
}

package source

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"iter"
	"mime"
	"net/url"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
	"go.uber.org/zap"
)

// Feed fetches an RSS, Atom or JSON feed, then each article page it links to
// (HTML reduced to its main text), one request at a time with the per-host
// delay. With a Cache, an unchanged feed (304) yields nothing and so does
// an unchanged page. A failed feed is one Error naming its URL; a failed
// page is an Error naming the page, and the next item is fetched.
//
// The item's title and date win over the page's; the page's language wins
// over the feed's. An item without a link, or whose page has no text, is
// read from the content the feed carries for it.
func Feed(ctx context.Context, feedURL string, opts Options) iter.Seq2[Document, error] {
	opts = opts.withDefaults()
	return func(yield func(Document, error) bool) {
		r := &feedRun{ctx: ctx, opts: opts, f: newFetcher(opts), log: opts.Logger, yield: yield}
		r.run(feedURL)
	}
}

type feedRun struct {
	ctx   context.Context
	opts  Options
	f     *fetcher
	log   *zap.Logger
	yield func(Document, error) bool
}

func (r *feedRun) fail(source string, err error) bool {
	return r.yield(Document{}, &Error{Source: source, Err: err})
}

func (r *feedRun) cached(u string) CacheEntry {
	if r.opts.Cache == nil {
		return CacheEntry{}
	}
	e, _ := r.opts.Cache.Get(u)
	return e
}

func (r *feedRun) store(u string, resp response) {
	if r.opts.Cache == nil || (resp.etag == "" && resp.lastModified == "") {
		return
	}
	if err := r.opts.Cache.Put(u, CacheEntry{ETag: resp.etag, LastModified: resp.lastModified}); err != nil {
		r.log.Warn("cannot store cache entry", zap.String("url", u), zap.Error(err))
	}
}

func (r *feedRun) run(feedURL string) {
	if err := r.ctx.Err(); err != nil {
		r.fail(feedURL, err)
		return
	}
	resp, err := r.f.get(r.ctx, feedURL, r.cached(feedURL))
	if err != nil {
		r.fail(feedURL, err)
		return
	}
	if resp.notModified {
		r.log.Info("feed unchanged", zap.String("url", feedURL))
		return
	}
	feed, err := parseFeed(resp.body)
	if err != nil {
		r.fail(feedURL, fmt.Errorf("%w: %s", ErrNotFeed, feedProblem(err, resp)))
		return
	}
	r.log.Info("feed fetched", zap.String("url", feedURL), zap.Int("items", len(feed.Items)))
	base, _ := url.Parse(resp.url)
	feedLang := langCode(feed.Language)
	seen := map[string]bool{}
	transient := false
	for i, item := range feed.Items {
		if item == nil {
			continue
		}
		if err := r.ctx.Err(); err != nil {
			r.fail(feedURL, err)
			return
		}
		link := itemLink(item, base)
		if link != "" {
			if seen[link] {
				continue
			}
			seen[link] = true
		}
		doc, resp, err := r.item(feedURL, i, item, link)
		if err != nil {
			if r.ctx.Err() != nil {
				r.fail(firstNonEmpty(link, feedURL), r.ctx.Err())
				return
			}
			transient = transient || isTransient(err)
			if !r.fail(firstNonEmpty(link, fmt.Sprintf("%s#item%d", feedURL, i+1)), err) {
				return
			}
			continue
		}
		if resp.notModified {
			r.log.Debug("page unchanged", zap.String("url", link))
			continue
		}
		if doc.Lang == "" {
			doc.Lang = feedLang
		}
		if !r.yield(doc, nil) {
			return // the caller stopped: remember nothing it did not take
		}
		if link != "" {
			r.store(link, resp)
		}
	}
	if transient {
		r.log.Info("feed not cached: some pages failed and will be tried again", zap.String("url", feedURL))
		return
	}
	r.store(feedURL, resp)
}

// item reads one feed item: its page when it has a link, else the content
// the feed carries.
func (r *feedRun) item(feedURL string, i int, item *gofeed.Item, link string) (Document, response, error) {
	var doc Document
	var resp response
	var pageErr error
	if link != "" {
		var err error
		resp, err = r.f.get(r.ctx, link, r.cached(link))
		if err != nil {
			return Document{}, response{}, err
		}
		if resp.notModified {
			return Document{}, resp, nil
		}
		doc, pageErr = pageDocument(resp, link)
		if pageErr != nil && !errors.Is(pageErr, ErrEmpty) {
			return Document{}, response{}, pageErr
		}
	}
	if link == "" || pageErr != nil {
		content := firstNonEmpty(strings.TrimSpace(item.Content), strings.TrimSpace(item.Description))
		if content == "" {
			if pageErr != nil {
				return Document{}, response{}, pageErr
			}
			return Document{}, response{}, fmt.Errorf("%w: item %d has neither a link nor content", ErrEmpty, i+1)
		}
		d, err := htmlDocument([]byte(content), "text/html; charset=utf-8", firstNonEmpty(link, fmt.Sprintf("%s#item%d", feedURL, i+1)))
		if err != nil {
			return Document{}, response{}, fmt.Errorf("item content: %w", err)
		}
		doc.Text = d.Text
		doc.Source = d.Source
		doc.Lang = firstNonEmpty(doc.Lang, d.Lang)
	}
	if t := collapse(normalize(item.Title)); t != "" {
		doc.Title = t
	}
	if d := itemDate(item); d != "" {
		doc.Published = d
	}
	return doc, resp, nil
}

// pageDocument reads a fetched article page according to its Content-Type.
func pageDocument(resp response, link string) (Document, error) {
	mt, _, _ := mime.ParseMediaType(resp.contentType)
	switch {
	case mt == "" || mt == "text/html" || mt == "application/xhtml+xml":
		return htmlDocument(resp.body, resp.contentType, link)
	case mt == "text/plain":
		text, err := decode(resp.body, declaredCharset(nil, resp.contentType))
		if err != nil {
			return Document{}, err
		}
		if blank(text) {
			return Document{}, fmt.Errorf("%w: the page is empty", ErrEmpty)
		}
		return Document{Source: link, Text: text}, nil
	default:
		return Document{}, fmt.Errorf("%w: the page is %s, not HTML or text", ErrUnsupported, mt)
	}
}

// itemLink is the item's article URL made absolute, or "" when it has no
// http(s) link (mailto:, javascript:, none at all).
func itemLink(item *gofeed.Item, base *url.URL) string {
	for _, l := range append([]string{item.Link}, item.Links...) {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		u, err := url.Parse(l)
		if err != nil {
			continue
		}
		if base != nil {
			u = base.ResolveReference(u)
		}
		if (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" {
			u.Fragment = ""
			return u.String()
		}
	}
	return ""
}

// itemDate is the item's publication day as the feed wrote it.
func itemDate(item *gofeed.Item) string {
	for _, t := range []*time.Time{item.PublishedParsed, item.UpdatedParsed} {
		if t != nil && !t.IsZero() {
			return t.Format("2006-01-02")
		}
	}
	return firstNonEmpty(partialDate(item.Published), partialDate(item.Updated))
}

// feedProblem says what came instead of a feed.
func feedProblem(err error, resp response) string {
	mt, _, _ := mime.ParseMediaType(resp.contentType)
	head := bytes.TrimSpace(resp.body)
	switch {
	case len(head) == 0:
		return "the response is empty"
	case mt == "text/html" || bytes.HasPrefix(bytes.ToLower(head), []byte("<!doctype html")) || bytes.HasPrefix(bytes.ToLower(head), []byte("<html")):
		return "the response is an HTML page (give the feed's URL, not the site's)"
	case errors.Is(err, gofeed.ErrFeedTypeNotDetected):
		return fmt.Sprintf("no RSS, Atom or JSON feed in the response (%s)", snippet(head))
	}
	return err.Error()
}

// snippet shows the start of a body, bytes that are not printable escaped.
func snippet(b []byte) string {
	return fmt.Sprintf("starts %q", b[:min(len(b), 40)])
}

// parseFeed runs gofeed, turning a panic of the third-party parser into an
// error for this feed rather than the end of the run.
func parseFeed(body []byte) (feed *gofeed.Feed, err error) {
	defer func() {
		if p := recover(); p != nil {
			feed, err = nil, fmt.Errorf("feed parser failed: %v", p)
		}
	}()
	return gofeed.NewParser().Parse(bytes.NewReader(body))
}

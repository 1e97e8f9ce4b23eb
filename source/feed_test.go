package source

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

// fakeClock stands for time in fetch tests: sleeping advances it at once
// and is recorded, so tests check waits without measuring wall time.
type fakeClock struct {
	mu     sync.Mutex
	now    time.Time
	sleeps []time.Duration
}

func newFakeClock() *fakeClock {
	return &fakeClock{now: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)}
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) Sleep(ctx context.Context, d time.Duration) error {
	c.mu.Lock()
	c.sleeps = append(c.sleeps, d)
	c.now = c.now.Add(d)
	c.mu.Unlock()
	return ctx.Err()
}

func (c *fakeClock) slept() []time.Duration {
	c.mu.Lock()
	defer c.mu.Unlock()
	return slices.Clone(c.sleeps)
}

// hit is one request a test server saw.
type hit struct {
	Path, UA, IfNoneMatch, IfModifiedSince string
	At                                     time.Duration // fake time since the clock's start
}

// site is a test web server with routes and a log of requests.
type site struct {
	*httptest.Server
	clock  *fakeClock
	mu     sync.Mutex
	hits   []hit
	routes map[string]http.HandlerFunc
}

func newSite(t *testing.T, clock *fakeClock) *site {
	s := &site{clock: clock, routes: map[string]http.HandlerFunc{}}
	start := clock.Now()
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.hits = append(s.hits, hit{Path: r.URL.Path, UA: r.UserAgent(), IfNoneMatch: r.Header.Get("If-None-Match"),
			IfModifiedSince: r.Header.Get("If-Modified-Since"), At: clock.Now().Sub(start)})
		h := s.routes[r.URL.Path]
		s.mu.Unlock()
		if h == nil {
			http.NotFound(w, r)
			return
		}
		h(w, r)
	}))
	t.Cleanup(s.Close)
	return s
}

func (s *site) route(path string, h http.HandlerFunc) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.routes[path] = h
}

func (s *site) paths() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []string
	for _, h := range s.hits {
		out = append(out, h.Path)
	}
	return out
}

func (s *site) log() []hit {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.hits)
}

// serve answers with a body, honouring If-None-Match against etag.
func serve(contentType, etag string, body []byte) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if etag != "" {
			w.Header().Set("ETag", etag)
			if r.Header.Get("If-None-Match") == etag {
				w.WriteHeader(http.StatusNotModified)
				return
			}
		}
		if contentType != "" {
			w.Header().Set("Content-Type", contentType)
		}
		w.Write(body)
	}
}

func feedFixture(t *testing.T, name, base string) []byte {
	return []byte(strings.ReplaceAll(string(readFixture(t, name)), "{{BASE}}", base))
}

// rssSite serves the RSS fixture and its two linked pages.
func rssSite(t *testing.T, clock *fakeClock) *site {
	s := newSite(t, clock)
	s.route("/rss.xml", serve("application/rss+xml; charset=utf-8", `"rss-v1"`, feedFixture(t, "feed_rss.xml", s.URL)))
	s.route("/articles/accord-medecins", serve("text/html; charset=utf-8", `"p1"`, readFixture(t, "article_fr.html")))
	s.route("/articles/commission-mixte", serve("text/html", `"p2"`, readFixture(t, "page_commission.html")))
	return s
}

func testOptions(clock *fakeClock) Options {
	return Options{UserAgent: "dyad-test/1.0", clock: clock}
}

func TestFeedRSS(t *testing.T) {
	clock := newFakeClock()
	s := rssSite(t, clock)
	got := collect(t, Feed(context.Background(), s.URL+"/rss.xml", testOptions(clock)))
	if len(got) != 3 {
		t.Fatalf("got %d results: %+v", len(got), got)
	}
	want := []struct {
		doc  Document // Text: a substring
		text string
	}{
		{Document{Source: s.URL + "/articles/accord-medecins", Title: "Hanoï et Paris signent un accord sur la formation des médecins",
			Published: "2023-12-01", Lang: "fr"}, "Mme Trần Thị Lan"},
		{Document{Source: s.URL + "/articles/commission-mixte", Title: "Le Laos et le Cambodge relancent leur commission mixte",
			Published: "2023-11-30", Lang: "fr"}, "Vientiane, 30 novembre – Les ministres des Affaires étrangères du Laos"},
		{Document{Source: s.URL + "/rss.xml#item3", Title: "Brève : la frontière de Moc Bai rouvre aux camions",
			Published: "2023-11-29", Lang: "fr"}, "Le poste-frontière de Moc Bai, entre le Vietnam et le Cambodge, a rouvert mercredi aux poids lourds après deux semaines de travaux.\n\nLes autorités"},
	}
	for i, w := range want {
		d := got[i].doc
		text := d.Text
		d.Text = ""
		if got[i].err != nil || d != w.doc || !strings.Contains(text, w.text) {
			t.Errorf("item %d:\n got %+v (text %q)\nwant %+v with %q", i+1, got[i], text, w.doc, w.text)
		}
		if strings.Contains(text, "NE DOIT PAS") || strings.Contains(text, "Accueil") {
			t.Errorf("item %d: clutter in text:\n%s", i+1, text)
		}
	}
	if p := s.paths(); !slices.Equal(p, []string{"/rss.xml", "/articles/accord-medecins", "/articles/commission-mixte"}) {
		t.Errorf("requests %q", p)
	}
	for _, h := range s.log() {
		if h.UA != "dyad-test/1.0" {
			t.Errorf("%s sent User-Agent %q", h.Path, h.UA)
		}
	}
}

func TestFeedAtom(t *testing.T) {
	clock := newFakeClock()
	s := newSite(t, clock)
	s.route("/atom.xml", serve("application/atom+xml", "", feedFixture(t, "feed_atom.xml", s.URL)))
	s.route("/news/rail-link", serve("text/html; charset=utf-8", "", readFixture(t, "page_rail.html")))
	// /news/editorial is not routed: 404.
	got := collect(t, Feed(context.Background(), s.URL+"/atom.xml", testOptions(clock)))
	if len(got) != 2 {
		t.Fatalf("got %+v", got)
	}
	d := got[0].doc
	if d.Source != s.URL+"/news/rail-link" || d.Title != "Thailand and Malaysia agree to reopen a border rail link" ||
		d.Published != "2023-12-02" || d.Lang != "en" || !strings.HasPrefix(d.Text, "BANGKOK, Dec 2 – Thailand and Malaysia signed") ||
		strings.Contains(d.Text, "expressway") {
		t.Errorf("rail link: %+v", d)
	}
	e := got[1].err
	if e == nil || e.Source != s.URL+"/news/editorial" || e.Error() != s.URL+"/news/editorial: http 404" || !errors.Is(e, ErrHTTPStatus) {
		t.Errorf("editorial: got %v", got[1])
	}
	if n := strings.Count(strings.Join(s.paths(), " "), "/news/editorial"); n != 1 {
		t.Errorf("404 requested %d times; a 4xx is not retried", n)
	}
}

// The brief's hourly-job story: the same feed answers 500, then garbage,
// then nothing at all; each run ends in one clear error naming the URL.
func TestFeed500ThenGarbageThenTimeout(t *testing.T) {
	clock := newFakeClock()
	s := newSite(t, clock)
	done := make(chan struct{})
	t.Cleanup(func() { close(done) }) // runs before s.Close: hung handlers return
	var mu sync.Mutex
	n := 0
	s.route("/feed", func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		n++
		k := n
		mu.Unlock()
		switch {
		case k <= 3:
			http.Error(w, "boom", http.StatusInternalServerError)
		case k == 4:
			w.Header().Set("Content-Type", "application/rss+xml")
			w.Write([]byte("\x1f\x8b garbage {not xml at all"))
		default:
			select {
			case <-r.Context().Done():
			case <-done:
			}
		}
	})
	opts := testOptions(clock)
	opts.Retries = 2
	opts.HTTPClient = &http.Client{Timeout: 50 * time.Millisecond}
	url := s.URL + "/feed"
	runs := []struct {
		name     string
		msg      string
		sentinel error
		requests int
	}{
		{"500", url + ": http 500 after 3 attempts", ErrHTTPStatus, 3},
		{"garbage", url + `: not a feed: no RSS, Atom or JSON feed in the response (starts "\x1f\x8b garbage {not xml at all")`, ErrNotFeed, 4},
		{"timeout", url + ": timeout after 50ms after 3 attempts", ErrTimeout, 7},
	}
	for _, run := range runs {
		got := collect(t, Feed(context.Background(), url, opts))
		if len(got) != 1 || got[0].err == nil {
			t.Fatalf("%s: got %+v, want one error", run.name, got)
		}
		if e := got[0].err; e.Error() != run.msg || !errors.Is(e, run.sentinel) || e.Source != url {
			t.Errorf("%s: error %q\n want %q (%v)", run.name, e, run.msg, run.sentinel)
		}
		if h := len(s.paths()); h != run.requests {
			t.Errorf("%s: %d requests so far, want %d", run.name, h, run.requests)
		}
	}
}

func TestFeedErrors(t *testing.T) {
	big := strings.Repeat("x", 5000)
	tests := []struct {
		name     string
		handler  http.HandlerFunc
		opts     func(*Options)
		msg      string // after "<url>: "
		sentinel error
		requests int
	}{
		{"404 not retried", func(w http.ResponseWriter, r *http.Request) { http.NotFound(w, r) }, nil, "http 404", ErrHTTPStatus, 1},
		{"403 not retried", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(403) }, nil, "http 403", ErrHTTPStatus, 1},
		{"503 retried the default 3 times", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(503) }, nil, "http 503 after 4 attempts", ErrHTTPStatus, 4},
		{"retries off", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(502) }, func(o *Options) { o.Retries = -1 }, "http 502", ErrHTTPStatus, 1},
		{"429 with a long Retry-After", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Retry-After", "3600")
			w.WriteHeader(429)
		}, nil, "http 429 (server asks to retry after 1h0m0s; not waiting that long)", ErrHTTPStatus, 1},
		{"html page instead of feed", serve("text/html", "", []byte("<!DOCTYPE html><html><body>Accueil</body></html>")), nil,
			"not a feed: the response is an HTML page (give the feed's URL, not the site's)", ErrNotFeed, 1},
		{"empty body", serve("application/rss+xml", "", nil), nil, "not a feed: the response is empty", ErrNotFeed, 1},
		{"too large by Content-Length", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Length", fmt.Sprint(len(big)))
			w.Write([]byte(big))
		}, func(o *Options) { o.MaxBytes = 1000 },
			"response is 4.9 KiB, over the 1000 bytes limit", ErrTooLarge, 1},
		{"too large while streaming", func(w http.ResponseWriter, r *http.Request) {
			for range 5 {
				w.Write([]byte(big[:1000]))
				w.(http.Flusher).Flush() // chunked: no Content-Length
			}
		}, func(o *Options) { o.MaxBytes = 1000 }, "response is over the 1000 bytes limit", ErrTooLarge, 1},
		{"redirect loop", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/feed", http.StatusFound) }, nil,
			"redirect refused: more than 5 redirects", nil, 6},
		{"redirect to another scheme", func(w http.ResponseWriter, r *http.Request) {
			http.Redirect(w, r, "ftp://example.org/feed", http.StatusFound)
		}, nil,
			`redirect refused: redirect to a "ftp" URL`, nil, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			clock := newFakeClock()
			s := newSite(t, clock)
			s.route("/feed", tt.handler)
			opts := testOptions(clock)
			if tt.opts != nil {
				tt.opts(&opts)
			}
			got := collect(t, Feed(context.Background(), s.URL+"/feed", opts))
			if len(got) != 1 || got[0].err == nil {
				t.Fatalf("got %+v, want one error", got)
			}
			e := got[0].err
			if want := s.URL + "/feed: " + tt.msg; e.Error() != want {
				t.Errorf("error %q\n  want %q", e, want)
			}
			if tt.sentinel != nil && !errors.Is(e, tt.sentinel) {
				t.Errorf("error %v is not %v", e, tt.sentinel)
			}
			if n := len(s.paths()); n != tt.requests {
				t.Errorf("%d requests, want %d", n, tt.requests)
			}
		})
	}

	t.Run("connection refused is retried", func(t *testing.T) {
		clock := newFakeClock()
		s := newSite(t, clock)
		url := s.URL + "/feed"
		s.Close()
		opts := testOptions(clock)
		opts.Retries = 1
		opts.PerHostDelay = -1
		got := collect(t, Feed(context.Background(), url, opts))
		if len(got) != 1 || got[0].err == nil || !strings.HasPrefix(got[0].err.Error(), url+": connection failed: ") ||
			!strings.HasSuffix(got[0].err.Error(), "after 2 attempts") || strings.Count(got[0].err.Error(), url) != 1 {
			t.Errorf("got %+v", got)
		}
		if len(clock.slept()) != 1 {
			t.Errorf("slept %v, want one backoff", clock.slept())
		}
	})
	t.Run("not an http URL", func(t *testing.T) {
		for _, u := range []string{"ftp://example.org/feed", "feed.xml", "http://"} {
			got := collect(t, Feed(context.Background(), u, Options{}))
			if len(got) != 1 || !errors.Is(got[0].err, ErrUnsupported) || got[0].err.Source != u {
				t.Errorf("%s: got %+v", u, got)
			}
		}
	})
}

func TestFeedRetryBackoff(t *testing.T) {
	clock := newFakeClock()
	s := rssSite(t, clock)
	var mu sync.Mutex
	fails := 0
	feed := feedFixture(t, "feed_rss.xml", s.URL)
	s.route("/rss.xml", func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		fails++
		switch fails {
		case 1:
			w.WriteHeader(http.StatusBadGateway)
		case 2:
			w.Header().Set("Retry-After", "7")
			w.WriteHeader(http.StatusServiceUnavailable)
		default:
			w.Write(feed)
		}
	})
	opts := testOptions(clock)
	opts.PerHostDelay = -1 // only backoff sleeps
	got := collect(t, Feed(context.Background(), s.URL+"/rss.xml", opts))
	if len(got) != 3 || got[0].err != nil || got[2].err != nil {
		t.Fatalf("got %+v", got)
	}
	sl := clock.slept()
	if len(sl) != 2 {
		t.Fatalf("slept %v, want two waits", sl)
	}
	// First retry: 250-500ms of jittered backoff; second: the 7s asked.
	if sl[0] < defaultBackoff/2 || sl[0] > defaultBackoff || sl[1] != 7*time.Second {
		t.Errorf("waits %v", sl)
	}
	if n := len(s.paths()); n != 5 {
		t.Errorf("%d requests, want 3 for the feed and 2 pages", n)
	}
	for n := 1; n <= 12; n++ { // the cap holds and jitter stays in its band
		f := &fetcher{}
		d := f.backoff(n)
		full := min(defaultBackoff<<(n-1), maxBackoff)
		if d < full/2 || d > full {
			t.Errorf("backoff(%d) = %v, want within [%v, %v]", n, d, full/2, full)
		}
	}
}

func TestFeedConditionalRequests(t *testing.T) {
	clock := newFakeClock()
	s := rssSite(t, clock)
	path := filepath.Join(t.TempDir(), "cache.json")
	url := s.URL + "/rss.xml"
	run := func() []result {
		cache, err := NewFileCache(path)
		if err != nil {
			t.Fatal(err)
		}
		opts := testOptions(clock)
		opts.Cache = cache
		got := collect(t, Feed(context.Background(), url, opts))
		if err := cache.Save(); err != nil {
			t.Fatal(err)
		}
		return got
	}

	if got := run(); len(got) != 3 {
		t.Fatalf("first run: %+v", got)
	}
	first := len(s.paths())

	// Second run, feed unchanged: one request, answered 304, no documents.
	if got := run(); len(got) != 0 {
		t.Errorf("second run yielded %+v", got)
	}
	log := s.log()[first:]
	if len(log) != 1 || log[0].Path != "/rss.xml" || log[0].IfNoneMatch != `"rss-v1"` {
		t.Errorf("second run requests %+v; want one conditional request for the feed", log)
	}

	// Third run, feed changed: pages are asked conditionally, unchanged
	// ones yield nothing; the item without a link is read from the feed.
	s.route("/rss.xml", serve("application/rss+xml", `"rss-v2"`, feedFixture(t, "feed_rss.xml", s.URL)))
	got := run()
	if len(got) != 1 || got[0].doc.Source != url+"#item3" {
		t.Errorf("third run yielded %+v; want only the item without a link", got)
	}
	log = s.log()[first+1:]
	wantINM := map[string]string{"/rss.xml": `"rss-v1"`, "/articles/accord-medecins": `"p1"`, "/articles/commission-mixte": `"p2"`}
	if len(log) != 3 {
		t.Fatalf("third run requests %+v", log)
	}
	for _, h := range log {
		if h.IfNoneMatch != wantINM[h.Path] {
			t.Errorf("%s sent If-None-Match %q, want %q", h.Path, h.IfNoneMatch, wantINM[h.Path])
		}
	}
}

func TestFeedLastModified(t *testing.T) {
	clock := newFakeClock()
	s := newSite(t, clock)
	const lm = "Fri, 01 Dec 2023 05:00:00 GMT"
	s.route("/feed", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-Modified-Since") == lm {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("Last-Modified", lm)
		w.Write([]byte(`<rss version="2.0"><channel><title>x</title></channel></rss>`))
	})
	cache, err := NewFileCache(filepath.Join(t.TempDir(), "c.json"))
	if err != nil {
		t.Fatal(err)
	}
	opts := testOptions(clock)
	opts.Cache = cache
	for range 2 {
		if got := collect(t, Feed(context.Background(), s.URL+"/feed", opts)); len(got) != 0 {
			t.Fatalf("got %+v", got)
		}
	}
	if log := s.log(); len(log) != 2 || log[0].IfModifiedSince != "" || log[1].IfModifiedSince != lm {
		t.Errorf("requests %+v", log)
	}
}

func TestFeedCacheOnlyWhatWasDelivered(t *testing.T) {
	t.Run("a page failing with 500 keeps the feed uncached", func(t *testing.T) {
		clock := newFakeClock()
		s := rssSite(t, clock)
		s.route("/articles/commission-mixte", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(500) })
		cache, _ := NewFileCache(filepath.Join(t.TempDir(), "c.json"))
		opts := testOptions(clock)
		opts.Cache = cache
		opts.Retries = -1
		got := collect(t, Feed(context.Background(), s.URL+"/rss.xml", opts))
		if len(got) != 3 || got[1].err == nil || got[1].err.Error() != s.URL+"/articles/commission-mixte: http 500" {
			t.Fatalf("got %+v", got)
		}
		if _, ok := cache.Get(s.URL + "/rss.xml"); ok {
			t.Error("feed cached although one page must be tried again")
		}
		if _, ok := cache.Get(s.URL + "/articles/accord-medecins"); !ok {
			t.Error("delivered page not cached")
		}
	})
	t.Run("a caller that stops takes nothing", func(t *testing.T) {
		clock := newFakeClock()
		s := rssSite(t, clock)
		cache, _ := NewFileCache(filepath.Join(t.TempDir(), "c.json"))
		opts := testOptions(clock)
		opts.Cache = cache
		for range Feed(context.Background(), s.URL+"/rss.xml", opts) {
			break
		}
		if cache.Len() != 0 {
			t.Errorf("cache holds %d entries", cache.Len())
		}
		if p := s.paths(); len(p) != 2 {
			t.Errorf("requests after break: %q", p)
		}
	})
}

func TestFeedPerHostDelay(t *testing.T) {
	clock := newFakeClock()
	a := newSite(t, clock)
	b := newSite(t, clock)
	page := []byte("<p>Un paragraphe d'article.</p>")
	a.route("/feed", serve("application/rss+xml", "", []byte(fmt.Sprintf(`<rss version="2.0"><channel><title>t</title>
<item><title>1</title><link>%[1]s/a1</link></item>
<item><title>2</title><link>%[2]s/b1</link></item>
<item><title>3</title><link>%[1]s/a2</link></item>
<item><title>dup</title><link>%[1]s/a1#again</link></item>
</channel></rss>`, a.URL, b.URL))))
	for _, p := range []string{"/a1", "/a2"} {
		a.route(p, serve("text/html", "", page))
	}
	b.route("/b1", serve("text/html", "", page))

	opts := testOptions(clock)
	opts.PerHostDelay = 2 * time.Second
	got := collect(t, Feed(context.Background(), a.URL+"/feed", opts))
	if len(got) != 3 {
		t.Fatalf("got %+v", got)
	}
	type at struct {
		path string
		at   time.Duration
	}
	var gotA, gotB []at
	for _, h := range a.log() {
		gotA = append(gotA, at{h.Path, h.At})
	}
	for _, h := range b.log() {
		gotB = append(gotB, at{h.Path, h.At})
	}
	// Host A waits 2s between its requests; B, asked in between, does
	// not wait for A; the duplicate link is not fetched again.
	if want := []at{{"/feed", 0}, {"/a1", 2 * time.Second}, {"/a2", 4 * time.Second}}; !slices.Equal(gotA, want) {
		t.Errorf("host A requests %v, want %v", gotA, want)
	}
	if want := []at{{"/b1", 2 * time.Second}}; !slices.Equal(gotB, want) {
		t.Errorf("host B requests %v, want %v", gotB, want)
	}

	// A limiter shared by two calls keeps the delay across them.
	shared := NewHostLimiter()
	opts.Hosts = shared
	a.route("/feed", serve("application/rss+xml", "", []byte(`<rss version="2.0"><channel><title>t</title></channel></rss>`)))
	before := len(clock.slept())
	for range 2 {
		collect(t, Feed(context.Background(), a.URL+"/feed", opts))
	}
	if sl := clock.slept()[before:]; !slices.Equal(sl, []time.Duration{2 * time.Second}) {
		t.Errorf("shared limiter waits %v, want one 2s wait before the second call", sl)
	}
}

func TestFeedRedirects(t *testing.T) {
	clock := newFakeClock()
	s := rssSite(t, clock)
	s.route("/old-feed", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/rss.xml", http.StatusMovedPermanently)
	})
	moved := s.routes["/articles/accord-medecins"]
	s.route("/articles/accord-medecins", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/articles/2023/accord-medecins", http.StatusFound)
	})
	s.route("/articles/2023/accord-medecins", moved)
	opts := testOptions(clock)
	opts.PerHostDelay = time.Second
	got := collect(t, Feed(context.Background(), s.URL+"/old-feed", opts))
	if len(got) != 3 || got[0].err != nil || got[0].doc.Source != s.URL+"/articles/accord-medecins" ||
		!strings.Contains(got[0].doc.Text, "Trần Thị Lan") {
		t.Fatalf("got %+v", got)
	}
	log := s.log()
	wantPaths := []string{"/old-feed", "/rss.xml", "/articles/accord-medecins", "/articles/2023/accord-medecins", "/articles/commission-mixte"}
	if p := s.paths(); !slices.Equal(p, wantPaths) {
		t.Fatalf("requests %q", p)
	}
	for i, h := range log {
		if h.UA != "dyad-test/1.0" {
			t.Errorf("%s: User-Agent %q", h.Path, h.UA)
		}
		if h.At != time.Duration(i)*time.Second { // redirect hops wait their turn too
			t.Errorf("%s at %v, want %v", h.Path, h.At, time.Duration(i)*time.Second)
		}
	}
}

func TestFeedDefaultUserAgent(t *testing.T) {
	clock := newFakeClock()
	s := newSite(t, clock)
	s.route("/feed", serve("application/rss+xml", "", []byte(`<rss version="2.0"><channel><title>t</title></channel></rss>`)))
	collect(t, Feed(context.Background(), s.URL+"/feed", Options{clock: clock}))
	ua := s.log()[0].UA
	if !strings.HasPrefix(ua, "dyad/") || !strings.HasSuffix(ua, " (+https://github.com/dyadgraph/dyad)") {
		t.Errorf("User-Agent %q", ua)
	}
}

func TestFeedItems(t *testing.T) {
	clock := newFakeClock()
	s := newSite(t, clock)
	s.route("/feed", serve("application/rss+xml", "", []byte(fmt.Sprintf(`<rss version="2.0"><channel><title>t</title><language>vi</language>
<item><title>pdf</title><link>%[1]s/doc.pdf</link></item>
<item><title>app shell</title><link>%[1]s/app</link><description>&lt;p&gt;Tóm tắt của bài báo.&lt;/p&gt;</description></item>
<item><title>plain</title><link>%[1]s/plain</link></item>
<item><title>nothing</title></item>
<item><title>mailto</title><link>mailto:redaction@example.org</link><description>Viết cho chúng tôi.</description></item>
</channel></rss>`, s.URL))))
	s.route("/doc.pdf", serve("application/pdf", "", []byte("%PDF-1.7")))
	s.route("/app", serve("text/html", "", []byte(`<html><body><div id="root"></div><script>render()</script></body></html>`)))
	s.route("/plain", serve("text/plain; charset=windows-1252", "", []byte("Hano\xef, texte brut.")))
	got := collect(t, Feed(context.Background(), s.URL+"/feed", testOptions(clock)))
	if len(got) != 5 {
		t.Fatalf("got %+v", got)
	}
	checks := []struct {
		source, text string
		err          error
	}{
		{s.URL + "/doc.pdf", "", ErrUnsupported},
		{s.URL + "/app", "Tóm tắt của bài báo.", nil},
		{s.URL + "/plain", "Hanoï, texte brut.", nil},
		{s.URL + "/feed#item4", "", ErrEmpty},
		{s.URL + "/feed#item5", "Viết cho chúng tôi.", nil},
	}
	for i, c := range checks {
		r := got[i]
		if c.err != nil {
			if r.err == nil || !errors.Is(r.err, c.err) || r.err.Source != c.source {
				t.Errorf("item %d: got %+v, want %v about %s", i+1, r, c.err, c.source)
			}
			continue
		}
		if r.err != nil || r.doc.Source != c.source || r.doc.Text != c.text || r.doc.Lang != "vi" {
			t.Errorf("item %d: got %+v, want %q from %s in vi", i+1, r, c.text, c.source)
		}
	}
}

func TestFeedCancel(t *testing.T) {
	clock := newFakeClock()
	s := rssSite(t, clock)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var got []result
	for doc, err := range Feed(ctx, s.URL+"/rss.xml", testOptions(clock)) {
		var e *Error
		errors.As(err, &e)
		got = append(got, result{doc, e})
		cancel()
	}
	if len(got) != 2 || got[0].doc.Text == "" || !errors.Is(got[1].err, context.Canceled) {
		t.Errorf("got %+v; want one document then context.Canceled", got)
	}
	if n := len(s.paths()); n != 2 {
		t.Errorf("%d requests; nothing is fetched after cancel", n)
	}

	// Already cancelled: no request at all.
	collect(t, Feed(ctx, s.URL+"/rss.xml", testOptions(clock)))
	if n := len(s.paths()); n != 2 {
		t.Errorf("%d requests after a cancelled start", n)
	}
}

func TestFileCache(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "cache.json")
	c, err := NewFileCache(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Put("https://e.org/feed", CacheEntry{ETag: `"x"`, LastModified: "Fri, 01 Dec 2023 05:00:00 GMT"}); err != nil {
		t.Fatal(err)
	}
	c.Put("https://e.org/b", CacheEntry{ETag: `"b"`}) // within the save interval: on disk after Save
	if err := c.Save(); err != nil {
		t.Fatal(err)
	}
	c2, err := NewFileCache(path)
	if err != nil {
		t.Fatal(err)
	}
	e, ok := c2.Get("https://e.org/feed")
	if !ok || e.ETag != `"x"` || e.LastModified != "Fri, 01 Dec 2023 05:00:00 GMT" || e.Stored.IsZero() || c2.Len() != 2 {
		t.Errorf("reloaded %+v %v (len %d)", e, ok, c2.Len())
	}

	// Entries not stored again for a long time are dropped.
	c2.now = func() time.Time { return time.Now().Add(cacheMaxAge + time.Hour) }
	c2.Put("https://e.org/new", CacheEntry{ETag: `"n"`})
	c2.Save()
	c3, _ := NewFileCache(path)
	if _, ok := c3.Get("https://e.org/feed"); ok || c3.Len() != 1 {
		t.Errorf("old entries kept: len %d", c3.Len())
	}

	errorCases := []struct {
		name, content, msg string
	}{
		{"not json", "ETag: x", "not a dyad cache file"},
		{"other version", `{"version": 7, "entries": {}}`, "unknown version 7"},
	}
	for _, tt := range errorCases {
		t.Run("error/"+tt.name, func(t *testing.T) {
			p := write(t, filepath.Join(dir, tt.name+".json"), []byte(tt.content))
			_, err := NewFileCache(p)
			if err == nil || !strings.Contains(err.Error(), tt.msg) || !strings.Contains(err.Error(), p) {
				t.Errorf("got %v, want %q naming the file", err, tt.msg)
			}
		})
	}
	t.Run("error/unwritable directory", func(t *testing.T) {
		p := filepath.Join(dir, "no", "such", "dir", "c.json")
		c, err := NewFileCache(p)
		if err != nil {
			t.Fatal(err)
		}
		if err := c.Put("u", CacheEntry{ETag: "e"}); err == nil || !strings.Contains(err.Error(), p) {
			t.Errorf("Put = %v", err)
		}
	})
	if _, err := os.Stat(path); err != nil {
		t.Fatal(err)
	}
}

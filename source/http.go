package source

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"go.uber.org/zap"
)

// HostLimiter remembers when each host was last asked. Share one between
// the Feed calls of a run so the per-host delay holds across feeds of the
// same site. It is safe for concurrent use.
type HostLimiter struct {
	mu   sync.Mutex
	next map[string]time.Time // host -> earliest time of its next request
}

// NewHostLimiter returns a limiter that has asked no host yet.
func NewHostLimiter() *HostLimiter { return &HostLimiter{next: map[string]time.Time{}} }

// wait blocks until host may be asked again, then books the slot.
func (h *HostLimiter) wait(ctx context.Context, c clock, host string, delay time.Duration) error {
	h.mu.Lock()
	now := c.Now()
	at := h.next[host]
	if at.Before(now) {
		at = now
	}
	h.next[host] = at.Add(delay)
	h.mu.Unlock()
	if d := at.Sub(now); d > 0 {
		return c.Sleep(ctx, d)
	}
	return nil
}

type realClock struct{}

func (realClock) Now() time.Time { return time.Now() }

func (realClock) Sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// politeTransport sets the User-Agent on every request the client makes,
// and makes redirect hops wait for their host's turn.
type politeTransport struct {
	base http.RoundTripper
	opts Options
}

func (t *politeTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	// The first request waited before the client's timeout started (see
	// once); a redirect hop waits here.
	if req.Response != nil {
		if err := t.opts.Hosts.wait(req.Context(), t.opts.clock, req.URL.Host, t.opts.PerHostDelay); err != nil {
			return nil, err
		}
	}
	req = req.Clone(req.Context())
	req.Header.Set("User-Agent", t.opts.UserAgent)
	return t.base.RoundTrip(req)
}

// errRedirect marks redirect policy failures, which are not retried.
var errRedirect = errors.New("redirect refused")

// fetcher makes the HTTP requests of one Feed call.
type fetcher struct {
	client *http.Client
	opts   Options
	log    *zap.Logger
}

func newFetcher(opts Options) *fetcher {
	c := *opts.HTTPClient // a copy: the caller's client is not modified
	base := c.Transport
	if base == nil {
		base = http.DefaultTransport
	}
	c.Transport = &politeTransport{base: base, opts: opts}
	if c.CheckRedirect == nil {
		c.CheckRedirect = func(req *http.Request, via []*http.Request) error {
			if len(via) > maxRedirects {
				return fmt.Errorf("%w: more than %d redirects", errRedirect, maxRedirects)
			}
			if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
				return fmt.Errorf("%w: redirect to a %q URL", errRedirect, req.URL.Scheme)
			}
			return nil
		}
	}
	return &fetcher{client: &c, opts: opts, log: opts.Logger}
}

// response is a fetched body with its validators.
type response struct {
	body         []byte
	contentType  string
	url          string // after redirects
	notModified  bool
	etag         string
	lastModified string
}

// fetchError is a failed fetch in words a user reads; it unwraps to the
// sentinel (ErrHTTPStatus, ErrTimeout, ErrTooLarge) and the cause.
type fetchError struct {
	msg       string
	errs      []error
	transient bool // worth trying again on a later run
}

func (e *fetchError) Error() string   { return e.msg }
func (e *fetchError) Unwrap() []error { return e.errs }

// isTransient tells failures a later run may not meet (server errors,
// timeouts) from lasting ones (404, too large, not a feed).
func isTransient(err error) bool {
	var fe *fetchError
	return errors.As(err, &fe) && fe.transient
}

// get fetches rawURL, retrying server errors, 429, timeouts and connection
// failures with exponential backoff and jitter. With validators from the
// cache it makes a conditional request, and a 304 is notModified.
func (f *fetcher) get(ctx context.Context, rawURL string, cond CacheEntry) (response, error) {
	u, err := url.Parse(rawURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return response{}, fmt.Errorf("%w: not an http(s) URL", ErrUnsupported)
	}
	attempts := f.opts.Retries + 1
	var last *fetchError
	for attempt := 1; attempt <= attempts; attempt++ {
		resp, retryAfter, ferr := f.once(ctx, u.String(), cond)
		if ferr == nil {
			return resp, nil
		}
		if ctx.Err() != nil {
			return response{}, ctx.Err()
		}
		if !ferr.transient {
			return response{}, ferr
		}
		last = ferr
		if attempt == attempts {
			break
		}
		wait := f.backoff(attempt)
		if retryAfter > 0 {
			if retryAfter > maxRetryAfter {
				ferr.msg += fmt.Sprintf(" (server asks to retry after %s; not waiting that long)", retryAfter)
				return response{}, ferr
			}
			wait = max(wait, retryAfter)
		}
		f.log.Info("retrying", zap.String("url", rawURL), zap.String("problem", ferr.msg),
			zap.Int("attempt", attempt), zap.Duration("wait", wait))
		if err := f.opts.clock.Sleep(ctx, wait); err != nil {
			return response{}, err
		}
	}
	if attempts > 1 {
		last.msg += fmt.Sprintf(" after %d attempts", attempts)
	}
	return response{}, last
}

// backoff is the pause before retry n (n >= 1): exponential, capped, with
// full jitter over its upper half so clients do not retry in step.
func (f *fetcher) backoff(n int) time.Duration {
	d := defaultBackoff << (n - 1)
	if d > maxBackoff || d <= 0 {
		d = maxBackoff
	}
	return d/2 + rand.N(d/2+1)
}

// once makes one request. It returns the Retry-After delay a 429/503 asks for.
func (f *fetcher) once(ctx context.Context, rawURL string, cond CacheEntry) (response, time.Duration, *fetchError) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, rawURL, nil)
	if err != nil {
		return response{}, 0, &fetchError{msg: "bad URL: " + err.Error(), errs: []error{err}}
	}
	req.Header.Set("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/html;q=0.9, text/xml;q=0.8, */*;q=0.5")
	if cond.ETag != "" {
		req.Header.Set("If-None-Match", cond.ETag)
	}
	if cond.LastModified != "" {
		req.Header.Set("If-Modified-Since", cond.LastModified)
	}
	if err := f.opts.Hosts.wait(ctx, f.opts.clock, req.URL.Host, f.opts.PerHostDelay); err != nil {
		return response{}, 0, &fetchError{msg: err.Error(), errs: []error{err}}
	}
	resp, err := f.client.Do(req)
	if err != nil {
		return response{}, 0, f.transportError(err)
	}
	defer resp.Body.Close()
	out := response{
		contentType:  resp.Header.Get("Content-Type"),
		url:          resp.Request.URL.String(),
		etag:         resp.Header.Get("ETag"),
		lastModified: resp.Header.Get("Last-Modified"),
	}
	switch code := resp.StatusCode; {
	case code == http.StatusNotModified:
		out.notModified = true
		return out, 0, nil
	case code >= 500 || code == http.StatusTooManyRequests:
		io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10)) // lets the connection be reused
		return response{}, retryAfter(resp.Header.Get("Retry-After"), f.opts.clock.Now()),
			&fetchError{msg: fmt.Sprintf("http %d", code), errs: []error{ErrHTTPStatus}, transient: true}
	case code < 200 || code >= 300:
		return response{}, 0, &fetchError{msg: fmt.Sprintf("http %d", code), errs: []error{ErrHTTPStatus}}
	}
	if resp.ContentLength > f.opts.MaxBytes {
		return response{}, 0, &fetchError{
			msg:  fmt.Sprintf("response is %s, over the %s limit", sizeString(resp.ContentLength), sizeString(f.opts.MaxBytes)),
			errs: []error{ErrTooLarge}}
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, f.opts.MaxBytes+1))
	if err != nil {
		fe := f.transportError(err)
		fe.msg = "reading response: " + fe.msg
		return response{}, 0, fe
	}
	if int64(len(body)) > f.opts.MaxBytes {
		return response{}, 0, &fetchError{msg: fmt.Sprintf("response is over the %s limit", sizeString(f.opts.MaxBytes)), errs: []error{ErrTooLarge}}
	}
	out.body = body
	return out, 0, nil
}

// transportError words a failure below HTTP: timeouts and connection
// errors are transient, refused redirects are not.
func (f *fetcher) transportError(err error) *fetchError {
	if errors.Is(err, errRedirect) {
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err
		}
		return &fetchError{msg: err.Error(), errs: []error{err}}
	}
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() || errors.Is(err, context.DeadlineExceeded) {
		msg := "timeout"
		switch t := f.client.Timeout; {
		case t > 0 && (strings.Contains(err.Error(), "Client.Timeout") || errors.Is(err, context.DeadlineExceeded)):
			msg = "timeout after " + t.String()
		case strings.Contains(err.Error(), "awaiting response headers"):
			msg = "timeout waiting for the response headers"
		case strings.Contains(err.Error(), "dial"):
			msg = "timeout connecting"
		}
		return &fetchError{msg: msg, errs: []error{ErrTimeout, err}, transient: true}
	}
	var ue *url.Error
	if errors.As(err, &ue) {
		err = ue.Err // the URL is already the Error's Source
	}
	return &fetchError{msg: "connection failed: " + err.Error(), errs: []error{err}, transient: true}
}

// retryAfter reads a Retry-After header: seconds or an HTTP date.
func retryAfter(v string, now time.Time) time.Duration {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0
	}
	if s, err := strconv.Atoi(v); err == nil && s >= 0 {
		return time.Duration(s) * time.Second
	}
	if t, err := http.ParseTime(v); err == nil && t.After(now) {
		return t.Sub(now)
	}
	return 0
}

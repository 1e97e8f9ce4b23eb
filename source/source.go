package source

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"runtime/debug"
	"time"

	"go.uber.org/zap"
)

// Document is one article ready for the extractor. Its JSON form is a
// record that Files reads back from JSON Lines ("source" standing for "url").
type Document struct {
	Source    string `json:"source"`              // path or URL, as given (JSON Lines: "file.jsonl#3", or the record's url)
	Title     string `json:"title,omitempty"`     // headline when metadata gives it (HTML og:title/h1/<title>, feed item, JSON "title")
	Text      string `json:"text"`                // the article as plain NFC UTF-8 text, paragraphs separated by blank lines
	Published string `json:"published,omitempty"` // partial ISO date when metadata gives it ("2023-12-01", "2023-12"), else ""
	Lang      string `json:"lang,omitempty"`      // ISO 639-1 code when metadata gives it, else ""
}

// Error is a problem with one source; the rest of the run goes on.
type Error struct {
	Source string // path, "file.jsonl:3", or URL
	Err    error
}

func (e *Error) Error() string { return e.Source + ": " + e.Err.Error() }
func (e *Error) Unwrap() error { return e.Err }

// Sentinel errors, for errors.Is.
var (
	ErrUnsupported = errors.New("unsupported input")
	ErrBinary      = errors.New("binary content, not text")
	ErrTooLarge    = errors.New("too large")
	ErrEmpty       = errors.New("no text")
	ErrNoMatch     = errors.New("pattern matches no file")
	ErrSymlinkLoop = errors.New("symlink loop")
	ErrNotFeed     = errors.New("not a feed")
	ErrHTTPStatus  = errors.New("http error status")
	ErrTimeout     = errors.New("timeout")
	ErrBadJSON     = errors.New("bad JSON")
)

// Defaults for the zero values of Options.
const (
	DefaultMaxBytes     = 64 << 20
	DefaultPerHostDelay = time.Second
	DefaultRetries      = 3
	defaultTimeout      = 2 * time.Minute // whole request, body included
	defaultDialTimeout  = 10 * time.Second
	defaultHeaderWait   = 30 * time.Second
	defaultBackoff      = 500 * time.Millisecond
	maxBackoff          = 30 * time.Second
	maxRetryAfter       = 60 * time.Second // a server asking for more is not retried
	maxRedirects        = 5
)

// Options tunes reading and fetching. The zero value is usable.
type Options struct {
	// MaxBytes limits each file and HTTP response (default 64 MiB); larger
	// inputs fail with ErrTooLarge without being read whole. JSON Lines
	// (a .jsonl/.ndjson file, or standard input starting with "{") are
	// streamed and have no size limit: MaxBytes bounds each line instead,
	// and a longer record is an ErrTooLarge naming file:line.
	MaxBytes int64
	// HTTPClient is used for feeds and pages (default: connect, header and
	// overall timeouts set). Its transport is wrapped, never modified.
	HTTPClient *http.Client
	// UserAgent is sent with every request (default "dyad/<version> (+https://github.com/dyadgraph/dyad)").
	UserAgent string
	// PerHostDelay is the pause between two requests to the same host
	// (default 1s; negative means none).
	PerHostDelay time.Duration
	// Hosts remembers when each host was last asked, so that the delay holds
	// across several Feed calls of one run; nil gives each call its own.
	Hosts *HostLimiter
	// Retries is how many times a request is tried again after a 5xx, a 429,
	// a timeout or a connection error (default 3; negative means none).
	Retries int
	// Cache supplies and stores ETag/Last-Modified validators; nil = none.
	Cache Cache
	// Stdin is read for the path "-" (default os.Stdin).
	Stdin io.Reader
	// Logger receives progress and skipped inputs (default: none).
	Logger *zap.Logger

	// clock replaces real time in tests (sleeps and now).
	clock clock
}

// clock is the time source of the fetcher; tests substitute a fake one.
type clock interface {
	Now() time.Time
	Sleep(ctx context.Context, d time.Duration) error
}

func (o Options) withDefaults() Options {
	if o.MaxBytes <= 0 {
		o.MaxBytes = DefaultMaxBytes
	}
	if o.HTTPClient == nil {
		o.HTTPClient = defaultClient()
	}
	if o.UserAgent == "" {
		o.UserAgent = defaultUserAgent()
	}
	if o.PerHostDelay == 0 {
		o.PerHostDelay = DefaultPerHostDelay
	} else if o.PerHostDelay < 0 {
		o.PerHostDelay = 0
	}
	if o.Retries == 0 {
		o.Retries = DefaultRetries
	} else if o.Retries < 0 {
		o.Retries = 0
	}
	if o.Logger == nil {
		o.Logger = zap.NewNop()
	}
	if o.clock == nil {
		o.clock = realClock{}
	}
	if o.Hosts == nil {
		o.Hosts = NewHostLimiter()
	}
	return o
}

func defaultClient() *http.Client {
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.DialContext = (&net.Dialer{Timeout: defaultDialTimeout, KeepAlive: 30 * time.Second}).DialContext
	tr.TLSHandshakeTimeout = defaultDialTimeout
	tr.ResponseHeaderTimeout = defaultHeaderWait
	return &http.Client{Transport: tr, Timeout: defaultTimeout}
}

// defaultUserAgent names dyad and its version as the build records it.
func defaultUserAgent() string {
	v := "dev"
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		v = bi.Main.Version
	}
	return fmt.Sprintf("dyad/%s (+https://github.com/dyadgraph/dyad)", v)
}

// sizeString prints a byte count the way a person reads it.
func sizeString(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	default:
		return fmt.Sprintf("%d bytes", n)
	}
}

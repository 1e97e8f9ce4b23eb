package config

import (
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"go.uber.org/zap/zapcore"
)

// Masked replaces a secret wherever a configuration is shown.
const Masked = "********"

// DefaultPassword is not a default: it is the development password that
// scripts/neo4j-local and docker-compose.yml use, named here only so the
// documentation and tests agree on it. Config has no default password.
const DefaultPassword = "dyad-dev-password"

// Config is dyad's whole configuration. Keys (the mapstructure and yaml tags)
// are the same in dyad.yaml, in DYAD_* environment variables (upper case, "_"
// for nesting: DYAD_NEO4J_URI) and, for some, in command-line flags.
type Config struct {
	Neo4j   Neo4j   `mapstructure:"neo4j" yaml:"neo4j"`
	Log     Log     `mapstructure:"log" yaml:"log"`
	Ingest  Ingest  `mapstructure:"ingest" yaml:"ingest"`
	Lexicon Lexicon `mapstructure:"lexicon" yaml:"lexicon"`
}

// Neo4j is the database connection.
type Neo4j struct {
	// URI of the server: bolt://, bolt+s://, bolt+ssc://, neo4j://, neo4j+s:// or neo4j+ssc://.
	URI      string `mapstructure:"uri" yaml:"uri"`
	Username string `mapstructure:"username" yaml:"username"`
	// Password is a secret: it is never logged nor printed (see Redacted).
	Password string `mapstructure:"password" yaml:"password"`
	// PasswordFile, when set, is read for the password (first line, trimmed),
	// so the secret can come from a mounted file rather than the environment.
	PasswordFile string `mapstructure:"password_file" yaml:"password_file"`
	// Database name; empty means the server's default database.
	Database string `mapstructure:"database" yaml:"database"`
	// MaxRetryTime bounds the driver's retries of transient errors in one
	// transaction (a leader switch, a deadlock, a server restarting).
	MaxRetryTime time.Duration `mapstructure:"max_retry_time" yaml:"max_retry_time"`
}

// Log configures the logger.
type Log struct {
	// Format is "console" (for people) or "json" (for jobs and log collectors).
	Format string `mapstructure:"format" yaml:"format"`
	// Level is debug, info, warn or error.
	Level string `mapstructure:"level" yaml:"level"`
}

// Ingest configures `dyad ingest`.
type Ingest struct {
	// Workers extract articles in parallel; 0 means one per CPU.
	Workers int `mapstructure:"workers" yaml:"workers"`
	// BatchSize is the number of articles written in one transaction.
	BatchSize int `mapstructure:"batch_size" yaml:"batch_size"`
	// UserAgent is sent with every HTTP request (feeds and linked articles).
	UserAgent string `mapstructure:"user_agent" yaml:"user_agent"`
	// PerHostDelay is the least time between two requests to one host.
	PerHostDelay time.Duration `mapstructure:"per_host_delay" yaml:"per_host_delay"`
	// Timeout bounds one HTTP request.
	Timeout time.Duration `mapstructure:"timeout" yaml:"timeout"`
	// Retries is how many times a failed HTTP request is tried again (with backoff).
	Retries int `mapstructure:"retries" yaml:"retries"`
	// CacheFile keeps feeds' ETag and Last-Modified between runs, so an
	// unchanged feed costs one conditional request. Default: http-cache.json
	// in the user cache directory's dyad folder. Empty: kept in memory, for
	// the runs of one process only.
	CacheFile string `mapstructure:"cache_file" yaml:"cache_file"`
}

// Lexicon lists the user's lexicon files, loaded over the embedded ones.
type Lexicon struct {
	Files []string `mapstructure:"files" yaml:"files"`
}

// Default returns the configuration used when nothing else is given: a
// local Neo4j (bolt://localhost:7687, user neo4j, database neo4j), console
// logs at info level.
func Default() Config {
	return Config{
		Neo4j: Neo4j{
			URI:          "bolt://localhost:7687",
			Username:     "neo4j",
			Database:     "neo4j",
			MaxRetryTime: 30 * time.Second,
		},
		Log: Log{Format: "console", Level: "info"},
		Ingest: Ingest{
			Workers:      0,
			BatchSize:    200, // ingest.DefaultBatchSize
			UserAgent:    "dyad (+https://github.com/dyadgraph/dyad)",
			PerHostDelay: time.Second,
			Timeout:      2 * time.Minute,
			Retries:      3,
			CacheFile:    defaultCacheFile(),
		},
		Lexicon: Lexicon{Files: []string{}},
	}
}

// defaultCacheFile is http-cache.json in the user cache directory
// ($XDG_CACHE_HOME/dyad or ~/.cache/dyad on Linux), or "" when there is none.
func defaultCacheFile() string {
	dir, err := os.UserCacheDir()
	if err != nil {
		return ""
	}
	return filepath.Join(dir, "dyad", "http-cache.json")
}

// ErrInvalid is wrapped by every error of Validate.
var ErrInvalid = errors.New("invalid configuration")

// FieldError is one invalid setting, named by its configuration key.
type FieldError struct {
	Field   string // the key, e.g. "neo4j.uri"
	Problem string
}

func (e *FieldError) Error() string { return e.Field + ": " + e.Problem }

// Is makes errors.Is(err, ErrInvalid) true for every FieldError.
func (e *FieldError) Is(target error) bool { return target == ErrInvalid }

// LogFormats are the accepted values of log.format.
var LogFormats = []string{"console", "json"}

// URISchemes are the accepted schemes of neo4j.uri.
var URISchemes = []string{"bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc"}

// Validate checks every setting and returns all problems found, each a
// *FieldError naming its key (joined with errors.Join), or nil. No message
// contains the password.
func (c Config) Validate() error {
	var errs []error
	bad := func(field, format string, args ...any) {
		errs = append(errs, &FieldError{Field: field, Problem: fmt.Sprintf(format, args...)})
	}

	if err := checkURI(c.Neo4j.URI); err != "" {
		bad("neo4j.uri", "%s", err)
	}
	if strings.TrimSpace(c.Neo4j.Username) == "" {
		bad("neo4j.username", "must not be empty")
	}
	if c.Neo4j.MaxRetryTime < 0 {
		bad("neo4j.max_retry_time", "must not be negative, got %s", c.Neo4j.MaxRetryTime)
	}
	if !slices.Contains(LogFormats, c.Log.Format) {
		bad("log.format", "must be one of %s, got %q", strings.Join(LogFormats, ", "), c.Log.Format)
	}
	if _, err := zapcore.ParseLevel(c.Log.Level); err != nil || c.Log.Level == "" {
		bad("log.level", "must be one of debug, info, warn, error, got %q", c.Log.Level)
	}
	if c.Ingest.Workers < 0 {
		bad("ingest.workers", "must be 0 (one per CPU) or more, got %d", c.Ingest.Workers)
	}
	if c.Ingest.BatchSize < 1 {
		bad("ingest.batch_size", "must be at least 1, got %d", c.Ingest.BatchSize)
	}
	if c.Ingest.PerHostDelay < 0 {
		bad("ingest.per_host_delay", "must not be negative, got %s", c.Ingest.PerHostDelay)
	}
	if c.Ingest.Timeout <= 0 {
		bad("ingest.timeout", "must be positive, got %s", c.Ingest.Timeout)
	}
	if c.Ingest.Retries < 0 {
		bad("ingest.retries", "must not be negative, got %d", c.Ingest.Retries)
	}
	for i, f := range c.Lexicon.Files {
		if strings.TrimSpace(f) == "" {
			bad(fmt.Sprintf("lexicon.files[%d]", i), "empty file name")
		}
	}
	return errors.Join(errs...)
}

// checkURI returns what is wrong with a Neo4j URI, or "". It never quotes a
// URI that carries credentials, so a password put there does not leak.
func checkURI(raw string) string {
	if raw == "" {
		return "must not be empty"
	}
	u, err := url.Parse(raw)
	if err != nil {
		return "not a URI (expected e.g. bolt://localhost:7687)"
	}
	if u.User != nil {
		return "must not contain credentials: give the password with NEO4J_PASSWORD or --neo4j-password-file"
	}
	if !slices.Contains(URISchemes, u.Scheme) {
		return fmt.Sprintf("scheme %q not supported (use one of %s), in %q", u.Scheme, strings.Join(URISchemes, ", "), raw)
	}
	if u.Hostname() == "" {
		return fmt.Sprintf("no host in %q (expected e.g. bolt://localhost:7687)", raw)
	}
	return ""
}

// Redacted returns a copy safe to print or log: the password, when set, is
// replaced by Masked, and so is a password written in the URI (which
// Validate refuses, but an invalid configuration is shown too).
func (c Config) Redacted() Config {
	if c.Neo4j.Password != "" {
		c.Neo4j.Password = Masked
	}
	c.Neo4j.URI = redactURI(c.Neo4j.URI)
	c.Lexicon.Files = slices.Clone(c.Lexicon.Files)
	return c
}

// redactURI masks the password of a URI's user info. A URI that does not
// parse is masked whole past its scheme when it might hold one.
func redactURI(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		if scheme, rest, ok := strings.Cut(raw, "://"); ok && strings.Contains(rest, "@") {
			return scheme + "://" + Masked
		}
		return raw
	}
	if u.User == nil {
		return raw
	}
	if _, has := u.User.Password(); !has {
		return raw
	}
	user := url.User(u.User.Username()).String()
	u.User = nil
	return strings.Replace(u.String(), "://", "://"+user+":"+Masked+"@", 1)
}

package config

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"go.uber.org/zap"
)

func TestDefaultIsValid(t *testing.T) {
	d := Default()
	if err := d.Validate(); err != nil {
		t.Fatalf("Default().Validate() = %v, want nil", err)
	}
	if d.Neo4j.URI != "bolt://localhost:7687" || d.Neo4j.Username != "neo4j" || d.Neo4j.Database != "neo4j" {
		t.Errorf("Default().Neo4j = %+v, want bolt://localhost:7687, neo4j, neo4j", d.Neo4j)
	}
	if d.Neo4j.Password != "" {
		t.Errorf("Default() has a password")
	}
}

func TestValidate(t *testing.T) {
	tests := []struct {
		name   string
		change func(*Config)
		field  string // "" = valid
		want   string // substring of the message
	}{
		{name: "neo4j+s scheme", change: func(c *Config) { c.Neo4j.URI = "neo4j+s://db.example.org" }},
		{name: "bolt+ssc with port", change: func(c *Config) { c.Neo4j.URI = "bolt+ssc://10.0.0.1:7687" }},
		{name: "empty database means server default", change: func(c *Config) { c.Neo4j.Database = "" }},
		{name: "zero workers means one per CPU", change: func(c *Config) { c.Ingest.Workers = 0 }},
		{name: "json logs at debug", change: func(c *Config) { c.Log = Log{Format: "json", Level: "debug"} }},

		// Error cases.
		{name: "http scheme", change: func(c *Config) { c.Neo4j.URI = "http://localhost:7474" }, field: "neo4j.uri", want: `scheme "http" not supported`},
		{name: "no scheme", change: func(c *Config) { c.Neo4j.URI = "localhost:7687" }, field: "neo4j.uri", want: "not supported"},
		{name: "empty URI", change: func(c *Config) { c.Neo4j.URI = "" }, field: "neo4j.uri", want: "must not be empty"},
		{name: "no host", change: func(c *Config) { c.Neo4j.URI = "bolt://" }, field: "neo4j.uri", want: "no host"},
		{name: "credentials in URI", change: func(c *Config) { c.Neo4j.URI = "bolt://neo4j:s3cret@localhost:7687" }, field: "neo4j.uri", want: "must not contain credentials"},
		{name: "empty user", change: func(c *Config) { c.Neo4j.Username = " " }, field: "neo4j.username", want: "empty"},
		{name: "negative retry time", change: func(c *Config) { c.Neo4j.MaxRetryTime = -time.Second }, field: "neo4j.max_retry_time", want: "negative"},
		{name: "bad log format", change: func(c *Config) { c.Log.Format = "xml" }, field: "log.format", want: `got "xml"`},
		{name: "bad log level", change: func(c *Config) { c.Log.Level = "loud" }, field: "log.level", want: `got "loud"`},
		{name: "empty log level", change: func(c *Config) { c.Log.Level = "" }, field: "log.level", want: `got ""`},
		{name: "negative workers", change: func(c *Config) { c.Ingest.Workers = -2 }, field: "ingest.workers", want: "got -2"},
		{name: "zero batch", change: func(c *Config) { c.Ingest.BatchSize = 0 }, field: "ingest.batch_size", want: "at least 1"},
		{name: "negative delay", change: func(c *Config) { c.Ingest.PerHostDelay = -1 }, field: "ingest.per_host_delay", want: "negative"},
		{name: "zero timeout", change: func(c *Config) { c.Ingest.Timeout = 0 }, field: "ingest.timeout", want: "positive"},
		{name: "negative retries", change: func(c *Config) { c.Ingest.Retries = -1 }, field: "ingest.retries", want: "negative"},
		{name: "empty lexicon file", change: func(c *Config) { c.Lexicon.Files = []string{"a.yaml", ""} }, field: "lexicon.files[1]", want: "empty"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Default()
			tt.change(&c)
			err := c.Validate()
			if tt.field == "" {
				if err != nil {
					t.Fatalf("Validate() = %v, want nil", err)
				}
				return
			}
			if err == nil {
				t.Fatalf("Validate() = nil, want an error on %s", tt.field)
			}
			if !errors.Is(err, ErrInvalid) {
				t.Errorf("errors.Is(%v, ErrInvalid) = false", err)
			}
			var fe *FieldError
			if !errors.As(err, &fe) || fe.Field != tt.field {
				t.Errorf("Validate() = %v, want a FieldError on %s", err, tt.field)
			}
			if msg := err.Error(); !strings.HasPrefix(msg, tt.field+": ") || !strings.Contains(msg, tt.want) {
				t.Errorf("Validate() = %q, want %q naming %s", msg, tt.want, tt.field)
			}
		})
	}
}

func TestValidateReportsEveryProblem(t *testing.T) {
	c := Default()
	c.Log.Format = "xml"
	c.Ingest.Workers = -1
	err := c.Validate()
	for _, f := range []string{"log.format", "ingest.workers"} {
		if err == nil || !strings.Contains(err.Error(), f+":") {
			t.Errorf("Validate() = %v, want it to name %s", err, f)
		}
	}
}

func TestValidateNeverShowsPassword(t *testing.T) {
	c := Default()
	c.Neo4j.Password = "p4ss-in-the-uri"
	c.Neo4j.URI = "bolt://neo4j:p4ss-in-the-uri@localhost:7687"
	err := c.Validate()
	if err == nil || strings.Contains(err.Error(), "p4ss-in-the-uri") {
		t.Fatalf("Validate() = %v, want an error without the password", err)
	}
}

func TestRedacted(t *testing.T) {
	c := Default()
	c.Neo4j.Password = "hunter2"
	c.Lexicon.Files = []string{"a.yaml"}
	r := c.Redacted()
	if r.Neo4j.Password != Masked {
		t.Errorf("Redacted().Neo4j.Password = %q, want %q", r.Neo4j.Password, Masked)
	}
	if c.Neo4j.Password != "hunter2" {
		t.Errorf("Redacted changed its receiver")
	}
	r.Lexicon.Files[0] = "b.yaml"
	if c.Lexicon.Files[0] != "a.yaml" {
		t.Errorf("Redacted shares the lexicon file list with its receiver")
	}
	if got := fmt.Sprintf("%+v", r); strings.Contains(got, "hunter2") {
		t.Errorf("redacted config prints the password: %s", got)
	}
	c.Neo4j.URI = "bolt://neo4j:hunter2@localhost:7687"
	if got := c.Redacted().Neo4j.URI; got != "bolt://neo4j:********@localhost:7687" {
		t.Errorf("Redacted().Neo4j.URI = %q, want the password masked", got)
	}
	c.Neo4j.URI = "bolt://neo4j:hun%zzter2@localhost:7687" // does not parse
	if got := c.Redacted().Neo4j.URI; strings.Contains(got, "hun") {
		t.Errorf("Redacted().Neo4j.URI = %q, want the password masked", got)
	}
	if empty := Default().Redacted(); empty.Neo4j.Password != "" {
		t.Errorf("Redacted() of no password = %q, want empty (nothing to mask)", empty.Neo4j.Password)
	}
}

func TestNewLoggerTo(t *testing.T) {
	t.Run("json", func(t *testing.T) {
		var buf bytes.Buffer
		log, err := NewLoggerTo(Log{Format: "json", Level: "info"}, &buf)
		if err != nil {
			t.Fatal(err)
		}
		log.Debug("hidden")
		log.Info("loaded", zap.Duration("took", 1500*time.Millisecond))
		var m map[string]any
		if err := json.Unmarshal(buf.Bytes(), &m); err != nil {
			t.Fatalf("not one JSON object: %q: %v", buf.String(), err)
		}
		if m["msg"] != "loaded" || m["level"] != "info" || m["took"] != "1.5s" || m["time"] == nil {
			t.Errorf("json log = %v", m)
		}
	})
	t.Run("console", func(t *testing.T) {
		var buf bytes.Buffer
		log, err := NewLoggerTo(Log{Format: "console", Level: "warn"}, &buf)
		if err != nil {
			t.Fatal(err)
		}
		log.Info("hidden")
		log.Warn("careful")
		out := buf.String()
		if strings.Contains(out, "hidden") || !strings.Contains(out, "WARN\tcareful") {
			t.Errorf("console log = %q", out)
		}
	})
	// Error cases.
	for _, l := range []Log{{Format: "xml", Level: "info"}, {Format: "json", Level: "chatty"}, {Format: "json"}} {
		if _, err := NewLoggerTo(l, &bytes.Buffer{}); !errors.Is(err, ErrInvalid) {
			t.Errorf("NewLoggerTo(%+v) error = %v, want ErrInvalid", l, err)
		}
	}
}

func ExampleConfig_Validate() {
	c := Default()
	c.Neo4j.URI = "http://localhost:7474"
	fmt.Println(c.Validate())
	// Output: neo4j.uri: scheme "http" not supported (use one of bolt, bolt+s, bolt+ssc, neo4j, neo4j+s, neo4j+ssc), in "http://localhost:7474"
}

func ExampleConfig_Redacted() {
	c := Default()
	c.Neo4j.Password = "dyad-dev-password"
	fmt.Println(c.Redacted().Neo4j.Password)
	// Output: ********
}

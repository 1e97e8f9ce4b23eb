package main

import (
	"errors"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/dyadgraph/dyad/config"
)

func TestLoadConfigPrecedence(t *testing.T) {
	const file = `neo4j:
  uri: bolt://from-file:7687
  username: file-user
  database: filedb
  max_retry_time: 45s
log:
  level: warn
ingest:
  workers: 2
  batch_size: 10
lexicon:
  files: [file.yaml]
`
	tests := []struct {
		name  string
		file  bool              // write dyad.yaml in the working directory
		env   map[string]string // set for the test
		flags []string
		check func(t *testing.T, c config.Config)
		from  map[string]string // key -> origin, "file" stands for "file dyad.yaml"
	}{
		{
			name: "defaults",
			check: func(t *testing.T, c config.Config) {
				want := config.Default()
				if !reflect.DeepEqual(c, want) {
					t.Errorf("config = %+v, want the defaults %+v", c, want)
				}
			},
			from: map[string]string{"neo4j.uri": "default", "log.format": "default", "ingest.workers": "default"},
		},
		{
			name: "file over defaults",
			file: true,
			check: func(t *testing.T, c config.Config) {
				eq(t, "neo4j.uri", c.Neo4j.URI, "bolt://from-file:7687")
				eq(t, "neo4j.username", c.Neo4j.Username, "file-user")
				eq(t, "neo4j.database", c.Neo4j.Database, "filedb")
				eq(t, "neo4j.max_retry_time", c.Neo4j.MaxRetryTime, 45*time.Second)
				eq(t, "log.level", c.Log.Level, "warn")
				eq(t, "log.format", c.Log.Format, "console") // not in the file: default
				eq(t, "ingest.workers", c.Ingest.Workers, 2)
				eq(t, "lexicon.files", strings.Join(c.Lexicon.Files, ","), "file.yaml")
			},
			from: map[string]string{"neo4j.uri": "file", "log.format": "default", "ingest.batch_size": "file"},
		},
		{
			name: "DYAD_ env over file",
			file: true,
			env: map[string]string{
				"DYAD_NEO4J_URI":            "neo4j://from-env:7687",
				"DYAD_NEO4J_MAX_RETRY_TIME": "1m",
				"DYAD_INGEST_WORKERS":       "3",
				"DYAD_LEXICON_FILES":        "a.yaml,b.yaml",
				"DYAD_LOG_FORMAT":           "json",
			},
			check: func(t *testing.T, c config.Config) {
				eq(t, "neo4j.uri", c.Neo4j.URI, "neo4j://from-env:7687")
				eq(t, "neo4j.max_retry_time", c.Neo4j.MaxRetryTime, time.Minute)
				eq(t, "ingest.workers", c.Ingest.Workers, 3)
				eq(t, "ingest.batch_size", c.Ingest.BatchSize, 10) // file
				eq(t, "lexicon.files", strings.Join(c.Lexicon.Files, ","), "a.yaml,b.yaml")
				eq(t, "log.format", c.Log.Format, "json")
			},
			from: map[string]string{"neo4j.uri": "env DYAD_NEO4J_URI", "ingest.workers": "env DYAD_INGEST_WORKERS", "ingest.batch_size": "file"},
		},
		{
			name: "Neo4j's own variables over file",
			file: true,
			env: map[string]string{
				"NEO4J_URI":      "bolt+s://neo4j-env:7687",
				"NEO4J_USERNAME": "env-user",
				"NEO4J_PASSWORD": "env-password",
				"NEO4J_DATABASE": "envdb",
			},
			check: func(t *testing.T, c config.Config) {
				eq(t, "neo4j.uri", c.Neo4j.URI, "bolt+s://neo4j-env:7687")
				eq(t, "neo4j.username", c.Neo4j.Username, "env-user")
				eq(t, "neo4j.password", c.Neo4j.Password, "env-password")
				eq(t, "neo4j.database", c.Neo4j.Database, "envdb")
			},
			from: map[string]string{"neo4j.uri": "env NEO4J_URI", "neo4j.password": "env NEO4J_PASSWORD", "neo4j.database": "env NEO4J_DATABASE"},
		},
		{
			name: "DYAD_ over Neo4j's own",
			env:  map[string]string{"NEO4J_URI": "bolt://neo4j-env:7687", "DYAD_NEO4J_URI": "bolt://dyad-env:7687"},
			check: func(t *testing.T, c config.Config) {
				eq(t, "neo4j.uri", c.Neo4j.URI, "bolt://dyad-env:7687")
			},
			from: map[string]string{"neo4j.uri": "env DYAD_NEO4J_URI"},
		},
		{
			name:  "flags over env over file",
			file:  true,
			env:   map[string]string{"NEO4J_URI": "bolt://from-env:7687", "DYAD_INGEST_WORKERS": "3", "NEO4J_DATABASE": "envdb"},
			flags: []string{"--neo4j-uri", "bolt://from-flag:7687", "--workers", "5", "--log-format", "json", "--lexicon", "x.yaml", "--lexicon", "y.yaml"},
			check: func(t *testing.T, c config.Config) {
				eq(t, "neo4j.uri", c.Neo4j.URI, "bolt://from-flag:7687")
				eq(t, "ingest.workers", c.Ingest.Workers, 5)
				eq(t, "log.format", c.Log.Format, "json")
				eq(t, "neo4j.database", c.Neo4j.Database, "envdb")     // env, no flag given
				eq(t, "neo4j.username", c.Neo4j.Username, "file-user") // file only
				eq(t, "lexicon.files", strings.Join(c.Lexicon.Files, ","), "x.yaml,y.yaml")
			},
			from: map[string]string{"neo4j.uri": "flag --neo4j-uri", "ingest.workers": "flag --workers", "neo4j.database": "env NEO4J_DATABASE", "neo4j.username": "file"},
		},
		{
			name:  "flag equal to its default still wins",
			env:   map[string]string{"NEO4J_URI": "bolt://from-env:7687"},
			flags: []string{"--neo4j-uri", "bolt://localhost:7687"},
			check: func(t *testing.T, c config.Config) {
				eq(t, "neo4j.uri", c.Neo4j.URI, "bolt://localhost:7687")
			},
			from: map[string]string{"neo4j.uri": "flag --neo4j-uri"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := hermetic(t)
			if tt.file {
				writeFile(t, dir, "dyad.yaml", file)
			}
			for k, v := range tt.env {
				t.Setenv(k, v)
			}
			fs, g := testFlags(t, tt.flags...)
			lc, err := loadConfig(fs, g.configFile)
			if err != nil {
				t.Fatalf("loadConfig: %v", err)
			}
			tt.check(t, lc.cfg)
			for k, want := range tt.from {
				if want == "file" {
					want = "file dyad.yaml"
				}
				if got := lc.from[k]; got != want {
					t.Errorf("origin of %s = %q, want %q", k, got, want)
				}
			}
		})
	}
}

func eq[T comparable](t *testing.T, key string, got, want T) {
	t.Helper()
	if got != want {
		t.Errorf("%s = %v, want %v", key, got, want)
	}
}

func TestLoadConfigFileLocations(t *testing.T) {
	t.Run("user config directory", func(t *testing.T) {
		hermetic(t)
		home := t.TempDir()
		t.Setenv("XDG_CONFIG_HOME", home)
		p := writeFile(t, home, "dyad/dyad.yaml", "neo4j: {uri: 'bolt://user-dir:7687'}\n")
		lc, err := loadConfig(nil, "")
		if err != nil {
			t.Fatal(err)
		}
		eq(t, "file", lc.file, p)
		eq(t, "neo4j.uri", lc.cfg.Neo4j.URI, "bolt://user-dir:7687")
	})
	t.Run("working directory before user config directory", func(t *testing.T) {
		dir := hermetic(t)
		home := t.TempDir()
		t.Setenv("XDG_CONFIG_HOME", home)
		writeFile(t, home, "dyad/dyad.yaml", "neo4j: {uri: 'bolt://user-dir:7687'}\n")
		writeFile(t, dir, "dyad.yml", "neo4j: {uri: 'bolt://cwd:7687'}\n")
		lc, err := loadConfig(nil, "")
		if err != nil {
			t.Fatal(err)
		}
		eq(t, "file", lc.file, "dyad.yml")
		eq(t, "neo4j.uri", lc.cfg.Neo4j.URI, "bolt://cwd:7687")
	})
	t.Run("--config wins over the search", func(t *testing.T) {
		dir := hermetic(t)
		writeFile(t, dir, "dyad.yaml", "neo4j: {uri: 'bolt://cwd:7687'}\n")
		other := writeFile(t, t.TempDir(), "prod.yaml", "neo4j: {uri: 'bolt://prod:7687'}\n")
		fs, g := testFlags(t, "--config", other)
		lc, err := loadConfig(fs, g.configFile)
		if err != nil {
			t.Fatal(err)
		}
		eq(t, "neo4j.uri", lc.cfg.Neo4j.URI, "bolt://prod:7687")
		eq(t, "origin", lc.from["neo4j.uri"], "file "+other)
	})
	t.Run("password file", func(t *testing.T) {
		hermetic(t)
		t.Setenv("NEO4J_PASSWORD", "from-env")
		pw := writeFile(t, t.TempDir(), "pw", "from-file\n")
		fs, g := testFlags(t, "--neo4j-password-file", pw)
		lc, err := loadConfig(fs, g.configFile)
		if err != nil {
			t.Fatal(err)
		}
		eq(t, "neo4j.password", lc.cfg.Neo4j.Password, "from-file")
		eq(t, "origin", lc.from["neo4j.password"], "file "+pw)
	})
	t.Run("the example configuration is valid", func(t *testing.T) {
		example, err := filepath.Abs(filepath.Join("..", "..", "dyad.example.yaml"))
		if err != nil {
			t.Fatal(err)
		}
		hermetic(t)
		lc, err := loadConfig(nil, example)
		if err != nil {
			t.Fatalf("dyad.example.yaml: %v", err)
		}
		d := config.Default()
		d.Ingest.CacheFile = lc.cfg.Ingest.CacheFile // commented out in the example
		if !reflect.DeepEqual(lc.cfg, d) {
			t.Errorf("dyad.example.yaml = %+v, want the defaults it documents %+v", lc.cfg, d)
		}
	})
}

func TestLoadConfigErrors(t *testing.T) {
	tests := []struct {
		name  string
		file  string // dyad.yaml content, "" = none
		env   map[string]string
		flags []string
		want  []string // substrings of the error
	}{
		{name: "bad log format in file", file: "log:\n  format: xml\n", want: []string{"log.format", `"xml"`}},
		{name: "bad log level flag", flags: []string{"--log-level", "loud"}, want: []string{"log.level", `"loud"`}},
		{name: "bad URI scheme in env", env: map[string]string{"NEO4J_URI": "http://localhost:7474"}, want: []string{"neo4j.uri", `scheme "http"`}},
		{name: "negative workers flag", flags: []string{"--workers", "-1"}, want: []string{"ingest.workers", "-1"}},
		{name: "negative workers in env", env: map[string]string{"DYAD_INGEST_WORKERS": "-4"}, want: []string{"ingest.workers", "-4"}},
		{name: "workers not a number", env: map[string]string{"DYAD_INGEST_WORKERS": "many"}, want: []string{"ingest.workers: cannot parse"}},
		{name: "unknown key in file", file: "neo4j:\n  url: bolt://x:7687\n", want: []string{"neo4j.url: unknown key"}},
		{name: "duration not a duration", file: "neo4j:\n  max_retry_time: soon\n", want: []string{"neo4j.max_retry_time: ", "invalid duration"}},
		{name: "file is not YAML", file: "neo4j: [unclosed\n", want: []string{"dyad.yaml"}},
		{name: "missing --config file", flags: []string{"--config", "/nonexistent/dyad.yaml"}, want: []string{"/nonexistent/dyad.yaml", "no such file"}},
		{name: "missing password file", flags: []string{"--neo4j-password-file", "/nonexistent/pw"}, want: []string{"neo4j.password_file", "/nonexistent/pw"}},
		{name: "two problems at once", file: "log:\n  format: xml\ningest:\n  batch_size: 0\n", want: []string{"log.format", "ingest.batch_size"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := hermetic(t)
			if tt.file != "" {
				writeFile(t, dir, "dyad.yaml", tt.file)
			}
			for k, v := range tt.env {
				t.Setenv(k, v)
			}
			fs, g := testFlags(t, tt.flags...)
			_, err := loadConfig(fs, g.configFile)
			if err == nil {
				t.Fatal("loadConfig succeeded, want an error")
			}
			if !errors.Is(err, config.ErrInvalid) {
				t.Errorf("error %v does not wrap config.ErrInvalid", err)
			}
			if code := exitCode(err); code != exitFailed {
				t.Errorf("exitCode(%v) = %d, want %d", err, code, exitFailed)
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not contain %q", err, w)
				}
			}
		})
	}
}

func TestEmptyPasswordFile(t *testing.T) {
	hermetic(t)
	pw := writeFile(t, t.TempDir(), "pw", "\n")
	fs, g := testFlags(t, "--neo4j-password-file", pw)
	_, err := loadConfig(fs, g.configFile)
	if err == nil || !strings.Contains(err.Error(), "is empty") {
		t.Fatalf("loadConfig with an empty password file = %v, want an error saying it is empty", err)
	}
}

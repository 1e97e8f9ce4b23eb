package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"time"

	"github.com/spf13/pflag"
	"github.com/spf13/viper"

	"github.com/dyadgraph/dyad/config"
)

// neo4jEnv are Neo4j's own environment variable names, honoured after
// dyad's DYAD_* ones so tools and scripts that set them need nothing else.
func neo4jEnv(key string) string {
	switch key {
	case "neo4j.uri":
		return "NEO4J_URI"
	case "neo4j.username":
		return "NEO4J_USERNAME"
	case "neo4j.password":
		return "NEO4J_PASSWORD"
	case "neo4j.database":
		return "NEO4J_DATABASE"
	}
	return ""
}

// envNames lists the environment variables that set key, first wins.
func envNames(key string) []string {
	names := []string{"DYAD_" + strings.ToUpper(strings.ReplaceAll(key, ".", "_"))}
	if n := neo4jEnv(key); n != "" {
		names = append(names, n)
	}
	return names
}

// loadedConfig is the effective configuration and where each value came from.
type loadedConfig struct {
	cfg     config.Config
	decoded bool              // cfg holds the sources' values (it may still be invalid)
	file    string            // the configuration file read, or ""
	from    map[string]string // key -> "default", "file PATH", "env NAME", "flag --NAME"
}

// loadConfig reads the configuration once: defaults, then the file (configFile,
// or dyad.yaml found in . or the user config directory), then the
// environment, then the flags of fs that set a key (see flagKey); each
// overrides the previous. The result is validated; the error names the bad
// key and wraps config.ErrInvalid. The password is read from
// neo4j.password_file when that is set.
func loadConfig(flags *pflag.FlagSet, configFile string) (loadedConfig, error) {
	v := viper.New()
	def := config.Default()
	keys := configKeys(reflect.ValueOf(def), "", func(key string, val reflect.Value) {
		v.SetDefault(key, val.Interface())
	})
	for _, k := range keys {
		if err := v.BindEnv(append([]string{k}, envNames(k)...)...); err != nil {
			return loadedConfig{}, fmt.Errorf("binding %s: %w", k, err)
		}
	}
	var bound []*pflag.Flag
	if flags != nil {
		flags.VisitAll(func(f *pflag.Flag) {
			if key, ok := flagKey(f.Name); ok {
				_ = v.BindPFlag(key, f) // cannot fail: f is not nil
				bound = append(bound, f)
			}
		})
	}

	lc := loadedConfig{from: map[string]string{}}
	file, err := findConfigFile(configFile)
	if err != nil {
		return lc, err
	}
	if file != "" {
		v.SetConfigFile(file)
		v.SetConfigType("yaml")
		if err := v.ReadInConfig(); err != nil {
			return lc, &configFileError{file: file, err: err}
		}
		lc.file = file
	}

	cfg := config.Default()
	if err := v.UnmarshalExact(&cfg); err != nil {
		// The bad value may come from the file, the environment or a flag.
		return lc, &configFileError{err: cleanDecodeError(err)}
	}

	for _, k := range keys {
		lc.from[k] = origin(v, k, file, bound)
	}
	lc.cfg, lc.decoded = cfg, true
	if cfg.Neo4j.PasswordFile != "" {
		pw, err := readPasswordFile(cfg.Neo4j.PasswordFile)
		if err != nil {
			return lc, err
		}
		cfg.Neo4j.Password = pw
		lc.cfg.Neo4j.Password = pw
		lc.from["neo4j.password"] = "file " + cfg.Neo4j.PasswordFile
	}
	if err := cfg.Validate(); err != nil {
		return lc, err
	}
	return lc, nil
}

// configFileError is a configuration file that cannot be read or holds an
// unknown key or a value of the wrong type. It counts as invalid configuration.
type configFileError struct {
	file string
	err  error
}

func (e *configFileError) Error() string {
	if e.file == "" {
		return "configuration: " + e.err.Error()
	}
	return e.file + ": " + e.err.Error()
}
func (e *configFileError) Unwrap() []error { return []error{e.err, config.ErrInvalid} }

// findConfigFile returns explicit (which must exist), or the first dyad.yaml
// or dyad.yml in . and then in the user config directory's dyad folder, or "".
func findConfigFile(explicit string) (string, error) {
	if explicit != "" {
		if _, err := os.Stat(explicit); err != nil {
			return "", &configFileError{file: explicit, err: fmt.Errorf("configuration file: %w", unwrapPathError(err))}
		}
		return explicit, nil
	}
	dirs := []string{"."}
	if d, err := os.UserConfigDir(); err == nil {
		dirs = append(dirs, filepath.Join(d, "dyad"))
	}
	for _, dir := range dirs {
		for _, name := range []string{"dyad.yaml", "dyad.yml"} {
			p := filepath.Join(dir, name)
			if st, err := os.Stat(p); err == nil && st.Mode().IsRegular() {
				return p, nil
			}
		}
	}
	return "", nil
}

func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// readPasswordFile returns the first line of the file, trimmed. Errors name
// the file, never its content.
func readPasswordFile(path string) (string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return "", &config.FieldError{Field: "neo4j.password_file", Problem: fmt.Sprintf("cannot read %s: %v", path, unwrapPathError(err))}
	}
	line, _, _ := strings.Cut(string(b), "\n")
	pw := strings.TrimSpace(line)
	if pw == "" {
		return "", &config.FieldError{Field: "neo4j.password_file", Problem: fmt.Sprintf("%s is empty", path)}
	}
	return pw, nil
}

// origin says where the value of key came from, in precedence order.
func origin(v *viper.Viper, key, file string, bound []*pflag.Flag) string {
	for _, f := range bound {
		if k, _ := flagKey(f.Name); k == key && f.Changed {
			return "flag --" + f.Name
		}
	}
	for _, n := range envNames(key) {
		if os.Getenv(n) != "" {
			return "env " + n
		}
	}
	if file != "" && v.InConfig(key) {
		return "file " + file
	}
	return "default"
}

// configKeys walks a configuration struct and returns its leaf keys
// ("neo4j.uri", ...) from the mapstructure tags, calling fn on each leaf.
func configKeys(val reflect.Value, prefix string, fn func(key string, v reflect.Value)) []string {
	var keys []string
	t := val.Type()
	for i := range t.NumField() {
		f := t.Field(i)
		name := f.Tag.Get("mapstructure")
		if name == "" || name == "-" {
			continue
		}
		key := prefix + name
		fv := val.Field(i)
		if f.Type.Kind() == reflect.Struct && f.Type != reflect.TypeFor[time.Time]() {
			keys = append(keys, configKeys(fv, key+".", fn)...)
			continue
		}
		if fn != nil {
			fn(key, fv)
		}
		keys = append(keys, key)
	}
	return keys
}

// cleanDecodeError turns mapstructure's report into one line per problem
// that names the key: "neo4j.url: unknown key", "ingest.workers: cannot
// parse value as 'int': ...".
func cleanDecodeError(err error) error {
	msg := strings.TrimPrefix(err.Error(), "decoding failed due to the following error(s):")
	var out []string
	for _, line := range strings.Split(msg, "\n") {
		line = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(line), "* "))
		if line == "" {
			continue
		}
		if m := invalidKeys.FindStringSubmatch(line); m != nil {
			for _, k := range strings.Split(m[2], ",") {
				key := strings.TrimSpace(k)
				if m[1] != "" {
					key = m[1] + "." + key
				}
				out = append(out, key+": unknown key")
			}
			continue
		}
		if m := quotedKey.FindStringSubmatch(line); m != nil {
			line = m[1] + ": " + m[2]
		}
		out = append(out, line)
	}
	return errors.New(strings.Join(out, "; "))
}

var (
	invalidKeys = regexp.MustCompile(`^'([^']*)' has invalid keys: (.+)$`)
	quotedKey   = regexp.MustCompile(`^'([^']+)' (.+)$`)
)

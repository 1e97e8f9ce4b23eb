package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/spf13/pflag"

	"github.com/dyadgraph/dyad/config"
)

// hermetic isolates a test from the machine's configuration: no DYAD_* or
// NEO4J_* variable, an empty user config directory, and a fresh working
// directory (so no dyad.yaml is found). It returns that directory.
func hermetic(t *testing.T) string {
	t.Helper()
	isolateEnv(t)
	dir := t.TempDir()
	t.Chdir(dir)
	return dir
}

// isolateEnv is hermetic without the change of directory (the package's
// directory has no dyad.yaml), for tests that name files under testdata.
func isolateEnv(t *testing.T) {
	t.Helper()
	for _, k := range configKeys(reflect.ValueOf(config.Default()), "", nil) {
		for _, n := range envNames(k) {
			t.Setenv(n, "") // viper treats an empty variable as unset
		}
	}
	home := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", filepath.Join(home, "config"))
	t.Setenv("XDG_CACHE_HOME", filepath.Join(home, "cache"))
	t.Setenv("HOME", home)
}

// writeFile writes content to dir/name and returns the path.
func writeFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// testFlags returns the flags of a command that has every flag bound to a
// configuration key, parsed from args.
func testFlags(t *testing.T, args ...string) (*pflag.FlagSet, *globalOptions) {
	t.Helper()
	fs := pflag.NewFlagSet("dyad", pflag.ContinueOnError)
	g := &globalOptions{}
	g.AddFlags(fs)
	(&ingestOptions{}).AddFlags(fs)
	if err := fs.Parse(args); err != nil {
		t.Fatalf("parse %q: %v", args, err)
	}
	return fs, g
}

// run executes the dyad command line args as main does, and returns its
// standard output, standard error and the exit code main would give.
func run(t *testing.T, ctx context.Context, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errOut bytes.Buffer
	root := newRootCommand()
	root.SetArgs(args)
	root.SetOut(&out)
	root.SetErr(&errOut)
	root.SetIn(strings.NewReader(""))
	err := root.ExecuteContext(ctx)
	if err != nil {
		printError(&errOut, err)
	}
	return out.String(), errOut.String(), exitCode(err)
}

// testdata is the repository's testdata folder, relative to this package.
func testdata(parts ...string) string {
	return filepath.Join(append([]string{"..", "..", "testdata"}, parts...)...)
}

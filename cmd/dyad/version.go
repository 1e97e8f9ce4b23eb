package main

import (
	"fmt"
	"runtime"
	"runtime/debug"

	"github.com/spf13/cobra"
)

func newVersionCommand(_ *globalOptions) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print dyad's version, commit and Go version",
		Args:  exactArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runVersion(commandStreams(cmd))
		},
	}
}

func runVersion(s streams) error {
	v, c, goVersion := buildInfo()
	_, err := fmt.Fprintf(s.out, "dyad %s\ncommit: %s\ngo: %s %s/%s\n", v, c, goVersion, runtime.GOOS, runtime.GOARCH)
	return err
}

// buildInfo returns the version and commit set with -ldflags, or else those
// the Go toolchain recorded in the binary (module version for `go install
// ...@v1.2.3`, VCS revision for a build in a checkout), and the Go version.
func buildInfo() (ver, rev, goVersion string) {
	ver, rev = version, commit
	if bi, ok := debug.ReadBuildInfo(); ok {
		if ver == "" && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
			ver = bi.Main.Version
		}
		if rev == "" {
			dirty := ""
			for _, s := range bi.Settings {
				switch s.Key {
				case "vcs.revision":
					rev = s.Value
				case "vcs.modified":
					if s.Value == "true" {
						dirty = "-dirty"
					}
				}
			}
			if rev != "" {
				rev += dirty
			}
		}
	}
	if ver == "" {
		ver = "dev"
	}
	if rev == "" {
		rev = "unknown"
	}
	return ver, rev, runtime.Version()
}

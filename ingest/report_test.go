package ingest

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"go.uber.org/zap"
	"go.uber.org/zap/zaptest/observer"

	"github.com/dyadgraph/dyad/source"
)

func TestReportRoundTrip(t *testing.T) {
	ctx := t.Context()
	in := append(corpus("report", 30), entry{err: errSource("report/bad.txt", "no text")})
	rep, err := Run(ctx, docsOf(in), &fakeExtractor{}, newFakeLoader(), Options{Workers: 2, BatchSize: 7, Shard: Shard{}})
	if !errors.Is(err, ErrPartial) {
		t.Fatalf("Run: %v", err)
	}
	rep.Durations.Read = 1234567891 * time.Nanosecond // more digits than a millisecond

	path := filepath.Join(t.TempDir(), "report.json")
	if err := rep.WriteReport(path); err != nil {
		t.Fatal(err)
	}
	got, err := ReadReport(path)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, rep) {
		t.Errorf("round trip changed the report\n got %+v\nwant %+v", got, rep)
	}

	// The keys are snake_case, durations in seconds.
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"started", "finished", "read", "skipped", "extracted", "loaded", "entities",
		"relations", "failed", "unfinished", "failures", "problems", "durations", "batch_size", "other_shards", "error"} {
		if _, ok := m[k]; !ok {
			t.Errorf("no key %q in %s", k, raw)
		}
	}
	d, _ := m["durations"].(map[string]any)
	if d["read_seconds"] != 1.234567891 {
		t.Errorf("durations %v: want read_seconds 1.234567891", d)
	}
	if f, _ := m["failures"].([]any); len(f) != 1 {
		t.Errorf("failures %v", m["failures"])
	}
	if !bytes.HasSuffix(raw, []byte("}\n")) {
		t.Errorf("report does not end with a newline")
	}
}

func errSource(src, problem string) error {
	return &source.Error{Source: src, Err: errors.New(problem)}
}

func TestReportEmptyListsAreArrays(t *testing.T) {
	rep, err := Run(t.Context(), docsOf(nil), &fakeExtractor{}, newFakeLoader(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(rep)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"failures":[]`, `"problems":[]`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("%s lacks %s", b, want)
		}
	}
}

func TestWriteReportErrors(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		name, path string
	}{
		{"missing directory", filepath.Join(dir, "no", "such", "dir", "r.json")},
		{"path is a directory", dir},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := (&Report{}).WriteReport(tc.path)
			if err == nil || !strings.Contains(err.Error(), tc.path) {
				t.Errorf("error %v, want one naming %s", err, tc.path)
			}
		})
	}
	if _, err := ReadReport(filepath.Join(dir, "none.json")); err == nil {
		t.Error("ReadReport of a missing file: no error")
	}
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, []byte("{not json"), 0o644)
	if _, err := ReadReport(bad); err == nil || !strings.Contains(err.Error(), bad) {
		t.Errorf("ReadReport of bad JSON: %v", err)
	}
	// Nothing but the reports asked for is left in the directory.
	left, _ := filepath.Glob(filepath.Join(dir, ".*"))
	if len(left) != 0 {
		t.Errorf("temporary files left: %v", left)
	}
}

func TestReportLog(t *testing.T) {
	for _, tc := range []struct {
		name      string
		rep       Report
		wantLevel string
		wantKeys  []string
	}{
		{"clean run", Report{Read: 5, Loaded: 5}, "info", []string{"read", "loaded", "skipped", "failed", "load_time"}},
		{"failures warn", Report{Read: 5, Loaded: 4, Failed: 1}, "warn", []string{"failed"}},
		{"stopped run names its error and unfinished", Report{Read: 5, Loaded: 2, Unfinished: 3, Error: "ingest stopped"}, "warn", []string{"unfinished", "error"}},
		{"sharded run", Report{Shard: "2/3", OtherShards: 10}, "info", []string{"shard", "other_shards"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			core, logs := observer.New(zap.DebugLevel)
			tc.rep.Log(zap.New(core))
			all := logs.All()
			if len(all) != 1 || all[0].Message != "ingest finished" || all[0].Level.String() != tc.wantLevel {
				t.Fatalf("logged %+v", all)
			}
			keys := slices.Collect(func(yield func(string) bool) {
				for _, f := range all[0].Context {
					if !yield(f.Key) {
						return
					}
				}
			})
			for _, k := range tc.wantKeys {
				if !slices.Contains(keys, k) {
					t.Errorf("no field %q in %v", k, keys)
				}
			}
		})
	}
}

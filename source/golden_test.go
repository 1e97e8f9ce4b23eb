package source

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/sources")

// TestHTMLGolden pins what each HTML fixture gives, so that a change in
// the extraction (or in readability) shows up as a readable diff. Run
// `go test ./source -run HTMLGolden -update` to accept a change.
func TestHTMLGolden(t *testing.T) {
	pages, err := filepath.Glob(fixture("*.html"))
	if err != nil || len(pages) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	for _, page := range pages {
		name := strings.TrimSuffix(filepath.Base(page), ".html")
		t.Run(name, func(t *testing.T) {
			doc, err := htmlDocument(readFixture(t, filepath.Base(page)), "", "https://news.example/"+name)
			if err != nil {
				t.Fatal(err)
			}
			got, err := json.MarshalIndent(doc, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := fixture(name + ".golden.json")
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if string(got) != string(want) {
				t.Errorf("%s differs from %s:\n%s", page, golden, got)
			}
		})
	}
}

package main

import (
	"strings"
	"testing"

	"github.com/dyadgraph/dyad/bench"
)

func TestParseConfig(t *testing.T) {
	c, err := parseConfig([]string{"-phases", "extract,rss", "-rss-sizes", "10, 20", "-extra-batches", ""})
	if err != nil {
		t.Fatal(err)
	}
	if !c.has("extract") || c.has("load") || len(c.rssSizes) != 2 || c.rssSizes[1] != 20 || len(c.extraBatch) != 0 {
		t.Errorf("config: %+v", c)
	}
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"unknown phase", []string{"-phases", "extract,warp"}, `"warp"`},
		{"bad size", []string{"-rss-sizes", "10,x"}, `"x"`},
		{"zero rounds", []string{"-rounds", "0"}, "-rounds must be at least 1"},
		{"bad mode", []string{"-rss-mode", "disk"}, `"disk"`},
		{"bad input", []string{"-rss-inputs", "gen,xml"}, `"xml"`},
		{"bad language", []string{"-langs", "fr,de"}, `"de"`},
		{"stray argument", []string{"now"}, `"now"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := parseConfig(tt.args); err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("parseConfig(%v) = %v, want an error saying %s", tt.args, err, tt.want)
			}
		})
	}
}

// The verdicts follow the figures: a target is met exactly when its
// figure reaches it, and a load comparison whose graphs differ meets none.
func TestJudge(t *testing.T) {
	shape := bench.Shape{Nodes: map[string]int{"Article": 1}, Rels: map[string]int{}}
	r := &Results{
		Extract: &ExtractResult{CPUs: 2, OneCore: Rate{MBPerSec: 5, MBPerCPUSecond: 21}, AllCores: Rate{MBPerSec: 9, MBPerCPUSecond: 4.5}},
		Load: &LoadResult{VsCSV: 1.2, VsNaive: 19, SameFacts: true, SameGraph: true,
			Dyad: LoadMethod{Shape: shape}, CSV: LoadMethod{Shape: shape}, Naive: LoadMethod{Shape: shape}},
		Reingest: &ReingestResult{Articles: 10, Fraction: 0.01, Runs: []ReingestRun{{Seconds: 1}, {Seconds: 0.01, Skipped: 10}}},
		Memory:   &MemoryResult{Runs: []rssResult{{N: 1, Input: "gen", PeakRSS: 100}, {N: 10, Input: "gen", PeakRSS: 130}}},
	}
	r.judge()
	want := []bool{true, true, false, true, false}
	if len(r.Verdicts) != len(want) {
		t.Fatalf("%d verdicts: %+v", len(r.Verdicts), r.Verdicts)
	}
	for i, v := range r.Verdicts {
		if v.Met != want[i] {
			t.Errorf("%s (%s): met = %v, want %v", v.Target, v.Figure, v.Met, want[i])
		}
	}
	md := r.Markdown()
	for _, s := range []string{"| extraction, 1 core", "| dyad / naive | 19.0× |", "NOT met"} {
		if !strings.Contains(md, s) {
			t.Errorf("Markdown lacks %q:\n%s", s, md)
		}
	}

	r.Verdicts = nil
	r.Load.SameGraph = false
	r.judge()
	if r.Verdicts[1].Met || !strings.Contains(r.Verdicts[1].Figure, "NOT write the same facts") {
		t.Errorf("different graphs still meet the LOAD CSV target: %+v", r.Verdicts[1])
	}
}

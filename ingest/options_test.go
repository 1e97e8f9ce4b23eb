package ingest

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

func TestParseShard(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Shard
	}{
		{"2/3", Shard{2, 3}},
		{"1/1", Shard{1, 1}},
		{"3/3", Shard{3, 3}},
		{" 1 / 4 ", Shard{1, 4}},
		{"", Shard{}},
	} {
		t.Run(tc.in, func(t *testing.T) {
			got, err := ParseShard(tc.in)
			if err != nil || got != tc.want {
				t.Fatalf("ParseShard(%q) = %v, %v; want %v", tc.in, got, err, tc.want)
			}
			if tc.in != "" && got.String() != fmt.Sprintf("%d/%d", tc.want.K, tc.want.N) {
				t.Errorf("String() = %q", got.String())
			}
		})
	}

	t.Run("errors", func(t *testing.T) {
		for _, tc := range []struct{ in, want string }{
			{"3", `shard "3": want k/n, for example 2/3`},
			{"0/3", `shard "0/3": the shard number must be between 1 and 3, got 0`},
			{"4/3", `shard "4/3": the shard number must be between 1 and 3, got 4`},
			{"-1/2", `shard "-1/2": the shard number must be between 1 and 2, got -1`},
			{"1/0", `shard "1/0": the number of shards must be at least 1, got 0`},
			{"a/b", `shard "a/b": k and n must be whole numbers, for example 2/3`},
			{"1/2/3", `shard "1/2/3": k and n must be whole numbers, for example 2/3`},
			{"1.5/3", `shard "1.5/3": k and n must be whole numbers, for example 2/3`},
		} {
			t.Run(tc.in, func(t *testing.T) {
				_, err := ParseShard(tc.in)
				if err == nil || err.Error() != tc.want || !errors.Is(err, ErrConfig) {
					t.Errorf("ParseShard(%q) error %v, want ErrConfig %q", tc.in, err, tc.want)
				}
			})
		}
	})
}

func TestShardContains(t *testing.T) {
	srcs := make([]string, 5000)
	for i := range srcs {
		srcs[i] = fmt.Sprintf("https://news.example/%d/article-%d.html", i%17, i)
	}
	for n := 1; n <= 8; n++ {
		counts := make([]int, n)
		for _, s := range srcs {
			in := 0
			for k := 1; k <= n; k++ {
				if (Shard{k, n}).Contains(s) {
					in++
					counts[k-1]++
				}
			}
			if in != 1 {
				t.Fatalf("%s is in %d of %d shards", s, in, n)
			}
		}
		// FNV spreads sources evenly: no shard is starved.
		for k, c := range counts {
			if want := len(srcs) / n; c < want*3/4 || c > want*5/4 {
				t.Errorf("shard %d/%d holds %d of %d sources", k+1, n, c, len(srcs))
			}
		}
	}
	if !(Shard{}).Contains("anything") {
		t.Error("the zero shard must keep everything")
	}
}

func FuzzParseShard(f *testing.F) {
	for _, s := range []string{"2/3", "1/1", "", "0/0", "a/b", "1/2/3", " 3 / 9 ", "-1/-1", "99999999999999999999/1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		sh, err := ParseShard(s)
		if err != nil {
			if !errors.Is(err, ErrConfig) || !strings.Contains(err.Error(), fmt.Sprintf("%q", s)) {
				t.Fatalf("error %v does not name %q as a configuration error", err, s)
			}
			return
		}
		if sh == (Shard{}) {
			return
		}
		if sh.K < 1 || sh.K > sh.N {
			t.Fatalf("ParseShard(%q) = %v, out of range", s, sh)
		}
		back, err := ParseShard(sh.String())
		if err != nil || back != sh {
			t.Fatalf("ParseShard(%q) = %v; its String %q reads back as %v, %v", s, sh, sh.String(), back, err)
		}
	})
}

package extract

import (
	"bufio"
	"encoding/json"
	"os"
	"syscall"
	"testing"
	"time"

	"github.com/dyadgraph/dyad/extract/dates"
)

// scanInputs are the testdata articles, or the JSON Lines documents
// (url, title, text) of $DYAD_SCAN_CORPUS when it is set.
func scanInputs(b *testing.B) ([]Input, int64) {
	var ins []Input
	var size int64
	if p := os.Getenv("DYAD_SCAN_CORPUS"); p != "" {
		f, err := os.Open(p)
		if err != nil {
			b.Fatal(err)
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<24)
		for sc.Scan() {
			var d struct{ URL, Title, Text string }
			if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
				b.Fatal(err)
			}
			ins = append(ins, Input{Source: d.URL, Title: d.Title, Text: d.Text})
			size += int64(len(d.Text))
		}
		return ins, size
	}
	seeds, extra := articleFiles(b)
	for _, f := range append(seeds, extra...) {
		t, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		ins = append(ins, Input{Source: "bench", Text: string(t)})
		size += int64(len(t))
	}
	return ins, size
}

// BenchmarkScan is the start of an extraction up to the rule scan
// ("prep": layout, sentences, dates) and with it ("scan"): the difference
// is what the scan costs.
func BenchmarkScan(b *testing.B) {
	x := newTestExtractor(b)
	ins, size := scanInputs(b)
	for _, withScan := range []bool{false, true} {
		name := "prep"
		if withScan {
			name = "scan"
		}
		b.Run(name, func(b *testing.B) {
			b.SetBytes(size)
			cpu0 := cpuTime()
			for b.Loop() {
				for _, in := range ins {
					a := x.newArticle(in, in.Text)
					a.split()
					a.dates = dates.Find(a.text, a.lang, a.pub)
					a.sentenceDates()
					if withScan {
						for _, s := range a.sents {
							a.scan(s)
						}
					}
					a.release()
				}
			}
			// the machine may be shared: the CPU time the process used is
			// steadier than the wall time
			b.ReportMetric(float64(cpuTime()-cpu0)/float64(b.N)/1e6, "cpu-ms/op")
		})
	}
}

// cpuTime is the user and system time the process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

package ingest

import (
	"fmt"
	"io"
	"sync/atomic"
	"time"

	"github.com/vbauerster/mpb/v8"
	"github.com/vbauerster/mpb/v8/decor"
)

// Progress is told how far a run is. Run calls it from several goroutines;
// implementations must be safe for that.
type Progress interface {
	// Read counts n more inputs read: the total grows as the corpus streams in.
	Read(n int)
	// Done counts inputs finished, by outcome.
	Done(skipped, loaded, failed int)
	// Close ends the display. Run does not call it: the caller owns the
	// display and may show several runs on it.
	Close()
}

// NewProgress returns a progress bar drawn on w when enabled, and a
// Progress that does nothing otherwise. The CLI enables it only when w is a
// terminal and logs are not JSON, so jobs and log collectors never see it.
func NewProgress(w io.Writer, enabled bool) Progress {
	if !enabled || w == nil {
		return nopProgress{}
	}
	// Auto refresh: whether to draw is the caller's decision, not mpb's
	// guess from w (which would not draw on anything but a terminal). The
	// width is the line's where w is not a terminal; the bar itself is 30.
	b := &bar{p: mpb.New(mpb.WithOutput(w), mpb.WithWidth(120), mpb.WithRefreshRate(200*time.Millisecond), mpb.WithAutoRefresh())}
	// The total is unknown while the corpus streams in: the bar is made with
	// total 0 (no automatic completion) and its total follows the reads.
	b.b = b.p.New(0, mpb.BarStyle(), mpb.BarWidth(30),
		mpb.PrependDecorators(
			decor.Name("ingest ", decor.WCSyncSpaceR),
			decor.CountersNoUnit("%d / %d", decor.WCSyncWidth),
		),
		mpb.AppendDecorators(
			decor.Any(b.counts, decor.WCSyncSpace),
			decor.AverageSpeed(nil, " %.0f docs/s", decor.WCSyncSpace),
		),
	)
	return b
}

type bar struct {
	p                       *mpb.Progress
	b                       *mpb.Bar
	read                    atomic.Int64
	skipped, loaded, failed atomic.Int64
	closed                  atomic.Bool
}

func (b *bar) counts(decor.Statistics) string {
	return fmt.Sprintf("loaded %d  skipped %d  failed %d", b.loaded.Load(), b.skipped.Load(), b.failed.Load())
}

func (b *bar) Read(n int) {
	if n == 0 || b.closed.Load() {
		return
	}
	b.b.SetTotal(b.read.Add(int64(n)), false)
}

func (b *bar) Done(skipped, loaded, failed int) {
	if b.closed.Load() {
		return
	}
	b.skipped.Add(int64(skipped))
	b.loaded.Add(int64(loaded))
	b.failed.Add(int64(failed))
	if n := skipped + loaded + failed; n > 0 {
		b.b.IncrBy(n)
	}
}

func (b *bar) Close() {
	if b.closed.Swap(true) {
		return
	}
	b.b.SetTotal(-1, true) // complete at what was done, so the last line is final
	b.p.Wait()
}

type nopProgress struct{}

func (nopProgress) Read(int)           {}
func (nopProgress) Done(int, int, int) {}
func (nopProgress) Close()             {}

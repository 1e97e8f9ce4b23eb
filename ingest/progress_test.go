package ingest

import (
	"bytes"
	"strings"
	"sync"
	"testing"
)

// syncBuffer is a bytes.Buffer safe for the bar's goroutine and the test.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func TestProgress(t *testing.T) {
	t.Run("enabled draws counts", func(t *testing.T) {
		var out syncBuffer
		p := NewProgress(&out, true)
		rep, err := Run(t.Context(), docsOf(corpus("bar", 40)), &fakeExtractor{}, newFakeLoader(), Options{Workers: 2, BatchSize: 10, Progress: p})
		if err != nil {
			t.Fatal(err)
		}
		p.Close()
		p.Close() // twice is harmless
		got := out.String()
		// The last frame shows everything done.
		for _, want := range []string{"ingest", "40 / 40", "loaded 40", "skipped 0", "failed 0"} {
			if !strings.Contains(got, want) {
				t.Errorf("progress output lacks %q:\n%s", want, got)
			}
		}
		if rep.Loaded != 40 {
			t.Errorf("loaded %d", rep.Loaded)
		}
	})
	t.Run("disabled writes nothing", func(t *testing.T) {
		var out syncBuffer
		p := NewProgress(&out, false)
		if _, err := Run(t.Context(), docsOf(corpus("bar", 40)), &fakeExtractor{}, newFakeLoader(), Options{Progress: p}); err != nil {
			t.Fatal(err)
		}
		p.Close()
		if out.String() != "" {
			t.Errorf("disabled progress wrote %q", out.String())
		}
	})
}

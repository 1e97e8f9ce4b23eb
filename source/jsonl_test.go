package source

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"testing"
	"testing/iotest"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// articleLine is one JSON Lines record of about size bytes; i makes each
// one different and findable.
func articleLine(i, size int) []byte {
	para := []string{
		"Hà Nội, ngày 5/12 – Việt Nam và Lào đã ký kế hoạch hợp tác giáo dục. ",
		"Paris, 3 décembre – La France et le Vietnam ont signé un accord sur l’eau. ",
		"JAKARTA, Sept 5 – Leaders of the ASEAN member states opened their summit. ",
	}[i%3]
	var text strings.Builder
	fmt.Fprintf(&text, "Article %d. ", i)
	for text.Len() < size {
		text.WriteString(para)
	}
	b, err := json.Marshal(map[string]string{
		"url":       "https://news.example/a/" + strconv.Itoa(i),
		"title":     "Article " + strconv.Itoa(i),
		"text":      text.String(),
		"published": "2023-12-01",
		"lang":      []string{"vi", "fr", "en"}[i%3],
	})
	if err != nil {
		panic(err) // a map of strings always marshals
	}
	return append(b, '\n')
}

// writeArticles writes records of about recSize bytes until the file holds
// at least size bytes, and returns the number of records and bytes.
func writeArticles(tb testing.TB, path string, size, recSize int) (records int, written int64) {
	tb.Helper()
	f, err := os.Create(path)
	if err != nil {
		tb.Fatal(err)
	}
	w := bufio.NewWriter(f)
	for written < int64(size) {
		n, _ := w.Write(articleLine(records, recSize))
		written += int64(n)
		records++
	}
	if err := w.Flush(); err != nil {
		tb.Fatal(err)
	}
	if err := f.Close(); err != nil {
		tb.Fatal(err)
	}
	return records, written
}

// A JSON Lines file far larger than MaxBytes is read whole, one record at
// a time: the heap does not grow with the file.
func TestFilesJSONLinesStreamed(t *testing.T) {
	const size = 12 << 20
	p := filepath.Join(t.TempDir(), "archive.jsonl")
	records, written := writeArticles(t, p, size, 2000)
	opts := Options{MaxBytes: 64 << 10}

	// A tight GC target, so that the heap shows what is live rather than
	// the garbage the default pacing lets pile up (4 MiB at least).
	defer debug.SetGCPercent(debug.SetGCPercent(10))
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	base, peak := ms.HeapInuse, ms.HeapInuse
	n := 0
	for doc, err := range Files(context.Background(), []string{p}, opts) {
		if err != nil {
			t.Fatalf("record %d: %v", n+1, err)
		}
		if want := "https://news.example/a/" + strconv.Itoa(n); doc.Source != want || !strings.HasPrefix(doc.Text, fmt.Sprintf("Article %d. ", n)) {
			t.Fatalf("record %d: source %q, text %.30q", n+1, doc.Source, doc.Text)
		}
		n++
		if n%64 == 0 {
			runtime.ReadMemStats(&ms)
			peak = max(peak, ms.HeapInuse)
		}
	}
	if n != records {
		t.Fatalf("read %d records of %d", n, records)
	}
	growth := int64(peak) - int64(base)
	t.Logf("%d records, %.1f MiB file: peak heap in use grew by %.1f MiB", n, float64(written)/(1<<20), float64(growth)/(1<<20))
	// Reading the file whole would take at least its size; streaming needs
	// a line buffer, a few records and the garbage between two collections.
	if growth > written/4 {
		t.Errorf("heap grew by %d MiB reading a %d MiB file", growth>>20, written>>20)
	}
}

// Each case is one .jsonl file whose records all load.
func TestFilesJSONLinesEncodings(t *testing.T) {
	dir := t.TempDir()
	two := "{\"text\":\"Hanoï, été\",\"title\":\"Un\"}\n{\"text\":\"Hà Nội\"}\n"
	tests := []struct {
		name    string
		content []byte
		want    []string // titles and texts, "title|text"
	}{
		{"utf-8", []byte(two), []string{"Un|Hanoï, été", "|Hà Nội"}},
		{"utf-8 bom", append([]byte("\xEF\xBB\xBF"), two...), []string{"Un|Hanoï, été", "|Hà Nội"}},
		{"utf-16 le bom", utf16LE(two, true), []string{"Un|Hanoï, été", "|Hà Nội"}},
		{"utf-16 be bom", utf16BE(two), []string{"Un|Hanoï, été", "|Hà Nội"}},
		{"utf-16 crlf, no final newline", utf16LE(strings.ReplaceAll(strings.TrimSpace(two), "\n", "\r\n"), true), []string{"Un|Hanoï, été", "|Hà Nội"}},
		{"one windows-1252 record among utf-8 ones", []byte("{\"text\":\"Hà Nội\"}\n{\"text\":\"caf\xe9 \x96 l\x92eau\",\"title\":\"d\xe9j\xe0\"}\n"),
			[]string{"|Hà Nội", "déjà|café – l’eau"}},
		{"a damaged byte in a utf-8 record", []byte("{\"text\":\"Việt Nam và Lào đã ký \xc3 kết\"}\n"), []string{"|Việt Nam và Lào đã ký \uFFFD kết"}},
		{"nfd record to nfc", []byte(norm.NFD.String("{\"text\":\"Hanoï Nội\",\"title\":\"été\"}")), []string{"été|Hanoï Nội"}},
		{"blank lines and no final newline", []byte("\n  \n{\"text\":\"a\"}\n\n{\"text\":\"b\"}"), []string{"|a", "|b"}},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := write(t, filepath.Join(dir, strconv.Itoa(i)+".jsonl"), tt.content)
			var got []string
			for _, r := range collect(t, Files(context.Background(), []string{p}, Options{})) {
				if r.err != nil {
					t.Fatalf("error %v", r.err)
				}
				got = append(got, r.doc.Title+"|"+r.doc.Text)
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got %q\nwant %q", got, tt.want)
			}
		})
	}
}

// A bad line is an error naming file:line; the lines around it load.
func TestFilesJSONLinesLineErrors(t *testing.T) {
	dir := t.TempDir()
	long := `{"text":"` + strings.Repeat("très long ", 500) + `"}` // 5.5 KB
	atLimit := `{"text":"` + strings.Repeat("x", 1024-11) + `"}`   // exactly 1 KiB
	tests := []struct {
		name  string
		lines []string
		final bool   // end with "\n"
		bad   int    // line number of the error
		want  error  // errors.Is
		msg   string // in Error()
	}{
		{"over-long record", []string{`{"text":"un"}`, long, `{"text":"trois"}`, `{"text":"quatre"}`}, true, 2, ErrTooLarge, "record of 5.4 KiB, over the 1.0 KiB limit per line"},
		{"over-long last record without newline", []string{`{"text":"un"}`, `{"text":"deux"}`, long}, false, 3, ErrTooLarge, "over the 1.0 KiB limit per line"},
		{"truncated last line", []string{`{"text":"un"}`, `{"text":"deux"}`, `{"text":"trois","url":"https://e.o`}, false, 3, ErrBadJSON, "the last line ends mid-record"},
		{"truncated line in the middle is plain bad JSON", []string{`{"text":"un"}`, `{"text":"de`, `{"text":"trois"}`}, true, 2, ErrBadJSON, "unexpected end of JSON input"},
		{"nul bytes in a record that is not utf-8", []string{`{"text":"un"}`, "{\"text\":\"\x00\xff\x00\"}", `{"text":"trois"}`}, true, 2, ErrBinary, "NUL bytes"},
		{"record at the limit loads, one byte over does not", []string{atLimit, atLimit + " ", atLimit}, true, 2, ErrTooLarge, "record of 1025 bytes, over the 1.0 KiB limit per line"},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			content := strings.Join(tt.lines, "\n")
			if tt.final {
				content += "\n"
			}
			p := write(t, filepath.Join(dir, strconv.Itoa(i)+".jsonl"), []byte(content))
			got := collect(t, Files(context.Background(), []string{p}, Options{MaxBytes: 1024}))
			if len(got) != len(tt.lines) {
				t.Fatalf("got %d results, want one per line: %+v", len(got), got)
			}
			for j, r := range got {
				if j+1 == tt.bad {
					e := r.err
					if e == nil || e.Source != p+":"+strconv.Itoa(tt.bad) || !errors.Is(e, tt.want) || !strings.Contains(e.Error(), tt.msg) {
						t.Errorf("line %d: got %+v; want %v at %s:%d saying %q", j+1, r, tt.want, p, tt.bad, tt.msg)
					}
					continue
				}
				if r.err != nil || r.doc.Text == "" {
					t.Errorf("line %d: got %+v, want a document", j+1, r)
				}
			}
		})
	}
}

// closeFS records which opened files were closed.
type closeFS struct {
	osFS
	open map[string]int // path -> opened minus closed
}

type trackedFile struct {
	fs.File
	fsys *closeFS
	name string
}

func (f trackedFile) Close() error {
	f.fsys.open[f.name]--
	return f.File.Close()
}

func (c *closeFS) Open(name string) (fs.File, error) {
	f, err := c.osFS.Open(name)
	if err != nil {
		return nil, err
	}
	c.open[name]++
	return trackedFile{File: f, fsys: c, name: name}, nil
}

func (c *closeFS) stillOpen() []string {
	var names []string
	for n, k := range c.open {
		if k != 0 {
			names = append(names, n)
		}
	}
	return names
}

// Cancelling or breaking in the middle of a big file stops reading it at
// once and closes it.
func TestFilesJSONLinesStop(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "a.jsonl")
	records, _ := writeArticles(t, p, 4<<20, 1000)
	other := write(t, filepath.Join(dir, "b.txt"), []byte("never read"))

	t.Run("cancel", func(t *testing.T) {
		fsys := &closeFS{open: map[string]int{}}
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		var docs int
		var errs []*Error
		for doc, err := range filesFrom(ctx, fsys, []string{p, other}, Options{}) {
			if err != nil {
				var e *Error
				errors.As(err, &e)
				errs = append(errs, e)
				continue
			}
			docs++
			if doc.Text == "never read" {
				t.Error("the next file was read after cancel")
			}
			if docs == 10 {
				cancel()
			}
		}
		if docs != 10 || len(errs) != 1 || !errors.Is(errs[0], context.Canceled) || errs[0].Source != p+":11" {
			t.Errorf("%d documents (of %d), errors %v; want 10, then context.Canceled at %s:11", docs, records, errs, p)
		}
		if open := fsys.stillOpen(); len(open) != 0 {
			t.Errorf("left open: %v", open)
		}
	})
	t.Run("break", func(t *testing.T) {
		fsys := &closeFS{open: map[string]int{}}
		n := 0
		for range filesFrom(context.Background(), fsys, []string{p, other}, Options{}) {
			n++
			if n == 3 {
				break
			}
		}
		if n != 3 || fsys.open[p] != 0 || len(fsys.open) != 1 {
			t.Errorf("%d results, files opened and not closed: %v", n, fsys.open)
		}
	})
}

// flakyReader fails after giving its bytes.
type flakyReader struct{ r io.Reader }

func (f flakyReader) Read(p []byte) (int, error) {
	n, err := f.r.Read(p)
	if err == io.EOF {
		return n, errors.New("connection reset")
	}
	return n, err
}

func TestFilesJSONLinesStdin(t *testing.T) {
	var many bytes.Buffer
	for i := range 200 {
		many.Write(articleLine(i, 300))
	}
	tests := []struct {
		name string
		in   io.Reader
		opts Options
		docs int
	}{
		{"much larger than MaxBytes", bytes.NewReader(many.Bytes()), Options{MaxBytes: 4096}, 200},
		{"utf-16 with bom", bytes.NewReader(utf16LE("{\"text\":\"Hà Nội\"}\r\n{\"text\":\"été\"}\r\n", true)), Options{}, 2},
		{"one byte at a time", iotest.OneByteReader(bytes.NewReader(many.Bytes())), Options{MaxBytes: 4096}, 200},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.opts.Stdin = tt.in
			got := collect(t, Files(context.Background(), []string{"-"}, tt.opts))
			for i, r := range got {
				if r.err != nil || r.doc.Text == "" || !utf8.ValidString(r.doc.Text) {
					t.Fatalf("result %d: %+v", i, r)
				}
			}
			if len(got) != tt.docs {
				t.Errorf("%d documents, want %d", len(got), tt.docs)
			}
		})
	}
	t.Run("error/over-long line", func(t *testing.T) {
		in := "{\"text\":\"un\"}\n{\"text\":\"" + strings.Repeat("x", 100) + "\"}\n{\"text\":\"trois\"}\n"
		got := collect(t, Files(context.Background(), []string{"-"}, Options{MaxBytes: 64, Stdin: strings.NewReader(in)}))
		if len(got) != 3 || got[0].doc.Text != "un" || !errors.Is(got[1].err, ErrTooLarge) || got[1].err.Source != "-:2" || got[2].doc.Text != "trois" {
			t.Errorf("got %+v", got)
		}
	})
	t.Run("error/read fails midway", func(t *testing.T) {
		in := "{\"text\":\"un\"}\n{\"text\":\"deux\"}\n{\"text\":\"tr"
		got := collect(t, Files(context.Background(), []string{"-"}, Options{Stdin: flakyReader{strings.NewReader(in)}}))
		if len(got) != 3 || got[1].doc.Text != "deux" || got[2].err == nil || got[2].err.Source != "-:3" || !strings.Contains(got[2].err.Error(), "reading: connection reset") {
			t.Errorf("got %+v", got)
		}
	})
}

// FuzzJSONLines reads arbitrary bytes as JSON Lines: nothing panics, what
// comes out is NFC UTF-8 with errors naming a line, and the result does not
// depend on how the reads are cut.
func FuzzJSONLines(f *testing.F) {
	for _, s := range []string{
		"{\"text\":\"a\"}\n{\"text\":\"b\"}",
		"\xEF\xBB\xBF{\"text\":\"Hanoï\"}\r\n",
		string(utf16LE("{\"text\":\"Hà Nội\"}\n", true)),
		"{\"text\":\"caf\xe9\"}\n\n{\"html\":\"<p>x</p>\"}\n{\"text\":",
		"{\"text\":\"" + strings.Repeat("y", 80) + "\"}\n{\"text\":\"z\"}",
		"\x00\xff\n[1]\n",
	} {
		f.Add([]byte(s))
	}
	read := func(r io.Reader, bufSize int) []string {
		var out []string
		readJSONLines(context.Background(), "f.jsonl", r, 64, bufSize, func(d Document, err error) bool {
			if err != nil {
				out = append(out, "error "+err.Error())
			} else {
				out = append(out, fmt.Sprintf("%q", d))
			}
			return true
		})
		return out
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		var docs int
		readJSONLines(context.Background(), "f.jsonl", bytes.NewReader(b), 64, jsonlBuffer, func(d Document, err error) bool {
			if err != nil {
				var e *Error
				if !errors.As(err, &e) || !strings.HasPrefix(e.Source, "f.jsonl:") {
					t.Fatalf("error %v does not name a line", err)
				}
				return true
			}
			docs++
			for _, s := range []string{d.Text, d.Title} {
				if !utf8.ValidString(s) || !norm.NFC.IsNormalString(s) {
					t.Fatalf("not NFC UTF-8: %q", s)
				}
			}
			return true
		})
		if lines := bytes.Count(b, []byte("\n")) + 1; docs > lines {
			t.Fatalf("%d documents from %d lines", docs, lines)
		}
		whole := read(bytes.NewReader(b), jsonlBuffer)
		bits := read(iotest.OneByteReader(bytes.NewReader(b)), 16)
		if strings.Join(whole, "\n") != strings.Join(bits, "\n") {
			t.Fatalf("reads cut differently give different results:\n%q\n%q", whole, bits)
		}
	})
}

func BenchmarkFilesJSONLines(b *testing.B) {
	p := filepath.Join(b.TempDir(), "bench.jsonl")
	records, size := writeArticles(b, p, 16<<20, 2000)
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		n := 0
		for _, err := range Files(context.Background(), []string{p}, Options{}) {
			if err != nil {
				b.Fatal(err)
			}
			n++
		}
		if n != records {
			b.Fatalf("%d records, want %d", n, records)
		}
	}
}

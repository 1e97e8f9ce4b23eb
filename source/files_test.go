package source

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
)

// result is one item of an iteration, flattened for comparison.
type result struct {
	doc Document
	err *Error
}

func collect(t *testing.T, seq func(func(Document, error) bool)) []result {
	t.Helper()
	var out []result
	for doc, err := range seq {
		if err != nil {
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("error is not a *source.Error: %T %v", err, err)
			}
			out = append(out, result{err: e})
			continue
		}
		out = append(out, result{doc: doc})
	}
	return out
}

func write(t *testing.T, path string, b []byte) string {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func fixture(name string) string { return filepath.Join("..", "testdata", "sources", name) }

// TestFilesOneEach reads one file per case and checks the one result.
func TestFilesOneEach(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name, file string
		content    []byte
		want       Document // Source is filled in
	}{
		{"plain text", "a.txt", []byte("Titre\n\nCorps de l'article.\n"), Document{Text: "Titre\n\nCorps de l'article.\n"}},
		{"utf-16 with bom", "u16.txt", utf16LE("Hà Nội, ngày 5", true), Document{Text: "Hà Nội, ngày 5"}},
		{"windows-1252", "w.txt", []byte("Hano\xef, le 1er d\xe9cembre"), Document{Text: "Hanoï, le 1er décembre"}},
		{"invalid utf-8 mostly utf-8", "bad.txt", []byte("Việt Nam và Lào đã ký \xc3 kết"), Document{Text: "Việt Nam và Lào đã ký \uFFFD kết"}},
		{"markdown with front matter", "m.md", []byte("---\ntitle: Un accord\ndate: 2023-12-01\nlang: fr-FR\n---\n# Un accord\n\nLe **Vietnam** et [la France](https://x) ont signé. ![photo](p.jpg)\n"),
			Document{Title: "Un accord", Published: "2023-12-01", Lang: "fr", Text: "Un accord\n\nLe Vietnam et la France ont signé."}},
		{"markdown title from heading", "h.MD", []byte("# Titre du jour\n\n## Section\n\nTexte.\n"), Document{Title: "Titre du jour", Text: "Titre du jour\n\nSection\n\nTexte."}},
		{"html", "p.htm", []byte(`<html lang="vi"><title>Tin</title><body><nav>menu</nav><p>Nội dung bài báo.</p><script>x="script"</script></body></html>`),
			Document{Title: "Tin", Lang: "vi", Text: "Nội dung bài báo."}},
		{"single json", "one.json", []byte(`{"url":"https://e.org/a","title":"T","text":"Corps.","published":"2023-12-01T10:00:00Z","lang":"fr"}`),
			Document{Source: "https://e.org/a", Title: "T", Text: "Corps.", Published: "2023-12-01", Lang: "fr"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := write(t, filepath.Join(dir, tt.file), tt.content)
			got := collect(t, Files(context.Background(), []string{p}, Options{}))
			want := tt.want
			if want.Source == "" {
				want.Source = p
			}
			if len(got) != 1 || got[0].err != nil || got[0].doc != want {
				t.Fatalf("got %+v\nwant %+v", got, want)
			}
		})
	}

	errorCases := []struct {
		name, file string
		content    []byte
		want       error
		msg        string // in Error()
	}{
		{"empty file", "empty.txt", nil, ErrEmpty, "no text"},
		{"white space only", "ws.txt", []byte(" \n\t\r\n "), ErrEmpty, "only white space"},
		{"binary with NUL", "bin.txt", []byte("\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00"), ErrBinary, "binary"},
		{"control bytes", "ctl.md", bytes.Repeat([]byte("\x01\x02ab"), 20), ErrBinary, "control characters"},
		{"unsupported named explicitly", "doc.pdf", []byte("%PDF-1.4"), ErrUnsupported, `".pdf" files are not read`},
		{"html without text", "e.html", []byte("<html><body><script>only()</script></body></html>"), ErrEmpty, "no article text"},
		{"json syntax", "bad.json", []byte("[\n{\"text\":\"a\"},\n{\"text\": }\n]"), ErrBadJSON, "line 3"},
		{"json record without text", "nt.json", []byte(`{"title":"only a title"}`), ErrEmpty, `neither "text" nor "html"`},
	}
	for _, tt := range errorCases {
		t.Run("error/"+tt.name, func(t *testing.T) {
			p := write(t, filepath.Join(dir, tt.file), tt.content)
			got := collect(t, Files(context.Background(), []string{p}, Options{}))
			if len(got) != 1 || got[0].err == nil {
				t.Fatalf("got %+v, want one error", got)
			}
			e := got[0].err
			if !errors.Is(e, tt.want) || e.Source != p || !strings.Contains(e.Error(), tt.msg) || !strings.HasPrefix(e.Error(), p+": ") {
				t.Errorf("error %q (source %q); want %v naming %s and saying %q", e, e.Source, tt.want, p, tt.msg)
			}
		})
	}
}

func TestFilesDirectoryWalk(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "b.txt"), []byte("B"))
	write(t, filepath.Join(dir, "a.txt"), []byte("A"))
	write(t, filepath.Join(dir, "sub", "c.md"), []byte("C"))
	write(t, filepath.Join(dir, "z.html"), []byte("<p>Z</p>"))
	write(t, filepath.Join(dir, "notes.pdf"), []byte("%PDF")) // ignored in a directory
	write(t, filepath.Join(dir, "image.png"), []byte("\x89PNG\x00"))
	write(t, filepath.Join(dir, ".hidden.txt"), []byte("H"))
	write(t, filepath.Join(dir, ".git", "x.txt"), []byte("G"))
	write(t, filepath.Join(dir, "Upper.TXT"), []byte("U"))

	got := collect(t, Files(context.Background(), []string{dir}, Options{}))
	var texts []string
	for _, r := range got {
		if r.err != nil {
			t.Errorf("unexpected error %v", r.err)
			continue
		}
		texts = append(texts, r.doc.Text)
	}
	if want := []string{"U", "A", "B", "C", "Z"}; !slices.Equal(texts, want) { // lexical: "Upper" < "a"
		t.Errorf("texts %q, want %q", texts, want)
	}
}

func TestFilesGlobAndMissing(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "2.txt"), []byte("two"))
	write(t, filepath.Join(dir, "1.txt"), []byte("one"))
	write(t, filepath.Join(dir, "3.md"), []byte("three"))
	paths := []string{
		filepath.Join(dir, "*.txt"),
		filepath.Join(dir, "nothing-*.txt"),
		filepath.Join(dir, "missing.txt"),
		filepath.Join(dir, "[.txt"),
		filepath.Join(dir, "1.txt"), // already read through the glob
		filepath.Join(dir, "3.md"),
	}
	got := collect(t, Files(context.Background(), paths, Options{}))
	if len(got) != 6 {
		t.Fatalf("got %d results: %+v", len(got), got)
	}
	if got[0].doc.Text != "one" || got[1].doc.Text != "two" {
		t.Errorf("glob results %+v", got[:2])
	}
	checks := []struct {
		i    int
		want error
		msg  string
	}{
		{2, ErrNoMatch, "matches no file"},
		{3, fs.ErrNotExist, "no such file"},
		{4, nil, "bad glob pattern"},
	}
	for _, c := range checks {
		e := got[c.i].err
		if e == nil || (c.want != nil && !errors.Is(e, c.want)) || !strings.Contains(e.Error(), c.msg) || e.Source != paths[c.i-1] {
			t.Errorf("result %d = %+v; want error %v saying %q about %s", c.i, got[c.i], c.want, c.msg, paths[c.i-1])
		}
	}
	if got[5].doc.Text != "three" {
		t.Errorf("last result %+v", got[5])
	}
}

func TestFilesSymlinkLoop(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "a.txt"), []byte("A"))
	write(t, filepath.Join(dir, "sub", "b.txt"), []byte("B"))
	mustSymlink(t, "..", filepath.Join(dir, "sub", "up"))          // sub/up -> dir: a loop
	mustSymlink(t, "self", filepath.Join(dir, "self"))             // a link to itself
	mustSymlink(t, "sub", filepath.Join(dir, "twin"))              // a second way into sub: read once
	mustSymlink(t, "gone.txt", filepath.Join(dir, "dangling.txt")) // points nowhere

	got := collect(t, Files(context.Background(), []string{dir}, Options{}))
	var texts, errs []string
	for _, r := range got {
		if r.err != nil {
			rel, _ := filepath.Rel(dir, r.err.Source)
			errs = append(errs, rel)
			if rel == "dangling.txt" {
				if !errors.Is(r.err, fs.ErrNotExist) || !strings.Contains(r.err.Error(), "broken symbolic link") {
					t.Errorf("%s: %v", rel, r.err)
				}
			} else if !errors.Is(r.err, ErrSymlinkLoop) {
				t.Errorf("%s: %v is not ErrSymlinkLoop", rel, r.err)
			}
			continue
		}
		texts = append(texts, r.doc.Text)
	}
	if !slices.Equal(texts, []string{"A", "B"}) {
		t.Errorf("texts %q, want [A B]", texts)
	}
	if want := []string{"dangling.txt", "self", filepath.Join("sub", "up")}; !slices.Equal(errs, want) {
		t.Errorf("errors on %q, want %q", errs, want)
	}
}

func mustSymlink(t *testing.T, target, link string) {
	t.Helper()
	if err := os.Symlink(target, link); err != nil {
		t.Fatal(err)
	}
}

// failFS injects failures into the real file system.
type failFS struct {
	osFS
	openErr   map[string]error // path -> error of Open
	afterList func(dir string) // runs after ReadDir listed dir
	opened    []string
}

func (f *failFS) Open(name string) (fs.File, error) {
	f.opened = append(f.opened, name)
	if err := f.openErr[name]; err != nil {
		return nil, &fs.PathError{Op: "open", Path: name, Err: err}
	}
	return f.osFS.Open(name)
}

func (f *failFS) ReadDir(name string) ([]fs.DirEntry, error) {
	entries, err := f.osFS.ReadDir(name)
	if f.afterList != nil {
		f.afterList(name)
	}
	return entries, err
}

func TestFilesUnreadable(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "a.txt"), []byte("A"))
	locked := write(t, filepath.Join(dir, "b.txt"), []byte("B"))
	write(t, filepath.Join(dir, "c.txt"), []byte("C"))
	fsys := &failFS{}
	if os.Geteuid() == 0 {
		// root reads through chmod 000: make the kernel's answer come
		// from the file system layer instead.
		fsys.openErr = map[string]error{locked: fs.ErrPermission}
	} else {
		if err := os.Chmod(locked, 0); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { os.Chmod(locked, 0o644) })
	}
	got := collect(t, filesFrom(context.Background(), fsys, []string{dir}, Options{}))
	if len(got) != 3 || got[0].doc.Text != "A" || got[2].doc.Text != "C" {
		t.Fatalf("got %+v; want A, an error, C", got)
	}
	e := got[1].err
	if e == nil || e.Source != locked || !errors.Is(e, fs.ErrPermission) || !strings.Contains(e.Error(), "permission denied") {
		t.Errorf("got %v; want a permission error naming %s", e, locked)
	}
	if strings.Count(e.Error(), locked) != 1 {
		t.Errorf("the path is repeated in %q", e)
	}
}

// A file listed in a directory and removed before it is read (a real race
// with a writer) is an error for that file; the walk goes on.
func TestFilesVanishingEntry(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "a.txt"), []byte("A"))
	gone := write(t, filepath.Join(dir, "b.txt"), []byte("B"))
	write(t, filepath.Join(dir, "c.txt"), []byte("C"))
	fsys := &failFS{afterList: func(string) { os.Remove(gone) }}
	got := collect(t, filesFrom(context.Background(), fsys, []string{dir}, Options{}))
	if len(got) != 3 || got[0].doc.Text != "A" || got[2].doc.Text != "C" {
		t.Fatalf("got %+v", got)
	}
	if e := got[1].err; e == nil || e.Source != gone || !errors.Is(e, fs.ErrNotExist) {
		t.Errorf("got %v; want not-exist naming %s", e, gone)
	}
}

func TestFilesTooLarge(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.txt")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	// Sparse: 65 MiB that cost nothing to make.
	if err := f.Truncate(DefaultMaxBytes + 1<<20); err != nil {
		t.Fatal(err)
	}
	f.Close()
	small := write(t, filepath.Join(dir, "small.txt"), []byte(strings.Repeat("x", 2000)))

	tests := []struct {
		name string
		path string
		opts Options
		msg  string
	}{
		{"default limit", big, Options{}, "file is 65 MiB, over the 64 MiB limit"},
		{"option limit", small, Options{MaxBytes: 1000}, "file is 2.0 KiB, over the 1000 bytes limit"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := &failFS{}
			got := collect(t, filesFrom(context.Background(), fsys, []string{tt.path}, tt.opts))
			if len(got) != 1 || !errors.Is(got[0].err, ErrTooLarge) || !strings.Contains(got[0].err.Error(), tt.msg) {
				t.Fatalf("got %+v; want ErrTooLarge saying %q", got, tt.msg)
			}
			if len(fsys.opened) != 0 {
				t.Errorf("the file was opened: %v", fsys.opened)
			}
		})
	}
}

// A 50 MB text on one line is read whole, with memory proportional to it.
func TestFilesHugeSingleLine(t *testing.T) {
	const size = 50 << 20
	unit := []byte("Hà Nội và Viêng Chăn ký kết hợp tác. ")
	buf := bytes.Repeat(unit, size/len(unit)+1)[:0]
	for len(buf)+len(unit) <= size {
		buf = append(buf, unit...)
	}
	p := write(t, filepath.Join(t.TempDir(), "huge.txt"), buf)
	want := len(buf)
	buf = nil
	runtime.GC()

	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	var n int
	for doc, err := range Files(context.Background(), []string{p}, Options{}) {
		if err != nil {
			t.Fatal(err)
		}
		n++
		if len(doc.Text) != want || !strings.HasPrefix(doc.Text, string(unit)) {
			t.Errorf("text of %d bytes, want %d", len(doc.Text), want)
		}
	}
	runtime.ReadMemStats(&after)
	if n != 1 {
		t.Fatalf("%d documents", n)
	}
	// Reading copies the file a few times (buffer, string, checks); a
	// quadratic step would allocate orders of magnitude more.
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 4*uint64(want) {
		t.Errorf("allocated %d MiB for a %d MiB file", alloc>>20, want>>20)
	}
}

func TestFilesJSONLines(t *testing.T) {
	p := fixture("articles.jsonl")
	got := collect(t, Files(context.Background(), []string{p}, Options{}))
	if len(got) != 4 {
		t.Fatalf("got %d results: %+v", len(got), got)
	}
	want := []Document{
		{Source: "https://example.org/vi/hop-tac-viet-lao", Title: "Việt Nam và Lào tăng cường hợp tác giáo dục",
			Text:      "Hà Nội, ngày 5/12/2023 – Bộ Giáo dục và Đào tạo Việt Nam và Bộ Giáo dục và Thể thao Lào đã ký kế hoạch hợp tác giai đoạn 2024-2028.\n\nTheo kế hoạch, Việt Nam sẽ tiếp nhận 1.100 lưu học sinh Lào mỗi năm.",
			Published: "2023-12-05", Lang: "vi"},
		{Source: p + "#2", Title: "Accord franco-vietnamien sur l’eau",
			Text:      "Paris, 3 décembre – La France et le Vietnam ont signé un accord sur la gestion de l’eau dans le delta du Mékong.\n\nLe texte prévoit des échanges d’experts pendant trois ans.",
			Published: "2023-12-03", Lang: "fr"},
		{Source: "https://example.org/en/asean-summit", Title: "ASEAN leaders meet in Jakarta",
			Text:      "JAKARTA, Sept 5 – Leaders of the ten ASEAN member states opened their annual summit in Jakarta on Tuesday.",
			Published: "2023-09", Lang: "en"},
	}
	for i, w := range want {
		if got[i].err != nil || got[i].doc != w {
			t.Errorf("line result %d:\n got %+v\nwant %+v", i, got[i], w)
		}
	}
	e := got[3].err
	if e == nil || e.Source != p+":5" || !errors.Is(e, ErrBadJSON) || !strings.Contains(e.Error(), "unexpected end of JSON input") {
		t.Errorf("truncated last line: got %v; want ErrBadJSON naming %s:5", e, p)
	}
}

func TestFilesJSONLinesBadRecords(t *testing.T) {
	lines := []string{
		`{"text":"bon"}`,
		`{"text": 12}`,
		`{"title":"sans texte"}`,
		`{"text":"x","published":"hier"}`,
		`{"text":"x","lang":"klingon"}`,
		`not json`,
		`{"html":"<script>x()</script>"}`,
		`{"text":"fin","url":"  https://e.org/fin "}`,
	}
	p := write(t, filepath.Join(t.TempDir(), "recs.ndjson"), []byte(strings.Join(lines, "\r\n")))
	got := collect(t, Files(context.Background(), []string{p}, Options{}))
	if len(got) != len(lines) {
		t.Fatalf("got %d results", len(got))
	}
	wantErr := []struct {
		want error
		msg  string
	}{
		{nil, ""},
		{ErrBadJSON, "cannot unmarshal number"},
		{ErrEmpty, "neither"},
		{nil, `published: "hier" is not a date`},
		{nil, `lang: "klingon" is not a language code`},
		{ErrBadJSON, "invalid character"},
		{ErrEmpty, "html: no text"},
		{nil, ""},
	}
	for i, w := range wantErr {
		r := got[i]
		if w.msg == "" {
			if r.err != nil {
				t.Errorf("line %d: %v", i+1, r.err)
			}
			continue
		}
		src := p + ":" + string(rune('1'+i))
		if r.err == nil || r.err.Source != src || (w.want != nil && !errors.Is(r.err, w.want)) || !strings.Contains(r.err.Error(), w.msg) {
			t.Errorf("line %d: got %+v; want error at %s saying %q", i+1, r, src, w.msg)
		}
	}
	if got[7].doc.Source != "https://e.org/fin" {
		t.Errorf("url not trimmed: %q", got[7].doc.Source)
	}
}

func TestFilesStdin(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string // texts
	}{
		{"text", "Un article lu sur l'entrée standard.", []string{"Un article lu sur l'entrée standard."}},
		{"html", "\n<!DOCTYPE html><html><body><nav>menu</nav><p>Article HTML.</p></body></html>", []string{"Article HTML."}},
		{"json lines", "{\"text\":\"un\"}\n{\"text\":\"deux\"}\n", []string{"un", "deux"}},
		{"json array", "[{\"text\":\"un\"},{\"text\":\"deux\"}]", []string{"un", "deux"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := collect(t, Files(context.Background(), []string{"-"}, Options{Stdin: strings.NewReader(tt.in)}))
			var texts []string
			for _, r := range got {
				if r.err != nil {
					t.Fatalf("error %v", r.err)
				}
				texts = append(texts, r.doc.Text)
			}
			if !slices.Equal(texts, tt.want) {
				t.Errorf("texts %q, want %q", texts, tt.want)
			}
		})
	}
	t.Run("error/too large", func(t *testing.T) {
		got := collect(t, Files(context.Background(), []string{"-"}, Options{MaxBytes: 10, Stdin: strings.NewReader(strings.Repeat("a", 11))}))
		if len(got) != 1 || !errors.Is(got[0].err, ErrTooLarge) || got[0].err.Source != "-" {
			t.Errorf("got %+v", got)
		}
	})
	t.Run("error/empty", func(t *testing.T) {
		got := collect(t, Files(context.Background(), []string{"-"}, Options{Stdin: strings.NewReader("")}))
		if len(got) != 1 || !errors.Is(got[0].err, ErrEmpty) {
			t.Errorf("got %+v", got)
		}
	})
}

func TestFilesStopAndCancel(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []string{"a", "b", "c"} {
		write(t, filepath.Join(dir, n+".txt"), []byte(n))
	}
	t.Run("break stops", func(t *testing.T) {
		n := 0
		for range Files(context.Background(), []string{dir}, Options{}) {
			n++
			break
		}
		if n != 1 {
			t.Errorf("%d", n)
		}
	})
	t.Run("cancel stops with the context error", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		got := []result{}
		for doc, err := range Files(ctx, []string{dir}, Options{}) {
			var e *Error
			errors.As(err, &e)
			got = append(got, result{doc, e})
			cancel()
		}
		if len(got) != 2 || got[0].doc.Text != "a" || !errors.Is(got[1].err, context.Canceled) {
			t.Errorf("got %+v; want a, then context.Canceled", got)
		}
	})
}

// Documents written as JSON Lines read back as the same Documents.
func TestFilesDocumentRoundTrip(t *testing.T) {
	docs := []Document{
		{Source: "https://e.org/a", Title: "Un accord", Text: "Hanoï, le 1er décembre.\n\nSuite.", Published: "2023-12", Lang: "fr"},
		{Source: "notes/b.txt", Text: "Texte seul."},
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	for _, d := range docs {
		if err := enc.Encode(d); err != nil {
			t.Fatal(err)
		}
	}
	p := write(t, filepath.Join(t.TempDir(), "out.jsonl"), b.Bytes())
	got := collect(t, Files(context.Background(), []string{p}, Options{}))
	if len(got) != 2 || got[0].doc != docs[0] || got[1].doc != docs[1] {
		t.Errorf("got %+v\nwant %+v", got, docs)
	}
}

package source

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"

	"go.uber.org/zap"
	"golang.org/x/text/encoding/unicode"
)

// kind is how a file's content is read.
type kind int

const (
	kindUnsupported kind = iota
	kindText
	kindMarkdown
	kindHTML
	kindJSONL
	kindJSON
)

var kinds = map[string]kind{
	".txt": kindText, ".text": kindText,
	".md": kindMarkdown, ".markdown": kindMarkdown,
	".html": kindHTML, ".htm": kindHTML, ".xhtml": kindHTML,
	".jsonl": kindJSONL, ".ndjson": kindJSONL,
	".json": kindJSON,
}

const supportedList = ".txt, .md, .html, .htm, .jsonl, .ndjson, .json"

func kindOf(path string) kind { return kinds[strings.ToLower(filepath.Ext(path))] }

// fileSystem is what Files needs from the operating system; tests wrap it
// to inject failures that root would not see (permissions) or races (a
// file vanishing between listing and reading).
type fileSystem interface {
	Stat(name string) (fs.FileInfo, error)
	ReadDir(name string) ([]fs.DirEntry, error)
	Open(name string) (fs.File, error)
	EvalSymlinks(name string) (string, error)
	Glob(pattern string) ([]string, error)
}

type osFS struct{}

func (osFS) Stat(name string) (fs.FileInfo, error)      { return os.Stat(name) }
func (osFS) ReadDir(name string) ([]fs.DirEntry, error) { return os.ReadDir(name) }
func (osFS) Open(name string) (fs.File, error)          { return os.Open(name) }
func (osFS) EvalSymlinks(name string) (string, error)   { return filepath.EvalSymlinks(name) }
func (osFS) Glob(pattern string) ([]string, error)      { return filepath.Glob(pattern) }

// Files reads the named paths: files, directories (walked in lexical order,
// following symbolic links but reporting loops; hidden entries and files of
// other types skipped), and glob patterns; "-" is standard input, whose
// format is sniffed. It reads .txt, .md, .html/.htm, .jsonl/.ndjson (one
// Document per line of {"url","title","text","html","published","lang"},
// streamed record by record whatever the file's size; bad lines are Errors
// naming file:line) and .json (one such record or an array of them). A file named explicitly with another extension is
// ErrUnsupported. A file reached twice (through a link or two arguments)
// is read once.
func Files(ctx context.Context, paths []string, opts Options) iter.Seq2[Document, error] {
	return filesFrom(ctx, osFS{}, paths, opts)
}

func filesFrom(ctx context.Context, fsys fileSystem, paths []string, opts Options) iter.Seq2[Document, error] {
	opts = opts.withDefaults()
	return func(yield func(Document, error) bool) {
		w := &walker{ctx: ctx, fs: fsys, opts: opts, log: opts.Logger, yield: yield,
			seenFiles: map[string]bool{}, seenDirs: map[string]bool{}}
		for _, p := range paths {
			if !w.top(p) {
				return
			}
		}
	}
}

type walker struct {
	ctx       context.Context
	fs        fileSystem
	opts      Options
	log       *zap.Logger
	yield     func(Document, error) bool
	seenFiles map[string]bool // real paths already read
	seenDirs  map[string]bool // real paths of directories already walked
}

// fail yields an *Error; like every yield, false means stop.
func (w *walker) fail(source string, err error) bool {
	return w.yield(Document{}, &Error{Source: source, Err: err})
}

// cancelled yields the context's error once it is done.
func (w *walker) cancelled(source string) bool {
	if err := w.ctx.Err(); err != nil {
		w.fail(source, err)
		return true
	}
	return false
}

func (w *walker) top(p string) bool {
	if w.cancelled(p) {
		return false
	}
	if p == "-" {
		return w.stdin()
	}
	info, err := w.fs.Stat(p)
	if err == nil {
		return w.visit(p, info, true, nil)
	}
	if errors.Is(err, fs.ErrNotExist) && strings.ContainsAny(p, "*?[") {
		matches, gerr := w.fs.Glob(p)
		if gerr != nil {
			return w.fail(p, fmt.Errorf("bad glob pattern: %w", gerr))
		}
		if len(matches) == 0 {
			return w.fail(p, ErrNoMatch)
		}
		slices.Sort(matches)
		for _, m := range matches {
			if w.cancelled(m) {
				return false
			}
			info, err := w.fs.Stat(m)
			if err != nil {
				if !w.fail(m, statError(err)) {
					return false
				}
				continue
			}
			if !w.visit(m, info, true, nil) {
				return false
			}
		}
		return true
	}
	return w.fail(p, statError(err))
}

// statError words an error of Stat without repeating the path.
func statError(err error) error {
	if errors.Is(err, syscall.ELOOP) {
		return fmt.Errorf("%w: too many levels of symbolic links", ErrSymlinkLoop)
	}
	return bare(err)
}

// bare strips the path an *fs.PathError repeats: Error.Source names it.
func bare(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %w", pe.Op, pe.Err)
	}
	return err
}

// visit reads a file or walks a directory. ancestors are the real paths of
// the directories above, for loop detection.
func (w *walker) visit(p string, info fs.FileInfo, explicit bool, ancestors []string) bool {
	switch {
	case info.IsDir():
		return w.dir(p, ancestors)
	case info.Mode().IsRegular():
		k := kindOf(p)
		if k == kindUnsupported {
			if explicit {
				return w.fail(p, fmt.Errorf("%w: %q files are not read (want %s)", ErrUnsupported, filepath.Ext(p), supportedList))
			}
			w.log.Debug("skipping file of unsupported type", zap.String("path", p))
			return true
		}
		return w.file(p, info, k)
	default:
		if explicit {
			return w.fail(p, fmt.Errorf("%w: not a regular file (%s)", ErrUnsupported, info.Mode().Type()))
		}
		w.log.Debug("skipping special file", zap.String("path", p))
		return true
	}
}

func (w *walker) dir(p string, ancestors []string) bool {
	real, err := w.fs.EvalSymlinks(p)
	if err != nil {
		return w.fail(p, statError(err))
	}
	if abs, err := filepath.Abs(real); err == nil {
		real = abs
	}
	if slices.Contains(ancestors, real) {
		return w.fail(p, fmt.Errorf("%w: leads back to %s", ErrSymlinkLoop, real))
	}
	if w.seenDirs[real] {
		w.log.Debug("directory already read", zap.String("path", p))
		return true
	}
	w.seenDirs[real] = true
	entries, err := w.fs.ReadDir(p) // sorted by name
	if err != nil {
		if !w.fail(p, bare(err)) {
			return false
		}
		if len(entries) == 0 {
			return true
		}
	}
	ancestors = append(ancestors, real)
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") {
			continue // .git, .DS_Store, editor files
		}
		child := filepath.Join(p, e.Name())
		if w.cancelled(child) {
			return false
		}
		if !e.IsDir() && e.Type()&fs.ModeSymlink == 0 && kindOf(child) == kindUnsupported {
			w.log.Debug("skipping file of unsupported type", zap.String("path", child))
			continue
		}
		info, err := w.fs.Stat(child) // follows links
		if err != nil {
			err = statError(err)
			if e.Type()&fs.ModeSymlink != 0 && errors.Is(err, fs.ErrNotExist) {
				err = fmt.Errorf("broken symbolic link: %w", err)
			}
			if !w.fail(child, err) {
				return false
			}
			continue
		}
		if !w.visit(child, info, false, slices.Clip(ancestors)) {
			return false
		}
	}
	return true
}

// file reads one regular file.
func (w *walker) file(p string, info fs.FileInfo, k kind) bool {
	if real, err := w.fs.EvalSymlinks(p); err == nil {
		if abs, err := filepath.Abs(real); err == nil {
			real = abs
		}
		if w.seenFiles[real] {
			w.log.Debug("file already read", zap.String("path", p))
			return true
		}
		w.seenFiles[real] = true
	}
	if k != kindJSONL && info.Size() > w.opts.MaxBytes {
		return w.fail(p, fmt.Errorf("%w: file is %s, over the %s limit", ErrTooLarge, sizeString(info.Size()), sizeString(w.opts.MaxBytes)))
	}
	f, err := w.fs.Open(p)
	if err != nil {
		return w.fail(p, bare(err))
	}
	defer f.Close()
	if k == kindJSONL {
		// Streamed record by record: no limit on the file, one per line.
		w.log.Debug("reading JSON Lines", zap.String("path", p), zap.Int64("bytes", info.Size()))
		return readJSONL(w.ctx, p, f, w.opts.MaxBytes, w.yield)
	}
	var buf bytes.Buffer
	buf.Grow(int(info.Size()) + bytes.MinRead) // one allocation for the whole file
	if _, err := buf.ReadFrom(io.LimitReader(f, w.opts.MaxBytes+1)); err != nil {
		return w.fail(p, fmt.Errorf("reading: %w", bare(err)))
	}
	if int64(buf.Len()) > w.opts.MaxBytes {
		return w.fail(p, fmt.Errorf("%w: file grew over the %s limit while being read", ErrTooLarge, sizeString(w.opts.MaxBytes)))
	}
	w.log.Debug("reading file", zap.String("path", p), zap.Int("bytes", buf.Len()))
	return w.content(p, buf.Bytes(), k)
}

// content turns the bytes of one input into Documents.
func (w *walker) content(name string, b []byte, k kind) bool {
	if k == kindJSON {
		return readJSON(name, b, w.yield)
	}
	doc, err := fileDocument(name, b, k)
	if err != nil {
		return w.fail(name, err)
	}
	return w.yield(doc, nil)
}

// fileDocument reads a text, Markdown or HTML input.
func fileDocument(name string, b []byte, k kind) (Document, error) {
	if k == kindHTML {
		return htmlDocument(b, "", name)
	}
	text, err := decode(b, nil)
	if err != nil {
		return Document{}, err
	}
	doc := Document{Source: name, Text: text}
	if k == kindMarkdown {
		doc = markdownDocument(name, text)
	}
	if blank(doc.Text) {
		return Document{}, fmt.Errorf("%w: the file holds only white space", ErrEmpty)
	}
	return doc, nil
}

func (w *walker) stdin() bool {
	r := w.opts.Stdin
	if r == nil {
		r = os.Stdin
	}
	br := bufio.NewReaderSize(r, jsonlBuffer)
	// A short or failed Peek is fine: what follows reads the same bytes
	// and sees the same error.
	head, _ := br.Peek(sniffBytes)
	k := sniff(head)
	if k == kindJSONL {
		return readJSONL(w.ctx, "-", br, w.opts.MaxBytes, w.yield)
	}
	b, err := io.ReadAll(io.LimitReader(br, w.opts.MaxBytes+1))
	if err != nil {
		return w.fail("-", fmt.Errorf("reading standard input: %w", err))
	}
	if int64(len(b)) > w.opts.MaxBytes {
		return w.fail("-", fmt.Errorf("%w: standard input is over the %s limit", ErrTooLarge, sizeString(w.opts.MaxBytes)))
	}
	return w.content("-", b, k)
}

// sniffBytes is how much of standard input sniff looks at.
const sniffBytes = 1024

// sniff guesses the format of standard input: HTML, JSON Lines, or text.
func sniff(b []byte) kind {
	head := b[:min(len(b), sniffBytes)]
	if bytes.HasPrefix(head, bomUTF16LE) || bytes.HasPrefix(head, bomUTF16BE) {
		dec := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder()
		if d, err := dec.Bytes(head[:len(head)&^1]); err == nil {
			head = d
		}
	}
	head = bytes.TrimPrefix(head, bomUTF8)
	head = bytes.TrimLeft(head, " \t\r\n")
	lower := bytes.ToLower(head)
	switch {
	case bytes.HasPrefix(lower, []byte("<!doctype html")), bytes.HasPrefix(lower, []byte("<html")),
		bytes.HasPrefix(lower, []byte("<head")), bytes.HasPrefix(lower, []byte("<body")),
		bytes.HasPrefix(lower, []byte("<!--")) && bytes.Contains(lower, []byte("<html")):
		return kindHTML
	case bytes.HasPrefix(head, []byte("{")):
		return kindJSONL
	case bytes.HasPrefix(head, []byte("[")):
		return kindJSON
	}
	return kindText
}

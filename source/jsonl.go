package source

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// record is one article in a JSON Lines or JSON input.
type record struct {
	URL       string `json:"url"`
	Source    string `json:"source"` // a Document written back out; url wins
	Title     string `json:"title"`
	Text      string `json:"text"`
	HTML      string `json:"html"`
	Published string `json:"published"`
	Lang      string `json:"lang"`
}

// jsonlBuffer is the read buffer of a JSON Lines stream: lines longer than
// it are gathered from several reads.
const jsonlBuffer = 64 << 10

// keepLineBuffer is the largest line buffer kept for the next line; one long
// record does not hold its memory for the rest of the file.
const keepLineBuffer = 1 << 20

// readJSONL streams JSON Lines from r and yields one Document per non-blank
// line. Memory is bounded by the longest line kept, at most maxLine bytes: a
// longer line is skipped unread and reported as ErrTooLarge. A bad line is
// an Error naming "file:line" and the lines after it are still read. The
// result is false when the caller stopped or ctx is done.
func readJSONL(ctx context.Context, name string, r io.Reader, maxLine int64, yield func(Document, error) bool) bool {
	return readJSONLines(ctx, name, r, maxLine, jsonlBuffer, yield)
}

func readJSONLines(ctx context.Context, name string, r io.Reader, maxLine int64, bufSize int, yield func(Document, error) bool) bool {
	br, err := jsonlStream(r, bufSize)
	if err != nil {
		return yield(Document{}, &Error{Source: name, Err: fmt.Errorf("reading: %w", bare(err))})
	}
	var buf []byte
	for lineNo := 1; ; lineNo++ {
		where := name + ":" + strconv.Itoa(lineNo)
		if err := ctx.Err(); err != nil {
			yield(Document{}, &Error{Source: where, Err: err})
			return false
		}
		line, n, eol, err := readLine(ctx, br, buf[:0], maxLine)
		if cap(line) <= keepLineBuffer {
			buf = line
		} else {
			buf = nil
		}
		switch {
		case ctx.Err() != nil:
			yield(Document{}, &Error{Source: where, Err: ctx.Err()})
			return false
		case err != nil:
			return yield(Document{}, &Error{Source: where, Err: fmt.Errorf("reading: %w", bare(err))})
		case n > maxLine:
			size := sizeString(n)
			if size == sizeString(maxLine) {
				size = strconv.FormatInt(n, 10) + " bytes"
			}
			err := fmt.Errorf("%w: record of %s, over the %s limit per line", ErrTooLarge, size, sizeString(maxLine))
			if !yield(Document{}, &Error{Source: where, Err: err}) {
				return false
			}
		default:
			doc, err := lineDocument(name, lineNo, line, eol)
			if err != nil && !yield(Document{}, &Error{Source: where, Err: err}) {
				return false
			}
			if err == nil && doc != nil && !yield(*doc, nil) {
				return false
			}
		}
		if !eol {
			return true
		}
	}
}

// jsonlStream skips a UTF-8 byte order mark and decodes UTF-16 (told by
// its byte order mark) to UTF-8 as it is read.
func jsonlStream(r io.Reader, bufSize int) (*bufio.Reader, error) {
	br := bufio.NewReaderSize(r, bufSize)
	head, err := br.Peek(len(bomUTF8))
	if err != nil && err != io.EOF {
		return nil, err
	}
	switch {
	case bytes.HasPrefix(head, bomUTF8):
		br.Discard(len(bomUTF8))
	case bytes.HasPrefix(head, bomUTF16LE), bytes.HasPrefix(head, bomUTF16BE):
		dec := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder()
		br = bufio.NewReaderSize(transform.NewReader(br, dec), bufSize)
	}
	return br, nil
}

// readLine appends the next line of br to buf, without its "\n", keeping
// no more than max+1 bytes of it. n is the length of the whole line and eol
// tells whether it ended with "\n" (false at the end of the input).
func readLine(ctx context.Context, br *bufio.Reader, buf []byte, max int64) (line []byte, n int64, eol bool, err error) {
	for {
		chunk, rerr := br.ReadSlice('\n')
		eol = rerr == nil
		if eol {
			chunk = chunk[:len(chunk)-1]
		}
		n += int64(len(chunk))
		if int64(len(buf)) <= max {
			buf = append(buf, chunk[:min(int64(len(chunk)), max+1-int64(len(buf)))]...)
		}
		switch {
		case rerr == nil:
			return buf, n, true, nil
		case rerr == io.EOF:
			return buf, n, false, nil
		case rerr != bufio.ErrBufferFull:
			return buf, n, false, rerr
		case ctx.Err() != nil: // a huge line stops when asked
			return buf, n, false, nil
		}
	}
}

// lineDocument reads one line of JSON Lines; nil means a blank line. A last
// line without "\n" that is cut short says so.
func lineDocument(name string, lineNo int, line []byte, eol bool) (*Document, error) {
	line = bytes.TrimSpace(line)
	if len(line) == 0 {
		return nil, nil
	}
	if !utf8.Valid(line) {
		// Per record, the same guess as for a whole file: UTF-8 with a
		// few damaged bytes, or Windows-1252.
		s, err := decode(line, nil)
		if err != nil {
			return nil, err
		}
		line = []byte(s)
	}
	var rec record
	if err := json.Unmarshal(line, &rec); err != nil {
		var se *json.SyntaxError
		if !eol && errors.As(err, &se) && se.Offset >= int64(len(line)) {
			return nil, fmt.Errorf("%w: the last line ends mid-record (file cut short?): %w", ErrBadJSON, err)
		}
		return nil, jsonError(err)
	}
	doc, err := rec.document(name + "#" + strconv.Itoa(lineNo))
	if err != nil {
		return nil, err
	}
	return &doc, nil
}

// readJSON reads a file holding one record or an array of them; elements
// are named "file.json#N", counting from 1.
func readJSON(name string, b []byte, yield func(Document, error) bool) bool {
	s, err := decode(b, nil)
	if err != nil {
		return yield(Document{}, &Error{Source: name, Err: err})
	}
	b = []byte(strings.TrimSpace(s))
	var items []json.RawMessage
	if bytes.HasPrefix(b, []byte("[")) {
		if err := json.Unmarshal(b, &items); err != nil {
			return yield(Document{}, &Error{Source: name, Err: jsonErrorAt(err, b)})
		}
	} else {
		items = []json.RawMessage{b}
	}
	for i, raw := range items {
		where := name + "#" + strconv.Itoa(i+1)
		if len(items) == 1 && !bytes.HasPrefix(b, []byte("[")) {
			where = name
		}
		var rec record
		if err := json.Unmarshal(raw, &rec); err != nil {
			if !yield(Document{}, &Error{Source: where, Err: jsonErrorAt(err, b)}) {
				return false
			}
			continue
		}
		doc, err := rec.document(where)
		if err != nil {
			if !yield(Document{}, &Error{Source: where, Err: err}) {
				return false
			}
			continue
		}
		if !yield(doc, nil) {
			return false
		}
	}
	return true
}

func jsonError(err error) error { return fmt.Errorf("%w: %w", ErrBadJSON, err) }

// jsonErrorAt adds the line of a syntax error in a multi-line document.
func jsonErrorAt(err error, b []byte) error {
	var se *json.SyntaxError
	if errors.As(err, &se) && se.Offset <= int64(len(b)) {
		line := 1 + bytes.Count(b[:se.Offset], []byte("\n"))
		return fmt.Errorf("%w at line %d: %w", ErrBadJSON, line, err)
	}
	return jsonError(err)
}

// document turns a record into a Document; fallback names it when it has
// no url. Text wins over html; the record's own title, date and language
// win over what the HTML says.
func (r record) document(fallback string) (Document, error) {
	src := strings.TrimSpace(r.URL)
	if src == "" {
		src = strings.TrimSpace(r.Source)
	}
	if src == "" {
		src = fallback
	}
	var doc Document
	switch {
	case !blank(r.Text):
		text, err := decode([]byte(r.Text), nil)
		if err != nil {
			return Document{}, fmt.Errorf("text: %w", err)
		}
		doc = Document{Text: text}
	case !blank(r.HTML):
		// JSON strings are UTF-8, whatever the page once declared.
		d, err := htmlDocument([]byte(r.HTML), "text/html; charset=utf-8", src)
		if err != nil {
			return Document{}, fmt.Errorf("html: %w", err)
		}
		doc = d
	default:
		return Document{}, fmt.Errorf("%w: the record has neither \"text\" nor \"html\"", ErrEmpty)
	}
	doc.Source = src
	if t := collapse(normalize(r.Title)); t != "" {
		doc.Title = t
	}
	if p := strings.TrimSpace(r.Published); p != "" {
		d := partialDate(p)
		if d == "" {
			return Document{}, fmt.Errorf("published: %q is not a date (want ISO 8601 such as 2023-12-01)", p)
		}
		doc.Published = d
	}
	if l := strings.TrimSpace(r.Lang); l != "" {
		c := langCode(l)
		if c == "" {
			return Document{}, fmt.Errorf("lang: %q is not a language code (want ISO 639-1 such as fr)", l)
		}
		doc.Lang = c
	}
	return doc, nil
}

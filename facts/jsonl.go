package facts

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// MaxLineBytes bounds one JSON Lines record, so a corrupt file cannot make
// the reader buffer without limit.
const MaxLineBytes = 64 << 20

// LineError is a bad record in a JSON Lines stream. The reader skips it and
// goes on; callers collect these and report them with the source name.
type LineError struct {
	Line int
	Err  error
}

func (e *LineError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }
func (e *LineError) Unwrap() error { return e.Err }

// Reader reads Docs from JSON Lines, one object per line; blank lines are skipped.
type Reader struct {
	sc   *bufio.Scanner
	line int
}

// NewReader returns a Reader on r.
func NewReader(r io.Reader) *Reader {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), MaxLineBytes)
	return &Reader{sc: sc}
}

// Next returns the next Doc. At the end it returns io.EOF. A line that is not
// a valid Doc gives a *LineError; the reader can go on after it. Errors of the
// underlying reader (or a line over MaxLineBytes) end the stream.
func (r *Reader) Next() (*Doc, error) {
	for r.sc.Scan() {
		r.line++
		b := r.sc.Bytes()
		if len(bytes.TrimSpace(b)) == 0 {
			continue
		}
		var d Doc
		if err := json.Unmarshal(b, &d); err != nil {
			return nil, &LineError{Line: r.line, Err: fmt.Errorf("not a contract object: %w", err)}
		}
		if err := d.Validate(); err != nil {
			return nil, &LineError{Line: r.line, Err: err}
		}
		return &d, nil
	}
	if err := r.sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			return nil, fmt.Errorf("line %d: longer than %d bytes: %w", r.line+1, MaxLineBytes, err)
		}
		return nil, fmt.Errorf("line %d: %w", r.line+1, err)
	}
	return nil, io.EOF
}

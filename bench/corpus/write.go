package corpus

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"iter"
	"os"
	"path/filepath"
)

// FilesPerDir is how many .txt files WriteText puts in one folder: a
// million files in one directory is unkind to every tool that lists it.
const FilesPerDir = 1000

// Written counts what a writer wrote.
type Written struct {
	Articles  int
	TextBytes int64 // bytes of title + text, the extractor's input
	FileBytes int64 // bytes written to disk
}

// record is one line of the JSON Lines form, the one source.Files reads.
type record struct {
	URL       string `json:"url"`
	Title     string `json:"title"`
	Text      string `json:"text"`
	Published string `json:"published"`
	Lang      string `json:"lang"`
}

// countingWriter counts the bytes that pass.
type countingWriter struct {
	w io.Writer
	n int64
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// WriteJSONL writes one JSON object per line:
// {"url","title","text","published","lang"}.
func WriteJSONL(w io.Writer, articles iter.Seq[Article]) (Written, error) {
	var st Written
	cw := &countingWriter{w: w}
	bw := bufio.NewWriterSize(cw, 1<<16)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for a := range articles {
		if err := enc.Encode(record{URL: a.URL, Title: a.Title, Text: a.Text, Published: a.Published, Lang: a.Lang}); err != nil {
			return st, fmt.Errorf("article %d: %w", a.Index, err)
		}
		st.Articles++
		st.TextBytes += int64(len(a.Title) + len(a.Text))
	}
	if err := bw.Flush(); err != nil {
		return st, err
	}
	st.FileBytes = cw.n
	return st, nil
}

// TextPath is where WriteText puts article i: dir/0001/00001234_fr.txt.
func TextPath(dir string, i int, lang string) string {
	return filepath.Join(dir, fmt.Sprintf("%04d", i/FilesPerDir), fmt.Sprintf("%08d_%s.txt", i, lang))
}

// WriteText writes each article as a .txt page (headline on the first
// line), FilesPerDir files per sub-folder of dir.
func WriteText(dir string, articles iter.Seq[Article]) (Written, error) {
	var st Written
	made := -1
	for a := range articles {
		p := TextPath(dir, a.Index, a.Lang)
		if d := a.Index / FilesPerDir; d != made {
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				return st, err
			}
			made = d
		}
		page := a.Page()
		if err := os.WriteFile(p, []byte(page), 0o644); err != nil {
			return st, err
		}
		st.Articles++
		st.TextBytes += int64(len(page))
		st.FileBytes += int64(len(page))
	}
	return st, nil
}

// truthRecord is one line of WriteTruth.
type truthRecord struct {
	URL   string `json:"url"`
	File  string `json:"file,omitempty"`
	Lang  string `json:"lang"`
	Truth Truth  `json:"truth"`
}

// WriteTruth writes what each article truly says, one JSON object per
// line ({"url","file","lang","truth"}), for scoring an extractor outside Go.
// dir, when not empty, is the WriteText folder the file names point into.
func WriteTruth(w io.Writer, dir string, articles iter.Seq[Article]) error {
	bw := bufio.NewWriterSize(w, 1<<16)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for a := range articles {
		rec := truthRecord{URL: a.URL, Lang: a.Lang, Truth: a.Truth}
		if dir != "" {
			rec.File = TextPath(dir, a.Index, a.Lang)
		}
		if err := enc.Encode(rec); err != nil {
			return fmt.Errorf("article %d: %w", a.Index, err)
		}
	}
	return bw.Flush()
}

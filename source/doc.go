// Package source turns what a user names into article documents for dyad's
// extractor: files, directories and glob patterns on disk (plain text,
// Markdown, HTML, JSON Lines of articles), standard input, and RSS/Atom feeds
// fetched over HTTP together with the article pages they link to.
//
// Everything yields [Document] values through an iterator; a problem with one
// source is an [*Error] naming it, and the iteration goes on with the next
// source. Bytes are decoded to NFC-normalised UTF-8 whatever their encoding
// (UTF-8, UTF-16 with a byte order mark, Windows-1252 / Latin-1, or the charset
// an HTML page declares); binary, empty and oversized inputs are refused with
// the sentinel errors callers branch on ([ErrBinary], [ErrEmpty],
// [ErrTooLarge], [ErrUnsupported], ...).
//
// JSON Lines of articles are streamed one record at a time, so memory stays
// flat however large the archive: [Options.MaxBytes] bounds each line rather
// than the file. A byte order mark at the start of the file is honoured (UTF-16
// is decoded as it is read); a line that is not UTF-8 goes through the same
// guess as a whole file (UTF-8 with a few damaged bytes, else Windows-1252);
// each record is NFC-normalised. An overlong, malformed or cut-short record is
// an [*Error] naming file:line, and the records after it are still read.
//
// dyad fetches only the feeds and pages a user names: requests carry a
// User-Agent, wait between requests to the same host, retry a bounded number
// of times with backoff on server errors and timeouts, and use ETag /
// Last-Modified validators from a [Cache] so an unchanged feed costs one
// request answered 304.
package source

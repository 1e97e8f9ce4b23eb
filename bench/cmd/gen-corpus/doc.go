// Command gen-corpus writes a synthetic corpus (package bench/corpus):
//
//	gen-corpus -n 10000 -langs fr,vi,en -seed 1 -format jsonl -out corpus.jsonl
//	gen-corpus -n 1000 -format txt -out corpus/ -truth truth.jsonl
//
// jsonl writes one {"url","title","text","published","lang"} object per
// line, the form `dyad ingest` reads; txt writes one page per .txt file
// (headline first), 1000 files per sub-folder. The same seed gives the
// same corpus, byte for byte.
package main

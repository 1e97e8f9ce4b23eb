// Package bench measures dyad on a synthetic corpus (package corpus):
// extraction throughput, load throughput into Neo4j next to two baselines
// on exactly the same facts (Neo4j's own LOAD CSV with MERGE, and a naive
// loader running one transaction per fact), re-ingest of an unchanged
// corpus, and peak memory against corpus size.
//
// The command bench/cmd/dyad-bench (run by the script bench/run) drives a
// whole benchmark and writes its figures to bench/results; this package
// holds the parts it needs: documents from the generator, the baselines,
// id prefixes that keep the benchmark's nodes apart from everything else
// in a shared database, and a loader that writes nothing (to measure the
// pipeline's own memory).
//
// Nothing here runs as a timed test: the tests check that the baselines
// write the same graph as dyad, and go test -bench gives the hot paths.
package bench

// Package faulttest holds the fault test of `dyad ingest`: what happens when
// Neo4j goes away in the middle of a run (issue 4, item 5). It has no code
// of its own, only an integration test, fault_test.go.
//
// The test starts a private Neo4j with scripts/neo4j-local (its own data
// folder under a temporary directory, its own free Bolt and HTTP ports), so
// it can kill -9 and restart that server without touching the shared one
// on 7687 that other tests use. It ingests a corpus (testdata/articles plus
// 70 articles from bench/corpus, in batches of 4) through the real
// pipeline: source.Files, the extractor, ingest.Run, graph's loader. Then:
//
//  1. one uninterrupted run gives the reference graph (graph.Dump: every
//     node, relationship and property);
//  2. a short outage (every connection cut, new ones refused for 3 s, by a
//     TCP proxy between the driver and Neo4j) with a retry bound longer
//     than it: the run rides it out by itself, after retries, and builds
//     the reference graph;
//  3. for three kill points (after the first batch; inside the transaction
//     of a middle batch; near the end) on an emptied database, the server
//     is killed (SIGKILL) during a run whose retry bound is 5 s. The run
//     must retry for the whole bound (between-batch kills), then fail
//     within it plus some slack, with an error wrapping
//     graph.ErrUnavailable that says how many articles were loaded, and a
//     report that agrees. After a restart (scripts/neo4j-local start) the
//     database must hold every batch that was committed, and of the batch
//     being written either all of it or nothing. A rerun (on a new client,
//     as a cron job would; on the old one, as --watch would) must skip
//     exactly the articles already there, load the rest, and build a graph
//     equal to the reference.
//
// A kill point is reached by watching the loader: a wrapper around
// ingest.GraphLoader kills the server once batch k is committed (with
// scripts/neo4j-local kill), or a few milliseconds into batch k (SIGKILL
// to the JVM whose pid the script recorded, then the script tidies up:
// the script alone is often too slow to land inside a transaction).
//
// The test needs a JDK 17 and Maven (scripts/neo4j-local installs them if
// missing) and takes minutes, mostly Neo4j restarting and planning its
// queries again after each restart, so `go test ./...` skips it; run it
// with
//
//	DYAD_FAULT_TESTS=1 go test -count=1 -v ./faulttest/
//
// CI (.ci/run) runs it that way.
package faulttest

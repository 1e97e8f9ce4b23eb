// Package ingest is the streaming pipeline behind `dyad ingest`: it reads
// source documents, skips those whose content hash the graph already holds,
// extracts the rest in parallel, and loads them into Neo4j in batches.
//
// The pipeline is built for a job left running every hour over a corpus of
// any size: every stage is connected by bounded channels, so memory depends
// on the number of workers and the batch size, never on the corpus. A bad
// input (an unreadable file, an article the extractor chokes on) becomes a
// [Failure] in the [Report] and the run goes on; a database that stays away
// past the driver's retries stops the run with an error saying how many
// articles were loaded before. Cancelling the context stops the run between
// batches: the batch being written is committed whole (one managed
// transaction) and nothing after it is started, so no article is ever half
// written.
//
// [Shard] splits a corpus deterministically among several workers (by an
// FNV-1a hash of each document's source), so N processes running with k/N,
// k = 1..N, load exactly what one process would. [Extract] is the
// order-preserving parallel extraction used by `dyad extract`, [Watch] the
// periodic loop of `dyad ingest --watch`.
package ingest

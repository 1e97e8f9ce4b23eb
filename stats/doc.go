// Package stats summarises what is in dyad's graph: nodes per label,
// relationships per type, articles per language and per month of
// publication, and the country pairs whose officials met most often.
// Every number comes from read-only Cypher run in one read transaction.
package stats

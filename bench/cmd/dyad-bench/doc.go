// Command dyad-bench measures dyad on a synthetic corpus and writes the
// figures to a results folder (see bench/README.md; bench/run runs it).
//
//	dyad-bench run [flags]   the whole benchmark: extraction, load next to
//	                         LOAD CSV and a naive loader, re-ingest, peak RSS
//	dyad-bench rss [flags]   one ingest in this process, for run's memory
//	                         figures: prints its peak RSS as JSON
//
// Neo4j comes from NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD (and
// NEO4J_DATABASE); LOAD CSV's files go to NEO4J_IMPORT_DIR, the server's
// import folder. eval "$(scripts/neo4j-local env)" sets them all.
package main

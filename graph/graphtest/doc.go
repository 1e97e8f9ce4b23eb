// Package graphtest gives integration tests a Neo4j to talk to, and helps
// them share it: each test works under its own id prefix and cleans only
// that, because several packages' tests run against one database at once.
//
// Where the database comes from, in order:
//  1. NEO4J_URI (with NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE), e.g.
//     eval "$(scripts/neo4j-local env)";
//  2. a neo4j:5 container started with testcontainers-go when a Docker
//     engine answers (one per test process, reaped when it exits);
//  3. otherwise the test is skipped, or fails when DYAD_REQUIRE_NEO4J=1
//     (CI sets it, so a missing database can never pass as green).
package graphtest

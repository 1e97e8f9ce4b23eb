// Package browser holds what makes Neo4j Browser ready for dyad's graph:
// the GraSS style sheet dyad.grass (a colour, size and caption per label,
// captions on relationships), the value of Neo4j's browser.post_connect_cmd
// setting that applies it on connecting (post_connect_cmd.txt, and
// neo4j-browser.env for docker compose), and guide.html, the cookbook as a
// Browser guide (:play) and a readable page.
//
// The generated files are checked by this package's tests against dyad.grass
// and the cookbook; go test ./browser -update rewrites them.
package browser

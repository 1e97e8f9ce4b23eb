// Package e2e holds dyad's end-to-end checks that need more than Go: a
// headless Chromium driving Neo4j Browser (DYAD_E2E=1 go test ./e2e). The
// package itself has no code; its test talks to Chromium over the DevTools
// protocol with golang.org/x/net/websocket.
package e2e

package graphtest

import (
	"bufio"
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dyadgraph/dyad/facts"
	"github.com/dyadgraph/dyad/graph"
	"github.com/testcontainers/testcontainers-go"
	"github.com/testcontainers/testcontainers-go/wait"
	"go.uber.org/zap"
	"go.uber.org/zap/zaptest"
)

// SkipHint is the message of a skipped integration test.
const SkipHint = "no Neo4j for integration tests: set NEO4J_URI (e.g. eval \"$(scripts/neo4j-local env)\") or run a Docker engine"

// container caches the one container of this test process.
var container struct {
	sync.Mutex
	cfg *graph.Config
	err error
}

// Neo4j returns how to reach the test database, or skips t (fails it when
// DYAD_REQUIRE_NEO4J=1) when there is none.
func Neo4j(t testing.TB) graph.Config {
	t.Helper()
	if uri := os.Getenv("NEO4J_URI"); uri != "" {
		return graph.Config{
			URI:      uri,
			Username: os.Getenv("NEO4J_USERNAME"),
			Password: os.Getenv("NEO4J_PASSWORD"),
			Database: os.Getenv("NEO4J_DATABASE"),
		}
	}
	cfg, err := startContainer()
	if err != nil {
		unavailable(t, err)
	}
	return cfg
}

func unavailable(t testing.TB, err error) {
	t.Helper()
	if os.Getenv("DYAD_REQUIRE_NEO4J") == "1" {
		t.Fatalf("DYAD_REQUIRE_NEO4J=1 but %s (%v)", SkipHint, err)
	}
	t.Skipf("%s (%v)", SkipHint, err)
}

const containerPassword = "graphtest-password"

func startContainer() (cfg graph.Config, err error) {
	container.Lock()
	defer container.Unlock()
	if container.cfg != nil || container.err != nil {
		if container.err != nil {
			return graph.Config{}, container.err
		}
		return *container.cfg, nil
	}
	defer func() {
		if r := recover(); r != nil { // the provider panics in some broken setups
			err = fmt.Errorf("docker: %v", r)
		}
		container.err = err
		if err == nil {
			container.cfg = &cfg
		}
	}()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	provider, err := testcontainers.ProviderDefault.GetProvider()
	if err != nil {
		return graph.Config{}, fmt.Errorf("no Docker engine: %w", err)
	}
	defer provider.Close()
	hctx, hcancel := context.WithTimeout(ctx, 5*time.Second)
	defer hcancel()
	if err := provider.Health(hctx); err != nil {
		return graph.Config{}, fmt.Errorf("no Docker engine: %w", err)
	}
	c, err := testcontainers.GenericContainer(ctx, testcontainers.GenericContainerRequest{
		ContainerRequest: testcontainers.ContainerRequest{
			Image:        "neo4j:5",
			ExposedPorts: []string{"7687/tcp"},
			Env:          map[string]string{"NEO4J_AUTH": "neo4j/" + containerPassword},
			WaitingFor: wait.ForAll(
				wait.ForListeningPort("7687/tcp"),
				wait.ForLog("Bolt enabled"),
			).WithDeadline(2 * time.Minute),
		},
		Started: true,
	})
	if err != nil {
		return graph.Config{}, fmt.Errorf("start neo4j:5 container: %w", err)
	}
	ep, err := c.PortEndpoint(ctx, "7687/tcp", "bolt")
	if err != nil {
		return graph.Config{}, fmt.Errorf("neo4j:5 container endpoint: %w", err)
	}
	return graph.Config{URI: ep, Username: "neo4j", Password: containerPassword}, nil
}

// Connect connects to the test database, ensures the schema and closes
// the client when t ends. Logs go to t.
func Connect(t testing.TB) *graph.Client {
	t.Helper()
	cfg := Neo4j(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	c, err := graph.Connect(ctx, cfg, Logger(t))
	if err != nil {
		if errors.Is(err, graph.ErrUnavailable) {
			unavailable(t, err)
		}
		t.Fatalf("connect: %v", err)
	}
	t.Cleanup(func() { _ = c.Close(context.Background()) })
	if err := c.EnsureSchema(ctx); err != nil {
		t.Fatalf("ensure schema: %v", err)
	}
	return c
}

// Logger logs to t at info level and above (the driver is chatty at debug).
func Logger(t testing.TB) *zap.Logger {
	return zaptest.NewLogger(t, zaptest.Level(zap.InfoLevel))
}

var unsafe = regexp.MustCompile(`[^A-Za-z0-9]+`)

// Prefix returns an id prefix unique to t (and this run), and deletes
// everything under it when t ends. Prefix ids and sources with it, so
// tests sharing the database never see each other's nodes.
func Prefix(t testing.TB, c *graph.Client) string {
	t.Helper()
	var b [4]byte
	_, _ = rand.Read(b[:])
	name := strings.Trim(unsafe.ReplaceAllString(t.Name(), "-"), "-")
	if len(name) > 40 {
		name = name[len(name)-40:]
	}
	prefix := "test-" + name + "-" + hex.EncodeToString(b[:]) + "~"
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		if _, err := c.DeletePrefix(ctx, prefix); err != nil {
			t.Errorf("clean prefix %s: %v", prefix, err)
		}
	})
	return prefix
}

// WithPrefix returns deep copies of docs whose article ids, sources,
// entity ids and relation ends start with prefix.
func WithPrefix(prefix string, docs ...*facts.Doc) []*facts.Doc {
	out := make([]*facts.Doc, 0, len(docs))
	for _, d := range docs {
		c := *d
		c.Article.ID = prefix + d.Article.ID
		c.Article.Source = prefix + d.Article.Source
		c.Entities = make([]facts.Entity, len(d.Entities))
		for i, e := range d.Entities {
			e.ID = prefix + e.ID
			e.Aliases = append([]string(nil), e.Aliases...)
			c.Entities[i] = e
		}
		c.Relations = make([]facts.Relation, len(d.Relations))
		for i, r := range d.Relations {
			r.From, r.To = prefix+r.From, prefix+r.To
			c.Relations[i] = r
		}
		out = append(out, &c)
	}
	return out
}

// ReadDocs reads a contract JSON Lines file; any bad line fails t.
func ReadDocs(t testing.TB, path string) []*facts.Doc {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r := facts.NewReader(bufio.NewReader(f))
	var out []*facts.Doc
	for {
		d, err := r.Next()
		if errors.Is(err, io.EOF) {
			return out
		}
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		out = append(out, d)
	}
}

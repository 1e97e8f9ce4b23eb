package graph

import (
	"context"
	"errors"
	"fmt"
	"net/url"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Sentinel errors callers branch on with errors.Is.
var (
	// ErrUnavailable: no Neo4j answers at the configured URI.
	ErrUnavailable = errors.New("neo4j unavailable")
	// ErrAuth: Neo4j answered but refused the credentials.
	ErrAuth = errors.New("neo4j refused the credentials")
	// ErrNotFound: Forget found no article with that id or source.
	ErrNotFound = errors.New("not found")
	// ErrInvalidDoc: a Doc cannot be loaded (unknown type, bad date, ...).
	// Load skips such docs and reports them in Stats.Rejected.
	ErrInvalidDoc = errors.New("invalid doc")
)

// startHint tells the user how to get a Neo4j when none answers.
const startHint = "start one with 'docker compose up -d neo4j' or 'scripts/neo4j-local start'"

// unavailableError is one readable line; the driver's error chain stays
// reachable through Unwrap for errors.As, but is not printed.
type unavailableError struct {
	uri   string
	cause error
}

func (e *unavailableError) Error() string {
	return fmt.Sprintf("no Neo4j answers at %s: %s", e.uri, startHint)
}

func (e *unavailableError) Unwrap() []error { return []error{ErrUnavailable, e.cause} }

// authError names the URI and user, never the password.
type authError struct {
	uri, user string
	cause     error
}

func (e *authError) Error() string {
	return fmt.Sprintf("Neo4j at %s refused the credentials for user %q", e.uri, e.user)
}

func (e *authError) Unwrap() []error { return []error{ErrAuth, e.cause} }

// redactURI drops any user info from a URI so it can be shown in messages.
func redactURI(uri string) string {
	u, err := url.Parse(uri)
	if err != nil || u.User == nil {
		return uri
	}
	u.User = nil
	return u.String()
}

// classify turns a driver error into one of the package's sentinel-carrying
// errors when it is about connectivity or credentials; other errors come back
// wrapped with what as context.
func classify(err error, uri, user, what string) error {
	if err == nil {
		return nil
	}
	var ue *unavailableError
	var ae *authError
	if errors.As(err, &ue) || errors.As(err, &ae) {
		return err
	}
	uri = redactURI(uri)
	var nerr *neo4j.Neo4jError
	if errors.As(err, &nerr) && nerr.HasSecurityCode() {
		switch nerr.Code {
		case "Neo.ClientError.Security.Unauthorized",
			"Neo.ClientError.Security.AuthenticationRateLimit",
			"Neo.ClientError.Security.CredentialsExpired":
			return &authError{uri: uri, user: user, cause: err}
		}
	}
	var cerr *neo4j.ConnectivityError
	if errors.As(err, &cerr) {
		return &unavailableError{uri: uri, cause: err}
	}
	var terr *neo4j.TransactionExecutionLimit
	if errors.As(err, &terr) && len(terr.Errors) > 0 {
		// Retries exhausted. The driver's error has no Unwrap: look at the
		// last attempt's error so a lost server still reads as unavailable.
		last := terr.Errors[len(terr.Errors)-1]
		if c := classify(last, uri, user, what); errors.Is(c, ErrUnavailable) || errors.Is(c, ErrAuth) {
			return c
		}
		return fmt.Errorf("%s: %w (last error: %w)", what, err, last)
	}
	if errors.Is(err, context.DeadlineExceeded) && what == "connect" {
		return &unavailableError{uri: uri, cause: err}
	}
	return fmt.Errorf("%s: %w", what, err)
}

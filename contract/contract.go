// Package contract runs sequere's contract tests inside `go test`: the same
// engine as `sequere contract`, against an http.Handler, with no network.
//
//	func TestContract(t *testing.T) {
//	    contract.Test(t, "openapi.yaml", myHandler, contract.Bearer(token))
//	}
//
// Each failure is reported with t.Errorf: the check id, the operation, what
// the description says and what the handler did, and a curl line.
package contract

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	engine "github.com/sequere/sequere/internal/contract"
	"github.com/sequere/sequere/internal/plan"
	"github.com/sequere/sequere/internal/spec"
)

// Option tunes a Test.
type Option func(*config)

type config struct {
	opts  engine.Options
	creds plan.Credentials
	sel   plan.Selection
	other *plan.Credentials
	fixed map[string]map[string]any
}

// Bearer sends a bearer token for bearer, oauth2 and openIdConnect schemes.
func Bearer(token string) Option { return func(c *config) { c.creds.Bearer = token } }

// APIKey gives the credential of a security scheme (or apiKey name).
func APIKey(name, value string) Option {
	return func(c *config) {
		if c.creds.APIKeys == nil {
			c.creds.APIKeys = map[string]string{}
		}
		c.creds.APIKeys[name] = value
	}
}

// ClientCredentials fetches an OAuth2 token from the handler itself.
func ClientCredentials(id, secret string) Option {
	return func(c *config) { c.creds.ClientID, c.creds.ClientSecret = id, secret }
}

// Header sends a header on every request.
func Header(name, value string) Option {
	return func(c *config) { c.creds.Headers = append(c.creds.Headers, plan.Header{Name: name, Value: value}) }
}

// OtherUser gives a second user's credentials (Bearer, APIKey,
// ClientCredentials, Header): the cross_user_access check makes sure they
// cannot read, change or delete what the main user creates.
func OtherUser(creds ...Option) Option {
	return func(c *config) {
		o := &config{}
		for _, opt := range creds {
			opt(o)
		}
		c.other = &o.creds
	}
}

// Set pins a parameter of an operation ("*" for all) to a value, for ids
// only the server knows (the user's own id). key is "path:id",
// "query:status", "header:X-Tenant" and so on.
func Set(operationID, key string, value any) Option {
	return func(c *config) {
		if c.fixed == nil {
			c.fixed = map[string]map[string]any{}
		}
		if c.fixed[operationID] == nil {
			c.fixed[operationID] = map[string]any{}
		}
		c.fixed[operationID][key] = value
	}
}

// Phases selects phases (examples, coverage, fuzzing, negative, stateful).
func Phases(p ...string) Option { return func(c *config) { c.opts.Phases = p } }

// Checks selects checks by id.
func Checks(ids ...string) Option { return func(c *config) { c.opts.Checks = ids } }

// Seed fixes generated data.
func Seed(s uint64) Option { return func(c *config) { c.opts.Seed = s } }

// MaxExamples bounds requests per operation and phase.
func MaxExamples(n int) Option { return func(c *config) { c.opts.MaxExamples = n } }

// Operations limits the test to these operationIds.
func Operations(ids ...string) Option { return func(c *config) { c.sel.Operations = ids } }

// ExcludeOperations leaves these operationIds out.
func ExcludeOperations(ids ...string) Option {
	return func(c *config) { c.sel.ExcludeOperations = append(c.sel.ExcludeOperations, ids...) }
}

// handlerDoer serves requests with a handler in the calling goroutine.
type handlerDoer struct{ h http.Handler }

func (d handlerDoer) Do(r *http.Request) (*http.Response, error) {
	if err := r.Context().Err(); err != nil {
		return nil, err
	}
	if r.Body == nil {
		// What a server hands a handler for a request without a body.
		r.Body = http.NoBody
	}
	if r.RemoteAddr == "" {
		r.RemoteAddr = "127.0.0.1:1"
	}
	r.RequestURI = r.URL.RequestURI()
	w := httptest.NewRecorder()
	d.h.ServeHTTP(w, r)
	return w.Result(), nil
}

// Test runs every phase (or those chosen) against h and fails t for every
// check that fails.
func Test(t testing.TB, specPath string, h http.Handler, options ...Option) {
	t.Helper()
	res, err := run(t, specPath, h, options...)
	if err != nil {
		t.Fatalf("sequere contract: %v", err)
	}
	for _, w := range res.Warnings {
		t.Logf("sequere contract: warning: %s", w)
	}
	for _, f := range res.Failures {
		t.Errorf("%s: %s (%s, %s phase)\n    %s", f.Check, f.Summary(), f.Operation, f.Phase, f.Curl)
	}
}

// Failures runs like Test but returns the failures instead of failing t
// (mutation tests assert on them).
func Failures(t testing.TB, specPath string, h http.Handler, options ...Option) []engine.Failure {
	t.Helper()
	res, err := run(t, specPath, h, options...)
	if err != nil {
		t.Fatalf("sequere contract: %v", err)
	}
	return res.Failures
}

func run(t testing.TB, specPath string, h http.Handler, options ...Option) (*engine.Result, error) {
	ctx := context.Background()
	doc, err := spec.Load(ctx, specPath, spec.Options{})
	if err != nil {
		return nil, err
	}
	c := &config{}
	for _, o := range options {
		o(c)
	}
	p, err := plan.Build(doc, c.sel)
	if err != nil {
		return nil, err
	}
	p.Fixed = c.fixed
	const base = "http://sequere.test"
	d := handlerDoer{h}
	c.opts.Plan, c.opts.BaseURL, c.opts.Client = p, base, d
	c.opts.Auth = plan.NewAuth(p, c.creds, d, base)
	if c.other != nil {
		c.opts.Other = plan.NewAuth(p, *c.other, d, base)
	}
	if c.opts.Timeout == 0 {
		c.opts.Timeout = 10 * time.Second
	}
	return engine.Run(ctx, c.opts)
}

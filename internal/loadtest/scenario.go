package loadtest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"
)

// Scenario is a load plan reduced to what both engines need: concrete request
// samples per operation, their weights and the credentials. The built-in
// engine and the emitted k6 script draw from the same samples, so the two
// send the same traffic.
type Scenario struct {
	BaseURL    string
	Operations []Operation
	Auth       Auth
}

// Operation is one operation of the plan.
type Operation struct {
	ID     string
	Method string
	Path   string // the spec's path template, for display
	Weight int    // relative share of iterations; 0 counts as 1
	// Statuses are the response codes the spec documents ("200", "4XX",
	// "default"); the status check passes on any of them.
	Statuses []string
	Samples  []Request
}

// Request is one concrete request: the path with its query, headers and body.
type Request struct {
	Target string            `json:"target"` // path and query, appended to the base URL
	Header map[string]string `json:"header,omitempty"`
	Body   string            `json:"body,omitempty"`
}

// Auth is how requests are authenticated: fixed headers (bearer token, API
// key, custom), or an OAuth 2.0 client-credentials grant made once before the
// run (and in the k6 script's setup()).
type Auth struct {
	Header       map[string]string
	TokenURL     string
	ClientID     string
	ClientSecret string
	Scope        string
}

// Validate reports a scenario that cannot run.
func (s *Scenario) Validate() error {
	if len(s.Operations) == 0 {
		return errors.New("the plan has no operations to load")
	}
	u, err := url.Parse(s.BaseURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return fmt.Errorf("base URL %q: want an absolute http(s) URL", s.BaseURL)
	}
	for _, op := range s.Operations {
		if len(op.Samples) == 0 {
			return fmt.Errorf("operation %s has no request samples", op.ID)
		}
	}
	return nil
}

// Next returns the request source of the built-in engine: a weighted random
// operation, then a random one of its samples, with auth headers set. token
// is the OAuth access token when the scenario uses client credentials.
func (s *Scenario) Next(token string) NextFunc {
	cum := make([]int, len(s.Operations))
	total := 0
	for i, op := range s.Operations {
		total += max(op.Weight, 1)
		cum[i] = total
	}
	base := strings.TrimRight(s.BaseURL, "/")
	headers := map[string]string{}
	for k, v := range s.Auth.Header {
		headers[k] = v
	}
	if token != "" {
		headers["Authorization"] = "Bearer " + token
	}
	return func(ctx context.Context, rng *rand.Rand) (*http.Request, string, error) {
		n := rng.IntN(total)
		i := sort.SearchInts(cum, n+1)
		op := &s.Operations[i]
		sm := &op.Samples[rng.IntN(len(op.Samples))]
		var body *bytes.Reader
		if sm.Body != "" {
			body = bytes.NewReader([]byte(sm.Body))
		}
		var req *http.Request
		var err error
		if body != nil {
			req, err = http.NewRequestWithContext(ctx, op.Method, base+sm.Target, body)
		} else {
			req, err = http.NewRequestWithContext(ctx, op.Method, base+sm.Target, nil)
		}
		if err != nil {
			return nil, op.ID, err
		}
		for k, v := range headers {
			req.Header.Set(k, v)
		}
		for k, v := range sm.Header {
			req.Header.Set(k, v)
		}
		return req, op.ID, nil
	}
}

// StatusCheck is the check every response gets: its status is one the spec
// documents for the operation.
func (s *Scenario) StatusCheck() func(op string, status int) CheckResult {
	byOp := map[string][]string{}
	names := map[string]string{}
	for _, op := range s.Operations {
		byOp[op.ID] = op.Statuses
		names[op.ID] = op.ID + " status is documented"
	}
	return func(op string, status int) CheckResult {
		name, ok := names[op]
		if !ok {
			name = op + " status is documented"
		}
		return CheckResult{Name: name, OK: Documented(byOp[op], status)}
	}
}

// Documented reports whether status matches one of the documented codes
// ("200", "2XX", "default").
func Documented(codes []string, status int) bool {
	st := strconv.Itoa(status)
	for _, c := range codes {
		c = strings.ToUpper(c)
		switch {
		case c == "DEFAULT":
			return true
		case c == st:
			return true
		case len(c) == 3 && strings.HasSuffix(c, "XX") && c[0] == st[0]:
			return true
		}
	}
	return false
}

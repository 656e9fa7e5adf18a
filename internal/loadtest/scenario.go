package loadtest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
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
	// Flows, when set, are what an iteration runs instead of one operation.
	Flows []Flow
	// DataRows is the number of rows of the data file (0: none); the
	// operations marked Rows have one sample per row. DataPerVU walks the
	// rows per VU rather than once across the run (k6's SharedArray indexed
	// by the VU's iteration instead of the test's).
	DataRows  int
	DataPerVU bool
	// Responses are the documented response schemas, which the k6 script's
	// --validate check compiles; nil when not validating.
	Responses *ResponseSchemas
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
	// Rows says the samples are the data file's rows, in order: iteration n
	// sends sample n modulo their number instead of a random one.
	Rows bool
	// OAuth says the requests carry the client-credentials token, set per
	// request from the TokenSource so a refreshed token is used at once.
	OAuth bool
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
// operation (or flow), then one of its samples (the data file's row for the
// iteration, or a random one), with auth headers set. tokens, when not nil,
// supplies the OAuth access token of the operations marked OAuth.
//
// Every sample is parsed once here. A sample without a body, a token or a
// flow's values is one http.Request built here and returned every time (the
// engine only reads it, and its client then sends what it encoded the last
// time); the others get a new http.Request and body reader per request,
// sharing the sample's URL and header map, read-only.
func (s *Scenario) Next(tokens *TokenSource) NextFunc {
	base := strings.TrimRight(s.BaseURL, "/")
	ops := make([]preparedOp, len(s.Operations))
	byID := map[string]int{}
	for i, op := range s.Operations {
		byID[op.ID] = i
		ops[i] = preparedOp{op: &s.Operations[i], samples: make([]preparedRequest, len(op.Samples))}
		for j, sm := range op.Samples {
			ops[i].samples[j] = prepare(base, op.Method, sm, s.Auth.Header, op.OAuth && tokens != nil)
		}
	}
	// A choice is an operation or a flow, each with its weight.
	type choice struct {
		op   int
		flow *Flow
	}
	var choices []choice
	var cum []int
	total := 0
	if len(s.Flows) > 0 {
		for i := range s.Flows {
			total += max(s.Flows[i].Weight, 1)
			cum = append(cum, total)
			choices = append(choices, choice{op: -1, flow: &s.Flows[i]})
		}
	} else {
		for i, op := range s.Operations {
			total += max(op.Weight, 1)
			cum = append(cum, total)
			choices = append(choices, choice{op: i})
		}
	}
	rows := s.DataRows
	return func(ctx context.Context, rng *rand.Rand, t *Turn) (*http.Request, string, error) {
		if t.Step == 0 {
			c := choices[0]
			if total > 1 {
				c = choices[sort.SearchInts(cum, rng.IntN(total)+1)]
			}
			if c.flow == nil {
				t.State = nil
				return ops[c.op].request(ctx, rng, t, rows, s.DataPerVU, tokens, nil)
			}
			fs := &flowState{flow: c.flow}
			t.State = fs
			first := c.flow.Steps[0]
			return ops[byID[first.Operation]].request(ctx, rng, t, rows, s.DataPerVU, tokens, nil)
		}
		fs, ok := t.State.(*flowState)
		if !ok || t.Step >= len(fs.flow.Steps) {
			return nil, "", nil
		}
		if t.Step == 1 {
			// Every later step names the resource the first one created:
			// without a success and the values it binds, the flow ends.
			if t.Status < 200 || t.Status > 299 {
				return nil, "", nil
			}
			vals, ok := fs.flow.bindValues(t)
			if !ok {
				return nil, "", nil
			}
			fs.values = vals
		}
		step := fs.flow.Steps[t.Step]
		return ops[byID[step.Operation]].request(ctx, rng, t, rows, s.DataPerVU, tokens, fs.values)
	}
}

// preparedOp is an operation with its samples parsed.
type preparedOp struct {
	op      *Operation
	samples []preparedRequest
}

type preparedRequest struct {
	url    *url.URL
	target string // base URL and target, for a flow's substitution
	header http.Header
	body   []byte
	oauth  bool
	// fixed is the request itself when nothing of it varies.
	fixed *http.Request
}

func prepare(base, method string, sm Request, auth map[string]string, oauth bool) preparedRequest {
	h := http.Header{}
	for k, v := range auth {
		h.Set(k, v)
	}
	for k, v := range sm.Header {
		h.Set(k, v)
	}
	p := preparedRequest{target: base + sm.Target, header: h, oauth: oauth}
	if sm.Body != "" {
		p.body = []byte(sm.Body)
	}
	p.url, _ = url.Parse(p.target)
	if p.url != nil && p.body == nil && !oauth {
		p.fixed = newRequest(method, p.url, h)
	}
	return p
}

func newRequest(method string, u *url.URL, h http.Header) *http.Request {
	return &http.Request{Method: method, URL: u, Proto: "HTTP/1.1", ProtoMajor: 1, ProtoMinor: 1, Header: h, Host: u.Host}
}

func (p *preparedOp) request(ctx context.Context, rng *rand.Rand, t *Turn, rows int, perVU bool, tokens *TokenSource, values map[string]string) (*http.Request, string, error) {
	op := p.op
	var sm *preparedRequest
	if op.Rows && rows > 0 {
		n := t.Iteration
		if perVU {
			n = t.VUIteration
		}
		sm = &p.samples[int(n%int64(len(p.samples)))]
	} else if len(p.samples) == 1 {
		sm = &p.samples[0]
	} else {
		sm = &p.samples[rng.IntN(len(p.samples))]
	}
	if sm.fixed != nil && len(values) == 0 {
		return sm.fixed, op.ID, nil
	}
	u := sm.url
	if len(values) > 0 {
		target := sm.target
		for marker, v := range values {
			target = strings.ReplaceAll(target, marker, url.PathEscape(v))
		}
		var err error
		if u, err = url.Parse(target); err != nil {
			return nil, op.ID, err
		}
	}
	if u == nil {
		return nil, op.ID, fmt.Errorf("%s: %q is not a URL", op.ID, sm.target)
	}
	header := sm.header
	if sm.oauth {
		tok, err := tokens.Token(ctx)
		if err != nil {
			return nil, op.ID, err
		}
		header = header.Clone()
		header.Set("Authorization", "Bearer "+tok)
	}
	req := newRequest(op.Method, u, header)
	if sm.body != nil {
		body := sm.body
		req.ContentLength = int64(len(body))
		req.Body = io.NopCloser(bytes.NewReader(body))
		req.GetBody = func() (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(body)), nil }
	}
	return req, op.ID, nil
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
	// A status of three digits or fewer formats on the stack.
	var buf [8]byte
	st := string(strconv.AppendInt(buf[:0], int64(status), 10))
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

package contract

import (
	"encoding/json"
	"fmt"
	"maps"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/sequere/sequere/internal/plan"
	"github.com/sequere/sequere/internal/report"
)

// Failure is one check that failed on one exchange, with everything needed
// to reproduce it.
type Failure struct {
	Check     string       `json:"check"`
	Operation string       `json:"operation"`
	Method    string       `json:"method"`
	Path      string       `json:"path"` // the operation's path template
	Phase     string       `json:"phase"`
	Message   string       `json:"message"`
	Request   plan.Request `json:"request"`
	Input     plan.Input   `json:"input"`
	Response  Response     `json:"response"`
	Seed      uint64       `json:"seed"`
	Curl      string       `json:"curl"`
	// Shrunk says the input was reduced from a larger failing one:
	// Original is that one, ShrinkSteps how many reductions were kept.
	Shrunk      bool        `json:"shrunk,omitempty"`
	Original    *plan.Input `json:"original,omitempty"`
	ShrinkSteps int         `json:"shrinkSteps,omitempty"`
	// Count is how many exchanges failed the same way.
	Count int `json:"count"`
	// Negative, Why, Kind and Auth say what kind of request it was, so a
	// replay checks it the same way.
	Negative bool      `json:"negative,omitempty"`
	Why      string    `json:"why,omitempty"`
	Kind     string    `json:"kind,omitempty"`
	Auth     plan.Mode `json:"auth,omitempty"`
}

// Response is the part of an answer a failure shows.
type Response struct {
	Status  int               `json:"status"`
	Headers map[string]string `json:"headers,omitempty"`
	Body    string            `json:"body,omitempty"`
	Error   string            `json:"error,omitempty"`
}

const bodyExcerpt = 2048

func responseOf(x *Exchange) Response {
	resp := Response{Status: x.Status}
	if x.Err != nil {
		resp.Error = x.Err.Error()
	}
	if len(x.Header) > 0 {
		resp.Headers = map[string]string{}
		for k, v := range x.Header {
			resp.Headers[k] = strings.Join(v, ", ")
		}
	}
	b := x.Body
	if len(b) > bodyExcerpt {
		b = b[:bodyExcerpt]
	}
	resp.Body = strings.ToValidUTF8(string(b), "\uFFFD")
	return resp
}

// record keeps the first exchange of each (check, operation, message) and
// counts the rest.
func (r *runner) record(id string, x *Exchange, msg string) { r.recordShrunk(id, x, msg, nil, 0) }

func failureKey(id string, x *Exchange, msg string) string {
	return id + "\x00" + x.Op.ID + "\x00" + msg
}

// recorded reports whether the same failure is already kept.
func (r *runner) recorded(id string, x *Exchange, msg string) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	_, ok := r.seen[failureKey(id, x, msg)]
	return ok
}

// recordShrunk records a failure; original is the input it was shrunk
// from, nil when it was not.
func (r *runner) recordShrunk(id string, x *Exchange, msg string, original *plan.Input, steps int) {
	if x.Err == errBudget {
		return // cut off by the run's bounds, not the server's doing
	}
	key := failureKey(id, x, msg)
	r.mu.Lock()
	defer r.mu.Unlock()
	if i, ok := r.seen[key]; ok {
		r.failures[i].Count++
		return
	}
	r.nFail.Add(1)
	r.seen[key] = len(r.failures)
	r.failures = append(r.failures, Failure{
		Check: id, Operation: x.Op.ID, Method: x.Op.Method, Path: x.Op.Path, Phase: x.Phase, Message: msg,
		Request: r.stripSecrets(x.Request), Input: x.Input, Response: responseOf(x), Seed: r.o.Seed,
		Curl: Curl(x.Request, r.o.BaseURL, r.o.ShowSecrets, r.secretHeaders(), r.secretQuery()...), Count: 1, Shrunk: original != nil, Original: original, ShrinkSteps: steps,
		Negative: x.Negative, Why: x.Why, Kind: x.kind, Auth: x.Auth,
	})
}

// recordReplayed records a saved failure that still fails, keeping the
// seed and the shrinking history of the run that found it.
func (r *runner) recordReplayed(saved Failure, x *Exchange, msg string) {
	r.recordShrunk(saved.Check, x, msg, saved.Original, saved.ShrinkSteps)
	r.mu.Lock()
	defer r.mu.Unlock()
	r.failures[r.seen[failureKey(saved.Check, x, msg)]].Seed = saved.Seed
}

// secretHeaders are the header names that carry credentials.
func (r *runner) secretHeaders() []string {
	names := []string{"authorization", "cookie", "proxy-authorization"}
	for _, s := range r.o.Plan.Schemes {
		if strings.EqualFold(s.Type, "apikey") && s.In == "header" {
			names = append(names, strings.ToLower(s.Name))
		}
	}
	return names
}

// secretQuery are the query parameter names that carry credentials.
func (r *runner) secretQuery() []string {
	var names []string
	for _, s := range r.o.Plan.Schemes {
		if strings.EqualFold(s.Type, "apikey") && s.In == "query" {
			names = append(names, s.Name)
		}
	}
	return names
}

// Curl renders a request as a copy-paste curl line; credentials (in the
// secret headers and the secretQuery parameters) are masked unless show is
// set.
func Curl(req *plan.Request, base string, show bool, secret []string, secretQuery ...string) string {
	var b strings.Builder
	b.WriteString("curl -sS -X ")
	b.WriteString(req.Method)
	for _, h := range req.Headers {
		v := h.Value
		if !show && slices.Contains(secret, strings.ToLower(h.Name)) {
			v = "***"
		}
		b.WriteString(" -H ")
		b.WriteString(shellQuote(h.Name + ": " + v))
	}
	if req.Body != "" {
		b.WriteString(" --data-binary ")
		b.WriteString(shellQuote(req.Body))
	}
	b.WriteString(" ")
	u := req.URL(base)
	if !show {
		u = maskQuery(u, secretQuery)
	}
	b.WriteString(shellQuote(u))
	return b.String()
}

// maskQuery replaces the values of the named query parameters with ***,
// leaving the rest of the URL byte for byte as sent.
func maskQuery(u string, names []string) string {
	path, query, ok := strings.Cut(u, "?")
	if !ok || len(names) == 0 {
		return u
	}
	pairs := strings.Split(query, "&")
	for i, p := range pairs {
		k, _, _ := strings.Cut(p, "=")
		if name, err := url.QueryUnescape(k); err == nil && slices.Contains(names, name) {
			pairs[i] = k + "=***"
		}
	}
	return path + "?" + strings.Join(pairs, "&")
}

func shellQuote(s string) string {
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

// Detail is the evidence a report shows under the failure: what the
// description expects, the request as curl, the response, the seed, and
// the input (with the one it was shrunk from).
func (f Failure) Detail() report.Detail {
	d := report.Detail{{Name: "expected", Text: f.expected()}}
	if f.Why != "" {
		d = append(d, report.Section{Name: "sent", Text: f.Why})
	}
	d = append(d, report.Section{Name: "request", Text: f.Curl}, report.Section{Name: "response", Text: f.Response.text()})
	d = append(d, report.Section{Name: "seed", Text: strconv.FormatUint(f.Seed, 10)})
	if in := inputJSON(f.Input); in != "" {
		name := "input"
		if f.Shrunk {
			name = fmt.Sprintf("input (shrunk in %d steps)", f.ShrinkSteps)
		}
		d = append(d, report.Section{Name: name, Text: in})
	}
	if f.Original != nil {
		d = append(d, report.Section{Name: "original input", Text: inputJSON(*f.Original)})
	}
	return d
}

// expected is what the check holds the server to, then what it found.
func (f Failure) expected() string {
	what := f.Check
	if c := checkByID[f.Check]; c != nil {
		what = c.Description
	}
	return what + "\n" + f.Message
}

func (r Response) text() string {
	if r.Error != "" {
		return "no response: " + r.Error
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%d %s", r.Status, http.StatusText(r.Status))
	for _, k := range slices.Sorted(maps.Keys(r.Headers)) {
		fmt.Fprintf(&b, "\n%s: %s", k, r.Headers[k])
	}
	if r.Body != "" {
		b.WriteString("\n\n" + r.Body)
	}
	return b.String()
}

func inputJSON(in plan.Input) string {
	if len(in.Params) == 0 && !in.HasBody && in.RawBody == "" {
		return ""
	}
	b, err := json.MarshalIndent(in, "", "  ")
	if err != nil {
		return fmt.Sprint(in)
	}
	return string(b)
}

// Summary is the one-line form of a failure: what was checked, what came back.
func (f Failure) Summary() string {
	status := fmt.Sprintf("%d %s", f.Response.Status, http.StatusText(f.Response.Status))
	if f.Response.Error != "" {
		status = "no response"
	}
	return fmt.Sprintf("%s %s -> %s: %s", f.Request.Method, f.Request.Path, status, f.Message)
}

// stripSecrets drops credential headers from a saved request: a replay
// applies the credentials given to it.
func (r *runner) stripSecrets(req *plan.Request) plan.Request {
	c := *req
	c.Headers = nil
	secret := r.secretHeaders()
	for _, h := range req.Headers {
		if !slices.Contains(secret, strings.ToLower(h.Name)) {
			c.Headers = append(c.Headers, h)
		}
	}
	// Replay applies the credentials afresh, so a query key is dropped, not
	// masked: a masked one would be sent beside the fresh one.
	c.Path = dropQuery(c.Path, r.secretQuery())
	return c
}

// dropQuery removes the named query parameters, leaving the rest of the
// path byte for byte as sent.
func dropQuery(path string, names []string) string {
	p, query, ok := strings.Cut(path, "?")
	if !ok || len(names) == 0 {
		return path
	}
	var kept []string
	for _, pair := range strings.Split(query, "&") {
		k, _, _ := strings.Cut(pair, "=")
		if name, err := url.QueryUnescape(k); err == nil && slices.Contains(names, name) {
			continue
		}
		kept = append(kept, pair)
	}
	if len(kept) == 0 {
		return p
	}
	return p + "?" + strings.Join(kept, "&")
}

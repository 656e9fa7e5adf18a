package loadtest

import (
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"net/http"
	"net/url"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/sequere/sequere/internal/plan"
	"github.com/sequere/sequere/internal/report"
	"github.com/sequere/sequere/internal/spec"
)

// PlanOptions say what BuildPlan takes from the description: the command's
// flags, converted.
type PlanOptions struct {
	BaseURL       string // the API under load; "" when only a script is written
	Operations    []string
	IncludeUnsafe bool
	Weights       map[string]int
	Credentials   plan.Credentials
	// Run says the built-in engine sends the requests: a client-credentials
	// token is fetched now and the requests are authenticated for it.
	Run       bool
	Timeout   time.Duration
	Flows     bool // --flow create-read-delete
	Data      *Data
	DataPerVU bool
	Samples   int
	Seed      uint64
	Now       func() time.Time
	// Validate carries --validate into the k6 script: its response schemas,
	// compiled by the script into validators of its own.
	Validate bool
	// BodyCheck, when set, is the --validate check of a response body
	// against its schema, run by the built-in engine.
	BodyCheck func(op string, resp *http.Response, body []byte) bool
}

// Plan is the load plan as both engines use it.
type Plan struct {
	// Script is what the k6 script carries: the credentials it can hold as
	// written, a client-credentials grant made by its setup().
	Script *Scenario
	// Next and Check drive the built-in engine; nil unless PlanOptions.Run.
	Next    NextFunc
	Check   CheckFunc
	Tokens  *TokenSource // nil without client credentials
	Skipped []string     // operations left out, each with why
}

// SelectionError is a flag naming what the description does not have: the
// command line is wrong rather than the input.
type SelectionError struct{ msg string }

func (e *SelectionError) Error() string { return e.msg }

func selectionErrorf(format string, args ...any) error {
	return &SelectionError{msg: fmt.Sprintf(format, args...)}
}

// BuildPlan chooses the operations of doc to load, prepares their request
// samples (examples, generated data or the data file's rows), their auth
// and flows, for the built-in engine and for the k6 script alike.
func BuildPlan(ctx context.Context, doc *spec.Document, o PlanOptions) (*Plan, error) {
	p, err := plan.Build(doc, plan.Selection{Operations: o.Operations})
	if err != nil {
		return nil, err
	}
	for _, id := range o.Operations {
		if _, ok := p.Operation(id); !ok {
			return nil, selectionErrorf("--operation %s: %s has no such operationId", id, doc.Name)
		}
	}
	for id := range o.Weights {
		if _, ok := p.Operation(id); !ok {
			return nil, selectionErrorf("--weight %s: %s has no such operationId", id, doc.Name)
		}
	}
	creds := o.Credentials
	client := &http.Client{Timeout: o.Timeout}
	running := o.Run && o.BaseURL != ""
	var tokenURL string
	if creds.ClientID != "" {
		tokenURL = clientCredentialsURL(p, o.BaseURL)
		if tokenURL == "" {
			return nil, selectionErrorf("--client-id: %s declares no OAuth2 client-credentials flow", doc.Name)
		}
	}
	lp := &Plan{}
	ccAuth := plan.NewAuth(p, creds, client, o.BaseURL)
	if running && tokenURL != "" && creds.Bearer == "" {
		// The token comes from the server under load, never from the host
		// the description names: load traffic goes to --base-url only.
		grant := Auth{TokenURL: tokenURL, ClientID: creds.ClientID, ClientSecret: creds.ClientSecret}
		tok, err := FetchToken(ctx, client, grant)
		if err != nil {
			return nil, err
		}
		creds.Bearer = tok.AccessToken
		lp.Tokens = NewTokenSource(grant, client, o.Now, tok)
	}
	if creds.Bearer != "" {
		creds.ClientID, creds.ClientSecret = "", ""
	}
	auth := plan.NewAuth(p, creds, client, o.BaseURL)
	// The script gets what it can carry as written; a client-credentials
	// token is fetched by its setup(), not baked in.
	scriptCreds := creds
	scriptCreds.ClientID, scriptCreds.ClientSecret = "", ""
	scriptAuth := plan.NewAuth(p, scriptCreds, client, o.BaseURL)
	builtin := &Scenario{BaseURL: o.BaseURL}
	script := &Scenario{BaseURL: o.BaseURL}
	if script.BaseURL == "" {
		script.BaseURL = firstServer(p)
	}
	if tokenURL != "" {
		script.Auth = Auth{TokenURL: tokenURL, ClientID: o.Credentials.ClientID, ClientSecret: o.Credentials.ClientSecret}
	}
	selected := p.Ops
	var flows []FlowPlan
	if o.Flows {
		flows = FlowPlans(p, auth)
		if len(flows) == 0 {
			return nil, fmt.Errorf("--flow create-read-delete: %s has no create operation whose answer names the resource for a read or delete (no OpenAPI link, no POST /things with /things/{id})", doc.Name)
		}
		selected = FlowOperations(flows)
	}
	for _, op := range selected {
		if why := skipReason(o, op, auth); why != "" && !o.Flows {
			lp.Skipped = append(lp.Skipped, op.ID+": "+why)
			continue
		}
		lo := Operation{ID: op.ID, Method: op.Method, Path: op.Path, Weight: o.Weights[op.ID], Statuses: sortedCodes(op),
			OAuth: lp.Tokens != nil && ccAuth.UsesClientCredentials(op)}
		bo, so := lo, lo
		seen := map[string]bool{}
		ins, rows := inputs(p, op, o), false
		if o.Data != nil {
			ins, rows = bindData(op, ins, o.Data)
		}
		bo.Rows, so.Rows = rows, rows
		markers := FlowMarkers(flows, op)
		for _, in := range ins {
			if len(markers) > 0 {
				in = in.Clone()
				for param, marker := range markers {
					in.Params[param] = marker
				}
			}
			req := p.Request(op, in)
			if key := req.Method + " " + req.Path + "\x00" + req.Body; seen[key] && !rows {
				continue
			} else {
				seen[key] = true
			}
			sreq := *req
			sreq.Headers = append([]plan.Header(nil), req.Headers...)
			if err := scriptAuth.Apply(ctx, &sreq, op, plan.Full); err != nil {
				return nil, err
			}
			so.Samples = append(so.Samples, sample(&sreq))
			if running {
				if err := auth.Apply(ctx, req, op, plan.Full); err != nil {
					return nil, fmt.Errorf("authenticating %s: %w", op.ID, err)
				}
				bo.Samples = append(bo.Samples, sample(req))
			}
		}
		script.Operations = append(script.Operations, so)
		builtin.Operations = append(builtin.Operations, bo)
	}
	if len(script.Operations) == 0 {
		msg := "no operation of " + doc.Name + " can be loaded"
		if len(lp.Skipped) > 0 {
			msg += ":\n  " + strings.Join(lp.Skipped, "\n  ")
		}
		return nil, fmt.Errorf("%s", msg)
	}
	for _, fl := range flows {
		lf := fl.Flow()
		script.Flows = append(script.Flows, lf)
		builtin.Flows = append(builtin.Flows, lf)
	}
	if o.Data != nil {
		script.DataRows, builtin.DataRows = len(o.Data.Rows), len(o.Data.Rows)
		script.DataPerVU, builtin.DataPerVU = o.DataPerVU, o.DataPerVU
	}
	if o.Validate {
		script.Responses = responseSchemas(p, script.Operations)
	}
	lp.Script = script
	if running {
		if err := builtin.Validate(); err != nil {
			return nil, err
		}
		lp.Next = builtin.Next(lp.Tokens)
		lp.Check = builtin.check(lp.Tokens, o.BodyCheck)
	}
	return lp, nil
}

// check is the built-in engine's check of every response: its status is
// documented, and with bodyCheck its body matches the schema. A 401 to a
// request that carried the client-credentials token retires the token.
func (s *Scenario) check(tokens *TokenSource, bodyCheck func(string, *http.Response, []byte) bool) CheckFunc {
	status := s.StatusCheck()
	schemaNames := map[string]string{}
	for _, op := range s.Operations {
		schemaNames[op.ID] = op.ID + " body matches its schema"
	}
	return func(op string, resp *http.Response, body []byte, out []CheckResult) []CheckResult {
		if tokens != nil && resp.StatusCode == http.StatusUnauthorized && resp.Request != nil {
			if tok, ok := strings.CutPrefix(resp.Request.Header.Get("Authorization"), "Bearer "); ok {
				tokens.Unauthorized(tok)
			}
		}
		out = append(out, status(op, resp.StatusCode))
		if bodyCheck != nil {
			out = append(out, CheckResult{Name: schemaNames[op], OK: bodyCheck(op, resp, body)})
		}
		return out
	}
}

// skipReason says why the default plan leaves op out, or "".
func skipReason(o PlanOptions, op *plan.Operation, auth *plan.Auth) string {
	chosen := len(o.Operations) > 0
	if !chosen && op.Method != http.MethodGet && !o.IncludeUnsafe {
		return op.Method + " changes state (select it with --operation or --include-unsafe)"
	}
	if op.Method == "" || len(op.Responses) == 0 {
		return "documents no responses"
	}
	if !auth.HasCredentials(op) {
		return "needs credentials (--bearer, --api-key, --client-id/--client-secret or --header)"
	}
	return ""
}

// inputs are the operation's examples first, then seeded generated data, up
// to Samples.
func inputs(p *plan.Plan, op *plan.Operation, o PlanOptions) []plan.Input {
	out := p.Examples(op)
	for i := uint64(0); len(out) < o.Samples; i++ {
		out = append(out, p.Random(op, o.Seed*1_000_003+i))
	}
	return out[:min(len(out), o.Samples)]
}

// bindData makes one input per data row for an operation that has a
// parameter or a top-level body field named like a column: the row's values
// over the generated ones (a CSV string becomes a number or boolean where the
// generated value is one). An operation the data names nothing of keeps its
// inputs, and false.
func bindData(op *plan.Operation, ins []plan.Input, d *Data) ([]plan.Input, bool) {
	cols := map[string]bool{}
	for _, c := range d.Columns {
		cols[c] = true
	}
	bound := false
	for _, prm := range op.Params {
		bound = bound || cols[prm.Name]
	}
	for _, in := range ins {
		if m, ok := in.Body.(map[string]any); ok {
			for k := range m {
				bound = bound || cols[k]
			}
		}
	}
	if !bound || len(ins) == 0 {
		return ins, false
	}
	out := make([]plan.Input, len(d.Rows))
	for i, row := range d.Rows {
		in := ins[i%len(ins)].Clone()
		for _, prm := range op.Params {
			if v, ok := row[prm.Name]; ok {
				in.Params[prm.Key()] = typed(in.Params[prm.Key()], v)
			}
		}
		if m, ok := in.Body.(map[string]any); ok {
			for k, old := range m {
				if v, ok := row[k]; ok {
					m[k] = typed(old, v)
				}
			}
		}
		out[i] = in
	}
	return out, true
}

// typed converts a CSV string to the JSON type of the value it replaces.
func typed(old, v any) any {
	s, ok := v.(string)
	if !ok {
		return v
	}
	switch old.(type) {
	case float64, int, int64, json.Number:
		if n := json.Number(strings.TrimSpace(s)); n.String() != "" {
			if _, err := n.Float64(); err == nil {
				return n
			}
		}
	case bool:
		if b, err := strconv.ParseBool(strings.TrimSpace(s)); err == nil {
			return b
		}
	}
	return s
}

func sample(r *plan.Request) Request {
	s := Request{Target: r.Path, Body: r.Body}
	if len(r.Headers) > 0 {
		s.Header = map[string]string{}
		for _, h := range r.Headers {
			s.Header[h.Name] = h.Value
		}
	}
	return s
}

func sortedCodes(op *plan.Operation) []string {
	codes := make([]string, 0, len(op.Responses))
	for c := range op.Responses {
		codes = append(codes, c)
	}
	sort.Strings(codes)
	return codes
}

func firstServer(p *plan.Plan) string {
	if len(p.Servers) > 0 && strings.HasPrefix(p.Servers[0], "http") {
		return p.Servers[0]
	}
	return "http://127.0.0.1:8080"
}

// clientCredentialsURL is the token URL of the description's first OAuth2
// client-credentials flow, its path resolved against the base URL: the
// description's host is production, the token must come from the server
// under load.
func clientCredentialsURL(p *plan.Plan, base string) string {
	for _, name := range slices.Sorted(maps.Keys(p.Schemes)) {
		s := p.Schemes[name]
		if s.Flows == nil || s.Flows.ClientCredentials == nil || s.Flows.ClientCredentials.TokenURL == "" {
			continue
		}
		u, err := url.Parse(s.Flows.ClientCredentials.TokenURL)
		if err != nil {
			continue
		}
		if base == "" {
			base = firstServer(p)
		}
		b, err := url.Parse(strings.TrimRight(base, "/") + "/")
		if err != nil {
			return ""
		}
		return b.ResolveReference(&url.URL{Path: strings.TrimPrefix(u.Path, "/"), RawQuery: u.RawQuery}).String()
	}
	return ""
}

// Report is the plan as `sequere load --dry-run` prints it. model says how
// the load is applied (DescribeModel); dataFile names the data file.
func (lp *Plan) Report(source, model, dataFile string, thresholds []Threshold) *report.LoadPlan {
	sc := lp.Script
	out := &report.LoadPlan{Spec: source, Model: model, Skipped: lp.Skipped}
	for _, op := range sc.Operations {
		po := report.LoadPlanOperation{ID: op.ID, Method: op.Method, Path: op.Path, Weight: max(op.Weight, 1),
			Requests: len(op.Samples), Statuses: op.Statuses}
		if len(op.Samples) > 0 {
			po.Example = op.Samples[0].Target
		}
		out.Operations = append(out.Operations, po)
	}
	for _, fl := range sc.Flows {
		pf := report.LoadPlanFlow{Name: fl.Name}
		for _, bd := range fl.Bind {
			pf.Bindings = append(pf.Bindings, bd.Binding.Param+" from "+bd.Binding.Expr)
		}
		out.Flows = append(out.Flows, pf)
	}
	if sc.DataRows > 0 {
		d := &report.LoadPlanData{File: dataFile, Rows: sc.DataRows, PerVU: sc.DataPerVU}
		for _, op := range sc.Operations {
			if op.Rows {
				d.Feeds = append(d.Feeds, op.ID)
			}
		}
		out.Data = d
	}
	for _, t := range thresholds {
		out.Thresholds = append(out.Thresholds, report.LoadPlanThreshold{Name: t.Name(), Source: t.Source})
	}
	return out
}

// DescribeModel says how a run applies load: the open model's rate (or its
// ramp) or the closed model's VUs.
func DescribeModel(rate *Profile, vus int, d time.Duration) string {
	if rate == nil {
		return fmt.Sprintf("%d VUs for %s", vus, d)
	}
	if rate.Constant() {
		return fmt.Sprintf("%g/s for %s", rate.Start, rate.Duration())
	}
	return fmt.Sprintf("ramping arrival rate over %s", rate.Duration())
}

// responseSchemas are the planned operations' documented responses with the
// JSON form of each JSON media type's schema.
func responseSchemas(p *plan.Plan, ops []Operation) *ResponseSchemas {
	rs := &ResponseSchemas{ByOperation: map[string]map[string][]MediaSchema{}, Resolve: p.Resolver().Resolve}
	for _, lo := range ops {
		op, ok := p.Operation(lo.ID)
		if !ok {
			continue
		}
		byStatus := map[string][]MediaSchema{}
		for code, r := range op.Responses {
			media := []MediaSchema{}
			types := make([]string, 0, len(r.Content))
			for t := range r.Content {
				types = append(types, t)
			}
			sort.Strings(types)
			for _, t := range types {
				ms := MediaSchema{Type: strings.ToLower(t)}
				if mt := r.Content[t]; mt != nil && mt.Schema != nil && isJSONMedia(t) {
					ms.Schema = p.SchemaJSON(mt.Schema)
				}
				media = append(media, ms)
			}
			byStatus[strings.ToUpper(code)] = media
		}
		rs.ByOperation[lo.ID] = byStatus
	}
	return rs
}

func isJSONMedia(t string) bool {
	t = strings.ToLower(strings.TrimSpace(strings.SplitN(t, ";", 2)[0]))
	return t == "application/json" || strings.HasSuffix(t, "+json") || t == "*/*" || t == "application/*"
}

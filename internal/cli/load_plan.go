package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"

	"github.com/sequere/sequere/internal/loadtest"
	"github.com/sequere/sequere/internal/mock"
	"github.com/sequere/sequere/internal/plan"
	"github.com/sequere/sequere/internal/spec"
)

// loadPlan is the plan as both engines use it.
type loadPlan struct {
	k6      *loadtest.Scenario // credentials the script can carry; a client-credentials grant in its setup()
	next    loadtest.NextFunc
	check   loadtest.CheckFunc
	tokens  *loadtest.TokenSource // nil without client credentials
	skipped []string
}

func buildLoadPlan(ctx context.Context, f *Factory, o *LoadOptions, doc *spec.Document) (*loadPlan, error) {
	p, err := plan.Build(doc, plan.Selection{Operations: o.Operations})
	if err != nil {
		return nil, InputError(err)
	}
	for _, id := range o.Operations {
		if _, ok := p.Operation(id); !ok {
			return nil, usageErrorf("--operation %s: %s has no such operationId", id, doc.Name)
		}
	}
	for id := range o.weights {
		if _, ok := p.Operation(id); !ok {
			return nil, usageErrorf("--weight %s: %s has no such operationId", id, doc.Name)
		}
	}
	creds, err := o.Auth.Credentials()
	if err != nil {
		return nil, err
	}
	client := &http.Client{Timeout: o.Timeout}
	running := !o.DryRun && o.BaseURL != "" && o.Engine == "builtin"
	var tokenURL string
	if creds.ClientID != "" {
		tokenURL = clientCredentialsURL(p, o.BaseURL)
		if tokenURL == "" {
			return nil, usageErrorf("--client-id: %s declares no OAuth2 client-credentials flow", doc.Name)
		}
	}
	lp := &loadPlan{}
	ccAuth := plan.NewAuth(p, creds, client, o.BaseURL)
	if running && tokenURL != "" && creds.Bearer == "" {
		// The token comes from the server under load, never from the host
		// the description names: load traffic goes to --base-url only.
		grant := loadtest.Auth{TokenURL: tokenURL, ClientID: creds.ClientID, ClientSecret: creds.ClientSecret}
		tok, err := loadtest.FetchToken(ctx, client, grant)
		if err != nil {
			return nil, InputError(err)
		}
		creds.Bearer = tok.AccessToken
		lp.tokens = loadtest.NewTokenSource(grant, client, f.Now, tok)
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
	builtin := &loadtest.Scenario{BaseURL: o.BaseURL}
	script := &loadtest.Scenario{BaseURL: o.BaseURL}
	if script.BaseURL == "" {
		script.BaseURL = firstServer(p)
	}
	if tokenURL != "" {
		script.Auth = loadtest.Auth{TokenURL: tokenURL, ClientID: o.Auth.ClientID, ClientSecret: o.Auth.ClientSecret}
	}
	selected := p.Ops
	var flows []loadtest.FlowPlan
	if o.Flow != "" {
		flows = loadtest.FlowPlans(p, auth)
		if len(flows) == 0 {
			return nil, InputError(fmt.Errorf("--flow %s: %s has no create operation whose answer names the resource for a read or delete (no OpenAPI link, no POST /things with /things/{id})", o.Flow, doc.Name))
		}
		selected = loadtest.FlowOperations(flows)
	}
	for _, op := range selected {
		if why := skipReason(o, op, auth); why != "" && o.Flow == "" {
			lp.skipped = append(lp.skipped, op.ID+": "+why)
			continue
		}
		lo := loadtest.Operation{ID: op.ID, Method: op.Method, Path: op.Path, Weight: o.weights[op.ID], Statuses: sortedCodes(op),
			OAuth: lp.tokens != nil && ccAuth.UsesClientCredentials(op)}
		bo, so := lo, lo
		seen := map[string]bool{}
		ins, rows := inputs(p, op, o), false
		if o.data != nil {
			ins, rows = bindData(op, ins, o.data)
		}
		bo.Rows, so.Rows = rows, rows
		markers := loadtest.FlowMarkers(flows, op)
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
				return nil, InputError(err)
			}
			so.Samples = append(so.Samples, sample(&sreq))
			if running {
				if err := auth.Apply(ctx, req, op, plan.Full); err != nil {
					return nil, InputError(fmt.Errorf("authenticating %s: %w", op.ID, err))
				}
				bo.Samples = append(bo.Samples, sample(req))
			}
		}
		script.Operations = append(script.Operations, so)
		builtin.Operations = append(builtin.Operations, bo)
	}
	if len(script.Operations) == 0 {
		msg := "no operation of " + doc.Name + " can be loaded"
		if len(lp.skipped) > 0 {
			msg += ":\n  " + strings.Join(lp.skipped, "\n  ")
		}
		return nil, InputError(fmt.Errorf("%s", msg))
	}
	for _, fl := range flows {
		lf := fl.Flow()
		script.Flows = append(script.Flows, lf)
		builtin.Flows = append(builtin.Flows, lf)
	}
	if o.data != nil {
		script.DataRows, builtin.DataRows = len(o.data.Rows), len(o.data.Rows)
		script.DataPerVU, builtin.DataPerVU = o.DataMode == "per-vu", o.DataMode == "per-vu"
	}
	lp.k6 = script
	if running {
		if err := builtin.Validate(); err != nil {
			return nil, InputError(err)
		}
		lp.next = builtin.Next(lp.tokens)
		status := builtin.StatusCheck()
		var rc *mock.ResponseChecker
		if o.Validate {
			if rc, err = mock.NewResponseChecker(doc); err != nil {
				return nil, InputError(err)
			}
		}
		schemaNames := map[string]string{}
		for _, op := range builtin.Operations {
			schemaNames[op.ID] = op.ID + " body matches its schema"
		}
		tokens := lp.tokens
		lp.check = func(op string, resp *http.Response, body []byte, out []loadtest.CheckResult) []loadtest.CheckResult {
			if tokens != nil && resp.StatusCode == http.StatusUnauthorized && resp.Request != nil {
				if tok, ok := strings.CutPrefix(resp.Request.Header.Get("Authorization"), "Bearer "); ok {
					tokens.Unauthorized(tok)
				}
			}
			out = append(out, status(op, resp.StatusCode))
			if rc != nil {
				out = append(out, loadtest.CheckResult{Name: schemaNames[op], OK: len(rc.Check(op, resp, body)) == 0})
			}
			return out
		}
	}
	return lp, nil
}

// skipReason says why the default plan leaves op out, or "".
func skipReason(o *LoadOptions, op *plan.Operation, auth *plan.Auth) string {
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
// to --samples.
func inputs(p *plan.Plan, op *plan.Operation, o *LoadOptions) []plan.Input {
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
func bindData(op *plan.Operation, ins []plan.Input, d *loadtest.Data) ([]plan.Input, bool) {
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

func sample(r *plan.Request) loadtest.Request {
	s := loadtest.Request{Target: r.Path, Body: r.Body}
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
	names := make([]string, 0, len(p.Schemes))
	for name := range p.Schemes {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
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

func printLoadPlan(w io.Writer, o *LoadOptions, lp *loadPlan) error {
	b := &strings.Builder{}
	fmt.Fprintf(b, "Plan for %s (%s)\n\n", o.Spec, describeModel(o))
	for _, op := range lp.k6.Operations {
		fmt.Fprintf(b, "  %-28s %-6s %-40s weight %d, %d requests, documents %s\n", op.ID, op.Method, op.Path, max(op.Weight, 1), len(op.Samples), strings.Join(op.Statuses, " "))
		if len(op.Samples) > 0 {
			fmt.Fprintf(b, "  %-28s e.g. %s %s\n", "", op.Method, op.Samples[0].Target)
		}
	}
	if len(lp.k6.Flows) > 0 {
		b.WriteString("\nFlows (each iteration runs one):\n")
		for _, fl := range lp.k6.Flows {
			var from []string
			for _, bd := range fl.Bind {
				from = append(from, bd.Binding.Param+" from "+bd.Binding.Expr)
			}
			fmt.Fprintf(b, "  %s (%s)\n", fl.Name, strings.Join(from, ", "))
		}
	}
	if lp.k6.DataRows > 0 {
		mode := "shared: iterations take the rows in turn"
		if lp.k6.DataPerVU {
			mode = "per VU: every VU walks the rows from the first"
		}
		var fed []string
		for _, op := range lp.k6.Operations {
			if op.Rows {
				fed = append(fed, op.ID)
			}
		}
		fmt.Fprintf(b, "\nData: %d rows of %s (%s), feeding %s\n", lp.k6.DataRows, o.DataFile, mode, strings.Join(fed, ", "))
	}
	if len(lp.skipped) > 0 {
		b.WriteString("\nLeft out:\n")
		for _, s := range lp.skipped {
			fmt.Fprintf(b, "  %s\n", s)
		}
	}
	if len(o.thresholds) > 0 {
		b.WriteString("\nThresholds:\n")
		for _, t := range o.thresholds {
			fmt.Fprintf(b, "  %s: %s\n", t.Name(), t.Source)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

package loadtest

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/template"
	"time"
)

// ScriptOptions are the run settings the k6 script carries.
type ScriptOptions struct {
	Source      string // the spec, named in the header comment
	Rate        *Profile
	VUs         int
	Duration    time.Duration
	MaxInFlight int
	Thresholds  []Threshold
	Timeout     time.Duration
	// Validate is --validate: the script checks each response body against
	// its schema with validators of its own (the scenario's Responses).
	Validate bool
}

type scriptOp struct {
	ID       string    `json:"id"`
	Method   string    `json:"method"`
	Weight   int       `json:"weight"`
	Statuses []string  `json:"statuses"`
	Samples  []Request `json:"samples"`
	Rows     bool      `json:"rows,omitempty"`
}

type scriptFlow struct {
	Name   string        `json:"name"`
	Weight int           `json:"weight"`
	Steps  []FlowStep    `json:"steps"`
	Bind   []FlowBinding `json:"bind"`
}

type scriptAuth struct {
	Header       map[string]string `json:"header"`
	TokenURL     string            `json:"tokenUrl,omitempty"`
	ClientID     string            `json:"clientId,omitempty"`
	ClientSecret string            `json:"clientSecret,omitempty"`
	Scope        string            `json:"scope,omitempty"`
}

// k6Only are metrics sequere measures that k6 does not have; thresholds on
// them stay out of the script.
var k6Only = map[string]bool{"http_req_service_duration": true, "http_req_send_lag": true}

// WriteK6Script writes a self-contained k6 script (only k6's built-in
// modules, no remote imports) with the scenario's plan: the executor that
// matches the model, thresholds, the status check, the request data, auth
// and a handleSummary that writes k6's summary data where --engine k6 reads
// it back.
func WriteK6Script(w io.Writer, sc *Scenario, o ScriptOptions) error {
	ops := make([]scriptOp, len(sc.Operations))
	for i, op := range sc.Operations {
		ops[i] = scriptOp{ID: op.ID, Method: op.Method, Weight: max(op.Weight, 1), Statuses: op.Statuses, Samples: op.Samples, Rows: op.Rows && sc.DataRows > 0}
	}
	flows := make([]scriptFlow, len(sc.Flows))
	for i, f := range sc.Flows {
		flows[i] = scriptFlow{Name: f.Name, Weight: max(f.Weight, 1), Steps: f.Steps, Bind: f.Bind}
	}
	auth := scriptAuth{Header: sc.Auth.Header, TokenURL: sc.Auth.TokenURL, ClientID: sc.Auth.ClientID,
		ClientSecret: sc.Auth.ClientSecret, Scope: sc.Auth.Scope}
	if auth.Header == nil {
		auth.Header = map[string]string{}
	}
	options := map[string]any{
		"scenarios":         map[string]any{"load": k6Scenario(o)},
		"summaryTrendStats": TrendStats,
	}
	th := map[string][]any{}
	var skipped []string
	for _, t := range o.Thresholds {
		if k6Only[t.Metric] {
			skipped = append(skipped, t.Name()+": "+t.Source)
			continue
		}
		if t.AbortOnFail {
			e := map[string]any{"threshold": t.Source, "abortOnFail": true}
			if t.DelayAbortEval > 0 {
				e["delayAbortEval"] = k6Duration(t.DelayAbortEval)
			}
			th[t.Name()] = append(th[t.Name()], e)
		} else {
			th[t.Name()] = append(th[t.Name()], t.Source)
		}
	}
	if len(th) > 0 {
		options["thresholds"] = th
	}
	validate := ""
	if o.Validate && sc.Responses != nil {
		validate = validatorRuntime + "\n" + validators(sc.Responses, sc.Operations)
	}
	return k6Template.Execute(w, map[string]any{
		"Source":   o.Source,
		"BaseURL":  js(strings.TrimRight(sc.BaseURL, "/")),
		"Options":  jsIndent(options),
		"Plan":     jsIndent(ops),
		"Flows":    jsIndent(flows),
		"Data":     sc.DataRows > 0,
		"PerVU":    sc.DataPerVU,
		"Validate": validate,
		"Auth":     jsIndent(auth),
		"Timeout":  js(k6Duration(max(o.Timeout, time.Second))),
		"Skipped":  skipped,
	})
}

func k6Scenario(o ScriptOptions) map[string]any {
	maxVUs := max(o.MaxInFlight, 1)
	if o.Rate == nil {
		return map[string]any{"executor": "constant-vus", "vus": o.VUs, "duration": k6Duration(o.Duration), "gracefulStop": "5s"}
	}
	pre := min(maxVUs, max(10, int(o.Rate.Start/10)))
	if o.Rate.Constant() && len(o.Rate.Stages) == 1 {
		rate, unit := k6Rate(o.Rate.Start)
		return map[string]any{"executor": "constant-arrival-rate", "rate": rate, "timeUnit": unit,
			"duration": k6Duration(o.Rate.Duration()), "preAllocatedVUs": pre, "maxVUs": maxVUs, "gracefulStop": "5s"}
	}
	// k6 rates are integers per timeUnit: per minute keeps 1/60 s precision.
	stages := make([]map[string]any, len(o.Rate.Stages))
	for i, s := range o.Rate.Stages {
		stages[i] = map[string]any{"target": int64(s.Target*60 + 0.5), "duration": k6Duration(s.Duration)}
	}
	return map[string]any{"executor": "ramping-arrival-rate", "startRate": int64(o.Rate.Start*60 + 0.5), "timeUnit": "1m",
		"stages": stages, "preAllocatedVUs": pre, "maxVUs": maxVUs, "gracefulStop": "5s"}
}

// k6Rate writes a rate per second as an integer per time unit.
func k6Rate(perSecond float64) (int64, string) {
	if perSecond == float64(int64(perSecond)) {
		return int64(perSecond), "1s"
	}
	return int64(perSecond*60 + 0.5), "1m"
}

func k6Duration(d time.Duration) string {
	if d%time.Second == 0 {
		return fmt.Sprintf("%ds", int64(d/time.Second))
	}
	return fmt.Sprintf("%dms", d.Milliseconds())
}

// js writes v as a JavaScript literal: JSON without the HTML escapes, so a
// threshold reads p(95)<28 as written.
func js(v any) string { return jsonText(v, "") }

func jsIndent(v any) string { return jsonText(v, "  ") }

func jsonText(v any, indent string) string {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", indent)
	_ = enc.Encode(v)
	return strings.TrimSuffix(b.String(), "\n")
}

var k6Template = template.Must(template.New("k6").Parse(`// Load test generated by sequere load from {{.Source}}.
// Runs unedited: k6 run script.js (BASE_URL=... overrides the target).
// The status check passes on any status the spec documents for the operation.
// k6 measures http_req_duration from the actual send; sequere's built-in engine
// measures it from the intended start (coordinated omission corrected).
{{- if .Validate}}
// --validate: each response body is checked against its schema by the
// validators below, one function per schema (no remote import).
{{- end}}
{{- range .Skipped}}
// Not in k6 (sequere-only metric), left out: {{.}}
{{- end}}
import http from 'k6/http';
import { check } from 'k6';
{{- if .Data}}
import exec from 'k6/execution';
import { SharedArray } from 'k6/data';
{{- end}}

const BASE_URL = __ENV.BASE_URL || {{.BaseURL}};
{{if .Data}}
// The data file's rows are the samples of the operations marked rows: one
// copy shared by every VU.
const PLAN = new SharedArray('plan', function () {
  return {{.Plan}};
});
const DATA_PER_VU = {{.PerVU}};
{{- else}}
const PLAN = {{.Plan}};
{{- end}}

// Flows: each iteration creates a resource, then reads and deletes it; the
// markers in the later steps' targets are filled from the create's answer.
const FLOWS = {{.Flows}};

const AUTH = {{.Auth}};

export const options = {{.Options}};

const BY_ID = {};
for (const op of PLAN) BY_ID[op.id] = op;

function weighted(list) {
  let total = 0;
  for (const x of list) total += x.weight;
  let n = Math.random() * total;
  for (const x of list) {
    if (n < x.weight) return x;
    n -= x.weight;
  }
  return list[list.length - 1];
}

function pickSample(op) {
{{- if .Data}}
  if (op.rows) {
    const n = DATA_PER_VU ? exec.vu.iterationInScenario : exec.scenario.iterationInTest;
    return op.samples[n % op.samples.length];
  }
{{- end}}
  return op.samples[Math.floor(Math.random() * op.samples.length)];
}

function header(res, name) {
  const want = name.toLowerCase();
  for (const k of Object.keys(res.headers || {})) {
    if (k.toLowerCase() === want) return res.headers[k];
  }
  return undefined;
}

// evaluate reads an OpenAPI runtime expression in the create's answer.
function evaluate(b, res) {
  let v;
  if (b.expr.startsWith('$response.header.')) {
    v = header(res, b.expr.slice('$response.header.'.length));
  } else if (b.expr.startsWith('$response.body')) {
    const ptr = b.expr.slice('$response.body'.length).replace(/^#/, '');
    try {
      v = res.json();
    } catch (e) {
      return undefined;
    }
    for (const seg of ptr.split('/').slice(1)) {
      if (v === null || typeof v !== 'object') return undefined;
      v = v[seg.replace(/~1/g, '/').replace(/~0/g, '~')];
    }
  }
  if (v === undefined || v === null || typeof v === 'object') return undefined;
  v = String(v);
  if (b.lastSegment) {
    v = v.replace(/^[a-z]+:\/\/[^/]*/i, '').split('?')[0].replace(/\/+$/, '');
    v = decodeURIComponent(v.slice(v.lastIndexOf('/') + 1));
  }
  return v === '' ? undefined : v;
}

function documented(codes, status) {
  const s = String(status);
  return codes.some((c) => {
    const code = c.toUpperCase();
    return code === 'DEFAULT' || code === s || (code.length === 3 && code.endsWith('XX') && code[0] === s[0]);
  });
}

{{- if .Validate}}
// Response validators of --validate: RESPONSES names, by operation, status
// and media type, the function that checks a body; a named schema is one
// function, so a recursive schema recurses instead of unrolling.
{{.Validate}}
{{- end}}

function fetchToken() {
  const body = { grant_type: 'client_credentials', client_id: AUTH.clientId, client_secret: AUTH.clientSecret };
  if (AUTH.scope) body.scope = AUTH.scope;
  const res = http.post(AUTH.tokenUrl, body);
  if (res.status !== 200) throw new Error('token request to ' + AUTH.tokenUrl + ' answered ' + res.status);
  const expiresIn = Number(res.json('expires_in')) || 0;
  return { token: res.json('access_token'), expires: expiresIn > 0 ? Date.now() + expiresIn * 1000 : 0 };
}

export function setup() {
  if (!AUTH.tokenUrl) return {};
  return fetchToken();
}

// Each VU keeps its own copy of the token: refreshed ahead of its expiry,
// and once after a 401 to a request that carried it.
let token; // undefined: not yet taken from setup(); null: fetch a new one
let tokenExpires = 0;
let tokenLife = 0;

function currentToken(data) {
  if (!AUTH.tokenUrl) return null;
  if (token === undefined && data && data.token) {
    token = data.token;
    tokenExpires = data.expires || 0;
    tokenLife = tokenExpires ? tokenExpires - Date.now() : 0;
  }
  // Ahead of expiry by 30 s, or a fifth of a short-lived token's life.
  const ahead = Math.min(30000, tokenLife / 5);
  if (!token || (tokenExpires && Date.now() >= tokenExpires - ahead)) {
    const t = fetchToken();
    token = t.token;
    tokenExpires = t.expires;
    tokenLife = tokenExpires ? tokenExpires - Date.now() : 0;
  }
  return token;
}

function send(op, sample, data, values) {
  let target = sample.target;
  for (const m of Object.keys(values || {})) target = target.split(m).join(encodeURIComponent(values[m]));
  const headers = Object.assign({}, AUTH.header, sample.header || {});
  const used = currentToken(data);
  if (used) headers.Authorization = 'Bearer ' + used;
  const res = http.request(op.method, BASE_URL + target, sample.body || null, {
    headers: headers,
    tags: { operation: op.id, name: op.id },
    timeout: {{.Timeout}},
  });
  if (res.status === 401 && used && used === token) token = null;
  check(res, {
    [op.id + ' status is documented']: (r) => documented(op.statuses, r.status),
{{- if .Validate}}
    [op.id + ' body matches its schema']: (r) => bodyMatches(op.id, r),
{{- end}}
  });
  return res;
}

function runFlow(flow, data) {
  const first = BY_ID[flow.steps[0].operation];
  const created = send(first, pickSample(first), data, null);
  if (created.status < 200 || created.status > 299) return;
  const values = {};
  for (const b of flow.bind) {
    const v = evaluate(b.binding, created);
    if (v === undefined) return;
    values[b.marker] = v;
  }
  for (const step of flow.steps.slice(1)) {
    const op = BY_ID[step.operation];
    send(op, pickSample(op), data, values);
  }
}

export default function (data) {
  if (FLOWS.length > 0) {
    runFlow(weighted(FLOWS), data);
    return;
  }
  const op = weighted(PLAN);
  send(op, pickSample(op), data, null);
}

function formatValue(metric, key, v) {
  if (metric.type === 'trend' && metric.contains === 'time') return v.toFixed(2) + 'ms';
  if (metric.type === 'rate') return (v * 100).toFixed(2) + '%';
  return String(Math.round(v * 100) / 100);
}

function summaryText(data) {
  const lines = [''];
  const names = Object.keys(data.metrics).sort();
  for (const name of names) {
    const m = data.metrics[name];
    for (const [src, t] of Object.entries(m.thresholds || {})) {
      lines.push('  ' + (t.ok ? 'ok   ' : 'FAIL ') + name + ' ' + src);
    }
  }
  lines.push('');
  for (const name of names) {
    const m = data.metrics[name];
    const values = Object.entries(m.values).map(([k, v]) => k + '=' + formatValue(m, k, v)).join(' ');
    lines.push('  ' + (name + ' ').padEnd(36, '.') + ': ' + values);
  }
  return lines.join('\n') + '\n';
}

export function handleSummary(data) {
  const out = { stdout: summaryText(data) };
  out[__ENV.SEQUERE_SUMMARY || 'sequere-k6-summary.json'] = JSON.stringify(data, null, 2);
  return out;
}
`))

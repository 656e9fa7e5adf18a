package sdkgen

import (
	"fmt"
	"strings"

	"github.com/sequere/sequere/internal/sdkgen/ir"
)

// webhooks writes the payload parsers and, for the timestamped HMAC scheme,
// the signature helpers.
func (g *goClient) webhooks(api *ir.API) string {
	if len(api.Webhooks) == 0 {
		return ""
	}
	var b strings.Builder
	signed := ""
	b.WriteString("// Webhook event names, as the description keys them.\nconst (\n")
	for _, w := range api.Webhooks {
		fmt.Fprintf(&b, "\t%s = %q\n", g.names.unique("Event"+exported(w.Name)), w.Event)
		if w.Signature != nil && w.Signature.Scheme == "hmac-sha256-timestamp" && signed == "" {
			signed = w.Signature.Header
		}
	}
	b.WriteString(")\n\n")
	for _, w := range api.Webhooks {
		if w.Body == nil || w.Body.Preferred == nil || w.Body.Preferred.Encoding != ir.EncodingJSON {
			continue
		}
		t := g.goType(w.Body.Preferred.Schema)
		name := g.names.unique("Parse" + exported(w.Name))
		fmt.Fprintf(&b, "// %s decodes the payload of the %q webhook (%s). Verify the\n// signature over the same bytes first.\nfunc %s(body []byte) (*%s, error) {\n\tv := new(%s)\n\tif err := json.Unmarshal(body, v); err != nil {\n\t\treturn nil, err\n\t}\n\treturn v, nil\n}\n\n", name, w.Event, w.Doc, name, t, t)
	}
	if signed != "" {
		fmt.Fprintf(&b, `// WebhookSignatureHeader carries "t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">".
const WebhookSignatureHeader = %q

// ErrBadSignature is returned for a missing, malformed, wrong or stale signature.
var ErrBadSignature = errors.New("bad webhook signature")

// VerifyWebhookSignature checks header (the %s value) against the raw
// body with the endpoint's secret, and refuses a timestamp further than
// tolerance from now, so an old signed body cannot be replayed.
func VerifyWebhookSignature(secret, header string, body []byte, now time.Time, tolerance time.Duration) error {
	var ts string
	var sigs []string
	for _, part := range strings.Split(header, ",") {
		k, v, _ := strings.Cut(strings.TrimSpace(part), "=")
		switch k {
		case "t":
			ts = v
		case "v1":
			sigs = append(sigs, v)
		}
	}
	// Digits only, as the TypeScript and Python helpers read it: ParseInt
	// would also take a sign.
	if ts == "" || strings.Trim(ts, "0123456789") != "" || len(sigs) == 0 {
		return ErrBadSignature
	}
	sec, err := strconv.ParseInt(ts, 10, 64)
	if err != nil {
		return ErrBadSignature
	}
	if d := now.Sub(time.Unix(sec, 0)); d > tolerance || d < -tolerance {
		return ErrBadSignature
	}
	// Any v1 may match: a sender rotating its secret signs with both.
	want := []byte(webhookMAC(secret, ts, body))
	for _, sig := range sigs {
		if hmac.Equal([]byte(sig), want) {
			return nil
		}
	}
	return ErrBadSignature
}

// SignWebhook is the sender's side, for tests of a receiver.
func SignWebhook(secret string, t time.Time, body []byte) string {
	ts := strconv.FormatInt(t.Unix(), 10)
	return "t=" + ts + ",v1=" + webhookMAC(secret, ts, body)
}

func webhookMAC(secret, ts string, body []byte) string {
	m := hmac.New(sha256.New, []byte(secret))
	m.Write([]byte(ts + "."))
	m.Write(body)
	return hex.EncodeToString(m.Sum(nil))
}
`, signed, signed)
	}
	return b.String()
}

// snippets are the README's examples; the same code is compiled as Example
// functions in example_test.go.
func (g *goClient) snippets(api *ir.API, pkg string) []gcSnippet {
	newClient := pkg + ".New(" + pkg + ".WithBaseURL(" + fmt.Sprintf("%q", orDefault(api.BaseURL, "https://api.example.com")) + ")"
	for _, s := range api.SecuritySchemes {
		n := exported(s.Name)
		switch {
		case s.ClientCredentials != nil:
			newClient += ",\n\t" + pkg + "." + optName(n, "ClientCredentials") + `("CLIENT_ID", "CLIENT_SECRET")`
		case s.Type == "http" && s.Scheme == "basic":
			newClient += ",\n\t" + pkg + "." + optName(n, "Basic") + `("user", "password")`
		case s.Type == "http" || s.Type == "oauth2" || s.Type == "openIdConnect":
			newClient += ",\n\t" + pkg + "." + optName(n, "Token") + `("TOKEN")`
		case s.Type == "apiKey":
			newClient += ",\n\t" + pkg + "." + optName(n, "Key") + `("KEY")`
		}
		break
	}
	newClient += ")"
	out := []gcSnippet{{Title: "Create a client", Func: "Example_client",
		Text: "Options set the base URL, credentials (attached only to the operations that require them), timeouts and retries.",
		Code: "c := " + newClient + "\n_ = c"}}
	var simple, paged *ir.Operation
	for _, op := range api.Operations {
		if simple == nil && op.Method == "GET" && op.Success != nil {
			simple = op
		}
		if paged == nil && op.Pagination != nil && op.Pagination.Style != ir.PaginateLink {
			paged = op
		}
	}
	ctx := "ctx := context.Background()\n"
	if simple != nil {
		call := "c." + exported(simple.Name) + "(ctx"
		if len(simple.Params) > 0 || simple.Body != nil {
			call += ", &" + pkg + "." + g.reqTypes[simple.Name] + "{}"
		}
		call += ")"
		out = append(out, gcSnippet{Title: "Call an operation", Func: "Example_call",
			Text: "Every method takes a context first and returns the typed 2xx response; any other status is an *APIError.",
			Code: "c := " + pkg + ".New()\n" + ctx + "resp, err := " + call + "\nif err != nil {\n\tvar apiErr *" + pkg + ".APIError\n\tif errors.As(err, &apiErr) && apiErr.Problem != nil {\n\t\tfmt.Println(apiErr.StatusCode, apiErr.Problem.Title, apiErr.Problem.FieldErrors())\n\t}\n\treturn\n}\nfmt.Println(resp.StatusCode)"})
	}
	if paged != nil {
		call := "c." + exported(paged.Name) + "All(ctx"
		if len(paged.Params) > 0 || paged.Body != nil {
			call += ", &" + pkg + "." + g.reqTypes[paged.Name] + "{}"
		}
		call += ")"
		out = append(out, gcSnippet{Title: "Iterate over every page", Func: "Example_pagination",
			Text: "List operations have an <Operation>All iterator that fetches the next page only when the loop needs it.",
			Code: "c := " + pkg + ".New()\n" + ctx + "for item, err := range " + call + " {\n\tif err != nil {\n\t\tfmt.Println(err)\n\t\tbreak\n\t}\n\t_ = item\n}"})
	}
	out = append(out, gcSnippet{Title: "Retries and timeouts", Func: "Example_retries",
		Text: "Connection errors, 408, 429 and 5xx are retried with capped, jittered exponential backoff, honouring Retry-After, for idempotent methods and for POST with an idempotency key (generated per call and reused by its retries where the description declares one).",
		Code: "c := " + pkg + ".New(\n\t" + pkg + ".WithTimeout(30*time.Second),\n\t" + pkg + ".WithRetry(" + pkg + ".RetryPolicy{MaxAttempts: 5, InitialDelay: 100 * time.Millisecond, MaxDelay: 5 * time.Second, MaxRetryAfter: time.Minute}),\n)\n_ = c"})
	return out
}

func optName(n, suffix string) string {
	if strings.HasSuffix(n, suffix) {
		return "With" + n
	}
	return "With" + n + suffix
}

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

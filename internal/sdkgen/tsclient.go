package sdkgen

import (
	"bytes"
	"fmt"
	"sort"
	"strings"

	"github.com/sequere/sequere/internal/sdkgen/ir"
)

// tsRuntime are the hand-written runtime files, written under src/runtime/.
var tsRuntime = map[string]string{
	"core.ts": "core.ts", "json.ts": "json.ts", "codec.ts": "codec.ts", "transport.ts": "transport.ts",
	"paginate.ts": "paginate.ts", "events.ts": "events.ts", "webhook.ts": "webhook.ts", "runtime.ts": "index.ts",
}

// tsView is what the typescript templates render.
type tsView struct {
	Package, Title, APIVersion, Version       string
	DocTitle                                  string // Title escaped for a doc comment
	BaseURL, Servers, Schemes, WebhookEvents  string
	Models, Operations, Webhooks, FirstMethod string
	Snippets                                  []tsSnippet
}

// tsSnippet is one README example; the tests compile each.
type tsSnippet struct{ Title, Code string }

// TypeScriptClient renders an ESM TypeScript package from the IR: zero runtime
// dependencies, fetch-based, clean under tsc --strict.
func TypeScriptClient(api *ir.API, opts ClientOptions) (*Result, error) {
	v := &tsView{Package: opts.Package, Title: oneLineOr(api.Title, "the API"), APIVersion: api.Version, Version: opts.Version}
	v.DocTitle = strings.ReplaceAll(v.Title, "*/", "*\\/")
	if v.Package == "" {
		v.Package = TypeScriptPackage(api)
	}
	if v.Version == "" {
		v.Version = "0.0.0"
	}
	v.BaseURL = fmt.Sprintf("%q", api.BaseURL)
	var servers []string
	for _, s := range api.Servers {
		servers = append(servers, fmt.Sprintf("%q", s.URL))
	}
	v.Servers = "[" + strings.Join(servers, ", ") + "]"
	var schemes []string
	for _, s := range api.SecuritySchemes {
		info := fmt.Sprintf("type: %q", s.Type)
		if s.Scheme != "" {
			info += fmt.Sprintf(", scheme: %q", s.Scheme)
		}
		if s.In != "" {
			info += fmt.Sprintf(", in: %q, name: %q", s.In, s.Param)
		}
		schemes = append(schemes, fmt.Sprintf("  %q: { %s },", s.Name, info))
	}
	v.Schemes = "{\n" + strings.Join(schemes, "\n") + "\n}"
	var models strings.Builder
	for _, t := range api.Types {
		tsModel(&models, t)
	}
	v.Models = models.String()
	methods := tsMethods(api)
	var ops strings.Builder
	for _, op := range api.Operations {
		m := methods[op]
		if v.FirstMethod == "" {
			v.FirstMethod = m
		}
		tsOperation(&ops, op, m)
	}
	v.Operations = ops.String()
	v.WebhookEvents, v.Webhooks = tsWebhooks(api)
	v.Snippets = tsSnippets(api)
	tmpls, err := loadTemplates("typescript", opts.Templates)
	if err != nil {
		return nil, err
	}
	res := &Result{}
	for _, t := range tmpls {
		var buf bytes.Buffer
		if err := t.Execute(&buf, v); err != nil {
			return nil, fmt.Errorf("template %s: %w", t.Name(), err)
		}
		name := strings.TrimSuffix(t.Name(), ".tmpl")
		switch {
		case tsRuntime[name] != "":
			name = "src/runtime/" + tsRuntime[name]
		case strings.HasSuffix(name, ".ts"):
			name = "src/" + name
		}
		res.Files = append(res.Files, File{Name: name, Data: buf.Bytes()})
	}
	sort.Slice(res.Files, func(i, j int) bool { return res.Files[i].Name < res.Files[j].Name })
	return res, nil
}

func tsWebhooks(api *ir.API) (events, code string) {
	var evs []string
	var b strings.Builder
	for _, w := range api.Webhooks {
		evs = append(evs, fmt.Sprintf("%q", w.Event))
		if w.Body == nil || w.Body.Preferred == nil || w.Body.Preferred.Encoding != ir.EncodingJSON {
			continue
		}
		s := w.Body.Preferred.Schema
		name := "parse" + ir.Pascal(w.Name)
		b.WriteString("\n")
		if sig := w.Signature; sig != nil {
			tsDoc(&b, "", fmt.Sprintf("The %q payload: verifies the %s header against the raw body with the endpoint's secret, then decodes it. Throws rt.SignatureError.", w.Event, sig.Header), false)
			fmt.Fprintf(&b, "export async function %s(secret: string, headers: Headers | Record<string, string>, rawBody: string, toleranceSeconds = 300): Promise<%s> {\n", name, tsType(s, "m."))
			fmt.Fprintf(&b, "  const header = headers instanceof Headers ? headers.get(%q) : headers[%q] ?? headers[%q];\n", sig.Header, sig.Header, strings.ToLower(sig.Header))
			b.WriteString("  await rt.verifySignature(secret, header, rawBody, toleranceSeconds);\n")
		} else {
			tsDoc(&b, "", fmt.Sprintf("The %q payload, decoded (the description documents no signature scheme).", w.Event), false)
			fmt.Fprintf(&b, "export function %s(rawBody: string): %s {\n", name, tsType(s, "m."))
		}
		fmt.Fprintf(&b, "  return %s;\n}\n", tsDecode(s, "rt.parseJSON(rawBody)", "m."))
	}
	return "[" + strings.Join(evs, ", ") + "]", b.String()
}

// tsMethods names each operation's Client method: camelCase of its name,
// made unique together with the <method>All and <method>Send companions.
// then is taken too: a client with a then method is a thenable, which
// `await` and an async function's return would call.
func tsMethods(api *ir.API) map[*ir.Operation]string {
	names := map[string]bool{"transport": true, "constructor": true, "then": true}
	out := make(map[*ir.Operation]string, len(api.Operations))
	for _, op := range api.Operations {
		m := ir.Camel(op.Name)
		for i := 2; names[m] || names[m+"All"] || names[m+"Send"]; i++ {
			m = fmt.Sprintf("%s%d", ir.Camel(op.Name), i)
		}
		names[m], names[m+"All"], names[m+"Send"] = true, true, true
		out[op] = m
	}
	return out
}

// tsSnippets are the README's examples: each is a whole module that the tests
// compile against the generated package (imported as "./src/index.js").
func tsSnippets(api *ir.API) []tsSnippet {
	var auth string
	for _, s := range api.SecuritySchemes {
		switch {
		case s.ClientCredentials != nil:
			auth = fmt.Sprintf("  credentials: { %q: new ClientCredentials(\"CLIENT_ID\", \"CLIENT_SECRET\", %q) },\n", s.Name, s.ClientCredentials.TokenURL)
		case s.Type == "apiKey" && auth == "":
			auth = fmt.Sprintf("  credentials: { %q: { kind: \"apiKey\", key: process.env.API_KEY ?? \"\" } },\n", s.Name)
		case s.Type == "http" && s.Scheme == "bearer" && auth == "":
			auth = fmt.Sprintf("  credentials: { %q: { kind: \"bearer\", token: process.env.API_TOKEN ?? \"\" } },\n", s.Name)
		}
	}
	head := "import { ApiError, Client, ClientCredentials } from \"./src/index.js\";\n\ndeclare const process: { env: Record<string, string | undefined> };\n\n" +
		"const client = new Client({\n" + auth + "  timeoutMs: 10_000,\n  retry: { attempts: 4, baseDelayMs: 200, maxDelayMs: 5_000 },\n});\n"
	out := []tsSnippet{{Title: "Create a client", Code: head + "void client;\nvoid ClientCredentials;\nvoid ApiError;\n"}}
	methods := tsMethods(api)
	for _, op := range api.Operations {
		m := methods[op]
		if op.Pagination == nil || op.Success == nil || op.Success.Preferred == nil || op.Success.Preferred.Encoding != ir.EncodingJSON || hasRequired(op) {
			continue
		}
		code := head + "\ntry {\n  let n = 0;\n  for await (const item of client." + m + "All({})) {\n    console.log(item);\n    if (++n === 100) break;\n  }\n" +
			"} catch (err) {\n  if (err instanceof ApiError) {\n    console.error(err.status, err.problem?.title, err.problem?.extensions);\n  } else {\n    throw err;\n  }\n}\nvoid ClientCredentials;\n"
		out = append(out, tsSnippet{Title: "List with auto-pagination and typed errors", Code: code})
		break
	}
	return out
}

func hasRequired(op *ir.Operation) bool {
	for _, p := range op.Params {
		if p.Required && p != op.Idempotency {
			return true
		}
	}
	return op.Body != nil && op.Body.Required
}

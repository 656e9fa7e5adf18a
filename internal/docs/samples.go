package docs

import (
	"encoding/json"
	"net/url"
	"sort"
	"strconv"
	"strings"

	"github.com/sequere/sequere/internal/datagen"
)

// authHint tells samples and the try-it form where a credential goes.
type authHint struct {
	Scheme string `json:"s"`
	Kind   string `json:"k"` // bearer, basic, header, query, cookie
	Name   string `json:"n,omitempty"`
}

// authHints follows the first alternative of the operation's security.
func (w *writer) authHints(op *operation) []authHint {
	alts := op.security(w.a.root).items()
	if len(alts) == 0 {
		return nil
	}
	var out []authHint
	for _, p := range alts[0].pairs() {
		sch := w.a.root.get("components").get("securitySchemes").get(p.key)
		if h, ok := hintOf(p.key, sch); ok {
			out = append(out, h)
		}
	}
	return out
}

func hintOf(name string, sch node) (authHint, bool) {
	switch sch.str("type") {
	case "http":
		if strings.EqualFold(sch.str("scheme"), "basic") {
			return authHint{Scheme: name, Kind: "basic"}, true
		}
		return authHint{Scheme: name, Kind: "bearer"}, true
	case "oauth2", "openIdConnect":
		return authHint{Scheme: name, Kind: "bearer"}, true
	case "apiKey":
		in := sch.str("in")
		if in == "" {
			in = "header"
		}
		return authHint{Scheme: name, Kind: in, Name: sch.str("name")}, true
	}
	return authHint{}, false
}

func (w *writer) paramExample(p node) string {
	v := p.raw("example")
	if !v.ok() {
		for _, e := range p.get("examples").pairs() {
			v = e.v.deref().raw("value")
			break
		}
	}
	var val any
	if v.ok() {
		val = v.value()
	} else if s := p.raw("schema"); s.ok() {
		if ex := s.deref().raw("example"); ex.ok() {
			val = ex.value()
		} else if d := s.deref().raw("default"); d.ok() {
			val = d.value()
		} else {
			val = w.vals.sample(s, datagen.Request)
		}
	}
	switch t := val.(type) {
	case nil:
		return ""
	case string:
		return t
	case []any:
		parts := make([]string, len(t))
		for i, x := range t {
			parts[i] = scalarString(x)
		}
		return strings.Join(parts, ",")
	}
	return scalarString(val)
}

func scalarString(v any) string {
	if s, ok := v.(string); ok {
		return s
	}
	b, _ := json.Marshal(v)
	return string(b)
}

// bodyExample picks the first JSON-like media type (else the first) and its
// example.
func (w *writer) bodyExample(op *operation) (typ, body string) {
	media := op.n.get("requestBody").get("content").pairs()
	if len(media) == 0 {
		return "", ""
	}
	pick := media[0]
	for _, m := range media {
		if strings.Contains(m.key, "json") {
			pick = m
			break
		}
	}
	text, _ := w.vals.example(pick.v.deref(), datagen.Request)
	if text == "null" {
		text = ""
	}
	return pick.key, text
}

// sampleRequest is the one request every code sample writes.
type sampleRequest struct {
	method, url string
	headers     [][2]string
	typ, body   string
	basic       string // user:password placeholders for curl's -u
}

func (w *writer) sampleRequest(op *operation) sampleRequest {
	path := op.path
	q := url.Values{}
	var headers [][2]string
	for _, p := range op.parameters() {
		name, ex := p.str("name"), w.paramExample(p)
		switch p.str("in") {
		case "path":
			if ex == "" {
				ex = name
			}
			path = strings.ReplaceAll(path, "{"+name+"}", url.PathEscape(ex))
		case "query":
			if p.boolean("required") {
				q.Set(name, ex)
			}
		case "header":
			if p.boolean("required") {
				headers = append(headers, [2]string{name, ex})
			}
		}
	}
	// Secrets are shell variables: the curl sample double-quotes them so they
	// expand, and a query placeholder is appended unescaped for the same reason.
	var authQuery, basic string
	for _, h := range w.authHints(op) {
		switch h.Kind {
		case "bearer":
			headers = append(headers, [2]string{"Authorization", "Bearer $API_TOKEN"})
		case "basic":
			basic = "$API_USER:$API_PASSWORD"
		case "header":
			headers = append(headers, [2]string{h.Name, "$API_KEY"})
		case "cookie":
			headers = append(headers, [2]string{"Cookie", h.Name + "=$API_KEY"})
		case "query":
			authQuery = url.QueryEscape(h.Name) + "=$API_KEY"
		}
	}
	u := strings.TrimSuffix(w.a.baseURL(w.opts), "/") + path
	if len(q) > 0 {
		u += "?" + q.Encode()
	}
	if authQuery != "" {
		if len(q) > 0 {
			u += "&" + authQuery
		} else {
			u += "?" + authQuery
		}
	}
	typ, body := w.bodyExample(op)
	r := sampleRequest{method: strings.ToUpper(op.method), url: u, headers: headers, typ: typ, body: body, basic: basic}
	if basic != "" {
		// The plain-HTTP samples have no -u; they show the header it makes.
		r.headers = append(r.headers, [2]string{"Authorization", "Basic base64($API_USER:$API_PASSWORD)"})
	}
	return r
}

func (w *writer) samples(op *operation) {
	r := w.sampleRequest(op)
	langs := []struct{ name, code string }{
		{"curl", curlSample(r)}, {"TypeScript", fetchSample(r)}, {"Python", httpxSample(r)}, {"Go", goSample(r)},
	}
	if ts, py, goCode, ok := w.sdkSamples(op); ok {
		langs[1].code, langs[2].code, langs[3].code = ts, py, goCode
	}
	w.s(`<h4>Request samples</h4>`)
	w.tabs("Request samples", len(langs), func(i int) string { return langs[i].name }, func(i int) {
		w.s(`<pre class="sample" tabindex="0"><code>` + esc(langs[i].code) + `</code></pre>`)
	})
}

// shellQuote single-quotes s, or double-quotes it when it holds a $API_...
// placeholder, the one thing in a sample the shell is meant to expand.
func shellQuote(s string) string {
	if strings.Contains(s, "$API_") {
		q := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "`", "\\`", "$", `\$`).Replace(s)
		return `"` + strings.ReplaceAll(q, `\$API_`, "$API_") + `"`
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

func curlSample(r sampleRequest) string {
	var b strings.Builder
	b.WriteString("curl -X " + r.method + " " + shellQuote(r.url))
	if r.basic != "" {
		b.WriteString(" \\\n  -u " + shellQuote(r.basic))
	}
	for _, h := range r.headers {
		if r.basic != "" && h[0] == "Authorization" && strings.HasPrefix(h[1], "Basic ") {
			continue
		}
		b.WriteString(" \\\n  -H " + shellQuote(h[0]+": "+h[1]))
	}
	if r.typ != "" {
		b.WriteString(" \\\n  -H " + shellQuote("Content-Type: "+r.typ))
		if r.body != "" {
			b.WriteString(" \\\n  --data " + shellQuote(r.body))
		}
	}
	return b.String()
}

func fetchSample(r sampleRequest) string {
	var b strings.Builder
	b.WriteString("const response = await fetch(" + strconv.Quote(r.url) + ", {\n  method: " + strconv.Quote(r.method) + ",\n")
	if len(r.headers) > 0 || r.typ != "" {
		b.WriteString("  headers: {\n")
		for _, h := range r.headers {
			b.WriteString("    " + strconv.Quote(h[0]) + ": " + strconv.Quote(h[1]) + ",\n")
		}
		if r.typ != "" {
			b.WriteString("    \"Content-Type\": " + strconv.Quote(r.typ) + ",\n")
		}
		b.WriteString("  },\n")
	}
	if r.body != "" {
		if strings.Contains(r.typ, "json") {
			b.WriteString("  body: JSON.stringify(" + indentAfterFirst(r.body, "  ") + "),\n")
		} else {
			b.WriteString("  body: " + strconv.Quote(r.body) + ",\n")
		}
	}
	b.WriteString("});\nif (!response.ok) throw new Error(`HTTP ${response.status}`);\nconst data = await response.json();")
	return b.String()
}

func httpxSample(r sampleRequest) string {
	var b strings.Builder
	b.WriteString("import httpx\n\nresponse = httpx.request(\n    " + strconv.Quote(r.method) + ",\n    " + strconv.Quote(r.url) + ",\n")
	if len(r.headers) > 0 || r.typ != "" {
		b.WriteString("    headers={")
		for i, h := range r.headers {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(strconv.Quote(h[0]) + ": " + strconv.Quote(h[1]))
		}
		if r.typ != "" && !strings.Contains(r.typ, "json") {
			if len(r.headers) > 0 {
				b.WriteString(", ")
			}
			b.WriteString("\"Content-Type\": " + strconv.Quote(r.typ))
		}
		b.WriteString("},\n")
	}
	if r.body != "" {
		if strings.Contains(r.typ, "json") {
			b.WriteString("    json=" + pythonLiteral(r.body) + ",\n")
		} else {
			b.WriteString("    content=" + strconv.Quote(r.body) + ",\n")
		}
	}
	b.WriteString(")\nresponse.raise_for_status()\nprint(response.json())")
	return b.String()
}

// pythonLiteral turns JSON text into a Python literal: true/false/null are
// the only spellings that differ.
func pythonLiteral(js string) string {
	var v any
	if json.Unmarshal([]byte(js), &v) != nil {
		return strconv.Quote(js)
	}
	var b strings.Builder
	writePython(&b, v, "    ")
	return b.String()
}

func writePython(b *strings.Builder, v any, indent string) {
	switch t := v.(type) {
	case nil:
		b.WriteString("None")
	case bool:
		if t {
			b.WriteString("True")
		} else {
			b.WriteString("False")
		}
	case map[string]any:
		if len(t) == 0 {
			b.WriteString("{}")
			return
		}
		keys := make([]string, 0, len(t))
		for k := range t {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		b.WriteString("{\n")
		for _, k := range keys {
			b.WriteString(indent + "    " + strconv.Quote(k) + ": ")
			writePython(b, t[k], indent+"    ")
			b.WriteString(",\n")
		}
		b.WriteString(indent + "}")
	case []any:
		if len(t) == 0 {
			b.WriteString("[]")
			return
		}
		b.WriteString("[\n")
		for _, x := range t {
			b.WriteString(indent + "    ")
			writePython(b, x, indent+"    ")
			b.WriteString(",\n")
		}
		b.WriteString(indent + "]")
	default:
		js, _ := json.Marshal(t)
		b.Write(js)
	}
}

func goSample(r sampleRequest) string {
	var b strings.Builder
	b.WriteString("package main\n\nimport (\n\t\"fmt\"\n\t\"io\"\n\t\"net/http\"\n")
	if r.body != "" {
		b.WriteString("\t\"strings\"\n")
	}
	b.WriteString(")\n\nfunc main() {\n")
	body := "nil"
	if r.body != "" {
		b.WriteString("\tbody := strings.NewReader(" + goString(r.body) + ")\n")
		body = "body"
	}
	b.WriteString("\treq, err := http.NewRequest(" + strconv.Quote(r.method) + ", " + strconv.Quote(r.url) + ", " + body + ")\n\tif err != nil {\n\t\tpanic(err)\n\t}\n")
	for _, h := range r.headers {
		b.WriteString("\treq.Header.Set(" + strconv.Quote(h[0]) + ", " + strconv.Quote(h[1]) + ")\n")
	}
	if r.typ != "" {
		b.WriteString("\treq.Header.Set(\"Content-Type\", " + strconv.Quote(r.typ) + ")\n")
	}
	b.WriteString("\tresp, err := http.DefaultClient.Do(req)\n\tif err != nil {\n\t\tpanic(err)\n\t}\n\tdefer resp.Body.Close()\n\tdata, _ := io.ReadAll(resp.Body)\n\tfmt.Println(resp.Status, string(data))\n}")
	return b.String()
}

func goString(s string) string {
	if !strings.Contains(s, "`") {
		return "`" + s + "`"
	}
	return strconv.Quote(s)
}

func indentAfterFirst(s, pad string) string { return strings.ReplaceAll(s, "\n", "\n"+pad) }

package docs

import (
	"encoding/json"
	"sort"
	"strings"

	"github.com/sequere/sequere/internal/datagen"
	"github.com/sequere/sequere/internal/spec"
)

func (w *writer) operation(op *operation) {
	w.s(`<section class="op" id="` + op.id + `" aria-labelledby="` + op.id + `-h">`)
	w.s(`<h3 id="` + op.id + `-h"><span class="m m-` + esc(op.method) + `">` + strings.ToUpper(esc(op.method)) + `</span> <code class="path">` + esc(op.path) + `</code> <span class="sum">` + esc(op.title()) + `</span>`)
	if op.n.boolean("deprecated") {
		w.s(` <span class="badge dep">deprecated</span>`)
	}
	if s := op.n.str("x-sunset"); s != "" {
		w.s(` <span class="badge sunset" title="removed after this date">sunset ` + esc(s) + `</span>`)
	} else if sendsSunset(op) {
		w.s(` <span class="badge sunset" title="responses carry a Sunset header (RFC 8594) with the date it goes away">sunset announced</span>`)
	}
	w.s(` <a class="anchor" href="#` + op.id + `" aria-label="Link to ` + esc(op.title()) + `">#</a></h3>`)
	if op.opID != "" {
		w.s(`<p class="opid">operationId <code>` + esc(op.opID) + `</code></p>`)
	}
	w.md(op.n.str("description"))
	if ed := op.n.get("externalDocs"); ed.ok() && safeURL(ed.str("url")) {
		w.s(`<p><a href="` + esc(ed.str("url")) + `" rel="noreferrer">` + esc(orDefault(ed.str("description"), "More documentation")) + `</a></p>`)
	}
	w.security(op.security(w.a.root))
	w.parameters(op.parameters())
	w.requestBody(op.n.get("requestBody"))
	w.responses(op.n.get("responses"))
	w.callbacks(op.n.get("callbacks"))
	if !op.webhook {
		w.samples(op)
		w.tryIt(op)
	}
	w.s(`</section>`)
}

func orDefault(s, d string) string {
	if s == "" {
		return d
	}
	return s
}

func safeURL(u string) bool {
	l := strings.ToLower(strings.TrimSpace(u))
	return strings.HasPrefix(l, "https://") || strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "#")
}

func (w *writer) security(req node) {
	list := req.items()
	if !req.ok() {
		return
	}
	w.s(`<p class="sec"><span class="label">Authorization</span> `)
	if len(list) == 0 {
		w.s(`none`)
	}
	for i, alt := range list {
		if i > 0 {
			w.s(` <em>or</em> `)
		}
		pairs := alt.pairs()
		if len(pairs) == 0 {
			w.s(`none`)
		}
		for j, p := range pairs {
			if j > 0 {
				w.s(` and `)
			}
			w.s(`<a href="` + w.authHref(p.key) + `">` + esc(p.key) + `</a>`)
			if scopes := p.v.items(); len(scopes) > 0 {
				var s []string
				for _, sc := range scopes {
					s = append(s, "<code>"+esc(sc.scalar())+"</code>")
				}
				w.s(` (` + strings.Join(s, ", ") + `)`)
			}
		}
	}
	w.s(`</p>`)
}

var paramOrder = map[string]int{"path": 0, "query": 1, "header": 2, "cookie": 3}

func (w *writer) parameters(params []node) {
	if len(params) == 0 {
		return
	}
	sorted := append([]node(nil), params...)
	sort.SliceStable(sorted, func(i, j int) bool {
		return paramOrder[sorted[i].str("in")] < paramOrder[sorted[j].str("in")]
	})
	w.s(`<h4>Parameters</h4><table class="params"><thead><tr><th scope="col">Name</th><th scope="col">In</th><th scope="col">Type</th><th scope="col">Description</th></tr></thead><tbody>`)
	for _, p := range sorted {
		in := p.str("in")
		w.s(`<tr><td><code class="pn">` + esc(p.str("name")) + `</code>`)
		if p.boolean("required") || in == "path" {
			w.s(` <span class="badge req">required</span>`)
		}
		if p.boolean("deprecated") {
			w.s(` <span class="badge dep">deprecated</span>`)
		}
		w.s(`</td><td>` + esc(in) + `</td><td>`)
		s := p.raw("schema")
		if !s.ok() {
			// A parameter with content holds its schema under one media type.
			for _, m := range p.get("content").pairs() {
				s = m.v.deref().raw("schema")
				w.s(`<code>` + esc(m.key) + `</code> `)
				break
			}
		}
		if s.ok() {
			w.typeSummary(s, 0)
		}
		w.s(`<br><span class="style">` + esc(styleOf(p)) + `</span></td><td>`)
		w.md(p.str("description"))
		if s.ok() && refOf(s) == "" {
			w.constraints(s.deref())
		}
		if ex := p.raw("example"); ex.ok() {
			w.s(`<p class="cons">example <code>` + esc(compactJSON(ex.value())) + `</code></p>`)
		}
		if s.ok() && complexSchema(s) {
			w.s(`<details class="nest"><summary>schema</summary>`)
			w.schema(s, 1, nil)
			w.s(`</details>`)
		}
		w.s(`</td></tr>`)
	}
	w.s(`</tbody></table>`)
}

// styleOf spells out how a parameter is serialised, with the defaults of
// its location made explicit.
func styleOf(p node) string {
	in := p.str("in")
	style := p.str("style")
	if style == "" {
		style = map[string]string{"query": "form", "cookie": "form", "path": "simple", "header": "simple"}[in]
	}
	explode := style == "form"
	if e := p.str("explode"); e != "" {
		explode = e == "true"
	}
	s := "style " + style
	if explode {
		s += ", explode"
	} else {
		s += ", no explode"
	}
	if p.boolean("allowReserved") {
		s += ", reserved characters allowed"
	}
	return s
}

func (w *writer) requestBody(rb node) {
	if !rb.ok() {
		return
	}
	w.s(`<h4>Request body`)
	if rb.boolean("required") {
		w.s(` <span class="badge req">required</span>`)
	}
	w.s(`</h4>`)
	w.md(rb.str("description"))
	w.content(rb.get("content"), datagen.Request)
}

func (w *writer) content(c node, dir datagen.Direction) {
	media := c.pairs()
	for _, m := range media {
		mt := m.v.deref()
		w.s(`<div class="media"><p class="mt"><code>` + esc(m.key) + `</code></p>`)
		if s := mt.raw("schema"); s.ok() {
			w.schema(s, 0, nil)
		}
		w.examples(mt, dir)
		if enc := mt.get("encoding").pairs(); len(enc) > 0 {
			w.s(`<p class="label">Encoding</p><ul class="enc">`)
			for _, e := range enc {
				w.s(`<li><code>` + esc(e.key) + `</code> ` + esc(e.v.str("contentType")) + `</li>`)
			}
			w.s(`</ul>`)
		}
		w.s(`</div>`)
	}
}

// examples writes the named examples of a media type, or its single
// example, or one generated from the schema (said so).
func (w *writer) examples(mt node, dir datagen.Direction) {
	named := mt.get("examples").pairs()
	if len(named) == 0 {
		text, generated := w.vals.example(mt, dir)
		if text == "" || text == "null" {
			return
		}
		label := "Example"
		if generated {
			label = "Example (generated from the schema)"
		}
		w.s(`<details class="ex"><summary>` + label + `</summary><pre tabindex="0"><code>` + esc(text) + `</code></pre></details>`)
		return
	}
	for _, p := range named {
		ex := p.v.deref()
		label := "Example " + p.key
		if s := ex.str("summary"); s != "" {
			label += ": " + s
		}
		w.s(`<details class="ex"><summary>` + esc(label) + `</summary>`)
		w.md(ex.str("description"))
		if v := ex.raw("value"); v.ok() {
			w.s(`<pre tabindex="0"><code>` + esc(nodeJSON(v.n)) + `</code></pre>`)
		} else if u := ex.str("externalValue"); u != "" {
			w.s(`<p>External value: <code>` + esc(u) + `</code></p>`)
		}
		w.s(`</details>`)
	}
}

func (w *writer) responses(rs node) {
	pairs := rs.pairs()
	if len(pairs) == 0 {
		return
	}
	w.s(`<h4>Responses</h4>`)
	opened := false
	for _, p := range pairs {
		if strings.HasPrefix(p.key, "x-") {
			continue
		}
		r := p.v.deref()
		open := ""
		if !opened && strings.HasPrefix(p.key, "2") {
			open, opened = " open", true
		}
		desc := r.str("description")
		w.s(`<details class="resp"` + open + `><summary><span class="code c` + esc(p.key[:1]) + `">` + esc(p.key) + `</span> ` + esc(firstLine(desc)) + `</summary>`)
		if firstLine(desc) != strings.TrimSpace(desc) {
			w.md(desc)
		}
		if hs := r.get("headers").pairs(); len(hs) > 0 {
			w.s(`<p class="label">Headers</p><ul class="props">`)
			for _, h := range hs {
				hv := h.v.deref()
				w.s(`<li><div class="ph"><code class="pn">` + esc(h.key) + `</code> `)
				if s := hv.raw("schema"); s.ok() {
					w.typeSummary(s, 0)
				}
				if hv.boolean("required") {
					w.s(` <span class="badge req">always sent</span>`)
				}
				w.s(`</div>`)
				if sc := hv.raw("schema"); sc.ok() {
					w.constraints(sc.deref())
				}
				w.md(hv.str("description"))
				w.s(`</li>`)
			}
			w.s(`</ul>`)
		}
		w.content(r.get("content"), datagen.Response)
		w.links(r.get("links"))
		w.s(`</details>`)
	}
}

// sendsSunset says whether a response of op documents the Sunset header: the
// date is the server's to send, so the badge says one is announced.
func sendsSunset(op *operation) bool {
	for _, r := range op.n.get("responses").pairs() {
		for _, h := range r.v.deref().get("headers").pairs() {
			if strings.EqualFold(h.key, "Sunset") {
				return true
			}
		}
	}
	return false
}

func firstLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	if len(s) > 120 {
		s = s[:117] + "…"
	}
	return s
}

func (w *writer) links(ls node) {
	pairs := ls.pairs()
	if len(pairs) == 0 {
		return
	}
	w.s(`<p class="label">Links</p><ul class="links">`)
	for _, p := range pairs {
		l := p.v.deref()
		target := l.str("operationId")
		w.s(`<li><code>` + esc(p.key) + `</code> → `)
		if target != "" {
			if op := w.a.byOpID(target); op != nil {
				w.s(`<a href="` + w.opHref(op) + `">` + esc(target) + `</a>`)
			} else {
				w.s(`<code>` + esc(target) + `</code>`)
			}
		} else {
			w.s(`<code>` + esc(l.str("operationRef")) + `</code>`)
		}
		if params := l.get("parameters").pairs(); len(params) > 0 {
			var s []string
			for _, pp := range params {
				s = append(s, "<code>"+esc(pp.key)+" = "+esc(compactJSON(pp.v.value()))+"</code>")
			}
			w.s(` with ` + strings.Join(s, ", "))
		}
		w.md(l.str("description"))
		w.s(`</li>`)
	}
	w.s(`</ul>`)
}

func (w *writer) callbacks(cbs node) {
	pairs := cbs.pairs()
	if len(pairs) == 0 {
		return
	}
	w.s(`<h4>Callbacks</h4>`)
	for _, cb := range pairs {
		for _, expr := range cb.v.pairs() {
			item := expr.v.deref()
			for _, m := range item.pairs() {
				if !spec.IsMethod(m.key) {
					continue
				}
				op := m.v.deref()
				w.s(`<details class="cb"><summary><code>` + esc(cb.key) + `</code>: <span class="m m-` + esc(m.key) + `">` + strings.ToUpper(esc(m.key)) + `</span> <code class="path">` + esc(expr.key) + `</code></summary>`)
				w.md(op.str("description"))
				w.requestBody(op.get("requestBody"))
				w.responses(op.get("responses"))
				w.s(`</details>`)
			}
		}
	}
}

// tryIt leaves what the script needs to build the request form; without
// script nothing of it shows.
func (w *writer) tryIt(op *operation) {
	type param struct {
		Name     string `json:"n"`
		In       string `json:"in"`
		Required bool   `json:"r,omitempty"`
		Example  string `json:"ex,omitempty"`
	}
	data := struct {
		Method string     `json:"m"`
		Path   string     `json:"p"`
		Params []param    `json:"params,omitempty"`
		Type   string     `json:"type,omitempty"`
		Body   string     `json:"body,omitempty"`
		Auth   []authHint `json:"auth,omitempty"`
	}{Method: strings.ToUpper(op.method), Path: op.path}
	for _, p := range op.parameters() {
		data.Params = append(data.Params, param{Name: p.str("name"), In: p.str("in"),
			Required: p.boolean("required") || p.str("in") == "path", Example: w.paramExample(p)})
	}
	data.Type, data.Body = w.bodyExample(op)
	data.Auth = w.authHints(op)
	b, _ := json.Marshal(data)
	w.s(`<div class="try" data-try="` + esc(string(b)) + `"></div>`)
}

package docs

import (
	"crypto/sha256"
	_ "embed"
	"encoding/base64"
	"strings"
)

//go:embed assets/docs.css
var css string

//go:embed assets/docs.js
var script string

// body wraps the main content with the page's header and navigation.
func (w *writer) body(main func(), nav string) string {
	outer := w.b
	w.b = &strings.Builder{}
	main()
	content := w.b.String()
	w.b = outer
	var b strings.Builder
	title := w.a.root.get("info").str("title")
	b.WriteString(`<a class="skip" href="#main">Skip to content</a><header class="top"><p class="brand"><a href="` + w.home() + `">` + esc(orDefault(title, "API reference")) + `</a> <span class="ver">` + esc(w.a.root.get("info").str("version")) + `</span></p>`)
	b.WriteString(`<div class="search" role="search" hidden><label for="q" class="vh">Search the reference</label><input id="q" type="search" placeholder="Search (press /)" autocomplete="off" role="combobox" aria-expanded="false" aria-controls="results" aria-autocomplete="list"><ul id="results" role="listbox" aria-label="Search results" hidden></ul></div>`)
	b.WriteString(`<button type="button" id="theme" class="theme" aria-label="Switch to dark theme" hidden>Dark</button></header>`)
	b.WriteString(`<div class="layout"><nav class="side" aria-label="Reference">` + nav + `</nav><main id="main" tabindex="-1">` + content + `</main></div>`)
	return b.String()
}

func (w *writer) home() string {
	if w.opts.Split {
		return "index.html"
	}
	return "#overview"
}

// page puts body in a document whose Content-Security-Policy allows only its
// own script and style (by hash), inline images and the try-it servers: a
// description that slipped past the sanitiser still could not run or load
// anything.
func (b *builder) page(w *writer, body string) []byte {
	js := script
	var out strings.Builder
	out.Grow(len(body) + len(css) + len(js) + len(b.index) + 2048)
	title := orDefault(b.a.root.get("info").str("title"), "API reference")
	out.WriteString(`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="color-scheme" content="light dark">`)
	out.WriteString(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src '` + hash(js) + `'; style-src '` + hash(css) + `'; img-src data:; connect-src ` + b.a.connectSources(b.opts) + `; form-action 'none'; base-uri 'none'">`)
	out.WriteString(`<meta name="referrer" content="no-referrer"><meta name="generator" content="sequere docs"><title>` + esc(title) + ` reference</title><style>` + css + `</style></head><body>`)
	out.WriteString(body)
	out.WriteString(`<script type="application/json" id="sequere-config">` + jsonInScript(b.config()) + `</script>`)
	out.WriteString(`<script type="application/json" id="search-index">` + jsonInScript(b.index) + `</script>`)
	out.WriteString(`<script>` + js + `</script></body></html>`)
	return []byte(out.String())
}

func hash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return "sha256-" + base64.StdEncoding.EncodeToString(sum[:])
}

// jsonInScript keeps JSON from closing its <script> element.
func jsonInScript(s string) string {
	return strings.ReplaceAll(s, "</", `<\/`)
}

func (b *builder) config() string {
	var sb strings.Builder
	sb.WriteString(`{"servers":[`)
	for i, s := range b.a.servers(b.opts) {
		if i > 0 {
			sb.WriteByte(',')
		}
		sb.WriteString(`{"url":` + compactJSON(s.url) + `,"description":` + compactJSON(s.description) + `}`)
	}
	sb.WriteString(`],"reload":` + compactJSON(b.opts.LiveReload) + `}`)
	return sb.String()
}

func (b *builder) nav(current string) string {
	var s strings.Builder
	link := func(page, id string) string {
		if b.opts.Split {
			return page + "#" + id
		}
		return "#" + id
	}
	s.WriteString(`<ul>`)
	s.WriteString(`<li><a href="` + link("index.html", "overview") + `">Overview</a></li>`)
	if len(b.a.root.get("components").get("securitySchemes").pairs()) > 0 {
		s.WriteString(`<li><a href="` + link("index.html", "authentication") + `">Authentication</a></li>`)
	}
	for _, t := range b.a.tags {
		page := tagPage(t)
		s.WriteString(`<li><a class="tagl" href="` + link(page, t.id) + `">` + esc(t.name) + `</a>`)
		if !b.opts.Split || current == page {
			s.WriteString(`<ul>`)
			for _, op := range t.ops {
				s.WriteString(`<li><a href="#` + op.id + `"><span class="m m-` + esc(op.method) + `">` + esc(strings.ToUpper(op.method)) + `</span> ` + esc(op.title()) + `</a></li>`)
			}
			s.WriteString(`</ul>`)
		}
		s.WriteString(`</li>`)
	}
	if len(b.a.webhooks) > 0 {
		s.WriteString(`<li><a href="` + link("index.html", "webhooks") + `">Webhooks</a></li>`)
	}
	if len(b.a.schemas) > 0 {
		s.WriteString(`<li><a href="` + link("schemas.html", "schemas") + `">Schemas</a></li>`)
	}
	if b.opts.Changelog != "" {
		s.WriteString(`<li><a href="` + link("index.html", "changelog") + `">Changelog</a></li>`)
	}
	s.WriteString(`</ul>`)
	return s.String()
}

func (w *writer) overview() {
	info := w.a.root.get("info")
	w.s(`<section id="overview" aria-labelledby="overview-h"><h1 id="overview-h">` + esc(orDefault(info.str("title"), "API reference")) + `</h1>`)
	w.s(`<p class="meta">Version <code>` + esc(info.str("version")) + `</code> · OpenAPI ` + esc(w.a.doc.VersionString))
	if c := info.get("contact"); c.ok() {
		if e := c.str("email"); e != "" {
			w.s(` · <a href="mailto:` + esc(e) + `">` + esc(orDefault(c.str("name"), e)) + `</a>`)
		} else if u := c.str("url"); safeURL(u) {
			w.s(` · <a href="` + esc(u) + `" rel="noreferrer">` + esc(orDefault(c.str("name"), u)) + `</a>`)
		}
	}
	if l := info.get("license"); l.ok() {
		w.s(` · licence ` + esc(l.str("name")))
	}
	w.s(`</p>`)
	w.md(info.str("summary"))
	w.md(info.str("description"))
	if servers := w.a.root.get("servers").items(); len(servers) > 0 {
		w.s(`<h2>Servers</h2><ul class="servers">`)
		for _, s := range servers {
			w.s(`<li><code>` + esc(s.str("url")) + `</code>`)
			if d := s.str("description"); d != "" {
				w.s(` ` + esc(d))
			}
			if vars := s.get("variables").pairs(); len(vars) > 0 {
				w.s(`<ul>`)
				for _, v := range vars {
					w.s(`<li><code>{` + esc(v.key) + `}</code> default <code>` + esc(v.v.str("default")) + `</code>`)
					if e := v.v.strings("enum"); len(e) > 0 {
						w.s(`, one of <code>` + esc(strings.Join(e, ", ")) + `</code>`)
					}
					w.s(` ` + esc(v.v.str("description")) + `</li>`)
				}
				w.s(`</ul>`)
			}
			w.s(`</li>`)
		}
		w.s(`</ul>`)
	}
	w.s(`</section>`)
}

func (w *writer) tagSection(t *tag) {
	w.s(`<section class="tag" id="` + t.id + `" aria-labelledby="` + t.id + `-h"><h2 id="` + t.id + `-h">` + esc(t.name) + `</h2>`)
	w.md(t.description)
	for _, op := range t.ops {
		w.operation(op)
	}
	w.s(`</section>`)
}

func (w *writer) webhookSection() {
	if len(w.a.webhooks) == 0 {
		return
	}
	w.s(`<section id="webhooks" aria-labelledby="webhooks-h"><h2 id="webhooks-h">Webhooks</h2><p>Requests the API sends to you.</p>`)
	for _, op := range w.a.webhooks {
		w.operation(op)
	}
	w.s(`</section>`)
}

// schemaSection writes the schemas list gives; it is asked again after each
// one, since writing a schema can adopt the ones it links to.
func (w *writer) schemaSection(title string, list func() []*namedSchema) {
	if len(list()) == 0 {
		return
	}
	w.s(`<section id="schemas" aria-labelledby="schemas-h"><h2 id="schemas-h">` + esc(title) + `</h2>`)
	for i := 0; i < len(list()); i++ {
		ns := list()[i]
		w.s(`<section class="def" id="` + ns.id + `" aria-labelledby="` + ns.id + `-h"><h3 id="` + ns.id + `-h">` + esc(ns.name) + ` <a class="anchor" href="#` + ns.id + `" aria-label="Link to ` + esc(ns.name) + `">#</a></h3>`)
		w.schema(ns.n, 0, []*namedSchema{ns})
		w.s(`</section>`)
	}
	w.s(`</section>`)
}

func (w *writer) changelog() {
	if w.opts.Changelog == "" {
		return
	}
	w.s(`<section id="changelog" aria-labelledby="changelog-h"><h2 id="changelog-h">Changelog</h2>`)
	w.md(w.opts.Changelog)
	w.s(`</section>`)
}

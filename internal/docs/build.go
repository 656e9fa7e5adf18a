package docs

import (
	yaml "github.com/pb33f/go-yaml"

	"strings"

	"github.com/sequere/sequere/internal/spec"
)

type builder struct {
	a      *api
	opts   *Options
	mdr    *markdown
	vals   *values
	sdk    *sdk
	pageOf map[*operation]string // split mode: file of each operation
	// index is the search index JSON, shared by every page. It is made once
	// every page's body is written: writing adopts the schemas a multi-file
	// description keeps outside components (829 of DigitalOcean's), and the
	// index must hold them too.
	index string
}

func newBuilder(doc *spec.Document, o *Options) *builder {
	b := &builder{a: collect(doc), opts: o, mdr: newMarkdown(), vals: newValues(doc), pageOf: map[*operation]string{}}
	if o.Split {
		for _, t := range b.a.tags {
			for _, op := range t.ops {
				b.pageOf[op] = tagPage(t)
			}
		}
	}
	b.a.pageOf = b.pageOf
	b.sdk = newSDK(b.a)
	return b
}

func (b *builder) allSchemas() []*namedSchema { return b.a.schemas }

func tagPage(t *tag) string { return strings.TrimPrefix(t.id, "tag-") + ".html" }

func (b *builder) writer(page string) *writer {
	return &writer{page: page, b: &strings.Builder{}, a: b.a, mdr: b.mdr, vals: b.vals, sdk: b.sdk, opts: b.opts, used: map[*namedSchema]bool{}, open: map[*yaml.Node]bool{}}
}

func (b *builder) single() Page {
	w := b.writer("index.html")
	body := w.body(func() {
		w.overview()
		w.authentication()
		for _, t := range b.a.tags {
			w.tagSection(t)
		}
		w.webhookSection()
		w.schemaSection("Schemas", b.allSchemas)
		w.changelog()
	}, b.nav(""))
	b.index = searchIndex(b.a, false)
	return Page{Name: "index.html", HTML: b.page(w, body)}
}

func (b *builder) split() []Page {
	type written struct {
		name string
		w    *writer
		body string
	}
	var bodies []written
	w := b.writer("index.html")
	body := w.body(func() {
		w.overview()
		w.authentication()
		w.s(`<section aria-labelledby="tags-h"><h2 id="tags-h">Sections</h2><ul class="toc">`)
		for _, t := range b.a.tags {
			w.s(`<li><a href="` + tagPage(t) + `">` + esc(t.name) + `</a> (` + itoa(len(t.ops)) + `)</li>`)
		}
		if len(b.a.schemas) > 0 {
			w.s(`<li><a href="schemas.html">Schemas</a> (` + itoa(len(b.a.schemas)) + `)</li>`)
		}
		w.s(`</ul></section>`)
		w.webhookSection()
		w.changelog()
	}, b.nav("index.html"))
	bodies = append(bodies, written{"index.html", w, body})
	for _, t := range b.a.tags {
		w := b.writer(tagPage(t))
		body := w.body(func() {
			w.tagSection(t)
			// A tag page carries the schemas its operations use directly;
			// the schemas those link to are on the schemas page. (Carrying
			// the whole closure made each Stripe page hold nearly every
			// schema: 124 MiB over 64 pages.)
			direct := w.usedSchemas()
			w.onPage = map[*namedSchema]bool{}
			for _, ns := range direct {
				w.onPage[ns] = true
			}
			w.schemaSection("Schemas used here", func() []*namedSchema { return direct })
		}, b.nav(tagPage(t)))
		bodies = append(bodies, written{tagPage(t), w, body})
	}
	if len(b.a.schemas) > 0 {
		w := b.writer("schemas.html")
		body := w.body(func() { w.schemaSection("Schemas", b.allSchemas) }, b.nav("schemas.html"))
		bodies = append(bodies, written{"schemas.html", w, body})
	}
	b.index = searchIndex(b.a, true)
	pages := make([]Page, len(bodies))
	for i, p := range bodies {
		pages[i] = Page{Name: p.name, HTML: b.page(p.w, p.body)}
		bodies[i].body = "" // Stripe's bodies are tens of MiB: let each go once it is a page
	}
	return pages
}

// usedSchemas is every reusable schema the page has linked to so far, in
// document order.
func (w *writer) usedSchemas() []*namedSchema {
	var out []*namedSchema
	for _, ns := range w.a.schemas {
		if w.used[ns] {
			out = append(out, ns)
		}
	}
	return out
}

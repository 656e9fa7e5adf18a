package docs

import (
	yaml "github.com/pb33f/go-yaml"

	"strconv"
	"strings"
)

// writer writes one page's HTML.
type writer struct {
	b    *strings.Builder
	a    *api
	mdr  *markdown
	vals *values
	sdk  *sdk
	opts *Options
	// page is the file being written (split mode).
	page string
	used map[*namedSchema]bool
	// onPage, once set, is the schemas a split tag page carries; links to
	// any other go to the schemas page.
	onPage map[*namedSchema]bool
	open   map[*yaml.Node]bool
	seq    int
}

func (w *writer) s(str string) { w.b.WriteString(str) }

func (w *writer) md(text string) {
	if h := w.mdr.render(text); h != "" {
		w.s(`<div class="md">` + h + `</div>`)
	}
}

func (w *writer) use(ns *namedSchema) { w.used[ns] = true }

// schemaHref: split tag pages carry the schemas their operations use; the
// index, and schemas only reached from those, link to the schemas page.
func (w *writer) schemaHref(ns *namedSchema) string {
	if w.opts.Split && (w.page == "index.html" || (w.onPage != nil && !w.onPage[ns])) {
		return "schemas.html#" + ns.id
	}
	return "#" + ns.id
}

// authHref: the authentication section is on the index page.
func (w *writer) authHref(scheme string) string {
	if w.opts.Split && w.page != "index.html" {
		return "index.html#auth-" + slug(scheme)
	}
	return "#auth-" + slug(scheme)
}

func (w *writer) next() string {
	w.seq++
	return "u" + strconv.Itoa(w.seq)
}

// tabs writes a tab list; without script every panel shows, each under its
// own label.
func (w *writer) tabs(label string, n int, name func(int) string, body func(int)) {
	base := w.next()
	w.s(`<div class="tabs"><p class="label">` + esc(label) + `</p><div role="tablist" aria-label="` + esc(label) + `" hidden>`)
	for i := 0; i < n; i++ {
		id := base + "-" + strconv.Itoa(i)
		sel := "false"
		if i == 0 {
			sel = "true"
		}
		w.s(`<button type="button" role="tab" id="` + id + `-t" aria-controls="` + id + `" aria-selected="` + sel + `">` + esc(name(i)) + `</button>`)
	}
	w.s(`</div>`)
	for i := 0; i < n; i++ {
		id := base + "-" + strconv.Itoa(i)
		w.s(`<div role="tabpanel" id="` + id + `" aria-labelledby="` + id + `-t"><p class="tabname">` + esc(name(i)) + `</p>`)
		body(i)
		w.s(`</div>`)
	}
	w.s(`</div>`)
}

func (w *writer) opHref(op *operation) string { return w.a.href(op) }

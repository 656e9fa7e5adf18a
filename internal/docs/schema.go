package docs

import (
	"strconv"
	"strings"
)

// A reusable schema (a component, or a structured schema in a file of its
// own) is written in full once per page, in its own section; wherever a $ref
// reaches it there is a link plus a collapsed <details> that the script fills
// from that section, so a page grows with the number of schemas, not with
// the number of places they are used, and a recursive one is shown once and
// then named as recursive.

func (w *writer) schema(s node, depth int, stack []*namedSchema) {
	if ns := w.named(s); ns != nil {
		for _, on := range stack {
			if on == ns {
				w.s(`<p class="type">`)
				w.schemaLink(ns)
				w.s(` <span class="badge">recursive</span></p>`)
				return
			}
		}
		// Written in full once, in its own section; everywhere else a
		// collapsed copy that script fills on opening. At the top of a body
		// or response the copy opens by itself as it scrolls into view.
		w.lazy(ns, depth == 0 && len(stack) == 0)
		return
	}
	t := s.deref()
	if !t.ok() {
		return
	}
	if !w.enter(t, depth) {
		return
	}
	defer w.leave(t)
	w.s(`<div class="schema">`)
	w.s(`<p class="type">`)
	w.typeSummary(s, 0)
	w.flags(t)
	w.s(`</p>`)
	w.md(t.str("description"))
	w.constraints(t)
	w.composition(t, depth, stack)
	w.properties(t, depth, stack)
	if it := t.raw("items"); it.ok() && complexSchema(it) {
		w.s(`<div class="items"><p class="label">Items</p>`)
		w.schema(it, depth+1, stack)
		w.s(`</div>`)
	}
	if ap := t.raw("additionalProperties"); ap.ok() && ap.deref().n.Kind != scalarKind {
		w.s(`<div class="items"><p class="label">Additional properties</p>`)
		w.schema(ap, depth+1, stack)
		w.s(`</div>`)
	}
	w.s(`</div>`)
}

func (w *writer) named(s node) *namedSchema {
	if s.n == nil || refOf(s) == "" {
		return nil
	}
	t := s.deref()
	if ns := w.a.schemaOf[t.n]; ns != nil {
		return ns
	}
	if t.n == nil || t.n == s.n || !structured(t) {
		return nil
	}
	return w.a.adopt(refOf(s), t)
}

func (w *writer) schemaLink(ns *namedSchema) {
	w.use(ns)
	w.s(`<a href="` + w.schemaHref(ns) + `">` + esc(ns.name) + `</a>`)
}

// lazy is a link to a reusable schema and a collapsed copy of it; auto
// asks script to open it when it comes into view.
func (w *writer) lazy(ns *namedSchema, auto bool) {
	w.use(ns)
	attr := ""
	if auto {
		attr = ` data-auto`
	}
	w.s(`<details class="lazy" data-schema="` + ns.id + `"` + attr + `><summary>` + esc(ns.name) + ` schema</summary><p><a href="` + w.schemaHref(ns) + `">Go to ` + esc(ns.name) + `</a></p></details>`)
}

// typeSummary writes a one-line type: "string (date-time)", "array of Pet",
// "one of Cat, Dog", "integer or null".
func (w *writer) typeSummary(s node, depth int) {
	if depth > 4 {
		w.s("…")
		return
	}
	if ns := w.named(s); ns != nil {
		w.schemaLink(ns)
		return
	}
	t := s.deref()
	types := schemaTypes(t)
	for _, k := range []string{"oneOf", "anyOf", "allOf"} {
		if opts := t.get(k).items(); len(opts) > 0 && len(types) == 0 {
			w.s(map[string]string{"oneOf": "one of ", "anyOf": "any of ", "allOf": "all of "}[k])
			for i, o := range opts {
				if i > 0 {
					w.s(", ")
				}
				w.typeSummary(o, depth+1)
			}
			return
		}
	}
	if len(types) == 0 {
		if t.has("properties") {
			types = []string{"object"}
		} else {
			w.s(`<span class="t">any</span>`)
			return
		}
	}
	for i, ty := range types {
		if i > 0 {
			w.s(" or ")
		}
		if ty == "array" {
			w.s(`<span class="t">array</span> of `)
			if it := t.raw("items"); it.ok() {
				w.typeSummary(it, depth+1)
			} else {
				w.s(`<span class="t">any</span>`)
			}
			continue
		}
		w.s(`<span class="t">` + esc(ty) + `</span>`)
		if f := t.str("format"); f != "" && ty != "null" {
			w.s(` <span class="fmt">(` + esc(formatName(f)) + `)</span>`)
		}
	}
}

func schemaTypes(t node) []string {
	ty := t.get("type")
	var out []string
	if ty.ok() && ty.n.Kind == scalarKind {
		out = []string{ty.n.Value}
	} else {
		for _, it := range ty.items() {
			out = append(out, it.scalar())
		}
	}
	if t.boolean("nullable") && len(out) > 0 {
		out = append(out, "null")
	}
	return out
}

func (w *writer) flags(t node) {
	if t.boolean("readOnly") {
		w.s(` <span class="badge ro" title="sent by the server only">read-only</span>`)
	}
	if t.boolean("writeOnly") {
		w.s(` <span class="badge wo" title="sent by the client only, never returned">write-only</span>`)
	}
	if t.boolean("deprecated") {
		w.s(` <span class="badge dep">deprecated</span>`)
	}
}

// complexSchema says whether a schema needs more than its one-line summary.
func complexSchema(s node) bool {
	if refOf(s) != "" {
		return true
	}
	t := s.deref()
	for _, k := range []string{"properties", "oneOf", "anyOf", "allOf", "additionalProperties", "not"} {
		if t.has(k) {
			return true
		}
	}
	if it := t.raw("items"); it.ok() {
		return complexSchema(it)
	}
	return false
}

func (w *writer) composition(t node, depth int, stack []*namedSchema) {
	for _, k := range []string{"oneOf", "anyOf"} {
		opts := t.get(k).items()
		if len(opts) == 0 {
			continue
		}
		label := map[string]string{"oneOf": "Exactly one of", "anyOf": "Any of"}[k]
		w.tabs(label, len(opts), func(i int) string { return w.optionName(opts[i], i) }, func(i int) {
			w.schema(opts[i], depth, stack)
		})
		if d := t.get("discriminator"); d.ok() {
			w.s(`<p class="note">The <code>` + esc(d.str("propertyName")) + `</code> property says which one.</p>`)
		}
	}
	if all := t.get("allOf").items(); len(all) > 0 {
		w.s(`<div class="allof"><p class="label">All of</p>`)
		for _, part := range all {
			w.schema(part, depth, stack)
		}
		w.s(`</div>`)
	}
	if not := t.raw("not"); not.ok() {
		w.s(`<div class="allof"><p class="label">Must not match</p>`)
		w.schema(not, depth+1, stack)
		w.s(`</div>`)
	}
}

func (w *writer) optionName(o node, i int) string {
	if ns := w.named(o); ns != nil {
		return ns.name
	}
	t := o.deref()
	if s := t.str("title"); s != "" {
		return s
	}
	if ty := schemaTypes(t); len(ty) > 0 {
		return strings.Join(ty, " or ")
	}
	return "Option " + strconv.Itoa(i+1)
}

func (w *writer) properties(t node, depth int, stack []*namedSchema) {
	props := t.get("properties").pairs()
	if len(props) == 0 {
		return
	}
	required := map[string]bool{}
	for _, r := range t.strings("required") {
		required[r] = true
	}
	w.s(`<ul class="props">`)
	for _, p := range props {
		ps := p.v.deref()
		w.s(`<li><div class="ph"><code class="pn">` + esc(p.key) + `</code> `)
		w.typeSummary(p.v, 0)
		if required[p.key] {
			w.s(` <span class="badge req">required</span>`)
		}
		w.flags(ps)
		w.s(`</div>`)
		if refOf(p.v) == "" {
			w.md(ps.str("description"))
			w.constraints(ps)
		}
		if complexSchema(p.v) {
			if ns := w.named(p.v); ns != nil {
				w.schema(p.v, depth+1, stack)
			} else if w.enter(ps, depth+1) {
				w.s(`<details class="nest"><summary>` + esc(p.key) + ` fields</summary>`)
				w.nested(ps, depth+1, stack)
				w.s(`</details>`)
				w.leave(ps)
			}
		}
		w.s(`</li>`)
	}
	w.s(`</ul>`)
}

// nested writes an inline sub-schema's structure without repeating the
// summary line and description its property already showed.
func (w *writer) nested(t node, depth int, stack []*namedSchema) {
	w.composition(t, depth, stack)
	w.properties(t, depth, stack)
	if it := t.raw("items"); it.ok() && complexSchema(it) {
		if w.named(it) != nil {
			w.schema(it, depth, stack)
		} else if t := it.deref(); w.enter(t, depth+1) {
			w.nested(t, depth+1, stack)
			w.leave(t)
		}
	}
	if ap := t.raw("additionalProperties"); ap.ok() && ap.deref().n.Kind != scalarKind {
		w.s(`<div class="items"><p class="label">Additional properties</p>`)
		w.schema(ap, depth, stack)
		w.s(`</div>`)
	}
}

// maxDepth bounds inline nesting: past it a schema is named, not expanded.
const maxDepth = 10

// enter marks a schema as being written; a schema already open above (a
// cycle through $refs that are not reusable components, such as schemas in
// other files) is named as recursive instead, once.
func (w *writer) enter(t node, depth int) bool {
	if w.open[t.n] {
		w.s(`<p class="type"><span class="badge">recursive</span> the schema it is part of</p>`)
		return false
	}
	if depth > maxDepth {
		w.s(`<p class="note">Nested deeper than ` + itoa(maxDepth) + ` levels; not expanded.</p>`)
		return false
	}
	w.open[t.n] = true
	return true
}

func (w *writer) leave(t node) { delete(w.open, t.n) }

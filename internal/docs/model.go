package docs

import (
	"strings"

	yaml "github.com/pb33f/go-yaml"

	"github.com/sequere/sequere/internal/spec"
)

// api is what the pages are written from: the description's operations
// grouped by tag, in document order, with stable ids.
type api struct {
	doc      *spec.Document
	root     node
	tags     []*tag
	webhooks []*operation
	schemas  []*namedSchema
	// schemaOf names the reusable schema a $ref lands on.
	schemaOf map[*yaml.Node]*namedSchema
	// pageOf is the file of each operation when pages are split.
	pageOf map[*operation]string
	opByID map[string]*operation
}

func (a *api) byOpID(id string) *operation {
	if a.opByID == nil {
		a.opByID = map[string]*operation{}
		for _, t := range a.tags {
			for _, op := range t.ops {
				if op.opID != "" {
					a.opByID[op.opID] = op
				}
			}
		}
	}
	return a.opByID[id]
}

// href links to an operation from any page.
func (a *api) href(op *operation) string { return a.pageOf[op] + "#" + op.id }

type tag struct {
	name, id    string
	description string
	ops         []*operation
}

type operation struct {
	id           string // page anchor
	method, path string
	opID         string
	n, item      node
	tag          *tag
	webhook      bool
}

type namedSchema struct {
	name, id string
	n        node
}

const untagged = "Other operations"

func collect(doc *spec.Document) *api {
	a := &api{doc: doc, root: node{doc, doc.Root, doc.Name}, schemaOf: map[*yaml.Node]*namedSchema{}}
	used := ids{}
	byName := map[string]*tag{}
	addTag := func(name, desc string) *tag {
		if t := byName[name]; t != nil {
			if t.description == "" {
				t.description = desc
			}
			return t
		}
		t := &tag{name: name, id: used.unique("tag-" + slug(name)), description: desc}
		byName[name] = t
		a.tags = append(a.tags, t)
		return t
	}
	for _, t := range a.root.get("tags").items() {
		if name := t.str("name"); name != "" {
			addTag(name, t.str("description"))
		}
	}
	for _, o := range doc.Operations() {
		op := &operation{method: o.Method, path: o.Path, opID: o.ID(),
			n: node{doc, o.Node, o.File}, item: node{doc, o.PathItem, o.File}}
		name := untagged
		if ts := op.n.strings("tags"); len(ts) > 0 {
			name = ts[0]
		}
		op.tag = addTag(name, "")
		op.id = used.unique(opAnchor(op))
		op.tag.ops = append(op.tag.ops, op)
	}
	// Declared tags without operations are not sections.
	kept := a.tags[:0]
	for _, t := range a.tags {
		if len(t.ops) > 0 {
			kept = append(kept, t)
		}
	}
	a.tags = kept
	for _, p := range a.root.get("webhooks").pairs() {
		item := p.v.deref()
		for _, mp := range item.pairs() {
			if !spec.IsMethod(mp.key) {
				continue
			}
			op := &operation{method: mp.key, path: p.key, n: mp.v.deref(), item: item, webhook: true}
			op.opID = op.n.str("operationId")
			op.id = used.unique("webhook-" + slug(p.key) + "-" + mp.key)
			a.webhooks = append(a.webhooks, op)
		}
	}
	for _, s := range doc.Schemas() {
		ns := &namedSchema{name: s.Name, id: used.unique("schema-" + slug(s.Name)), n: node{doc, s.Node, s.File}}
		a.schemas = append(a.schemas, ns)
		if s.Node != nil {
			a.schemaOf[s.Node] = ns
		}
	}
	return a
}

func opAnchor(op *operation) string {
	if op.opID != "" {
		return "op-" + slug(op.opID)
	}
	return "op-" + op.method + "-" + slug(strings.Trim(op.path, "/"))
}

// title is the operation's one-line name: its summary, else its id, else
// METHOD path.
func (op *operation) title() string {
	if s := op.n.str("summary"); s != "" {
		return s
	}
	if op.opID != "" {
		return op.opID
	}
	return strings.ToUpper(op.method) + " " + op.path
}

// parameters merges path-item and operation parameters (the operation's win,
// by name and location), in that order.
func (op *operation) parameters() []node {
	var out []node
	seen := map[string]int{}
	for _, list := range []node{op.item.get("parameters"), op.n.get("parameters")} {
		for _, p := range list.items() {
			p = p.deref()
			key := p.str("in") + "\x00" + p.str("name")
			if i, ok := seen[key]; ok {
				out[i] = p
				continue
			}
			seen[key] = len(out)
			out = append(out, p)
		}
	}
	return out
}

// security is the operation's requirement list, or the document's.
func (op *operation) security(root node) node {
	if s := op.n.raw("security"); s.ok() {
		return s
	}
	return root.raw("security")
}

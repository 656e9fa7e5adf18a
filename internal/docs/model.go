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
	// ids are the page anchors handed out so far, so that schemas adopted
	// while writing get unique ones too.
	ids ids
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
	a := &api{doc: doc, root: node{doc, doc.Root, doc.Name}, schemaOf: map[*yaml.Node]*namedSchema{}, ids: ids{}}
	used := a.ids
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
	operations := doc.Operations()
	// A description that tags nothing (Stripe's) is grouped by resource
	// instead, so that it has sections to navigate and split pages to open.
	tagged := false
	for _, o := range operations {
		if len((node{doc, o.Node, o.File}).strings("tags")) > 0 {
			tagged = true
			break
		}
	}
	for _, o := range operations {
		op := &operation{method: o.Method, path: o.Path, opID: o.ID(),
			n: node{doc, o.Node, o.File}, item: node{doc, o.PathItem, o.File}}
		name := untagged
		if ts := op.n.strings("tags"); len(ts) > 0 {
			name = ts[0]
		} else if !tagged {
			name = resource(op.path)
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

// adopt names a structured schema that a $ref reaches outside
// components/schemas (a multi-file description such as DigitalOcean's keeps
// its models in files of their own), so it is written once, in the schemas
// section, and linked to everywhere else instead of being repeated inline.
// Its name is the ref's last pointer segment, else its file name.
func (a *api) adopt(ref string, t node) *namedSchema {
	name := ref
	if i := strings.IndexByte(ref, '#'); i >= 0 && strings.Trim(ref[i+1:], "/") != "" {
		frag := strings.Trim(ref[i+1:], "/")
		name = frag[strings.LastIndexByte(frag, '/')+1:]
	} else {
		if i >= 0 {
			name = ref[:i]
		}
		name = name[strings.LastIndexByte(name, '/')+1:]
		if dot := strings.LastIndexByte(name, '.'); dot > 0 {
			name = name[:dot]
		}
	}
	if t.str("title") != "" {
		name = t.str("title")
	}
	ns := &namedSchema{name: name, id: a.ids.unique("schema-" + slug(name)), n: t}
	a.schemas = append(a.schemas, ns)
	a.schemaOf[t.n] = ns
	return ns
}

// structured says whether a schema has a body worth writing once and linking
// to (fields, alternatives, items of its own); a scalar stays inline.
func structured(t node) bool {
	for _, k := range []string{"properties", "oneOf", "anyOf", "allOf"} {
		if t.has(k) {
			return true
		}
	}
	if it := t.raw("items"); it.ok() {
		return structured(it.deref())
	}
	return false
}

// resource is a path's first segment that names something: not a version
// ("v1", "v2.1"), not "api", not a parameter; untagged when there is none.
func resource(path string) string {
	for _, seg := range strings.Split(path, "/") {
		l := strings.ToLower(seg)
		if seg == "" || l == "api" || strings.Contains(seg, "{") || versionSegment(l) {
			continue
		}
		return seg
	}
	return untagged
}

func versionSegment(s string) bool {
	if len(s) < 2 || s[0] != 'v' {
		return false
	}
	for _, r := range s[1:] {
		if (r < '0' || r > '9') && r != '.' {
			return false
		}
	}
	return true
}

package diff

import (
	"sort"
	"strings"

	yaml "github.com/pb33f/go-yaml"

	"github.com/sequere/sequere/internal/spec"
)

// view is a schema as a validator sees it: $refs followed and allOf members
// merged into one set of constraints, each keyword remembering where it was
// written so a finding points at the right line.
type view struct {
	n        nref
	path     []string
	types    strSet
	typed    bool
	kw       keywords
	props    []*prop
	byName   map[string]*prop
	required map[string]bool
	oneOf    []*alt
	anyOf    []*alt
	closed   bool // additionalProperties: false
}

type prop struct {
	name string
	raw  nref
	path []string
}

type alt struct {
	raw   nref
	n     nref
	path  []string
	label string // ref name, title or index, for messages
	ref   string
	title string
}

// keywords whose first occurrence (allOf members in order) wins.
var scalarKeywords = []string{
	"format", "pattern", "multipleOf", "const", "default", "uniqueItems", "readOnly", "writeOnly",
	"deprecated", "enum", "items", "additionalProperties", "discriminator", "nullable", "x-nullable",
	"maxLength", "minLength", "maxItems", "minItems", "maxProperties", "minProperties",
	"maximum", "minimum", "exclusiveMaximum", "exclusiveMinimum",
	// 2020-12 applicators and annotations (OpenAPI 3.1), and x-extensible-enum.
	"not", "prefixItems", "contains", "minContains", "maxContains", "if", "then", "else",
	"dependentRequired", "dependentSchemas", "unevaluatedProperties", "unevaluatedItems",
	"propertyNames", "patternProperties", "contentEncoding", "contentMediaType", "contentSchema",
	"x-extensible-enum",
}

func buildView(d *spec.Document, n nref, p []string) *view {
	v := &view{n: n, path: p}
	v.merge(d, n, p, nil, 0)
	return v
}

// keywords holds the few keywords a schema writes; a slice beats a map here
// because views are built by the hundred thousand and hold a handful each.
type keywords []kwEntry

type kwEntry struct {
	k string
	n nref
	p []string
}

func (ks keywords) get(k string) nref {
	for i := range ks {
		if ks[i].k == k {
			return ks[i].n
		}
	}
	return nref{}
}

func (ks keywords) path(k string) ([]string, bool) {
	for i := range ks {
		if ks[i].k == k {
			return ks[i].p, true
		}
	}
	return nil, false
}

func (ks keywords) pathOf(k string) []string { p, _ := ks.path(k); return p }

func (v *view) merge(d *spec.Document, n nref, p []string, visiting []*yaml.Node, depth int) {
	n, p = follow(d, n, p)
	if n.n == nil || n.n.Kind != yaml.MappingNode || depth > 32 {
		return
	}
	for _, x := range visiting {
		if x == n.n {
			return
		}
	}
	if !v.typed {
		if t := n.get("type"); t.n != nil {
			v.typed, v.types = true, scalarSet(t.n)
			v.kw = append(v.kw, kwEntry{"type", t, join(p, "type")})
		}
	}
	for i := 0; i+1 < len(n.n.Content); i += 2 {
		k := n.n.Content[i].Value
		if !isScalarKeyword[k] {
			continue
		}
		if _, have := v.kw.path(k); have {
			continue
		}
		v.kw = append(v.kw, kwEntry{k, nref{n.n.Content[i+1], n.file}, join(p, k)})
	}
	if ap := n.get("additionalProperties"); ap.n != nil && ap.n.Value == "false" {
		v.closed = true
	}
	props := n.get("properties")
	mapEntries(props.n, func(k string, _, val *node) {
		if v.byName == nil {
			v.byName = map[string]*prop{}
		}
		if v.byName[k] == nil {
			pr := &prop{name: k, raw: nref{val, props.file}, path: join(p, "properties", k)}
			v.byName[k] = pr
			v.props = append(v.props, pr)
		}
	})
	if req := n.get("required"); req.n != nil && req.n.Kind == yaml.SequenceNode {
		if v.required == nil {
			v.required = map[string]bool{}
		}
		for _, r := range req.n.Content {
			v.required[r.Value] = true
		}
	}
	if v.oneOf == nil {
		v.oneOf = alts(d, n.get("oneOf"), join(p, "oneOf"))
	}
	if v.anyOf == nil {
		v.anyOf = alts(d, n.get("anyOf"), join(p, "anyOf"))
	}
	if all := n.get("allOf"); all.n != nil && all.n.Kind == yaml.SequenceNode {
		for i, m := range all.n.Content {
			v.merge(d, nref{m, all.file}, join(p, "allOf", itoa(i)), append(visiting, n.n), depth+1)
		}
	}
}

var isScalarKeyword = func() map[string]bool {
	m := map[string]bool{}
	for _, k := range scalarKeywords {
		m[k] = true
	}
	return m
}()

func alts(d *spec.Document, list nref, p []string) []*alt {
	if list.n == nil || list.n.Kind != yaml.SequenceNode {
		return nil
	}
	out := make([]*alt, 0, len(list.n.Content))
	for i, raw := range list.n.Content {
		r := nref{raw, list.file}
		n, np := follow(d, r, join(p, itoa(i)))
		a := &alt{raw: r, n: n, path: np, ref: refName(spec.RefOf(raw)), title: n.str("title")}
		switch {
		case a.ref != "":
			a.label = a.ref
		case a.title != "":
			a.label = a.title
		default:
			a.label = "#" + itoa(i)
		}
		out = append(out, a)
	}
	return out
}

func refName(ref string) string {
	if ref == "" {
		return ""
	}
	return ref[strings.LastIndex(ref, "/")+1:]
}

// typeSet is the declared types with null folded in from nullable (3.0) and
// x-nullable (2.0).
func (v *view) typeSet() (map[string]bool, bool) {
	s := map[string]bool{}
	for _, t := range v.types.order {
		s[t] = true
	}
	if v.kw.get("nullable").n != nil && v.kw.get("nullable").n.Value == "true" || v.kw.get("x-nullable").n != nil && v.kw.get("x-nullable").n.Value == "true" {
		s["null"] = true
	}
	return s, v.typed
}

func (v *view) str(k string) string {
	if n := v.kw.get(k).n; n != nil && n.Kind == yaml.ScalarNode {
		return n.Value
	}
	return ""
}

func (v *view) flag(k string) bool { return v.str(k) == "true" }

// signature is a structural fingerprint for matching oneOf alternatives.
func (v *view) signature() string {
	ts := append([]string(nil), v.types.order...)
	sort.Strings(ts)
	names := make([]string, 0, len(v.props))
	for _, p := range v.props {
		names = append(names, p.name)
	}
	sort.Strings(names)
	return strings.Join(ts, ",") + "|" + strings.Join(names, ",")
}

// canonical renders a node as compact, order-preserving text for equality.
func canonical(n *yaml.Node) string {
	if n == nil {
		return ""
	}
	var b strings.Builder
	writeCanonical(&b, n, 0)
	return b.String()
}

func writeCanonical(b *strings.Builder, n *yaml.Node, depth int) {
	if depth > 64 {
		return
	}
	switch n.Kind {
	case yaml.ScalarNode:
		b.WriteString(n.Value)
	case yaml.SequenceNode:
		b.WriteByte('[')
		for i, c := range n.Content {
			if i > 0 {
				b.WriteByte(',')
			}
			writeCanonical(b, c, depth+1)
		}
		b.WriteByte(']')
	case yaml.MappingNode:
		b.WriteByte('{')
		for i := 0; i+1 < len(n.Content); i += 2 {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteString(n.Content[i].Value)
			b.WriteByte(':')
			writeCanonical(b, n.Content[i+1], depth+1)
		}
		b.WriteByte('}')
	case yaml.AliasNode:
		if n.Alias != nil {
			writeCanonical(b, n.Alias, depth+1)
		}
	}
}

func itoa(i int) string {
	if i < 10 {
		return string(rune('0' + i))
	}
	return itoa(i/10) + string(rune('0'+i%10))
}

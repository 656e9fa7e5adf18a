package mock

import (
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"

	yaml "github.com/pb33f/go-yaml"

	"github.com/sequere/sequere/internal/datagen"
	"github.com/sequere/sequere/internal/spec"
)

// tree is the whole description as plain JSON values, one resource per file,
// with every $ref rewritten to an absolute URL so that the JSON Schema compiler,
// the generator and the router all resolve references the same way.
type tree struct {
	urls  []string       // resource URL by file index; entry first
	names []string       // file name by index, for messages
	roots map[string]any // resource URL -> root value
	// nodes are the parsed files by resource URL, which keep the document
	// order that maps lose; nil for Swagger 2.0 (converted).
	nodes map[string]*yaml.Node
	// checker judges the examples the generator and the responses use,
	// with the compiler settings requests are validated with.
	checker *datagen.Checker
}

// keysInOrder lists the keys of the mapping at loc in document order, or
// nil when the order is not known.
func (t *tree) keysInOrder(loc string) []string {
	u, ptr, _ := strings.Cut(loc, "#")
	n := t.nodes[u]
	for _, seg := range spec.PointerSegments(ptr) {
		if n == nil {
			return nil
		}
		switch n.Kind {
		case yaml.MappingNode:
			n = spec.MapGet(n, seg)
		case yaml.SequenceNode:
			i, err := strconv.Atoi(seg)
			if err != nil || i < 0 || i >= len(n.Content) {
				return nil
			}
			n = n.Content[i]
		default:
			return nil
		}
	}
	if n == nil || n.Kind != yaml.MappingNode {
		return nil
	}
	keys := make([]string, 0, len(n.Content)/2)
	for i := 0; i+1 < len(n.Content); i += 2 {
		keys = append(keys, n.Content[i].Value)
	}
	return keys
}

const resourceBase = "https://sequere.invalid/"

// buildTree converts the loaded files. A Swagger 2.0 description goes through
// kin-openapi's 2.0 -> 3.0 conversion so the rest of the package sees 3.0 only.
func buildTree(doc *spec.Document) (*tree, error) {
	t := &tree{roots: map[string]any{}}
	if doc.Version == spec.V20 {
		k, err := doc.Kin()
		if err != nil {
			return nil, fmt.Errorf("converting Swagger 2.0: %w", err)
		}
		b, err := json.Marshal(k)
		if err != nil {
			return nil, err
		}
		var v any
		dec := json.NewDecoder(strings.NewReader(string(b)))
		dec.UseNumber()
		if err := dec.Decode(&v); err != nil {
			return nil, err
		}
		u := resourceBase + "0.json"
		t.urls = []string{u}
		t.names = []string{doc.Name}
		t.roots[u] = rewriteRefs(v, func(ref string) string { return u + ref }, false, false, true)
		return t, nil
	}
	files := doc.Files()
	index := map[string]int{}
	var nameRefs []map[string]any
	t.names = files
	for i, name := range files {
		index[name] = i
		t.urls = append(t.urls, resourceBase+strconv.Itoa(i)+".json")
	}
	for i, name := range files {
		f := doc.File(name)
		if f == nil || f.Root == nil {
			continue
		}
		abs := func(ref string) string {
			target, frag, _ := strings.Cut(ref, "#")
			if target == "" {
				return t.urls[i] + "#" + frag
			}
			_, tf, err := doc.ResolveRef(name, target+"#")
			if j, ok := index[tf]; err == nil && ok {
				return t.urls[j] + "#" + frag
			}
			return ref
		}
		c := &converter{abs: abs, v30: doc.Version == spec.V30}
		t.roots[t.urls[i]] = c.convert(f.Root, false, false)
		nameRefs = append(nameRefs, c.nameRefs...)
		if t.nodes == nil {
			t.nodes = map[string]*yaml.Node{}
		}
		root := f.Root
		if root.Kind == yaml.DocumentNode && len(root.Content) > 0 {
			root = root.Content[0]
		}
		t.nodes[t.urls[i]] = root
	}
	t.inlineNameRefs(nameRefs)
	return t, nil
}

// inlineNameRefs replaces each properties map written as a reference
// (`properties: {$ref: common.yml#/droplet_props}`, which kin-openapi and
// libopenapi follow) by the entries of its target, in place, so the
// validator sees the properties instead of one property named "$ref"
// (which the metaschema refuses, leaving the schema unvalidated).
func (t *tree) inlineNameRefs(maps []map[string]any) {
	for range 8 { // a target may itself be written as a reference
		var left []map[string]any
		for _, m := range maps {
			ref, _ := m["$ref"].(string)
			target, ok := t.resolve(ref)
			tm, isMap := target.(map[string]any)
			if !ok || !isMap {
				continue
			}
			if _, chained := tm["$ref"].(string); chained && len(tm) == 1 {
				left = append(left, m)
				continue
			}
			delete(m, "$ref")
			for k, v := range tm {
				m[k] = v
			}
		}
		if len(left) == 0 || len(left) == len(maps) {
			return
		}
		maps = left
	}
}

// converter turns a YAML node into JSON values. Keys are always strings (a
// YAML key 200 is the string "200"), numbers become json.Number so big
// integers survive, and in 3.0 `nullable: true` becomes a "null" member of
// type.
type converter struct {
	abs func(string) string
	v30 bool
	// nameRefs are the properties maps written as a bare {$ref}, with the
	// ref made absolute; see inlineNameRefs.
	nameRefs []map[string]any
}

func (c *converter) convert(n *yaml.Node, data, nameMap bool) any {
	if n == nil {
		return nil
	}
	switch n.Kind {
	case yaml.DocumentNode:
		if len(n.Content) == 0 {
			return nil
		}
		return c.convert(n.Content[0], data, nameMap)
	case yaml.AliasNode:
		return c.convert(n.Alias, data, nameMap)
	case yaml.SequenceNode:
		out := make([]any, len(n.Content))
		for i, e := range n.Content {
			out[i] = c.convert(e, data, false)
		}
		return out
	case yaml.MappingNode:
		m := make(map[string]any, len(n.Content)/2)
		for i := 0; i+1 < len(n.Content); i += 2 {
			k := n.Content[i].Value
			v := n.Content[i+1]
			if !data && !nameMap && k == "$ref" && v.Kind == yaml.ScalarNode {
				m[k] = c.abs(v.Value)
				continue
			}
			if !data && !nameMap && k == "properties" && isBareRef(v) {
				p := map[string]any{"$ref": c.abs(v.Content[1].Value)}
				c.nameRefs = append(c.nameRefs, p)
				m[k] = p
				continue
			}
			childData := data || (!nameMap && spec.IsDataKey(k))
			m[k] = c.convert(v, childData, !childData && !nameMap && spec.IsNameMap(k))
		}
		if c.v30 && !data && !nameMap {
			nullable(m)
		}
		if !data && !nameMap {
			discriminated(m)
		}
		return m
	}
	return scalar(n)
}

// discriminated turns a oneOf with a discriminator into an anyOf. The
// discriminator names the one branch a value is read as, so branches may
// overlap (DigitalOcean's droplet action, whose snapshot branch is the plain
// action plus a name): JSON Schema's oneOf would refuse every plain action
// for matching both, where OpenAPI readers (kin-openapi among them) check
// the named branch only.
func discriminated(m map[string]any) {
	if _, ok := m["discriminator"].(map[string]any); !ok {
		return
	}
	one, ok := m["oneOf"]
	if _, taken := m["anyOf"]; !ok || taken {
		return
	}
	m["anyOf"] = one
	delete(m, "oneOf")
}

func isBareRef(n *yaml.Node) bool {
	return n.Kind == yaml.MappingNode && len(n.Content) == 2 && n.Content[0].Value == "$ref" && n.Content[1].Kind == yaml.ScalarNode
}

func scalar(n *yaml.Node) any {
	switch n.Tag {
	case "!!null":
		return nil
	case "!!bool":
		b, err := strconv.ParseBool(n.Value)
		if err != nil {
			return n.Value
		}
		return b
	case "!!int":
		if i, err := strconv.ParseInt(n.Value, 0, 64); err == nil {
			return json.Number(strconv.FormatInt(i, 10))
		}
		if _, err := strconv.ParseFloat(n.Value, 64); err == nil {
			return json.Number(n.Value)
		}
	case "!!float":
		if f, err := strconv.ParseFloat(n.Value, 64); err == nil && !isInfOrNaN(f) {
			return json.Number(strconv.FormatFloat(f, 'g', -1, 64))
		}
	}
	return n.Value
}

func isInfOrNaN(f float64) bool { return f != f || f > 1e308 || f < -1e308 }

// nullable rewrites the 3.0 keyword into its JSON Schema meaning.
func nullable(m map[string]any) {
	if b, _ := m["nullable"].(bool); !b {
		return
	}
	if t, ok := m["type"].(string); ok {
		m["type"] = []any{t, "null"}
	}
	if e, ok := m["enum"].([]any); ok && !slices.Contains(e, nil) {
		m["enum"] = append(e, nil)
	}
}

// rewriteRefs is convert for trees that are already JSON values.
func rewriteRefs(v any, abs func(string) string, data, nameMap, v30 bool) any {
	switch x := v.(type) {
	case []any:
		for i := range x {
			x[i] = rewriteRefs(x[i], abs, data, false, v30)
		}
	case map[string]any:
		for k, c := range x {
			if s, ok := c.(string); ok && k == "$ref" && !data && !nameMap {
				x[k] = abs(s)
				continue
			}
			childData := data || (!nameMap && spec.IsDataKey(k))
			x[k] = rewriteRefs(c, abs, childData, !childData && !nameMap && spec.IsNameMap(k), v30)
		}
		if v30 && !data && !nameMap {
			nullable(x)
		}
		if !data && !nameMap {
			discriminated(x)
		}
	}
	return v
}

// resolve follows a $ref URL to its value.
func (t *tree) resolve(ref string) (any, bool) {
	base, frag, _ := strings.Cut(ref, "#")
	v, ok := t.roots[base]
	if !ok {
		return nil, false
	}
	for _, seg := range spec.PointerSegments(frag) {
		switch x := v.(type) {
		case map[string]any:
			if v, ok = x[seg]; !ok {
				return nil, false
			}
		case []any:
			i, err := strconv.Atoi(seg)
			if err != nil || i < 0 || i >= len(x) {
				return nil, false
			}
			v = x[i]
		default:
			return nil, false
		}
	}
	return v, true
}

// deref follows v while it is a reference object; it stops after a bounded
// number of hops so a cycle of bare refs cannot hang the server.
func (t *tree) deref(v any) (map[string]any, string) {
	ref := ""
	for range 32 {
		m, ok := v.(map[string]any)
		if !ok {
			return nil, ref
		}
		r, ok := m["$ref"].(string)
		if !ok {
			return m, ref
		}
		ref = r
		if v, ok = t.resolve(r); !ok {
			return nil, ref
		}
	}
	return nil, ref
}

// Resolve implements datagen.Resolver.
func (t *tree) Resolve(ref string) (any, bool) { return t.resolve(ref) }

// Checker implements datagen.CheckingResolver.
func (t *tree) Checker() *datagen.Checker { return t.checker }

// display rewrites resource URLs in s to the file names they stand for.
func (t *tree) display(s string) string {
	for i := len(t.urls) - 1; i >= 0; i-- {
		s = strings.ReplaceAll(s, t.urls[i], t.names[i])
	}
	return s
}

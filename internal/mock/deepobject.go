package mock

import (
	"encoding/json"
	"net/url"
	"sort"
	"strconv"
	"strings"
)

// OpenAPI defines deepObject for one level of object properties only;
// Stripe (and Rails, PHP, qs) nest the brackets, index arrays in them and
// send an empty value for an empty object: card[networks][preferred]=visa,
// items[0][price]=p, metadata=. The decoder reads that whole convention, as
// what it reads back is a tree of strings that only the schema can type.

// bracketTree gathers the values of name written with brackets
// (name[a][0][b]=v, name[]=v) into nested maps of strings; nil when there is
// none. A `[]` segment appends: it takes the next free index.
func bracketTree(q url.Values, name string) map[string]any {
	prefix := name + "["
	var root map[string]any
	keys := make([]string, 0, 4)
	for k := range q {
		if strings.HasPrefix(k, prefix) && strings.HasSuffix(k, "]") {
			keys = append(keys, k)
		}
	}
	// Sorted, so `[]` appends and collisions resolve the same way each time.
	sort.Strings(keys)
	for _, k := range keys {
		segs, ok := bracketSegments(k[len(name):])
		if !ok {
			continue
		}
		if root == nil {
			root = map[string]any{}
		}
		for _, v := range q[k] {
			insertPath(root, segs, v)
		}
	}
	return root
}

// bracketSegments splits "[a][0][]" into a, 0 and "".
func bracketSegments(s string) ([]string, bool) {
	var segs []string
	for s != "" {
		if s[0] != '[' {
			return nil, false
		}
		end := strings.IndexByte(s, ']')
		if end < 0 {
			return nil, false
		}
		segs = append(segs, s[1:end])
		s = s[end+1:]
	}
	return segs, len(segs) > 0
}

func insertPath(node map[string]any, segs []string, v string) {
	for i, seg := range segs {
		if seg == "" {
			seg = strconv.Itoa(len(node))
		}
		if i == len(segs)-1 {
			node[seg] = v
			return
		}
		next, ok := node[seg].(map[string]any)
		if !ok {
			next = map[string]any{}
			node[seg] = next
		}
		node = next
	}
}

// maxShapeDepth bounds shape on recursive schemas and deep brackets.
const maxShapeDepth = 32

// shape types v, strings in nested maps and lists as a URL carries them,
// by the schema s: numbers, booleans and nulls where the schema admits them
// (through allOf, anyOf and oneOf), lists where it expects an array of an
// index-keyed map, and {} or [] for an empty value where a string is not
// admitted.
func (t *tree) shape(v any, s map[string]any, depth int) any {
	if s == nil || depth > maxShapeDepth {
		return v
	}
	kinds := t.kinds(s, 0)
	switch x := v.(type) {
	case string:
		return coerceKinds(x, kinds)
	case []any:
		items := t.sub(s, "items", "")
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = t.shape(e, items, depth+1)
		}
		return out
	case map[string]any:
		if kinds["array"] && !kinds["object"] {
			if l, ok := indexedList(x); ok {
				return t.shape(l, s, depth)
			}
		}
		out := make(map[string]any, len(x))
		for k, e := range x {
			out[k] = t.shape(e, t.sub(s, "properties", k), depth+1)
		}
		return out
	}
	return v
}

// indexedList is the map {"0": a, "1": b} as [a, b], ordered by index; false
// when a key is not an index.
func indexedList(m map[string]any) ([]any, bool) {
	idx := make([]int, 0, len(m))
	for k := range m {
		i, err := strconv.Atoi(k)
		if err != nil || i < 0 {
			return nil, false
		}
		idx = append(idx, i)
	}
	sort.Ints(idx)
	out := make([]any, len(idx))
	for j, i := range idx {
		out[j] = m[strconv.Itoa(i)]
	}
	return out, true
}

// members is s with the members of its compositions, dereferenced.
func (t *tree) members(s map[string]any, depth int, out []map[string]any) []map[string]any {
	if s == nil || depth > 8 {
		return out
	}
	out = append(out, s)
	for _, k := range []string{"allOf", "anyOf", "oneOf"} {
		l, _ := s[k].([]any)
		for _, e := range l {
			m, _ := t.deref(e)
			out = t.members(m, depth+1, out)
		}
	}
	return out
}

// sub is the schema of a property (key "properties", name) or of the items
// (key "items") in s or any member of its compositions; nil when none says.
func (t *tree) sub(s map[string]any, key, name string) map[string]any {
	for _, m := range t.members(s, 0, nil) {
		if key == "items" {
			if it, _ := t.deref(m["items"]); it != nil {
				return it
			}
			continue
		}
		props, _ := m["properties"].(map[string]any)
		if p, _ := t.deref(props[name]); p != nil {
			return p
		}
	}
	for _, m := range t.members(s, 0, nil) {
		if key == "properties" {
			if ap, _ := t.deref(m["additionalProperties"]); ap != nil {
				return ap
			}
		}
	}
	return nil
}

// kinds are the JSON types s admits through its compositions; empty when
// nothing says (any value).
func (t *tree) kinds(s map[string]any, depth int) map[string]bool {
	out := map[string]bool{}
	for _, m := range t.members(s, depth, nil) {
		switch ty := m["type"].(type) {
		case string:
			out[ty] = true
		case []any:
			for _, e := range ty {
				if e, ok := e.(string); ok {
					out[e] = true
				}
			}
		}
		if _, ok := m["properties"]; ok {
			out["object"] = true
		}
		if _, ok := m["items"]; ok {
			out["array"] = true
		}
		if n, _ := m["nullable"].(bool); n {
			out["null"] = true
		}
	}
	return out
}

// coerceKinds is coerce for a schema admitting several kinds (anyOf
// [integer, string enum [now]]): the first of number, boolean and null the
// raw text is, else an empty object or list where no string is admitted,
// else the string.
func coerceKinds(raw string, kinds map[string]bool) any {
	if kinds["integer"] || kinds["number"] {
		if n, ok := coerce(raw, "number").(json.Number); ok {
			return n
		}
	}
	if kinds["boolean"] && (raw == "true" || raw == "false") {
		return raw == "true"
	}
	if kinds["string"] {
		return raw
	}
	if raw == "" {
		switch {
		case kinds["object"]:
			return map[string]any{}
		case kinds["array"]:
			return []any{}
		case kinds["null"]:
			return nil
		}
	}
	if kinds["null"] && raw == "null" {
		return nil
	}
	return raw
}

package sdkgen

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strconv"
	"sync"

	yaml "github.com/pb33f/go-yaml"

	"github.com/sequere/sequere/internal/sdkgen/internal/desc"
	"github.com/sequere/sequere/internal/spec"
)

// schemaDoc collects the JSON Schema document embedded in a generated server:
// the description's components/schemas as they are, every other schema a $ref
// reaches under x-defs, and each parameter's and body's schema under x-params
// and x-bodies. OpenAPI 3.0 dialect (nullable, boolean exclusive bounds) is
// rewritten to JSON Schema 2020-12 on the way.
type schemaDoc struct {
	b      *builder
	defs   map[*yaml.Node]string
	out    map[string]any // x-defs
	params map[string]any
	bodies map[string]any
	comps  map[string]any
}

var componentRef = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^#/components/schemas/[^/]+$`) })

func newSchemaDoc(b *builder) *schemaDoc {
	d := &schemaDoc{b: b, defs: map[*yaml.Node]string{}, out: map[string]any{}, params: map[string]any{}, bodies: map[string]any{}, comps: map[string]any{}}
	for _, p := range (node{N: spec.MapGet(spec.MapGet(b.doc.Root, "components"), "schemas"), File: b.doc.Name}).Entries() {
		d.comps[p.Key] = d.schema(p.Val, 0)
	}
	return d
}

// addParam stores a parameter schema and returns its pointer.
func (d *schemaDoc) addParam(op string, i int, s node) string {
	d.params[op+"/"+strconv.Itoa(i)] = d.schema(s, 0)
	return "/x-params/" + op + "/" + strconv.Itoa(i)
}

func (d *schemaDoc) addBody(op string, s node) string {
	d.bodies[op] = d.schema(s, 0)
	return "/x-bodies/" + op
}

func (d *schemaDoc) json() ([]byte, error) {
	params := map[string]any{}
	for k, v := range d.params {
		op, i, _ := cutLast(k)
		m, _ := params[op].(map[string]any)
		if m == nil {
			m = map[string]any{}
			params[op] = m
		}
		m[i] = v
	}
	doc := map[string]any{
		"$schema":    "https://json-schema.org/draft/2020-12/schema",
		"components": map[string]any{"schemas": d.comps},
		"x-defs":     d.out,
		"x-params":   params,
		"x-bodies":   d.bodies,
	}
	return json.MarshalIndent(doc, "", " ")
}

func cutLast(s string) (string, string, bool) {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == '/' {
			return s[:i], s[i+1:], true
		}
	}
	return s, "", false
}

// schemaKeys hold one schema; schemaMaps a map of them; schemaLists a list.
var (
	schemaKeys = map[string]bool{"items": true, "additionalProperties": true, "not": true, "if": true, "then": true, "else": true,
		"contains": true, "propertyNames": true, "unevaluatedProperties": true, "unevaluatedItems": true, "additionalItems": true}
	schemaMaps  = map[string]bool{"properties": true, "patternProperties": true, "$defs": true, "definitions": true, "dependentSchemas": true}
	schemaLists = map[string]bool{"allOf": true, "anyOf": true, "oneOf": true, "prefixItems": true}
	// dropped are OpenAPI-only keywords a JSON Schema validator must not see.
	dropped = map[string]bool{"discriminator": true, "xml": true, "externalDocs": true, "example": true, "nullable": true, "deprecated": true}
)

func (d *schemaDoc) schema(s node, depth int) any {
	n := desc.Unalias(s.N)
	if n == nil || depth > 64 {
		return true
	}
	if n.Kind == yaml.ScalarNode && (n.Value == "true" || n.Value == "false") {
		return n.Value == "true"
	}
	if n.Kind != yaml.MappingNode {
		return true
	}
	if ref := spec.RefOf(n); ref != "" {
		return map[string]any{"$ref": d.ref(s, ref)}
	}
	out := map[string]any{}
	for _, p := range s.Entries() {
		switch {
		case dropped[p.Key] || len(p.Key) > 2 && p.Key[:2] == "x-":
		case schemaKeys[p.Key]:
			out[p.Key] = d.schema(p.Val, depth+1)
		case schemaMaps[p.Key]:
			m := map[string]any{}
			for _, q := range p.Val.Entries() {
				m[q.Key] = d.schema(q.Val, depth+1)
			}
			out[p.Key] = m
		case schemaLists[p.Key]:
			var l []any
			for _, c := range (node{N: s.N, File: s.File}).Seq(p.Key) {
				l = append(l, d.schema(c, depth+1))
			}
			out[p.Key] = l
		default:
			var v any
			if err := p.Val.N.Decode(&v); err == nil {
				out[p.Key] = jsonSafe(v)
			}
		}
	}
	if d.b.v30 {
		nullable := s.Str("nullable") == "true"
		from30(out, nullable)
		if _, typed := out["type"]; nullable && !typed {
			return map[string]any{"anyOf": []any{out, map[string]any{"type": "null"}}}
		}
	}
	return out
}

// ref rewrites a $ref so it resolves inside the embedded document.
func (d *schemaDoc) ref(s node, ref string) string {
	target, file, err := d.b.doc.ResolveRef(s.File, ref)
	if err != nil {
		return "#/x-defs/unresolved"
	}
	target = desc.Unalias(target)
	if file == d.b.doc.Name && componentRef().MatchString(ref) {
		return ref
	}
	if key, ok := d.defs[target]; ok {
		return "#/x-defs/" + key
	}
	key := fmt.Sprintf("d%d", len(d.defs)+1)
	d.defs[target] = key
	d.out[key] = d.schema(node{N: target, File: file}, 1)
	return "#/x-defs/" + key
}

// from30 rewrites 3.0's nullable and boolean exclusive bounds.
func from30(s map[string]any, nullable bool) {
	if nullable {
		switch t := s["type"].(type) {
		case string:
			s["type"] = []any{t, "null"}
		}
		if e, ok := s["enum"].([]any); ok {
			s["enum"] = append(e, nil)
		}
	}
	for _, k := range [][2]string{{"exclusiveMinimum", "minimum"}, {"exclusiveMaximum", "maximum"}} {
		if b, ok := s[k[0]].(bool); ok {
			if b && s[k[1]] != nil {
				s[k[0]] = s[k[1]]
				delete(s, k[1])
			} else {
				delete(s, k[0])
			}
		}
	}
}

// jsonSafe turns YAML-decoded maps with non-string keys into JSON objects.
func jsonSafe(v any) any {
	switch t := v.(type) {
	case map[string]any:
		for k, e := range t {
			t[k] = jsonSafe(e)
		}
		return t
	case map[any]any:
		m := make(map[string]any, len(t))
		for k, e := range t {
			m[fmt.Sprint(k)] = jsonSafe(e)
		}
		return m
	case []any:
		for i, e := range t {
			t[i] = jsonSafe(e)
		}
	}
	return v
}

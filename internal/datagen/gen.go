// Package datagen produces JSON values from JSON Schema / OpenAPI schemas: a
// deterministic sample (static mode, the way a documentation example looks)
// or realistic random data (dynamic mode) that honours type, format, pattern,
// enum, const, bounds, lengths, required, nullable, composition with
// discriminators, readOnly/writeOnly and a recursion limit.
//
// Schemas are plain JSON values (map[string]any, []any, json.Number, ...);
// "$ref" values are absolute and resolved through the Resolver.
package datagen

import (
	"encoding/json"
	"math/rand/v2"
	"sort"

	"github.com/brianvoe/gofakeit/v7"
)

// Resolver resolves an absolute $ref to the value it points at.
type Resolver interface {
	Resolve(ref string) (any, bool)
}

// Direction says which side of an exchange a value is for: readOnly
// properties are left out of requests, writeOnly ones out of responses.
type Direction int

const (
	Response Direction = iota
	Request
)

// Options tune one generation.
type Options struct {
	// Dynamic generates random data; otherwise the value is a deterministic sample.
	Dynamic bool
	// Seed fixes the random data of a dynamic generation.
	Seed uint64
	// Direction is Response unless set.
	Direction Direction
	// MaxDepth bounds nesting through recursive schemas; zero means 6.
	MaxDepth int
	// NoNull never picks null for a nullable schema: a parameter has no
	// way to say null (an empty query value is the empty string).
	NoNull bool
}

// Generate returns a value for schema. It never panics on a malformed schema;
// what it cannot understand becomes null.
func Generate(r Resolver, schema any, o Options) any {
	if o.MaxDepth <= 0 {
		o.MaxDepth = 6
	}
	g := &state{r: r, o: o}
	if o.Dynamic {
		g.f = newFaker(o.Seed)
	}
	return g.value(schema, 0)
}

type state struct {
	r Resolver
	o Options
	f *gofakeit.Faker
	// open counts the $refs being generated on the current path: an optional
	// property that would enter one of them a third time is left out (one
	// level of self-nesting is shown, as Prism does), so recursive schemas
	// stay small.
	open map[string]int
	// made counts the values generated so far (see valueBudget).
	made int
}

// A schema whose properties $ref schemas that fan out again (nine
// properties to a schema of nine properties, ten levels) asks for billions
// of values within the depth limit. Past softValues a generation keeps only
// required properties and minItems; past hardValues it stops (null), so one
// body stays within a few megabytes whatever the schema.
const (
	softValues = 20_000
	hardValues = 100_000
)

func (g *state) overBudget() bool { return g.made >= softValues }

func (g *state) reentrant(v any) bool {
	m, ok := v.(map[string]any)
	if !ok {
		return false
	}
	ref, ok := m["$ref"].(string)
	return ok && g.open[ref] > 1
}

func (g *state) deref(v any) map[string]any {
	for range 32 {
		m, ok := v.(map[string]any)
		if !ok {
			return nil
		}
		ref, ok := m["$ref"].(string)
		if !ok {
			return m
		}
		if g.r == nil {
			return nil
		}
		if v, ok = g.r.Resolve(ref); !ok {
			return nil
		}
	}
	return nil
}

func (g *state) value(schema any, depth int) any {
	if b, ok := schema.(bool); ok && b {
		return map[string]any{}
	}
	if m, ok := schema.(map[string]any); ok {
		if ref, ok := m["$ref"].(string); ok {
			if g.open == nil {
				g.open = map[string]int{}
			}
			g.open[ref]++
			defer func() { g.open[ref]-- }()
		}
	}
	s := g.deref(schema)
	if s == nil || depth > g.o.MaxDepth+4 || g.made >= hardValues {
		return nil
	}
	g.made++
	if v, ok := s["const"]; ok {
		return v
	}
	if !g.o.Dynamic {
		if v, ok := g.example(s); ok {
			return v
		}
	}
	if e, ok := s["enum"].([]any); ok && len(e) > 0 {
		if g.o.Dynamic {
			return e[g.f.IntN(len(e))]
		}
		return e[0]
	}
	if all, ok := s["allOf"].([]any); ok {
		return g.allOf(s, all, depth)
	}
	for _, k := range []string{"oneOf", "anyOf"} {
		if l, ok := s[k].([]any); ok && len(l) > 0 {
			return g.choice(s, l, depth)
		}
	}
	typ := typeOf(s)
	if g.o.Dynamic && !g.o.NoNull && g.nullable(s) && g.f.IntN(10) == 0 {
		return nil
	}
	switch typ {
	case "object":
		return g.object(s, depth)
	case "array":
		return g.array(s, depth)
	case "string":
		return g.str(s)
	case "integer":
		return g.integer(s)
	case "number":
		return g.number(s)
	case "boolean":
		if g.o.Dynamic {
			return g.f.Bool()
		}
		return true
	case "null":
		return nil
	case "":
		return g.untyped(s)
	}
	return nil
}

// example is the schema's first example, examples entry or default that
// the schema itself accepts (see Conforms).
func (g *state) example(s map[string]any) (any, bool) {
	var candidates []any
	if v, ok := s["example"]; ok {
		candidates = append(candidates, v)
	}
	if l, ok := s["examples"].([]any); ok {
		candidates = append(candidates, l...)
	}
	if v, ok := s["default"]; ok {
		candidates = append(candidates, v)
	}
	for _, v := range candidates {
		if Conforms(g.r, s, v) {
			return v, true
		}
	}
	return nil, false
}

// untyped generates for a schema without a type: a number where number
// keywords say so, else a string. Null would be refused by 3.0 validators
// unless nullable is set.
func (g *state) untyped(s map[string]any) any {
	if allowsNull(s) && !g.o.NoNull && len(s) <= 2 {
		return nil
	}
	for _, k := range []string{"minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"} {
		if _, ok := s[k]; ok {
			return g.number(s)
		}
	}
	return g.str(s)
}

// typeOf returns the schema's type, inferring object/array from keywords.
func typeOf(s map[string]any) string {
	switch t := s["type"].(type) {
	case string:
		return t
	case []any:
		for _, x := range t {
			if x, ok := x.(string); ok && x != "null" {
				return x
			}
		}
		return "null"
	}
	if _, ok := s["properties"]; ok {
		return "object"
	}
	if _, ok := s["additionalProperties"]; ok {
		return "object"
	}
	if _, ok := s["items"]; ok {
		return "array"
	}
	if _, ok := s["format"]; ok {
		return "string"
	}
	return ""
}

func (g *state) nullable(s map[string]any) bool {
	if t, ok := s["type"].([]any); ok {
		for _, x := range t {
			if x == "null" {
				return true
			}
		}
	}
	return false
}

func (g *state) object(s map[string]any, depth int) any {
	out := map[string]any{}
	props, _ := s["properties"].(map[string]any)
	required := map[string]bool{}
	if l, ok := s["required"].([]any); ok {
		for _, r := range l {
			if r, ok := r.(string); ok {
				required[r] = true
			}
		}
	}
	names := make([]string, 0, len(props))
	for n := range props {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, name := range names {
		ps := g.deref(props[name])
		if ps == nil {
			continue
		}
		if ro, _ := ps["readOnly"].(bool); ro && g.o.Direction == Request {
			continue
		}
		if wo, _ := ps["writeOnly"].(bool); wo && g.o.Direction == Response {
			continue
		}
		// Past the depth limit only required properties are kept, which ends
		// recursion through optional self-references.
		if (depth >= g.o.MaxDepth || g.reentrant(props[name]) || g.overBudget()) && !required[name] {
			continue
		}
		if depth >= g.o.MaxDepth+4 {
			continue
		}
		out[name] = g.value(props[name], depth+1)
	}
	// A required name the properties do not declare (Tinkoff's balance
	// request requires currency and describes only figi and balance) must
	// still be there; it takes what additionalProperties allows.
	if l, ok := s["required"].([]any); ok {
		for _, r := range l {
			name, _ := r.(string)
			if _, declared := props[name]; declared || name == "" {
				continue
			}
			if ap := g.deref(s["additionalProperties"]); ap != nil {
				out[name] = g.value(ap, depth+1)
			} else if s["additionalProperties"] != false {
				out[name] = g.value(map[string]any{"type": "string"}, depth+1)
			}
		}
	}
	if len(props) == 0 && g.o.Dynamic && depth < g.o.MaxDepth && !g.overBudget() {
		if ap := g.deref(s["additionalProperties"]); ap != nil {
			out[g.f.Word()] = g.value(ap, depth+1)
		}
	}
	return out
}

func (g *state) array(s map[string]any, depth int) any {
	n := 1
	if v, ok := num(s["minItems"]); ok && int(v) > n {
		n = int(v)
	}
	if g.o.Dynamic {
		hi := n + 2
		if v, ok := num(s["maxItems"]); ok && int(v) < hi {
			hi = int(v)
		}
		if hi > n {
			n += g.f.IntN(hi - n + 1)
		}
	}
	if v, ok := num(s["maxItems"]); ok && int(v) < n {
		n = int(v)
	}
	if depth >= g.o.MaxDepth || g.overBudget() {
		n = 0
		if v, ok := num(s["minItems"]); ok {
			n = int(v)
		}
	}
	if n > 64 {
		n = 64
	}
	out := make([]any, 0, n)
	prefix, _ := s["prefixItems"].([]any)
	for i := range n {
		item := s["items"]
		if i < len(prefix) {
			item = prefix[i]
		}
		out = append(out, g.value(item, depth+1))
	}
	return out
}

// Number reads a JSON number as the decoders leave it (json.Number,
// float64, int, int64).
func Number(v any) (float64, bool) { return num(v) }

func num(v any) (float64, bool) {
	switch x := v.(type) {
	case json.Number:
		f, err := x.Float64()
		return f, err == nil
	case float64:
		return x, true
	case int:
		return float64(x), true
	case int64:
		return float64(x), true
	}
	return 0, false
}

// newFaker is an unlocked faker: one generation runs on one goroutine.
func newFaker(seed uint64) *gofakeit.Faker {
	return gofakeit.NewFaker(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15), false)
}

package oasfunc

import (
	"fmt"
	"strconv"
	"strings"
	"sync"

	yaml "github.com/pb33f/go-yaml"
	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/sequere/sequere/internal/spec"
)

// relax says which properties stop being required while an example is
// checked: Spectral lets request examples omit readOnly properties and
// response examples omit writeOnly ones.
type relax uint8

const (
	relaxNone relax = iota
	relaxReadOnly
	relaxWriteOnly
)

// schemaSet compiles the schemas of one document for example validation.
// Every schema node (and every node a $ref reaches) becomes its own small
// compiler resource, so each is converted and compiled once however many
// examples and refs use it.
type schemaSet struct {
	doc *spec.Document
	mu  sync.Mutex
	c   *jsonschema.Compiler
	ids map[resKey]int
	res []resKey
	out map[resKey]*compiled
	// nullable caches nullableWithoutType per schema node.
	nullable map[*yaml.Node]bool
}

type resKey struct {
	n     *yaml.Node
	file  string
	relax relax
}

type compiled struct {
	s   *jsonschema.Schema
	err error
}

func schemaSetOf(d *spec.Document) *schemaSet {
	return memo(d, "schemas", func() *schemaSet {
		s := &schemaSet{doc: d, c: jsonschema.NewCompiler(), ids: map[resKey]int{}, out: map[resKey]*compiled{}}
		if d.Version == spec.V31 {
			s.c.DefaultDraft(jsonschema.Draft2020)
		} else {
			s.c.DefaultDraft(jsonschema.Draft4)
		}
		s.c.UseLoader(loaderFunc(s.load))
		return s
	})
}

type loaderFunc func(url string) (any, error)

func (f loaderFunc) Load(url string) (any, error) { return f(url) }

const resPrefix = "sequere://schema/"

// compile returns the compiled schema at node n of file; a schema that does
// not compile yields its error, and callers skip its examples.
func (s *schemaSet) compile(n *yaml.Node, file string, r relax) (*jsonschema.Schema, error) {
	k := resKey{n, file, r}
	s.mu.Lock()
	defer s.mu.Unlock()
	if c := s.out[k]; c != nil {
		return c.s, c.err
	}
	c := &compiled{}
	c.s, c.err = s.c.Compile(s.url(k))
	s.out[k] = c
	return c.s, c.err
}

// url registers a resource; callers hold s.mu.
func (s *schemaSet) url(k resKey) string {
	id, ok := s.ids[k]
	if !ok {
		id = len(s.res)
		s.ids[k] = id
		s.res = append(s.res, k)
	}
	return resPrefix + strconv.Itoa(id)
}

func (s *schemaSet) load(u string) (any, error) {
	id, err := strconv.Atoi(strings.TrimPrefix(u, resPrefix))
	if !strings.HasPrefix(u, resPrefix) || err != nil || id >= len(s.res) {
		return nil, fmt.Errorf("%s is outside the description", u)
	}
	k := s.res[id]
	return convert(k.n, s.rewrite(k.file, k.relax), 0), nil
}

// rewrite adapts an OpenAPI schema mapping to plain JSON Schema: $refs point
// at compiler resources, nullable/x-nullable widen the type, Swagger's
// boolean required disappears, and the relax mode drops required entries.
func (s *schemaSet) rewrite(file string, r relax) rewriter {
	return func(n *yaml.Node, m map[string]any) {
		if ref, ok := m["$ref"].(string); ok {
			if t, tf, err := s.doc.ResolveRef(file, ref); err == nil {
				m["$ref"] = s.url(resKey{t, tf, r})
			}
		}
		if _, ok := m["required"].(bool); ok {
			delete(m, "required")
		}
		// A draft-04 "id" must be a string; a mapping under "id" is the
		// schema of a property named id (this mapping is a properties map),
		// which additionalProperties: false must still see.
		if id, ok := m["id"]; ok {
			switch id.(type) {
			case string, map[string]any:
			default:
				delete(m, "id")
			}
		}
		for _, key := range []string{"nullable", "x-nullable"} {
			if b, ok := m[key].(bool); ok && b && s.doc.Version != spec.V31 {
				if t, ok := m["type"].(string); ok {
					m["type"] = []any{t, "null"}
				}
				if e, ok := m["enum"].([]any); ok {
					m["enum"] = append(e, nil)
				}
			}
		}
		if r != relaxNone {
			s.relaxRequired(n, file, r, m)
		}
	}
}

func (s *schemaSet) relaxRequired(n *yaml.Node, file string, r relax, m map[string]any) {
	req, ok := m["required"].([]any)
	if !ok {
		return
	}
	props := child(s.doc, node{n, file}, "properties")
	kept := req[:0:0]
	for _, name := range req {
		str, _ := name.(string)
		p := child(s.doc, props, str)
		if (r == relaxReadOnly && isTrue(spec.MapGet(p.n, "readOnly"))) || (r == relaxWriteOnly && isTrue(spec.MapGet(p.n, "writeOnly"))) {
			continue
		}
		kept = append(kept, name)
	}
	if len(kept) == 0 {
		delete(m, "required")
	} else {
		m["required"] = kept
	}
}

var subschemaKeys = []string{"properties", "patternProperties"}
var schemaKeys = []string{"items", "additionalProperties", "not"}
var schemaListKeys = []string{"allOf", "anyOf", "oneOf"}

// nullableWithoutType reports whether the schema, or any schema below it
// (through $refs), says nullable: true without a type. The answer is cached.
func (s *schemaSet) nullableWithoutType(root node) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.nullable == nil {
		s.nullable = map[*yaml.Node]bool{}
	}
	if v, ok := s.nullable[root.n]; ok {
		return v
	}
	seen := map[*yaml.Node]bool{}
	var walk func(v node) bool
	walk = func(v node) bool {
		v = deref(s.doc, v)
		if !isMap(v.n) || seen[v.n] {
			return false
		}
		seen[v.n] = true
		if isTrue(spec.MapGet(v.n, "nullable")) && spec.MapGet(v.n, "type") == nil {
			return true
		}
		for _, k := range subschemaKeys {
			found := false
			each(spec.MapGet(v.n, k), func(_, c *yaml.Node) { found = found || walk(node{c, v.file}) })
			if found {
				return true
			}
		}
		for _, k := range schemaKeys {
			if c := spec.MapGet(v.n, k); c != nil && walk(node{c, v.file}) {
				return true
			}
		}
		for _, k := range schemaListKeys {
			if l := spec.MapGet(v.n, k); isSeq(l) {
				for _, c := range l.Content {
					if walk(node{c, v.file}) {
						return true
					}
				}
			}
		}
		return false
	}
	v := s.doc.Version != spec.V31 && walk(root)
	s.nullable[root.n] = v
	return v
}

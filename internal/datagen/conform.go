package datagen

import (
	"fmt"
	"reflect"
	"strconv"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// NewSchemaCompiler is the JSON Schema compiler set up for OpenAPI schemas:
// draft 4 semantics for 3.0 (boolean exclusiveMinimum, $ref siblings
// ignored), 2020-12 for 3.1, formats asserted. The mock validates requests
// and responses with it and the generator checks examples with it, so an
// example the generator uses is one the mock accepts. 3.0's nullable is
// not a keyword here: the trees both build rewrite it into a "null" member
// of type (and of enum).
func NewSchemaCompiler(openapi31 bool) *jsonschema.Compiler {
	c := jsonschema.NewCompiler()
	if openapi31 {
		c.DefaultDraft(jsonschema.Draft2020)
	} else {
		c.DefaultDraft(jsonschema.Draft4)
	}
	c.AssertFormat()
	return c
}

// Checker judges values against the schemas one Resolver reads, with the
// compiler of NewSchemaCompiler. Each schema node is compiled once; the
// compiled schemas are safe for concurrent use.
type Checker struct {
	r  Resolver
	mu sync.Mutex
	c  *jsonschema.Compiler
	// byNode holds the compiled schema of a schema object by its map's
	// address (the node itself is kept too, so the address stays its own);
	// byRef that of a bare {"$ref": X} by X, since callers build those
	// afresh for each question.
	byNode map[uintptr]compiled
	byRef  map[string]*jsonschema.Schema
	n      int
}

type compiled struct {
	node map[string]any
	s    *jsonschema.Schema
}

// NewChecker returns a checker of the schemas r resolves; the $refs in them
// are absolute and r resolves a ref's document part alone to the whole
// document (or the ref to its schema when it has no fragment).
func NewChecker(r Resolver, openapi31 bool) *Checker {
	c := NewSchemaCompiler(openapi31)
	c.UseLoader(resolverLoader{r})
	return &Checker{r: r, c: c, byNode: map[uintptr]compiled{}, byRef: map[string]*jsonschema.Schema{}}
}

type resolverLoader struct{ r Resolver }

func (l resolverLoader) Load(u string) (any, error) {
	if l.r != nil {
		if v, ok := l.r.Resolve(u); ok {
			return v, nil
		}
	}
	return nil, fmt.Errorf("%s is outside the description", u)
}

// CheckingResolver is a Resolver that owns the Checker of its schemas (a
// mock's description tree, a plan's schema set): Conforms uses it, so its
// compiled schemas are shared by every question asked through r.
type CheckingResolver interface {
	Resolver
	Checker() *Checker
}

var (
	defaultCheckers sync.Map // bool (openapi31) -> *Checker for a nil Resolver
)

func checkerOf(r Resolver) *Checker {
	if cr, ok := r.(CheckingResolver); ok {
		if c := cr.Checker(); c != nil {
			return c
		}
	}
	if r == nil {
		if c, ok := defaultCheckers.Load(true); ok {
			return c.(*Checker)
		}
		c, _ := defaultCheckers.LoadOrStore(true, NewChecker(nil, true))
		return c.(*Checker)
	}
	// A resolver without a checker gets a fresh one: correct, but nothing
	// compiled is kept between calls.
	return NewChecker(r, true)
}

// Conforms reports whether v satisfies schema by the validator the mock
// uses (see NewSchemaCompiler). Description examples are often wrong (a
// date-only example on a date-time field, an example outside the enum); a
// generator that used them as they are would send or serve data its own
// description rejects, so every example goes through Conforms first. A
// schema the compiler rejects (an ECMA-only regex) accepts everything, as
// it does in the mock.
//
// One rule is stricter than the validator: null conforms only to a schema
// that says so (a "null" type, nullable, or null in its enum), because a
// typeless 3.0 schema takes null by JSON Schema yet not by OpenAPI
// validators such as kin-openapi's, which the contract tester uses.
func Conforms(r Resolver, schema any, v any) bool {
	return checkerOf(r).Conforms(schema, v)
}

// Conforms is the package function for c's schemas.
func (c *Checker) Conforms(schema any, v any) bool {
	if v == nil && !c.saysNull(schema) {
		return false
	}
	s := c.schema(schema)
	return s == nil || s.Validate(v) == nil
}

func (c *Checker) saysNull(schema any) bool {
	for range 32 {
		m, ok := schema.(map[string]any)
		if !ok {
			return schema == true
		}
		ref, ok := m["$ref"].(string)
		if !ok || c.r == nil {
			return allowsNull(m)
		}
		if schema, ok = c.r.Resolve(ref); !ok {
			return false
		}
	}
	return false
}

func allowsNull(s map[string]any) bool {
	if b, _ := s["nullable"].(bool); b {
		return true
	}
	switch t := s["type"].(type) {
	case string:
		return t == "null"
	case []any:
		for _, x := range t {
			if x == "null" {
				return true
			}
		}
	}
	if e, ok := s["enum"].([]any); ok {
		for _, x := range e {
			if x == nil {
				return true
			}
		}
	}
	return false
}

// schema returns the compiled schema, nil for one that accepts everything
// or that the compiler rejects.
func (c *Checker) schema(schema any) *jsonschema.Schema {
	m, ok := schema.(map[string]any)
	if !ok {
		if schema == false {
			return c.compileBool()
		}
		return nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if ref, ok := m["$ref"].(string); ok && len(m) == 1 {
		if s, seen := c.byRef[ref]; seen {
			return s
		}
		s := c.compile(m)
		c.byRef[ref] = s
		return s
	}
	key := reflect.ValueOf(m).Pointer()
	if e, seen := c.byNode[key]; seen {
		return e.s
	}
	s := c.compile(m)
	c.byNode[key] = compiled{node: m, s: s}
	return s
}

var falseSchema = sync.OnceValue(func() *jsonschema.Schema {
	c := jsonschema.NewCompiler()
	_ = c.AddResource("urn:sequere:false", false)
	s, _ := c.Compile("urn:sequere:false")
	return s
})

func (c *Checker) compileBool() *jsonschema.Schema { return falseSchema() }

// compile adds the node as a resource of its own and compiles it. Called
// with c.mu held.
func (c *Checker) compile(node map[string]any) (s *jsonschema.Schema) {
	c.n++
	u := "urn:sequere:schema:" + strconv.Itoa(c.n)
	defer func() {
		// The compiler panics on some malformed schemas; those accept
		// everything, as the mock's do.
		if recover() != nil {
			s = nil
		}
	}()
	if err := c.c.AddResource(u, node); err != nil {
		return nil
	}
	s, err := c.c.Compile(u)
	if err != nil {
		return nil
	}
	return s
}

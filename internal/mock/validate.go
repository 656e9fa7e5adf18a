package mock

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/santhosh-tekuri/jsonschema/v6/kind"
	"golang.org/x/text/language"
	"golang.org/x/text/message"

	"github.com/sequere/sequere/internal/datagen"
)

var printer = sync.OnceValue(func() *message.Printer { return message.NewPrinter(language.English) })

// compiler compiles each schema location once; the compiled schemas are safe
// for concurrent validation. Locations are compiled when the model is built,
// so a request never waits on the compiler.
type compiler struct {
	tree  *tree
	v31   bool
	mu    sync.Mutex
	c     *jsonschema.Compiler
	cache map[string]*validator
	// formats caches formatCheck by format name.
	formats map[string]formatFn
}

type formatFn struct {
	check func(any) error
	ok    bool
}

// validator validates one schema. A schema the compiler rejects (for example
// an ECMA-only regex) leaves err set: its values are accepted and the error is
// reported once at startup instead of failing every request.
type validator struct {
	loc string
	s   *jsonschema.Schema
	err error
	// readOnly, for request validators, reports whether the property of the
	// schema at a location is readOnly: a client does not send those, so a
	// missing required readOnly property is not a violation.
	readOnly func(schemaURL, prop string) bool
	// fast, when set, accepts common valid values without the validator.
	fast *scalarCheck
}

func newCompiler(t *tree, v31 bool) (*compiler, error) {
	c := datagen.NewSchemaCompiler(v31)
	c.UseLoader(noLoader{})
	for _, u := range t.urls {
		if err := c.AddResource(u, t.roots[u]); err != nil {
			return nil, fmt.Errorf("preparing schemas: %w", err)
		}
	}
	return &compiler{c: c, cache: map[string]*validator{}, tree: t, v31: v31}, nil
}

// formatCheck returns the validator's own check of a string format, read
// back from a schema of only that format compiled with the same settings:
// the library keeps its format table to itself. A nil check with ok true
// is a format the validator ignores. Called with c.mu held.
func (c *compiler) formatCheck(name string) (func(any) error, bool) {
	if f, seen := c.formats[name]; seen {
		return f.check, f.ok
	}
	var f formatFn
	pc := datagen.NewSchemaCompiler(c.v31)
	const u = "urn:sequere:format"
	if err := pc.AddResource(u, map[string]any{"format": name}); err == nil {
		if s, err := pc.Compile(u); err == nil {
			f.ok = true
			if s.Format != nil {
				f.check = s.Format.Validate
			}
		}
	}
	if c.formats == nil {
		c.formats = map[string]formatFn{}
	}
	c.formats[name] = f
	return f.check, f.ok
}

type noLoader struct{}

func (noLoader) Load(u string) (any, error) {
	return nil, fmt.Errorf("%s is outside the description", u)
}

func (c *compiler) get(loc string) *validator {
	c.mu.Lock()
	defer c.mu.Unlock()
	if v, ok := c.cache[loc]; ok {
		return v
	}
	v := &validator{loc: loc}
	func() {
		defer func() {
			if p := recover(); p != nil {
				v.err = fmt.Errorf("schema compiler failure: %v", p)
			}
		}()
		v.s, v.err = c.c.Compile(loc)
	}()
	if v.err == nil {
		if s, ok := c.tree.resolve(loc); ok {
			sm, _ := s.(map[string]any)
			fc := &fastCompiler{v31: c.v31, deref: c.tree.deref, format: c.formatCheck}
			v.fast = fc.compile(sm, 0)
		}
	}
	c.cache[loc] = v
	return v
}

// fieldError is one violation: where (a JSON pointer into the request, such
// as /body/name or /query/limit) and what.
type fieldError struct {
	Pointer string `json:"pointer"`
	Detail  string `json:"detail"`
}

// validate returns the violations of value against the schema, each pointer
// prefixed with prefix. All leaf errors are returned, not only the first.
func (v *validator) validate(value any, prefix string) []fieldError {
	if v == nil || v.s == nil || v.fast != nil && v.fast.accepts(value) {
		return nil
	}
	err := v.s.Validate(value)
	if err == nil {
		return nil
	}
	var ve *jsonschema.ValidationError
	if !errors.As(err, &ve) {
		return []fieldError{{Pointer: prefix, Detail: err.Error()}}
	}
	var out []fieldError
	v.leaves(ve, prefix, &out)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Pointer < out[j].Pointer })
	return dedupe(out)
}

func (v *validator) leaves(e *jsonschema.ValidationError, prefix string, out *[]fieldError) {
	if len(e.Causes) == 0 {
		if req, ok := e.ErrorKind.(*kind.Required); ok && v.readOnly != nil {
			var missing []string
			for _, p := range req.Missing {
				if !v.readOnly(e.SchemaURL, p) {
					missing = append(missing, p)
				}
			}
			if len(missing) == 0 {
				return
			}
			e.ErrorKind = &kind.Required{Missing: missing}
		}
		*out = append(*out, fieldError{Pointer: prefix + pointerOf(e.InstanceLocation), Detail: e.ErrorKind.LocalizedString(printer())})
		return
	}
	for _, c := range e.Causes {
		v.leaves(c, prefix, out)
	}
}

func pointerOf(tokens []string) string {
	var b strings.Builder
	for _, t := range tokens {
		b.WriteByte('/')
		b.WriteString(strings.ReplaceAll(strings.ReplaceAll(t, "~", "~0"), "/", "~1"))
	}
	return b.String()
}

func dedupe(in []fieldError) []fieldError {
	out := in[:0]
	for i, f := range in {
		if i > 0 && f == in[i-1] {
			continue
		}
		out = append(out, f)
	}
	return out
}

// warnings lists the schemas the compiler rejected, sorted; their values are
// not validated.
func (c *compiler) warnings() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	var out []string
	for _, v := range c.cache {
		if v.err != nil {
			msg := strings.ReplaceAll(v.err.Error(), "\n", " ")
			if len(msg) > 300 {
				msg = msg[:300] + "..."
			}
			out = append(out, "not validated: "+v.loc+": "+msg)
		}
	}
	sort.Strings(out)
	return out
}

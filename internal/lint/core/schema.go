package core

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/santhosh-tekuri/jsonschema/v6/kind"

	"github.com/sequere/sequere/internal/lint"
)

// Schema is a compiled JSON Schema, safe for concurrent validation.
type Schema struct{ s *jsonschema.Schema }

// SchemaError is one validation failure: the JSON path below the validated
// value and an ajv-like message ("must have required property 'id'").
type SchemaError struct {
	Path    []string
	Message string
}

var schemaCache sync.Map // string (dialect + canonical JSON) -> *Schema or error

// CompileSchema compiles schema (plain Go data) once per distinct schema and
// dialect: "draft4", "draft6", "draft7", "draft2019-09", "draft2020-12",
// "auto" or "" (the $schema keyword, else draft 7), "oas3_1" (2020-12) or
// "oas2"/"oas3_0" (draft 4 with nullable and x- extensions understood).
func CompileSchema(schema any, dialect string) (*Schema, error) {
	canon, err := json.Marshal(schema)
	if err != nil {
		return nil, fmt.Errorf("schema is not JSON data: %v", err)
	}
	key := dialect + "\x00" + string(canon)
	if v, ok := schemaCache.Load(key); ok {
		if e, isErr := v.(error); isErr {
			return nil, e
		}
		return v.(*Schema), nil
	}
	s, err := compileSchema(canon, dialect)
	if err != nil {
		schemaCache.Store(key, err)
		return nil, err
	}
	schemaCache.Store(key, s)
	return s, nil
}

func compileSchema(canon []byte, dialect string) (*Schema, error) {
	doc, err := jsonschema.UnmarshalJSON(strings.NewReader(string(canon)))
	if err != nil {
		return nil, err
	}
	c := jsonschema.NewCompiler()
	switch dialect {
	case "draft4", "oas2", "oas3_0", "oas3":
		c.DefaultDraft(jsonschema.Draft4)
	case "draft6":
		c.DefaultDraft(jsonschema.Draft6)
	case "draft2019-09":
		c.DefaultDraft(jsonschema.Draft2019)
	case "draft2020-12", "oas3_1":
		c.DefaultDraft(jsonschema.Draft2020)
	default:
		c.DefaultDraft(jsonschema.Draft7)
	}
	if dialect == "oas2" || dialect == "oas3_0" || dialect == "oas3" {
		doc = nullableToType(doc)
	}
	if err := c.AddResource("sequere:schema.json", doc); err != nil {
		return nil, err
	}
	s, err := c.Compile("sequere:schema.json")
	if err != nil {
		return nil, err
	}
	return &Schema{s: s}, nil
}

// nullableToType rewrites OpenAPI 3.0's `nullable: true` as a null type so a
// JSON Schema validator accepts null where the spec allows it.
func nullableToType(v any) any {
	switch x := v.(type) {
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			out[k] = nullableToType(e)
		}
		if n, _ := out["nullable"].(bool); n {
			if t, ok := out["type"].(string); ok {
				out["type"] = []any{t, "null"}
			}
		}
		delete(out, "nullable")
		return out
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = nullableToType(e)
		}
		return out
	}
	return v
}

// Validate checks v (plain Go data) and returns the failures, the first only
// unless all is set.
func (s *Schema) Validate(v any, all bool) []SchemaError {
	err := s.s.Validate(v)
	if err == nil {
		return nil
	}
	ve, ok := err.(*jsonschema.ValidationError)
	if !ok {
		return []SchemaError{{Message: err.Error()}}
	}
	var out []SchemaError
	collectLeaves(ve, &out)
	if !all && len(out) > 1 {
		out = out[:1]
	}
	return out
}

func collectLeaves(e *jsonschema.ValidationError, out *[]SchemaError) {
	if len(e.Causes) == 0 {
		*out = append(*out, SchemaError{Path: append([]string(nil), e.InstanceLocation...), Message: kindMessage(e.ErrorKind)})
		return
	}
	for _, c := range e.Causes {
		collectLeaves(c, out)
	}
}

func kindMessage(k jsonschema.ErrorKind) string {
	switch x := k.(type) {
	case *kind.Type:
		return "type must be " + strings.Join(x.Want, ",")
	case *kind.Required:
		return "must have required property '" + strings.Join(x.Missing, "', '") + "'"
	case *kind.MinItems:
		return "must not have fewer than " + strconv.Itoa(x.Want) + " items"
	case *kind.MaxItems:
		return "must not have more than " + strconv.Itoa(x.Want) + " items"
	case *kind.MinLength:
		return "must not have fewer than " + strconv.Itoa(x.Want) + " characters"
	case *kind.MaxLength:
		return "must not have more than " + strconv.Itoa(x.Want) + " characters"
	case *kind.Enum:
		return "must be equal to one of the allowed values"
	case *kind.Const:
		return "must be equal to constant"
	case *kind.Pattern:
		return `must match pattern "` + x.Want + `"`
	case *kind.AdditionalProperties:
		return "must not have additional properties: " + strings.Join(x.Properties, ", ")
	case *kind.UniqueItems:
		return fmt.Sprintf("must not have duplicate items (items ## %d and %d are identical)", x.Duplicates[0], x.Duplicates[1])
	case *kind.Format:
		return `must match format "` + x.Want + `"`
	case *kind.FalseSchema:
		return "must not be present"
	}
	return k.LocalizedString(nil)
}

// compiled remembers the schema compiled for one options map, so the common
// case (the same rule on many nodes) skips even the canonical JSON encoding.
type compiled struct {
	opts map[string]any
	s    *Schema
	err  error
}

var byOptions sync.Map // uintptr of the options map -> *compiled

func schemaFor(opts map[string]any) (*Schema, error) {
	ptr := reflect.ValueOf(opts).Pointer()
	if v, ok := byOptions.Load(ptr); ok {
		if c := v.(*compiled); reflect.ValueOf(c.opts).Pointer() == ptr {
			return c.s, c.err
		}
	}
	dialect, _ := optString(opts, "dialect")
	s, err := CompileSchema(opts["schema"], dialect)
	byOptions.Store(ptr, &compiled{opts: opts, s: s, err: err})
	return s, err
}

func schema(c lint.Call) []lint.Violation {
	if c.Target.Node == nil {
		return one(`#{{print("property")}}must exist`)
	}
	if c.Options == nil || c.Options["schema"] == nil {
		return nil
	}
	s, err := schemaFor(c.Options)
	if err != nil {
		return one("invalid schema in functionOptions: " + err.Error())
	}
	all, _ := c.Options["allErrors"].(bool)
	var out []lint.Violation
	for _, e := range s.Validate(c.Value(), all) {
		p := append(append([]string(nil), c.Target.Path...), e.Path...)
		out = append(out, lint.Violation{Message: `#{{print("property")}}` + e.Message, Path: p})
	}
	return out
}

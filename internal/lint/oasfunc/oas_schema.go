package oasfunc

import (
	"encoding/json"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/sequere/sequere/internal/lint"
	"github.com/sequere/sequere/internal/spec"
)

// Schema (oasSchema) validates the target against the schema given in the
// option "schema", read as an OpenAPI schema of the document's version
// (nullable widens the type).
func Schema(c lint.Call) []lint.Violation {
	raw, ok := c.Options["schema"]
	if !ok || c.Target.Node == nil {
		return nil
	}
	s, err := optionSchema(raw, c.Doc.Version)
	if err != nil {
		return nil
	}
	if err := s.Validate(toValue(target(c).n)); err != nil {
		return violations(err, c.Target.Path)
	}
	return nil
}

var optionSchemas sync.Map // JSON text + version -> *jsonschema.Schema

func optionSchema(raw any, v spec.Version) (*jsonschema.Schema, error) {
	b, err := json.Marshal(raw)
	if err != nil {
		return nil, err
	}
	key := v.String() + string(b)
	if s, ok := optionSchemas.Load(key); ok {
		return s.(*jsonschema.Schema), nil
	}
	doc, err := jsonschema.UnmarshalJSON(bytesReader(b))
	if err != nil {
		return nil, err
	}
	if m, ok := doc.(map[string]any); ok {
		widenNullable(m)
	}
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft4)
	if err := c.AddResource("sequere://option.json", doc); err != nil {
		return nil, err
	}
	s, err := c.Compile("sequere://option.json")
	if err != nil {
		return nil, err
	}
	optionSchemas.Store(key, s)
	return s, nil
}

// widenNullable applies nullable: true at the top of an option schema.
func widenNullable(m map[string]any) {
	if b, _ := m["nullable"].(bool); b {
		if t, ok := m["type"].(string); ok {
			m["type"] = []any{t, "null"}
		}
	}
}

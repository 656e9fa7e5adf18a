package oasfunc

import (
	_ "embed"
	"sync"

	yaml "github.com/pb33f/go-yaml"
	"github.com/pb33f/libopenapi/datamodel"
	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/sequere/sequere/internal/lint"
	"github.com/sequere/sequere/internal/spec"
)

// DocumentSchema (oasDocumentSchema) validates the entry document as written
// against the official OpenAPI JSON Schema of its version (2.0, 3.0 or 3.1),
// the copies libopenapi embeds.
//
// On a large description this one call is the longest task of a lint run,
// so the large top-level members (paths, components, ...) are converted and
// validated against their own subschemas on goroutines of their own while
// the rest of the document is checked with empty placeholders in their
// place. Every keyword that judges such a member lives under the member's
// subschema (the root schema has no combinator that looks at it), so the
// findings are the same as one whole-document validation's.
func DocumentSchema(c lint.Call) []lint.Violation {
	s, err := documentSchema(c.Doc.Version)
	if err != nil || s == nil || c.Target.Node == nil {
		return nil
	}
	root := c.Target.Node
	if len(s.parts) == 0 || root != c.Doc.Root || root.Kind != yaml.MappingNode {
		if err := s.whole.Validate(toValue(root)); err != nil {
			return violations(err, c.Target.Path)
		}
		return nil
	}

	members := map[string]*yaml.Node{}
	for i := 0; i+1 < len(root.Content); i += 2 {
		k := root.Content[i]
		if k.Value == "<<" && k.Tag == "!!merge" {
			// Merge keys make members depend on each other; check whole.
			if err := s.whole.Validate(toValue(root)); err != nil {
				return violations(err, c.Target.Path)
			}
			return nil
		}
		members[k.Value] = root.Content[i+1]
	}
	rest := make(map[string]any, len(members))
	type part struct {
		key    string
		schema *jsonschema.Schema
		node   *yaml.Node
		out    []lint.Violation
	}
	var parts []*part
	for key, n := range members {
		if sub := s.parts[key]; sub != nil && n.Kind == yaml.MappingNode {
			parts = append(parts, &part{key: key, schema: sub, node: n})
			rest[key] = map[string]any{}
			continue
		}
		rest[key] = convert(n, nil, 1)
	}
	var wg sync.WaitGroup
	for _, p := range parts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := p.schema.Validate(convert(p.node, nil, 1)); err != nil {
				p.out = violationsUnder(err, c.Target.Path, []string{p.key})
			}
		}()
	}
	var out []lint.Violation
	if err := s.whole.Validate(rest); err != nil {
		placeholder := map[string]bool{}
		for _, p := range parts {
			placeholder[p.key] = true
		}
		for _, v := range violations(err, c.Target.Path) {
			// The placeholder itself is judged by the member's own run.
			if len(v.Path) == len(c.Target.Path)+1 && placeholder[v.Path[len(v.Path)-1]] {
				continue
			}
			out = append(out, v)
		}
	}
	wg.Wait()
	for _, p := range parts {
		out = append(out, p.out...)
	}
	return out
}

// docSchema is the compiled OpenAPI schema of one version and, for the
// members validated apart, the subschemas of those members.
type docSchema struct {
	whole *jsonschema.Schema
	parts map[string]*jsonschema.Schema
}

// largeMembers are the top-level members that hold most of a description.
// 3.1 is not split: its schema resolves $dynamicRef through the dynamic
// scope, which starts elsewhere when a subschema is validated alone.
var largeMembers = map[spec.Version][]string{
	spec.V20: {"paths", "definitions", "parameters", "responses"},
	spec.V30: {"paths", "components"},
}

var docSchemas struct {
	once [4]sync.Once
	s    [4]*docSchema
	err  [4]error
}

func documentSchema(v spec.Version) (*docSchema, error) {
	i := int(v)
	if i < 1 || i > 3 {
		return nil, nil
	}
	docSchemas.once[i].Do(func() {
		docSchemas.s[i], docSchemas.err[i] = compileDocumentSchema(v)
	})
	return docSchemas.s[i], docSchemas.err[i]
}

// documentSchemaText is the embedded OpenAPI JSON Schema of each version.
var documentSchemaText = map[spec.Version]string{
	spec.V20: datamodel.OpenAPI2SchemaData,
	spec.V30: datamodel.OpenAPI3SchemaData,
	spec.V31: datamodel.OpenAPI31SchemaData,
}

func compileDocumentSchema(v spec.Version) (*docSchema, error) {
	doc, err := jsonschema.UnmarshalJSON(bytesReader([]byte(documentSchemaText[v])))
	if err != nil {
		return nil, err
	}
	c := jsonschema.NewCompiler()
	url := "sequere://openapi-" + v.String() + ".json"
	if err := c.AddResource(url, doc); err != nil {
		return nil, err
	}
	whole, err := c.Compile(url)
	if err != nil {
		return nil, err
	}
	s := &docSchema{whole: whole}
	m, _ := doc.(map[string]any)
	props, _ := m["properties"].(map[string]any)
	for _, k := range []string{"allOf", "anyOf", "oneOf", "not", "dependencies", "if"} {
		if _, ok := m[k]; ok {
			// A combinator at the root could judge a member from outside
			// the member's subschema: keep whole-document validation.
			return s, nil
		}
	}
	for _, key := range largeMembers[v] {
		if _, ok := props[key]; !ok {
			continue
		}
		sub, err := c.Compile(url + "#/properties/" + key)
		if err != nil {
			continue
		}
		if s.parts == nil {
			s.parts = map[string]*jsonschema.Schema{}
		}
		s.parts[key] = sub
	}
	return s, nil
}

package oasfunc

import (
	"sync"

	"github.com/pb33f/libopenapi/datamodel"
	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/sequere/sequere/internal/lint"
	"github.com/sequere/sequere/internal/spec"
)

// DocumentSchema (oasDocumentSchema) validates the entry document as written
// against the official OpenAPI JSON Schema of its version (2.0, 3.0 or 3.1),
// the copies libopenapi embeds.
func DocumentSchema(c lint.Call) []lint.Violation {
	s, err := documentSchema(c.Doc.Version)
	if err != nil || c.Target.Node == nil {
		return nil
	}
	if err := s.Validate(toValue(c.Target.Node)); err != nil {
		return violations(err, c.Target.Path)
	}
	return nil
}

var docSchemas struct {
	once [4]sync.Once
	s    [4]*jsonschema.Schema
	err  [4]error
}

func documentSchema(v spec.Version) (*jsonschema.Schema, error) {
	i := int(v)
	if i < 1 || i > 3 {
		return nil, nil
	}
	docSchemas.once[i].Do(func() {
		text := map[spec.Version]string{
			spec.V20: datamodel.OpenAPI2SchemaData,
			spec.V30: datamodel.OpenAPI3SchemaData,
			spec.V31: datamodel.OpenAPI31SchemaData,
		}[v]
		doc, err := jsonschema.UnmarshalJSON(bytesReader([]byte(text)))
		if err != nil {
			docSchemas.err[i] = err
			return
		}
		c := jsonschema.NewCompiler()
		url := "sequere://openapi-" + v.String() + ".json"
		if err := c.AddResource(url, doc); err != nil {
			docSchemas.err[i] = err
			return
		}
		docSchemas.s[i], docSchemas.err[i] = c.Compile(url)
	})
	return docSchemas.s[i], docSchemas.err[i]
}

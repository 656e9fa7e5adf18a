package plan

import (
	"bytes"
	"encoding/json"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/getkin/kin-openapi/openapi3"

	"github.com/sequere/sequere/internal/datagen"
)

// schemaSet turns kin schemas into the plain JSON values datagen reads.
// A named schema ($ref) becomes {"$ref": "kin:N"}, resolved through the set,
// so recursive schemas stay finite and every file's refs resolve alike.
type schemaSet struct {
	mu    sync.Mutex
	ids   map[*openapi3.Schema]string
	byID  map[string]any
	byRef map[string]*openapi3.Schema
	// inline keeps the JSON of unnamed schemas JSON was asked for: the
	// same node each time, so the checker compiles it once.
	inline  map[*openapi3.Schema]any
	checker *datagen.Checker
}

func newSchemaSet(kin *openapi3.T, openapi31 bool) *schemaSet {
	s := &schemaSet{ids: map[*openapi3.Schema]string{}, byID: map[string]any{}, byRef: map[string]*openapi3.Schema{},
		inline: map[*openapi3.Schema]any{}}
	s.checker = datagen.NewChecker(s, openapi31)
	return s
}

// Checker implements datagen.CheckingResolver.
func (s *schemaSet) Checker() *datagen.Checker { return s.checker }

// Resolve implements datagen.Resolver.
func (s *schemaSet) Resolve(ref string) (any, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	v, ok := s.byID[ref]
	return v, ok
}

// JSON returns the JSON form of a schema reference.
func (s *schemaSet) JSON(r *openapi3.SchemaRef) any {
	if r == nil || r.Value == nil {
		return map[string]any{}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if r.Ref == "" {
		if v, ok := s.inline[r.Value]; ok {
			return v
		}
		v := s.convert(r.Value)
		s.inline[r.Value] = v
		return v
	}
	return s.ref(r)
}

func (s *schemaSet) ref(r *openapi3.SchemaRef) any {
	if r == nil || r.Value == nil {
		return map[string]any{}
	}
	if r.Ref == "" {
		return s.convert(r.Value)
	}
	id, ok := s.ids[r.Value]
	if !ok {
		// The id ends in the schema's name: a discriminator without a
		// mapping names the member by it.
		id = "kin:" + strconv.Itoa(len(s.ids)) + "/" + refName(r.Ref)
		s.ids[r.Value] = id
		s.byID[id] = nil
		s.byID[id] = s.convert(r.Value)
	}
	return map[string]any{"$ref": id}
}

// convert renders one schema: its own keywords through kin's marshalling,
// its subschemas through ref, so a nested named schema becomes a ref too.
func (s *schemaSet) convert(v *openapi3.Schema) any {
	shallow := *v
	shallow.Properties = nil
	shallow.Items = nil
	shallow.AllOf, shallow.AnyOf, shallow.OneOf, shallow.Not = nil, nil, nil, nil
	shallow.AdditionalProperties = openapi3.AdditionalProperties{Has: v.AdditionalProperties.Has}
	shallow.PrefixItems = nil
	b, err := json.Marshal(&shallow)
	if err != nil {
		return map[string]any{}
	}
	var out map[string]any
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	if dec.Decode(&out) != nil || out == nil {
		out = map[string]any{}
	}
	if len(v.Properties) > 0 {
		props := map[string]any{}
		for name, p := range v.Properties {
			props[name] = s.ref(p)
		}
		out["properties"] = props
	}
	if v.Items != nil {
		out["items"] = s.ref(v.Items)
	}
	for key, list := range map[string]openapi3.SchemaRefs{"allOf": v.AllOf, "anyOf": v.AnyOf, "oneOf": v.OneOf, "prefixItems": v.PrefixItems} {
		if len(list) == 0 {
			continue
		}
		l := make([]any, len(list))
		for i, m := range list {
			l[i] = s.ref(m)
		}
		out[key] = l
	}
	if d, ok := out["discriminator"].(map[string]any); ok {
		s.remapDiscriminator(d, v)
	}
	if v.Not != nil {
		out["not"] = s.ref(v.Not)
	}
	if v.AdditionalProperties.Schema != nil {
		out["additionalProperties"] = s.ref(v.AdditionalProperties.Schema)
	}
	if v.Nullable {
		// datagen and its validator read 3.1 type lists; 3.0's nullable
		// means the same, for the enum too (as the mock's tree has it).
		if t, ok := out["type"].(string); ok {
			out["type"] = []any{t, "null"}
		}
		if e, ok := out["enum"].([]any); ok && !slices.Contains(e, nil) {
			out["enum"] = append(e, nil)
		}
	}
	return out
}

func bytesReader(b []byte) *bytes.Reader { return bytes.NewReader(b) }

func refName(ref string) string {
	if i := strings.LastIndexByte(ref, '/'); i >= 0 {
		return ref[i+1:]
	}
	return ref
}

// remapDiscriminator points mapping targets (refs as written) at the ids of
// the members they name, so datagen writes the mapping key for a member.
func (s *schemaSet) remapDiscriminator(d map[string]any, v *openapi3.Schema) {
	mapping, ok := d["mapping"].(map[string]any)
	if !ok {
		return
	}
	for _, list := range []openapi3.SchemaRefs{v.OneOf, v.AnyOf} {
		for _, m := range list {
			if m == nil || m.Ref == "" {
				continue
			}
			for k, target := range mapping {
				t, _ := target.(string)
				if t == m.Ref || refName(t) == refName(m.Ref) {
					mapping[k] = s.ids[m.Value]
				}
			}
		}
	}
}

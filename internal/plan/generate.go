package plan

import (
	"encoding/json"
	"hash/fnv"
	"math/rand/v2"

	"github.com/getkin/kin-openapi/openapi3"

	"github.com/sequere/sequere/internal/datagen"
)

// SchemaJSON returns a schema as the plain JSON value datagen reads; named
// schemas inside it are {"$ref": ...} resolved by Resolver.
func (p *Plan) SchemaJSON(r *openapi3.SchemaRef) any { return p.schemas.JSON(r) }

// Resolver resolves the refs in values SchemaJSON returns.
func (p *Plan) Resolver() datagen.Resolver { return p.schemas }

// Example is the operation's first example input: every required parameter
// and the body from the description's examples, defaults or a static
// sample where it has none. Optional parameters are sent only when the
// description gives them an example.
func (p *Plan) Example(op *Operation) Input {
	in := Input{Params: map[string]any{}}
	for _, prm := range op.Params {
		if v, ok := p.paramExample(prm); ok {
			in.Params[prm.Key()] = v
		} else if prm.Required {
			in.Params[prm.Key()] = p.sample(prm.Schema, datagen.Options{Direction: datagen.Request, NoNull: true})
		}
	}
	if op.Body != nil {
		m := op.Body.Media[0]
		in.MediaType, in.HasBody = m.Type, true
		if v, ok := p.mediaExamples(m); ok {
			in.Body = v[0]
		} else {
			in.Body = p.sample(m.Schema, datagen.Options{Direction: datagen.Request})
		}
	}
	p.fix(op, &in)
	return in
}

// fix applies Fixed to in.
func (p *Plan) fix(op *Operation, in *Input) {
	for _, scope := range []string{"*", op.ID} {
		for key, v := range p.Fixed[scope] {
			for _, prm := range op.Params {
				if prm.Key() == key {
					in.Params[key] = v
				}
			}
		}
	}
}

// Examples lists one input per example the description writes for the
// operation (named body examples, parameter examples), starting with
// Example. There is always at least one.
func (p *Plan) Examples(op *Operation) []Input {
	first := p.Example(op)
	out := []Input{first}
	if op.Body != nil {
		for _, m := range op.Body.Media {
			vals, _ := p.mediaExamples(m)
			for i, v := range vals {
				if m == op.Body.Media[0] && i == 0 {
					continue
				}
				in := first.Clone()
				in.MediaType, in.Body = m.Type, v
				out = append(out, in)
			}
		}
	}
	for _, prm := range op.Params {
		if prm.Kin == nil || len(prm.Kin.Examples) < 2 {
			continue
		}
		for i, name := range sortedKeys(prm.Kin.Examples) {
			ex := prm.Kin.Examples[name]
			if i == 0 || ex == nil || ex.Value == nil || ex.Value.Value == nil {
				continue
			}
			v := normalise(ex.Value.Value)
			if !p.conforms(prm.Schema, v) {
				continue
			}
			in := first.Clone()
			in.Params[prm.Key()] = v
			out = append(out, in)
		}
	}
	return out
}

// Random is a valid input drawn from the schemas with seed: every required
// parameter, each optional one with even odds, and the body.
func (p *Plan) Random(op *Operation, seed uint64) Input {
	rng := rand.New(rand.NewPCG(seed, 0x5eed))
	in := Input{Params: map[string]any{}}
	for _, prm := range op.Params {
		if !prm.Required && rng.IntN(2) == 0 {
			continue
		}
		in.Params[prm.Key()] = p.sample(prm.Schema, datagen.Options{Dynamic: true, Seed: subSeed(seed, prm.Key()), Direction: datagen.Request, NoNull: true})
	}
	if op.Body != nil {
		m := op.Body.Media[0]
		in.MediaType, in.HasBody = m.Type, true
		in.Body = p.sample(m.Schema, datagen.Options{Dynamic: true, Seed: subSeed(seed, "body"), Direction: datagen.Request})
	}
	p.fix(op, &in)
	return in
}

// Sample generates one value for a schema (static when o.Dynamic is false).
func (p *Plan) Sample(r *openapi3.SchemaRef, o datagen.Options) any { return p.sample(r, o) }

func (p *Plan) sample(r *openapi3.SchemaRef, o datagen.Options) any {
	if r == nil {
		return "string"
	}
	return datagen.Generate(p.schemas, p.schemas.JSON(r), o)
}

func subSeed(seed uint64, key string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(key))
	return seed ^ h.Sum64()
}

// conforms: the description's examples are often wrong (a date on a
// date-time, a value outside the enum); sent as valid input they would
// make an honest server look broken, so only the ones their schema
// accepts are used.
func (p *Plan) conforms(r *openapi3.SchemaRef, v any) bool {
	if r == nil || r.Value == nil {
		return true
	}
	return datagen.Conforms(p.schemas, p.schemas.JSON(r), v)
}

// paramExample is the parameter's first example (its own, a named one,
// its schema's example or default) that its schema accepts.
func (p *Plan) paramExample(prm *Parameter) (any, bool) {
	k := prm.Kin
	if k == nil {
		return nil, false
	}
	var candidates []any
	if k.Example != nil {
		candidates = append(candidates, k.Example)
	}
	for _, name := range sortedKeys(k.Examples) {
		if ex := k.Examples[name]; ex != nil && ex.Value != nil && ex.Value.Value != nil {
			candidates = append(candidates, ex.Value.Value)
		}
	}
	if prm.Schema != nil && prm.Schema.Value != nil {
		s := prm.Schema.Value
		if s.Example != nil {
			candidates = append(candidates, s.Example)
		}
		if s.Default != nil {
			candidates = append(candidates, s.Default)
		}
	}
	for _, c := range candidates {
		if v := normalise(c); p.conforms(prm.Schema, v) {
			return v, true
		}
	}
	return nil, false
}

// mediaExamples lists a media type's examples that its schema accepts, in
// a stable order.
func (p *Plan) mediaExamples(m *Media) ([]any, bool) {
	var out []any
	add := func(v any) {
		if v = normalise(v); p.conforms(m.Schema, v) {
			out = append(out, v)
		}
	}
	if m.Kin != nil {
		if m.Kin.Example != nil {
			add(m.Kin.Example)
		}
		for _, name := range sortedKeys(m.Kin.Examples) {
			if ex := m.Kin.Examples[name]; ex != nil && ex.Value != nil && ex.Value.Value != nil {
				add(ex.Value.Value)
			}
		}
	}
	if len(out) == 0 && m.Schema != nil && m.Schema.Value != nil && m.Schema.Value.Example != nil {
		add(m.Schema.Value.Example)
	}
	return out, len(out) > 0
}

// normalise turns kin's decoded example values (YAML-typed) into JSON
// values with json.Number numbers.
func normalise(v any) any {
	b, err := json.Marshal(v)
	if err != nil {
		return nil
	}
	var out any
	dec := json.NewDecoder(bytesReader(b))
	dec.UseNumber()
	if dec.Decode(&out) != nil {
		return nil
	}
	return out
}

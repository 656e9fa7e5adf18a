package docs

import (
	"strconv"

	yaml "github.com/pb33f/go-yaml"

	"github.com/sequere/sequere/internal/datagen"
	"github.com/sequere/sequere/internal/spec"
)

// values hands schemas to the shared data generator: each schema node becomes
// plain JSON once, its $refs rewritten to keys this resolver answers.
type values struct {
	d     *spec.Document
	keys  map[*yaml.Node]string
	nodes map[string]node
	conv  map[string]any
}

func newValues(d *spec.Document) *values {
	return &values{d: d, keys: map[*yaml.Node]string{}, nodes: map[string]node{}, conv: map[string]any{}}
}

func (v *values) Resolve(ref string) (any, bool) {
	if c, ok := v.conv[ref]; ok {
		return c, true
	}
	x, ok := v.nodes[ref]
	if !ok {
		return nil, false
	}
	c := v.convert(x, 0)
	v.conv[ref] = c
	return c, true
}

func (v *values) key(x node) string {
	t := x.deref()
	if t.n == nil || spec.RefOf(t.n) != "" {
		return ""
	}
	if k, ok := v.keys[t.n]; ok {
		return k
	}
	k := "n" + strconv.Itoa(len(v.keys))
	v.keys[t.n] = k
	v.nodes[k] = t
	return k
}

func (v *values) convert(x node, depth int) any {
	n := x.n
	if n == nil || depth > 64 {
		return nil
	}
	if spec.RefOf(n) != "" {
		k := v.key(x)
		if k == "" {
			return map[string]any{}
		}
		return map[string]any{"$ref": k}
	}
	switch n.Kind {
	case yaml.MappingNode:
		m := make(map[string]any, len(n.Content)/2)
		for i := 0; i+1 < len(n.Content); i += 2 {
			m[n.Content[i].Value] = v.convert(node{x.d, n.Content[i+1], x.file}, depth+1)
		}
		return m
	case yaml.SequenceNode:
		s := make([]any, len(n.Content))
		for i, c := range n.Content {
			s[i] = v.convert(node{x.d, c, x.file}, depth+1)
		}
		return s
	}
	return plain(n, depth)
}

// sample is a deterministic value for a schema, for examples and try-it.
func (v *values) sample(schema node, dir datagen.Direction) any {
	if !schema.ok() {
		return nil
	}
	return datagen.Generate(v, v.convert(schema, 0), datagen.Options{Direction: dir, MaxDepth: 4})
}

// example is the media type's (or parameter's) own example, else the first
// of its named examples, else a sample of its schema; generated says which.
func (v *values) example(media node, dir datagen.Direction) (text string, generated bool) {
	if ex := media.raw("example"); ex.ok() {
		return nodeJSON(ex.n), false
	}
	for _, p := range media.get("examples").pairs() {
		if val := p.v.deref().raw("value"); val.ok() {
			return nodeJSON(val.n), false
		}
	}
	s := media.raw("schema")
	if !s.ok() {
		return "", false
	}
	if ex := s.deref().raw("example"); ex.ok() {
		return nodeJSON(ex.n), false
	}
	text = prettyJSON(v.sample(s, dir))
	if len(text) > maxGenerated {
		return "", true
	}
	return text, true
}

// maxGenerated bounds an example made up from a schema: past a few screens
// it says less than the schema beside it, and Stripe's would make up half
// of its page.
const maxGenerated = 4 << 10

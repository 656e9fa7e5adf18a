package diff

import (
	yaml "github.com/pb33f/go-yaml"
)

// shape is a subtree's content hash and whether it holds a $ref.
type shape struct {
	h      uint64
	hasRef bool
}

// identical reports whether two schema subtrees are written the same way and
// hold no $ref: then nothing under them can differ and the walk is skipped.
// Large inline request bodies (Stripe's form bodies) are mostly unchanged
// between versions, so this saves most of the comparison time. Hashes are
// memoised per node, so each node is hashed once.
func (c *comparer) identical(b, r *yaml.Node) bool {
	sb, sr := c.shapeOf(b, 0), c.shapeOf(r, 0)
	return !sb.hasRef && !sr.hasRef && sb.h == sr.h
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func (c *comparer) shapeOf(n *yaml.Node, depth int) shape {
	if n == nil {
		return shape{}
	}
	if s, ok := c.shapes[n]; ok {
		return s
	}
	s := shape{h: fnvOffset}
	mix := func(x uint64) { s.h = (s.h ^ x) * fnvPrime }
	mixStr := func(v string) {
		for i := 0; i < len(v); i++ {
			mix(uint64(v[i]))
		}
		mix(0xff)
	}
	mix(uint64(n.Kind))
	switch {
	case depth > 200:
		s.hasRef = true // too deep to vouch for: compare it properly
	case n.Kind == yaml.ScalarNode:
		mixStr(n.Value)
	case n.Kind == yaml.AliasNode:
		s.hasRef = true
	default:
		for i, ch := range n.Content {
			if n.Kind == yaml.MappingNode && i%2 == 0 && ch.Value == "$ref" {
				s.hasRef = true
			}
			cs := c.shapeOf(ch, depth+1)
			mix(cs.h)
			s.hasRef = s.hasRef || cs.hasRef
		}
	}
	if n.Kind != yaml.ScalarNode {
		c.shapes[n] = s
	}
	return s
}

// sameNode reports whether two optional documentation nodes (examples,
// links) are written the same way; absent on both sides is the same.
func (c *comparer) sameNode(b, r *yaml.Node) bool {
	if b == nil || r == nil {
		return b == nil && r == nil
	}
	return canonical(b) == canonical(r)
}

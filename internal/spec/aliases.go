package spec

import (
	yaml "github.com/pb33f/go-yaml"

	"github.com/sequere/sequere/internal/report"
)

// A YAML alias stands for a copy of its anchored node, so a few hundred bytes
// of nested aliases ("billion laughs") stand for billions of nodes. Every
// consumer that reads values (lint rules, the JSON Schema validation, the
// mock's examples, the code generator, diff) sees aliases as written-out
// copies, so the loader bounds the copies once for all of them, in the spirit
// of go-yaml's "excessive aliasing" rule: a few aliases are fine, an expansion
// many times the document's size is not.
//
// A file's expanded size counts every node as if each alias were replaced by
// a copy of what it names. It may be at most the larger of
// AliasExpansionFloor nodes and AliasExpansionFactor times the file's written
// node count; beyond that Load refuses the file, naming the anchor whose
// copies weigh most.
const (
	// AliasExpansionFloor is the expanded size (in YAML nodes) every file may
	// reach whatever its written size: enough for any reuse of components
	// through aliases, small enough that each consumer's copy of the
	// expansion stays within tens of megabytes.
	AliasExpansionFloor = 250_000
	// AliasExpansionFactor is how many times its written size a large file may
	// grow through aliases.
	AliasExpansionFactor = 2
)

// aliasLimit is the largest expanded size allowed for a file of written nodes.
func aliasLimit(written int) int {
	return max(AliasExpansionFloor, AliasExpansionFactor*written)
}

// checkAliases returns an input error when the aliases of the tree under root
// (held in file) expand past aliasLimit. Trees without aliases cost one walk.
func checkAliases(file string, root *yaml.Node) *Error {
	var c aliasCounter
	written := c.countWritten(root)
	if !c.sawAlias {
		return nil
	}
	limit := aliasLimit(written)
	c.limit = limit
	c.expanded = map[*yaml.Node]int{}
	total := c.expandedSize(root, 0)
	if total <= limit {
		return nil
	}
	a := c.heaviest
	if a == nil {
		a = root
	}
	loc := report.Location{File: file, Line: a.Line, Col: a.Column}
	return errorf(loc, "excessive YAML aliasing: with its aliases written out this file would pass %d nodes (it is written with %d; the limit is the larger of %d and %d times the written size), most of them copies of anchor &%s; write the repeated part once (under components) and $ref it",
		limit, written, AliasExpansionFloor, AliasExpansionFactor, a.Anchor)
}

type aliasCounter struct {
	sawAlias bool
	limit    int
	// expanded memoises the expanded size of anchored nodes, so the count is
	// linear in the written tree however deep the aliases nest.
	expanded map[*yaml.Node]int
	// weights sums, per anchored node, the sizes of its written uses;
	// heaviest is the anchored node of the largest weight.
	weights  map[*yaml.Node]int
	heaviest *yaml.Node
	weight   int
}

func (c *aliasCounter) countWritten(n *yaml.Node) int {
	if n == nil {
		return 0
	}
	if n.Kind == yaml.AliasNode {
		c.sawAlias = true
		return 1
	}
	total := 1
	for _, ch := range n.Content {
		total += c.countWritten(ch)
	}
	return total
}

// expandedSize is the node count under n with aliases written out, saturated
// at limit+1 so that it cannot overflow. depth stops an alias that reaches
// its own anchor (a cycle go-yaml's node API allows).
func (c *aliasCounter) expandedSize(n *yaml.Node, depth int) int {
	if n == nil {
		return 0
	}
	if depth > 10_000 {
		return c.limit + 1
	}
	if n.Kind == yaml.AliasNode {
		t := n.Alias
		if t == nil {
			return 1
		}
		size := c.expandedSize(t, depth+1)
		// Every use adds its weight, so the anchor used most times its size
		// is the one to name.
		c.note(t, size)
		return size
	}
	if n.Anchor != "" {
		if s, ok := c.expanded[n]; ok {
			return s
		}
	}
	total := 1
	for _, ch := range n.Content {
		total += c.expandedSize(ch, depth+1)
		if total > c.limit {
			total = c.limit + 1
		}
	}
	if n.Anchor != "" {
		c.expanded[n] = total
	}
	return total
}

// note adds one use of anchored node t (expanding to size nodes) to its
// weight. On ties the anchor reached first wins: in a nested bomb that is the
// innermost anchor whose copies alone pass the limit.
func (c *aliasCounter) note(t *yaml.Node, size int) {
	if c.weights == nil {
		c.weights = map[*yaml.Node]int{}
	}
	w := c.weights[t] + size
	c.weights[t] = w
	if w > c.weight {
		c.heaviest, c.weight = t, w
	}
}

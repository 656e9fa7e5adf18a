package lint

import (
	"math"
	"strconv"
	"strings"

	yaml "github.com/pb33f/go-yaml"
)

type vkind uint8

const (
	vUndef vkind = iota
	vNull
	vBool
	vNum
	vStr
	vNode   // a mapping or sequence
	vRegex  // a regex literal
	vGlobal // Array, Object, ... as a receiver of static methods
	vCtor   // x.constructor
)

// val is a JavaScript value as filters see it. Objects and arrays stay YAML
// nodes; only scalars are converted, and only when read.
type val struct {
	k    vkind
	b    bool
	n    float64
	s    string
	node *yaml.Node
	re   *Regex
}

// env is what a filter is evaluated against: @ is cur, reached from parent
// under prop.
type env struct {
	cur, parent, root *yaml.Node
	prop              val
	parentProp        val
	path              func() string
	// above returns the node that holds parent: what jsonpath-plus and
	// nimma call @parent in a filter (the parent of the node being
	// filtered, not of @). Nil means undefined.
	above func() *yaml.Node
	deref func(*yaml.Node) *yaml.Node
}

func (e *env) pathString() string {
	if e.path == nil {
		return ""
	}
	return e.path()
}

func boolVal(b bool) val      { return val{k: vBool, b: b} }
func numVal(n float64) val    { return val{k: vNum, n: n} }
func strVal(s string) val     { return val{k: vStr, s: s} }
func keyVal(k string) val     { return val{k: vStr, s: k} }
func indexVal(i int) val      { return val{k: vNum, n: float64(i)} }
func (v val) isNullish() bool { return v.k == vUndef || v.k == vNull }

// nodeVal converts a YAML node: scalars by their resolved tag, collections
// stay nodes. A nil node is undefined.
func nodeVal(n *yaml.Node) val {
	if n == nil {
		return val{}
	}
	if n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	if n.Kind != yaml.ScalarNode {
		return val{k: vNode, node: n}
	}
	switch n.ShortTag() {
	case "!!null":
		return val{k: vNull}
	case "!!bool":
		b, _ := strconv.ParseBool(strings.ToLower(n.Value))
		return boolVal(b)
	case "!!int", "!!float":
		if f, err := strconv.ParseFloat(n.Value, 64); err == nil {
			return numVal(f)
		}
		if i, err := strconv.ParseInt(n.Value, 0, 64); err == nil {
			return numVal(float64(i))
		}
	}
	return strVal(n.Value)
}

func (v val) truthy() bool {
	switch v.k {
	case vBool:
		return v.b
	case vNum:
		return v.n != 0 && !math.IsNaN(v.n)
	case vStr:
		return v.s != ""
	case vNode, vRegex, vGlobal, vCtor:
		return true
	}
	return false
}

func (v val) number() float64 {
	switch v.k {
	case vNum:
		return v.n
	case vBool:
		if v.b {
			return 1
		}
		return 0
	case vNull:
		return 0
	case vStr:
		if f, err := strconv.ParseFloat(strings.TrimSpace(v.s), 64); err == nil {
			return f
		}
	}
	return math.NaN()
}

// String converts like JavaScript's String(v) for the cases filters meet.
func (v val) String() string {
	switch v.k {
	case vUndef:
		return "undefined"
	case vNull:
		return "null"
	case vBool:
		return strconv.FormatBool(v.b)
	case vNum:
		return strconv.FormatFloat(v.n, 'f', -1, 64)
	case vStr, vGlobal, vCtor:
		return v.s
	case vRegex:
		return "/" + v.re.String() + "/"
	}
	if v.node != nil && v.node.Kind == yaml.SequenceNode {
		parts := make([]string, len(v.node.Content))
		for i, c := range v.node.Content {
			parts[i] = nodeVal(c).String()
		}
		return strings.Join(parts, ",")
	}
	return "[object Object]"
}

func (v val) typeOf() string {
	switch v.k {
	case vUndef:
		return "undefined"
	case vBool:
		return "boolean"
	case vNum:
		return "number"
	case vStr:
		return "string"
	case vGlobal, vCtor:
		return "function"
	}
	return "object"
}

func (v val) isArray() bool { return v.k == vNode && v.node.Kind == yaml.SequenceNode }

// member reads v[name], following $refs when the walk is over the resolved
// document.
func (v val) member(e *env, name string) val {
	switch v.k {
	case vNode:
		n := v.node
		if n.Kind == yaml.MappingNode {
			for i := 0; i+1 < len(n.Content); i += 2 {
				if n.Content[i].Value == name {
					c := n.Content[i+1]
					if e.deref != nil {
						c = e.deref(c)
					}
					return nodeVal(c)
				}
			}
			if name == "constructor" {
				return val{k: vCtor, s: "Object"}
			}
			return val{}
		}
		if name == "length" {
			return numVal(float64(len(n.Content)))
		}
		if name == "constructor" {
			return val{k: vCtor, s: "Array"}
		}
		if i, ok := index(name); ok && i < len(n.Content) {
			c := n.Content[i]
			if e.deref != nil {
				c = e.deref(c)
			}
			return nodeVal(c)
		}
	case vStr:
		if name == "length" {
			return numVal(float64(len([]rune(v.s))))
		}
		if name == "constructor" {
			return val{k: vCtor, s: "String"}
		}
	case vNum:
		if name == "constructor" {
			return val{k: vCtor, s: "Number"}
		}
	case vBool:
		if name == "constructor" {
			return val{k: vCtor, s: "Boolean"}
		}
	case vCtor:
		if name == "name" {
			return strVal(v.s)
		}
	case vRegex:
		if name == "source" {
			return strVal(v.re.String())
		}
	}
	return val{}
}

func strictEq(a, b val) bool {
	if a.k != b.k {
		return false
	}
	switch a.k {
	case vUndef, vNull:
		return true
	case vBool:
		return a.b == b.b
	case vNum:
		return a.n == b.n
	case vStr, vGlobal, vCtor:
		return a.s == b.s
	case vNode:
		return a.node == b.node
	}
	return false
}

func looseEq(a, b val) bool {
	if a.isNullish() || b.isNullish() {
		return a.isNullish() && b.isNullish()
	}
	if a.k == b.k {
		return strictEq(a, b)
	}
	if a.k == vNode || b.k == vNode {
		if a.k == vNode {
			a, b = b, a
		}
		return a.String() == b.String()
	}
	return a.number() == b.number()
}

func compare(a, b val, op string) bool {
	if a.k == vStr && b.k == vStr {
		c := strings.Compare(a.s, b.s)
		switch op {
		case "<":
			return c < 0
		case ">":
			return c > 0
		case "<=":
			return c <= 0
		}
		return c >= 0
	}
	x, y := a.number(), b.number()
	switch op {
	case "<":
		return x < y
	case ">":
		return x > y
	case "<=":
		return x <= y
	}
	return x >= y
}

func typeSelector(v val, kind string) bool {
	switch kind {
	case "string":
		return v.k == vStr
	case "number":
		return v.k == vNum
	case "integer":
		return v.k == vNum && v.n == math.Trunc(v.n)
	case "boolean":
		return v.k == vBool
	case "null":
		return v.k == vNull
	case "array":
		return v.isArray()
	case "object":
		return v.k == vNode && !v.isArray()
	case "scalar":
		return v.k != vNode
	}
	return false
}

// index parses a non-negative array index without allocating on failure.
func index(s string) (int, bool) {
	if s == "" || len(s) > 9 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}

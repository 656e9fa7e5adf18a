package lint

import (
	"strings"

	yaml "github.com/pb33f/go-yaml"
)

// methodCall compiles recv.name(args...) for the methods rulesets call in
// filters. Unknown methods evaluate to undefined rather than failing, as a
// TypeError inside jsonpath-plus filters only drops the candidate.
func methodCall(recv evalFn, name string, args []evalFn) evalFn {
	return func(e *env) val {
		r := recv(e)
		if r.isNullish() {
			// A TypeError in JavaScript: jsonpath-plus drops the candidate.
			return val{}
		}
		a := make([]val, len(args))
		for i, f := range args {
			a[i] = f(e)
		}
		arg := func(i int) val {
			if i < len(a) {
				return a[i]
			}
			return val{}
		}
		switch r.k {
		case vGlobal:
			switch r.s + "." + name {
			case "Array.isArray":
				return boolVal(arg(0).isArray())
			case "Object.keys":
				return keysOf(arg(0))
			}
		case vRegex:
			if name == "test" {
				return boolVal(r.re.MatchString(arg(0).String()))
			}
		case vStr:
			return stringMethod(r.s, name, arg)
		case vNode:
			if r.isArray() {
				return arrayMethod(e, r.node, name, arg)
			}
			if name == "hasOwnProperty" {
				return boolVal(r.member(e, arg(0).String()).k != vUndef)
			}
		}
		if name == "toString" {
			return strVal(r.String())
		}
		return val{}
	}
}

func stringMethod(s, name string, arg func(int) val) val {
	switch name {
	case "match", "search":
		re := arg(0)
		if re.k != vRegex {
			var err error
			if re.re, err = CompileRegex(re.String()); err != nil {
				return val{k: vNull}
			}
		}
		if re.re.MatchString(s) {
			if name == "search" {
				return numVal(0)
			}
			return boolVal(true)
		}
		if name == "search" {
			return numVal(-1)
		}
		return val{k: vNull}
	case "startsWith":
		return boolVal(strings.HasPrefix(s, arg(0).String()))
	case "endsWith":
		return boolVal(strings.HasSuffix(s, arg(0).String()))
	case "includes":
		return boolVal(strings.Contains(s, arg(0).String()))
	case "indexOf":
		return numVal(float64(strings.Index(s, arg(0).String())))
	case "toLowerCase":
		return strVal(strings.ToLower(s))
	case "toUpperCase":
		return strVal(strings.ToUpper(s))
	case "trim":
		return strVal(strings.TrimSpace(s))
	case "toString":
		return strVal(s)
	}
	return val{}
}

func arrayMethod(e *env, n *yaml.Node, name string, arg func(int) val) val {
	switch name {
	case "includes", "indexOf":
		want := arg(0)
		for i, c := range n.Content {
			if e.deref != nil {
				c = e.deref(c)
			}
			if strictEq(nodeVal(c), want) {
				if name == "indexOf" {
					return numVal(float64(i))
				}
				return boolVal(true)
			}
		}
		if name == "indexOf" {
			return numVal(-1)
		}
		return boolVal(false)
	case "join":
		sep := ","
		if s := arg(0); s.k == vStr {
			sep = s.s
		}
		parts := make([]string, len(n.Content))
		for i, c := range n.Content {
			parts[i] = nodeVal(c).String()
		}
		return strVal(strings.Join(parts, sep))
	}
	return val{}
}

func keysOf(v val) val {
	if v.k != vNode || v.node.Kind != yaml.MappingNode {
		return val{k: vNode, node: &yaml.Node{Kind: yaml.SequenceNode}}
	}
	seq := &yaml.Node{Kind: yaml.SequenceNode}
	for i := 0; i+1 < len(v.node.Content); i += 2 {
		seq.Content = append(seq.Content, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: v.node.Content[i].Value})
	}
	return val{k: vNode, node: seq}
}

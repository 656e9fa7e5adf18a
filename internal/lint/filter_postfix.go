package lint

import (
	"fmt"
)

func (p *parser) postfix() (evalFn, error) {
	bareAt := p.peek().kind == tAt && p.peek().text == ""
	x, err := p.primary()
	first := true
	for err == nil {
		// A chain that starts by reading a member of a scalar @ is undefined
		// whatever follows, except the members strings have.
		if first && bareAt && p.peek().kind == tPunct && (p.peek().text == "." || p.peek().text == "[") {
			nt := p.toks[p.i+1]
			if p.peek().text == "[" || nt.kind == tIdent && nt.text != "length" && nt.text != "constructor" && p.toks[p.i+2].text != "(" {
				p.a = attr{undef: true, falsy: true}
			} else {
				p.a = attr{}
			}
		} else if !first && !p.a.undef {
			p.a = attr{}
		}
		first = false
		saved := p.a
		switch {
		case p.accept("."):
			t := p.peek()
			if t.kind != tIdent {
				return nil, fmt.Errorf("expected a name after `.` at offset %d", t.pos)
			}
			p.i++
			if p.accept("(") {
				var args []evalFn
				if args, err = p.args(); err == nil {
					x = methodCall(x, t.text, args)
				}
				p.a = attr{undef: saved.undef, falsy: saved.undef}
				continue
			}
			recv, name := x, t.text
			x = func(e *env) val { return recv(e).member(e, name) }
		case p.accept("["):
			var idx evalFn
			if idx, err = p.ternary(); err != nil {
				return nil, err
			}
			if err = p.expect("]"); err != nil {
				return nil, err
			}
			p.a = saved
			recv := x
			x = func(e *env) val { return recv(e).member(e, idx(e).String()) }
		default:
			return x, nil
		}
	}
	return x, err
}

func (p *parser) args() ([]evalFn, error) {
	var args []evalFn
	if p.accept(")") {
		return nil, nil
	}
	for {
		a, err := p.ternary()
		if err != nil {
			return nil, err
		}
		args = append(args, a)
		if p.accept(")") {
			return args, nil
		}
		if err := p.expect(","); err != nil {
			return nil, err
		}
	}
}

func (p *parser) primary() (evalFn, error) {
	t := p.peek()
	p.i++
	p.a = attr{lit: t.kind == tNum || t.kind == tStr || t.kind == tRegex ||
		t.kind == tIdent && (t.text == "true" || t.text == "false"),
		nullish: t.kind == tIdent && (t.text == "null" || t.text == "undefined")}
	switch t.kind {
	case tAt:
		switch t.text {
		case "":
			return func(e *env) val { return nodeVal(e.cur) }, nil
		case "property":
			return func(e *env) val { return e.prop }, nil
		case "parent":
			// It depends on the route, like @parentProperty.
			p.usesPath = true
			return func(e *env) val {
				if e.above == nil {
					return val{}
				}
				return nodeVal(e.above())
			}, nil
		case "parentProperty":
			p.usesPath = true
			return func(e *env) val { return e.parentProp }, nil
		case "path":
			p.usesPath = true
			return func(e *env) val { return strVal(e.pathString()) }, nil
		case "root":
			return func(e *env) val { return nodeVal(e.root) }, nil
		case "string", "number", "boolean", "null", "array", "object", "integer", "scalar":
			// Type selectors written as @string() inside a filter.
			kind := t.text
			if p.accept("(") {
				if err := p.expect(")"); err != nil {
					return nil, err
				}
			}
			return func(e *env) val { return boolVal(typeSelector(nodeVal(e.cur), kind)) }, nil
		}
		return nil, fmt.Errorf("unknown variable @%s at offset %d", t.text, t.pos)
	case tNum:
		return func(*env) val { return numVal(t.num) }, nil
	case tStr:
		v := strVal(t.text)
		return func(*env) val { return v }, nil
	case tRegex:
		re, err := compileJSRegex(t.text, t.flags)
		if err != nil {
			return nil, fmt.Errorf("regular expression /%s/ at offset %d: %v", t.text, t.pos, err)
		}
		v := val{k: vRegex, re: re}
		return func(*env) val { return v }, nil
	case tIdent:
		switch t.text {
		case "true", "false":
			v := boolVal(t.text == "true")
			return func(*env) val { return v }, nil
		case "null":
			return func(*env) val { return val{k: vNull} }, nil
		case "undefined":
			return func(*env) val { return val{} }, nil
		case "Array", "Object", "String", "Number", "Boolean", "RegExp":
			v := val{k: vGlobal, s: t.text}
			return func(*env) val { return v }, nil
		}
		return nil, fmt.Errorf("unknown name %q at offset %d", t.text, t.pos)
	case tPunct:
		if t.text == "(" {
			x, err := p.ternary()
			if err != nil {
				return nil, err
			}
			p.a.lit, p.a.nullish = false, false
			return x, p.expect(")")
		}
	}
	if t.kind == tEOF {
		return nil, fmt.Errorf("unexpected end of expression")
	}
	return nil, fmt.Errorf("unexpected %q at offset %d", t.text, t.pos)
}

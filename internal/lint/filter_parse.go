package lint

import (
	"fmt"
	"strconv"
	"strings"
)

// expr is a compiled filter expression: the JavaScript subset Spectral
// rulesets write inside [?(...)] (comparisons, && || !, member access, a few
// string and array methods, regex literals, typeof and void 0).
type expr struct {
	eval     func(*env) val
	usesPath bool
	// objOnly is true when the filter is false for every scalar @ (it needs
	// a member of @ to be present), so the walk can skip evaluating it on the
	// scalar majority of nodes.
	objOnly bool
}

// attr describes the expression a parse function just returned, for the
// objOnly analysis: undef means "undefined when @ is a scalar", falsy means
// "falsy when @ is a scalar", lit means "a literal that is neither undefined
// nor null".
type attr struct{ undef, falsy, lit, nullish bool }

type tokKind uint8

const (
	tEOF tokKind = iota
	tAt          // @, @property, @parent, @parentProperty, @path, @root
	tIdent
	tNum
	tStr
	tRegex
	tPunct
)

type token struct {
	kind  tokKind
	text  string
	flags string // regex flags
	num   float64
	pos   int
}

func tokenize(src string) ([]token, error) {
	var toks []token
	operandEnded := false // a `/` after an operand is division, else a regex
	for i := 0; i < len(src); {
		c := src[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			i++
			continue
		case c == '@':
			j := i + 1
			for j < len(src) && isIdentChar(src[j]) {
				j++
			}
			toks = append(toks, token{kind: tAt, text: src[i+1 : j], pos: i})
			i = j
			operandEnded = true
			continue
		case isIdentStart(c):
			j := i
			for j < len(src) && isIdentChar(src[j]) {
				j++
			}
			toks = append(toks, token{kind: tIdent, text: src[i:j], pos: i})
			i = j
			operandEnded = true
			continue
		case c >= '0' && c <= '9':
			j := i
			for j < len(src) && (src[j] >= '0' && src[j] <= '9' || src[j] == '.' || src[j] == 'e' || src[j] == 'E') {
				j++
			}
			n, err := strconv.ParseFloat(src[i:j], 64)
			if err != nil {
				return nil, fmt.Errorf("bad number %q at offset %d", src[i:j], i)
			}
			toks = append(toks, token{kind: tNum, num: n, pos: i})
			i = j
			operandEnded = true
			continue
		case c == '\'' || c == '"':
			var b strings.Builder
			j := i + 1
			for ; j < len(src) && src[j] != c; j++ {
				if src[j] == '\\' && j+1 < len(src) {
					j++
				}
				b.WriteByte(src[j])
			}
			if j >= len(src) {
				return nil, fmt.Errorf("unclosed string at offset %d", i)
			}
			toks = append(toks, token{kind: tStr, text: b.String(), pos: i})
			i = j + 1
			operandEnded = true
			continue
		case c == '/' && !operandEnded:
			j, inClass := i+1, false
			for ; j < len(src); j++ {
				if src[j] == '\\' {
					j++
					continue
				}
				if src[j] == '[' {
					inClass = true
				} else if src[j] == ']' {
					inClass = false
				} else if src[j] == '/' && !inClass {
					break
				}
			}
			if j >= len(src) {
				return nil, fmt.Errorf("unclosed regular expression at offset %d", i)
			}
			k := j + 1
			for k < len(src) && src[k] >= 'a' && src[k] <= 'z' {
				k++
			}
			toks = append(toks, token{kind: tRegex, text: src[i+1 : j], flags: src[j+1 : k], pos: i})
			i = k
			operandEnded = true
			continue
		}
		op := ""
		for _, cand := range []string{"===", "!==", "==", "!=", "<=", ">=", "&&", "||", "<", ">", "!", "(", ")", "[", "]", ".", ",", "+", "-", "?", ":"} {
			if strings.HasPrefix(src[i:], cand) {
				op = cand
				break
			}
		}
		if op == "" {
			return nil, fmt.Errorf("unexpected %q at offset %d", c, i)
		}
		toks = append(toks, token{kind: tPunct, text: op, pos: i})
		i += len(op)
		operandEnded = op == ")" || op == "]"
	}
	return append(toks, token{kind: tEOF, pos: len(src)}), nil
}

func isIdentStart(c byte) bool {
	return c == '_' || c == '$' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

func isIdentChar(c byte) bool { return isIdentStart(c) || c >= '0' && c <= '9' }

type parser struct {
	toks     []token
	i        int
	usesPath bool
	a        attr
}

func parseExpr(src string) (*expr, error) {
	toks, err := tokenize(src)
	if err != nil {
		return nil, err
	}
	p := &parser{toks: toks}
	f, err := p.ternary()
	if err != nil {
		return nil, err
	}
	if t := p.peek(); t.kind != tEOF {
		return nil, fmt.Errorf("unexpected %q at offset %d", t.text, t.pos)
	}
	return &expr{eval: f, usesPath: p.usesPath, objOnly: p.a.falsy}, nil
}

func (p *parser) peek() token { return p.toks[p.i] }

func (p *parser) accept(op string) bool {
	if t := p.toks[p.i]; t.kind == tPunct && t.text == op {
		p.i++
		return true
	}
	return false
}

func (p *parser) expect(op string) error {
	if !p.accept(op) {
		t := p.peek()
		return fmt.Errorf("expected %q at offset %d", op, t.pos)
	}
	return nil
}

type evalFn = func(*env) val

func (p *parser) ternary() (evalFn, error) {
	cond, err := p.or()
	if err != nil || !p.accept("?") {
		return cond, err
	}
	p.a = attr{}
	a, err := p.ternary()
	if err != nil {
		return nil, err
	}
	if err := p.expect(":"); err != nil {
		return nil, err
	}
	b, err := p.ternary()
	if err != nil {
		return nil, err
	}
	return func(e *env) val {
		if cond(e).truthy() {
			return a(e)
		}
		return b(e)
	}, nil
}

func (p *parser) or() (evalFn, error) {
	l, err := p.and()
	for err == nil && p.accept("||") {
		var r evalFn
		la := p.a
		if r, err = p.and(); err == nil {
			p.a = attr{falsy: la.falsy && p.a.falsy}
			a, b := l, r
			l = func(e *env) val {
				if v := a(e); v.truthy() {
					return v
				}
				return b(e)
			}
		}
	}
	return l, err
}

func (p *parser) and() (evalFn, error) {
	l, err := p.equality()
	for err == nil && p.accept("&&") {
		var r evalFn
		la := p.a
		if r, err = p.equality(); err == nil {
			p.a = attr{falsy: la.falsy || p.a.falsy}
			a, b := l, r
			l = func(e *env) val {
				if v := a(e); !v.truthy() {
					return v
				}
				return b(e)
			}
		}
	}
	return l, err
}

func (p *parser) equality() (evalFn, error) {
	l, err := p.relational()
	for err == nil {
		t := p.peek()
		if t.kind != tPunct || (t.text != "===" && t.text != "!==" && t.text != "==" && t.text != "!=") {
			break
		}
		p.i++
		var r evalFn
		la := p.a
		if r, err = p.relational(); err == nil {
			ra := p.a
			switch t.text {
			case "===", "==":
				p.a = attr{falsy: la.undef && ra.lit || ra.undef && la.lit}
			default:
				p.a = attr{falsy: la.undef && ra.nullish || ra.undef && la.nullish}
			}
			a, b, op := l, r, t.text
			l = func(e *env) val {
				x, y := a(e), b(e)
				var eq bool
				if op == "===" || op == "!==" {
					eq = strictEq(x, y)
				} else {
					eq = looseEq(x, y)
				}
				return boolVal(eq == (op == "===" || op == "=="))
			}
		}
	}
	return l, err
}

func (p *parser) relational() (evalFn, error) {
	l, err := p.unary()
	for err == nil {
		t := p.peek()
		if t.kind != tPunct || (t.text != "<" && t.text != ">" && t.text != "<=" && t.text != ">=") {
			break
		}
		p.i++
		var r evalFn
		if r, err = p.unary(); err == nil {
			p.a = attr{}
			a, b, op := l, r, t.text
			l = func(e *env) val { return boolVal(compare(a(e), b(e), op)) }
		}
	}
	return l, err
}

func (p *parser) unary() (evalFn, error) {
	t := p.peek()
	switch {
	case t.kind == tPunct && t.text == "!":
		p.i++
		x, err := p.unary()
		if err != nil {
			return nil, err
		}
		p.a = attr{}
		return func(e *env) val { return boolVal(!x(e).truthy()) }, nil
	case t.kind == tPunct && t.text == "-":
		p.i++
		x, err := p.unary()
		if err != nil {
			return nil, err
		}
		p.a = attr{lit: true}
		return func(e *env) val { return numVal(-x(e).number()) }, nil
	case t.kind == tIdent && t.text == "typeof":
		p.i++
		x, err := p.unary()
		if err != nil {
			return nil, err
		}
		p.a = attr{lit: true}
		return func(e *env) val { return strVal(x(e).typeOf()) }, nil
	case t.kind == tIdent && t.text == "void":
		p.i++
		if _, err := p.unary(); err != nil {
			return nil, err
		}
		p.a = attr{nullish: true}
		return func(*env) val { return val{} }, nil
	}
	return p.postfix()
}

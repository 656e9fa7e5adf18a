package mock

import (
	"encoding/json"
	"math"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"
)

// scalarCheck accepts the common values (an integer within bounds, a string
// within lengths or of a format, an enum member, arrays of those, and plain
// objects of them: form fields and simple JSON bodies) without the general
// JSON Schema validator, which costs a big.Rat per number and an error tree
// per object. It only ever accepts: a value it cannot judge, or that fails,
// goes to the full validator, so the violations reported are the validator's
// own.
type scalarCheck struct {
	typ                string // integer, number, string, boolean, array
	min, max           float64
	hasMin, hasMax     bool
	exclMin, exclMax   bool
	minLen, maxLen     int // -1: no bound
	enum               []string
	re                 *regexp.Regexp
	items              *scalarCheck
	minItems, maxItems int
	int32              bool
	// format is the validator's own check of a string format, so both
	// agree on what a uuid or a date-time is.
	format func(any) error
	// props are the checks of an object's declared properties; a nil
	// check means a property the fast check cannot judge (fine when it is
	// absent). closed is additionalProperties: false.
	props    map[string]*scalarCheck
	required []string
	closed   bool
	// nullable is a type that also admits null: a 3.1 type list of one
	// type and "null", which is also what the tree makes of 3.0's
	// nullable: true.
	nullable bool
	// all holds the checks of allOf members (and of the schema's own
	// keywords beside allOf, anyOf or oneOf): a value must pass every one.
	all []*scalarCheck
	// some holds the anyOf members that could be compiled: a value one of
	// them accepts is valid (a member that could not be compiled cannot
	// vouch for a value, which the validator then judges).
	some []*scalarCheck
	// one holds the oneOf members.
	one []oneOfMember
}

// oneOfMember is a oneOf branch: its check (nil when it could not be
// compiled) and the JSON kinds its type admits (nil when the branch has no
// type to go by). A value is certainly valid against the oneOf when exactly
// one branch accepts it and every other branch certainly rejects it: its
// type rules the value out, as a string rules out {type: integer}, or its
// check does (rejects), as {kind: dog} is ruled out by a Cat whose kind is
// enum [cat] (the discriminator pattern).
type oneOfMember struct {
	check *scalarCheck
	kinds []string
}

// fastCompiler builds scalar checks. deref follows a property's $ref and
// format returns the validator's check of a format (nil when the validator
// ignores the format); ok is false when it cannot say, and then no check is
// built.
type fastCompiler struct {
	v31    bool
	deref  func(any) (map[string]any, string)
	format func(name string) (check func(any) error, ok bool)
}

// maxFastDepth bounds nesting (objects, arrays and allOf levels count): a
// JSON body wrapped in {"data": ...} whose schema is an allOf chain of
// objects, as Asana's are. It also stops an allOf cycle.
const maxFastDepth = 6

// ignoredKeywords do not constrain a value (annotations), or only widen what
// is accepted (nullable), so the fast check can leave them out.
var ignoredKeywords = map[string]bool{
	"description": true, "title": true, "example": true, "examples": true, "default": true,
	"deprecated": true, "readOnly": true, "writeOnly": true, "nullable": true, "xml": true,
	"externalDocs": true, "$comment": true,
	// discriminator only tells a reader which branch to expect; JSON
	// Schema, and so the validator, ignores it.
	"discriminator": true,
}

// compileScalarCheck returns nil when schema uses anything it does not check.
// It knows no formats beyond the numeric ones and no references.
func compileScalarCheck(s map[string]any, v31 bool, depth int) *scalarCheck {
	return (&fastCompiler{v31: v31}).compile(s, depth)
}

// compile returns nil when schema uses anything it does not check.
func (fc *fastCompiler) compile(s map[string]any, depth int) *scalarCheck {
	if s == nil || depth > maxFastDepth {
		return nil
	}
	v31 := fc.v31
	for _, key := range []string{"allOf", "anyOf", "oneOf"} {
		if _, ok := s[key]; ok {
			return fc.compileComposite(s, key, depth)
		}
	}
	c := &scalarCheck{minLen: -1, maxLen: -1, minItems: -1, maxItems: -1}
	c.typ, c.nullable = typeOf(s)
	if c.typ == "" {
		return nil
	}
	for k, v := range s {
		if ignoredKeywords[k] || strings.HasPrefix(k, "x-") || k == "type" {
			continue
		}
		var ok bool
		switch k {
		case "minimum":
			c.min, ok = num(v)
			c.hasMin = ok
		case "maximum":
			c.max, ok = num(v)
			c.hasMax = ok
		case "exclusiveMinimum", "exclusiveMaximum":
			ok = c.exclusive(k == "exclusiveMinimum", v, v31)
		case "minLength":
			c.minLen, ok = count(v)
		case "maxLength":
			c.maxLen, ok = count(v)
		case "minItems":
			c.minItems, ok = count(v)
		case "maxItems":
			c.maxItems, ok = count(v)
		case "format":
			// Formats that only restate the type's range are checked
			// below; any other is left to the validator.
			f, _ := v.(string)
			ok = c.typ == "integer" && (f == "int64" || f == "int32") || c.typ == "number" && (f == "double" || f == "float")
			if f == "int32" {
				c.int32 = true
			}
			if !ok && c.typ == "string" && fc.format != nil && f != "regex" {
				c.format, ok = fc.format(f)
			}
		case "pattern":
			src, _ := v.(string)
			re, err := regexp.Compile(src)
			c.re, ok = re, err == nil
		case "enum":
			list, _ := v.([]any)
			for _, e := range list {
				s, isStr := e.(string)
				if !isStr {
					return nil
				}
				c.enum = append(c.enum, s)
			}
			ok = len(list) > 0 && c.typ == "string"
		case "items":
			is, _ := v.(map[string]any)
			c.items = fc.compile(is, depth+1)
			ok = c.items != nil && c.typ == "array"
		case "properties":
			ok = c.objectProps(fc, v, depth)
		case "required":
			list, _ := v.([]any)
			for _, r := range list {
				name, isStr := r.(string)
				if !isStr {
					return nil
				}
				c.required = append(c.required, name)
			}
			ok = c.typ == "object"
		case "additionalProperties":
			b, isBool := v.(bool)
			c.closed = isBool && !b
			ok = isBool && c.typ == "object"
		}
		if !ok {
			return nil
		}
	}
	switch c.typ {
	case "integer", "number", "string", "boolean", "object":
		return c
	case "array":
		if c.items != nil {
			return c
		}
	}
	return nil
}

// compileComposite checks allOf, anyOf or oneOf (key), with the schema's own
// keywords as a check every value must pass as well. Every allOf member must
// compile; an anyOf member that does not simply cannot vouch for a value,
// and a oneOf member that does not may still rule a value out by its type.
func (fc *fastCompiler) compileComposite(s map[string]any, key string, depth int) *scalarCheck {
	list, ok := s[key].([]any)
	if !ok || len(list) == 0 {
		return nil
	}
	c := &scalarCheck{typ: key}
	if own := fc.ownKeywords(s, key, depth); own == nil {
		return nil
	} else if own.typ != "" {
		c.all = append(c.all, own)
	}
	for _, mv := range list {
		ms := fc.bare(mv)
		mc := fc.compile(ms, depth+1)
		switch {
		case key == "oneOf":
			c.one = append(c.one, oneOfMember{check: mc, kinds: kindsOf(ms)})
		case mc == nil && key == "allOf":
			return nil
		case key == "allOf":
			c.all = append(c.all, mc)
		case mc != nil:
			c.some = append(c.some, mc)
		}
	}
	if key == "anyOf" && len(c.some) == 0 {
		return nil
	}
	return c
}

// ownKeywords compiles the keywords of s other than key (allOf, anyOf or
// oneOf). It returns an empty check when they constrain nothing, nil when
// they cannot be checked.
func (fc *fastCompiler) ownKeywords(s map[string]any, key string, depth int) *scalarCheck {
	rest := make(map[string]any, len(s))
	constrained := false
	for k, v := range s {
		if k == key {
			continue
		}
		rest[k] = v
		constrained = constrained || !ignoredKeywords[k] && !strings.HasPrefix(k, "x-")
	}
	if !constrained {
		return &scalarCheck{}
	}
	return fc.compile(rest, depth)
}

// typeOf returns the one type a schema admits besides null, and whether it
// admits null ("", false when it does not name exactly one other type).
func typeOf(s map[string]any) (string, bool) {
	switch t := s["type"].(type) {
	case string:
		n, _ := s["nullable"].(bool)
		return t, n
	case []any:
		if len(t) != 2 {
			return "", false
		}
		a, _ := t[0].(string)
		b, _ := t[1].(string)
		switch {
		case a == "null" && b != "null":
			return b, true
		case b == "null" && a != "null":
			return a, true
		}
	}
	return "", false
}

// kindsOf returns the JSON kinds a schema's type admits (integer counts as
// number), or nil when it has no type keyword to go by. A nullable schema
// admits null too.
func kindsOf(s map[string]any) []string {
	var types []string
	switch t := s["type"].(type) {
	case string:
		types = []string{t}
	case []any:
		// 3.1 type lists, and 3.0's nullable as the tree rewrites it.
		for _, e := range t {
			name, ok := e.(string)
			if !ok {
				return nil
			}
			types = append(types, name)
		}
	default:
		return nil
	}
	if n, _ := s["nullable"].(bool); n {
		types = append(types, "null")
	}
	for i, t := range types {
		if t == "integer" {
			types[i] = "number"
		}
	}
	return types
}

// kindOf is the JSON kind of a decoded value, in the words of kindsOf.
func kindOf(v any) string {
	switch v.(type) {
	case nil:
		return "null"
	case bool:
		return "boolean"
	case json.Number:
		return "number"
	case string:
		return "string"
	case []any:
		return "array"
	case map[string]any:
		return "object"
	}
	return ""
}

// bare returns a subschema, through a $ref only when the reference stands
// alone: with siblings, 3.0 and 3.1 read a reference differently.
func (fc *fastCompiler) bare(v any) map[string]any {
	ps, _ := v.(map[string]any)
	if _, isRef := ps["$ref"]; isRef {
		if len(ps) != 1 || fc.deref == nil {
			return nil
		}
		ps, _ = fc.deref(ps)
	}
	return ps
}

// objectProps compiles the checks of an object's properties.
func (c *scalarCheck) objectProps(fc *fastCompiler, v any, depth int) bool {
	props, isMap := v.(map[string]any)
	if !isMap || c.typ != "object" {
		return false
	}
	c.props = make(map[string]*scalarCheck, len(props))
	for name, pv := range props {
		c.props[name] = fc.compile(fc.bare(pv), depth+1)
	}
	return true
}

func (c *scalarCheck) exclusive(isMin bool, v any, v31 bool) bool {
	if b, isBool := v.(bool); isBool {
		if v31 {
			return false
		}
		if isMin {
			c.exclMin = b
		} else {
			c.exclMax = b
		}
		return true
	}
	f, ok := num(v)
	if !ok {
		return false
	}
	if isMin {
		if !c.hasMin || f >= c.min {
			c.min, c.hasMin, c.exclMin = f, true, true
		}
	} else if !c.hasMax || f <= c.max {
		c.max, c.hasMax, c.exclMax = f, true, true
	}
	return true
}

func num(v any) (float64, bool) {
	n, ok := v.(json.Number)
	if !ok {
		return 0, false
	}
	f, err := n.Float64()
	return f, err == nil
}

func count(v any) (int, bool) {
	n, ok := v.(json.Number)
	if !ok {
		return 0, false
	}
	i, err := strconv.Atoi(string(n))
	return i, err == nil && i >= 0
}

// accepts reports whether v certainly satisfies the schema.
func (c *scalarCheck) accepts(v any) bool {
	if v == nil && c.nullable {
		// enum is the one keyword compiled here that also judges null,
		// and the tree adds null to a nullable enum, which then does not
		// compile: with an enum, null is left to the validator.
		return c.enum == nil
	}
	switch c.typ {
	case "allOf":
		for _, m := range c.all {
			if !m.accepts(v) {
				return false
			}
		}
		return true
	case "anyOf":
		if len(c.all) > 0 && !c.all[0].accepts(v) {
			return false
		}
		for _, m := range c.some {
			if m.accepts(v) {
				return true
			}
		}
		return false
	case "oneOf":
		if len(c.all) > 0 && !c.all[0].accepts(v) {
			return false
		}
		kind, matched := kindOf(v), false
		for _, m := range c.one {
			if m.check != nil && !matched && m.check.accepts(v) {
				matched = true
				continue
			}
			if (m.kinds == nil || contains(m.kinds, kind)) && (m.check == nil || !m.check.rejects(v)) {
				// This branch might accept v too (or is the second to
				// accept it): only the validator can tell.
				return false
			}
		}
		return matched
	case "boolean":
		_, ok := v.(bool)
		return ok
	case "string":
		s, ok := v.(string)
		if !ok {
			return false
		}
		if c.minLen >= 0 || c.maxLen >= 0 {
			n := utf8.RuneCountInString(s)
			if c.minLen >= 0 && n < c.minLen || c.maxLen >= 0 && n > c.maxLen {
				return false
			}
		}
		if c.enum != nil && !contains(c.enum, s) {
			return false
		}
		if c.format != nil && c.format(s) != nil {
			return false
		}
		return c.re == nil || c.re.MatchString(s)
	case "integer", "number":
		n, ok := v.(json.Number)
		if !ok {
			return false
		}
		var f float64
		if i, err := strconv.ParseInt(string(n), 10, 64); err == nil && i > -1<<53 && i < 1<<53 {
			f = float64(i)
		} else if c.typ == "number" && len(n) <= 15 && !strings.ContainsAny(string(n), "eE") {
			// Short decimals only: float64 holds them exactly enough
			// that a bound comparison cannot be wrong.
			var err error
			if f, err = strconv.ParseFloat(string(n), 64); err != nil || math.IsInf(f, 0) {
				return false
			}
		} else {
			return false
		}
		if c.int32 && (f < math.MinInt32 || f > math.MaxInt32) {
			return false
		}
		return c.inBounds(f)
	case "array":
		list, ok := v.([]any)
		if !ok || c.minItems >= 0 && len(list) < c.minItems || c.maxItems >= 0 && len(list) > c.maxItems {
			return false
		}
		for _, e := range list {
			if !c.items.accepts(e) {
				return false
			}
		}
		return true
	case "object":
		obj, ok := v.(map[string]any)
		if !ok {
			return false
		}
		for _, name := range c.required {
			if _, present := obj[name]; !present {
				return false
			}
		}
		for name, pv := range obj {
			pc, declared := c.props[name]
			if !declared {
				if c.closed {
					return false
				}
				continue
			}
			if pc == nil || !pc.accepts(pv) {
				return false
			}
		}
		return true
	}
	return false
}

// rejects reports whether v certainly fails the schema. It knows fewer
// reasons than accepts does, only exact ones: a JSON kind the type does not
// admit, a missing required property or one additionalProperties: false
// forbids, a string outside an enum, and those reasons in declared
// properties. (A pattern, for one, is not among them:
// the validator's regular expressions are not Go's.)
func (c *scalarCheck) rejects(v any) bool {
	switch c.typ {
	case "allOf":
		for _, m := range c.all {
			if m.rejects(v) {
				return true
			}
		}
		return false
	case "anyOf", "oneOf", "":
		return false
	}
	kind := kindOf(v)
	if kind == "null" {
		return !c.nullable
	}
	want := c.typ
	if want == "integer" {
		want = "number"
	}
	if kind != want {
		return true
	}
	switch c.typ {
	case "string":
		return c.enum != nil && !contains(c.enum, v.(string))
	case "object":
		obj := v.(map[string]any)
		for _, name := range c.required {
			if _, present := obj[name]; !present {
				return true
			}
		}
		for name, pv := range obj {
			pc, declared := c.props[name]
			if !declared && c.closed || pc != nil && pc.rejects(pv) {
				return true
			}
		}
	}
	return false
}

func (c *scalarCheck) inBounds(f float64) bool {
	if c.hasMin && (f < c.min || c.exclMin && f == c.min) {
		return false
	}
	return !c.hasMax || f < c.max || !c.exclMax && f == c.max
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

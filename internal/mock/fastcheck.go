package mock

import (
	"encoding/json"
	"math"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"
)

// scalarCheck accepts the common parameter values (an integer within bounds,
// a string within lengths, an enum member, arrays of those) without the
// general JSON Schema validator, which costs a big.Rat per number. It only
// ever accepts: a value it cannot judge, or that fails, goes to the full
// validator, so the violations reported are the validator's own.
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
}

// ignoredKeywords do not constrain a value (annotations), or only widen what
// is accepted (nullable), so the fast check can leave them out.
var ignoredKeywords = map[string]bool{
	"description": true, "title": true, "example": true, "examples": true, "default": true,
	"deprecated": true, "readOnly": true, "writeOnly": true, "nullable": true, "xml": true,
	"externalDocs": true, "$comment": true,
}

// compileScalarCheck returns nil when schema uses anything it does not check.
func compileScalarCheck(s map[string]any, v31 bool, depth int) *scalarCheck {
	if s == nil || depth > 1 {
		return nil
	}
	c := &scalarCheck{minLen: -1, maxLen: -1, minItems: -1, maxItems: -1}
	c.typ, _ = s["type"].(string)
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
			c.items = compileScalarCheck(is, v31, depth+1)
			ok = c.items != nil && c.typ == "array"
		}
		if !ok {
			return nil
		}
	}
	switch c.typ {
	case "integer", "number", "string", "boolean":
		return c
	case "array":
		if c.items != nil {
			return c
		}
	}
	return nil
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
	switch c.typ {
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

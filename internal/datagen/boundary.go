package datagen

import (
	"encoding/json"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Boundaries returns valid values at the edges of a schema, for coverage
// testing: every enum value, minimum and maximum, the shortest and longest
// string, the smallest and largest array, each format's sample, each
// oneOf/anyOf branch. The list is deterministic and may be empty.
func Boundaries(r Resolver, schema any) []any {
	// An edge of one keyword can break another (the longest string and a
	// pattern, an enum value another member of the schema ties to a
	// field): only values the whole schema accepts are boundaries.
	all := boundaries(r, schema)
	out := all[:0:0]
	for _, v := range all {
		if Conforms(r, schema, v) {
			out = append(out, v)
		}
	}
	return out
}

func boundaries(r Resolver, schema any) []any {
	g := &state{r: r, o: Options{Direction: Request, MaxDepth: 6}}
	s := g.deref(schema)
	if s == nil {
		return nil
	}
	if v, ok := s["const"]; ok {
		return []any{v}
	}
	if e, ok := s["enum"].([]any); ok {
		return e
	}
	var out []any
	for _, k := range []string{"oneOf", "anyOf"} {
		if l, ok := s[k].([]any); ok {
			for _, m := range l {
				out = append(out, g.value(m, 0))
			}
		}
	}
	switch typeOf(s) {
	case "integer", "number":
		integer := typeOf(s) == "integer"
		_, hasMin := num(s["minimum"])
		_, hasMax := num(s["maximum"])
		_, hasXMin := num(s["exclusiveMinimum"])
		_, hasXMax := num(s["exclusiveMaximum"])
		lo, hi := bounds(s, integer)
		if hasMin || hasXMin {
			out = append(out, number(lo, integer))
		}
		if hasMax || hasXMax {
			out = append(out, number(hi, integer))
		}
		if !hasMin && !hasXMin && !hasMax && !hasXMax {
			out = append(out, number(0, integer))
		}
	case "string":
		base := g.str(s)
		str, _ := base.(string)
		out = append(out, base)
		if s["format"] == nil {
			// The longest input is where column overflows hide. Under a
			// pattern these edges survive only where the pattern admits
			// them ('^[\s\S]*$' on a note does; a code pattern does not):
			// Boundaries keeps what the schema accepts.
			if n, ok := num(s["minLength"]); ok {
				out = append(out, strings.Repeat("a", int(n)))
			} else {
				out = append(out, "")
			}
			if n, ok := num(s["maxLength"]); ok && n <= 4096 {
				out = append(out, strings.Repeat("z", int(n)))
			}
		}
		_ = str
	case "boolean":
		out = append(out, true, false)
	case "array":
		lo := 0
		if n, ok := num(s["minItems"]); ok {
			lo = int(n)
		}
		item := g.value(s["items"], 1)
		out = append(out, repeat(item, lo))
		if n, ok := num(s["maxItems"]); ok && int(n) <= 16 && int(n) > lo {
			if u, _ := s["uniqueItems"].(bool); !u {
				out = append(out, repeat(item, int(n)))
			}
		}
	}
	return out
}

func repeat(v any, n int) []any {
	l := make([]any, n)
	for i := range l {
		l[i] = v
	}
	return l
}

func number(f float64, integer bool) any {
	if integer {
		return json.Number(strconv.FormatInt(int64(f), 10))
	}
	return json.Number(strconv.FormatFloat(f, 'f', -1, 64))
}

// Violation is a value that breaks exactly one constraint of a schema.
type Violation struct {
	Value any
	Why   string
}

// ViolationOptions tune Violations.
type ViolationOptions struct {
	// Textual means the value travels as text (a path, query or header
	// parameter), where a number is also a valid string: type violations
	// that would read as valid text are left out.
	Textual bool
}

// Violations returns values that each break one constraint of schema:
// wrong type, out of range, too short or long, not in the enum, a pattern
// or format mismatch, a missing required property, an extra property where
// additionalProperties is false. Deterministic; may be empty.
func Violations(r Resolver, schema any, o ViolationOptions) []Violation {
	g := &state{r: r, o: Options{Direction: Request, MaxDepth: 6}}
	s := g.deref(schema)
	if s == nil || len(s) == 0 {
		return nil
	}
	var out []Violation
	add := func(v any, why string) { out = append(out, Violation{v, why}) }
	// typeOf infers object from properties, array from items and string
	// from format, which is right for making a value but not for breaking
	// one: JSON Schema applies those keywords to their type only, so a
	// value of another type breaks nothing unless a type is declared
	// (DigitalOcean's bodies are {properties, required} without type).
	_, declared := s["type"]
	typeViolation := func(v any, why string) {
		if declared {
			add(v, why)
		}
	}
	if nullableSchema(s) {
		// null is valid; type violations below still hold.
	} else if !o.Textual && declared && typeOf(s) != "null" {
		add(nil, "null where a value is required")
	}
	if e, ok := s["enum"].([]any); ok && len(e) > 0 {
		if _, isStr := e[0].(string); isStr {
			add("sequere-not-in-enum", "a value outside the enum")
		}
	}
	switch typeOf(s) {
	case "integer", "number":
		typeViolation("not-a-number", "a string where a number is expected")
		if v, ok := num(s["minimum"]); ok {
			add(number(v-1, true), "below the minimum")
		}
		if v, ok := num(s["maximum"]); ok {
			add(number(v+1, true), "above the maximum")
		}
		if typeOf(s) == "integer" {
			add(json.Number("1.5"), "a fraction where an integer is expected")
		}
	case "string":
		if !o.Textual {
			typeViolation(json.Number("12345"), "a number where a string is expected")
		}
		if n, ok := num(s["minLength"]); ok && n > 0 {
			add(strings.Repeat("a", int(n)-1), "shorter than minLength")
		}
		if n, ok := num(s["maxLength"]); ok && n < 10000 {
			add(strings.Repeat("z", int(n)+1), "longer than maxLength")
		}
		if p, ok := s["pattern"].(string); ok {
			if re, err := regexp.Compile(p); err == nil {
				if cand, ok := patternBreaker(re, s); ok {
					add(cand, "not matching the pattern")
				}
			}
		}
		if f, ok := s["format"].(string); ok {
			if bad, ok := badFormats[f]; ok {
				add(bad, "not a valid "+f)
			}
		}
	case "boolean":
		typeViolation("not-a-boolean", "a string where a boolean is expected")
	case "array":
		if !o.Textual {
			typeViolation("not-an-array", "a string where an array is expected")
		}
		if n, ok := num(s["minItems"]); ok && n > 0 {
			add(repeat(g.value(s["items"], 1), int(n)-1), "fewer items than minItems")
		}
	case "object":
		if o.Textual {
			break
		}
		typeViolation("not-an-object", "a string where an object is expected")
		base, _ := g.object(s, 0).(map[string]any)
		if req, ok := s["required"].([]any); ok {
			for _, name := range req {
				n, _ := name.(string)
				if _, present := base[n]; !present {
					continue
				}
				c := map[string]any{}
				for k, v := range base {
					if k != n {
						c[k] = v
					}
				}
				add(c, "required property "+n+" missing")
			}
		}
		if ap, ok := s["additionalProperties"].(bool); ok && !ap {
			c := map[string]any{"sequere_extra": "x"}
			for k, v := range base {
				c[k] = v
			}
			add(c, "an extra property where additionalProperties is false")
		}
	}
	return out
}

func nullableSchema(s map[string]any) bool {
	if t, ok := s["type"].([]any); ok {
		for _, x := range t {
			if x == "null" {
				return true
			}
		}
	}
	if n, _ := s["nullable"].(bool); n {
		return true
	}
	_, hasType := s["type"]
	return !hasType
}

// patternBreaker picks a string that does not match re and, where it can,
// keeps within the schema's length bounds: a value that is also too long
// would be refused for its length, and a server that forgot the pattern
// would go unnoticed.
func patternBreaker(re *regexp.Regexp, s map[string]any) (string, bool) {
	lo, hi := 0, -1
	if n, ok := num(s["minLength"]); ok {
		lo = int(n)
	}
	if n, ok := num(s["maxLength"]); ok {
		hi = int(n)
	}
	fits := func(c string) bool {
		n := utf8.RuneCountInString(c)
		return n >= lo && (hi < 0 || n <= hi)
	}
	cands := []string{"!!sequere!!", "", " ", "0"}
	if n := max(lo, 1); hi < 0 || n <= hi {
		cands = append(cands, strings.Repeat("!", n), strings.Repeat("0", n), strings.Repeat(" ", n))
	}
	first := ""
	found := false
	for _, c := range cands {
		if re.MatchString(c) {
			continue
		}
		if fits(c) {
			return c, true
		}
		if !found {
			first, found = c, true
		}
	}
	return first, found
}

var badFormats = map[string]string{
	"uuid": "not-a-uuid", "email": "not-an-email", "date-time": "not-a-date-time", "date": "not-a-date",
	"ipv4": "999.999.999.999", "ipv6": "not-an-ipv6", "uri": "::not a uri", "hostname": "-bad_host-",
}

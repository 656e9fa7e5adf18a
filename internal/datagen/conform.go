package datagen

import (
	"encoding/base64"
	"encoding/json"
	"math"
	"net"
	"net/mail"
	"net/url"
	"reflect"
	"regexp"
	"strings"
	"sync"
	"time"
	"unicode/utf8"
)

// Conforms reports whether v satisfies schema, for the keywords a generator
// relies on: type (with nullable), const, enum, the string formats servers
// check, pattern, lengths, bounds, multipleOf, items, required, properties,
// additionalProperties and the compositions. Description examples are often
// wrong (a date-only example on a date-time field, an example outside the
// enum); a generator that used them as they are would send or serve data
// its own description rejects, so every example goes through Conforms
// first. What it cannot judge (an ECMA-only regex, an unknown format)
// passes.
func Conforms(r Resolver, schema any, v any) bool {
	c := &conformer{r: r}
	return c.ok(schema, v, 0)
}

type conformer struct{ r Resolver }

func (c *conformer) deref(v any) (map[string]any, bool) {
	for range 32 {
		switch m := v.(type) {
		case bool:
			if m {
				return map[string]any{}, true
			}
			return nil, false
		case map[string]any:
			ref, ok := m["$ref"].(string)
			if !ok {
				return m, true
			}
			if c.r == nil {
				return map[string]any{}, true
			}
			if v, ok = c.r.Resolve(ref); !ok {
				return map[string]any{}, true
			}
		default:
			return map[string]any{}, true
		}
	}
	return map[string]any{}, true
}

func (c *conformer) ok(schema any, v any, depth int) bool {
	if depth > 64 {
		return true
	}
	s, ok := c.deref(schema)
	if !ok {
		return false
	}
	if k, has := s["const"]; has && !sameJSON(k, v) {
		return false
	}
	if e, has := s["enum"].([]any); has && len(e) > 0 {
		found := false
		for _, x := range e {
			if sameJSON(x, v) {
				found = true
				break
			}
		}
		if !found && !(v == nil && allowsNull(s)) {
			return false
		}
	}
	if l, has := s["allOf"].([]any); has {
		for _, m := range l {
			if !c.ok(m, v, depth+1) {
				return false
			}
		}
	}
	if l, has := s["anyOf"].([]any); has && len(l) > 0 {
		any := false
		for _, m := range l {
			if c.ok(m, v, depth+1) {
				any = true
				break
			}
		}
		if !any {
			return false
		}
	}
	if l, has := s["oneOf"].([]any); has && len(l) > 0 {
		n := 0
		for _, m := range l {
			if c.ok(m, v, depth+1) {
				n++
			}
		}
		if n != 1 {
			return false
		}
	}
	if n, has := s["not"]; has && c.ok(n, v, depth+1) {
		return false
	}
	if v == nil {
		// A typeless 3.1 schema takes null, a 3.0 one only with nullable:
		// refusing it where unsure keeps generated data valid under both.
		return allowsNull(s)
	}
	if !typeMatches(s, v) {
		return false
	}
	switch x := v.(type) {
	case string:
		return stringOK(s, x)
	case json.Number, float64, int, int64:
		f, _ := num(x)
		return numberOK(s, f)
	case []any:
		return c.arrayOK(s, x, depth)
	case map[string]any:
		return c.objectOK(s, x, depth)
	}
	return true
}

func allowsNull(s map[string]any) bool {
	if b, _ := s["nullable"].(bool); b {
		return true
	}
	switch t := s["type"].(type) {
	case string:
		return t == "null"
	case []any:
		for _, x := range t {
			if x == "null" {
				return true
			}
		}
	}
	return false
}

func typeMatches(s map[string]any, v any) bool {
	var types []string
	switch t := s["type"].(type) {
	case string:
		types = []string{t}
	case []any:
		for _, x := range t {
			if x, ok := x.(string); ok {
				types = append(types, x)
			}
		}
	default:
		return true
	}
	for _, t := range types {
		if jsonTypeIs(t, v) {
			return true
		}
	}
	return len(types) == 0
}

func jsonTypeIs(t string, v any) bool {
	switch x := v.(type) {
	case string:
		return t == "string"
	case bool:
		return t == "boolean"
	case json.Number, float64, int, int64:
		if t == "number" {
			return true
		}
		if t != "integer" {
			return false
		}
		f, ok := num(x)
		return ok && f == math.Trunc(f)
	case []any:
		return t == "array"
	case map[string]any:
		return t == "object"
	case nil:
		return t == "null"
	}
	return false
}

func stringOK(s map[string]any, x string) bool {
	n := utf8.RuneCountInString(x)
	if v, ok := num(s["minLength"]); ok && n < int(v) {
		return false
	}
	if v, ok := num(s["maxLength"]); ok && n > int(v) {
		return false
	}
	if p, ok := s["pattern"].(string); ok && p != "" {
		if re := compiled(p); re != nil && !re.MatchString(x) {
			return false
		}
	}
	if f, ok := s["format"].(string); ok {
		return formatOK(f, x)
	}
	return true
}

var (
	uuidRE     = regexp.MustCompile(`^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$`)
	hostnameRE = regexp.MustCompile(`^(?i)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*\.?$`)
)

// formatOK checks the formats JSON Schema validators assert. Unknown
// formats pass.
func formatOK(f, x string) bool {
	switch f {
	case "date-time":
		_, err := time.Parse(time.RFC3339Nano, strings.ToUpper(x))
		return err == nil && len(x) >= 20
	case "date":
		_, err := time.Parse(time.DateOnly, x)
		return err == nil
	case "time":
		for _, layout := range []string{"15:04:05Z07:00", "15:04:05.999999999Z07:00"} {
			if _, err := time.Parse(layout, strings.ToUpper(x)); err == nil {
				return true
			}
		}
		return false
	case "email", "idn-email":
		a, err := mail.ParseAddress(x)
		return err == nil && a.Address == x
	case "uuid":
		return uuidRE.MatchString(x)
	case "ipv4":
		ip := net.ParseIP(x)
		return ip != nil && ip.To4() != nil && strings.Count(x, ".") == 3
	case "ipv6":
		ip := net.ParseIP(x)
		return ip != nil && strings.Contains(x, ":")
	case "uri", "iri":
		u, err := url.Parse(x)
		return err == nil && u.Scheme != ""
	case "uri-reference", "iri-reference":
		_, err := url.Parse(x)
		return err == nil
	case "hostname", "idn-hostname":
		return len(x) <= 253 && hostnameRE.MatchString(x)
	case "byte":
		_, err := base64.StdEncoding.DecodeString(x)
		return err == nil
	case "duration":
		return strings.HasPrefix(x, "P") && len(x) > 1
	case "regex":
		_, err := regexp.Compile(x)
		return err == nil
	}
	return true
}

var patterns sync.Map // pattern -> *regexp.Regexp (nil when Go cannot compile it)

func compiled(p string) *regexp.Regexp {
	if v, ok := patterns.Load(p); ok {
		return v.(*regexp.Regexp)
	}
	re, err := regexp.Compile(p)
	if err != nil {
		re = nil
	}
	patterns.Store(p, re)
	return re
}

func numberOK(s map[string]any, f float64) bool {
	if v, ok := num(s["minimum"]); ok {
		if b, _ := s["exclusiveMinimum"].(bool); b && f <= v || f < v {
			return false
		}
	}
	if v, ok := num(s["maximum"]); ok {
		if b, _ := s["exclusiveMaximum"].(bool); b && f >= v || f > v {
			return false
		}
	}
	if v, ok := num(s["exclusiveMinimum"]); ok && f <= v {
		return false
	}
	if v, ok := num(s["exclusiveMaximum"]); ok && f >= v {
		return false
	}
	if m, ok := num(s["multipleOf"]); ok && m > 0 {
		q := f / m
		if math.Abs(q-math.Round(q)) > 1e-9 {
			return false
		}
	}
	return true
}

func (c *conformer) arrayOK(s map[string]any, x []any, depth int) bool {
	if v, ok := num(s["minItems"]); ok && len(x) < int(v) {
		return false
	}
	if v, ok := num(s["maxItems"]); ok && len(x) > int(v) {
		return false
	}
	if u, _ := s["uniqueItems"].(bool); u {
		for i := range x {
			for j := i + 1; j < len(x); j++ {
				if sameJSON(x[i], x[j]) {
					return false
				}
			}
		}
	}
	prefix, _ := s["prefixItems"].([]any)
	for i, e := range x {
		item := s["items"]
		if i < len(prefix) {
			item = prefix[i]
		}
		if item != nil && !c.ok(item, e, depth+1) {
			return false
		}
	}
	return true
}

func (c *conformer) objectOK(s map[string]any, x map[string]any, depth int) bool {
	props, _ := s["properties"].(map[string]any)
	if l, ok := s["required"].([]any); ok {
		for _, r := range l {
			name, _ := r.(string)
			if _, has := x[name]; !has {
				return false
			}
		}
	}
	if v, ok := num(s["minProperties"]); ok && len(x) < int(v) {
		return false
	}
	if v, ok := num(s["maxProperties"]); ok && len(x) > int(v) {
		return false
	}
	ap, hasAP := s["additionalProperties"]
	for name, e := range x {
		if ps, ok := props[name]; ok {
			if !c.ok(ps, e, depth+1) {
				return false
			}
			continue
		}
		if b, ok := ap.(bool); ok && !b {
			return false
		}
		if hasAP {
			if _, isBool := ap.(bool); !isBool && !c.ok(ap, e, depth+1) {
				return false
			}
		}
	}
	return true
}

// sameJSON compares two JSON values, numbers by value.
func sameJSON(a, b any) bool {
	fa, aNum := num(a)
	fb, bNum := num(b)
	if aNum || bNum {
		return aNum && bNum && fa == fb
	}
	return reflect.DeepEqual(a, b)
}

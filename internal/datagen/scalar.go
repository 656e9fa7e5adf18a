package datagen

import (
	"encoding/base64"
	"encoding/json"
	"math"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// staticFormats are the deterministic samples of static mode, one per format.
var staticFormats = map[string]string{
	"uuid":          "3fa85f64-5717-4562-b3fc-2c963f66afa6",
	"email":         "user@example.com",
	"idn-email":     "user@example.com",
	"date-time":     "2024-01-01T00:00:00Z",
	"date":          "2024-01-01",
	"time":          "00:00:00Z",
	"duration":      "P1D",
	"uri":           "https://example.com",
	"url":           "https://example.com",
	"iri":           "https://example.com",
	"uri-reference": "/example",
	"uri-template":  "https://example.com/{id}",
	"hostname":      "example.com",
	"idn-hostname":  "example.com",
	"ipv4":          "192.0.2.1",
	"ipv6":          "2001:db8::1",
	"byte":          "c3RyaW5n",
	"binary":        "string",
	"password":      "string",
	"json-pointer":  "/example",
	"regex":         "^.*$",
}

func (g *state) str(s map[string]any) any {
	format, _ := s["format"].(string)
	minLen, hasMin := num(s["minLength"])
	maxLen, hasMax := num(s["maxLength"])
	var v string
	pattern, _ := s["pattern"].(string)
	switch {
	case pattern != "" && g.o.Dynamic:
		v = g.pattern(pattern)
	case pattern != "":
		v = g.staticPattern(pattern)
	case g.o.Dynamic:
		v = g.dynamicFormat(format)
	default:
		var ok bool
		if v, ok = staticFormats[format]; !ok {
			v = "string"
		}
	}
	if hasMax && utf8.RuneCountInString(v) > int(maxLen) && (format == "" || pattern == "") {
		v = string([]rune(v)[:int(maxLen)])
	}
	if hasMin && utf8.RuneCountInString(v) < int(minLen) {
		v += strings.Repeat("a", int(minLen)-utf8.RuneCountInString(v))
	}
	return v
}

func (g *state) dynamicFormat(format string) string {
	f := g.f
	switch format {
	case "uuid":
		return f.UUID()
	case "email", "idn-email":
		return f.Email()
	case "date-time":
		return f.Date().UTC().Format(time.RFC3339)
	case "date":
		return f.Date().UTC().Format(time.DateOnly)
	case "time":
		return f.Date().UTC().Format("15:04:05Z")
	case "uri", "url", "iri":
		return f.URL()
	case "hostname", "idn-hostname":
		return f.DomainName()
	case "ipv4":
		return f.IPv4Address()
	case "ipv6":
		return f.IPv6Address()
	case "byte":
		return base64.StdEncoding.EncodeToString([]byte(f.Word()))
	case "password":
		return f.Password(true, true, true, false, false, 12)
	}
	if v, ok := staticFormats[format]; ok {
		return v
	}
	return f.Word()
}

// pattern generates a string matching the regex; the generator works on
// Go's regexp syntax, so a pattern Go cannot parse falls back to a word.
func (g *state) pattern(p string) string {
	if _, err := regexp.Compile(p); err != nil {
		return g.f.Word()
	}
	defer func() { _ = recover() }()
	return g.f.Regex(p)
}

// staticPattern is deterministic: a fixed-seed generation per pattern.
func (g *state) staticPattern(p string) string {
	if _, err := regexp.Compile(p); err != nil {
		return "string"
	}
	sub := &state{r: g.r, o: g.o, f: newFaker(uint64(len(p)) * 7919)}
	return sub.pattern(p)
}

func (g *state) integer(s map[string]any) any {
	lo, hi := bounds(s, true)
	if m, ok := num(s["multipleOf"]); ok && m >= 1 {
		step := int64(m)
		v := int64(math.Ceil(lo/float64(step))) * step
		if g.o.Dynamic && hi > lo {
			n := int64((hi - lo) / float64(step))
			if n > 0 {
				v += int64(g.f.IntN(int(min(n, 1<<30)))) * step
			}
		}
		return json.Number(strconv.FormatInt(v, 10))
	}
	if !g.o.Dynamic {
		v := int64(0)
		if lo > 0 {
			v = int64(lo)
		} else if hi < 0 {
			v = int64(hi)
		}
		return json.Number(strconv.FormatInt(v, 10))
	}
	if hi-lo > 1<<30 {
		hi = lo + 1000
		if lo < 0 && lo < -1000 {
			lo = math.Max(lo, -1000)
		}
	}
	return json.Number(strconv.FormatInt(int64(lo)+int64(g.f.IntN(int(hi-lo)+1)), 10))
}

func (g *state) number(s map[string]any) any {
	lo, hi := bounds(s, false)
	if !g.o.Dynamic {
		v := 0.0
		if lo > 0 {
			v = lo
		} else if hi < 0 {
			v = hi
		}
		return json.Number(strconv.FormatFloat(v, 'f', -1, 64))
	}
	if hi-lo > 1e6 {
		hi = lo + 1000
	}
	v := math.Round(g.f.Float64Range(lo, hi)*100) / 100
	if v < lo || v > hi {
		v = lo
	}
	return json.Number(strconv.FormatFloat(v, 'f', -1, 64))
}

// bounds reads minimum/maximum with both the 3.0 (boolean) and 3.1 (numeric)
// forms of exclusiveMinimum/exclusiveMaximum.
func bounds(s map[string]any, integer bool) (lo, hi float64) {
	lo, hi = -1e9, 1e9
	if !integer {
		lo, hi = -1e6, 1e6
	}
	step := 1.0
	if !integer {
		step = 0.01
	}
	if v, ok := num(s["minimum"]); ok {
		lo = v
		if b, _ := s["exclusiveMinimum"].(bool); b {
			lo += step
		}
	}
	if v, ok := num(s["exclusiveMinimum"]); ok {
		lo = v + step
	}
	if v, ok := num(s["maximum"]); ok {
		hi = v
		if b, _ := s["exclusiveMaximum"].(bool); b {
			hi -= step
		}
	}
	if v, ok := num(s["exclusiveMaximum"]); ok {
		hi = v - step
	}
	if integer {
		lo, hi = math.Ceil(lo), math.Floor(hi)
	}
	if hi < lo {
		hi = lo
	}
	if _, ok := num(s["minimum"]); !ok {
		if lo < 0 && hi > 0 {
			lo = math.Max(lo, 0)
		}
	}
	return lo, hi
}

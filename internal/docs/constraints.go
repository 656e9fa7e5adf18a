package docs

import (
	"encoding/json"
	"strings"
)

// constraints spells out validation keywords in words: "1 to 64 characters",
// "> 0", "matches ^[a-z]+$", allowed values, default and examples.
func (w *writer) constraints(t node) {
	var items []string
	if c := span(t.str("minLength"), t.str("maxLength"), "character"); c != "" {
		items = append(items, c)
	}
	if c := span(t.str("minItems"), t.str("maxItems"), "item"); c != "" {
		items = append(items, c)
	}
	if c := span(t.str("minProperties"), t.str("maxProperties"), "property"); c != "" {
		items = append(items, c)
	}
	if t.boolean("uniqueItems") {
		items = append(items, "items unique")
	}
	items = append(items, bounds(t)...)
	if m := t.str("multipleOf"); m != "" {
		items = append(items, "multiple of "+m)
	}
	if p := t.str("pattern"); p != "" {
		items = append(items, "matches <code>"+esc(p)+"</code>")
	}
	if f := t.str("format"); f != "" {
		if d := formatNotes[f]; d != "" {
			items = append(items, esc(d))
		}
	}
	if c := t.raw("const"); c.ok() {
		items = append(items, "always <code>"+esc(compactJSON(c.value()))+"</code>")
	}
	if e := t.get("enum").items(); len(e) > 0 {
		var vals []string
		for _, v := range e {
			vals = append(vals, "<code>"+esc(compactJSON(v.value()))+"</code>")
		}
		items = append(items, "one of "+strings.Join(vals, ", "))
	}
	if d := t.raw("default"); d.ok() {
		items = append(items, "default <code>"+esc(compactJSON(d.value()))+"</code>")
	}
	if ex := t.raw("example"); ex.ok() && ex.n.Kind == scalarKind {
		items = append(items, "example <code>"+esc(compactJSON(ex.value()))+"</code>")
	}
	if len(items) == 0 {
		return
	}
	w.s(`<p class="cons">` + strings.Join(items, " · ") + `</p>`)
}

func span(lo, hi, unit string) string {
	plural := func(n string) string {
		if n == "1" {
			return unit
		}
		if strings.HasSuffix(unit, "y") {
			return strings.TrimSuffix(unit, "y") + "ies"
		}
		return unit + "s"
	}
	switch {
	case lo != "" && hi != "" && lo == hi:
		return "exactly " + lo + " " + plural(lo)
	case lo != "" && hi != "":
		return lo + " to " + hi + " " + plural(hi)
	case lo != "" && lo != "0":
		return "at least " + lo + " " + plural(lo)
	case hi != "":
		return "at most " + hi + " " + plural(hi)
	}
	return ""
}

// bounds reads minimum/maximum with both exclusive forms: 3.0's booleans and
// 3.1's numbers.
func bounds(t node) []string {
	var out []string
	lo, hi := t.str("minimum"), t.str("maximum")
	if x := t.str("exclusiveMinimum"); x != "" && x != "true" && x != "false" {
		out = append(out, "&gt; "+esc(x))
	} else if lo != "" {
		op := "≥ "
		if x == "true" {
			op = "&gt; "
		}
		out = append(out, op+esc(lo))
	}
	if x := t.str("exclusiveMaximum"); x != "" && x != "true" && x != "false" {
		out = append(out, "&lt; "+esc(x))
	} else if hi != "" {
		op := "≤ "
		if x == "true" {
			op = "&lt; "
		}
		out = append(out, op+esc(hi))
	}
	return out
}

var formatNotes = map[string]string{
	"date-time": "RFC 3339 date-time, e.g. 2024-05-01T12:00:00Z",
	"date":      "RFC 3339 full-date, e.g. 2024-05-01",
	"time":      "RFC 3339 time, e.g. 12:00:00Z",
	"email":     "e-mail address",
	"uri":       "absolute URI",
	"uuid":      "UUID, e.g. 3fa85f64-5717-4562-b3fc-2c963f66afa6",
	"int32":     "32-bit signed integer",
	"int64":     "64-bit signed integer",
	"byte":      "base64-encoded bytes",
	"binary":    "raw bytes",
	"ipv4":      "IPv4 address",
	"ipv6":      "IPv6 address",
	"hostname":  "host name",
	"password":  "a secret: hidden in forms",
}

func formatName(f string) string { return f }

func compactJSON(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return ""
	}
	return string(b)
}

func prettyJSON(v any) string {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return ""
	}
	return string(b)
}

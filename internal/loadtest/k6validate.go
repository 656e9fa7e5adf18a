package loadtest

import (
	"encoding/json"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// ResponseSchemas are the documented responses of a plan's operations, for
// the k6 script's --validate check.
type ResponseSchemas struct {
	// ByOperation maps an operationId to its responses by status code as
	// written but upper-cased ("200", "4XX", "DEFAULT").
	ByOperation map[string]map[string][]MediaSchema
	// Resolve gives the schema a {"$ref": id} names.
	Resolve func(ref string) (any, bool)
}

// MediaSchema is one declared media type of a response and, for a JSON one,
// its schema in JSON form (nil: anything goes).
type MediaSchema struct {
	Type   string
	Schema any
}

// validatorWriter compiles JSON schemas into JavaScript functions, one per
// schema node. A named schema ($ref) is one function, named before its body
// is written, so a recursive schema calls itself instead of unrolling.
type validatorWriter struct {
	resolve func(string) (any, bool)
	b       strings.Builder
	byRef   map[string]string
	taken   map[string]bool
	n       int
}

func newValidatorWriter(resolve func(string) (any, bool)) *validatorWriter {
	return &validatorWriter{resolve: resolve, byRef: map[string]string{}, taken: map[string]bool{}}
}

// fn returns the name of the function that validates schema.
func (w *validatorWriter) fn(schema any) string {
	switch s := schema.(type) {
	case bool:
		if s {
			return "anything"
		}
		return "nothing"
	case map[string]any:
		if ref, ok := s["$ref"].(string); ok {
			return w.ref(ref)
		}
		if !constrains(s) {
			return "anything"
		}
		w.n++
		name := "v" + strconv.Itoa(w.n)
		w.compile(name, s)
		return name
	}
	return "anything"
}

func (w *validatorWriter) ref(ref string) string {
	if name, ok := w.byRef[ref]; ok {
		return name
	}
	name := "schema_" + jsIdent(refName(ref))
	for w.taken[name] {
		w.n++
		name = "schema_" + jsIdent(refName(ref)) + "_" + strconv.Itoa(w.n)
	}
	w.taken[name] = true
	w.byRef[ref] = name
	target, ok := w.resolve(ref)
	m, isMap := target.(map[string]any)
	if !ok || !isMap {
		// A ref that does not resolve is the loader's to report; here it
		// constrains nothing.
		fmt.Fprintf(&w.b, "function %s(v) { return true; }\n", name)
		return name
	}
	w.compile(name, m)
	return name
}

// constrains says whether a schema rejects anything: annotations alone
// (description, example, format the script does not know) do not.
func constrains(s map[string]any) bool {
	for k := range s {
		switch k {
		case "description", "title", "example", "examples", "default", "deprecated", "readOnly", "writeOnly",
			"xml", "externalDocs", "discriminator", "nullable":
		case "format":
			if f, _ := s[k].(string); knownFormats[f] {
				return true
			}
		default:
			if !strings.HasPrefix(k, "x-") {
				return true
			}
		}
	}
	return false
}

// knownFormats are the formats the script checks; any other passes, as
// JSON Schema's format is an annotation unless a validator knows it.
var knownFormats = map[string]bool{"date-time": true, "date": true, "uuid": true, "ipv4": true}

var typeTests = map[string]string{
	"string":  "typeof v === 'string'",
	"number":  "typeof v === 'number'",
	"integer": "Number.isInteger(v)",
	"boolean": "typeof v === 'boolean'",
	"null":    "v === null",
	"array":   "Array.isArray(v)",
	"object":  "isObject(v)",
}

// compile writes function name(v), true when v matches s. Every keyword
// applies to the JSON type it is for, as in JSON Schema: a minLength does
// not reject a number.
func (w *validatorWriter) compile(name string, s map[string]any) {
	var body []string
	add := func(format string, args ...any) { body = append(body, "  "+fmt.Sprintf(format, args...)) }
	nullable := s["nullable"] == true
	types := typeList(s["type"])
	if len(types) > 0 {
		var tests []string
		for _, t := range types {
			if test, ok := typeTests[t]; ok {
				tests = append(tests, test)
			}
		}
		if nullable && !slices.Contains(types, "null") {
			tests = append(tests, typeTests["null"])
		}
		if len(tests) > 0 {
			add("if (!(%s)) return false;", strings.Join(tests, " || "))
		}
	}
	if enum, ok := s["enum"].([]any); ok {
		// 3.0's nullable admits null beside the enum's values.
		guard := ""
		if nullable && !containsNull(enum) {
			guard = "v !== null && "
		}
		add("if (%s!oneOfValues(v, %s)) return false;", guard, js(enum))
	}
	if c, ok := s["const"]; ok {
		add("if (!deepEqual(v, %s)) return false;", js(c))
	}
	num := append(bound(s, "minimum", "exclusiveMinimum", "<"), bound(s, "maximum", "exclusiveMaximum", ">")...)
	if x, ok := number(s["multipleOf"]); ok {
		num = append(num, "!multipleOf(v, "+x+")")
	}
	guarded(add, "typeof v === 'number'", num)
	str := sizes(s, "minLength", "maxLength", "codePoints(v)")
	if p, ok := s["pattern"].(string); ok {
		str = append(str, "!matches("+js(p)+", v)")
	}
	if f, ok := s["format"].(string); ok && knownFormats[f] {
		str = append(str, "!FORMATS["+js(f)+"](v)")
	}
	guarded(add, "typeof v === 'string'", str)
	arr := sizes(s, "minItems", "maxItems", "v.length")
	if s["uniqueItems"] == true {
		arr = append(arr, "!unique(v)")
	}
	prefix, _ := s["prefixItems"].([]any)
	for i, p := range prefix {
		if f := w.fn(p); f != "anything" {
			arr = append(arr, fmt.Sprintf("v.length > %d && !%s(v[%d])", i, f, i))
		}
	}
	if items, ok := s["items"]; ok {
		if f := w.fn(items); f != "anything" {
			arr = append(arr, fmt.Sprintf("!every(v, %d, %s)", len(prefix), f))
		}
	}
	guarded(add, "Array.isArray(v)", arr)
	w.object(s, add)
	for _, key := range []string{"allOf", "anyOf", "oneOf"} {
		list, _ := s[key].([]any)
		if len(list) == 0 {
			continue
		}
		names := make([]string, len(list))
		for i, m := range list {
			names[i] = w.fn(m)
		}
		switch key {
		case "allOf":
			add("if (!(%s)) return false;", calls(names, " && "))
		case "anyOf":
			add("if (!(%s)) return false;", calls(names, " || "))
		case "oneOf":
			add("if ([%s].filter(Boolean).length !== 1) return false;", calls(names, ", "))
		}
	}
	if not, ok := s["not"]; ok {
		add("if (%s(v)) return false;", w.fn(not))
	}
	fmt.Fprintf(&w.b, "function %s(v) {\n", name)
	for _, line := range body {
		w.b.WriteString(line + "\n")
	}
	w.b.WriteString("  return true;\n}\n")
}

// bound is the test that v is out of a minimum (cmp "<") or maximum (">"):
// exclusive as 3.0 writes it (a boolean beside the bound) or as 3.1 does
// (the exclusive bound itself).
func bound(s map[string]any, key, exclusiveKey, cmp string) []string {
	var out []string
	if x, ok := number(s[key]); ok {
		op := cmp
		if s[exclusiveKey] == true {
			op += "="
		}
		out = append(out, "v "+op+" "+x)
	}
	if x, ok := number(s[exclusiveKey]); ok {
		out = append(out, "v "+cmp+"= "+x)
	}
	return out
}

// guarded writes the checks of one JSON type's keywords under the test of
// that type: a minLength does not reject a number.
func guarded(add func(string, ...any), guard string, conds []string) {
	switch len(conds) {
	case 0:
	case 1:
		add("if (%s && %s) return false;", guard, conds[0])
	default:
		add("if (%s) {", guard)
		for _, c := range conds {
			add("  if (%s) return false;", c)
		}
		add("}")
	}
}

// sizes is the test that size, a JavaScript expression, is out of the
// bounds minKey and maxKey.
func sizes(s map[string]any, minKey, maxKey, size string) []string {
	var out []string
	if x, ok := number(s[minKey]); ok {
		out = append(out, size+" < "+x)
	}
	if x, ok := number(s[maxKey]); ok {
		out = append(out, size+" > "+x)
	}
	return out
}

// object writes the checks of an object's keywords. A required property the
// description marks writeOnly may be missing from a response.
func (w *validatorWriter) object(s map[string]any, add func(string, ...any)) {
	var obj []string
	props, _ := s["properties"].(map[string]any)
	if req, ok := s["required"].([]any); ok && len(req) > 0 {
		var names []string
		for _, r := range req {
			if n, ok := r.(string); ok && !w.writeOnly(props[n]) {
				names = append(names, n)
			}
		}
		if len(names) > 0 {
			obj = append(obj, "!hasAll(v, "+js(names)+")")
		}
	}
	keys := make([]string, 0, len(props))
	for k := range props {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if f := w.fn(props[k]); f != "anything" {
			obj = append(obj, fmt.Sprintf("has(v, %s) && !%s(v[%s])", js(k), f, js(k)))
		}
	}
	obj = append(obj, sizes(s, "minProperties", "maxProperties", "Object.keys(v).length")...)
	if ap, ok := s["additionalProperties"]; ok && ap != true {
		known := map[string]int{}
		for _, k := range keys {
			known[k] = 1
		}
		if f := w.fn(ap); f != "anything" {
			obj = append(obj, fmt.Sprintf("!extraMatch(v, %s, %s)", js(known), f))
		}
	}
	guarded(add, "isObject(v)", obj)
}

func (w *validatorWriter) writeOnly(schema any) bool {
	m, _ := schema.(map[string]any)
	if ref, ok := m["$ref"].(string); ok {
		t, _ := w.resolve(ref)
		m, _ = t.(map[string]any)
	}
	return m["writeOnly"] == true
}

func calls(names []string, sep string) string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = n + "(v)"
	}
	return strings.Join(out, sep)
}

func typeList(t any) []string {
	switch t := t.(type) {
	case string:
		return []string{t}
	case []any:
		var out []string
		for _, x := range t {
			if s, ok := x.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

func containsNull(list []any) bool {
	for _, x := range list {
		if x == nil {
			return true
		}
	}
	return false
}

// number renders a numeric keyword's value as a JavaScript literal.
func number(v any) (string, bool) {
	switch n := v.(type) {
	case json.Number:
		if _, err := n.Float64(); err == nil {
			return n.String(), true
		}
	case float64:
		return strconv.FormatFloat(n, 'g', -1, 64), true
	case int:
		return strconv.Itoa(n), true
	case int64:
		return strconv.FormatInt(n, 10), true
	case uint64:
		return strconv.FormatUint(n, 10), true
	}
	return "", false
}

func refName(ref string) string {
	if i := strings.LastIndexByte(ref, '/'); i >= 0 {
		return ref[i+1:]
	}
	return ref
}

// jsIdent makes a schema's name part of a JavaScript identifier.
func jsIdent(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r == '_' || r == '$' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
		} else {
			b.WriteByte('_')
		}
	}
	return b.String()
}

// validators writes the script's response validators and the RESPONSES
// table that names them by operation, status and media type.
func validators(rs *ResponseSchemas, ops []Operation) string {
	w := newValidatorWriter(rs.Resolve)
	var table strings.Builder
	table.WriteString("const RESPONSES = {\n")
	for _, op := range ops {
		byStatus := rs.ByOperation[op.ID]
		codes := make([]string, 0, len(byStatus))
		for c := range byStatus {
			codes = append(codes, c)
		}
		sort.Strings(codes)
		fmt.Fprintf(&table, "  %s: {\n", js(op.ID))
		for _, code := range codes {
			var media, schemas []string
			for _, m := range byStatus[code] {
				media = append(media, m.Type)
				if m.Schema != nil {
					schemas = append(schemas, js(m.Type)+": "+w.fn(m.Schema))
				}
			}
			if media == nil {
				media = []string{}
			}
			fmt.Fprintf(&table, "    %s: { media: %s, schemas: { %s } },\n", js(code), js(media), strings.Join(schemas, ", "))
		}
		table.WriteString("  },\n")
	}
	table.WriteString("};\n")
	return w.b.String() + "\n" + table.String()
}

// validatorRuntime is what the generated validators call, and bodyMatches,
// the check: the status must be documented, a body must have a declared
// media type, and a JSON body must match that media type's schema.
const validatorRuntime = `function anything() { return true; }
function nothing() { return false; }
function isObject(v) { return v !== null && typeof v === 'object' && !Array.isArray(v); }
function has(o, k) { return Object.prototype.hasOwnProperty.call(o, k); }
function hasAll(o, keys) { return keys.every((k) => has(o, k)); }
function every(a, from, fn) {
  for (let i = from; i < a.length; i++) if (!fn(a[i])) return false;
  return true;
}
function extraMatch(o, known, fn) {
  for (const k of Object.keys(o)) if (!has(known, k) && !fn(o[k])) return false;
  return true;
}
function deepEqual(a, b) {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a), kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => has(b, k) && deepEqual(a[k], b[k]));
}
function oneOfValues(v, list) { return list.some((x) => deepEqual(v, x)); }
function unique(a) {
  for (let i = 0; i < a.length; i++) for (let j = i + 1; j < a.length; j++) if (deepEqual(a[i], a[j])) return false;
  return true;
}
function multipleOf(v, m) {
  const q = v / m;
  return Math.abs(q - Math.round(q)) < 1e-9 * Math.max(1, Math.abs(q));
}
function codePoints(s) { return Array.from(s).length; }
// A pattern JavaScript cannot compile constrains nothing, as an unknown format.
const PATTERNS = {};
function matches(p, s) {
  if (!has(PATTERNS, p)) {
    PATTERNS[p] = null;
    // k6's JavaScript engine (goja) reads \p{L} as a literal p: such a
    // pattern would reject what it means to accept, so it is not checked.
    if (!/\\[pP]\{/.test(p)) {
      try {
        PATTERNS[p] = new RegExp(p);
      } catch (e) {
        // not JavaScript: unchecked
      }
    }
  }
  return PATTERNS[p] === null || PATTERNS[p].test(s);
}
const FORMATS = {
  'date-time': (s) => /^\d{4}-\d\d-\d\d[Tt ]\d\d:\d\d:\d\d(\.\d+)?([Zz]|[+-]\d\d:\d\d)$/.test(s) && !isNaN(Date.parse(s.replace(' ', 'T'))),
  date: (s) => /^\d{4}-\d\d-\d\d$/.test(s) && !isNaN(Date.parse(s + 'T00:00:00Z')),
  uuid: (s) => /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/.test(s),
  ipv4: (s) => /^((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/.test(s),
};

function mediaMatch(got, declared) {
  declared = declared.split(';')[0].trim().toLowerCase();
  if (got === '*/*' || declared === '*/*' || got === declared) return true;
  const [gt, gs] = got.split('/');
  const [dt, ds] = declared.split('/');
  return gt === dt && (gs === '*' || ds === '*');
}

function isJSONType(t) { return t === 'application/json' || t.endsWith('+json'); }

function bodyMatches(id, r) {
  const byStatus = RESPONSES[id] || {};
  const s = String(r.status);
  const doc = byStatus[s] || byStatus[s[0] + 'XX'] || byStatus.DEFAULT;
  if (!doc) return false;
  const body = typeof r.body === 'string' ? r.body : '';
  if (doc.media.length === 0 || body.trim() === '') return true;
  const got = String(header(r, 'Content-Type') || '').split(';')[0].trim().toLowerCase();
  const declared = doc.media.find((m) => mediaMatch(got, m));
  if (declared === undefined) return false;
  const fn = doc.schemas[declared];
  if (!fn || !isJSONType(got)) return true;
  let v;
  try {
    v = JSON.parse(body);
  } catch (e) {
    return false;
  }
  return fn(v);
}
`

package mock

import (
	"fmt"
	"mime"
	"net/http"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/sequere/sequere/internal/datagen"
)

// prefer is what the client asked for in the Prefer header (Prism's syntax).
type prefer struct {
	code    string
	example string
	dynamic *bool
}

func parsePrefer(h string) prefer {
	var p prefer
	if h == "" {
		return p
	}
	for _, part := range strings.FieldsFunc(h, func(r rune) bool { return r == ',' || r == ';' }) {
		k, v, _ := strings.Cut(strings.TrimSpace(part), "=")
		v = strings.Trim(strings.TrimSpace(v), `"`)
		switch strings.ToLower(strings.TrimSpace(k)) {
		case "code":
			p.code = v
		case "example":
			p.example = v
		case "dynamic":
			b := v == "true"
			p.dynamic = &b
		}
	}
	return p
}

// pick returns the response for a Prefer code (exact, then its range, then
// default) or the first response in rank order; status is what is sent.
func (op *operation) pick(code string) (r *response, status int) {
	if code == "" {
		if len(op.responses) == 0 {
			return nil, 0
		}
		r = op.responses[0]
		if r.status == 0 {
			return r, http.StatusOK
		}
		return r, r.status
	}
	want, err := strconv.Atoi(code)
	if err != nil || want < 100 || want > 599 {
		return nil, 0
	}
	var byRange, def *response
	for _, x := range op.responses {
		switch {
		case x.code == code:
			return x, want
		case x.code == "default":
			def = x
		case strings.EqualFold(x.code, code[:1]+"XX"):
			byRange = x
		}
	}
	if byRange != nil {
		return byRange, want
	}
	if def != nil {
		return def, want
	}
	return nil, 0
}

// negotiate chooses the response media type for the Accept header; ok is
// false when the response has content and none of it is acceptable.
func negotiate(accept string, list []*media) (*media, bool) {
	if len(list) == 0 {
		return nil, true
	}
	if accept == "" {
		return list[0], true
	}
	type rng struct {
		typ string
		q   float64
	}
	var ranges []rng
	for _, part := range strings.Split(accept, ",") {
		typ, params, err := mime.ParseMediaType(strings.TrimSpace(part))
		if err != nil {
			typ = strings.ToLower(strings.TrimSpace(strings.SplitN(part, ";", 2)[0]))
		}
		q := 1.0
		if s, ok := params["q"]; ok {
			if f, err := strconv.ParseFloat(s, 64); err == nil {
				q = f
			}
		}
		if q > 0 {
			ranges = append(ranges, rng{typ, q})
		}
	}
	sort.SliceStable(ranges, func(i, j int) bool { return ranges[i].q > ranges[j].q })
	for _, r := range ranges {
		for _, m := range list {
			if mediaMatch(r.typ, m.typ) {
				return m, true
			}
		}
	}
	return nil, false
}

// mediaMatch matches a range ("*/*", "application/*", "application/json")
// against a declared type, which may itself be a range.
func mediaMatch(rangeTyp, declared string) bool {
	declared = strings.TrimSpace(strings.SplitN(declared, ";", 2)[0])
	if rangeTyp == "*/*" || declared == "*/*" || rangeTyp == declared {
		return true
	}
	rt, rs, _ := strings.Cut(rangeTyp, "/")
	dt, ds, _ := strings.Cut(declared, "/")
	return rt == dt && (rs == "*" || ds == "*")
}

// staticCache holds rendered static bodies and header values: they never change
// for a given model, so they are rendered on first use and reused.
type staticCache struct{ m sync.Map }

type cacheKey struct {
	md      *media
	example string
	header  *at
}

type rendered struct {
	body   []byte
	length []string // Content-Length header value, shared
	err    error
}

// static is the rendered static body of md with an optional named example,
// rendered once per (media type, example) and reused: static answers never
// change for a given model.
func (m *model) static(md *media, example string) *rendered {
	k := cacheKey{md: md, example: example}
	if v, ok := m.cache.m.Load(k); ok {
		return v.(*rendered)
	}
	b, err := m.renderBody(md, example, false, 0)
	r := &rendered{body: b, length: []string{strconv.Itoa(len(b))}, err: err}
	m.cache.m.Store(k, r)
	return r
}

// body renders the response body for media md.
func (m *model) body(md *media, example string, dyn bool, seed uint64) ([]byte, error) {
	if !dyn {
		r := m.static(md, example)
		return r.body, r.err
	}
	return m.renderBody(md, example, true, seed)
}

func (m *model) renderBody(md *media, example string, dyn bool, seed uint64) ([]byte, error) {
	v, found := m.exampleValue(md, example)
	if example != "" && !found {
		return nil, fmt.Errorf("no example named %q for %s", example, md.typ)
	}
	if !found || dyn && example == "" {
		v = datagen.Generate(m.tree, refTo(md.schema), datagen.Options{Dynamic: dyn, Seed: seed})
	}
	if s, ok := v.(string); ok && !isJSON(md.typ) {
		return []byte(s), nil
	}
	if isXML(md.typ) {
		return toXML(v, m.xmlRoot(md)), nil
	}
	return marshal(v)
}

// refTo points at a schema by location, so the generator counts the top
// schema when it detects recursion.
func refTo(a at) any {
	if a.v == nil {
		return nil
	}
	return map[string]any{"$ref": a.loc}
}

// exampleValue: the media type's example, then a named or the first example
// in document order.
func (m *model) exampleValue(md *media, name string) (any, bool) {
	if md.mt.v == nil {
		return nil, false
	}
	// The default answer skips examples their own schema refuses (real
	// descriptions have many): an honest mock serves valid data. A named
	// example is served as asked.
	fits := func(v any) bool { return name != "" || datagen.Conforms(m.tree, refTo(md.schema), v) }
	if name == "" {
		if v, ok := md.mt.v["example"]; ok && fits(v) {
			return v, true
		}
	}
	exs, _ := md.mt.v["examples"].(map[string]any)
	if name != "" {
		e, ok := exs[name]
		if !ok {
			return nil, false
		}
		em := m.exampleObject(e, md.mt.loc)
		v, ok := em["value"]
		return v, ok
	}
	names := md.exampleNames
	for _, k := range names {
		em := m.exampleObject(exs[k], md.mt.loc)
		if v, ok := em["value"]; ok && fits(v) {
			return v, true
		}
	}
	return nil, false
}

// exampleObject follows an Example Object's $ref. The tree keeps everything
// under an `examples` key as data (in a schema it is), so the reference of a
// media type's example is still relative to the document it is written in:
// it is resolved against loc, the media type's location.
func (m *model) exampleObject(e any, loc string) map[string]any {
	if em, _ := m.tree.deref(e); em != nil {
		return em
	}
	em, _ := e.(map[string]any)
	ref, _ := em["$ref"].(string)
	if !strings.HasPrefix(ref, "#") {
		return nil
	}
	base, _, _ := strings.Cut(loc, "#")
	em, _ = m.tree.deref(map[string]any{"$ref": base + ref})
	return em
}

// staticHeader is the static value of a declared response header, as a
// header value slice rendered once and shared.
func (m *model) staticHeader(h at) []string {
	if v, ok := m.cache.m.Load(h.loc); ok {
		return v.([]string)
	}
	vs := []string{m.headerValue(h, false, 0)}
	m.cache.m.Store(h.loc, vs)
	return vs
}

// headerValue renders a declared response header.
func (m *model) headerValue(h at, dyn bool, seed uint64) string {
	var v any
	if ex, ok := h.v["example"]; ok && !dyn && datagen.Conforms(m.tree, h.v["schema"], ex) {
		v = ex
	} else {
		v = datagen.Generate(m.tree, h.v["schema"], datagen.Options{Dynamic: dyn, Seed: seed})
	}
	return headerString(v)
}

func headerString(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case []any:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = headerString(e)
		}
		return strings.Join(parts, ",")
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		parts := make([]string, 0, 2*len(keys))
		for _, k := range keys {
			parts = append(parts, k, headerString(x[k]))
		}
		return strings.Join(parts, ",")
	}
	b, _ := marshal(v)
	return string(b)
}

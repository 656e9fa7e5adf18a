package mock

import (
	"fmt"
	"net/textproto"
	"net/url"
	"sort"
	"strconv"
	"strings"

	"github.com/sequere/sequere/internal/datagen"
	"github.com/sequere/sequere/internal/spec"
)

// at is a value of the tree with its location (resource URL + "#" + pointer),
// which is where the schema compiler finds it.
type at struct {
	v   map[string]any
	loc string
}

func (t *tree) at(v any, loc string) at {
	m, ref := t.deref(v)
	if ref != "" {
		loc = ref
	}
	return at{m, loc}
}

func (t *tree) child(a at, key string) at {
	if a.v == nil {
		return at{}
	}
	c, ok := a.v[key]
	if !ok {
		return at{}
	}
	return t.at(c, a.loc+"/"+spec.EscapePointer(key))
}

// operation is one compiled operation.
type operation struct {
	id, method, path string
	params           []*param
	body             *body
	responses        []*response // ordered: 2xx ascending, others, default last
	security         [][]secReq  // alternatives; nil or empty means none
	callbacks        []callback
}

type body struct {
	required bool
	media    []*media
}

type media struct {
	typ    string
	mt     at // the media type object
	schema at
	val    *validator
	fields map[string]*formField // form bodies: how each property is encoded
	// contentType is the Content-Type header value of responses in this
	// media type, shared by every response.
	contentType []string
	// exampleNames are the names of the media type's examples in document
	// order: the first is the default answer, as Prism has it.
	exampleNames []string
}

type response struct {
	code    string // "200", "4XX", "default"
	status  int
	headers map[string]at
	media   []*media
}

// model is the compiled description the handler serves.
type model struct {
	tree     *tree
	router   *router
	ops      []*operation
	schemes  map[string]at
	compiler *compiler
	v31      bool
	cache    staticCache
}

func compile(doc *spec.Document) (*model, error) {
	t, err := buildTree(doc)
	if err != nil {
		return nil, err
	}
	entry := t.urls[0]
	root := at{t.roots[entry].(map[string]any), entry + "#"}
	m := &model{tree: t, schemes: map[string]at{}, v31: doc.Version == spec.V31}
	m.compiler, err = newCompiler(t, m.v31)
	if err != nil {
		return nil, err
	}
	t.checker = datagen.NewChecker(t, m.v31)
	m.router = newRouter(serverBases(root.v["servers"]))
	comps := t.child(root, "components")
	if ss := t.child(comps, "securitySchemes"); ss.v != nil {
		for name := range ss.v {
			m.schemes[name] = t.child(ss, name)
		}
	}
	globalSec := root.v["security"]
	paths := t.child(root, "paths")
	names := make([]string, 0, len(paths.v))
	for p := range paths.v {
		names = append(names, p)
	}
	sort.Strings(names)
	for _, p := range names {
		if !strings.HasPrefix(p, "/") {
			continue
		}
		item := t.child(paths, p)
		if item.v == nil {
			continue
		}
		rt := &route{template: p, ops: map[string]*operation{}}
		for _, meth := range spec.Methods {
			opv := t.child(item, meth)
			if opv.v == nil {
				continue
			}
			op := m.operation(item, opv, meth, p, globalSec)
			rt.ops[op.method] = op
			m.ops = append(m.ops, op)
		}
		if len(rt.ops) == 0 {
			continue
		}
		rt.allow = allowHeader([]*route{rt})
		m.router.add(rt)
	}
	return m, nil
}

// allowOrder is the order of methods in Allow headers: the order RFC 9110
// lists them in, safe methods first, so the header is stable and readable
// whatever order the description declares them in.
var allowOrder = []string{"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE"}

// allowHeader lists the methods any of routes serves; HEAD is served
// wherever GET is.
func allowHeader(routes []*route) string {
	var out []string
	for _, meth := range allowOrder {
		for _, rt := range routes {
			if rt.ops[meth] != nil || meth == "HEAD" && rt.ops["GET"] != nil {
				out = append(out, meth)
				break
			}
		}
	}
	return strings.Join(out, ", ")
}

func (m *model) operation(item, opv at, meth, path string, globalSec any) *operation {
	t := m.tree
	op := &operation{method: strings.ToUpper(meth), path: path}
	op.id, _ = opv.v["operationId"].(string)
	if op.id == "" {
		op.id = op.method + " " + path
	}
	seen := map[string]bool{}
	for _, src := range []at{opv, item} {
		list, _ := src.v["parameters"].([]any)
		for i := range list {
			pv := t.at(list[i], src.loc+"/parameters/"+strconv.Itoa(i))
			if pv.v == nil {
				continue
			}
			p := m.param(pv)
			if p == nil || spec.IgnoredParameter(p.in, p.name) || seen[p.in+":"+strings.ToLower(p.name)] {
				continue
			}
			seen[p.in+":"+strings.ToLower(p.name)] = true
			op.params = append(op.params, p)
		}
	}
	if rb := t.child(opv, "requestBody"); rb.v != nil {
		op.body = &body{}
		op.body.required, _ = rb.v["required"].(bool)
		op.body.media = m.mediaList(t.child(rb, "content"), true)
	}
	responses := t.child(opv, "responses")
	for code := range responses.v {
		rv := t.child(responses, code)
		if rv.v == nil {
			continue
		}
		r := &response{code: code, status: statusOf(code), headers: map[string]at{}}
		hs := t.child(rv, "headers")
		for name := range hs.v {
			if !strings.EqualFold(name, "content-type") {
				r.headers[textproto.CanonicalMIMEHeaderKey(name)] = t.child(hs, name)
			}
		}
		r.media = m.mediaList(t.child(rv, "content"), false)
		op.responses = append(op.responses, r)
	}
	sort.Slice(op.responses, func(i, j int) bool { return responseRank(op.responses[i]) < responseRank(op.responses[j]) })
	sec := globalSec
	if s, ok := opv.v["security"]; ok {
		sec = s
	}
	op.security = m.security(sec)
	op.callbacks = m.callbacks(t.child(opv, "callbacks"))

	return op
}

func (m *model) mediaList(content at, validate bool) []*media {
	types := make([]string, 0, len(content.v))
	for typ := range content.v {
		types = append(types, typ)
	}
	// JSON first: it is what a client without Accept gets.
	sort.Slice(types, func(i, j int) bool {
		ji, jj := isJSON(types[i]), isJSON(types[j])
		if ji != jj {
			return ji
		}
		return types[i] < types[j]
	})
	var out []*media
	for _, typ := range types {
		mt := m.tree.child(content, typ)
		md := &media{typ: strings.ToLower(typ), mt: mt, schema: m.tree.child(mt, "schema")}
		ct := md.typ
		if ct == "*/*" || ct == "" {
			ct = "application/octet-stream"
		}
		md.contentType = []string{ct}
		if exs := m.tree.child(mt, "examples"); exs.v != nil {
			md.exampleNames = m.tree.keysInOrder(exs.loc)
			if len(md.exampleNames) != len(exs.v) {
				md.exampleNames = make([]string, 0, len(exs.v))
				for k := range exs.v {
					md.exampleNames = append(md.exampleNames, k)
				}
				sort.Strings(md.exampleNames)
			}
		}
		if validate && md.schema.v != nil {
			md.val = m.requestValidator(md.schema.loc)
			if isForm(md.typ) {
				md.fields = m.formFields(md)
			}
		}
		out = append(out, md)
	}
	return out
}

func statusOf(code string) int {
	if n, err := strconv.Atoi(code); err == nil {
		return n
	}
	if len(code) == 3 && strings.HasSuffix(strings.ToUpper(code), "XX") && code[0] >= '1' && code[0] <= '5' {
		return int(code[0]-'0') * 100
	}
	return 0
}

// responseRank orders 2xx first (lowest first), then 3xx, other codes, ranges,
// and default last: the first entry is the default answer.
func responseRank(r *response) int {
	switch {
	case r.code == "default":
		return 10000
	case r.status >= 200 && r.status < 300 && !strings.Contains(r.code, "X"):
		return r.status
	case strings.Contains(strings.ToUpper(r.code), "X"):
		return 5000 + r.status
	}
	return 1000 + r.status
}

// serverBases returns the path part of each servers[].url with variables
// replaced by their defaults.
func serverBases(v any) []string {
	list, _ := v.([]any)
	var out []string
	for _, s := range list {
		sm, _ := s.(map[string]any)
		raw, _ := sm["url"].(string)
		vars, _ := sm["variables"].(map[string]any)
		for name, vv := range vars {
			vm, _ := vv.(map[string]any)
			def := fmt.Sprint(vm["default"])
			raw = strings.ReplaceAll(raw, "{"+name+"}", def)
		}
		if u, err := url.Parse(raw); err == nil {
			out = append(out, u.Path)
		}
	}
	return out
}

func isForm(typ string) bool {
	return typ == "application/x-www-form-urlencoded" || typ == "multipart/form-data"
}

func isJSON(typ string) bool {
	typ = strings.ToLower(typ)
	if i := strings.IndexByte(typ, ';'); i >= 0 {
		typ = strings.TrimSpace(typ[:i])
	}
	return typ == "application/json" || strings.HasSuffix(typ, "+json")
}

// requestValidator is the validator of a request body schema: required
// readOnly properties may be left out. The compiled schema is shared with
// the response side; only the error filter differs.
func (m *model) requestValidator(loc string) *validator {
	v := *m.compiler.get(loc)
	v.readOnly = func(schemaURL, prop string) bool {
		s, ok := m.tree.resolve(schemaURL)
		if !ok {
			return false
		}
		sm, _ := s.(map[string]any)
		props, _ := sm["properties"].(map[string]any)
		ps, _ := m.tree.deref(props[prop])
		ro, _ := ps["readOnly"].(bool)
		return ro
	}
	return &v
}

package plan

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/getkin/kin-openapi/openapi3"

	"github.com/sequere/sequere/internal/spec"
)

// Plan is the selected operations of one description with what is needed to
// build requests for them. It is read-only after Build and safe for
// concurrent use.
type Plan struct {
	Doc *spec.Document
	// Ops are the selected operations in document order.
	Ops []*Operation
	// All holds every operation, selected or not, for flows that need a
	// read operation the selection left out.
	All []*Operation
	// Schemes are the security schemes by name.
	Schemes map[string]*openapi3.SecurityScheme
	// Servers are the description's server URLs (possibly relative).
	Servers []string
	// Fixed pins parameter values by operationId ("*" for every operation)
	// and Parameter.Key(): ids only the server knows, such as the tested
	// user's own id (--set path:id=usr_...). Example and Random honour them.
	Fixed map[string]map[string]any

	kin     *openapi3.T
	schemas *schemaSet
	byID    map[string]*Operation
}

// Operation is one operation of the description.
type Operation struct {
	// ID is the operationId, or "METHOD /path" when there is none.
	ID     string
	Method string // upper case
	Path   string // the template as written: /pets/{id}
	Tags   []string
	// Pointer is the JSON pointer of the operation in the entry document.
	Pointer string
	// Location is where the operation is written.
	Location spec.Operation
	Params   []*Parameter
	// Body is nil when the operation takes no request body.
	Body *Body
	// Responses by status code as written ("200", "4XX", "default").
	Responses map[string]*openapi3.Response
	// Security lists the alternatives; an empty list means none required.
	Security openapi3.SecurityRequirements
	Kin      *openapi3.Operation
}

// Parameter is one parameter with its serialisation resolved.
type Parameter struct {
	Name     string
	In       string // path, query, header, cookie
	Required bool
	Style    string
	Explode  bool
	Schema   *openapi3.SchemaRef
	Kin      *openapi3.Parameter
}

// Key identifies a parameter inside an Input: "query:limit".
func (p *Parameter) Key() string { return p.In + ":" + p.Name }

// Body is a request body.
type Body struct {
	Required bool
	// Media are the media types in a stable order: JSON first, then the rest
	// sorted by name.
	Media []*Media
}

// Media is one media type of a body.
type Media struct {
	Type   string
	Schema *openapi3.SchemaRef
	Kin    *openapi3.MediaType
}

// Selection narrows the operations of a plan. Each list matches when any of
// its entries does; an empty include list matches everything. Paths are
// regular expressions matched against the path template; methods and tags
// compare case-insensitively.
type Selection struct {
	Operations, Tags, Paths, Methods                             []string
	ExcludeOperations, ExcludeTags, ExcludePaths, ExcludeMethods []string
}

// Build models doc and selects operations.
func Build(doc *spec.Document, sel Selection) (*Plan, error) {
	kin, err := doc.Kin()
	if spec.IsInputError(err) {
		return nil, err // it names its file:line:col
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", doc.Name, err)
	}
	m, err := sel.compile()
	if err != nil {
		return nil, err
	}
	p := &Plan{Doc: doc, kin: kin, Schemes: map[string]*openapi3.SecurityScheme{}, byID: map[string]*Operation{}}
	p.schemas = newSchemaSet(kin, doc.Version == spec.V31)
	if kin.Components != nil {
		for name, s := range kin.Components.SecuritySchemes {
			if s != nil && s.Value != nil {
				p.Schemes[name] = s.Value
			}
		}
	}
	for _, s := range kin.Servers {
		if s != nil {
			p.Servers = append(p.Servers, s.URL)
		}
	}
	where := map[string]spec.Operation{}
	var order []string
	for _, o := range doc.Operations() {
		k := strings.ToUpper(o.Method) + " " + o.Path
		where[k] = o
		order = append(order, k)
	}
	if kin.Paths == nil {
		return p, nil
	}
	seen := map[string]bool{}
	add := func(path, method string, item *openapi3.PathItem, op *openapi3.Operation) {
		o := p.operation(path, method, item, op)
		o.Location = where[o.Method+" "+path]
		o.Pointer = "/paths/" + spec.EscapePointer(path) + "/" + strings.ToLower(method)
		p.All = append(p.All, o)
		p.byID[o.ID] = o
		if m.match(o) {
			p.Ops = append(p.Ops, o)
		}
	}
	for _, k := range order {
		method, path, _ := strings.Cut(k, " ")
		item := kin.Paths.Value(path)
		if item == nil {
			continue
		}
		if op := item.GetOperation(method); op != nil {
			seen[k] = true
			add(path, method, item, op)
		}
	}
	// Operations the YAML walk did not see (a converted 2.0 document keeps
	// the same paths, but be safe) come after, sorted.
	for _, path := range sortedKeys(kin.Paths.Map()) {
		item := kin.Paths.Value(path)
		for _, method := range spec.Methods {
			M := strings.ToUpper(method)
			if op := item.GetOperation(M); op != nil && !seen[M+" "+path] {
				add(path, M, item, op)
			}
		}
	}
	return p, nil
}

// Operation finds an operation by id (selected or not).
func (p *Plan) Operation(id string) (*Operation, bool) {
	o, ok := p.byID[id]
	return o, ok
}

func (p *Plan) operation(path, method string, item *openapi3.PathItem, op *openapi3.Operation) *Operation {
	o := &Operation{ID: op.OperationID, Method: strings.ToUpper(method), Path: path, Tags: op.Tags, Kin: op,
		Responses: map[string]*openapi3.Response{}}
	if o.ID == "" {
		o.ID = o.Method + " " + path
	}
	seen := map[string]bool{}
	for _, list := range []openapi3.Parameters{op.Parameters, item.Parameters} {
		for _, pr := range list {
			if pr == nil || pr.Value == nil || spec.IgnoredParameter(pr.Value.In, pr.Value.Name) {
				continue
			}
			k := pr.Value.In + ":" + strings.ToLower(pr.Value.Name)
			if seen[k] {
				continue
			}
			seen[k] = true
			o.Params = append(o.Params, newParameter(pr.Value))
		}
	}
	if op.RequestBody != nil && op.RequestBody.Value != nil {
		rb := op.RequestBody.Value
		b := &Body{Required: rb.Required}
		for _, t := range mediaOrder(rb.Content) {
			b.Media = append(b.Media, &Media{Type: t, Schema: rb.Content[t].Schema, Kin: rb.Content[t]})
		}
		if len(b.Media) > 0 {
			o.Body = b
		}
	}
	if op.Responses != nil {
		for code, r := range op.Responses.Map() {
			if r != nil && r.Value != nil {
				o.Responses[code] = r.Value
			}
		}
	}
	if op.Security != nil {
		o.Security = *op.Security
	} else {
		o.Security = p.kin.Security
	}
	return o
}

func newParameter(k *openapi3.Parameter) *Parameter {
	p := &Parameter{Name: k.Name, In: k.In, Required: k.Required || k.In == "path", Style: k.Style, Schema: k.Schema, Kin: k}
	if p.Style == "" {
		switch k.In {
		case "query", "cookie":
			p.Style = "form"
		default:
			p.Style = "simple"
		}
	}
	p.Explode = p.Style == "form"
	if k.Explode != nil {
		p.Explode = *k.Explode
	}
	if p.Schema == nil && len(k.Content) > 0 {
		for _, t := range mediaOrder(k.Content) {
			p.Schema = k.Content[t].Schema
			break
		}
	}
	return p
}

// mediaOrder puts JSON first (what a tester can generate best), then the
// rest by name, so the choice is stable.
func mediaOrder(c openapi3.Content) []string {
	keys := sortedKeys(c)
	slices.SortStableFunc(keys, func(a, b string) int {
		ja, jb := IsJSON(a), IsJSON(b)
		switch {
		case ja && !jb:
			return -1
		case jb && !ja:
			return 1
		}
		return 0
	})
	return keys
}

// IsJSON reports whether a media type is JSON (application/json, +json, */*).
func IsJSON(mt string) bool {
	mt = strings.ToLower(strings.TrimSpace(strings.SplitN(mt, ";", 2)[0]))
	return mt == "application/json" || strings.HasSuffix(mt, "+json") || mt == "*/*" || mt == "application/*"
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

type matcher struct {
	sel                 Selection
	paths, excludePaths []*regexp.Regexp
}

func (s Selection) compile() (*matcher, error) {
	m := &matcher{sel: s}
	for _, l := range []struct {
		in   []string
		out  *[]*regexp.Regexp
		flag string
	}{{s.Paths, &m.paths, "--path"}, {s.ExcludePaths, &m.excludePaths, "--exclude-path"}} {
		for _, expr := range l.in {
			re, err := regexp.Compile(expr)
			if err != nil {
				return nil, fmt.Errorf("%s %q: %v", l.flag, expr, err)
			}
			*l.out = append(*l.out, re)
		}
	}
	return m, nil
}

func (m *matcher) match(o *Operation) bool {
	s := m.sel
	in := func(list []string, vals ...string) bool {
		for _, x := range list {
			for _, v := range vals {
				if strings.EqualFold(x, v) {
					return true
				}
			}
		}
		return false
	}
	re := func(list []*regexp.Regexp) bool {
		for _, r := range list {
			if r.MatchString(o.Path) {
				return true
			}
		}
		return false
	}
	if len(s.Operations) > 0 && !in(s.Operations, o.ID) ||
		len(s.Tags) > 0 && !in(s.Tags, o.Tags...) ||
		len(s.Methods) > 0 && !in(s.Methods, o.Method) ||
		len(m.paths) > 0 && !re(m.paths) {
		return false
	}
	return !in(s.ExcludeOperations, o.ID) && !in(s.ExcludeTags, o.Tags...) &&
		!in(s.ExcludeMethods, o.Method) && !re(m.excludePaths)
}

package codegen

import (
	"context"
	"fmt"
	"sort"
	"strings"

	yaml "github.com/pb33f/go-yaml"

	"github.com/sequere/sequere/internal/spec"
)

// upgrade2 rewrites a Swagger 2.0 description as OpenAPI 3.0 and loads that
// through the shared loader, so the generator has one input model. Only what
// a server needs is carried over: schemas, parameters (body and formData
// become request bodies, collectionFormat becomes style/explode), responses
// per produced media type, security. $refs into other files are kept as
// written; their targets are read as they are.
func upgrade2(doc *spec.Document) (*spec.Document, []string, error) {
	u := &upgrader{doc: doc}
	root := u.convert()
	data, err := yaml.Marshal(root)
	if err != nil {
		return nil, nil, fmt.Errorf("upgrading Swagger 2.0: %w", err)
	}
	out, err := spec.LoadBytes(context.Background(), doc.Name, data, spec.Options{})
	if err != nil {
		return nil, nil, fmt.Errorf("upgrading Swagger 2.0: %w", err)
	}
	return out, u.warnings, nil
}

type upgrader struct {
	doc      *spec.Document
	warnings []string
}

func (u *upgrader) warn(format string, args ...any) {
	u.warnings = append(u.warnings, fmt.Sprintf(format, args...))
}

func (u *upgrader) top(key string) node { return node{spec.MapGet(u.doc.Root, key), u.doc.Name} }

func (u *upgrader) convert() *yaml.Node {
	root := mapping()
	set(root, "openapi", scalar("3.0.3"))
	if info := u.top("info"); info.ok() {
		set(root, "info", copyNode(info.n))
	}
	if host, base := u.top("host").n, u.top("basePath").n; host != nil || base != nil {
		url := ""
		if host != nil {
			url = "https://" + host.Value
		}
		if base != nil {
			url += base.Value
		}
		set(root, "servers", seq(pairs("url", scalar(url))))
	}
	if sec := u.top("security"); sec.ok() {
		set(root, "security", copyNode(sec.n))
	}
	paths := mapping()
	for _, p := range pairsOf(u.top("paths")) {
		if strings.HasPrefix(p.key, "x-") {
			continue
		}
		paths.Content = append(paths.Content, scalar(p.key), u.pathItem(p.val))
	}
	set(root, "paths", paths)
	comps := mapping()
	if defs := u.top("definitions"); defs.ok() {
		schemas := mapping()
		for _, p := range pairsOf(defs) {
			schemas.Content = append(schemas.Content, scalar(p.key), u.schema(p.val.n))
		}
		set(comps, "schemas", schemas)
	}
	if rs := u.top("responses"); rs.ok() {
		responses := mapping()
		for _, p := range pairsOf(rs) {
			responses.Content = append(responses.Content, scalar(p.key), u.response(p.val, u.strings("produces")))
		}
		set(comps, "responses", responses)
	}
	if sd := u.top("securityDefinitions"); sd.ok() {
		schemes := mapping()
		for _, p := range pairsOf(sd) {
			schemes.Content = append(schemes.Content, scalar(p.key), securityScheme(p.val))
		}
		set(comps, "securitySchemes", schemes)
	}
	if len(comps.Content) > 0 {
		set(root, "components", comps)
	}
	return root
}

// strings reads a list of strings from the root (consumes, produces).
func (u *upgrader) strings(key string) []string {
	var out []string
	for _, v := range u.top(key).list() {
		out = append(out, v.n.Value)
	}
	return out
}

var methods = []string{"get", "put", "post", "delete", "options", "head", "patch"}

func (u *upgrader) pathItem(item node) *yaml.Node {
	if ref := spec.RefOf(item.n); ref != "" {
		if t, file, err := u.doc.ResolveRef(item.file, ref); err == nil {
			item = node{unalias(t), file}
		}
	}
	out := mapping()
	shared := item.seq("parameters")
	for _, m := range methods {
		op := item.child(m)
		if !op.ok() {
			continue
		}
		set(out, m, u.operation(op, shared))
	}
	return out
}

func (u *upgrader) operation(op node, shared []node) *yaml.Node {
	out := mapping()
	for _, p := range pairsOf(op) {
		switch p.key {
		case "operationId", "summary", "description", "deprecated", "tags", "security":
			set(out, p.key, copyNode(p.val.n))
		}
	}
	consumes, produces := u.strings("consumes"), u.strings("produces")
	if c := op.get("consumes"); c != nil {
		consumes = scalars(c)
	}
	if p := op.get("produces"); p != nil {
		produces = scalars(p)
	}
	// Operation parameters override path-item ones with the same name and in.
	type key struct{ name, in string }
	var list []node
	index := map[key]int{}
	for _, src := range [][]node{shared, op.seq("parameters")} {
		for _, p := range src {
			p = u.deref(p)
			if !p.ok() {
				continue
			}
			k := key{p.str("name"), p.str("in")}
			if i, ok := index[k]; ok {
				list[i] = p
				continue
			}
			index[k] = len(list)
			list = append(list, p)
		}
	}
	params := seq()
	var body *yaml.Node
	form := mapping()
	var formRequired []*yaml.Node
	files := false
	for _, p := range list {
		switch p.str("in") {
		case "body":
			body = mapping()
			if p.str("description") != "" {
				set(body, "description", scalar(p.str("description")))
			}
			if p.str("required") == "true" {
				set(body, "required", boolean(true))
			}
			content := mapping()
			for _, mt := range orDefault(consumes, "application/json") {
				set(content, mt, pairs("schema", u.schema(p.get("schema"))))
			}
			set(body, "content", content)
		case "formData":
			s := u.schema(paramSchema(p))
			if p.str("description") != "" {
				set(s, "description", scalar(p.str("description")))
			}
			files = files || p.str("type") == "file"
			set(form, p.str("name"), s)
			if p.str("required") == "true" {
				formRequired = append(formRequired, scalar(p.str("name")))
			}
		default:
			params.Content = append(params.Content, u.parameter(op, p))
		}
	}
	if len(params.Content) > 0 {
		set(out, "parameters", params)
	}
	if body == nil && len(form.Content) > 0 {
		mt := "application/x-www-form-urlencoded"
		if files || contains(consumes, "multipart/form-data") && !contains(consumes, mt) {
			mt = "multipart/form-data"
		}
		s := pairs("type", scalar("object"), "properties", form)
		if len(formRequired) > 0 {
			set(s, "required", seq(formRequired...))
		}
		body = pairs("content", pairs(mt, pairs("schema", s)))
		if len(formRequired) > 0 {
			set(body, "required", boolean(true))
		}
	}
	if body != nil {
		set(out, "requestBody", body)
	}
	responses := mapping()
	for _, p := range op.pairs("responses") {
		if strings.HasPrefix(p.key, "x-") {
			continue
		}
		responses.Content = append(responses.Content, scalar(p.key), u.response(p.val, produces))
	}
	set(out, "responses", responses)
	return out
}

func (u *upgrader) deref(p node) node {
	for i := 0; i < 16; i++ {
		ref := spec.RefOf(p.n)
		if ref == "" {
			return p
		}
		t, file, err := u.doc.ResolveRef(p.file, ref)
		if err != nil {
			u.warn("unresolvable $ref %q in %s", ref, p.file)
			return node{}
		}
		p = node{unalias(t), file}
	}
	return p
}

// paramKeys are the schema keywords a 2.0 non-body parameter carries itself.
var paramKeys = []string{"type", "format", "items", "enum", "default", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum",
	"minLength", "maxLength", "pattern", "minItems", "maxItems", "uniqueItems", "multipleOf"}

// paramSchema gathers a 2.0 parameter's (or header's, or items') schema
// keywords into a schema of their own.
func paramSchema(p node) *yaml.Node {
	s := mapping()
	for _, k := range paramKeys {
		v := p.get(k)
		if v == nil {
			continue
		}
		if k == "items" {
			v = paramSchema(node{v, p.file})
		}
		set(s, k, v)
	}
	return s
}

func (u *upgrader) parameter(op node, p node) *yaml.Node {
	in := p.str("in")
	out := pairs("name", scalar(p.str("name")), "in", scalar(in))
	if d := p.str("description"); d != "" {
		set(out, "description", scalar(d))
	}
	if in == "path" || p.str("required") == "true" {
		set(out, "required", boolean(true))
	}
	if p.str("type") == "array" {
		switch cf := p.str("collectionFormat"); cf {
		case "multi":
			if in == "query" {
				set(out, "explode", boolean(true))
			}
		case "ssv":
			set(out, "style", scalar("spaceDelimited"))
			set(out, "explode", boolean(false))
		case "pipes":
			set(out, "style", scalar("pipeDelimited"))
			set(out, "explode", boolean(false))
		case "", "csv", "tsv":
			if cf == "tsv" {
				u.warn("%s: parameter %q: collectionFormat tsv has no OpenAPI 3 style; read as csv", op.str("operationId"), p.str("name"))
			}
			if in == "query" || in == "cookie" {
				set(out, "explode", boolean(false))
			}
		}
	}
	set(out, "schema", u.schema(paramSchema(p)))
	return out
}

func (u *upgrader) response(r node, produces []string) *yaml.Node {
	if ref := spec.RefOf(r.n); ref != "" {
		return pairs("$ref", scalar(upgradeRef(ref)))
	}
	out := pairs("description", scalar(r.str("description")))
	if hs := r.pairs("headers"); len(hs) > 0 {
		headers := mapping()
		for _, h := range hs {
			hv := pairs("schema", u.schema(paramSchema(h.val)))
			if d := h.val.str("description"); d != "" {
				set(hv, "description", scalar(d))
			}
			set(headers, h.key, hv)
		}
		set(out, "headers", headers)
	}
	if s := r.get("schema"); s != nil {
		content := mapping()
		for _, mt := range orDefault(produces, "application/json") {
			set(content, mt, pairs("schema", u.schema(s)))
		}
		set(out, "content", content)
	}
	return out
}

// schema copies a 2.0 schema as a 3.0 one: refs point into components, file
// becomes binary, x-nullable becomes nullable and a string discriminator an
// object.
func (u *upgrader) schema(n *yaml.Node) *yaml.Node {
	n = unalias(n)
	if n == nil {
		return mapping()
	}
	if n.Kind != yaml.MappingNode {
		return copyNode(n)
	}
	out := mapping()
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i].Value, unalias(n.Content[i+1])
		switch {
		case k == "$ref" && v.Kind == yaml.ScalarNode:
			set(out, k, scalar(upgradeRef(v.Value)))
		case k == "type" && v.Value == "file":
			set(out, "type", scalar("string"))
			set(out, "format", scalar("binary"))
		case k == "x-nullable":
			set(out, "nullable", copyNode(v))
		case k == "discriminator" && v.Kind == yaml.ScalarNode:
			set(out, k, pairs("propertyName", scalar(v.Value)))
		case k == "items" || k == "additionalProperties" || k == "not":
			set(out, k, u.schema(v))
		case k == "properties" && v.Kind == yaml.MappingNode:
			props := mapping()
			for j := 0; j+1 < len(v.Content); j += 2 {
				props.Content = append(props.Content, scalar(v.Content[j].Value), u.schema(v.Content[j+1]))
			}
			set(out, k, props)
		case k == "allOf" && v.Kind == yaml.SequenceNode:
			l := seq()
			for _, c := range v.Content {
				l.Content = append(l.Content, u.schema(c))
			}
			set(out, k, l)
		default:
			set(out, k, copyNode(v))
		}
	}
	return out
}

// upgradeRef moves a local 2.0 reference to where 3.0 keeps the same thing.
func upgradeRef(ref string) string {
	for from, to := range map[string]string{"#/definitions/": "#/components/schemas/", "#/responses/": "#/components/responses/"} {
		if strings.HasPrefix(ref, from) {
			return to + ref[len(from):]
		}
	}
	return ref
}

func securityScheme(s node) *yaml.Node {
	switch s.str("type") {
	case "apiKey":
		return pairs("type", scalar("apiKey"), "name", scalar(s.str("name")), "in", scalar(s.str("in")))
	case "basic":
		return pairs("type", scalar("http"), "scheme", scalar("basic"))
	}
	flow := pairs("scopes", copyNode(orEmpty(s.get("scopes"))))
	flowName := map[string]string{"implicit": "implicit", "password": "password", "application": "clientCredentials", "accessCode": "authorizationCode"}[s.str("flow")]
	if flowName == "" {
		flowName = "implicit"
	}
	for _, k := range []string{"authorizationUrl", "tokenUrl"} {
		if v := s.str(k); v != "" {
			set(flow, k, scalar(v))
		}
	}
	return pairs("type", scalar("oauth2"), "flows", pairs(flowName, flow))
}

func orEmpty(n *yaml.Node) *yaml.Node {
	if n == nil {
		return mapping()
	}
	return n
}

func orDefault(list []string, def string) []string {
	if len(list) == 0 {
		return []string{def}
	}
	out := append([]string(nil), list...)
	sort.SliceStable(out, func(i, j int) bool { return encodingRank(out[i]) < encodingRank(out[j]) })
	return out
}

// encodingRank keeps JSON first, as the generator prefers it anyway.
func encodingRank(mt string) int {
	if encodingOf(mt) == "json" {
		return 0
	}
	return 1
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

func scalars(n *yaml.Node) []string {
	var out []string
	for _, c := range (node{n: n}).list() {
		out = append(out, c.n.Value)
	}
	return out
}

func mapping() *yaml.Node { return &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map"} }

func scalar(v string) *yaml.Node { return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: v} }

func boolean(v bool) *yaml.Node {
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!bool", Value: fmt.Sprint(v)}
}

func seq(items ...*yaml.Node) *yaml.Node {
	return &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq", Content: items}
}

// pairs builds a mapping from alternating keys and values.
func pairs(kv ...any) *yaml.Node {
	m := mapping()
	for i := 0; i+1 < len(kv); i += 2 {
		set(m, kv[i].(string), kv[i+1].(*yaml.Node))
	}
	return m
}

func set(m *yaml.Node, key string, v *yaml.Node) {
	m.Content = append(m.Content, scalar(key), v)
}

// copyNode deep-copies a tree, resolving YAML aliases, so the upgrade never
// shares nodes with the loaded 2.0 document.
func copyNode(n *yaml.Node) *yaml.Node {
	n = unalias(n)
	if n == nil {
		return mapping()
	}
	c := &yaml.Node{Kind: n.Kind, Tag: n.Tag, Value: n.Value, Style: n.Style &^ (yaml.FlowStyle)}
	for _, ch := range n.Content {
		c.Content = append(c.Content, copyNode(ch))
	}
	return c
}

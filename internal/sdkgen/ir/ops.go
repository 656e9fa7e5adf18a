package ir

import (
	"sort"
	"strconv"
	"strings"

	"github.com/sequere/sequere/internal/spec"
)

func (b *builder) operations(root node) []*Operation {
	var ops []*Operation
	names := newNamer()
	rootSec := root.child("security")
	for _, o := range b.doc.Operations() {
		on := node{o.Node, o.File}
		id := o.ID()
		base := id
		if base == "" {
			base = o.Method + " " + o.Path
		}
		op := &Operation{
			ID: id, Method: strings.ToUpper(o.Method), Path: o.Path,
			Summary: oneLine(on.str("summary")), Doc: oneLine(on.str("description")),
			Tags: on.strings("tags"), Deprecated: on.isTrue("deprecated"), Pos: b.pos(on),
		}
		op.Name = names.unique(Pascal(base))
		op.Params = b.params(node{o.PathItem, o.File}, on, op.Name)
		for _, p := range op.Params {
			if p.In == "header" && (strings.EqualFold(p.Name, "Idempotency-Key") || b.idempotencyMarked(on, p)) {
				op.Idempotency = p
			}
		}
		op.Body = b.body(on.child("requestBody"), op.Name+"Body")
		op.Responses, op.Success = b.responses(on.child("responses"), op.Name)
		sec := rootSec
		if on.has("security") {
			sec = on.child("security")
		}
		op.Security = b.requirements(sec)
		op.Pagination = b.pagination(op, on)
		ops = append(ops, op)
	}
	sort.Slice(ops, func(i, j int) bool { return ops[i].Name < ops[j].Name })
	return ops
}

func (b *builder) idempotencyMarked(on node, p *Param) bool {
	for _, raw := range on.seq("parameters") {
		prm := b.deref(raw)
		if prm.str("name") == p.Name && prm.isTrue("x-sequere-idempotency-key") {
			return true
		}
	}
	return false
}

// params merges path-item and operation parameters, the operation's winning.
func (b *builder) params(item, on node, opName string) []*Param {
	type key struct{ name, in string }
	var list []node
	index := map[key]int{}
	for _, src := range []node{item, on} {
		for _, p := range src.seq("parameters") {
			p = b.deref(p)
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
	var out []*Param
	for _, p := range list {
		name, in := p.str("name"), p.str("in")
		if in == "header" {
			switch strings.ToLower(name) {
			case "accept", "content-type", "authorization":
				continue
			}
		}
		if name == "" || in == "" {
			b.warn(p, "parameter without name or in is skipped")
			continue
		}
		prm := &Param{Name: name, In: in, Required: in == "path" || p.isTrue("required"),
			Deprecated: p.isTrue("deprecated"), Doc: oneLine(p.str("description"))}
		hint := opName + Pascal(name)
		if c := p.pairs("content"); len(c) > 0 {
			prm.ContentType = c[0].key
			prm.Schema = b.schema(c[0].val.child("schema"), hint, 0)
		} else {
			prm.Schema = b.schema(p.child("schema"), hint, 0)
		}
		prm.Style = p.str("style")
		if prm.Style == "" {
			prm.Style = "simple"
			if in == "query" || in == "cookie" {
				prm.Style = "form"
			}
		}
		prm.Explode = prm.Style == "form"
		if e := p.str("explode"); e != "" {
			prm.Explode = e == "true"
		}
		out = append(out, prm)
	}
	return out
}

func encodingOf(mediaType string) Encoding {
	mt := strings.ToLower(strings.TrimSpace(strings.Split(mediaType, ";")[0]))
	switch {
	case mt == "application/json" || strings.HasSuffix(mt, "+json"):
		return EncodingJSON
	case mt == "application/x-www-form-urlencoded":
		return EncodingForm
	case strings.HasPrefix(mt, "multipart/"):
		return EncodingMultipart
	case mt == "text/event-stream":
		return EncodingEvents
	case strings.HasPrefix(mt, "text/"):
		return EncodingText
	}
	return EncodingBinary
}

func (b *builder) contents(c node, hint string) (list []*Content, preferred *Content) {
	for _, p := range c.entries() {
		ct := &Content{MediaType: p.key, Encoding: encodingOf(p.key)}
		ct.Schema = b.schema(p.val.child("schema"), hint, 0)
		if ct.Encoding == EncodingMultipart || ct.Encoding == EncodingForm {
			ct.Files = b.files(p.val.child("schema"))
		}
		list = append(list, ct)
	}
	for _, ct := range list {
		if ct.Encoding == EncodingJSON {
			return list, ct
		}
	}
	if len(list) > 0 {
		preferred = list[0]
	}
	return list, preferred
}

// files lists the properties of a form schema that carry file contents.
func (b *builder) files(s node) []string {
	var out []string
	s = b.deref(s)
	for _, p := range s.pairs("properties") {
		v := b.deref(p.val)
		if v.str("type") == "array" {
			v = b.deref(v.child("items"))
		}
		if f := v.str("format"); f == "binary" || f == "base64" || v.has("contentMediaType") && v.str("type") == "string" && v.str("contentEncoding") != "" {
			out = append(out, p.key)
		}
	}
	return out
}

func (b *builder) body(rb node, hint string) *Body {
	if !rb.ok() {
		return nil
	}
	rb = b.deref(rb)
	if !rb.ok() {
		return nil
	}
	body := &Body{Required: rb.isTrue("required"), Doc: oneLine(rb.str("description"))}
	body.Contents, body.Preferred = b.contents(rb.child("content"), hint)
	if len(body.Contents) == 0 {
		return nil
	}
	return body
}

func (b *builder) responses(rs node, opName string) ([]*Response, *Response) {
	var out []*Response
	var success *Response
	for _, p := range rs.entries() {
		if strings.HasPrefix(p.key, "x-") {
			continue
		}
		r := b.deref(p.val)
		resp := &Response{Status: strings.ToUpper(p.key), Doc: oneLine(r.str("description"))}
		if resp.Status == "DEFAULT" {
			resp.Status = "default"
		}
		resp.Code, _ = strconv.Atoi(p.key)
		resp.Contents, resp.Preferred = b.contents(r.child("content"), opName+Pascal(resp.Status)+"Response")
		if resp.Preferred != nil && strings.HasPrefix(strings.ToLower(resp.Preferred.MediaType), "application/problem+json") {
			resp.Problem = true
		}
		for _, h := range r.pairs("headers") {
			hn := b.deref(h.val)
			resp.Headers = append(resp.Headers, &Header{Name: h.key, Required: hn.isTrue("required"),
				Schema: b.schema(hn.child("schema"), opName+Pascal(h.key)+"Header", 0), Doc: oneLine(hn.str("description"))})
		}
		sort.Slice(resp.Headers, func(i, j int) bool { return resp.Headers[i].Name < resp.Headers[j].Name })
		out = append(out, resp)
		if success == nil && (resp.Code >= 200 && resp.Code < 300 || resp.Status == "2XX") && resp.Preferred != nil {
			success = resp
		}
	}
	return out, success
}

func (b *builder) declareSchemes(root node) {
	b.schemes = map[string]*SecurityScheme{}
	for _, p := range root.child("components").pairs("securitySchemes") {
		s := b.deref(p.val)
		sc := &SecurityScheme{Name: p.key, Type: s.str("type"), Scheme: strings.ToLower(s.str("scheme")),
			BearerFormat: s.str("bearerFormat"), In: s.str("in"), Param: s.str("name"), Doc: oneLine(s.str("description"))}
		for _, f := range s.child("flows").entries() {
			if sc.TokenURL == "" {
				sc.TokenURL = f.val.str("tokenUrl")
			}
			if f.key == "clientCredentials" {
				flow := &OAuthFlow{TokenURL: f.val.str("tokenUrl"), RefreshURL: f.val.str("refreshUrl")}
				for _, sp := range f.val.pairs("scopes") {
					flow.Scopes = append(flow.Scopes, sp.key)
				}
				sort.Strings(flow.Scopes)
				sc.ClientCredentials = flow
			}
		}
		b.schemes[p.key] = sc
	}
}

func (b *builder) requirements(sec node) []Requirements {
	var out []Requirements
	for _, alt := range sec.list() {
		reqs := Requirements{}
		for _, p := range alt.entries() {
			sc := b.schemes[p.key]
			if sc == nil {
				b.warn(p.val, "security requirement names an undeclared scheme %q", p.key)
				continue
			}
			var scopes []string
			for _, s := range p.val.list() {
				scopes = append(scopes, s.n.Value)
			}
			reqs = append(reqs, &Requirement{Scheme: sc, Scopes: scopes})
		}
		out = append(out, reqs)
	}
	return out
}

func (b *builder) webhooks(root node) []*Webhook {
	var out []*Webhook
	names := newNamer()
	for _, hook := range root.pairs("webhooks") {
		item := b.deref(hook.val)
		for _, m := range item.entries() {
			if !spec.IsMethod(m.key) {
				continue
			}
			base := m.val.str("operationId")
			if base == "" {
				base = hook.key
			}
			w := &Webhook{Name: names.unique(Pascal(base)), Event: hook.key, Method: strings.ToUpper(m.key),
				Doc: oneLine(m.val.str("description")), Pos: b.pos(m.val)}
			if w.Doc == "" {
				w.Doc = oneLine(m.val.str("summary"))
			}
			w.Params = b.params(item, m.val, w.Name)
			w.Body = b.body(m.val.child("requestBody"), w.Name+"Payload")
			w.Signature = b.signature(root, m.val)
			out = append(out, w)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// signature recognises the timestamped HMAC scheme from an extension or from
// a signature header whose pattern is "t=...,v1=<hex>".
func (b *builder) signature(root, op node) *Signature {
	for _, n := range []node{op, root} {
		if x := n.child("x-sequere-webhook-signature"); x.ok() {
			return &Signature{Scheme: x.str("scheme"), Header: x.str("header")}
		}
	}
	for _, raw := range op.seq("parameters") {
		p := b.deref(raw)
		pat := b.deref(p.child("schema")).str("pattern")
		if p.str("in") == "header" && strings.Contains(pat, "t=") && strings.Contains(pat, "v1=") {
			return &Signature{Scheme: "hmac-sha256-timestamp", Header: p.str("name")}
		}
	}
	return nil
}

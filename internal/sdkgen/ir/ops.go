package ir

import (
	"sort"
	"strconv"
	"strings"

	"github.com/sequere/sequere/internal/sdkgen/internal/desc"
	"github.com/sequere/sequere/internal/spec"
)

func (b *builder) operations(root node) []*Operation {
	var ops []*Operation
	names := newNamer()
	rootSec := root.Child("security")
	for i, o := range b.doc.Operations() {
		on := node{N: o.Node, File: o.File}
		id := o.ID()
		base := id
		if base == "" {
			base = o.Method + " " + o.Path
		}
		op := &Operation{
			ID: id, Method: strings.ToUpper(o.Method), Path: o.Path,
			Summary: desc.OneLine(on.Str("summary")), Doc: desc.OneLine(on.Str("description")),
			Tags: on.Strings("tags"), Deprecated: on.IsTrue("deprecated"), Pos: b.pos(on), Index: i,
		}
		op.Name = names.unique(Pascal(base))
		op.Params = b.params(node{N: o.PathItem, File: o.File}, on, op.Name)
		for _, p := range op.Params {
			if p.In == "header" && (strings.EqualFold(p.Name, "Idempotency-Key") || b.idempotencyMarked(on, p)) {
				op.Idempotency = p
			}
		}
		op.Body = b.body(on.Child("requestBody"), op.Name+"Body")
		op.Responses, op.Success = b.responses(on.Child("responses"), op.Name)
		sec := rootSec
		if on.Has("security") {
			sec = on.Child("security")
		}
		op.Security, op.SecurityWritten = b.requirements(sec), sec.OK()
		op.Pagination = b.pagination(op, on)
		ops = append(ops, op)
	}
	sort.Slice(ops, func(i, j int) bool { return ops[i].Name < ops[j].Name })
	return ops
}

func (b *builder) idempotencyMarked(on node, p *Param) bool {
	for _, raw := range on.Seq("parameters") {
		prm := b.deref(raw)
		if prm.Str("name") == p.Name && prm.IsTrue("x-sequere-idempotency-key") {
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
		for _, p := range src.Seq("parameters") {
			p = b.deref(p)
			if !p.OK() {
				continue
			}
			k := key{p.Str("name"), p.Str("in")}
			if i, ok := index[k]; ok {
				list[i] = p
				continue
			}
			index[k] = len(list)
			list = append(list, p)
		}
	}
	var out []*Param
	for i, p := range list {
		name, in := p.Str("name"), p.Str("in")
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
		prm := &Param{Name: name, In: in, Required: in == "path" || p.IsTrue("required"),
			Deprecated: p.IsTrue("deprecated"), Doc: desc.OneLine(p.Str("description")), Index: i}
		hint := opName + Pascal(name)
		if c := p.Pairs("content"); len(c) > 0 {
			prm.ContentType = c[0].Key
			prm.Schema = b.schema(c[0].Val.Child("schema"), hint, 0)
		} else {
			prm.Schema = b.schema(p.Child("schema"), hint, 0)
		}
		prm.Style = p.Str("style")
		if prm.Style == "" {
			prm.Style = "simple"
			if in == "query" || in == "cookie" {
				prm.Style = "form"
			}
		}
		prm.Explode = prm.Style == "form"
		if e := p.Str("explode"); e != "" {
			prm.Explode, prm.ExplodeSet = e == "true", true
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
	for _, p := range c.Entries() {
		ct := &Content{MediaType: p.Key, Encoding: encodingOf(p.Key)}
		ct.Schema = b.schema(p.Val.Child("schema"), hint, 0)
		if ct.Encoding == EncodingMultipart || ct.Encoding == EncodingForm {
			ct.Files = b.files(p.Val.Child("schema"))
		}
		if ct.Encoding == EncodingForm {
			// OpenAPI gives style a meaning only for urlencoded bodies.
			for _, e := range p.Val.Pairs("encoding") {
				if e.Val.Str("style") == "deepObject" {
					ct.DeepObject = append(ct.DeepObject, e.Key)
				}
			}
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
	for _, p := range s.Pairs("properties") {
		v := b.deref(p.Val)
		if v.Str("type") == "array" {
			v = b.deref(v.Child("items"))
		}
		if f := v.Str("format"); f == "binary" || f == "base64" || v.Has("contentMediaType") && v.Str("type") == "string" && v.Str("contentEncoding") != "" {
			out = append(out, p.Key)
		}
	}
	return out
}

func (b *builder) body(rb node, hint string) *Body {
	if !rb.OK() {
		return nil
	}
	rb = b.deref(rb)
	if !rb.OK() {
		return nil
	}
	body := &Body{Required: rb.IsTrue("required"), Doc: desc.OneLine(rb.Str("description"))}
	body.Contents, body.Preferred = b.contents(rb.Child("content"), hint)
	if len(body.Contents) == 0 {
		return nil
	}
	return body
}

func (b *builder) responses(rs node, opName string) ([]*Response, *Response) {
	var out []*Response
	var success *Response
	for _, p := range rs.Entries() {
		if strings.HasPrefix(p.Key, "x-") {
			continue
		}
		r := b.deref(p.Val)
		resp := &Response{Key: p.Key, Status: strings.ToUpper(p.Key), Doc: desc.OneLine(r.Str("description"))}
		if resp.Status == "DEFAULT" {
			resp.Status = "default"
		}
		resp.Code, _ = strconv.Atoi(p.Key)
		resp.Contents, resp.Preferred = b.contents(r.Child("content"), opName+Pascal(resp.Status)+"Response")
		if resp.Preferred != nil && strings.HasPrefix(strings.ToLower(resp.Preferred.MediaType), "application/problem+json") {
			resp.Problem = true
		}
		for i, h := range r.Pairs("headers") {
			hn := b.deref(h.Val)
			resp.Headers = append(resp.Headers, &Header{Name: h.Key, Index: i, Required: hn.IsTrue("required"),
				Schema: b.schema(hn.Child("schema"), opName+Pascal(h.Key)+"Header", 0), Doc: desc.OneLine(hn.Str("description"))})
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
	for _, p := range root.Child("components").Pairs("securitySchemes") {
		s := b.deref(p.Val)
		sc := &SecurityScheme{Name: p.Key, Type: s.Str("type"), Scheme: strings.ToLower(s.Str("scheme")),
			BearerFormat: s.Str("bearerFormat"), In: s.Str("in"), Param: s.Str("name"), Doc: desc.OneLine(s.Str("description"))}
		for _, f := range s.Child("flows").Entries() {
			if sc.TokenURL == "" {
				sc.TokenURL = f.Val.Str("tokenUrl")
			}
			if f.Key == "clientCredentials" {
				flow := &OAuthFlow{TokenURL: f.Val.Str("tokenUrl"), RefreshURL: f.Val.Str("refreshUrl")}
				for _, sp := range f.Val.Pairs("scopes") {
					flow.Scopes = append(flow.Scopes, sp.Key)
				}
				sort.Strings(flow.Scopes)
				sc.ClientCredentials = flow
			}
		}
		b.schemes[p.Key] = sc
	}
}

func (b *builder) requirements(sec node) []Requirements {
	var out []Requirements
	for _, alt := range sec.List() {
		reqs := Requirements{}
		for _, p := range alt.Entries() {
			sc := b.schemes[p.Key]
			if sc == nil {
				b.warn(p.Val, "security requirement names an undeclared scheme %q", p.Key)
				continue
			}
			var scopes []string
			for _, s := range p.Val.List() {
				scopes = append(scopes, s.N.Value)
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
	for _, hook := range root.Pairs("webhooks") {
		item := b.deref(hook.Val)
		for _, m := range item.Entries() {
			if !spec.IsMethod(m.Key) {
				continue
			}
			base := m.Val.Str("operationId")
			if base == "" {
				base = hook.Key
			}
			w := &Webhook{Name: names.unique(Pascal(base)), Event: hook.Key, Method: strings.ToUpper(m.Key),
				Doc: desc.OneLine(m.Val.Str("description")), Pos: b.pos(m.Val)}
			if w.Doc == "" {
				w.Doc = desc.OneLine(m.Val.Str("summary"))
			}
			w.Params = b.params(item, m.Val, w.Name)
			w.Body = b.body(m.Val.Child("requestBody"), w.Name+"Payload")
			w.Signature = b.signature(root, m.Val)
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
		if x := n.Child("x-sequere-webhook-signature"); x.OK() {
			return &Signature{Scheme: x.Str("scheme"), Header: x.Str("header")}
		}
	}
	for _, raw := range op.Seq("parameters") {
		p := b.deref(raw)
		pat := b.deref(p.Child("schema")).Str("pattern")
		if p.Str("in") == "header" && strings.Contains(pat, "t=") && strings.Contains(pat, "v1=") {
			return &Signature{Scheme: "hmac-sha256-timestamp", Header: p.Str("name")}
		}
	}
	return nil
}

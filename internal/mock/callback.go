package mock

import (
	"bytes"
	"context"
	"net/http"
	"net/url"
	"sort"
	"strings"
	"time"

	"github.com/sequere/sequere/internal/datagen"
	"github.com/sequere/sequere/internal/spec"
)

// callback is one request a callback declares: a URL runtime expression
// ("{$request.body#/callbackUrl}") and the operation to send there.
type callback struct {
	name, expr, method string
	body               *media
}

func (m *model) callbacks(cbs at) []callback {
	var out []callback
	names := make([]string, 0, len(cbs.v))
	for n := range cbs.v {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, name := range names {
		cb := m.tree.child(cbs, name)
		for expr := range cb.v {
			item := m.tree.child(cb, expr)
			for _, meth := range spec.Methods {
				op := m.tree.child(item, meth)
				if op.v == nil {
					continue
				}
				c := callback{name: name, expr: expr, method: strings.ToUpper(meth)}
				if list := m.mediaList(m.tree.child(m.tree.child(op, "requestBody"), "content"), false); len(list) > 0 {
					c.body = list[0]
				}
				out = append(out, c)
			}
		}
	}
	return out
}

// fire sends op's callbacks after the response, in the background and bounded
// in time; each outcome is logged.
func (s *Server) fire(r *http.Request, m *model, op *operation, body any) {
	for _, cb := range op.callbacks {
		target := expand(cb.expr, r, body)
		u, err := url.Parse(target)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			s.log.write(s.opts.Now(), entry{method: cb.method, path: target, op: op.id + " callback " + cb.name, note: "not fired: the URL expression gave no absolute http(s) URL"})
			continue
		}
		var payload []byte
		typ := ""
		if cb.body != nil {
			v := datagen.Generate(m.tree, refTo(cb.body.schema), datagen.Options{Direction: datagen.Request, Dynamic: s.opts.Dynamic, Seed: s.seed(r)})
			payload, _ = marshal(v)
			typ = cb.body.typ
		}
		go func() {
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			start := s.opts.Now()
			e := entry{method: cb.method, path: target, op: op.id + " callback " + cb.name}
			req, err := http.NewRequestWithContext(ctx, cb.method, target, bytes.NewReader(payload))
			if err == nil {
				if typ != "" {
					req.Header.Set("Content-Type", typ)
				}
				var resp *http.Response
				if resp, err = s.client.Do(req); err == nil {
					e.status = resp.StatusCode
					resp.Body.Close()
				}
			}
			if err != nil {
				e.note = "callback failed: " + err.Error()
			}
			e.latency = s.opts.Now().Sub(start)
			s.log.write(start, e)
		}()
	}
}

// expand evaluates the runtime expressions in a callback URL: $request.body#/ptr,
// $request.header.X, $request.query.x, $request.path.x and $url.
func expand(expr string, r *http.Request, body any) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(expr, '{')
		j := strings.IndexByte(expr, '}')
		if i < 0 || j < i {
			b.WriteString(expr)
			return b.String()
		}
		b.WriteString(expr[:i])
		b.WriteString(runtimeValue(expr[i+1:j], r, body))
		expr = expr[j+1:]
	}
}

func runtimeValue(x string, r *http.Request, body any) string {
	switch {
	case x == "$url":
		return r.URL.String()
	case strings.HasPrefix(x, "$request.header."):
		return r.Header.Get(x[len("$request.header."):])
	case strings.HasPrefix(x, "$request.query."):
		return r.URL.Query().Get(x[len("$request.query."):])
	case strings.HasPrefix(x, "$request.body#"):
		v := body
		for _, seg := range spec.PointerSegments(x[len("$request.body#"):]) {
			m, ok := v.(map[string]any)
			if !ok {
				return ""
			}
			v = m[seg]
		}
		if s, ok := v.(string); ok {
			return s
		}
	}
	return ""
}

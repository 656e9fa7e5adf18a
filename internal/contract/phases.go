package contract

import (
	"fmt"
	"net/http"
	"slices"
	"strings"

	"github.com/getkin/kin-openapi/openapi3"

	"github.com/sequere/sequere/internal/datagen"
	"github.com/sequere/sequere/internal/plan"
)

// testCase is one request to send in a phase.
type testCase struct {
	in       plan.Input
	mode     plan.Mode
	negative bool
	why      string
	kind     string
}

// cases lists a phase's requests for op, at most MaxExamples of them, in
// a deterministic order.
func (r *runner) cases(op *plan.Operation, phase string) []testCase {
	p := r.o.Plan
	var out []testCase
	switch phase {
	case PhaseExamples:
		for _, in := range p.Examples(op) {
			out = append(out, testCase{in: in})
		}
	case PhaseCoverage:
		out = r.coverage(op)
	case PhaseFuzzing:
		seed := r.seedFor(op, phase)
		for i := range uint64(r.o.MaxExamples) {
			out = append(out, testCase{in: p.Random(op, seed+i)})
		}
	case PhaseNegative:
		out = r.negative(op)
	}
	if limit := r.phaseLimit(phase); len(out) > limit {
		out = out[:limit]
	}
	if pg, ok := p.Pagination(op); ok && phase != PhaseExamples && phase != PhaseNegative {
		// A made-up cursor is not valid input whatever its schema says:
		// cursors are the server's to issue (the stateful phase walks them).
		for i := range out {
			delete(out[i].in.Params, pg.CursorParam)
		}
	}
	if key := idempotencyKey(op); key != "" {
		// Each request is its own logical request: one key each, derived
		// from the seed so runs stay reproducible.
		for i := range out {
			if _, ok := out[i].in.Params[key]; ok && !out[i].negative {
				out[i].in.Params[key] = fmt.Sprintf("sequere-%x-%s-%d", r.seedFor(op, phase), phase, i)
			}
		}
	}
	return out
}

// phaseLimit is the most requests a phase sends for one operation. The
// negative phase's list is finite and each entry breaks a different rule,
// so cutting it at MaxExamples would leave whole keywords untested.
func (r *runner) phaseLimit(phase string) int {
	if phase == PhaseNegative {
		return 10 * r.o.MaxExamples
	}
	return r.o.MaxExamples
}

func (r *runner) coverage(op *plan.Operation) []testCase {
	p := r.o.Plan
	base := p.Example(op)
	var out []testCase
	for _, prm := range op.Params {
		for _, v := range datagen.Boundaries(p.Resolver(), p.SchemaJSON(prm.Schema)) {
			if s, ok := v.(string); ok && s == "" && prm.In == "path" {
				// An empty segment routes to another path.
				continue
			}
			if v == nil {
				// A parameter cannot say null: it would go as "".
				continue
			}
			in := base.Clone()
			in.Params[prm.Key()] = v
			out = append(out, testCase{in: in})
		}
	}
	if op.Body != nil {
		m := op.Body.Media[0]
		schema := p.SchemaJSON(m.Schema)
		for _, v := range datagen.Boundaries(p.Resolver(), schema) {
			in := base.Clone()
			in.Body = v
			out = append(out, testCase{in: in})
		}
		if obj, ok := base.Body.(map[string]any); ok && m.Schema != nil && m.Schema.Value != nil {
			for _, name := range sortedKeys(m.Schema.Value.Properties) {
				ps := m.Schema.Value.Properties[name]
				if ps == nil || ps.Value == nil || ps.Value.ReadOnly {
					continue
				}
				for _, v := range datagen.Boundaries(p.Resolver(), p.SchemaJSON(ps)) {
					in := base.Clone()
					in.Body.(map[string]any)[name] = v
					// The edge of one property can break a rule of the
					// whole body (an anyOf tying status to conclusion).
					if !datagen.Conforms(p.Resolver(), schema, in.Body) {
						continue
					}
					out = append(out, testCase{in: in})
				}
			}
			_ = obj
		}
	}
	return out
}

func (r *runner) negative(op *plan.Operation) []testCase {
	p := r.o.Plan
	base := p.Example(op)
	var out []testCase
	if plan.Secured(op) {
		out = append(out, testCase{in: base, mode: plan.None}, testCase{in: base, mode: plan.Invalid})
	}
	if m := r.unsupportedMethod(op); m != "" {
		in := base.Clone()
		in.Method = m
		out = append(out, testCase{in: in, kind: "unsupported-method", negative: true, why: "method " + m + " is not documented"})
	}
	out = append(out, r.paramViolations(op, base)...)
	if op.Body != nil {
		m := op.Body.Media[0]
		if plan.IsJSON(m.Type) {
			if op.Body.Required {
				in := base.Clone()
				in.HasBody, in.Body = false, nil
				out = append(out, testCase{in: in, negative: true, why: "required body missing"})
			}
			for _, v := range datagen.Violations(p.Resolver(), p.SchemaJSON(m.Schema), datagen.ViolationOptions{}) {
				if v.Value == nil {
					// Servers commonly read a null body as none at all.
					continue
				}
				in := base.Clone()
				in.Body = v.Value
				out = append(out, testCase{in: in, negative: true, why: "body: " + v.Why})
			}
			out = append(out, r.nestedViolations(base, m.Schema)...)
			in := base.Clone()
			in.RawBody = "{not json"
			out = append(out, testCase{in: in, negative: true, why: "a body that is not JSON"})
			if !acceptsAnyType(op.Body) {
				in = base.Clone()
				in.ContentType = "application/x-sequere-unsupported"
				out = append(out, testCase{in: in, negative: true, why: "an undocumented Content-Type"})
			}
		}
	}
	return out
}

// paramViolations leaves out each required query and header parameter and
// breaks each constraint of each one, one at a time, from base.
func (r *runner) paramViolations(op *plan.Operation, base plan.Input) []testCase {
	p := r.o.Plan
	var out []testCase
	for _, prm := range op.Params {
		if prm.Required && prm.In != "path" {
			in := base.Clone()
			delete(in.Params, prm.Key())
			kind := ""
			if prm.In == "header" {
				kind = "missing-header"
			}
			out = append(out, testCase{in: in, negative: true, kind: kind, why: "required " + prm.In + " parameter " + prm.Name + " missing"})
		}
		if prm.In == "path" || prm.In == "cookie" {
			// A broken path parameter may route elsewhere (a 404 is
			// right but so might be another operation's 200).
			continue
		}
		for _, v := range datagen.Violations(p.Resolver(), p.SchemaJSON(prm.Schema), datagen.ViolationOptions{Textual: true}) {
			in := base.Clone()
			in.Params[prm.Key()] = v.Value
			out = append(out, testCase{in: in, negative: true, why: prm.In + " parameter " + prm.Name + ": " + v.Why})
		}
	}
	if pg, ok := p.Pagination(op); ok {
		// Cursors are opaque, so their schema rarely constrains them: one
		// the server never issued must be refused, not crash the decoder.
		for _, bad := range []string{"sequere-not-a-cursor", "%%%", "AAAA"} {
			in := base.Clone()
			in.Params[pg.CursorParam] = bad
			out = append(out, testCase{in: in, negative: true, kind: "malformed-cursor", why: fmt.Sprintf("cursor %q was never issued", bad)})
		}
	}
	return out
}

// maxViolationDepth bounds how far into a body nestedViolations goes.
const maxViolationDepth = 5

// nestedViolations breaks each constraint of each property the example
// body has, at every depth (an array by its first item), one at a time:
// a keyword deep in the body (an item's price currency pattern) is tried
// as surely as one at the top.
func (r *runner) nestedViolations(base plan.Input, schema *openapi3.SchemaRef) []testCase {
	var out []testCase
	var walk func(path []any, s *openapi3.SchemaRef, v any, depth int)
	walk = func(path []any, s *openapi3.SchemaRef, v any, depth int) {
		if s == nil || s.Value == nil || depth > maxViolationDepth {
			return
		}
		if len(path) > 0 {
			for _, bad := range datagen.Violations(r.o.Plan.Resolver(), r.o.Plan.SchemaJSON(s), datagen.ViolationOptions{}) {
				in := base.Clone()
				if setAt(&in.Body, path, bad.Value) {
					out = append(out, testCase{in: in, negative: true, why: "body property " + pathString(path) + ": " + bad.Why})
				}
			}
		}
		switch x := v.(type) {
		case map[string]any:
			for _, name := range sortedKeys(s.Value.Properties) {
				if child, present := x[name]; present {
					walk(append(slices.Clip(path), name), s.Value.Properties[name], child, depth+1)
				}
			}
		case []any:
			if len(x) > 0 {
				walk(append(slices.Clip(path), 0), s.Value.Items, x[0], depth+1)
			}
		}
	}
	walk(nil, schema, base.Body, 0)
	return out
}

// setAt replaces the value at path (object keys and array indexes) in *v.
func setAt(v *any, path []any, value any) bool {
	if len(path) == 0 {
		*v = value
		return true
	}
	switch x := (*v).(type) {
	case map[string]any:
		k, ok := path[0].(string)
		if !ok {
			return false
		}
		child, present := x[k]
		if !present || !setAt(&child, path[1:], value) {
			return false
		}
		x[k] = child
		return true
	case []any:
		i, ok := path[0].(int)
		if !ok || i >= len(x) {
			return false
		}
		return setAt(&x[i], path[1:], value)
	}
	return false
}

func pathString(path []any) string {
	var b strings.Builder
	for i, p := range path {
		switch k := p.(type) {
		case int:
			fmt.Fprintf(&b, "[%d]", k)
		default:
			if i > 0 {
				b.WriteByte('.')
			}
			fmt.Fprint(&b, k)
		}
	}
	return b.String()
}

// acceptsAnyType: a body documented as */* (an upload) takes any
// Content-Type, so none is undocumented.
func acceptsAnyType(b *plan.Body) bool {
	for _, m := range b.Media {
		if strings.Contains(m.Type, "*") {
			return true
		}
	}
	return false
}

// unsupportedMethod picks a method the operation's path does not document,
// nor any other path template the same URL matches (PUT
// /orgs/{org}/secrets/public-key is PUT /orgs/{org}/secrets/{name}).
func (r *runner) unsupportedMethod(op *plan.Operation) string {
	used := map[string]bool{}
	for _, o := range r.o.Plan.All {
		if o.Path == op.Path || templatesOverlap(o.Path, op.Path) {
			used[o.Method] = true
		}
	}
	// Only the path's first operation probes it, so each path is probed once.
	for _, o := range r.o.Plan.All {
		if o.Path == op.Path {
			if o != op {
				return ""
			}
			break
		}
	}
	for _, m := range []string{http.MethodPut, http.MethodPatch, http.MethodDelete, http.MethodPost} {
		if !used[m] {
			return m
		}
	}
	return ""
}

// templatesOverlap reports whether some URL matches both path templates:
// same number of segments, each equal or a parameter in either.
func templatesOverlap(a, b string) bool {
	as, bs := strings.Split(a, "/"), strings.Split(b, "/")
	if len(as) != len(bs) {
		return false
	}
	for i := range as {
		if as[i] != bs[i] && !strings.Contains(as[i], "{") && !strings.Contains(bs[i], "{") {
			return false
		}
	}
	return true
}

func negativeKind(x *Exchange, kind string) bool {
	return x.kind == kind && strings.TrimSpace(kind) != ""
}

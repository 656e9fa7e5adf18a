package contract

import (
	"context"
	"encoding/json"
	"math"
	"strconv"
	"unicode/utf8"

	"github.com/getkin/kin-openapi/openapi3"

	"github.com/sequere/sequere/internal/datagen"
	"github.com/sequere/sequere/internal/plan"
)

// defaultMaxShrink bounds the extra requests one failure's shrinking may
// send: enough to bisect a few values, small next to a phase.
const defaultMaxShrink = 64

// finding is one check's complaint about one exchange.
type finding struct{ check, msg string }

// findings runs the enabled checks on x without recording anything.
func (r *runner) findings(x *Exchange) []finding {
	var out []finding
	for i := range checks {
		c := &checks[i]
		if c.fn == nil || !r.enabled[c.ID] {
			continue
		}
		for _, msg := range c.fn(r, x) {
			out = append(out, finding{c.ID, msg})
		}
	}
	return out
}

func shrinkable(phase string) bool { return phase == PhaseFuzzing || phase == PhaseCoverage }

// checkAndShrink checks x; a failure not seen before is shrunk to a
// smaller input that still fails the same check before it is recorded.
func (r *runner) checkAndShrink(ctx context.Context, x *Exchange) {
	fs := r.findings(x)
	if len(fs) == 0 {
		return
	}
	target := ""
	for _, f := range fs {
		if !r.recorded(f.check, x, f.msg) {
			target = f.check
			break
		}
	}
	best, steps := x, 0
	if target != "" && r.o.MaxShrink >= 0 {
		best, steps = r.shrink(ctx, x, target)
	}
	var again []finding
	if best != x {
		again = r.findings(best)
	}
	for _, f := range fs {
		y, msg := x, f.msg
		for _, g := range again {
			if g.check == f.check {
				y, msg = best, g.msg
				break
			}
		}
		var orig *plan.Input
		if y != x {
			in := x.Input
			orig = &in
		}
		r.recordShrunk(f.check, y, msg, orig, steps)
	}
}

// shrinker reduces one failing input, one value at a time, keeping each
// change after which check still fails. Every candidate is valid by the
// schema (required members stay, bounds hold), so a shrunk positive input
// is still positive; invalid candidates are never sent.
type shrinker struct {
	r      *runner
	ctx    context.Context
	check  string
	best   *Exchange
	budget int
	steps  int
}

func (r *runner) shrink(ctx context.Context, x *Exchange, check string) (*Exchange, int) {
	budget := r.o.MaxShrink
	if budget == 0 {
		budget = defaultMaxShrink
	}
	s := &shrinker{r: r, ctx: ctx, check: check, best: x, budget: budget}
	for changed := true; changed && s.left(); {
		before := s.steps
		s.params()
		s.body()
		changed = s.steps > before
	}
	return s.best, s.steps
}

func (s *shrinker) left() bool {
	return s.budget > 0 && s.ctx.Err() == nil && !s.r.spent()
}

// try sends cand when it is valid and keeps it when check still fails.
func (s *shrinker) try(cand plan.Input) bool {
	if !s.left() || !s.valid(cand) {
		return false
	}
	s.budget--
	y := s.r.send(s.ctx, s.best.Op, s.best.Phase, cand, s.best.Auth)
	if y.Err == errBudget {
		s.budget = 0
		return false
	}
	if len(s.r.checkOne(s.check, y)) == 0 {
		return false
	}
	s.best = y
	s.steps++
	return true
}

// valid holds a candidate to the schemas it must keep.
func (s *shrinker) valid(in plan.Input) bool {
	op := s.best.Op
	for _, prm := range op.Params {
		v, ok := in.Params[prm.Key()]
		if !ok {
			if prm.Required {
				return false
			}
			continue
		}
		if prm.Schema != nil && prm.Schema.Value != nil && visit(prm.Schema.Value, v) != nil {
			return false
		}
	}
	if in.HasBody && op.Body != nil && len(op.Body.Media) > 0 {
		if m := op.Body.Media[0]; m.Schema != nil && m.Schema.Value != nil && plan.IsJSON(m.Type) {
			return visit(m.Schema.Value, in.Body) == nil
		}
	}
	return true
}

func visit(s *openapi3.Schema, v any) error {
	// The schema validator wants float64 numbers, as encoding/json decodes them.
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	var plain any
	if err := json.Unmarshal(b, &plain); err != nil {
		return err
	}
	return s.VisitJSON(plain, openapi3.VisitAsRequest(), openapi3.MultiErrors())
}

// params drops optional parameters, then shrinks the values of the rest.
func (s *shrinker) params() {
	for _, prm := range s.best.Op.Params {
		key := prm.Key()
		if _, ok := s.best.Input.Params[key]; !ok || prm.In == "path" {
			// A path value is part of which resource is addressed.
			continue
		}
		if !prm.Required {
			c := s.best.Input.Clone()
			delete(c.Params, key)
			if s.try(c) {
				continue
			}
		}
		if prm.Schema == nil || prm.Schema.Value == nil {
			continue
		}
		s.value(prm.Schema.Value, func(in plan.Input) any { return in.Params[key] },
			func(in *plan.Input, v any) { in.Params[key] = v })
	}
}

func (s *shrinker) body() {
	op := s.best.Op
	if !s.best.Input.HasBody || s.best.Input.RawBody != "" || op.Body == nil || len(op.Body.Media) == 0 {
		return
	}
	m := op.Body.Media[0]
	if m.Schema == nil || m.Schema.Value == nil || !plan.IsJSON(m.Type) {
		return
	}
	s.value(m.Schema.Value, func(in plan.Input) any { return in.Body }, func(in *plan.Input, v any) { in.Body = v })
}

// value shrinks the value get reads (set writes) under schema sc: optional
// members of an object go, then each member shrinks; arrays get shorter,
// then their items shrink; strings shorten; numbers move toward 0 or the
// minimum.
func (s *shrinker) value(sc *openapi3.Schema, get func(plan.Input) any, set func(*plan.Input, any)) {
	if !s.left() || len(sc.Enum) > 0 {
		return
	}
	with := func(v any) plan.Input {
		c := s.best.Input.Clone()
		set(&c, v)
		return c
	}
	switch v := get(s.best.Input).(type) {
	case map[string]any:
		required := map[string]bool{}
		for _, n := range sc.Required {
			required[n] = true
		}
		for _, name := range sortedKeys(v) {
			ps := sc.Properties[name]
			if ps == nil || ps.Value == nil {
				// Under allOf/oneOf a member's optionality is the branch's.
				continue
			}
			member := func(in plan.Input) (map[string]any, bool) {
				m, ok := get(in).(map[string]any)
				return m, ok
			}
			if !required[name] {
				c := s.best.Input.Clone()
				if m, ok := member(c); ok {
					delete(m, name)
					if s.try(c) {
						continue
					}
				}
			}
			s.value(ps.Value, func(in plan.Input) any {
				m, _ := member(in)
				return m[name]
			}, func(in *plan.Input, nv any) {
				if m, ok := member(*in); ok {
					m[name] = nv
				}
			})
		}
	case []any:
		n := s.bisect(len(v), int(sc.MinItems), func(k int) plan.Input {
			cur, _ := get(s.best.Input).([]any)
			return with(append([]any(nil), cur[:k]...))
		})
		if sc.Items == nil || sc.Items.Value == nil {
			return
		}
		for i := range n {
			s.value(sc.Items.Value, func(in plan.Input) any {
				l, _ := get(in).([]any)
				if i < len(l) {
					return l[i]
				}
				return nil
			}, func(in *plan.Input, nv any) {
				if l, ok := get(*in).([]any); ok && i < len(l) {
					l[i] = nv
				}
			})
		}
	case string:
		if sc.Pattern != "" || sc.Format != "" {
			// A prefix of a patterned or formatted string is rarely valid.
			return
		}
		runes := []rune(v)
		s.bisect(utf8.RuneCountInString(v), int(sc.MinLength), func(k int) plan.Input { return with(string(runes[:k])) })
	default:
		f, ok := datagen.Number(v)
		if !ok || math.IsInf(f, 0) || math.IsNaN(f) || math.Abs(f) > 1<<53 {
			return
		}
		integer := sc.Type != nil && sc.Type.Is("integer")
		target := 0.0
		if sc.Min != nil && *sc.Min > target {
			target = *sc.Min
		}
		if sc.Max != nil && *sc.Max < target {
			target = *sc.Max
		}
		if integer {
			target = math.Ceil(target)
			if sc.ExclusiveMin.IsTrue() && sc.Min != nil && target == *sc.Min {
				target++
			}
			if b := sc.ExclusiveMin.Value; b != nil && *b >= target {
				target = math.Floor(*b) + 1
			}
		}
		render := func(x float64) any {
			if integer {
				return json.Number(strconv.FormatInt(int64(x), 10))
			}
			return json.Number(strconv.FormatFloat(x, 'f', -1, 64))
		}
		s.bisectNumber(f, target, integer, func(x float64) plan.Input { return with(render(x)) })
	}
}

// bisect finds the smallest size in [lo, n) at which the candidate still
// fails: the floor first, then halving the gap. It returns the size kept.
func (s *shrinker) bisect(n, lo int, at func(int) plan.Input) int {
	if n <= lo {
		return n
	}
	if s.try(at(lo)) {
		return lo
	}
	fail := n
	for fail-lo > 1 && s.left() {
		mid := lo + (fail-lo)/2
		if s.try(at(mid)) {
			fail = mid
		} else {
			lo = mid
		}
	}
	return fail
}

func (s *shrinker) bisectNumber(v, target float64, integer bool, at func(float64) plan.Input) {
	if v == target {
		return
	}
	if s.try(at(target)) {
		return
	}
	pass, fail := target, v
	for s.left() {
		mid := pass + (fail-pass)/2
		if integer {
			mid = math.Trunc(mid)
			if mid == pass || mid == fail {
				return
			}
		} else if math.Abs(fail-pass) <= math.Max(1e-9, math.Abs(fail)*1e-6) {
			return
		}
		if s.try(at(mid)) {
			fail = mid
		} else {
			pass = mid
		}
	}
}

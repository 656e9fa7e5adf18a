package contract

import (
	"context"

	"github.com/sequere/sequere/internal/plan"
)

const shrinkAttempts = 40

// shrinkAndReport reduces a failing fuzzed input: it drops optional
// parameters and optional body properties one at a time, keeping each drop
// after which the same check still fails, then records the smallest.
func (r *runner) shrinkAndReport(ctx context.Context, x *Exchange, check string) {
	best := x
	attempts := 0
	for changed := true; changed && attempts < shrinkAttempts; {
		changed = false
		for _, cand := range reductions(best.Op, best.Input) {
			if attempts >= shrinkAttempts || ctx.Err() != nil || r.spent() {
				break
			}
			attempts++
			y := r.send(ctx, best.Op, best.Phase, cand, best.Auth)
			if y.Err == errBudget {
				break
			}
			if len(r.checkOne(check, y)) > 0 {
				best, changed = y, true
				break
			}
		}
	}
	for _, msg := range r.checkOne(check, best) {
		r.recordShrunk(check, best, msg, best != x)
	}
}

// reductions lists inputs one step smaller than in, all still valid.
func reductions(op *plan.Operation, in plan.Input) []plan.Input {
	var out []plan.Input
	for _, prm := range op.Params {
		if _, ok := in.Params[prm.Key()]; ok && !prm.Required {
			c := in.Clone()
			delete(c.Params, prm.Key())
			out = append(out, c)
		}
	}
	obj, ok := in.Body.(map[string]any)
	if !ok || op.Body == nil || op.Body.Media[0].Schema == nil || op.Body.Media[0].Schema.Value == nil {
		return out
	}
	schema := op.Body.Media[0].Schema.Value
	required := map[string]bool{}
	for _, n := range schema.Required {
		required[n] = true
	}
	for _, name := range sortedKeys(obj) {
		// Only a property the schema itself declares optional: under
		// oneOf/allOf a property's optionality is the member's.
		if _, declared := schema.Properties[name]; declared && !required[name] {
			c := in.Clone()
			delete(c.Body.(map[string]any), name)
			out = append(out, c)
		}
	}
	return out
}

package loadtest

import (
	"strconv"

	"github.com/sequere/sequere/internal/plan"
)

// FlowPlan is one create-read-delete flow: the chain the contract's
// stateful phase walks (plan.Chains), its bindings taken from an OpenAPI
// link where the description writes one.
type FlowPlan struct {
	chain plan.Chain
	steps []*plan.Operation
	bind  []plan.Binding
	index int
}

// FlowPlans lists the create-read-delete flows of p whose operations the
// credentials can call: a create and at least a read or a delete.
func FlowPlans(p *plan.Plan, auth *plan.Auth) []FlowPlan {
	links := p.Links()
	var out []FlowPlan
	for _, c := range p.Chains() {
		steps := []*plan.Operation{c.Create}
		for _, op := range []*plan.Operation{c.Read, c.Delete} {
			if op != nil {
				steps = append(steps, op)
			}
		}
		ok := len(steps) > 1
		for _, op := range steps {
			ok = ok && auth.HasCredentials(op)
		}
		if !ok {
			continue
		}
		fp := FlowPlan{chain: c, steps: steps, bind: c.Bind, index: len(out)}
		// A link the description writes from the create to the read says
		// where the id is better than the inference does.
		for _, l := range links {
			if !l.Inferred && l.From == c.Create && l.To == steps[1] && len(l.Bind) > 0 {
				fp.bind = l.Bind
				break
			}
		}
		out = append(out, fp)
	}
	return out
}

// FlowOperations are the flows' operations, each once, in flow order.
func FlowOperations(flows []FlowPlan) []*plan.Operation {
	seen := map[*plan.Operation]bool{}
	var out []*plan.Operation
	for _, f := range flows {
		for _, op := range f.steps {
			if !seen[op] {
				seen[op] = true
				out = append(out, op)
			}
		}
	}
	return out
}

func (f FlowPlan) marker(i int) string {
	return "sequere-flow" + strconv.Itoa(f.index) + "-" + strconv.Itoa(i)
}

// FlowMarkers maps the parameters of op that a flow binds to the markers
// its samples carry in their place.
func FlowMarkers(flows []FlowPlan, op *plan.Operation) map[string]string {
	out := map[string]string{}
	for _, f := range flows {
		for _, step := range f.steps[1:] {
			if step != op {
				continue
			}
			for i, b := range f.bind {
				out[b.Param] = f.marker(i)
			}
		}
	}
	return out
}

func (f FlowPlan) Flow() Flow {
	lf := Flow{Name: f.chain.Create.ID}
	for _, op := range f.steps {
		lf.Steps = append(lf.Steps, FlowStep{Operation: op.ID})
		if op != f.chain.Create {
			lf.Name += " → " + op.ID
		}
	}
	for i, b := range f.bind {
		lf.Bind = append(lf.Bind, FlowBinding{Marker: f.marker(i), Binding: b})
	}
	return lf
}

package loadtest

import (
	"encoding/json"

	"github.com/sequere/sequere/internal/plan"
)

// Flow is a sequence of operations one iteration runs in order: a create,
// then the operations on what it created (read, delete), whose samples carry
// markers in their target that the first step's answer fills in.
type Flow struct {
	Name   string
	Weight int
	Steps  []FlowStep
	// Bind maps each marker to where its value comes from in the first
	// step's answer (the binding of an OpenAPI link or an inferred chain).
	Bind []FlowBinding
}

// FlowStep is one request of a flow: an operation of the scenario.
type FlowStep struct {
	Operation string `json:"operation"`
}

// FlowBinding is one value a flow carries from its first answer to the
// later steps: Marker stands for it in the samples' targets.
type FlowBinding struct {
	Marker  string       `json:"marker"`
	Binding plan.Binding `json:"binding"`
}

type flowState struct {
	flow   *Flow
	values map[string]string
}

// bindValues evaluates the flow's bindings against the first step's
// answer; false when one of them finds nothing.
func (f *Flow) bindValues(t *Turn) (map[string]string, bool) {
	x := plan.Exchange{Status: t.Status, Header: t.Header}
	if len(t.Body) > 0 {
		var body any
		if json.Unmarshal(t.Body, &body) == nil {
			x.Body = body
		}
	}
	out := make(map[string]string, len(f.Bind))
	for _, b := range f.Bind {
		v, ok := b.Binding.Value(x)
		if !ok {
			return nil, false
		}
		out[b.Marker] = v
	}
	return out, true
}

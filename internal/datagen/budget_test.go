package datagen

import (
	"fmt"
	"testing"
)

// countValues counts the JSON values in v.
func countValues(v any) int {
	n := 1
	switch x := v.(type) {
	case map[string]any:
		for _, c := range x {
			n += countValues(c)
		}
	case []any:
		for _, c := range x {
			n += countValues(c)
		}
	}
	return n
}

// A $ref fan-out (nine properties to the schema below, ten levels: 9^6
// values within the depth limit) stops at the value budget.
func TestRefFanOutStaysWithinTheValueBudget(t *testing.T) {
	t.Parallel()
	r := refs{"#/S0": map[string]any{"type": "string"}}
	for i := 1; i < 10; i++ {
		props := map[string]any{}
		for j := range 9 {
			props[fmt.Sprintf("p%d", j)] = map[string]any{"$ref": fmt.Sprintf("#/S%d", i-1)}
		}
		r[fmt.Sprintf("#/S%d", i)] = map[string]any{"type": "object", "properties": props}
	}
	for _, dynamic := range []bool{false, true} {
		v := Generate(r, map[string]any{"$ref": "#/S9"}, Options{Dynamic: dynamic, Seed: 1})
		if n := countValues(v); n > hardValues || n < softValues {
			t.Errorf("dynamic %v: %d values, want between %d and %d", dynamic, n, softValues, hardValues)
		}
	}
}

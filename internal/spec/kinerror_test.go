package spec

import (
	"context"
	"errors"
	"testing"
)

// TestKinErrorPlaced: what only kin-openapi's stricter reading refuses (a
// duplicate key, as in libopenapi's stripe-old.yaml; a $ref to the wrong kind
// of component, as in speakeasy's pagerduty.json) is an input error at a
// file:line:col, so mock, contract and load exit 2 naming the place.
func TestKinErrorPlaced(t *testing.T) {
	for _, c := range []struct {
		name, src string
		line, col int
	}{
		{"duplicate-key.yaml", "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    refund:\n      description: a\n      description: b\n", 8, 7},
		{"wrong-component.yaml", "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /x:\n    put:\n      responses:\n        '200': {$ref: '#/components/requestBodies/Body'}\ncomponents:\n  requestBodies:\n    Body: {content: {application/json: {schema: {type: string}}}}\n", 10, 11},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := LoadBytes(context.Background(), c.name, []byte(c.src), Options{})
			if err != nil {
				t.Fatal(err)
			}
			_, err = d.Kin()
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("Kin() = %v, want a spec input error", err)
			}
			if e.Location.File != c.name || e.Location.Line != c.line || e.Location.Col != c.col {
				t.Errorf("at %s, want %s:%d:%d (%v)", e.Location, c.name, c.line, c.col, err)
			}
		})
	}
}

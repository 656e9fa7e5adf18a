package sdkgen

import (
	"reflect"
	"testing"

	"github.com/sequere/sequere/internal/sdkgen/ir"
)

func TestNames(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, exported, unexported string }{
		{"user_id", "UserID", "userID"},
		{"If-None-Match", "IfNoneMatch", "ifNoneMatch"},
		{"ETag", "ETag", "eTag"},
		{"HTTPServer", "HTTPServer", "httpServer"},
		{"_links", "Links", "links"},
		{"order.created", "OrderCreated", "orderCreated"},
		{"2fa", "N2fa", "n2fa"},
		{"", "X", "x"},
		{"getOrderV1", "GetOrderV1", "getOrderV1"},
	}
	for _, tt := range tests {
		if got := exported(tt.in); got != tt.exported {
			t.Errorf("exported(%q) = %q, want %q", tt.in, got, tt.exported)
		}
		if got := unexported(tt.in); got != tt.unexported {
			t.Errorf("unexported(%q) = %q, want %q", tt.in, got, tt.unexported)
		}
	}
	n := newNamer("Server")
	if got := []string{n.unique("Server"), n.unique("Order"), n.unique("Order")}; !reflect.DeepEqual(got, []string{"Server2", "Order", "Order2"}) {
		t.Errorf("unique names %q", got)
	}
}

// TestFrom30 checks the OpenAPI 3.0 to JSON Schema rewrite of nullable and
// boolean exclusive bounds.
func TestFrom30(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name     string
		in, want map[string]any
		nullable bool
	}{
		{"nullable type", map[string]any{"type": "string"}, map[string]any{"type": []any{"string", "null"}}, true},
		{"nullable enum", map[string]any{"type": "string", "enum": []any{"a"}}, map[string]any{"type": []any{"string", "null"}, "enum": []any{"a", nil}}, true},
		{"exclusive minimum", map[string]any{"minimum": 1, "exclusiveMinimum": true}, map[string]any{"exclusiveMinimum": 1}, false},
		{"inclusive maximum", map[string]any{"maximum": 9, "exclusiveMaximum": false}, map[string]any{"maximum": 9}, false},
	}
	for _, tt := range tests {
		from30(tt.in, tt.nullable)
		if !reflect.DeepEqual(tt.in, tt.want) {
			t.Errorf("%s: got %v, want %v", tt.name, tt.in, tt.want)
		}
	}
}

// TestTypeScriptMethodNames: a Client method never takes a name the class or
// the language gives a meaning: then would make every client a thenable, so
// `await` on a promise of a client would call the operation.
func TestTypeScriptMethodNames(t *testing.T) {
	t.Parallel()
	api := &ir.API{}
	for _, name := range []string{"Constructor", "List", "ListAll", "Then", "Transport"} {
		api.Operations = append(api.Operations, &ir.Operation{Name: name})
	}
	got := map[string]string{}
	for op, m := range tsMethods(api) {
		got[op.Name] = m
	}
	want := map[string]string{"Constructor": "constructor2", "List": "list", "ListAll": "listAll2", "Then": "then2", "Transport": "transport2"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("methods %v, want %v", got, want)
	}
}

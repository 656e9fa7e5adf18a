package lint

import "testing"

func TestFilterObjOnly(t *testing.T) {
	t.Parallel()
	tests := []struct {
		src  string
		want bool
	}{
		{`@ && @.enum && @.type`, true},
		{`@property !== 'properties' && @ && (@ && @.example !== void 0 || @.default !== void 0) && (@.enum || @.type || @.format || @.$ref || @.properties || @.items)`, true},
		{`@ && @.type=="array"`, true},
		{`@ && @.type && @.type.constructor.name === "Array" && @.type.includes("array")`, true},
		{`@property === '$ref'`, false},
		{`@.type !== 'string'`, false},
		{`@.length > 2`, false},
		{`!@.x`, false},
		{`@.x || @property === 'a'`, false},
		{`@['x-example'] !== void 0`, true},
		{`@.in === 'query' && @.required`, true},
	}
	for _, tt := range tests {
		x, err := parseExpr(tt.src)
		if err != nil {
			t.Fatalf("%s: %v", tt.src, err)
		}
		if x.objOnly != tt.want {
			t.Errorf("%s: objOnly = %v, want %v", tt.src, x.objOnly, tt.want)
		}
	}
}

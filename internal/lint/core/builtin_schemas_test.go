package core_test

import (
	"testing"

	"github.com/sequere/sequere/internal/lint/builtin"
	"github.com/sequere/sequere/internal/lint/core"
)

// TestBuiltinSchemasAreValid: every schema option of every built-in rule
// compiles with its meta-schema check, so a broken built-in rule fails here
// rather than in a user's lint.
func TestBuiltinSchemasAreValid(t *testing.T) {
	seen := 0
	for _, name := range builtin.Names() {
		rs, err := builtin.Load(name)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range rs.Rules {
			for _, th := range r.Then {
				if th.Function != "schema" {
					continue
				}
				seen++
				dialect, _ := th.FunctionOptions["dialect"].(string)
				if err := core.CompileSchemaChecked(th.FunctionOptions["schema"], dialect); err != nil {
					t.Errorf("%s %s: %v", name, r.ID, err)
				}
			}
		}
	}
	if seen == 0 {
		t.Fatal("no built-in rule uses the schema function: the test checks nothing")
	}
}

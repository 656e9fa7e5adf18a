package sdkgen

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestUnsupportedFallsBackToRawJSON: a construct no target can type (not,
// if/then, prefixItems, patternProperties) is a warning that starts with the
// file:line:col of the schema that uses it, and the member or type is each
// language's raw JSON value. The CLI side (stderr, exit 0) is
// testdata/script/generate_client_unsupported.txtar.
func TestUnsupportedFallsBackToRawJSON(t *testing.T) {
	t.Parallel()
	const path = "testdata/sdkgen/unsupported/openapi.yaml"
	at := filepath.Join(repo, path) + ":"
	wantWarnings := []string{
		at + "31:7: patternProperties is not expressible as a type; the value is raw JSON",
		at + "24:11: not is not expressible as a type; the value is raw JSON",
		at + "26:11: if is not expressible as a type; the value is raw JSON",
		at + "29:11: prefixItems is not expressible as a type; the value is raw JSON",
	}
	for _, c := range []struct {
		lang, file string
		want       []string // declarations of the raw JSON members and type
	}{
		{"go", "models.go", []string{
			"type Anything = json.RawMessage\n",
			"\tNegated     json.RawMessage `json:\"negated,omitzero\"`\n",
			"\tConditional json.RawMessage `json:\"conditional,omitzero\"`\n",
			"\tPair        json.RawMessage `json:\"pair,omitzero\"`\n",
		}},
		{"typescript", "src/models.ts", []string{
			"export type Anything = rt.JSONValue;\n",
			"  negated?: rt.JSONValue;\n",
			"  conditional?: rt.JSONValue;\n",
			"  pair?: rt.JSONValue;\n",
		}},
		{"python", "unsupported/models.py", []string{
			"Anything: t.TypeAlias = \"rt.JSON\"\n",
			"    negated: rt.JSON | rt.Unset = rt.UNSET\n",
			"    conditional: rt.JSON | rt.Unset = rt.UNSET\n",
			"    pair: rt.JSON | rt.Unset = rt.UNSET\n",
		}},
	} {
		t.Run(c.lang, func(t *testing.T) {
			t.Parallel()
			res := generateClient(t, path, c.lang, "unsupported")
			if !slices.Equal(res.Warnings, wantWarnings) {
				t.Errorf("warnings:\n%s\nwant:\n%s", strings.Join(res.Warnings, "\n"), strings.Join(wantWarnings, "\n"))
			}
			i := slices.IndexFunc(res.Files, func(f File) bool { return f.Name == c.file })
			if i < 0 {
				t.Fatalf("no %s", c.file)
			}
			for _, decl := range c.want {
				if !strings.Contains(string(res.Files[i].Data), decl) {
					t.Errorf("%s does not declare %q", c.file, decl)
				}
			}
		})
	}
}

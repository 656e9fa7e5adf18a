package ruleset_test

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sequere/sequere/internal/lint"
	"github.com/sequere/sequere/internal/lint/builtin"
	"github.com/sequere/sequere/internal/lint/ruleset"
	"github.com/sequere/sequere/internal/report"
	"github.com/sequere/sequere/internal/spec"
)

var update = flag.Bool("update", false, "rewrite golden files")

const dir = "../../../testdata/lint/ruleset"

// TestGolden reads a .spectral.yaml using extends (built-in with a mode and
// a relative file), aliases (plain and format-scoped), severity overrides,
// custom rules and a file override, then lints two documents with it.
func TestGolden(t *testing.T) {
	t.Parallel()
	rs, err := ruleset.Read(filepath.Join(dir, ".spectral.yaml"), builtin.Options())
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, r := range rs.Rules {
		if r.Off {
			continue
		}
		fmt.Fprintf(&b, "rule %s %s given=%q formats=%v\n", r.ID, r.Severity, r.Given, r.GivenFormats)
	}
	for _, name := range []string{"api/current.yaml", "api/legacy.yaml"} {
		path := filepath.Join(dir, name)
		doc, err := spec.Load(context.Background(), path, spec.Options{})
		if err != nil {
			t.Fatal(err)
		}
		rep, err := lint.Run(context.Background(), doc, rs.For(path), builtin.Registry(), lint.Options{})
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range rep.Findings {
			fmt.Fprintf(&b, "%s:%d:%d %s %s %s\n", name, f.Location.Line, f.Location.Col, f.Severity, f.ID, f.Message)
		}
	}
	golden := filepath.Join(dir, "want.golden")
	if *update {
		if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if b.String() != string(want) {
		t.Errorf("got:\n%s\nwant:\n%s", b.String(), want)
	}
}

func TestErrors(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, src, want string }{
		{"custom function", "functions: [myFn]\nrules:\n  r:\n    given: $\n    then: {function: myFn}\n", `x.yaml:5:22: rule "r" uses the custom JavaScript function "myFn"`},
		{"unknown function", "rules:\n  r:\n    given: $\n    then: {function: nope}\n", `x.yaml:4:22: rule "r" uses function "nope"`},
		{"bad path", "rules:\n  r:\n    given: $.paths[\n    then: {function: truthy}\n", `x.yaml:3:12: rule "r": JSONPath "$.paths[": unclosed`},
		{"unknown alias", "rules:\n  r:\n    given: '#Nope'\n    then: {function: truthy}\n", `x.yaml:3:12: rule "r": unknown alias #Nope`},
		{"override unknown rule", "rules:\n  nope: off\n", `x.yaml:2:9: rule "nope" is not defined`},
		{"bad severity", "extends: spectral:oas\nrules:\n  info-contact: loud\n", `x.yaml:3:17: rule "info-contact": unknown severity`},
		{"unknown key", "rulez: {}\n", `x.yaml:1:1: unknown ruleset key "rulez"`},
		{"bad yaml", "rules: [\n", `x.yaml:`},
		{"missing file", "extends: ./missing.yaml\n", `x.yaml:1:10: extends "./missing.yaml": cannot read`},
		{"extends mode", "extends: [[spectral:oas, most]]\n", `x.yaml:1:26: extends mode must be recommended, all or off`},
		{"remote", "extends: https://example.com/r.yaml\n", `remote rulesets are not supported`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ruleset.ReadBytes("x.yaml", []byte(tt.src), builtin.Options())
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got %v, want an error containing %q", err, tt.want)
			}
		})
	}
}

func TestModes(t *testing.T) {
	t.Parallel()
	count := func(src string) (on int) {
		rs, err := ruleset.ReadBytes("x.yaml", []byte(src), builtin.Options())
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range rs.Rules {
			if !r.Off {
				on++
			}
		}
		return on
	}
	rec, all, off := count("extends: spectral:oas\n"), count("extends: [[spectral:oas, all]]\n"), count("extends: [[spectral:oas, off]]\n")
	if !(off == 0 && rec > 0 && all > rec) {
		t.Errorf("rules on: recommended %d, all %d, off %d; want 0 < recommended < all and off 0", rec, all, off)
	}
	if s := report.Severity(0); s != report.Error {
		t.Fatal("severity zero value changed")
	}
}

// FuzzReadRuleset feeds arbitrary bytes to the reader: it may refuse them,
// never panic.
func FuzzReadRuleset(f *testing.F) {
	seeds, _ := filepath.Glob("../../../testdata/lint/fuzz/FuzzReadRuleset/*.yaml")
	for _, s := range seeds {
		data, err := os.ReadFile(s)
		if err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte("extends: [[spectral:oas, all]]\nrules:\n  x:\n    given: \"$..[?(@.a && @property === 'b')]~\"\n    then: [{field: '@key', function: truthy}]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		rs, err := ruleset.ReadBytes("fuzz.yaml", data, builtin.Options())
		if err == nil {
			_ = rs.For("api.yaml")
		}
	})
}

// TestDiscover: the working directory's ruleset is found under each name
// Spectral looks for, plus sequere.yaml, in that order of preference, and a
// JSON ruleset reads like a YAML one.
func TestDiscover(t *testing.T) {
	t.Parallel()
	yamlRules := "extends: [[spectral:oas, off]]\nrules:\n  info-contact: error\n"
	jsonRules := `{"extends": [["spectral:oas", "off"]], "rules": {"info-contact": "error"}}`
	tests := []struct {
		files []string
		want  string
	}{
		{nil, ""},
		{[]string{"sequere.yaml"}, "sequere.yaml"},
		{[]string{".spectral.json", "sequere.yaml"}, ".spectral.json"},
		{[]string{".spectral.yml", ".spectral.json"}, ".spectral.yml"},
		{[]string{".spectral.yaml", ".spectral.yml", ".spectral.json", "sequere.yaml"}, ".spectral.yaml"},
	}
	for _, tt := range tests {
		dir := t.TempDir()
		for _, f := range tt.files {
			body := yamlRules
			if strings.HasSuffix(f, ".json") {
				body = jsonRules
			}
			if err := os.WriteFile(filepath.Join(dir, f), []byte(body), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		got := ruleset.Discover(dir)
		if tt.want == "" {
			if got != "" {
				t.Errorf("%v: discovered %q, want none", tt.files, got)
			}
			continue
		}
		if got != filepath.Join(dir, tt.want) {
			t.Errorf("%v: discovered %q, want %s", tt.files, got, tt.want)
			continue
		}
		rs, err := ruleset.Read(got, builtin.Options())
		if err != nil {
			t.Fatalf("%s: %v", tt.want, err)
		}
		var on []string
		for _, r := range rs.Rules {
			if !r.Off {
				on = append(on, fmt.Sprintf("%s=%s", r.ID, r.Severity))
			}
		}
		if strings.Join(on, ",") != "info-contact=error" {
			t.Errorf("%s: rules on %v, want only info-contact=error", tt.want, on)
		}
	}
}

package report

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// sarifValidator compiles the official SARIF 2.1.0 schema committed under
// testdata, with format assertions on so that uri and uri-reference values
// are checked too.
func sarifValidator(t *testing.T) *jsonschema.Schema {
	t.Helper()
	f, err := os.Open(filepath.Join(testdataDir, "sarif-schema-2.1.0.json"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	const url = "https://example.invalid/sarif-schema-2.1.0.json"
	if err := c.AddResource(url, doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile(url)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func validateSARIF(t *testing.T, s *jsonschema.Schema, out []byte) error {
	t.Helper()
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(out))
	if err != nil {
		t.Fatalf("SARIF output is not JSON: %v", err)
	}
	return s.Validate(inst)
}

func TestSARIFValidatesAgainstSchema(t *testing.T) {
	s := sarifValidator(t)
	f, _ := Lookup("sarif")
	for name, r := range map[string]*Report{"fixture": fixture(), "empty": {}, "nil": nil} {
		out := render(t, f, r, goldenOptions)
		if err := validateSARIF(t, s, []byte(out)); err != nil {
			t.Errorf("%s: SARIF does not validate: %v", name, err)
		}
	}
}

// TestSARIFSchemaRejects proves the validation above can fail: a log that
// breaks the schema (startLine 0, unknown level) must be rejected.
func TestSARIFSchemaRejects(t *testing.T) {
	s := sarifValidator(t)
	f, _ := Lookup("sarif")
	out := render(t, f, fixture(), goldenOptions)
	for _, bad := range []struct{ from, to string }{
		{`"startLine": 61`, `"startLine": 0`},
		{`"level": "warning"`, `"level": "warn"`},
		{`"version": "2.1.0"`, `"version": "2.0.0"`},
	} {
		broken := strings.Replace(out, bad.from, bad.to, 1)
		if broken == out {
			t.Fatalf("fixture output lacks %s", bad.from)
		}
		if err := validateSARIF(t, s, []byte(broken)); err == nil {
			t.Errorf("schema accepted SARIF with %s", bad.to)
		}
	}
}

// TestSARIFCodeScanningConstraints checks what GitHub code scanning needs
// beyond the schema: relative forward-slash URIs for files in the repo,
// startLine >= 1 on every region, rule indexes that point at the right rule,
// and a fingerprint on every result.
func TestSARIFCodeScanningConstraints(t *testing.T) {
	f, _ := Lookup("sarif")
	out := render(t, f, fixture(), goldenOptions)
	var log struct {
		Runs []struct {
			Tool struct {
				Driver struct {
					Name  string `json:"name"`
					Rules []struct {
						ID string `json:"id"`
					} `json:"rules"`
				} `json:"driver"`
			} `json:"tool"`
			Results []struct {
				RuleID              string            `json:"ruleId"`
				RuleIndex           int               `json:"ruleIndex"`
				PartialFingerprints map[string]string `json:"partialFingerprints"`
				Locations           []sarifLocation   `json:"locations"`
				RelatedLocations    []sarifLocation   `json:"relatedLocations"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal([]byte(out), &log); err != nil {
		t.Fatal(err)
	}
	run := log.Runs[0]
	if run.Tool.Driver.Name != "sequere" {
		t.Errorf("driver name = %q", run.Tool.Driver.Name)
	}
	if len(run.Results) != len(fixture().Findings) {
		t.Fatalf("got %d results, want %d", len(run.Results), len(fixture().Findings))
	}
	related := 0
	for _, res := range run.Results {
		if got := run.Tool.Driver.Rules[res.RuleIndex].ID; got != res.RuleID {
			t.Errorf("ruleIndex %d points at %q, result is %q", res.RuleIndex, got, res.RuleID)
		}
		if res.PartialFingerprints[sarifFingerprintKey] == "" {
			t.Errorf("%s: no partial fingerprint", res.RuleID)
		}
		related += len(res.RelatedLocations)
		for _, l := range append(res.Locations, res.RelatedLocations...) {
			uri := l.PhysicalLocation.ArtifactLocation.URI
			if strings.HasPrefix(uri, "/") || strings.Contains(uri, `\`) || strings.Contains(uri, "://") {
				t.Errorf("%s: uri %q is not a relative forward-slash path", res.RuleID, uri)
			}
			if reg := l.PhysicalLocation.Region; reg != nil && reg.StartLine < 1 {
				t.Errorf("%s: startLine %d", res.RuleID, reg.StartLine)
			}
		}
	}
	if related != 1 {
		t.Errorf("got %d related locations, want 1 (the diff finding's base)", related)
	}
	if !strings.Contains(out, `"uri": "my%20specs/legacy.yaml"`) {
		t.Errorf("path with a space is not percent-encoded:\n%s", out)
	}
}

func TestSARIFAbsoluteOutsideBase(t *testing.T) {
	if got := sarifURI("/repo", "/elsewhere/a b.yaml"); got != "file:///elsewhere/a%20b.yaml" {
		t.Errorf("sarifURI = %q", got)
	}
	if got := sarifURI("", "a:b/c.yaml"); got != "./a:b/c.yaml" {
		t.Errorf("sarifURI with colon = %q", got)
	}
}

package mock

import (
	"strings"
	"testing"
)

// A description split the way DigitalOcean's is: parameters from a file
// whose root is not a schema, and properties written as a $ref. Both are
// validated (they used to be accepted unvalidated, with a warning); an
// Accept header parameter is ignored, as OpenAPI says.
func TestSplitDescriptionIsValidated(t *testing.T) {
	t.Parallel()
	doc := load(t, fixture("split/openapi.yaml"))
	s, err := New(doc, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if w := s.Warnings(); len(w) > 0 {
		t.Errorf("warnings: %s", strings.Join(w, "\n"))
	}
	ts := start(t, doc, Options{})
	json := "Content-Type: application/json"
	accept := "Accept: application/json, */*;q=0.1"
	for _, tt := range []struct {
		name, method, path, body string
		status                   int
	}{
		{"query enum member", "GET", "/images?type=distribution&private=true", "", 200},
		{"query outside the enum", "GET", "/images?type=other", "", 422},
		{"query not a boolean", "GET", "/images?private=maybe", "", 422},
		{"properties $ref valid", "POST", "/balancers/droplets", `{"droplet_ids":[1,2]}`, 204},
		{"properties $ref wrong item", "POST", "/balancers/droplets", `{"droplet_ids":["x"]}`, 422},
		{"properties $ref not an array", "POST", "/balancers/droplets", `{"droplet_ids":"x"}`, 422},
		{"required property missing", "POST", "/balancers/droplets", `{}`, 422},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := call(t, ts, tt.method, tt.path, tt.body, json, accept)
			if r.status != tt.status {
				t.Errorf("status %d, want %d: %s", r.status, tt.status, r.body)
			}
		})
	}
}

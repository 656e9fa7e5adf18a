package diff

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/sequere/sequere/internal/spec"
)

// TestOperationMessages checks what expected.yaml does not show: who a
// change is attributed to, what its message names, and where --expand puts it.
func TestOperationMessages(t *testing.T) {
	t.Parallel()
	tests := []struct {
		fixture, id string
		endpoints   []string
		msg         string
		expanded    string // JSON pointer of the first --expand finding of id
	}{
		{"case-parameter-schema", "schema-enum-value-removed", []string{"GET /items/{id}"}, `query parameter "q"`, ""},
		{"case-callback-reversed", "schema-property-became-required", []string{"POST /subscriptions"}, "callback onEvent POST {$request.body#/url}", ""},
		{"callback-added", "callback-added", []string{"POST /subscriptions"}, "callback onEvent was added", ""},
		{"case-webhook-reversed", "schema-enum-value-added", []string{"POST webhook newPet"}, "webhook newPet POST", "/webhooks/newPet/post/requestBody/content/application~1json/schema/properties/kind/enum"},
		{"case-servers-levels", "server-removed", []string{"GET /items/{id}"}, "server https://eu.example.com was removed", ""},
		{"parameter-in-changed", "parameter-in-changed", []string{"GET /items/{id}"}, `parameter "q" moved from query to header`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.fixture, func(t *testing.T) {
			t.Parallel()
			dir := filepath.Join(fixtureDir, tt.fixture)
			res := compareFiles(t, filepath.Join(dir, "base.yaml"), filepath.Join(dir, "revision.yaml"))
			var ch *Change
			for _, c := range res.Changes {
				if c.Check.ID == tt.id {
					ch = c
					break
				}
			}
			if ch == nil {
				t.Fatalf("no %s change", tt.id)
			}
			if strings.Join(ch.Endpoints, ",") != strings.Join(tt.endpoints, ",") {
				t.Errorf("endpoints = %v, want %v", ch.Endpoints, tt.endpoints)
			}
			if !strings.Contains(ch.Message, tt.msg) {
				t.Errorf("message %q does not contain %q", ch.Message, tt.msg)
			}
			if tt.expanded == "" {
				return
			}
			for _, f := range res.Report(true).Findings {
				if f.ID == tt.id {
					if got := spec.Pointer(f.Path...); got != tt.expanded {
						t.Errorf("expanded path = %s, want %s", got, tt.expanded)
					}
					return
				}
			}
			t.Errorf("no expanded %s finding", tt.id)
		})
	}
}

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
		{"parameter-sunset-too-soon", "parameter-sunset-too-soon", []string{"GET /items/{id}"}, `query parameter "q": sunset 2026-12-01 is 4 days away; a stable parameter needs at least 180 days`, ""},
		{"parameter-sunset-deleted", "parameter-sunset-deleted", []string{"GET /items/{id}"}, `query parameter "q": x-sunset 2030-06-01 was removed while still deprecated`, ""},
		{"case-parameter-retired", "parameter-removed", []string{"GET /items/{id}"}, "after its sunset date 2026-01-01", ""},
		{"endpoint-sunset-deleted", "endpoint-sunset-deleted", []string{"GET /items/{id}"}, "x-sunset 2030-06-01 was removed", ""},
		{"response-media-type-parameter-changed", "response-media-type-parameter-changed", []string{"GET /items/{id}"}, "parameter charset changed from utf-8 to iso-8859-1", ""},
		{"request-media-type-parameter-added", "request-media-type-parameter-added", []string{"GET /items/{id}"}, "gained the parameter charset=utf-8 (was application/json)", ""},
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

func TestMediaParams(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in   string
		want map[string]string
	}{
		{"application/json", nil},
		{"application/json; charset=utf-8", map[string]string{"charset": "utf-8"}},
		{"application/json;CHARSET=\"UTF-8\"", map[string]string{"charset": "utf-8"}},
		{"application/vnd.api+json; profile=Full; version=2", map[string]string{"profile": "Full", "version": "2"}},
		{"text/plain;", map[string]string{}},
	}
	for _, tt := range tests {
		got := mediaParams(tt.in)
		if len(got) != len(tt.want) || (got == nil) != (tt.want == nil) {
			t.Errorf("mediaParams(%q) = %v, want %v", tt.in, got, tt.want)
			continue
		}
		for k, v := range tt.want {
			if got[k] != v {
				t.Errorf("mediaParams(%q)[%s] = %q, want %q", tt.in, k, got[k], v)
			}
		}
	}
}

package contract

import (
	"strings"
	"testing"

	"github.com/sequere/sequere/internal/plan"
)

// TestCurlMasksCredentials: every place a credential travels (Authorization,
// Cookie, an apiKey header, an apiKey query parameter) is *** in the curl
// line, and shown as sent with --show-secrets.
func TestCurlMasksCredentials(t *testing.T) {
	t.Parallel()
	req := &plan.Request{Method: "GET", Path: "/pets?limit=2&api_key=s3cret-q&cursor=a%26b", Headers: []plan.Header{
		{Name: "Authorization", Value: "Bearer s3cret-bearer"},
		{Name: "Cookie", Value: "session=s3cret-cookie"},
		{Name: "X-API-Key", Value: "s3cret-header"},
		{Name: "Accept", Value: "application/json"},
	}}
	secretHeaders := []string{"authorization", "cookie", "x-api-key"}
	for _, tt := range []struct {
		name    string
		show    bool
		want    []string
		mustNot []string
	}{
		{"masked", false,
			[]string{"'Authorization: ***'", "'Cookie: ***'", "'X-API-Key: ***'", "api_key=***", "limit=2", "cursor=a%26b", "'Accept: application/json'"},
			[]string{"s3cret"}},
		{"--show-secrets", true,
			[]string{"Bearer s3cret-bearer", "session=s3cret-cookie", "X-API-Key: s3cret-header", "api_key=s3cret-q"}, []string{"***"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := Curl(req, "http://127.0.0.1:8080", tt.show, secretHeaders, "api_key")
			for _, w := range tt.want {
				if !strings.Contains(got, w) {
					t.Errorf("curl line lacks %q: %s", w, got)
				}
			}
			for _, w := range tt.mustNot {
				if strings.Contains(got, w) {
					t.Errorf("curl line has %q: %s", w, got)
				}
			}
		})
	}
}

// TestSavedRequestDropsQueryCredentials: the failures file never holds an
// apiKey sent in the query (replay applies credentials afresh), and the
// other parameters stay byte for byte.
func TestSavedRequestDropsQueryCredentials(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct{ path, want string }{
		{"/pets?limit=2&api_key=s3cret&cursor=a%26b", "/pets?limit=2&cursor=a%26b"},
		{"/pets?api_key=s3cret", "/pets"},
		{"/pets?api%5Fkey=s3cret&x=1", "/pets?x=1"},
		{"/pets?api_key_other=1", "/pets?api_key_other=1"},
		{"/pets", "/pets"},
	} {
		if got := dropQuery(tt.path, []string{"api_key"}); got != tt.want {
			t.Errorf("dropQuery(%q) = %q, want %q", tt.path, got, tt.want)
		}
	}
}

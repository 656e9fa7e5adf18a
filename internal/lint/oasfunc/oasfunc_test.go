package oasfunc

import (
	"context"
	"testing"

	"github.com/sequere/sequere/internal/lint"
	"github.com/sequere/sequere/internal/spec"
)

func TestAbsoluteURL(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"https://api.sequere.dev/v1", true},
		{"https://%7Byour-agent-url%7D", true},
		{"/v1", false},
		{"https://", false},
		{"https://a b.dev", false},
		{"https://{region}.sequere.dev", true},
		{"urn:sequere:api", true},
		{"1http://x", false},
	} {
		if got := absoluteURL(tc.in); got != tc.want {
			t.Errorf("absoluteURL(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestEncodeURI(t *testing.T) {
	t.Parallel()
	if got, want := encodeURI("a b{c}/d?e=é"), "a%20b%7Bc%7D/d?e=%C3%A9"; got != want {
		t.Errorf("encodeURI = %q, want %q", got, want)
	}
}

// TestFunctionsNamed: every registry entry is callable and survives a nil
// target, which is what the engine passes for a missing field.
func TestFunctionsNamed(t *testing.T) {
	t.Parallel()
	doc, err := spec.LoadBytes(context.Background(), "t.yaml", []byte("openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n"), spec.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for name, fn := range Functions() {
		if fn == nil {
			t.Fatalf("%s has no function", name)
		}
		fn(lint.Call{Doc: doc, Target: lint.Target{File: doc.Name}, Options: map[string]any{}, Rule: &lint.Rule{ID: name}})
	}
}

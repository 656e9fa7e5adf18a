package spec

import "testing"

func TestIgnoredParameter(t *testing.T) {
	for _, tt := range []struct {
		in, name string
		want     bool
	}{
		{"header", "Accept", true},
		{"header", "content-type", true},
		{"header", "AUTHORIZATION", true},
		{"header", "X-Accept", false},
		{"query", "accept", false},
		{"cookie", "Authorization", false},
	} {
		if got := IgnoredParameter(tt.in, tt.name); got != tt.want {
			t.Errorf("IgnoredParameter(%q, %q) = %v, want %v", tt.in, tt.name, got, tt.want)
		}
	}
}

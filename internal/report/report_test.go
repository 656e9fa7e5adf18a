package report

import (
	"strings"
	"testing"
)

func TestParseFormatFlag(t *testing.T) {
	cases := []struct {
		in, name, dest string
		err            string // substring of the error, "" for none
	}{
		{in: "stylish", name: "stylish"},
		{in: "sarif=out.sarif", name: "sarif", dest: "out.sarif"},
		{in: "JSON=reports/a=b.json", name: "json", dest: "reports/a=b.json"},
		{in: " junit =junit.xml", name: "junit", dest: "junit.xml"},
		{in: "github-actions", name: "github"},
		{in: "md=summary.md", name: "markdown", dest: "summary.md"},
		{in: "xml", err: "valid: stylish, text, json, sarif, junit, github, markdown"},
		{in: "", err: "empty format"},
		{in: "=out.txt", err: "empty format"},
		{in: "sarif=", err: "empty destination"},
	}
	for _, c := range cases {
		name, dest, err := ParseFormatFlag(c.in)
		if c.err != "" {
			if err == nil || !strings.Contains(err.Error(), c.err) {
				t.Errorf("ParseFormatFlag(%q) error = %v, want it to mention %q", c.in, err, c.err)
			}
			continue
		}
		if err != nil || name != c.name || dest != c.dest {
			t.Errorf("ParseFormatFlag(%q) = %q, %q, %v; want %q, %q", c.in, name, dest, err, c.name, c.dest)
		}
	}
}

func TestParseSeverity(t *testing.T) {
	cases := []struct {
		in   string
		want Severity
		ok   bool
	}{
		{"error", Error, true}, {"0", Error, true}, {" ERROR ", Error, true},
		{"warn", Warn, true}, {"warning", Warn, true}, {"1", Warn, true},
		{"info", Info, true}, {"information", Info, true}, {"2", Info, true},
		{"hint", Hint, true}, {"3", Hint, true},
		{"fatal", Error, false}, {"4", Error, false}, {"", Error, false},
	}
	for _, c := range cases {
		got, err := ParseSeverity(c.in)
		if (err == nil) != c.ok || (c.ok && got != c.want) {
			t.Errorf("ParseSeverity(%q) = %v, %v; want %v (ok=%v)", c.in, got, err, c.want, c.ok)
		}
	}
	for s := Error; s <= Hint; s++ {
		if back, err := ParseSeverity(s.String()); err != nil || back != s {
			t.Errorf("ParseSeverity(%v.String()) = %v, %v", s, back, err)
		}
	}
}

func TestFingerprintStability(t *testing.T) {
	path := []string{"paths", "/pets", "get"}
	base := Fingerprint("operation-description", path, "")
	cases := []struct {
		name string
		fp   string
		same bool
	}{
		{"same id and path", Fingerprint("operation-description", []string{"paths", "/pets", "get"}, ""), true},
		{"other rule", Fingerprint("operation-tags", path, ""), false},
		{"other path", Fingerprint("operation-description", []string{"paths", "/pets", "post"}, ""), false},
		{"segments are not concatenated", Fingerprint("operation-description", []string{"paths/pets", "get"}, ""), false},
		{"discriminator", Fingerprint("operation-description", path, "x"), false},
	}
	for _, c := range cases {
		if (c.fp == base) != c.same {
			t.Errorf("%s: fingerprint %s vs %s, want same=%v", c.name, c.fp, base, c.same)
		}
	}
	// Moving a finding (an edit above it) must not change its identity.
	a := &Report{Findings: []Finding{{ID: "r", Path: path, Location: Location{File: "a.yaml", Line: 10, Col: 3}}}}
	b := &Report{Findings: []Finding{{ID: "r", Path: path, Location: Location{File: "a.yaml", Line: 42, Col: 9, EndLine: 50}}}}
	a.Stamp()
	b.Stamp()
	if a.Findings[0].Fingerprint != b.Findings[0].Fingerprint || len(a.Findings[0].Fingerprint) != 16 {
		t.Errorf("line change altered fingerprint: %q vs %q", a.Findings[0].Fingerprint, b.Findings[0].Fingerprint)
	}
	// Stamp keeps fingerprints that capabilities set themselves.
	c := &Report{Findings: []Finding{{ID: "r", Fingerprint: "keep"}}}
	c.Stamp()
	if c.Findings[0].Fingerprint != "keep" {
		t.Errorf("Stamp overwrote an explicit fingerprint: %q", c.Findings[0].Fingerprint)
	}
}

func TestGitHubEscaping(t *testing.T) {
	cases := []struct{ in, data, prop string }{
		{"plain", "plain", "plain"},
		{"100%", "100%25", "100%25"},
		{"a\r\nb", "a%0D%0Ab", "a%0D%0Ab"},
		{"a:b,c", "a:b,c", "a%3Ab%2Cc"},
		{"%0A", "%250A", "%250A"}, // an existing escape must not be decoded by the runner
		{"my specs/x.yaml", "my specs/x.yaml", "my specs/x.yaml"},
	}
	for _, c := range cases {
		if got := githubData(c.in); got != c.data {
			t.Errorf("githubData(%q) = %q, want %q", c.in, got, c.data)
		}
		if got := githubProperty(c.in); got != c.prop {
			t.Errorf("githubProperty(%q) = %q, want %q", c.in, got, c.prop)
		}
	}
}

func TestJSONPath(t *testing.T) {
	cases := []struct {
		path []string
		want string
	}{
		{nil, "$"},
		{[]string{"info"}, "$.info"},
		{[]string{"paths", "/pets", "get", "responses", "200"}, "$.paths['/pets'].get.responses['200']"},
		{[]string{"components", "schemas", "Pet's"}, `$.components.schemas['Pet\'s']`},
		{[]string{"x-ext", "$ref", "_a1"}, "$['x-ext'].$ref._a1"},
		{[]string{""}, "$['']"},
		{[]string{"1abc"}, "$['1abc']"},
		{[]string{`a\b`}, `$['a\\b']`},
		{[]string{`a\'b`}, `$['a\\\'b']`},
	}
	for _, c := range cases {
		if got := JSONPath(c.path); got != c.want {
			t.Errorf("JSONPath(%q) = %s, want %s", c.path, got, c.want)
		}
	}
}

func TestFindingJSONPathIndices(t *testing.T) {
	f := Finding{Path: []string{"paths", "/pets", "get", "parameters", "0", "responses", "200"}, Indices: []int{4}}
	want := "$.paths['/pets'].get.parameters[0].responses['200']"
	if got := f.JSONPath(); got != want {
		t.Errorf("JSONPath() = %s, want %s", got, want)
	}
}

func TestDisplayPath(t *testing.T) {
	cases := []struct{ base, file, want string }{
		{"", "/work/api/a.yaml", "/work/api/a.yaml"},
		{"/work/api", "/work/api/a.yaml", "a.yaml"},
		{"/work/api/", "/work/api/sub/a.yaml", "sub/a.yaml"},
		{"/work/api", "/work/apiary/a.yaml", "/work/apiary/a.yaml"},
		{"/work/api", "/other/a.yaml", "/other/a.yaml"},
		{"/work/api", "rel/a.yaml", "rel/a.yaml"},
		{"/work/api", "https://example.com/a.yaml", "https://example.com/a.yaml"},
	}
	for _, c := range cases {
		if got := displayPath(c.base, c.file); got != c.want {
			t.Errorf("displayPath(%q, %q) = %q, want %q", c.base, c.file, got, c.want)
		}
	}
}

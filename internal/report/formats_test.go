package report

import (
	"encoding/json"
	"encoding/xml"
	"reflect"
	"strings"
	"testing"
)

// TestJSONSpectralShape decodes the json output with Spectral's field names
// and checks the 1-based to 0-based conversion on known findings.
func TestJSONSpectralShape(t *testing.T) {
	f, _ := Lookup("json")
	out := render(t, f, fixture(), goldenOptions)

	type pos struct{ Line, Character int }
	var got []struct {
		Code     string   `json:"code"`
		Path     []string `json:"path"`
		Message  string   `json:"message"`
		Severity int      `json:"severity"`
		Range    struct {
			Start pos `json:"start"`
			End   pos `json:"end"`
		} `json:"range"`
		Source string `json:"source"`
	}
	dec := json.NewDecoder(strings.NewReader(out))
	dec.DisallowUnknownFields() // no keys beyond Spectral's
	if err := dec.Decode(&got); err != nil {
		t.Fatalf("json output does not decode into Spectral's shape: %v", err)
	}
	if len(got) != len(fixture().Findings) {
		t.Fatalf("got %d results, want %d", len(got), len(fixture().Findings))
	}
	byCode := map[string]int{}
	for i, g := range got {
		byCode[g.Code+" "+strings.Join(g.Path, "/")] = i
	}
	cases := []struct {
		key        string
		sev        int
		start, end pos
		source     string
	}{
		{"response-removed paths//pets/{petId}/get/responses/200", 0, pos{60, 10}, pos{69, 0}, "openapi.yaml"},
		{"info-contact info", 2, pos{2, 0}, pos{2, 0}, "openapi.yaml"},
		{"path-keys-no-trailing-slash paths//pets/", 3, pos{6, 2}, pos{6, 9}, "my specs/legacy.yaml"},
		{"x-pascal-case components/schemas/Pet's", 1, pos{0, 0}, pos{0, 0}, "../shared/schemas.yaml"},
	}
	for _, c := range cases {
		i, ok := byCode[c.key]
		if !ok {
			t.Errorf("no result %q", c.key)
			continue
		}
		g := got[i]
		if g.Severity != c.sev || g.Range.Start != c.start || g.Range.End != c.end || g.Source != c.source {
			t.Errorf("%s: severity %d range %v-%v source %q; want %d %v-%v %q",
				c.key, g.Severity, g.Range.Start, g.Range.End, g.Source, c.sev, c.start, c.end, c.source)
		}
	}
	if empty := render(t, f, &Report{}, Options{}); empty != "[]\n" {
		t.Errorf("empty report renders %q, want []", empty)
	}
}

type junitDoc struct {
	Tests    int `xml:"tests,attr"`
	Failures int `xml:"failures,attr"`
	Suites   []struct {
		Name     string `xml:"name,attr"`
		Tests    int    `xml:"tests,attr"`
		Failures int    `xml:"failures,attr"`
		Skipped  int    `xml:"skipped,attr"`
		Cases    []struct {
			Name    string    `xml:"name,attr"`
			Failure *struct{} `xml:"failure"`
		} `xml:"testcase"`
	} `xml:"testsuite"`
}

func parseJUnit(t *testing.T, r *Report, o Options) junitDoc {
	t.Helper()
	f, _ := Lookup("junit")
	var doc junitDoc
	if err := xml.Unmarshal([]byte(render(t, f, r, o)), &doc); err != nil {
		t.Fatalf("junit output is not XML: %v", err)
	}
	return doc
}

func TestJUnitSemantics(t *testing.T) {
	// Default threshold (error): the two errors fail, the rest are skipped.
	doc := parseJUnit(t, fixture(), goldenOptions)
	if doc.Tests != 8 || doc.Failures != 2 {
		t.Errorf("tests=%d failures=%d, want 8 and 2 (7 findings + clean.yaml)", doc.Tests, doc.Failures)
	}
	// A hint threshold makes every finding a failure.
	doc = parseJUnit(t, fixture(), Options{BaseDir: "/work/api", FailSeverity: Hint})
	if doc.Failures != 7 {
		t.Errorf("FailSeverity=hint: failures=%d, want 7", doc.Failures)
	}
	// No findings and no sources: still one passing suite, never an empty file.
	doc = parseJUnit(t, &Report{Tool: "sequere lint"}, Options{})
	if len(doc.Suites) != 1 || doc.Suites[0].Tests != 1 || doc.Failures != 0 {
		t.Errorf("empty report: %+v, want one passing suite", doc)
	}
}

func TestNoColorWhenPlain(t *testing.T) {
	for _, theme := range []Theme{{}, NewTheme(false)} {
		for _, f := range Formatters() {
			if out := render(t, f, fixture(), Options{Theme: theme}); strings.Contains(out, "\x1b") {
				t.Errorf("%s: escape code in plain output:\n%q", f.Name(), out)
			}
		}
	}
}

func TestColorWhenThemed(t *testing.T) {
	f, _ := Lookup("stylish")
	out := render(t, f, fixture(), Options{Theme: NewTheme(true)})
	if !strings.Contains(out, "\x1b[") {
		t.Fatalf("NewTheme(true) produced no ANSI escapes:\n%s", out)
	}
	// Colour must not change the text, only wrap it.
	plain := render(t, f, fixture(), Options{})
	if stripANSI(out) != plain {
		t.Errorf("coloured output differs from plain once escapes are removed:\n%s\n---\n%s", stripANSI(out), plain)
	}
	// Machine formats ignore the theme entirely.
	for _, name := range []string{"text", "json", "sarif", "junit", "github", "markdown"} {
		m, _ := Lookup(name)
		if got := render(t, m, fixture(), Options{Theme: NewTheme(true)}); strings.Contains(got, "\x1b") {
			t.Errorf("%s: theme leaked escapes into a machine format", name)
		}
	}
}

// stripANSI removes CSI sequences (ESC [ ... final byte).
func stripANSI(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == 0x1b && i+1 < len(s) && s[i+1] == '[' {
			j := i + 2
			for j < len(s) && (s[j] < 0x40 || s[j] > 0x7e) {
				j++
			}
			i = j
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

func TestFormattersRegistry(t *testing.T) {
	want := []string{"stylish", "text", "json", "sarif", "junit", "github", "markdown"}
	if got := FormatterNames(); !reflect.DeepEqual(got, want) {
		t.Errorf("FormatterNames() = %v, want %v", got, want)
	}
	fs := Formatters()
	fs[0] = nil // the returned slice must be a copy
	if Formatters()[0] == nil {
		t.Error("Formatters() exposes the registry")
	}
	for _, name := range want {
		if f, ok := Lookup(name); !ok || f.Name() != name {
			t.Errorf("Lookup(%q) = %v, %v", name, f, ok)
		}
	}
	if _, ok := Lookup("html"); ok {
		t.Error("Lookup(html) found a formatter that does not exist")
	}
}

package report

import (
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"
	"unicode"
)

// Options carries what a formatter needs beyond the Report itself. The zero
// value is a valid, plain configuration.
type Options struct {
	// Theme styles human-oriented formats. The zero Theme is plain: use it for
	// pipes, NO_COLOR and --color=never. Machine formats ignore it.
	Theme Theme
	// BaseDir, when set, makes file paths relative to it for display (and for
	// SARIF URIs, which code-scanning services resolve against the repo root).
	// Paths outside BaseDir are left as they are.
	BaseDir string
	// FailSeverity is the threshold the run fails at. Formats that can express
	// "failed" versus "noted" (junit, the stylish summary) use it; its zero value
	// is Error.
	FailSeverity Severity
}

// Formatter renders a Report in one output format.
type Formatter interface {
	// Name is the value of --format that selects this formatter.
	Name() string
	// Write renders r to w. It must not modify r.
	Write(w io.Writer, r *Report, o Options) error
}

// formatters is the single registry, in the order help text and docs list
// them. Keep it explicit rather than init()-registered so the order is stable
// and a formatter cannot silently disappear.
var formatters = []Formatter{
	stylishFormatter{},
	textFormatter{},
	jsonFormatter{},
	sarifFormatter{},
	junitFormatter{},
	githubFormatter{},
	markdownFormatter{},
}

// aliases maps names other tools use for the same format onto ours, so that
// flags copied from a Spectral invocation keep working.
var aliases = map[string]string{
	"github-actions": "github",
	"md":             "markdown",
}

// Formatters returns every formatter in display order. The slice is a copy.
func Formatters() []Formatter { return slices.Clone(formatters) }

// FormatterNames returns the names of all formatters in display order.
func FormatterNames() []string {
	names := make([]string, len(formatters))
	for i, f := range formatters {
		names[i] = f.Name()
	}
	return names
}

// Lookup finds a formatter by name (case-insensitive; aliases such as
// "github-actions" are accepted).
func Lookup(name string) (Formatter, bool) {
	name = strings.ToLower(strings.TrimSpace(name))
	if canonical, ok := aliases[name]; ok {
		name = canonical
	}
	for _, f := range formatters {
		if f.Name() == name {
			return f, true
		}
	}
	return nil, false
}

// ParseFormatFlag splits a --format value of the form NAME or NAME=DEST.
// "sarif=out.sarif" gives ("sarif", "out.sarif"); "stylish" gives
// ("stylish", ""), where an empty dest means standard output. The returned
// name is canonical (aliases resolved).
func ParseFormatFlag(v string) (name, dest string, err error) {
	raw, dest, hasDest := strings.Cut(v, "=")
	raw = strings.TrimSpace(raw)
	if raw == "" {
		return "", "", fmt.Errorf("empty format in %q (valid: %s)", v, strings.Join(FormatterNames(), ", "))
	}
	f, ok := Lookup(raw)
	if !ok {
		return "", "", fmt.Errorf("unknown format %q (valid: %s)", raw, strings.Join(FormatterNames(), ", "))
	}
	if hasDest && strings.TrimSpace(dest) == "" {
		return "", "", fmt.Errorf("format %q: empty destination after '='", raw)
	}
	return f.Name(), dest, nil
}

// view returns a sorted copy of r so formatters can print in the canonical
// order without mutating the caller's report. A nil report reads as empty.
func view(r *Report) *Report {
	if r == nil {
		return &Report{}
	}
	c := *r
	c.Findings = slices.Clone(r.Findings)
	c.Sort()
	return &c
}

// displayPath makes file relative to base when it lies inside base; anything
// else (other trees, URLs, already-relative paths) is returned unchanged,
// because rewriting it would only hide where it really is.
func displayPath(base, file string) string {
	if base == "" || file == "" || !filepath.IsAbs(file) || !filepath.IsAbs(base) {
		return file
	}
	rel, err := filepath.Rel(base, file)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return file
	}
	return rel
}

// fingerprintOf returns the finding's fingerprint, deriving it when the
// capability did not stamp one, so machine formats always carry an identity.
func fingerprintOf(f Finding) string {
	if f.Fingerprint != "" {
		return f.Fingerprint
	}
	return Fingerprint(f.ID, f.Path, "")
}

// endOf resolves the "zero means same as start" convention of Location.
func endOf(l Location) (line, col int) {
	line, col = l.EndLine, l.EndCol
	if line == 0 {
		line = l.Line
	}
	if col == 0 && l.EndLine == 0 {
		col = l.Col
	}
	return line, col
}

// oneLine flattens a message for line-oriented formats: messages can quote
// spec content, and a stray newline or escape sequence from a hostile document
// must not forge extra lines or drive the terminal.
func oneLine(s string) string {
	s = strings.ReplaceAll(s, "\r\n", " ")
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return ' '
		}
		return r
	}, s)
}

// plural renders "1 error" / "2 errors".
func plural(n int, word string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, word)
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// errWriter remembers the first write error so formatters can print freely
// and check once at the end.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err == nil {
		_, e.err = fmt.Fprintf(e.w, format, args...)
	}
}

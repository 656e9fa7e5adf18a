package report

import (
	"fmt"
	"io"
	"strings"

	"charm.land/lipgloss/v2"
)

// stylishFormatter is the default human format, modelled on the ESLint and
// Spectral "stylish" layout so users of those tools can read it at a glance:
// a header per file, one aligned row per finding, and a closing summary.
type stylishFormatter struct{}

func (stylishFormatter) Name() string { return "stylish" }

// stylishLabel is the word shown in the severity column; "warning" reads
// better than our terse "warn" and matches what ESLint users expect.
func stylishLabel(s Severity) string {
	if s == Warn {
		return "warning"
	}
	return s.String()
}

type stylishRow struct {
	f                   Finding
	pos, sev, id, msg   string
	path, base          string
	posW, sevW, idW, mW int
}

func (stylishFormatter) Write(w io.Writer, r *Report, o Options) error {
	r = view(r)
	t := o.Theme
	ew := &errWriter{w: w}

	// Columns align across the whole report, not per file, so that scanning
	// down a long run does not make the eye jump at every file header.
	rows := make([]stylishRow, len(r.Findings))
	var posW, sevW, idW, msgW int
	for i, f := range r.Findings {
		row := stylishRow{
			f:    f,
			pos:  fmt.Sprintf("%d:%d", f.Location.Line, f.Location.Col),
			sev:  stylishLabel(f.Severity),
			id:   oneLine(f.ID),
			msg:  oneLine(f.Message),
			path: oneLine(f.JSONPath()),
		}
		if f.Location.Line == 0 {
			row.pos = "-" // position unknown; "0:0" would look like a real place
		}
		if f.Base != nil {
			b := *f.Base
			b.File = displayPath(o.BaseDir, b.File)
			row.base = oneLine(b.String())
		}
		row.posW, row.sevW = lipgloss.Width(row.pos), lipgloss.Width(row.sev)
		row.idW, row.mW = lipgloss.Width(row.id), lipgloss.Width(row.msg)
		posW, sevW = max(posW, row.posW), max(sevW, row.sevW)
		idW, msgW = max(idW, row.idW), max(msgW, row.mW)
		rows[i] = row
	}

	file := "\x00" // impossible name, so the first finding always opens a header
	for i, row := range rows {
		if name := displayPath(o.BaseDir, row.f.Location.File); name != file {
			if i > 0 {
				ew.printf("\n")
			}
			file = name
			header := oneLine(name)
			if header == "" {
				header = "(unknown file)"
			}
			ew.printf("%s\n", t.Paint(t.File, header))
		}
		// Pad the plain text first and style afterwards: escape codes have no
		// width, so padding styled text would misalign the columns.
		line := "  " + pad(posW-row.posW) + t.Paint(t.Dim, row.pos) +
			"  " + t.Paint(t.SeverityStyle(row.f.Severity), row.sev) + pad(sevW-row.sevW) +
			"  " + row.id + pad(idW-row.idW) +
			"  " + row.msg
		if row.path != "$" {
			line += pad(msgW-row.mW) + "  " + t.Paint(t.Dim, row.path)
		}
		ew.printf("%s\n", line)
		if row.base != "" {
			ew.printf("  %s  %s\n", pad(posW), t.Paint(t.Dim, "base: "+row.base))
		}
		if len(row.f.Detail) > 0 {
			ew.printf("%s", row.f.Detail.indented("  "+pad(posW)+"  ", func(s string) string { return t.Paint(t.Dim, s) }))
		}
	}
	if len(rows) > 0 {
		ew.printf("\n")
	}
	ew.printf("%s\n", stylishSummary(r, o))
	return ew.err
}

func pad(n int) string { return strings.Repeat(" ", max(n, 0)) }

// stylishSummary is the closing line. It always names the threshold when the
// run passes despite findings, so "3 problems" is not mistaken for a failure.
func stylishSummary(r *Report, o Options) string {
	t := o.Theme
	if len(r.Findings) == 0 {
		return t.Paint(t.Success, "✔ No problems found.")
	}
	c := r.Count()
	line := fmt.Sprintf("✖ %s (%s, %s, %s, %s)", plural(len(r.Findings), "problem"),
		plural(c[Error], "error"), plural(c[Warn], "warning"), plural(c[Info], "info"), plural(c[Hint], "hint"))
	if r.Fails(o.FailSeverity) {
		return t.Paint(t.Summary, line)
	}
	worst := Hint
	for _, f := range r.Findings {
		if f.Severity.AtLeast(worst) {
			worst = f.Severity
		}
	}
	return t.Paint(t.SeverityStyle(worst), line) + "\n" +
		t.Paint(t.Success, fmt.Sprintf("✔ Nothing at severity '%s' or above.", o.FailSeverity))
}

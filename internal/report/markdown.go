package report

import (
	"fmt"
	"io"
	"strings"
)

// markdownFormatter renders GitHub-flavoured Markdown for pull-request
// comments and job summaries ($GITHUB_STEP_SUMMARY): a table of counts, then
// one table per file.
type markdownFormatter struct{}

func (markdownFormatter) Name() string { return "markdown" }

// mdCell makes text safe inside a table cell. Pipes would split the cell,
// newlines would end the row, and raw '<' or '&' could open an HTML tag or
// entity since GitHub renders inline HTML; backslashes and '`' are escaped so
// a message cannot start code spans or swallow our escapes.
func mdCell(s string) string {
	s = strings.NewReplacer(
		`\`, `\\`,
		"|", `\|`,
		"`", "\\`",
		"&", "&amp;",
		"<", "&lt;",
		">", "&gt;",
		"\r\n", "<br>",
		"\n", "<br>",
		"\r", "<br>",
	).Replace(s)
	return oneLine(s)
}

// mdCode wraps s in a code span inside a table cell. Inside code spans
// backslash escapes do not apply, except that GFM tables still treat `\|` as
// a literal pipe; a fence longer than any backtick run in s keeps s intact.
func mdCode(s string) string {
	s = oneLine(strings.ReplaceAll(s, "|", `\|`))
	fence := "`"
	for strings.Contains(s, fence) {
		fence += "`"
	}
	if strings.HasPrefix(s, "`") || strings.HasSuffix(s, "`") {
		s = " " + s + " "
	}
	return fence + s + fence
}

func (markdownFormatter) Write(w io.Writer, r *Report, o Options) error {
	r = view(r)
	ew := &errWriter{w: w}
	title := r.Tool
	if title == "" {
		title = "sequere"
	}
	ew.printf("## %s report\n\n", mdCell(title))

	c := r.Count()
	ew.printf("| Severity | Count |\n| --- | ---: |\n")
	for s := Error; s <= Hint; s++ {
		ew.printf("| %s | %d |\n", s, c[s])
	}
	ew.printf("| **total** | **%d** |\n\n", len(r.Findings))

	switch {
	case len(r.Findings) == 0:
		ew.printf("No problems found.\n")
		return ew.err
	case r.Fails(o.FailSeverity):
		ew.printf("**Failed:** %s at severity `%s` or above.\n", plural(countAtLeast(r, o.FailSeverity), "finding"), o.FailSeverity)
	default:
		ew.printf("**Passed:** nothing at severity `%s` or above.\n", o.FailSeverity)
	}

	file := "\x00"
	var detailed []Finding // of the current file, shown after its table
	for _, f := range r.Findings {
		if name := displayPath(o.BaseDir, f.Location.File); name != file {
			mdDetails(ew, detailed)
			detailed = nil
			file = name
			header := "(unknown file)"
			if name != "" {
				header = mdCode(name)
			}
			ew.printf("\n### %s\n\n", header)
			ew.printf("| Severity | Rule | Location | Message | Path |\n| --- | --- | --- | --- | --- |\n")
		}
		loc := "-"
		if f.Location.Line > 0 {
			loc = fmt.Sprintf("%d:%d", f.Location.Line, f.Location.Col)
		}
		if f.Base != nil {
			b := *f.Base
			b.File = displayPath(o.BaseDir, b.File)
			loc += "<br>base: " + mdCode(b.String())
		}
		rule := mdCode(f.ID)
		if f.DocURL != "" {
			rule = fmt.Sprintf("[%s](%s)", rule, mdCell(f.DocURL))
		}
		ew.printf("| %s | %s | %s | %s | %s |\n", f.Severity, rule, loc, mdCell(f.Message), mdCode(f.JSONPath()))
		if len(f.Detail) > 0 {
			detailed = append(detailed, f)
		}
	}
	mdDetails(ew, detailed)
	return ew.err
}

// mdDetails prints each finding's Detail as a collapsed block after the
// table (a table cell cannot hold a code block): one fenced block per
// section, the fence longer than any backtick run in the text.
func mdDetails(ew *errWriter, fs []Finding) {
	for _, f := range fs {
		loc := ""
		if f.Location.Line > 0 {
			loc = fmt.Sprintf(" at %d:%d", f.Location.Line, f.Location.Col)
		}
		ew.printf("\n<details><summary><code>%s</code>%s: %s</summary>\n", mdCell(f.ID), loc, mdCell(f.Message))
		for _, sec := range f.Detail {
			text := strings.Join(sec.lines(), "\n")
			fence := "```"
			for strings.Contains(text, fence) {
				fence += "`"
			}
			ew.printf("\n**%s**\n\n%stext\n%s\n%s\n", mdCell(sec.Name), fence, text, fence)
		}
		ew.printf("\n</details>\n")
	}
}

// countAtLeast counts findings at or above threshold.
func countAtLeast(r *Report, threshold Severity) int {
	n := 0
	for _, f := range r.Findings {
		if f.Severity.AtLeast(threshold) {
			n++
		}
	}
	return n
}

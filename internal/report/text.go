package report

import "io"

// textFormatter prints the compiler-style line editors and grep understand:
// file:line:col: severity rule-id message. No header, no summary, so every
// line stands alone and tools like errorformat or problem matchers can parse it.
// An unknown position prints as 0:0 to keep the field count fixed. A
// finding's Detail follows it as indented lines.
type textFormatter struct{}

func (textFormatter) Name() string { return "text" }

func (textFormatter) Write(w io.Writer, r *Report, o Options) error {
	r = view(r)
	ew := &errWriter{w: w}
	for _, f := range r.Findings {
		ew.printf("%s:%d:%d: %s %s %s\n",
			oneLine(displayPath(o.BaseDir, f.Location.File)), f.Location.Line, f.Location.Col,
			f.Severity, oneLine(f.ID), oneLine(f.Message))
		// Indented, so a line-oriented parser sees no new file:line:col.
		ew.printf("%s", f.Detail.indented("    ", func(s string) string { return s }))
	}
	return ew.err
}

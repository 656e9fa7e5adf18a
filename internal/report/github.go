package report

import (
	"io"
	"strconv"
	"strings"
)

// githubFormatter prints GitHub Actions workflow commands, which the runner
// turns into annotations on the pull request diff.
type githubFormatter struct{}

func (githubFormatter) Name() string { return "github" }

// githubCommand maps a severity onto the three annotation levels Actions has;
// info and hint both become notices because there is nothing lower.
func githubCommand(s Severity) string {
	switch s {
	case Error:
		return "error"
	case Warn:
		return "warning"
	default:
		return "notice"
	}
}

// githubData escapes a command's message the way the Actions runner unescapes
// it (one pass, so the escapes we add are not themselves escaped). Other
// control characters have no escape; they become spaces so that a hostile
// message cannot drive the terminal that renders the job log.
func githubData(s string) string {
	return oneLine(strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s))
}

// githubProperty escapes a property value; ':' and ',' would otherwise end the
// property list or the value early.
func githubProperty(s string) string {
	return oneLine(strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s))
}

func (githubFormatter) Write(w io.Writer, r *Report, o Options) error {
	r = view(r)
	ew := &errWriter{w: w}
	for _, f := range r.Findings {
		var props []string
		l := f.Location
		if file := displayPath(o.BaseDir, l.File); file != "" {
			// The runner resolves relative paths against the workspace, so the
			// caller should set BaseDir to the checkout root.
			props = append(props, "file="+githubProperty(file))
		}
		if l.Line > 0 {
			endLine, endCol := endOf(l)
			props = append(props, "line="+strconv.Itoa(l.Line))
			if l.Col > 0 {
				props = append(props, "col="+strconv.Itoa(l.Col))
			}
			props = append(props, "endLine="+strconv.Itoa(endLine))
			if endCol > 0 {
				props = append(props, "endColumn="+strconv.Itoa(endCol))
			}
		}
		props = append(props, "title="+githubProperty(f.ID))
		msg := githubData(f.Message)
		if len(f.Detail) > 0 {
			// The runner turns %0A back into newlines: the annotation shows
			// the detail as a block under the message.
			msg += "%0A%0A" + githubData(strings.TrimRight(f.Detail.indented("", func(s string) string { return s }), "\n"))
		}
		ew.printf("::%s %s::%s\n", githubCommand(f.Severity), strings.Join(props, ","), msg)
	}
	return ew.err
}

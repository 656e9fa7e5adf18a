package report

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"
)

// junitFormatter emits JUnit XML so CI systems that only understand test
// reports (Jenkins, GitLab, Azure Pipelines) can still show findings. Each
// file is a testsuite and each finding a testcase; findings at or above
// Options.FailSeverity are failures, the rest are reported as skipped so they
// stay visible without turning the build red.
type junitFormatter struct{}

func (junitFormatter) Name() string { return "junit" }

type junitSuites struct {
	XMLName  xml.Name     `xml:"testsuites"`
	Name     string       `xml:"name,attr"`
	Tests    int          `xml:"tests,attr"`
	Failures int          `xml:"failures,attr"`
	Errors   int          `xml:"errors,attr"`
	Time     string       `xml:"time,attr"`
	Suites   []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name     string      `xml:"name,attr"`
	Tests    int         `xml:"tests,attr"`
	Failures int         `xml:"failures,attr"`
	Errors   int         `xml:"errors,attr"`
	Skipped  int         `xml:"skipped,attr"`
	Time     string      `xml:"time,attr"`
	Cases    []junitCase `xml:"testcase"`
}

type junitCase struct {
	ClassName string        `xml:"classname,attr"`
	Name      string        `xml:"name,attr"`
	File      string        `xml:"file,attr,omitempty"`
	Line      int           `xml:"line,attr,omitempty"`
	Time      string        `xml:"time,attr"`
	Failure   *junitFailure `xml:"failure,omitempty"`
	Skipped   *junitSkipped `xml:"skipped,omitempty"`
}

type junitFailure struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr"`
	Body    string `xml:",chardata"`
}

type junitSkipped struct {
	Message string `xml:"message,attr"`
}

func (junitFormatter) Write(w io.Writer, r *Report, o Options) error {
	r = view(r)
	name := r.Tool
	if name == "" {
		name = "sequere"
	}
	root := junitSuites{Name: name, Time: "0"}
	suiteOf := map[string]int{}
	suite := func(file string) *junitSuite {
		i, ok := suiteOf[file]
		if !ok {
			i = len(root.Suites)
			suiteOf[file] = i
			root.Suites = append(root.Suites, junitSuite{Name: file, Time: "0"})
		}
		return &root.Suites[i]
	}

	for _, f := range r.Findings {
		file := displayPath(o.BaseDir, f.Location.File)
		if file == "" {
			file = name // a suite needs a name; the run is the best we have
		}
		s := suite(file)
		// The JSON path makes the name unique within a file for most rules,
		// which matters because some CI UIs merge testcases with equal names.
		tc := junitCase{
			ClassName: file,
			Name:      fmt.Sprintf("%s %s", f.ID, f.JSONPath()),
			File:      file,
			Line:      f.Location.Line,
			Time:      "0",
		}
		body := fmt.Sprintf("%s: %s %s %s\npath: %s", Location{File: file, Line: f.Location.Line, Col: f.Location.Col},
			f.Severity, f.ID, f.Message, f.JSONPath())
		if f.Base != nil {
			b := *f.Base
			b.File = displayPath(o.BaseDir, b.File)
			body += "\nbase: " + b.String()
		}
		if len(f.Detail) > 0 {
			body += "\n\n" + strings.TrimRight(f.Detail.indented("", func(s string) string { return s }), "\n")
		}
		if f.Severity.AtLeast(o.FailSeverity) {
			tc.Failure = &junitFailure{Message: f.Message, Type: f.Severity.String(), Body: body}
			s.Failures++
			root.Failures++
		} else {
			tc.Skipped = &junitSkipped{Message: fmt.Sprintf("%s: %s", f.Severity, f.Message)}
			s.Skipped++
		}
		s.Cases = append(s.Cases, tc)
		s.Tests++
		root.Tests++
	}

	// Sources without findings get a passing case each, and a clean run with
	// no sources still gets one suite: CI treats an empty report as "no tests
	// ran", which usually fails the job for the wrong reason.
	sources := make([]string, 0, len(r.Sources))
	for _, src := range r.Sources {
		sources = append(sources, displayPath(o.BaseDir, src))
	}
	if len(sources) == 0 && len(r.Findings) == 0 {
		sources = append(sources, name)
	}
	for _, src := range sources {
		if _, ok := suiteOf[src]; ok {
			continue
		}
		s := suite(src)
		s.Cases = append(s.Cases, junitCase{ClassName: src, Name: "no findings", Time: "0"})
		s.Tests++
		root.Tests++
	}

	ew := &errWriter{w: w}
	ew.printf("%s", xml.Header)
	if ew.err != nil {
		return ew.err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(root); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}

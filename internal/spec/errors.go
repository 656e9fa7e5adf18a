package spec

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"sync"

	"github.com/sequere/sequere/internal/report"
)

// Error is an input error: the document could not be read or is not a usable
// OpenAPI description. Commands map it to exit code 2.
type Error struct {
	Location report.Location
	// Msg says what is wrong and, where it helps, what was expected.
	Msg string
	Err error
}

func (e *Error) Error() string {
	if e.Location.File == "" {
		return e.Msg
	}
	return e.Location.String() + ": " + e.Msg
}

func (e *Error) Unwrap() error { return e.Err }

// IsInputError reports whether err is (or wraps) a spec input error.
func IsInputError(err error) bool {
	var e *Error
	return errors.As(err, &e)
}

func errorf(loc report.Location, format string, args ...any) *Error {
	return &Error{Location: loc, Msg: fmt.Sprintf(format, args...)}
}

var (
	yamlLineRe = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`line (\d+)(?:, column (\d+))?`) })
	yamlPosRe  = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`L(\d+)\.C(\d+)`) })
	jsonOffRe  = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`offset (\d+)`) })
)

// syntaxError turns a parser message into an Error with the best position the
// message allows: go-yaml reports "line N" (sometimes a column), encoding/json an
// offset that we convert to line and column.
func syntaxError(file string, data []byte, err error) *Error {
	msg := err.Error()
	loc := report.Location{File: file}
	if ms := yamlPosRe().FindAllStringSubmatch(msg, -1); ms != nil {
		// A range "L1.C1-L5.C2" spans the construct the parser gave up in; the
		// problem is where it gave up, at the end.
		m := ms[len(ms)-1]
		loc.Line, _ = strconv.Atoi(m[1])
		loc.Col, _ = strconv.Atoi(m[2])
	} else if m := yamlLineRe().FindStringSubmatch(msg); m != nil {
		loc.Line, _ = strconv.Atoi(m[1])
		loc.Col = 1
		if m[2] != "" {
			loc.Col, _ = strconv.Atoi(m[2])
		}
	} else if m := jsonOffRe().FindStringSubmatch(msg); m != nil {
		off, _ := strconv.Atoi(m[1])
		loc.Line, loc.Col = offsetToLineCol(data, off)
	} else {
		loc.Line, loc.Col = 1, 1
	}
	return &Error{Location: loc, Msg: "malformed YAML or JSON: " + cleanParserMessage(msg) + "; expected a YAML or JSON OpenAPI document", Err: err}
}

var (
	parserPrefixRe = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`^(unable to parse specification: )?(failed to (decode YAML to JSON|unmarshal JSON): )?(yaml: )?(line \d+(, column \d+)?: )?`)
	})
	parserRangeRe = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`go-yaml load error in \w+ (\(([^)]*)\) )?at L\d+\.C\d+(-L\d+\.C\d+)?: `)
	})
)

func cleanParserMessage(msg string) string {
	msg = parserPrefixRe().ReplaceAllString(msg, "")
	if m := parserRangeRe().FindStringSubmatch(msg); m != nil {
		rest := strings.TrimPrefix(msg[strings.Index(msg, m[0])+len(m[0]):], "")
		if m[2] != "" {
			return rest + " (" + m[2] + ")"
		}
		return rest
	}
	return msg
}

func offsetToLineCol(data []byte, off int) (line, col int) {
	if off > len(data) {
		off = len(data)
	}
	line, col = 1, 1
	for _, c := range data[:off] {
		if c == '\n' {
			line++
			col = 1
		} else {
			col++
		}
	}
	return line, col
}

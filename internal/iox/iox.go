// Package iox carries the IO streams a command writes to, so commands are
// testable without touching the process's real stdin/stdout.
package iox

import (
	"bytes"
	"io"
	"os"
	"strings"

	"github.com/charmbracelet/x/term"
)

// Streams are a command's input and outputs. OutTTY and ErrTTY say whether the
// outputs are terminals; Color is the resolved colour decision for Out.
type Streams struct {
	In     io.Reader
	Out    io.Writer
	Err    io.Writer
	OutTTY bool
	ErrTTY bool
	Color  bool
	// Env reads an environment variable; tests replace it.
	Env func(string) string
	// Dir is the working directory; "" means the process's.
	Dir string
}

// System is the process's own streams.
func System() *Streams {
	s := &Streams{In: os.Stdin, Out: os.Stdout, Err: os.Stderr, Env: os.Getenv}
	s.OutTTY = term.IsTerminal(os.Stdout.Fd())
	s.ErrTTY = term.IsTerminal(os.Stderr.Fd())
	s.Color = s.OutTTY && os.Getenv("NO_COLOR") == ""
	return s
}

// Test returns streams over buffers: stdin reads in, stdout and stderr land in
// the returned buffers. No terminal, no colour, an empty environment.
func Test(in string) (s *Streams, out, errOut *bytes.Buffer) {
	out, errOut = &bytes.Buffer{}, &bytes.Buffer{}
	s = &Streams{In: strings.NewReader(in), Out: out, Err: errOut, Env: func(string) string { return "" }}
	return s, out, errOut
}

// SetColorMode applies --color: "always", "never" or "auto" (colour on a
// terminal unless NO_COLOR is set).
func (s *Streams) SetColorMode(mode string) {
	switch mode {
	case "always":
		s.Color = true
	case "never":
		s.Color = false
	default:
		s.Color = s.OutTTY && (s.Env == nil || s.Env("NO_COLOR") == "")
	}
}

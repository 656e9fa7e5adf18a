package report

import (
	"charm.land/lipgloss/v2"
)

// Theme holds the lipgloss styles human-oriented formatters paint with. The
// zero Theme is plain: every style is bypassed, so output piped to a file or
// another program carries no escape codes.
type Theme struct {
	// Color switches styling on. It exists (rather than relying on empty
	// styles) because lipgloss still rewrites text such as tabs when rendering
	// an empty style; plain output must be byte-for-byte what we wrote.
	Color bool

	Error, Warn, Info, Hint lipgloss.Style
	File                    lipgloss.Style // per-file header in stylish
	Dim                     lipgloss.Style // positions, JSON paths, secondary text
	Summary                 lipgloss.Style // the closing "✖ N problems" line
	Success                 lipgloss.Style // the closing line of a clean run
}

// NewTheme returns the styled theme when color is true and the plain theme
// otherwise. Deciding whether to use color (TTY, NO_COLOR, --color) is the
// caller's job.
//
// lipgloss v2 styles always emit ANSI sequences when rendered, whatever the
// writer is; downsampling to what the terminal supports is left to the writer.
// So the colors here are the 16 basic ANSI colors, which every color terminal
// shows, and a CLI that wants more care can wrap its writer with
// colorprofile.NewWriter.
func NewTheme(color bool) Theme {
	if !color {
		return Theme{}
	}
	base := lipgloss.NewStyle()
	return Theme{
		Color:   true,
		Error:   base.Foreground(lipgloss.Red),
		Warn:    base.Foreground(lipgloss.Yellow),
		Info:    base.Foreground(lipgloss.Blue),
		Hint:    base.Foreground(lipgloss.BrightBlack),
		File:    base.Bold(true),
		Dim:     base.Faint(true),
		Summary: base.Bold(true).Foreground(lipgloss.Red),
		Success: base.Bold(true).Foreground(lipgloss.Green),
	}
}

// Paint renders s with style when the theme has color, and returns s
// untouched otherwise.
func (t Theme) Paint(style lipgloss.Style, s string) string {
	if !t.Color || s == "" {
		return s
	}
	return style.Render(s)
}

// SeverityStyle returns the style for a severity.
func (t Theme) SeverityStyle(s Severity) lipgloss.Style {
	switch s {
	case Error:
		return t.Error
	case Warn:
		return t.Warn
	case Info:
		return t.Info
	default:
		return t.Hint
	}
}

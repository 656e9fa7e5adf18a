// Package report holds the one findings model every capability reports through
// (lint rules, diff checks, contract checks) and every output format renders.
//
// A capability builds a Report (the catalogue of rules that ran plus the findings)
// and hands it to a Formatter; it never formats output itself.
package report

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"slices"
	"sort"
	"strings"
)

// Severity orders findings. The zero value is Error so that a forgotten severity
// is loud rather than silent.
type Severity int

const (
	Error Severity = iota
	Warn
	Info
	Hint
)

var severityNames = [...]string{"error", "warn", "info", "hint"}

func (s Severity) String() string {
	if s < Error || s > Hint {
		return fmt.Sprintf("severity(%d)", int(s))
	}
	return severityNames[s]
}

// ParseSeverity accepts error|warn|warning|info|information|hint and Spectral's
// numeric 0..3.
func ParseSeverity(s string) (Severity, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "error", "0":
		return Error, nil
	case "warn", "warning", "1":
		return Warn, nil
	case "info", "information", "2":
		return Info, nil
	case "hint", "3":
		return Hint, nil
	}
	return Error, fmt.Errorf("unknown severity %q (want error, warn, info or hint)", s)
}

// AtLeast reports whether s is as severe as threshold or more.
func (s Severity) AtLeast(threshold Severity) bool { return s <= threshold }

// Location is a position in a source file. Line and Col are 1-based; zero means
// unknown (the file is still named).
type Location struct {
	File string `json:"file"`
	Line int    `json:"line"`
	Col  int    `json:"col"`
	// EndLine and EndCol close the range when known; zero means "same as start".
	EndLine int `json:"endLine,omitempty"`
	EndCol  int `json:"endCol,omitempty"`
}

func (l Location) String() string {
	if l.Line == 0 {
		return l.File
	}
	return fmt.Sprintf("%s:%d:%d", l.File, l.Line, l.Col)
}

// Finding is one result. Path is the JSON path of the offending node as segments
// (["paths", "/pets", "get"]). Base is set only for findings that compare two
// documents (diff): Location is then the revision side and Base the base side.
type Finding struct {
	ID       string   `json:"id"`
	Severity Severity `json:"severity"`
	Message  string   `json:"message"`
	Path     []string `json:"path"`
	// Indices lists the positions in Path that index an array. Path's
	// segments are strings (Spectral's JSON shape), so without this a
	// response code "200" and the first parameter "0" would print alike.
	Indices     []int     `json:"-"`
	Location    Location  `json:"location"`
	Base        *Location `json:"base,omitempty"`
	DocURL      string    `json:"docUrl,omitempty"`
	Fingerprint string    `json:"fingerprint"`
	// Detail is the evidence behind the message, for findings that have
	// more than a line to show (a contract failure's request, response,
	// expectation, seed and input). Nil for most; formats print nothing
	// extra then.
	Detail Detail `json:"detail,omitempty"`
}

// Detail is an ordered list of named sections. Order matters to a reader
// (the request before the response), so it is a list rather than a map.
type Detail []Section

// Section is one named part of a Detail; Text may span lines.
type Section struct {
	Name string `json:"name"`
	Text string `json:"text"`
}

// MarshalJSON writes a Detail as one object whose keys keep their order.
func (d Detail) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for i, s := range d {
		if i > 0 {
			b.WriteByte(',')
		}
		for j, v := range []string{s.Name, s.Text} {
			enc, err := marshalNoHTML(v)
			if err != nil {
				return nil, err
			}
			b.Write(enc)
			if j == 0 {
				b.WriteByte(':')
			}
		}
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

func marshalNoHTML(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimRight(b.Bytes(), "\n"), nil
}

// lines splits a section's text into lines safe for a terminal or a log:
// each line flattened like a message, trailing blank lines dropped.
func (s Section) lines() []string {
	l := strings.Split(strings.ReplaceAll(strings.TrimRight(s.Text, "\r\n"), "\r\n", "\n"), "\n")
	for i := range l {
		l[i] = oneLine(l[i])
	}
	return l
}

// indented renders a Detail as a block: each section's name, then its
// lines indented beneath it.
func (d Detail) indented(indent string, title func(string) string) string {
	var b strings.Builder
	for _, s := range d {
		b.WriteString(indent + title(oneLine(s.Name)+":") + "\n")
		for _, l := range s.lines() {
			b.WriteString(indent + "  " + l + "\n")
		}
	}
	return b.String()
}

// Rule describes one rule or check in the catalogue.
type Rule struct {
	ID          string   `json:"id"`
	Severity    Severity `json:"severity"`
	Description string   `json:"description"`
	DocURL      string   `json:"docUrl,omitempty"`
	// Ruleset names the ruleset that holds the rule (spectral:oas, owasp, sequere, a file).
	Ruleset string `json:"ruleset,omitempty"`
}

// Report is what a capability returns: the rules that ran and their findings.
// Tool names the command ("sequere lint"); Sources lists the inputs in order.
type Report struct {
	Tool     string
	Version  string
	Sources  []string
	Rules    []Rule
	Findings []Finding
}

// Sort orders findings by file, line, column, then rule id: the order every
// formatter prints in.
func (r *Report) Sort() {
	sort.SliceStable(r.Findings, func(i, j int) bool {
		a, b := r.Findings[i], r.Findings[j]
		if a.Location.File != b.Location.File {
			return a.Location.File < b.Location.File
		}
		if a.Location.Line != b.Location.Line {
			return a.Location.Line < b.Location.Line
		}
		if a.Location.Col != b.Location.Col {
			return a.Location.Col < b.Location.Col
		}
		if a.ID != b.ID {
			return a.ID < b.ID
		}
		return a.Message < b.Message
	})
}

// Count returns how many findings there are per severity.
func (r *Report) Count() (counts [4]int) {
	for _, f := range r.Findings {
		if f.Severity >= Error && f.Severity <= Hint {
			counts[f.Severity]++
		}
	}
	return counts
}

// Fails reports whether any finding is at or above threshold.
func (r *Report) Fails(threshold Severity) bool {
	for _, f := range r.Findings {
		if f.Severity.AtLeast(threshold) {
			return true
		}
	}
	return false
}

// RuleByID finds a rule in the catalogue; ok is false when it is not there.
func (r *Report) RuleByID(id string) (Rule, bool) {
	for _, rule := range r.Rules {
		if rule.ID == id {
			return rule, true
		}
	}
	return Rule{}, false
}

// Fingerprint derives a stable identity for a finding from its rule id, its JSON
// path and an optional discriminator (e.g. the message core). Line numbers are left
// out on purpose: an unrelated edit above the finding must not change it.
func Fingerprint(id string, path []string, extra string) string {
	h := sha256.New()
	h.Write([]byte(id))
	for _, p := range path {
		h.Write([]byte{0})
		h.Write([]byte(p))
	}
	h.Write([]byte{1})
	h.Write([]byte(extra))
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// Stamp fills in the fingerprint of findings that lack one.
func (r *Report) Stamp() {
	for i := range r.Findings {
		if r.Findings[i].Fingerprint == "" {
			f := &r.Findings[i]
			f.Fingerprint = Fingerprint(f.ID, f.Path, "")
		}
	}
}

// JSONPath renders path segments as a dotted path with brackets where a segment
// needs quoting: paths['/pets'].get.responses['200'].
func JSONPath(path []string) string { return jsonPath(path, nil) }

// JSONPath renders the finding's path, array indices as [N].
func (f Finding) JSONPath() string { return jsonPath(f.Path, f.Indices) }

func jsonPath(path []string, indices []int) string {
	var b strings.Builder
	b.WriteString("$")
	for i, p := range path {
		if slices.Contains(indices, i) {
			b.WriteByte('[')
			b.WriteString(p)
			b.WriteByte(']')
		} else if isIdent(p) {
			b.WriteByte('.')
			b.WriteString(p)
		} else {
			b.WriteString("['")
			// Backslashes are escaped too: otherwise a segment ending in one
			// would read as escaping the closing quote.
			b.WriteString(jsonPathQuoter.Replace(p))
			b.WriteString("']")
		}
	}
	return b.String()
}

var jsonPathQuoter = strings.NewReplacer(`\`, `\\`, "'", `\'`)

func isIdent(s string) bool {
	if s == "" {
		return false
	}
	for i, c := range s {
		if c == '_' || c == '$' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (i > 0 && c >= '0' && c <= '9') {
			continue
		}
		return false
	}
	return true
}

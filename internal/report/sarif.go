package report

import (
	"encoding/json"
	"io"
	"net/url"
	"path/filepath"
	"strings"
)

// sarifFormatter emits SARIF 2.1.0, the format GitHub code scanning, Azure
// DevOps and most security dashboards ingest.
type sarifFormatter struct{}

func (sarifFormatter) Name() string { return "sarif" }

const (
	sarifSchema  = "https://json.schemastore.org/sarif-2.1.0.json"
	sarifVersion = "2.1.0"
	// sarifFingerprintKey names our partial fingerprint; the "/v1" suffix lets
	// us change the algorithm later without services conflating old and new.
	sarifFingerprintKey = "sequere/v1"
	toolInformationURI  = "https://github.com/sequere/sequere"
)

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool    sarifTool     `json:"tool"`
	Results []sarifResult `json:"results"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	FullName       string      `json:"fullName,omitempty"`
	InformationURI string      `json:"informationUri"`
	Version        string      `json:"version,omitempty"`
	Rules          []sarifRule `json:"rules"`
}

type sarifText struct {
	Text string `json:"text"`
}

type sarifRule struct {
	ID                   string          `json:"id"`
	ShortDescription     sarifText       `json:"shortDescription"`
	HelpURI              string          `json:"helpUri,omitempty"`
	DefaultConfiguration sarifConfig     `json:"defaultConfiguration"`
	Properties           *sarifRuleProps `json:"properties,omitempty"`
}

type sarifConfig struct {
	Level string `json:"level"`
}

type sarifRuleProps struct {
	Tags []string `json:"tags,omitempty"`
}

type sarifResult struct {
	RuleID              string            `json:"ruleId"`
	RuleIndex           int               `json:"ruleIndex"`
	Level               string            `json:"level"`
	Message             sarifText         `json:"message"`
	Locations           []sarifLocation   `json:"locations,omitempty"`
	RelatedLocations    []sarifLocation   `json:"relatedLocations,omitempty"`
	PartialFingerprints map[string]string `json:"partialFingerprints"`
	Properties          *sarifResultProps `json:"properties,omitempty"`
}

// sarifResultProps is SARIF's property bag for a result; the detail keeps
// its sections as one ordered object.
type sarifResultProps struct {
	Detail Detail `json:"detail"`
}

type sarifLocation struct {
	ID               *int          `json:"id,omitempty"`
	PhysicalLocation sarifPhysical `json:"physicalLocation"`
	Message          *sarifText    `json:"message,omitempty"`
}

type sarifPhysical struct {
	ArtifactLocation sarifArtifact `json:"artifactLocation"`
	Region           *sarifRegion  `json:"region,omitempty"`
}

type sarifArtifact struct {
	URI string `json:"uri"`
}

type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn,omitempty"`
	EndLine     int `json:"endLine,omitempty"`
	EndColumn   int `json:"endColumn,omitempty"`
}

// sarifLevel maps severities onto SARIF's levels. Hints become "none", which
// SARIF defines as "not a problem, just information worth recording".
func sarifLevel(s Severity) string {
	switch s {
	case Error:
		return "error"
	case Warn:
		return "warning"
	case Info:
		return "note"
	default:
		return "none"
	}
}

// sarifURI turns a file path into a URI reference. Relative paths stay
// relative with forward slashes (code scanning resolves them against the
// repository root); absolute ones become file: URIs, since a bare "/x" or
// "C:\x" is not a usable URI.
func sarifURI(base, file string) string {
	p := displayPath(base, file)
	if strings.Contains(p, "://") {
		return p // already a URL (a remote spec)
	}
	if filepath.IsAbs(p) {
		return (&url.URL{Scheme: "file", Path: filepath.ToSlash(p)}).String()
	}
	// url.URL escapes spaces and friends, and prefixes "./" when the first
	// segment contains a colon so it is not read as a scheme.
	return (&url.URL{Path: filepath.ToSlash(p)}).String()
}

// sarifLoc builds a physical location. GitHub rejects regions without a
// startLine >= 1, so an unknown line yields no region at all: the result is
// then attached to the file as a whole.
func sarifLoc(base string, l Location) sarifPhysical {
	p := sarifPhysical{ArtifactLocation: sarifArtifact{URI: sarifURI(base, l.File)}}
	if l.Line > 0 {
		endLine, endCol := endOf(l)
		p.Region = &sarifRegion{StartLine: l.Line, StartColumn: l.Col, EndLine: endLine, EndColumn: endCol}
		if endCol < 1 || (endLine == l.Line && endCol < l.Col) {
			p.Region.EndColumn = 0 // unknown end column: the region runs to end of line
		}
	}
	return p
}

func (sarifFormatter) Write(w io.Writer, r *Report, o Options) error {
	r = view(r)
	driver := sarifDriver{
		Name:           "sequere",
		FullName:       r.Tool,
		InformationURI: toolInformationURI,
		Version:        r.Version,
		Rules:          []sarifRule{},
	}
	index := map[string]int{}
	addRule := func(rule Rule) int {
		if i, ok := index[rule.ID]; ok {
			return i
		}
		desc := rule.Description
		if desc == "" {
			desc = rule.ID // shortDescription.text is required
		}
		sr := sarifRule{
			ID:                   rule.ID,
			ShortDescription:     sarifText{desc},
			HelpURI:              rule.DocURL,
			DefaultConfiguration: sarifConfig{sarifLevel(rule.Severity)},
		}
		if rule.Ruleset != "" {
			sr.Properties = &sarifRuleProps{Tags: []string{rule.Ruleset}}
		}
		index[rule.ID] = len(driver.Rules)
		driver.Rules = append(driver.Rules, sr)
		return index[rule.ID]
	}
	for _, rule := range r.Rules {
		addRule(rule)
	}

	results := make([]sarifResult, 0, len(r.Findings))
	for _, f := range r.Findings {
		// A finding whose rule is missing from the catalogue still needs a
		// descriptor, or ruleIndex would point nowhere.
		idx := addRule(Rule{ID: f.ID, Severity: f.Severity, DocURL: f.DocURL})
		res := sarifResult{
			RuleID:              f.ID,
			RuleIndex:           idx,
			Level:               sarifLevel(f.Severity),
			Message:             sarifText{f.Message},
			PartialFingerprints: map[string]string{sarifFingerprintKey: fingerprintOf(f)},
		}
		if len(f.Detail) > 0 {
			res.Properties = &sarifResultProps{Detail: f.Detail}
		}
		if f.Location.File != "" {
			res.Locations = []sarifLocation{{PhysicalLocation: sarifLoc(o.BaseDir, f.Location)}}
		}
		if f.Base != nil && f.Base.File != "" {
			id := 1
			res.RelatedLocations = []sarifLocation{{
				ID:               &id,
				PhysicalLocation: sarifLoc(o.BaseDir, *f.Base),
				Message:          &sarifText{"base document"},
			}}
		}
		results = append(results, res)
	}

	log := sarifLog{Schema: sarifSchema, Version: sarifVersion, Runs: []sarifRun{{Tool: sarifTool{driver}, Results: results}}}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(log)
}

package lint

import (
	"slices"
	"strings"

	"github.com/sequere/sequere/internal/report"
	"github.com/sequere/sequere/internal/spec"
)

// report turns one violation into a finding. The violation's path is mapped
// to the place that physically holds it (through $refs, into other files);
// a path that does not exist is reported at its closest existing ancestor,
// as Spectral does.
func (a *applier) report(t task, r *Rule, target Target, v Violation) {
	vpath := v.Path
	if vpath == nil {
		vpath = target.Path
	}
	var pl place
	switch {
	case target.Node != nil && hasPrefix(vpath, target.Path):
		pl = a.descend(target.File, target.Node, target.Key, target.Path, vpath[len(target.Path):], t.resolved)
	case t.hit.node != nil && hasPrefix(vpath, t.hit.phys) && t.hit.file == target.File:
		pl = a.descend(t.hit.file, t.hit.node, t.hit.key, t.hit.phys, vpath[len(t.hit.phys):], t.resolved)
	default:
		pl = a.descend(a.doc.Name, a.doc.Root, nil, nil, vpath, t.resolved)
	}
	if pl.node == nil {
		pl = a.descend(a.doc.Name, a.doc.Root, nil, nil, nil, t.resolved)
	}

	var loc report.Location
	if pl.key != nil {
		loc = a.doc.Position(pl.file, pl.key)
	} else {
		loc = a.doc.Position(pl.file, pl.node)
	}
	if loc.Line == 0 {
		loc.Line, loc.Col = 1, 1
	}

	vars := messageVars{description: r.Description, path: pl.path}
	switch {
	case len(pl.missing) > 0:
		vars.property = pl.missing[len(pl.missing)-1]
		vars.value = "undefined"
	default:
		if len(pl.path) > 0 {
			vars.property = pl.path[len(pl.path)-1]
		}
		vars.value = printValue(pl.node)
	}
	vars.err = interpolate(v.Message, vars)
	msg := vars.err
	if r.Message != "" {
		msg = interpolate(r.Message, vars)
	} else if r.Description != "" {
		msg = r.Description
	}
	msg = strings.TrimSpace(msg)

	path := slices.Clone(pl.path)
	if path == nil {
		path = []string{}
	}
	a.findings = append(a.findings, report.Finding{
		ID:          r.ID,
		Severity:    r.Severity,
		Message:     msg,
		Path:        path,
		Location:    loc,
		DocURL:      r.DocURL,
		Fingerprint: fingerprint(a.doc, r.ID, pl.file, path, strings.TrimSpace(vars.err)),
	})
}

func hasPrefix(p, prefix []string) bool {
	if len(prefix) > len(p) {
		return false
	}
	for i := range prefix {
		if p[i] != prefix[i] {
			return false
		}
	}
	return true
}

// fingerprint keys a finding by rule, file (relative to the entry file, so
// the same tree checked out elsewhere matches), path and what the function
// reported, which tells findings of one rule at one place apart. The rule's
// message template stays out, so rewording a message keeps baselines and
// code-scanning alerts; lines stay out, so edits elsewhere in the file leave
// it unchanged.
func fingerprint(doc *spec.Document, id, file string, path []string, detail string) string {
	rel := ""
	if file != doc.Name {
		rel = relativeTo(doc.Name, file)
	}
	return report.Fingerprint(id, path, rel+"\x00"+detail)
}

package ruleset

import (
	"strconv"
	"strings"

	yaml "github.com/pb33f/go-yaml"

	"github.com/sequere/sequere/internal/lint"
	"github.com/sequere/sequere/internal/report"
)

// ruleChange is a severity-only entry (`rule: warn`, `rule: off`,
// `rule: false`) applied to an inherited rule.
type ruleChange struct {
	id       string
	off      bool
	severity *report.Severity
	def      *lint.Rule // a full definition inside overrides
	node     *yaml.Node
}

func (c ruleChange) apply(r *lint.Rule) {
	r.Off = c.off
	if c.severity != nil {
		r.Severity = *c.severity
	}
}

var ruleKeys = map[string]bool{
	"description": true, "message": true, "severity": true, "given": true, "then": true,
	"formats": true, "resolved": true, "recommended": true, "documentationUrl": true,
	"type": true, "tags": true, "summary": true, "extensions": true,
}

// readRules reads a `rules` mapping into out: definitions are added or
// replace, changes modify inherited rules.
func (f *file) readRules(v *yaml.Node, out *parsed) error {
	changes, err := f.readRuleEntries(v)
	if err != nil {
		return err
	}
	for _, c := range changes {
		if c.def != nil {
			out.put(c.def)
			continue
		}
		i := out.index(c.id)
		if i < 0 {
			return errAt(f.name, c.node, "rule %q is not defined by any extended ruleset, so its severity cannot be changed", c.id)
		}
		r := cloneRule(out.rules[i])
		c.apply(r)
		out.rules[i] = r
	}
	return nil
}

func (f *file) readRuleEntries(v *yaml.Node) ([]ruleChange, error) {
	if v.Kind != yaml.MappingNode {
		return nil, errAt(f.name, v, "rules must be a mapping of rule ids")
	}
	var out []ruleChange
	for i := 0; i+1 < len(v.Content); i += 2 {
		k, body := v.Content[i], v.Content[i+1]
		id := k.Value
		if body.Kind == yaml.ScalarNode {
			c, err := f.severityChange(id, body)
			if err != nil {
				return nil, err
			}
			out = append(out, c)
			continue
		}
		if body.Kind != yaml.MappingNode {
			return nil, errAt(f.name, body, "rule %q must be a mapping or a severity", id)
		}
		if mapGet(body, "given") == nil && mapGet(body, "then") == nil {
			c := ruleChange{id: id, node: k}
			if s := mapGet(body, "severity"); s != nil {
				sc, err := f.severityChange(id, s)
				if err != nil {
					return nil, err
				}
				c = sc
			}
			out = append(out, c)
			continue
		}
		def, err := f.readRule(id, k, body)
		if err != nil {
			return nil, err
		}
		out = append(out, ruleChange{id: id, def: def, node: k})
	}
	return out, nil
}

func (f *file) severityChange(id string, n *yaml.Node) (ruleChange, error) {
	c := ruleChange{id: id, node: n}
	off, sev, err := parseSeverity(n)
	if err != nil {
		return c, errAt(f.name, n, "rule %q: %v", id, err)
	}
	c.off = off
	if !off && sev != nil {
		c.severity = sev
	}
	return c, nil
}

// parseSeverity reads error|warn|info|hint|off, 0..3, -1, true or false.
func parseSeverity(n *yaml.Node) (off bool, sev *report.Severity, err error) {
	v := strings.ToLower(strings.TrimSpace(n.Value))
	switch v {
	case "off", "false", "-1":
		return true, nil, nil
	case "true":
		return false, nil, nil
	}
	s, perr := report.ParseSeverity(v)
	if perr != nil {
		return false, nil, perr
	}
	return false, &s, nil
}

func (f *file) readRule(id string, k, body *yaml.Node) (*lint.Rule, error) {
	r := &lint.Rule{ID: id, Severity: report.Warn, Recommended: true, Resolved: true, Ruleset: f.name, Formats: f.formats}
	if f.docURL != "" {
		r.DocURL = f.docURL + "#" + id
	}
	for i := 0; i+1 < len(body.Content); i += 2 {
		key, v := body.Content[i], body.Content[i+1]
		if !ruleKeys[key.Value] {
			return nil, errAt(f.name, key, "rule %q: unknown key %q", id, key.Value)
		}
		var err error
		switch key.Value {
		case "description":
			r.Description = v.Value
		case "message":
			r.Message = v.Value
		case "documentationUrl":
			r.DocURL = v.Value
		case "severity":
			var sev *report.Severity
			if r.Off, sev, err = parseSeverity(v); err == nil && sev != nil {
				r.Severity = *sev
			}
		case "recommended":
			r.Recommended, err = strconv.ParseBool(v.Value)
		case "resolved":
			r.Resolved, err = strconv.ParseBool(v.Value)
		case "formats":
			r.Formats, err = f.readFormats(v)
		case "given":
			err = f.readGiven(r, v)
		case "then":
			err = f.readThen(r, v)
		}
		if err != nil {
			if e, ok := err.(*Error); ok {
				return nil, e
			}
			return nil, errAt(f.name, v, "rule %q: %s: %v", id, key.Value, err)
		}
	}
	if len(r.Given) == 0 {
		return nil, errAt(f.name, k, "rule %q has no `given`", id)
	}
	if len(r.Then) == 0 {
		return nil, errAt(f.name, k, "rule %q has no `then`", id)
	}
	return r, nil
}

func (f *file) readThen(r *lint.Rule, v *yaml.Node) error {
	items := []*yaml.Node{v}
	if v.Kind == yaml.SequenceNode {
		items = v.Content
	}
	for _, it := range items {
		if it.Kind != yaml.MappingNode {
			return errAt(f.name, it, "rule %q: then must be a mapping with `function`", r.ID)
		}
		t := lint.Then{}
		if fv := mapGet(it, "field"); fv != nil {
			t.Field = fv.Value
		}
		fn := mapGet(it, "function")
		if fn == nil || fn.Value == "" {
			return errAt(f.name, it, "rule %q: then has no `function`", r.ID)
		}
		t.Function = fn.Value
		if f.custom[t.Function] {
			return errAt(f.name, fn, "rule %q uses the custom JavaScript function %q; custom functions are not supported (use a core function such as pattern, schema or truthy)", r.ID, t.Function)
		}
		if known := f.r.opts.Functions; known != nil && !known[t.Function] {
			return errAt(f.name, fn, "rule %q uses function %q, which is neither a Spectral core function nor an OpenAPI function sequere provides; custom JavaScript functions are not supported", r.ID, t.Function)
		}
		if o := mapGet(it, "functionOptions"); o != nil {
			m, ok := lint.ToValue(nil, "", o, false).(map[string]any)
			if !ok {
				return errAt(f.name, o, "rule %q: functionOptions must be a mapping", r.ID)
			}
			t.FunctionOptions = m
		}
		r.Then = append(r.Then, t)
	}
	return nil
}

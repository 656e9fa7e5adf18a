package ruleset

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"

	yaml "github.com/pb33f/go-yaml"

	"github.com/sequere/sequere/internal/lint"
)

// Read reads the ruleset file at path and everything it extends.
func Read(path string, opts Options) (*Ruleset, error) {
	r := &reader{opts: opts}
	data, err := r.read(path)
	if err != nil {
		return nil, &Error{File: path, Msg: "cannot read ruleset: " + err.Error()}
	}
	return r.top(path, data)
}

// ReadBytes reads a ruleset from memory; name is used in errors and relative
// extends resolve against its directory.
func ReadBytes(name string, data []byte, opts Options) (*Ruleset, error) {
	return (&reader{opts: opts}).top(name, data)
}

// ReadBuiltin reads a built-in ruleset by name (spectral:oas, owasp, sequere)
// with its recommended rules on, as `extends: NAME` would.
func ReadBuiltin(name string, opts Options) (*Ruleset, error) {
	return ReadBytes("<builtin>", []byte("extends: ["+strconv.Quote(name)+"]\n"), opts)
}

type reader struct {
	opts  Options
	stack []string
}

func (r *reader) read(name string) ([]byte, error) {
	if r.opts.ReadFile != nil {
		return r.opts.ReadFile(name)
	}
	return os.ReadFile(name)
}

func (r *reader) top(name string, data []byte) (*Ruleset, error) {
	p, err := r.parse(name, data, false)
	if err != nil {
		return nil, err
	}
	return &Ruleset{Source: name, Rules: p.rules, Overrides: p.overrides}, nil
}

// parsed is one ruleset file with its extends applied.
type parsed struct {
	rules     []*lint.Rule
	aliases   map[string]alias
	overrides []Override
}

func (p *parsed) index(id string) int {
	for i, r := range p.rules {
		if r.ID == id {
			return i
		}
	}
	return -1
}

func (p *parsed) put(rule *lint.Rule) {
	if i := p.index(rule.ID); i >= 0 {
		p.rules[i] = rule
		return
	}
	p.rules = append(p.rules, rule)
}

var lineRe = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`line (\d+)`) })

func (r *reader) parse(name string, data []byte, builtin bool) (*parsed, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		e := &Error{File: name, Msg: "not valid YAML or JSON: " + err.Error()}
		if m := lineRe().FindStringSubmatch(err.Error()); m != nil {
			e.Line, _ = strconv.Atoi(m[1])
			e.Col = 1
		}
		return nil, e
	}
	return r.parseNode(name, &doc, builtin)
}

// parseNode reads a parsed ruleset file (its document node).
func (r *reader) parseNode(name string, doc *yaml.Node, builtin bool) (*parsed, error) {
	root := doc
	if root.Kind == yaml.DocumentNode && len(root.Content) > 0 {
		root = root.Content[0]
	}
	if root.Kind != yaml.MappingNode {
		return nil, errAt(name, root, "a ruleset must be a mapping with `extends` and/or `rules`")
	}
	f := &file{r: r, name: name, root: root, builtin: builtin, out: &parsed{aliases: map[string]alias{}}}
	if err := f.read(); err != nil {
		return nil, err
	}
	return f.out, nil
}

func errAt(file string, n *yaml.Node, format string, args ...any) *Error {
	e := &Error{File: file, Msg: fmt.Sprintf(format, args...)}
	if n != nil {
		e.Line, e.Col = n.Line, n.Column
	}
	return e
}

// file is the state of reading one ruleset file.
type file struct {
	r       *reader
	name    string
	root    *yaml.Node
	builtin bool
	out     *parsed
	docURL  string
	formats []lint.Format
	custom  map[string]bool // functions declared for JavaScript
}

var topKeys = map[string]bool{
	"extends": true, "rules": true, "overrides": true, "aliases": true, "formats": true,
	"functions": true, "functionsDir": true, "documentationUrl": true, "description": true,
	"parserOptions": true, "$schema": true,
}

func (f *file) read() error {
	root := f.root
	for i := 0; i+1 < len(root.Content); i += 2 {
		k := root.Content[i]
		if !topKeys[k.Value] {
			return errAt(f.name, k, "unknown ruleset key %q (expected extends, rules, overrides, aliases, formats, documentationUrl)", k.Value)
		}
	}
	if v := mapGet(root, "documentationUrl"); v != nil {
		f.docURL = v.Value
	}
	if v := mapGet(root, "formats"); v != nil {
		fs, err := f.readFormats(v)
		if err != nil {
			return err
		}
		f.formats = fs
	}
	if v := mapGet(root, "functions"); v != nil {
		f.custom = map[string]bool{}
		for _, c := range v.Content {
			f.custom[c.Value] = true
		}
	}
	if v := mapGet(root, "extends"); v != nil {
		if err := f.readExtends(v); err != nil {
			return err
		}
	}
	if v := mapGet(root, "aliases"); v != nil {
		if err := f.readAliases(v); err != nil {
			return err
		}
	}
	if v := mapGet(root, "rules"); v != nil {
		if err := f.readRules(v, f.out); err != nil {
			return err
		}
	}
	if v := mapGet(root, "overrides"); v != nil {
		if err := f.readOverrides(v); err != nil {
			return err
		}
	}
	return nil
}

func mapGet(m *yaml.Node, key string) *yaml.Node {
	if m == nil || m.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return m.Content[i+1]
		}
	}
	return nil
}

func (f *file) readFormats(v *yaml.Node) ([]lint.Format, error) {
	if v.Kind != yaml.SequenceNode {
		return nil, errAt(f.name, v, "formats must be a list such as [oas2, oas3]")
	}
	var out []lint.Format
	for _, c := range v.Content {
		out = append(out, normalizeFormat(c.Value))
	}
	return out, nil
}

func normalizeFormat(s string) lint.Format {
	switch strings.ToLower(s) {
	case "oas3.0", "oas3_0":
		return lint.OAS30
	case "oas3.1", "oas3_1":
		return lint.OAS31
	}
	return lint.Format(strings.ToLower(s))
}

func (f *file) dir() string { return filepath.Dir(f.name) }

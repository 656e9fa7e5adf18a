package spec

import (
	"path/filepath"
	"strings"

	yaml "github.com/pb33f/go-yaml"
)

// kinEntryBytes is the entry file as kin-openapi can read it. kin reads only
// what OpenAPI allows, and two things bundled descriptions write (both in
// DigitalOcean's) lose data there:
//   - a tag description written as a $ref to a Markdown snippet: kin takes
//     only a string, and no runtime use of the model reads tag descriptions,
//     so such a description is dropped;
//   - an operation written as a $ref to another file (`get: {$ref:
//     resources/x.yml}`): kin's Operation has no $ref, so it would read an
//     operation without parameters, body or responses. Every other consumer
//     follows such refs (Operations, the mock, docs, sdkgen), so the
//     operations are inlined here, their own refs rewritten to resolve from
//     the entry file, and plan, contract and load see them whole too.
func (d *Document) kinEntryBytes(f *File) []byte {
	root := f.Root
	if root != nil && root.Kind == yaml.DocumentNode && len(root.Content) == 1 {
		root = root.Content[0]
	}
	if root == nil || root.Kind != yaml.MappingNode {
		return f.Bytes
	}
	var clone *yaml.Node
	replace := func(i int, v *yaml.Node) {
		if clone == nil {
			c := *root
			c.Content = append([]*yaml.Node(nil), root.Content...)
			clone = &c
		}
		clone.Content[i+1] = v
	}
	for i := 0; i+1 < len(root.Content); i += 2 {
		switch v := root.Content[i+1]; root.Content[i].Value {
		case "tags":
			if v.Kind == yaml.SequenceNode && refTagDescriptions(v, false) {
				replace(i, withoutRefTagDescriptions(v))
			}
		case "paths":
			if p := d.inlineOperationRefs(v); p != nil {
				replace(i, p)
			}
		}
	}
	if clone == nil {
		clone = root
	}
	out, changed := d.inlineNameMapRefs(d.Name, clone, 0)
	if !changed && clone == root {
		return f.Bytes
	}
	b, err := yaml.Marshal(out)
	if err != nil {
		return f.Bytes
	}
	return b
}

// kinFileBytes is a file other than the entry as kin can read it: name maps
// written as a $ref (see isNameMapRef) are inlined, as kin reads a map there.
func (d *Document) kinFileBytes(f *File) []byte {
	if f.Root == nil {
		return f.Bytes
	}
	out, changed := d.inlineNameMapRefs(f.Name, f.Root, 0)
	if !changed {
		return f.Bytes
	}
	b, err := yaml.Marshal(out)
	if err != nil {
		return f.Bytes
	}
	return b
}

// maxInlineDepth bounds name maps inlined into name maps (a cycle of them
// would never end).
const maxInlineDepth = 16

// inlineNameMapRefs returns n (held in file) with every name map written as
// a $ref replaced by a copy of its target rebased on file, and whether
// anything changed; n itself is not modified.
func (d *Document) inlineNameMapRefs(file string, n *yaml.Node, depth int) (*yaml.Node, bool) {
	if !hasNameMapRef(n, false) || depth > maxInlineDepth {
		return n, false
	}
	c := copyNode(n, 0)
	changed := false
	var walk func(m *yaml.Node, inNameMap bool)
	walk = func(m *yaml.Node, inNameMap bool) {
		switch m.Kind {
		case yaml.MappingNode:
			for i := 0; i+1 < len(m.Content); i += 2 {
				k, v := m.Content[i], m.Content[i+1]
				if inNameMap || dataKeys[k.Value] || strings.HasPrefix(k.Value, "x-") {
					if inNameMap {
						walk(v, false)
					}
					continue
				}
				if nameMaps[k.Value] && v.Kind == yaml.MappingNode && isNameMapRef(v) {
					t, tf, err := d.ResolveRef(file, v.Content[1].Value)
					if err == nil && t.Kind == yaml.MappingNode {
						r := d.rebasedTo(k.Value, t, tf, file)
						r, _ = d.inlineNameMapRefs(file, r, depth+1)
						m.Content[i+1] = r
						changed = true
					}
					continue
				}
				walk(v, nameMaps[k.Value])
			}
		case yaml.SequenceNode:
			for _, e := range m.Content {
				walk(e, false)
			}
		}
	}
	walk(c, false)
	if !changed {
		return n, false
	}
	return c, true
}

// hasNameMapRef reports whether a name map under n is written as a $ref.
func hasNameMapRef(n *yaml.Node, inNameMap bool) bool {
	if n.Kind == yaml.MappingNode && inNameMap && isNameMapRef(n) {
		return true
	}
	for i, c := range n.Content {
		key := ""
		if n.Kind == yaml.MappingNode && i%2 == 1 {
			key = n.Content[i-1].Value
		}
		if n.Kind == yaml.MappingNode && i%2 == 0 {
			continue
		}
		if !inNameMap && (dataKeys[key] || strings.HasPrefix(key, "x-")) {
			continue
		}
		if hasNameMapRef(c, !inNameMap && nameMaps[key]) {
			return true
		}
	}
	return false
}

func withoutRefTagDescriptions(tags *yaml.Node) *yaml.Node {
	t := *tags
	t.Content = make([]*yaml.Node, len(tags.Content))
	for j, tag := range tags.Content {
		c := *tag
		c.Content = append([]*yaml.Node(nil), tag.Content...)
		t.Content[j] = &c
	}
	refTagDescriptions(&t, true)
	return &t
}

// refTagDescriptions reports whether a tag's description is not a string,
// and with fix drops such descriptions.
func refTagDescriptions(tags *yaml.Node, fix bool) bool {
	found := false
	for _, tag := range tags.Content {
		if tag.Kind != yaml.MappingNode {
			continue
		}
		for i := 0; i+1 < len(tag.Content); i += 2 {
			if tag.Content[i].Value == "description" && tag.Content[i+1].Kind != yaml.ScalarNode {
				found = true
				if fix {
					tag.Content = append(tag.Content[:i:i], tag.Content[i+2:]...)
					break
				}
			}
		}
	}
	return found
}

// inlineOperationRefs returns a copy of the entry's paths mapping in which
// every path item holding an operation written as a $ref is written out
// whole, or nil when there is no such operation. Path items without one stay
// as written (kin follows path item refs itself).
func (d *Document) inlineOperationRefs(paths *yaml.Node) *yaml.Node {
	if paths.Kind != yaml.MappingNode {
		return nil
	}
	var out *yaml.Node
	for i := 0; i+1 < len(paths.Content); i += 2 {
		item := d.inlinedPathItem(paths.Content[i+1])
		if item == nil {
			continue
		}
		if out == nil {
			c := *paths
			c.Content = append([]*yaml.Node(nil), paths.Content...)
			out = &c
		}
		out.Content[i+1] = item
	}
	return out
}

// inlinedPathItem is the path item raw (a $ref or written in the entry) with
// its operation refs followed and every ref rebased on the entry file, or nil
// when none of its operations is a $ref.
func (d *Document) inlinedPathItem(raw *yaml.Node) *yaml.Node {
	item, file, ok := d.Deref(d.Name, raw)
	if !ok || item.Kind != yaml.MappingNode {
		return nil
	}
	found := false
	for i := 0; i+1 < len(item.Content); i += 2 {
		if IsMethod(item.Content[i].Value) && RefOf(item.Content[i+1]) != "" {
			found = true
			break
		}
	}
	if !found {
		return nil
	}
	out := &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map", Line: item.Line, Column: item.Column}
	for i := 0; i+1 < len(item.Content); i += 2 {
		k, v, from := item.Content[i], item.Content[i+1], file
		if IsMethod(k.Value) {
			if op, opFile, ok := d.Deref(file, v); ok && op.Kind == yaml.MappingNode {
				v, from = op, opFile
			}
		}
		out.Content = append(out.Content, k, d.rebased(k.Value, v, from))
	}
	return out
}

// rebased is v, the value of key in a mapping held in file from, with every
// $ref in it rewritten to resolve from the entry file; v itself when it is
// already there.
func (d *Document) rebased(key string, v *yaml.Node, from string) *yaml.Node {
	return d.rebasedTo(key, v, from, d.Name)
}

// rebasedTo is rebased onto file to.
func (d *Document) rebasedTo(key string, v *yaml.Node, from, to string) *yaml.Node {
	if from == to {
		return v
	}
	c := copyNode(v, 0)
	if dataKeys[key] || strings.HasPrefix(key, "x-") {
		return c
	}
	visitRefs(c, nameMaps[key], func(r *yaml.Node) { r.Value = d.rebaseRef(from, to, r.Value) })
	rebaseMappings(c, func(ref string) string { return d.rebaseRef(from, to, ref) })
	return c
}

// rebaseRef rewrites ref, written in file from, to name the same node from
// the entry file.
func (d *Document) rebaseRef(from, to, ref string) string {
	target, frag, hasFrag := strings.Cut(ref, "#")
	if isRemote(target) {
		return ref
	}
	file := from
	if target != "" {
		file = d.joinRef(from, target)
	}
	if file == to {
		return "#" + frag
	}
	rel := d.relativeTo(to, file)
	if hasFrag {
		return rel + "#" + frag
	}
	return rel
}

// relativeTo names file (a name of the document's reader) relative to the
// folder of file base, as a $ref written in base would.
func (d *Document) relativeTo(base, file string) string {
	if isRemote(file) {
		return file
	}
	entry := base
	if d.input.Kind == KindGit {
		// Both are "REV:path" of the same revision.
		_, entry, _ = strings.Cut(entry, ":")
		_, file, _ = strings.Cut(file, ":")
	}
	rel, err := filepath.Rel(filepath.Dir(entry), file)
	if err != nil {
		return filepath.ToSlash(file)
	}
	return filepath.ToSlash(rel)
}

// maxCopyDepth bounds copyNode; descriptions nest far less deeply, and a
// deeper tree is left shared rather than copied without end.
const maxCopyDepth = 1000

// copyNode copies the tree under n, aliases expanded (their anchors live in
// another file and would not resolve where the copy is written; Load has
// bounded every file's expansion).
func copyNode(n *yaml.Node, depth int) *yaml.Node {
	if n == nil || depth > maxCopyDepth {
		return n
	}
	if n.Kind == yaml.AliasNode && n.Alias != nil {
		return copyNode(n.Alias, depth+1)
	}
	c := *n
	c.Anchor = ""
	if len(n.Content) > 0 {
		c.Content = make([]*yaml.Node, len(n.Content))
		for i, child := range n.Content {
			c.Content[i] = copyNode(child, depth+1)
		}
	}
	return &c
}

// rebaseMappings rewrites the discriminator mapping values under n that are
// references (kin resolves a value with a "/" as one; a bare name is a
// schema of components).
func rebaseMappings(n *yaml.Node, rebase func(string) string) {
	if n == nil {
		return
	}
	if n.Kind == yaml.MappingNode {
		if m := MapGet(MapGet(n, "discriminator"), "mapping"); m != nil && m.Kind == yaml.MappingNode {
			for i := 1; i < len(m.Content); i += 2 {
				if v := m.Content[i]; v.Kind == yaml.ScalarNode && strings.ContainsAny(v.Value, "/#") {
					v.Value = rebase(v.Value)
				}
			}
		}
	}
	for _, c := range n.Content {
		rebaseMappings(c, rebase)
	}
}

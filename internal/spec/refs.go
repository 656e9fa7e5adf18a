package spec

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"sync"

	yaml "github.com/pb33f/go-yaml"

	"github.com/sequere/sequere/internal/report"
)

// dataKeys hold literal values, never references: a "$ref" key below them is data.
var dataKeys = map[string]bool{"example": true, "examples": true, "default": true, "enum": true, "const": true, "value": true}

// nameMaps hold user-chosen names as keys, so a key such as "example" below them
// is a name, not a keyword.
var nameMaps = map[string]bool{
	"properties": true, "patternProperties": true, "definitions": true, "$defs": true,
	"schemas": true, "responses": true, "parameters": true, "headers": true, "securitySchemes": true,
	"links": true, "callbacks": true, "requestBodies": true, "pathItems": true, "paths": true,
	"content": true, "encoding": true, "mapping": true, "variables": true, "scopes": true,
	"dependentSchemas": true, "webhooks": true, "securityDefinitions": true,
}

type pendingRef struct {
	file string
	node *yaml.Node // the $ref value scalar
}

// resolveAll loads every file reachable through $refs and checks that each ref
// points at something; the first failure is returned with the ref's position.
func (d *Document) resolveAll(ctx context.Context) error {
	queue := []string{d.Name}
	seen := map[string]bool{d.Name: true}
	checked := map[string]bool{}
	for len(queue) > 0 {
		name := queue[0]
		queue = queue[1:]
		refs := collectRefsConcurrently(d.files[name].Root, name)
		for _, r := range refs {
			target, frag := splitRef(r.node.Value)
			targetFile := name
			if target != "" {
				// Relative refs of a document read from a URL are part of that
				// document; only absolute URLs reach somewhere the user did not name.
				if isRemote(target) && !sameOrigin(d.Name, target) {
					if !d.opts.AllowRemoteRefs {
						return errorf(d.pos(r.file, r.node), "remote $ref %q is not followed; pass --allow-remote-refs to allow it", r.node.Value)
					}
				}
				targetFile = d.joinRef(name, target)
				if !seen[targetFile] {
					if err := ctx.Err(); err != nil {
						return err
					}
					if d.localRefsChecked() && !isRemote(targetFile) {
						if err := d.checkInRoot(targetFile); err != nil {
							return errorf(d.pos(r.file, r.node), "$ref %q is not followed: %v", r.node.Value, err)
						}
					}
					f, err := d.readFile(ctx, targetFile)
					var aliasErr *Error
					if errors.As(err, &aliasErr) {
						return aliasErr
					}
					if err != nil {
						return errorf(d.pos(r.file, r.node), "unresolvable $ref %q: cannot read %s: %v", r.node.Value, targetFile, err)
					}
					if f.Root == nil {
						return errorf(d.pos(r.file, r.node), "unresolvable $ref %q: %s is empty", r.node.Value, targetFile)
					}
					seen[targetFile] = true
					d.addFile(f)
					queue = append(queue, targetFile)
				}
			}
			key := targetFile + "#" + frag
			if checked[key] {
				continue
			}
			checked[key] = true
			if _, _, err := d.walkPointer(targetFile, d.files[targetFile].Root, frag, 0); err != nil {
				return errorf(d.pos(r.file, r.node), "unresolvable $ref %q: %v", r.node.Value, err)
			}
		}
	}
	if d.MultiFile() && d.localRefsChecked() {
		return d.checkDataRefs()
	}
	return nil
}

// IsDataKey reports whether values under key are literal data (examples,
// defaults, enums) in which a "$ref" key is data, not a reference. It does not
// apply inside a name map (see IsNameMap).
func IsDataKey(key string) bool { return dataKeys[key] }

// IsNameMap reports whether the keys of the mapping under key are user-chosen
// names (properties, schemas, responses...) rather than keywords.
func IsNameMap(key string) bool { return nameMaps[key] }

func isRemote(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
}

func sameOrigin(entry, target string) bool {
	e, err1 := url.Parse(entry)
	t, err2 := url.Parse(target)
	return err1 == nil && err2 == nil && isRemote(entry) && e.Scheme == t.Scheme && e.Host == t.Host
}

func (d *Document) joinRef(base, target string) string {
	if isRemote(target) {
		return target
	}
	if isRemote(base) {
		return httpReader{}.join(base, target)
	}
	return d.reader.join(base, target)
}

func (d *Document) readFile(ctx context.Context, name string) (*File, error) {
	var data []byte
	var err error
	if isRemote(name) {
		data, err = newHTTPReader(d.opts.timeout()).read(ctx, name)
	} else {
		data, err = d.reader.read(ctx, name)
	}
	if err != nil {
		return nil, err
	}
	root, aliasFree, err := parseFile(data)
	if err != nil {
		e := syntaxError(name, data, err)
		return nil, fmt.Errorf("%s", e.Error())
	}
	if root.Kind == yaml.DocumentNode {
		if len(root.Content) == 0 {
			return &File{Name: name, Bytes: data}, nil
		}
		root = root.Content[0]
	}
	if !aliasFree {
		if aerr := checkAliases(name, root); aerr != nil {
			return nil, aerr
		}
	}
	return &File{Name: name, Root: root, Bytes: data}, nil
}

// collectRefsConcurrently is collectRefs with one goroutine per top-level
// section (paths, components, ...): on a 4 MB document the walk is a visible
// share of Load, and sections are independent. Refs keep document order.
func collectRefsConcurrently(root *yaml.Node, file string) []pendingRef {
	if root == nil || root.Kind != yaml.MappingNode || len(root.Content) < 4 {
		var refs []pendingRef
		collectRefs(root, file, false, &refs)
		return refs
	}
	parts := make([][]pendingRef, len(root.Content)/2)
	var wg sync.WaitGroup
	for i := range parts {
		section := &yaml.Node{Kind: yaml.MappingNode, Content: root.Content[2*i : 2*i+2]}
		wg.Go(func() { collectRefs(section, file, false, &parts[i]) })
	}
	wg.Wait()
	var refs []pendingRef
	for _, p := range parts {
		refs = append(refs, p...)
	}
	return refs
}

// collectRefs gathers $ref values, skipping example and default data.
// inNameMap is true when n's keys are user-chosen names.
func collectRefs(n *yaml.Node, file string, inNameMap bool, out *[]pendingRef) {
	visitRefs(n, inNameMap, func(v *yaml.Node) { *out = append(*out, pendingRef{file: file, node: v}) })
}

// visitRefs calls f with the value scalar of every $ref under n that is a
// reference, not data: example and default data and extensions are skipped.
// inNameMap is true when n's keys are user-chosen names.
func visitRefs(n *yaml.Node, inNameMap bool, f func(*yaml.Node)) {
	if n == nil {
		return
	}
	switch n.Kind {
	case yaml.MappingNode:
		if inNameMap && isNameMapRef(n) {
			// No schema or object is a string, so a lone `$ref: string`
			// among names is a reference to the whole map (DigitalOcean
			// writes `properties: {$ref: attributes.yml#/x}`).
			f(n.Content[1])
			return
		}
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			if !inNameMap {
				if k.Value == "$ref" && v.Kind == yaml.ScalarNode {
					f(v)
					continue
				}
				if dataKeys[k.Value] {
					// Example objects (a map of named examples) may be refs; their
					// "value" is data and is skipped one level down.
					if k.Value == "examples" && v.Kind == yaml.MappingNode {
						visitRefs(v, true, f)
					}
					continue
				}
				if strings.HasPrefix(k.Value, "x-") {
					continue
				}
			}
			visitRefs(v, !inNameMap && nameMaps[k.Value], f)
		}
	case yaml.SequenceNode, yaml.DocumentNode:
		for _, c := range n.Content {
			visitRefs(c, false, f)
		}
	}
}

// isNameMapRef reports whether the name map n is written as a reference.
func isNameMapRef(n *yaml.Node) bool {
	return len(n.Content) == 2 && n.Content[0].Value == "$ref" && n.Content[1].Kind == yaml.ScalarNode
}

// splitRef separates "file.yaml#/a/b" into its file and fragment parts.
func splitRef(ref string) (file, fragment string) {
	file, fragment, _ = strings.Cut(ref, "#")
	return file, fragment
}

// mapGet returns the key and value nodes for key in mapping m (nil when absent).
func mapGet(m *yaml.Node, key string) (k, v *yaml.Node) {
	if m == nil || m.Kind != yaml.MappingNode {
		return nil, nil
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return m.Content[i], m.Content[i+1]
		}
	}
	return nil, nil
}

// MapGet is mapGet for other packages: the value node of key in mapping m, or nil.
func MapGet(m *yaml.Node, key string) *yaml.Node {
	_, v := mapGet(m, key)
	return v
}

// RefOf returns the $ref string of a reference object, or "".
func RefOf(n *yaml.Node) string {
	if n == nil || n.Kind != yaml.MappingNode {
		return ""
	}
	if v := MapGet(n, "$ref"); v != nil && v.Kind == yaml.ScalarNode {
		return v.Value
	}
	return ""
}

const maxRefHops = 64

// walkPointer follows the JSON pointer fragment from n in file, dereferencing
// $refs met on the way. It returns the node reached and the file holding it.
func (d *Document) walkPointer(file string, n *yaml.Node, fragment string, hops int) (*yaml.Node, string, error) {
	if fragment == "" || fragment == "/" {
		return n, file, nil
	}
	if !strings.HasPrefix(fragment, "/") {
		return nil, "", fmt.Errorf("fragment %q is not a JSON pointer (it must start with /)", fragment)
	}
	for _, raw := range strings.Split(fragment[1:], "/") {
		seg := unescapePointer(raw)
		var err error
		if n, file, err = d.deref(file, n, hops); err != nil {
			return nil, "", err
		}
		switch n.Kind {
		case yaml.MappingNode:
			v := d.child(n, seg)
			if v == nil {
				return nil, "", fmt.Errorf("no %q in %s at line %d", seg, file, n.Line)
			}
			n = v
		case yaml.SequenceNode:
			i, err := strconv.Atoi(seg)
			if err != nil || i < 0 || i >= len(n.Content) {
				return nil, "", fmt.Errorf("no index %q in the list at %s line %d", seg, file, n.Line)
			}
			n = n.Content[i]
		default:
			return nil, "", fmt.Errorf("cannot descend into %q: %s line %d holds a scalar", seg, file, n.Line)
		}
	}
	return n, file, nil
}

func unescapePointer(s string) string {
	if strings.Contains(s, "%") {
		if u, err := url.PathUnescape(s); err == nil {
			s = u
		}
	}
	return strings.ReplaceAll(strings.ReplaceAll(s, "~1", "/"), "~0", "~")
}

// EscapePointer escapes one JSON pointer segment.
func EscapePointer(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(s, "~", "~0"), "/", "~1")
}

// deref follows n while it is a reference object.
func (d *Document) deref(file string, n *yaml.Node, hops int) (*yaml.Node, string, error) {
	for ref := RefOf(n); ref != ""; ref = RefOf(n) {
		hops++
		if hops > maxRefHops {
			return nil, "", fmt.Errorf("$ref chain longer than %d hops (a cycle?) at %q", maxRefHops, ref)
		}
		target, frag := splitRef(ref)
		if target != "" {
			file = d.joinRef(file, target)
		}
		f := d.files[file]
		if f == nil {
			return nil, "", fmt.Errorf("%s was not loaded", file)
		}
		var err error
		if n, file, err = d.walkPointer(file, f.Root, frag, hops); err != nil {
			return nil, "", err
		}
	}
	return n, file, nil
}

// Deref follows n (held in file) through any $ref chain and returns the target
// and its file. A broken or cyclic chain returns n unchanged and ok false.
func (d *Document) Deref(file string, n *yaml.Node) (target *yaml.Node, targetFile string, ok bool) {
	t, f, err := d.deref(file, n, 0)
	if err != nil {
		return n, file, false
	}
	return t, f, true
}

// ResolveRef resolves a $ref string written in file.
func (d *Document) ResolveRef(file, ref string) (*yaml.Node, string, error) {
	target, frag := splitRef(ref)
	if target != "" {
		file = d.joinRef(file, target)
	}
	f := d.files[file]
	if f == nil {
		return nil, "", fmt.Errorf("%s was not loaded", file)
	}
	return d.walkPointer(file, f.Root, frag, 0)
}

// At returns the node at a JSON pointer from the entry document's root,
// following $refs on the way and at the end (a pointer that names a reference
// object reaches its target; a broken or cyclic chain stops at the ref).
func (d *Document) At(pointer string) (*yaml.Node, string, error) {
	n, file, err := d.walkPointer(d.Name, d.Root, pointer, 0)
	if err != nil {
		return nil, "", err
	}
	if t, tf, ok := d.Deref(file, n); ok {
		return t, tf, nil
	}
	return n, file, nil
}

// Locate gives the file:line:col of the node at pointer (through $refs). When the
// pointer does not resolve it returns the deepest position reached.
func (d *Document) Locate(pointer string) report.Location {
	n, file, err := d.At(pointer)
	if err != nil {
		for pointer != "" {
			i := strings.LastIndex(pointer, "/")
			if i < 0 {
				break
			}
			pointer = pointer[:i]
			if n, file, err = d.At(pointer); err == nil {
				break
			}
		}
		if err != nil || n == nil {
			return report.Location{File: d.Name, Line: d.Root.Line, Col: d.Root.Column}
		}
	}
	return d.pos(file, n)
}

// Position is the location of node n held in file.
func (d *Document) Position(file string, n *yaml.Node) report.Location { return d.pos(file, n) }

func (d *Document) pos(file string, n *yaml.Node) report.Location {
	if n == nil {
		return report.Location{File: file}
	}
	return report.Location{File: file, Line: n.Line, Col: n.Column}
}

// FileOf says which file holds node n. Single-file documents answer at once;
// for multi-file ones an index is built on first use.
func (d *Document) FileOf(n *yaml.Node) string {
	if len(d.order) == 1 {
		return d.Name
	}
	d.ownerOnce.Do(func() {
		d.owner = map[*yaml.Node]string{}
		for _, name := range d.order {
			indexOwner(d.files[name].Root, name, d.owner)
		}
	})
	if f, ok := d.owner[n]; ok {
		return f
	}
	return d.Name
}

func indexOwner(n *yaml.Node, file string, into map[*yaml.Node]string) {
	if n == nil {
		return
	}
	into[n] = file
	for _, c := range n.Content {
		indexOwner(c, file, into)
	}
}

// bigMapping is the size from which a mapping's keys are indexed: refs point
// into components/schemas (819 entries in Stripe) thousands of times.
const bigMapping = 64

// child returns the value of key in mapping n, through a per-document index for
// large mappings. Safe for concurrent use.
func (d *Document) child(n *yaml.Node, key string) *yaml.Node {
	if len(n.Content) < 2*bigMapping {
		_, v := mapGet(n, key)
		return v
	}
	if idx, ok := d.keyIndex.Load(n); ok {
		return idx.(map[string]*yaml.Node)[key]
	}
	idx := make(map[string]*yaml.Node, len(n.Content)/2)
	for i := len(n.Content) - 2; i >= 0; i -= 2 {
		idx[n.Content[i].Value] = n.Content[i+1] // first occurrence wins, as in mapGet
	}
	d.keyIndex.Store(n, idx)
	return idx[key]
}

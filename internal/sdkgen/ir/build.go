package ir

import (
	"context"
	"fmt"
	"sort"
	"strings"

	yaml "github.com/pb33f/go-yaml"

	"github.com/sequere/sequere/internal/sdkgen/internal/desc"
	"github.com/sequere/sequere/internal/spec"
)

// builder turns a description into the IR. It is used once.
type builder struct {
	doc      *spec.Document
	v30      bool
	names    *namer
	byNode   map[*yaml.Node]*Type
	children map[*yaml.Node][]pair
	// writtenOf holds the one Written of each schema node; nil when they
	// are not kept (Build, for the clients).
	writtenOf map[*yaml.Node]*Written
	types     []*Type
	schemes   map[string]*SecurityScheme
	warnings  []Warning
	warned    map[string]bool
}

// Build makes the IR of a description; Swagger 2.0 is upgraded to 3.0 first.
// It reads only the document's node tree, never panics on a loaded
// description, and reports constructs it cannot express as warnings (the
// schema concerned becomes KindAny).
func Build(doc *spec.Document) (*API, error) { return build(doc, false) }

// BuildWritten is Build that also keeps every schema's keywords as written
// (Schema.Written, API.WrittenSchemas), which only the Go server reads: the
// clients do not pay for them.
func BuildWritten(doc *spec.Document) (*API, error) { return build(doc, true) }

func build(doc *spec.Document, keepWritten bool) (api *API, err error) {
	defer func() {
		if r := recover(); r != nil {
			api, err = nil, fmt.Errorf("internal error building the client model: %v", r)
		}
	}()
	doc, err = doc.UpgradeToV3(context.Background())
	if err != nil {
		return nil, err
	}
	b := &builder{
		doc: doc, v30: doc.Version == spec.V30, names: newNamer(),
		byNode: map[*yaml.Node]*Type{}, children: map[*yaml.Node][]pair{}, warned: map[string]bool{},
	}
	if keepWritten {
		b.writtenOf = map[*yaml.Node]*Written{}
	}
	root := node{N: doc.Root, File: doc.Name}
	info := root.Child("info")
	api = &API{Title: info.Str("title"), Version: info.Str("version"), Description: desc.OneLine(info.Str("description"))}
	b.declareSchemes(root)
	b.declareComponents()
	if keepWritten {
		api.WrittenSchemas = b.writtenComponents()
	}
	for _, s := range root.Seq("servers") {
		u := s.Str("url")
		for _, v := range s.Pairs("variables") {
			u = strings.ReplaceAll(u, "{"+v.Key+"}", v.Val.Str("default"))
		}
		api.Servers = append(api.Servers, &Server{URL: u, Description: desc.OneLine(s.Str("description"))})
	}
	if len(api.Servers) > 0 {
		api.BaseURL = api.Servers[0].URL
	}
	api.Operations = b.operations(root)
	api.Webhooks = b.webhooks(root)
	markRecursive(b.types)
	nullableRefs(b.types)
	sort.Slice(b.types, func(i, j int) bool { return b.types[i].Name < b.types[j].Name })
	api.Types = b.types
	for _, name := range sortedKeys(b.schemes) {
		api.SecuritySchemes = append(api.SecuritySchemes, b.schemes[name])
	}
	api.Warnings = b.warnings
	return api, nil
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func (b *builder) pos(s node) Pos {
	if s.N == nil {
		return Pos{File: s.File}
	}
	return Pos{File: s.File, Line: s.N.Line, Col: s.N.Column}
}

// warn records a warning once per position and message.
func (b *builder) warn(s node, format string, args ...any) {
	w := Warning{Pos: b.pos(s), Message: fmt.Sprintf(format, args...)}
	if key := w.String(); !b.warned[key] {
		b.warned[key] = true
		b.warnings = append(b.warnings, w)
	}
}

// markRecursive sets Recursive on every type in a reference cycle (Tarjan's
// strongly connected components, iteratively deep enough for real specs).
func markRecursive(types []*Type) {
	index := map[*Type]int{}
	low := map[*Type]int{}
	onStack := map[*Type]bool{}
	var stack []*Type
	next := 0
	var visit func(t *Type, depth int)
	visit = func(t *Type, depth int) {
		index[t], low[t] = next, next
		next++
		stack = append(stack, t)
		onStack[t] = true
		for _, u := range refsOf(t.Schema, nil) {
			if u == t {
				t.Recursive = true
			}
			if _, seen := index[u]; !seen {
				if depth < 10000 {
					visit(u, depth+1)
				}
				low[t] = min(low[t], low[u])
			} else if onStack[u] {
				low[t] = min(low[t], index[u])
			}
		}
		if low[t] == index[t] {
			var scc []*Type
			for {
				u := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				onStack[u] = false
				scc = append(scc, u)
				if u == t {
					break
				}
			}
			if len(scc) > 1 {
				for _, u := range scc {
					u.Recursive = true
				}
			}
		}
	}
	for _, t := range types {
		if _, seen := index[t]; !seen {
			visit(t, 0)
		}
	}
}

// nullableRefs makes every reference to a nullable named type nullable. The
// builder does so as it goes, but a component that refers to one declared
// after it in name order (Holder → Level) sees the target before it is
// filled; this pass does not depend on that order.
func nullableRefs(types []*Type) {
	for _, t := range types {
		Walk(t.Schema, func(s *Schema) {
			if s.Kind == KindRef && s.Ref.Schema != nil && s.Ref.Schema.Kind != KindRef && s.Ref.Schema.Nullable {
				s.Nullable = true
			}
		})
	}
}

// refsOf lists the named types a schema mentions.
func refsOf(s *Schema, out []*Type) []*Type {
	if s == nil {
		return out
	}
	if s.Kind == KindRef {
		return append(out, s.Ref)
	}
	out = refsOf(s.Items, out)
	out = refsOf(s.Values, out)
	if s.Kind == KindObject {
		out = refsOf(s.Additional, out)
	}
	for _, p := range s.Properties {
		out = refsOf(p.Schema, out)
	}
	for _, v := range s.Variants {
		out = refsOf(v.Schema, out)
	}
	return out
}

// Walk calls f for every schema reachable from s without entering named
// types (f sees the KindRef, not its target).
func Walk(s *Schema, f func(*Schema)) {
	if s == nil {
		return
	}
	f(s)
	if s.Kind == KindRef {
		return
	}
	Walk(s.Items, f)
	Walk(s.Values, f)
	if s.Kind == KindObject {
		Walk(s.Additional, f)
	}
	for _, p := range s.Properties {
		Walk(p.Schema, f)
	}
	for _, v := range s.Variants {
		Walk(v.Schema, f)
	}
}

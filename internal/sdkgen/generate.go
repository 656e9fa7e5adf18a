package sdkgen

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"go/format"
	"go/token"
	"io/fs"
	"path"
	"slices"
	"sort"
	"strings"
	"text/template"

	"github.com/sequere/sequere/internal/sdkgen/ir"
	"github.com/sequere/sequere/internal/spec"
	"github.com/sequere/sequere/templates"
)

// Options configure a generation run.
type Options struct {
	// Package is the Go package name of the output; "" means "api".
	Package string
	// Templates overrides embedded templates by file name (models.go.tmpl,
	// ...); nil uses the embedded set only.
	Templates fs.FS
	// skipFormat leaves the Go output unformatted (the fuzz target, which
	// checks the generator, not go/format).
	skipFormat bool
}

// File is one generated file, Name relative to the output directory.
type File struct {
	Name string
	Data []byte
}

// Result is what a run produced: files sorted by name, and warnings about
// parts of the description the generator could not express.
type Result struct {
	Files    []File
	Warnings []string
}

// ErrUnsupported marks descriptions this generator cannot handle; callers
// treat it as bad input.
var ErrUnsupported = errors.New("unsupported description")

// Build makes the IR of a description. It reads only doc's node tree.
func Build(doc *spec.Document, pkg string) (*API, []string, error) {
	doc, err := doc.UpgradeToV3(context.Background())
	if err != nil {
		return nil, nil, fmt.Errorf("%w: %v", ErrUnsupported, err)
	}
	if pkg == "" {
		pkg = "api"
	}
	if !token.IsIdentifier(pkg) || token.IsKeyword(pkg) {
		return nil, nil, fmt.Errorf("%w: %q is not a valid Go package name", ErrUnsupported, pkg)
	}
	shared, err := ir.BuildWritten(doc)
	if err != nil {
		return nil, nil, fmt.Errorf("%w: %v", ErrUnsupported, err)
	}
	return fromIR(doc, shared, pkg)
}

// fromIR is the server's template data from the shared IR of doc (already
// upgraded to 3.x). Only the embedded JSON Schema and the webhooks warning
// read doc's nodes; the types come from the IR's Written schemas.
func fromIR(doc *spec.Document, shared *ir.API, pkg string) (*API, []string, error) {
	b := &builder{doc: doc, v30: doc.Version == spec.V30, names: newNamer(reserved...), byWritten: map[*ir.Written]*Type{}, plainText: map[string][]string{}, plainTextAt: map[string]string{}}
	b.declareComponents(shared.WrittenSchemas)
	sd := newSchemaDoc(b)
	ops, err := b.operations(shared, sd)
	if err != nil {
		return nil, nil, fmt.Errorf("%w: %v", ErrUnsupported, err)
	}
	b.warnPlainText()
	if hooks := (node{N: spec.MapGet(doc.Root, "webhooks"), File: doc.Name}).Entries(); len(hooks) > 0 {
		b.warn("the description's webhooks (%d) are not generated: they are requests the API sends, not routes it serves", len(hooks))
	}
	b.unpointer()
	b.breakAliasCycles()
	sortOps(ops)
	sort.Slice(b.types, func(i, j int) bool { return b.types[i].Name < b.types[j].Name })
	js, err := sd.json()
	if err != nil {
		return nil, nil, err
	}
	api := &API{
		Package: pkg, Title: shared.Title, Version: shared.Version,
		Generator: "sequere generate server", Types: b.types, Operations: ops,
		SchemaJSON: append(js, '\n'),
	}
	// What imports package time is known only now: a date-time read as a
	// parameter is a string, and a date-time body sits in server.go.
	api.UsesTime = modelsUseTime(b.types)
	api.ServerUsesTime = serverUsesTime(ops)
	api.NestedForms = nestedForms(ops)
	return api, b.warnings, nil
}

func modelsUseTime(types []*Type) bool {
	var goTypes []string
	for _, t := range types {
		goTypes = append(goTypes, t.Base)
		for _, f := range t.Fields {
			goTypes = append(goTypes, f.GoType)
		}
		for _, v := range t.Variants {
			goTypes = append(goTypes, v.GoType)
		}
	}
	return mentionsTime(goTypes)
}

func serverUsesTime(ops []*Operation) bool {
	var goTypes []string
	for _, op := range ops {
		if op.Body != nil {
			goTypes = append(goTypes, op.Body.GoType)
		}
		for _, r := range op.Responses {
			goTypes = append(goTypes, r.BodyType)
			for _, h := range r.Headers {
				goTypes = append(goTypes, h.GoType)
			}
		}
	}
	return mentionsTime(goTypes)
}

func mentionsTime(goTypes []string) bool {
	return slices.ContainsFunc(goTypes, func(t string) bool { return strings.Contains(t, "time.Time") })
}

// GoServer renders a Go server package: models, the Server interface, the
// router and its runtime, and the embedded schemas.
func GoServer(doc *spec.Document, opts Options) (res *Result, err error) {
	defer func() {
		if r := recover(); r != nil {
			res, err = nil, fmt.Errorf("internal error generating the server (please report it with the description): %v", r)
		}
	}()
	api, warnings, err := Build(doc, opts.Package)
	if err != nil {
		return nil, err
	}
	tmpls, err := loadTemplates("go-server", opts.Templates)
	if err != nil {
		return nil, err
	}
	res = &Result{Warnings: warnings}
	for _, t := range tmpls {
		var buf bytes.Buffer
		if err := t.Execute(&buf, api); err != nil {
			return nil, fmt.Errorf("template %s: %w", t.Name(), err)
		}
		name := strings.TrimSuffix(t.Name(), ".tmpl")
		data := buf.Bytes()
		if strings.HasSuffix(name, ".go") && !opts.skipFormat {
			formatted, err := format.Source(data)
			if err != nil {
				return nil, fmt.Errorf("template %s produced invalid Go: %w", t.Name(), err)
			}
			data = formatted
		}
		res.Files = append(res.Files, File{Name: name, Data: data})
	}
	res.Files = append(res.Files, File{Name: "schemas.json", Data: api.SchemaJSON})
	sort.Slice(res.Files, func(i, j int) bool { return res.Files[i].Name < res.Files[j].Name })
	return res, nil
}

// loadTemplates parses the embedded templates of a set, each replaced by the
// override's file of the same name when there is one. An override may replace
// any subset; a .tmpl file that replaces nothing is an error, since it is most
// likely a misspelt name whose edits would silently not apply.
func loadTemplates(set string, override fs.FS) ([]*template.Template, error) {
	names, err := fs.Glob(templates.FS, set+"/*.tmpl")
	if err != nil {
		return nil, err
	}
	if override != nil {
		extra, err := fs.Glob(override, "*.tmpl")
		if err != nil {
			return nil, err
		}
		known := map[string]bool{}
		for _, n := range names {
			known[path.Base(n)] = true
		}
		for _, e := range extra {
			if !known[e] {
				return nil, fmt.Errorf("template %s overrides none of the embedded templates (%s)", e, strings.Join(baseNames(names), ", "))
			}
		}
	}
	var out []*template.Template
	for _, full := range names {
		base := path.Base(full)
		src, err := fs.ReadFile(templates.FS, full)
		if err != nil {
			return nil, err
		}
		if override != nil {
			if b, err := fs.ReadFile(override, base); err == nil {
				src = b
			} else if !errors.Is(err, fs.ErrNotExist) {
				return nil, fmt.Errorf("reading template %s: %w", base, err)
			}
		}
		t, err := template.New(base).Funcs(funcs).Parse(string(src))
		if err != nil {
			return nil, fmt.Errorf("template %s: %w", base, err)
		}
		out = append(out, t)
	}
	return out, nil
}

func baseNames(paths []string) []string {
	out := make([]string, len(paths))
	for i, p := range paths {
		out[i] = path.Base(p)
	}
	return out
}

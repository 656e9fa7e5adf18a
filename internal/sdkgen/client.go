package sdkgen

import (
	"errors"
	"fmt"
	"io/fs"
	"sort"

	"github.com/sequere/sequere/internal/sdkgen/ir"
	"github.com/sequere/sequere/internal/spec"
)

// ClientOptions configure a client SDK run.
type ClientOptions struct {
	// Package is the package name of the SDK (Go package, npm package,
	// Python distribution); "" lets the emitter pick one from the title.
	Package string
	// Module is the Go module path (a go.mod is written when set); other
	// emitters ignore it.
	Module string
	// Version is the SDK's own version ("" means the description's
	// info.version).
	Version string
	// Templates overrides the target's embedded templates by file name.
	Templates fs.FS
	// skipFormat leaves Go output unformatted (the fuzz target, which
	// checks the generator, not go/format).
	skipFormat bool
}

// ClientEmitter renders one target language from the IR.
type ClientEmitter func(api *ir.API, opts ClientOptions) (*Result, error)

// ErrNotBuilt marks a known target whose emitter has not landed yet.
var ErrNotBuilt = errors.New("not built yet")

// clientEmitters is the one list of client targets.
var clientEmitters = map[string]ClientEmitter{
	"go":         GoClient,
	"typescript": TypeScriptClient,
	"python":     PythonClient,
}

func notBuilt(lang string) ClientEmitter {
	return func(*ir.API, ClientOptions) (*Result, error) {
		return nil, fmt.Errorf("%w: the %s client emitter has not landed in this build", ErrNotBuilt, lang)
	}
}

// ClientLanguages lists the targets, sorted.
func ClientLanguages() []string {
	var out []string
	for l := range clientEmitters {
		out = append(out, l)
	}
	sort.Strings(out)
	return out
}

// Client builds the IR of doc and renders the SDK for lang. Warnings of the
// IR (file:line:col: message) come back in Result.Warnings.
func Client(doc *spec.Document, lang string, opts ClientOptions) (res *Result, err error) {
	defer func() {
		if r := recover(); r != nil {
			res, err = nil, fmt.Errorf("internal error generating the %s client (please report it with the description): %v", lang, r)
		}
	}()
	emit, ok := clientEmitters[lang]
	if !ok {
		return nil, fmt.Errorf("%w: unknown client language %q (want one of %v)", ErrUnsupported, lang, ClientLanguages())
	}
	api, err := ir.Build(doc)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrUnsupported, err)
	}
	if opts.Version == "" {
		opts.Version = api.Version
	}
	res, err = emit(api, opts)
	if err != nil {
		return nil, err
	}
	warnings := make([]string, 0, len(api.Warnings)+len(res.Warnings))
	for _, w := range api.Warnings {
		warnings = append(warnings, w.String())
	}
	res.Warnings = append(warnings, res.Warnings...)
	sort.Slice(res.Files, func(i, j int) bool { return res.Files[i].Name < res.Files[j].Name })
	return res, nil
}

// requiredBothWays: the property must be given and must be present, in a
// request and in a response. A readOnly one is not sent and a writeOnly one
// not returned, so neither is required of the other side (OpenAPI 3.0
// §4.7.25: required applies to the response or request only).
func requiredBothWays(p *ir.Property) bool {
	return p.Required && !readOnlyProp(p) && !p.Schema.WriteOnly
}

// readOnlyProp says whether a property is set by the server only: marked on
// the property, or on the named type it refers to.
func readOnlyProp(p *ir.Property) bool {
	s := p.Schema
	return s.ReadOnly || s.Kind == ir.KindRef && s.Ref.Schema != nil && s.Ref.Schema.ReadOnly
}

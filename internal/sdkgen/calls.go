package sdkgen

import (
	"strings"

	"github.com/sequere/sequere/internal/sdkgen/ir"
)

// TypeScriptPackage is the npm package name the TypeScript client gets
// without --package.
func TypeScriptPackage(api *ir.API) string {
	return strings.ToLower(strings.Join(ir.Words(oneLineOr(api.Title, "the API")), "-")) + "-client"
}

// PythonPackage is the import name the Python client gets without --package.
func PythonPackage(api *ir.API) string {
	return ir.Snake(oneLineOr(api.Title, "the API")) + "_client"
}

// Call is how the generated clients spell one operation's call, for the
// code samples of internal/docs: the names come from the emitters' own
// naming functions, so a sample and the SDK cannot drift apart.
type Call struct {
	// TSMethod is the TypeScript Client method; TSKeys the request
	// object's member per parameter (the body is "body").
	TSMethod string
	TSKeys   map[*ir.Param]string
	// TSTypes is each parameter's TypeScript type (bigint for int64, so a
	// sample's literal is 10n, not 10).
	TSTypes map[*ir.Param]string
	// PyMethod is the Python Client method; PyArgs its keyword argument per
	// parameter (the body is "body").
	PyMethod string
	PyArgs   map[*ir.Param]string
	// GoMethod is the Go Client method, GoRequest its request struct (""
	// when it takes none) and GoFields that struct's field per parameter
	// (the body is Body).
	GoMethod, GoRequest string
	GoFields            map[*ir.Param]string
	// TSBodyDecoder and PyBodyDecoder are the functions of the clients'
	// models module that turn a body's JSON into the type the call takes
	// (decodeNewOrder, decode_new_order); "" when the body is taken as its
	// JSON. A sample passes its example through them, since a model is not
	// its JSON (int64 is bigint in TypeScript, objects are dataclasses in
	// Python).
	TSBodyDecoder, PyBodyDecoder string
}

// Calls names every operation of api's clients.
func Calls(api *ir.API) map[*ir.Operation]*Call {
	ts, py := tsMethods(api), pyMethods(api)
	out := make(map[*ir.Operation]*Call, len(api.Operations))
	for _, op := range api.Operations {
		c := &Call{TSMethod: ts[op], PyMethod: py[op], GoMethod: exported(op.Name),
			TSKeys: map[*ir.Param]string{}, TSTypes: map[*ir.Param]string{}, PyArgs: map[*ir.Param]string{}, GoFields: map[*ir.Param]string{}}
		for _, p := range tsParams(op) {
			c.TSKeys[p.Param] = p.Key
			c.TSTypes[p.Param] = tsType(p.Param.Schema, "m.")
		}
		for _, a := range pyArgs(op) {
			c.PyArgs[a.Param] = a.Name
		}
		for i, f := range goFields(op) {
			c.GoFields[op.Params[i]] = f
		}
		if len(op.Params) > 0 || (op.Body != nil && op.Body.Preferred != nil) {
			// As the generator's own README example writes it.
			c.GoRequest = c.GoMethod + "Request"
		}
		if body := tsBody(op); body != nil && body.Schema != nil && body.Schema.Kind == ir.KindRef &&
			(body.Encoding == ir.EncodingJSON || body.Encoding == ir.EncodingForm && len(body.Files) == 0) {
			c.TSBodyDecoder, c.PyBodyDecoder = "decode"+tsTypeName(body.Schema.Ref), "decode_"+pyFuncSuffix(body.Schema.Ref)
		}
		out[op] = c
	}
	return out
}

// GoCredentialOptions is the Go client's Option per security scheme name
// that takes the scheme's secret: (token string), (key string) or (user,
// password string). The names are the ones GoClient gives, since both name
// the schemes first, in the same order, on a fresh namer.
func GoCredentialOptions(api *ir.API) map[string]string {
	g := newGoClient(api)
	for _, s := range api.SecuritySchemes {
		g.schemeOptions(s)
	}
	return g.credOption
}

package docs

import (
	"encoding/json"
	"strconv"
	"strings"

	"github.com/sequere/sequere/internal/sdkgen"
	"github.com/sequere/sequere/internal/sdkgen/ir"
)

// sdk is what `sequere generate client` would emit for the description:
// its model and the names each client gives each call. Samples written
// from it call the generated SDKs as they really are.
type sdk struct {
	tsPackage, pyPackage string
	ops                  map[string]*ir.Operation // by "METHOD path"
	calls                map[*ir.Operation]*sdkgen.Call
}

// newSDK is nil when the description is beyond the client generator; the
// samples then use plain fetch, httpx and net/http.
func newSDK(a *api) *sdk {
	model, err := ir.Build(a.doc)
	if err != nil || model == nil {
		return nil
	}
	s := &sdk{tsPackage: sdkgen.TypeScriptPackage(model), pyPackage: sdkgen.PythonPackage(model),
		ops: make(map[string]*ir.Operation, len(model.Operations)), calls: sdkgen.Calls(model)}
	for _, op := range model.Operations {
		s.ops[op.Method+" "+op.Path] = op
	}
	return s
}

// sdkArg is one argument a sample passes: the parameter (nil for the body)
// and its value as JSON.
type sdkArg struct {
	p    *ir.Param
	json string
}

// sdkArgs are the path parameters and the other required ones, with the
// values the curl sample sends, then the body.
func (w *writer) sdkArgs(op *operation, iop *ir.Operation) []sdkArg {
	byKey := map[string]node{}
	for _, p := range op.parameters() {
		byKey[p.str("in")+"\x00"+p.str("name")] = p
	}
	var out []sdkArg
	for _, p := range iop.Params {
		if !p.Required || p == iop.Idempotency {
			continue
		}
		dp := byKey[p.In+"\x00"+p.Name]
		ex := w.paramExample(dp)
		if ex == "" {
			ex = p.Name
		}
		out = append(out, sdkArg{p, literalFor(p.Schema, ex)})
	}
	if iop.Body != nil && iop.Body.Preferred != nil && iop.Body.Preferred.Encoding == ir.EncodingJSON {
		if text, _ := w.bodyExample(op); text != "" && json.Valid([]byte(text)) {
			out = append(out, sdkArg{nil, text})
		}
	}
	return out
}

// literalFor is a parameter's example as JSON of its type.
func literalFor(s *ir.Schema, ex string) string {
	if s != nil {
		switch s.Kind {
		case ir.KindInteger, ir.KindNumber, ir.KindBoolean:
			if json.Valid([]byte(ex)) {
				return ex
			}
		}
	}
	return strconv.Quote(ex)
}

func (w *writer) sdkSamples(op *operation) (ts, py, goCode string, ok bool) {
	if w.sdk == nil {
		return "", "", "", false
	}
	iop := w.sdk.ops[strings.ToUpper(op.method)+" "+op.path]
	call := w.sdk.calls[iop]
	if iop == nil || call == nil {
		return "", "", "", false
	}
	args := w.sdkArgs(op, iop)
	base := w.a.baseURL(w.opts)
	return w.tsSDKSample(op, call, args, base), w.pySDKSample(op, call, args, base), goSDKSample(call, args, base), true
}

func (w *writer) tsSDKSample(op *operation, c *sdkgen.Call, args []sdkArg, base string) string {
	var b strings.Builder
	b.WriteString("import { Client } from " + strconv.Quote(w.sdk.tsPackage) + ";\n\n")
	b.WriteString("const client = new Client({\n  baseUrl: " + strconv.Quote(base) + ",\n")
	for _, h := range w.authHints(op) {
		switch h.Kind {
		case "bearer":
			b.WriteString("  credentials: { " + strconv.Quote(h.Scheme) + ": { kind: \"bearer\", token: process.env.API_TOKEN ?? \"\" } },\n")
		case "header", "query", "cookie":
			b.WriteString("  credentials: { " + strconv.Quote(h.Scheme) + ": { kind: \"apiKey\", key: process.env.API_KEY ?? \"\" } },\n")
		}
		break
	}
	b.WriteString("});\n\nconst result = await client." + c.TSMethod + "(")
	if len(args) > 0 {
		b.WriteString("{\n")
		for _, a := range args {
			key := "body"
			if a.p != nil {
				key = c.TSKeys[a.p]
			}
			b.WriteString("  " + key + ": " + indentAfterFirst(a.json, "  ") + ",\n")
		}
		b.WriteString("}")
	}
	b.WriteString(");\nconsole.log(result);")
	return b.String()
}

// pySDKSample passes the operation's first scheme the way the SDK takes it, so
// a reader copying the sample sees where the secret goes.
func (w *writer) pySDKSample(op *operation, c *sdkgen.Call, args []sdkArg, base string) string {
	credType, cred := "", ""
	for _, h := range w.authHints(op) {
		switch h.Kind {
		case "bearer":
			credType, cred = "Bearer", `Bearer(os.environ.get("API_TOKEN", ""))`
		case "basic":
			credType, cred = "Basic", `Basic(os.environ.get("API_USER", ""), os.environ.get("API_PASSWORD", ""))`
		case "header", "query", "cookie":
			credType, cred = "ApiKey", `ApiKey(os.environ.get("API_KEY", ""))`
		}
		if cred != "" {
			cred = strconv.Quote(h.Scheme) + ": " + cred
		}
		break
	}
	var b strings.Builder
	if cred == "" {
		b.WriteString("from " + w.sdk.pyPackage + " import Client\n\nwith Client(" + strconv.Quote(base) + ") as client:\n")
	} else {
		b.WriteString("import os\n\nfrom " + w.sdk.pyPackage + " import " + credType + ", Client\n\nwith Client(" + strconv.Quote(base) +
			", credentials={" + cred + "}) as client:\n")
	}
	b.WriteString("    result = client." + c.PyMethod + "(")
	for i, a := range args {
		if i > 0 {
			b.WriteString(",")
		}
		name := "body"
		if a.p != nil {
			name = c.PyArgs[a.p]
		}
		b.WriteString("\n        " + name + "=" + strings.ReplaceAll(pythonLiteral(a.json), "\n", "\n    "))
	}
	if len(args) > 0 {
		b.WriteString(",\n    ")
	}
	b.WriteString(")\n    print(result)")
	return b.String()
}

// goSDKSample passes the parameters; a body is left to the request type's
// Body field, whose Go type the sample could only guess.
func goSDKSample(c *sdkgen.Call, args []sdkArg, base string) string {
	var b strings.Builder
	b.WriteString("c := api.New(api.WithBaseURL(" + strconv.Quote(base) + "))\nresp, err := c." + c.GoMethod + "(context.Background()")
	if c.GoRequest != "" {
		b.WriteString(", &api." + c.GoRequest + "{")
		n := 0
		for _, a := range args {
			if a.p == nil {
				continue
			}
			b.WriteString("\n\t" + c.GoFields[a.p] + ": " + a.json + ",")
			n++
		}
		if n > 0 {
			b.WriteString("\n")
		}
		b.WriteString("}")
	}
	b.WriteString(")\nif err != nil {\n\tlog.Fatal(err)\n}\nfmt.Println(resp.StatusCode)")
	return b.String()
}

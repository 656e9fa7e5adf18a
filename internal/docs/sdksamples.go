package docs

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"

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
	goCreds              map[string]string // Go client Option per scheme
}

// newSDK is nil when the description is beyond the client generator; the
// samples then use plain fetch, httpx and net/http.
func newSDK(a *api) *sdk {
	model, err := ir.Build(a.doc)
	if err != nil || model == nil {
		return nil
	}
	s := &sdk{tsPackage: sdkgen.TypeScriptPackage(model), pyPackage: sdkgen.PythonPackage(model),
		ops: make(map[string]*ir.Operation, len(model.Operations)), calls: sdkgen.Calls(model), goCreds: sdkgen.GoCredentialOptions(model)}
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
	if c := iop.Body; c != nil && c.Preferred != nil && (c.Preferred.Encoding == ir.EncodingJSON || c.Preferred.Encoding == ir.EncodingForm && len(c.Preferred.Files) == 0) {
		if _, text := w.bodyExample(op); text != "" && json.Valid([]byte(text)) {
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
	s := sdkSample{call: call, args: w.sdkArgs(op, iop), base: w.a.baseURL(w.opts), returns: iop.Success != nil}
	if hints := w.authHints(op); len(hints) > 0 {
		s.cred = hints[0]
	}
	return s.typescript(w.sdk.tsPackage), s.python(w.sdk.pyPackage), s.golang(w.sdk.goCreds[s.cred.Scheme]), true
}

// sdkSample is one operation's call through the generated SDKs. The samples
// pass the first credential the operation takes, read from the environment,
// the way each SDK takes it, so a reader copying one sees where the secret
// goes; they print the result only when the call returns one (an operation
// without a 2XX body returns nothing).
type sdkSample struct {
	call    *sdkgen.Call
	args    []sdkArg
	base    string
	returns bool
	cred    authHint
}

func (s sdkSample) typescript(pkg string) string {
	c := s.call
	imports := "Client"
	if c.TSBodyDecoder != "" && s.hasBody() {
		imports += ", models"
	}
	var b strings.Builder
	b.WriteString("import { " + imports + " } from " + strconv.Quote(pkg) + ";\n\n")
	b.WriteString("const client = new Client({\n  baseUrl: " + strconv.Quote(s.base) + ",\n")
	cred := ""
	switch s.cred.Kind {
	case "bearer":
		cred = `{ kind: "bearer", token: process.env.API_TOKEN ?? "" }`
	case "basic":
		cred = `{ kind: "basic", username: process.env.API_USER ?? "", password: process.env.API_PASSWORD ?? "" }`
	case "header", "query", "cookie":
		cred = `{ kind: "apiKey", key: process.env.API_KEY ?? "" }`
	}
	if cred != "" {
		b.WriteString("  credentials: { " + strconv.Quote(s.cred.Scheme) + ": " + cred + " },\n")
	}
	b.WriteString("});\n\n")
	if s.returns {
		b.WriteString("const result = ")
	}
	b.WriteString("await client." + c.TSMethod + "(")
	if len(s.args) > 0 {
		b.WriteString("{\n")
		for _, a := range s.args {
			key, val := "body", indentAfterFirst(a.json, "  ")
			if a.p != nil {
				key = c.TSKeys[a.p]
				if c.TSTypes[a.p] == "bigint" && isJSONInteger(a.json) {
					val += "n"
				}
			} else if c.TSBodyDecoder != "" {
				val = "models." + c.TSBodyDecoder + "(" + val + ")"
			}
			b.WriteString("  " + key + ": " + val + ",\n")
		}
		b.WriteString("}")
	}
	b.WriteString(");")
	if s.returns {
		b.WriteString("\nconsole.log(result);")
	}
	return b.String()
}

func (s sdkSample) hasBody() bool {
	for _, a := range s.args {
		if a.p == nil {
			return true
		}
	}
	return false
}

func (s sdkSample) python(pkg string) string {
	c := s.call
	credType, cred := "", ""
	switch s.cred.Kind {
	case "bearer":
		credType, cred = "Bearer", `Bearer(os.environ.get("API_TOKEN", ""))`
	case "basic":
		credType, cred = "Basic", `Basic(os.environ.get("API_USER", ""), os.environ.get("API_PASSWORD", ""))`
	case "header", "query", "cookie":
		credType, cred = "ApiKey", `ApiKey(os.environ.get("API_KEY", ""))`
	}
	imports := "Client"
	if credType != "" {
		imports = credType + ", Client"
	}
	if c.PyBodyDecoder != "" && s.hasBody() {
		imports += ", models"
	}
	var std []string
	for _, a := range s.args {
		if a.p != nil && pyDateLiteral(a.p.Schema, a.json) != "" {
			std = append(std, "import datetime")
			break
		}
	}
	if cred != "" {
		std = append(std, "import os")
	}
	var b strings.Builder
	if len(std) > 0 {
		b.WriteString(strings.Join(std, "\n") + "\n\n")
	}
	if cred == "" {
		b.WriteString("from " + pkg + " import " + imports + "\n\nwith Client(" + strconv.Quote(s.base) + ") as client:\n")
	} else {
		b.WriteString("from " + pkg + " import " + imports + "\n\nwith Client(" + strconv.Quote(s.base) +
			", credentials={" + strconv.Quote(s.cred.Scheme) + ": " + cred + "}) as client:\n")
	}
	b.WriteString("    ")
	if s.returns {
		b.WriteString("result = ")
	}
	b.WriteString("client." + c.PyMethod + "(")
	for i, a := range s.args {
		if i > 0 {
			b.WriteString(",")
		}
		name, val := "body", strings.ReplaceAll(pythonLiteral(a.json), "\n", "\n    ")
		if a.p != nil {
			name = c.PyArgs[a.p]
			if d := pyDateLiteral(a.p.Schema, a.json); d != "" {
				val = d
			}
		} else if c.PyBodyDecoder != "" {
			val = "models." + c.PyBodyDecoder + "(" + val + ")"
		}
		b.WriteString("\n        " + name + "=" + val)
	}
	if len(s.args) > 0 {
		b.WriteString(",\n    ")
	}
	b.WriteString(")")
	if s.returns {
		b.WriteString("\n    print(result)")
	}
	return b.String()
}

// golang passes the parameters; a body is left to the request type's Body
// field, whose Go type the sample could only guess. credOption is the
// client's Option for the sample's credential.
func (s sdkSample) golang(credOption string) string {
	c := s.call
	var b strings.Builder
	b.WriteString("c := api.New(api.WithBaseURL(" + strconv.Quote(s.base) + ")")
	if credOption != "" {
		switch s.cred.Kind {
		case "bearer":
			b.WriteString(", api." + credOption + `(os.Getenv("API_TOKEN"))`)
		case "basic":
			b.WriteString(", api." + credOption + `(os.Getenv("API_USER"), os.Getenv("API_PASSWORD"))`)
		case "header", "query", "cookie":
			b.WriteString(", api." + credOption + `(os.Getenv("API_KEY"))`)
		}
	}
	b.WriteString(")\nresp, err := c." + c.GoMethod + "(context.Background()")
	if c.GoRequest != "" {
		b.WriteString(", &api." + c.GoRequest + "{")
		n := 0
		for _, a := range s.args {
			if a.p == nil {
				continue
			}
			b.WriteString("\n\t" + c.GoFields[a.p] + ": " + goLiteral(a.p.Schema, a.json) + ",")
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

// sampleDateTime stands in for a date-time or date parameter whose example is
// not one.
var sampleDateTime = time.Date(2024, time.February, 29, 12, 0, 0, 0, time.UTC)

// exampleTime reads a parameter's example (JSON text) as the format's value.
func exampleTime(format, js string) time.Time {
	var text string
	if json.Unmarshal([]byte(js), &text) != nil {
		return sampleDateTime
	}
	layout := time.RFC3339Nano
	if format == "date" {
		layout = time.DateOnly
	}
	t, err := time.Parse(layout, text)
	if err != nil {
		return sampleDateTime
	}
	return t
}

// goLiteral is a parameter's example as a Go expression of the field's type:
// the client takes date-time as time.Time and date as its civil Date.
func goLiteral(s *ir.Schema, js string) string {
	if s == nil || s.Kind != ir.KindString {
		return js
	}
	switch s.Format {
	case "date-time":
		t := exampleTime(s.Format, js)
		zone := "time.UTC"
		if _, off := t.Zone(); off != 0 {
			zone = fmt.Sprintf("time.FixedZone(\"\", %d)", off)
		}
		return fmt.Sprintf("time.Date(%d, time.%s, %d, %d, %d, %d, %d, %s)", t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), zone)
	case "date":
		t := exampleTime(s.Format, js)
		return fmt.Sprintf("api.Date{Year: %d, Month: time.%s, Day: %d}", t.Year(), t.Month(), t.Day())
	}
	return js
}

// pyDateLiteral is a date-time or date parameter's example as the datetime
// or date the Python client takes ("" for other parameters).
func pyDateLiteral(s *ir.Schema, js string) string {
	if s == nil || s.Kind != ir.KindString {
		return ""
	}
	switch s.Format {
	case "date-time":
		// fromisoformat reads microseconds at most.
		return "datetime.datetime.fromisoformat(" + strconv.Quote(exampleTime(s.Format, js).Truncate(time.Microsecond).Format(time.RFC3339Nano)) + ")"
	case "date":
		return "datetime.date.fromisoformat(" + strconv.Quote(exampleTime(s.Format, js).Format(time.DateOnly)) + ")"
	}
	return ""
}

func isJSONInteger(js string) bool {
	_, err := strconv.ParseInt(js, 10, 64)
	return err == nil
}

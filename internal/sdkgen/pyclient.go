package sdkgen

import (
	"bytes"
	"fmt"
	"sort"
	"strings"

	"github.com/sequere/sequere/internal/sdkgen/ir"
)

// pyView is what the python templates render.
type pyView struct {
	Package, Dist, Title, APIVersion, Version string
	DocTitle                                  string // Title escaped for a docstring
	BaseURL, Servers, Schemes, WebhookEvents  string
	Models, Builders, SyncMethods             string
	AsyncMethods, Webhooks                    string
	Snippets                                  []tsSnippet
}

// PythonClient renders a typed Python 3.11+ package from the IR: sync and async
// clients on httpx, dataclass models, clean under mypy --strict.
func PythonClient(api *ir.API, opts ClientOptions) (*Result, error) {
	title := oneLineOr(api.Title, "the API")
	v := &pyView{Package: opts.Package, Title: title, DocTitle: pyDocLine(title), APIVersion: api.Version, Version: opts.Version}
	if v.Package == "" {
		v.Package = PythonPackage(api)
	}
	if !pyIdent.MatchString(v.Package) || pyReserved[v.Package] {
		return nil, fmt.Errorf("%w: %q is not a valid Python package name", ErrUnsupported, v.Package)
	}
	v.Dist = strings.ReplaceAll(v.Package, "_", "-")
	if v.Version == "" {
		v.Version = "0.0.0"
	}
	v.BaseURL = fmt.Sprintf("%q", api.BaseURL)
	var servers []string
	for _, s := range api.Servers {
		servers = append(servers, fmt.Sprintf("%q, ", s.URL))
	}
	v.Servers = strings.Join(servers, "")
	var schemes []string
	for _, s := range api.SecuritySchemes {
		schemes = append(schemes, fmt.Sprintf("\n    %q: rt.SchemeInfo(%q, scheme=%q, location=%q, name=%q),", s.Name, s.Type, s.Scheme, s.In, s.Param))
	}
	v.Schemes = strings.Join(schemes, "") + "\n"
	var models strings.Builder
	for _, t := range api.Types {
		pyModel(&models, t)
	}
	v.Models = strings.TrimRight(models.String(), "\n") + "\n"
	methods := pyMethods(api)
	var builders, syncs, asyncs strings.Builder
	for _, op := range api.Operations {
		fn := methods[op]
		pyRequestBuilder(&builders, op, fn)
		pyMethod(&syncs, op, fn, false)
		pyMethod(&asyncs, op, fn, true)
	}
	v.Builders, v.SyncMethods, v.AsyncMethods = builders.String(), syncs.String(), asyncs.String()
	v.WebhookEvents, v.Webhooks = pyWebhooks(api)
	tmpls, err := loadTemplates("python", opts.Templates)
	if err != nil {
		return nil, err
	}
	res := &Result{}
	for _, t := range tmpls {
		var buf bytes.Buffer
		if err := t.Execute(&buf, v); err != nil {
			return nil, fmt.Errorf("template %s: %w", t.Name(), err)
		}
		name := strings.TrimSuffix(t.Name(), ".tmpl")
		if name != "README.md" && name != "pyproject.toml" {
			name = v.Package + "/" + name
		}
		res.Files = append(res.Files, File{Name: name, Data: buf.Bytes()})
	}
	sort.Slice(res.Files, func(i, j int) bool { return res.Files[i].Name < res.Files[j].Name })
	return res, nil
}

func pyWebhooks(api *ir.API) (events, code string) {
	var evs []string
	var b strings.Builder
	for _, w := range api.Webhooks {
		evs = append(evs, fmt.Sprintf("%q, ", w.Event))
		if w.Body == nil || w.Body.Preferred == nil || w.Body.Preferred.Encoding != ir.EncodingJSON {
			continue
		}
		s := w.Body.Preferred.Schema
		typ := pyType(s, "m.")
		name := "parse_" + ir.Snake(w.Name)
		b.WriteString("\n\n")
		if sig := w.Signature; sig != nil {
			fmt.Fprintf(&b, "def %s(secret: str, headers: t.Mapping[str, str], raw_body: bytes, tolerance: float = 300.0) -> %s:\n", name, typ)
			fmt.Fprintf(&b, "    \"\"\"The %q payload: verifies %s against the raw body, then decodes it.\n    Raises wh.SignatureError.\"\"\"\n", w.Event, sig.Header)
			fmt.Fprintf(&b, "    header = headers.get(%q) or headers.get(%q)\n    wh.verify_signature(secret, header, raw_body, tolerance)\n", sig.Header, strings.ToLower(sig.Header))
		} else {
			fmt.Fprintf(&b, "def %s(raw_body: bytes) -> %s:\n    \"\"\"The %q payload, decoded (no signature scheme is documented).\"\"\"\n", name, typ, w.Event)
		}
		fmt.Fprintf(&b, "    return %s\n", pyCast(typ, pyDec(s, "m."), "json.loads(raw_body)"))
	}
	return strings.Join(evs, ""), b.String()
}

// pyMethods names each operation's Client method: snake_case of its name,
// made unique together with the <method>_all companion.
func pyMethods(api *ir.API) map[*ir.Operation]string {
	taken := map[string]bool{"close": true, "aclose": true}
	out := make(map[*ir.Operation]string, len(api.Operations))
	for _, op := range api.Operations {
		fn := pySafe(ir.Snake(op.Name))
		for i := 2; taken[fn] || taken[fn+"_all"]; i++ {
			fn = fmt.Sprintf("%s_%d", pySafe(ir.Snake(op.Name)), i)
		}
		taken[fn], taken[fn+"_all"] = true, true
		out[op] = fn
	}
	return out
}

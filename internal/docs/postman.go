package docs

import (
	"context"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"net/http"
	"sort"
	"strconv"
	"strings"

	"github.com/sequere/sequere/internal/datagen"
	"github.com/sequere/sequere/internal/spec"
)

// PostmanSchema is the Collection format the output declares.
const PostmanSchema = "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"

// PostmanOptions tune a collection.
type PostmanOptions struct {
	// BaseURL is the default of {{baseUrl}}; empty takes the first server.
	BaseURL string
}

type pmCollection struct {
	Info     pmInfo       `json:"info"`
	Item     []pmFolder   `json:"item"`
	Auth     *pmAuth      `json:"auth,omitempty"`
	Variable []pmVariable `json:"variable"`
}

type pmInfo struct {
	ID          string `json:"_postman_id"`
	Name        string `json:"name"`
	Description string `json:"description,omitempty"`
	Schema      string `json:"schema"`
	Version     string `json:"version,omitempty"`
}

type pmFolder struct {
	Name        string   `json:"name"`
	Description string   `json:"description,omitempty"`
	Item        []pmItem `json:"item"`
}

type pmItem struct {
	ID       string       `json:"id"`
	Name     string       `json:"name"`
	Request  pmRequest    `json:"request"`
	Response []pmResponse `json:"response"`
	Event    []pmEvent    `json:"event,omitempty"`
}

type pmRequest struct {
	Method      string  `json:"method"`
	Header      []pmKV  `json:"header"`
	URL         pmURL   `json:"url"`
	Body        *pmBody `json:"body,omitempty"`
	Auth        *pmAuth `json:"auth,omitempty"`
	Description string  `json:"description,omitempty"`
}

type pmURL struct {
	Raw      string   `json:"raw"`
	Host     []string `json:"host"`
	Path     []string `json:"path"`
	Query    []pmKV   `json:"query,omitempty"`
	Variable []pmKV   `json:"variable,omitempty"`
}

type pmKV struct {
	Key         string `json:"key"`
	Value       string `json:"value"`
	Description string `json:"description,omitempty"`
	Disabled    bool   `json:"disabled,omitempty"`
	Type        string `json:"type,omitempty"`
}

type pmBody struct {
	Mode       string         `json:"mode"`
	Raw        string         `json:"raw,omitempty"`
	URLEncoded []pmKV         `json:"urlencoded,omitempty"`
	FormData   []pmKV         `json:"formdata,omitempty"`
	Options    map[string]any `json:"options,omitempty"`
}

type pmAuth struct {
	Type   string `json:"type"`
	Bearer []pmKV `json:"bearer,omitempty"`
	Basic  []pmKV `json:"basic,omitempty"`
	APIKey []pmKV `json:"apikey,omitempty"`
	OAuth2 []pmKV `json:"oauth2,omitempty"`
}

type pmResponse struct {
	ID              string     `json:"id"`
	Name            string     `json:"name"`
	OriginalRequest *pmRequest `json:"originalRequest,omitempty"`
	Status          string     `json:"status,omitempty"`
	Code            int        `json:"code,omitempty"`
	Header          []pmKV     `json:"header"`
	Body            string     `json:"body,omitempty"`
	PreviewLanguage string     `json:"_postman_previewlanguage,omitempty"`
}

type pmEvent struct {
	Listen string   `json:"listen"`
	Script pmScript `json:"script"`
}

type pmScript struct {
	Type string   `json:"type"`
	Exec []string `json:"exec"`
}

type pmVariable struct {
	Key   string `json:"key"`
	Value string `json:"value"`
	Type  string `json:"type"`
}

// Postman writes a Postman Collection v2.1: a folder per tag, a request per
// operation with its documented examples as saved responses, auth from the
// security schemes and {{baseUrl}} plus one variable per credential. Each
// request carries a test that its status is one the operation documents (a
// success when it documents one).
func Postman(ctx context.Context, doc *spec.Document, opts PostmanOptions) (out []byte, err error) {
	defer func() {
		if p := recover(); p != nil {
			out, err = nil, fmt.Errorf("postman: internal failure on %s: %v", doc.Name, p)
		}
	}()
	return postman(ctx, doc, opts)
}

func postman(ctx context.Context, doc *spec.Document, opts PostmanOptions) ([]byte, error) {
	if doc.Version == spec.V20 {
		var err error
		if doc, err = doc.UpgradeToV3(ctx); err != nil {
			return nil, err
		}
	}
	b := newBuilder(doc, &Options{})
	w := b.writer("")
	a := b.a
	info := a.root.get("info")
	base := opts.BaseURL
	if base == "" {
		base = a.baseURL(&Options{})
	}
	c := pmCollection{
		Info: pmInfo{ID: stableID(doc.Name + info.str("title")), Name: orDefault(info.str("title"), "API"),
			Description: info.str("description"), Schema: PostmanSchema, Version: info.str("version")},
		Variable: []pmVariable{{Key: "baseUrl", Value: strings.TrimSuffix(base, "/"), Type: "string"}},
	}
	vars := map[string]bool{}
	addVar := func(k, v string) string {
		if !vars[k] {
			vars[k] = true
			c.Variable = append(c.Variable, pmVariable{Key: k, Value: v, Type: "string"})
		}
		return "{{" + k + "}}"
	}
	schemes := a.root.get("components").get("securitySchemes")
	authFor := func(req node) *pmAuth {
		alts := req.items()
		if !req.ok() {
			return nil
		}
		if len(alts) == 0 || len(alts[0].pairs()) == 0 {
			return &pmAuth{Type: "noauth"}
		}
		name := alts[0].pairs()[0].key
		h, ok := hintOf(name, schemes.get(name))
		if !ok {
			return nil
		}
		v := slug(name)
		switch h.Kind {
		case "bearer":
			if schemes.get(name).str("type") == "oauth2" {
				return &pmAuth{Type: "oauth2", OAuth2: []pmKV{{Key: "accessToken", Value: addVar(v+"AccessToken", "replace-with-a-token"), Type: "string"},
					{Key: "addTokenTo", Value: "header", Type: "string"}}}
			}
			return &pmAuth{Type: "bearer", Bearer: []pmKV{{Key: "token", Value: addVar(v+"Token", "replace-with-a-token"), Type: "string"}}}
		case "basic":
			return &pmAuth{Type: "basic", Basic: []pmKV{{Key: "username", Value: addVar(v+"Username", "user"), Type: "string"},
				{Key: "password", Value: addVar(v+"Password", "password"), Type: "string"}}}
		case "header", "query":
			return &pmAuth{Type: "apikey", APIKey: []pmKV{{Key: "key", Value: h.Name, Type: "string"},
				{Key: "value", Value: addVar(v+"Key", "replace-with-a-key"), Type: "string"}, {Key: "in", Value: h.Kind, Type: "string"}}}
		}
		return nil
	}
	c.Auth = authFor(a.root.raw("security"))
	for _, t := range a.tags {
		f := pmFolder{Name: t.name, Description: t.description, Item: []pmItem{}}
		for _, op := range t.ops {
			item := w.postmanItem(op)
			if s := op.n.raw("security"); s.ok() {
				item.Request.Auth = authFor(s)
			}
			if h := w.authHints(op); len(h) > 0 && h[0].Kind == "cookie" {
				item.Request.Header = append(item.Request.Header, pmKV{Key: "Cookie", Value: h[0].Name + "=" + addVar(slug(h[0].Scheme)+"Key", "replace-with-a-key")})
			}
			f.Item = append(f.Item, item)
		}
		c.Item = append(c.Item, f)
	}
	return json.MarshalIndent(c, "", "  ")
}

func stableID(s string) string {
	h := sha256.Sum256([]byte(s))
	return fmt.Sprintf("%x-%x-%x-%x-%x", h[0:4], h[4:6], h[6:8], h[8:10], h[10:16])
}

func (w *writer) postmanItem(op *operation) pmItem {
	req := pmRequest{Method: strings.ToUpper(op.method), Header: []pmKV{}, Description: op.n.str("description")}
	// The root path is an empty list, never null: the schema wants an array.
	path := []string{}
	for _, seg := range strings.Split(strings.Trim(op.path, "/"), "/") {
		if seg == "" {
			continue
		}
		// Postman marks path variables :name; a segment like {a}.{b} keeps
		// {{a}} inside it instead.
		if strings.HasPrefix(seg, "{") && strings.HasSuffix(seg, "}") && strings.Count(seg, "{") == 1 {
			seg = ":" + seg[1:len(seg)-1]
		} else {
			seg = strings.NewReplacer("{", "{{", "}", "}}").Replace(seg)
		}
		path = append(path, seg)
	}
	req.URL = pmURL{Host: []string{"{{baseUrl}}"}, Path: path}
	for _, p := range op.parameters() {
		name, ex := p.str("name"), w.paramExample(p)
		kv := pmKV{Key: name, Value: ex, Description: firstLine(p.str("description"))}
		required := p.boolean("required")
		switch p.str("in") {
		case "path":
			req.URL.Variable = append(req.URL.Variable, kv)
		case "query":
			kv.Disabled = !required
			req.URL.Query = append(req.URL.Query, kv)
		case "header":
			if strings.EqualFold(name, "Accept") || strings.EqualFold(name, "Content-Type") || strings.EqualFold(name, "Authorization") {
				continue
			}
			kv.Disabled = !required
			req.Header = append(req.Header, kv)
		}
	}
	raw := "{{baseUrl}}/" + strings.Join(path, "/")
	var q []string
	for _, kv := range req.URL.Query {
		if !kv.Disabled {
			q = append(q, kv.Key+"="+kv.Value)
		}
	}
	if len(q) > 0 {
		raw += "?" + strings.Join(q, "&")
	}
	req.URL.Raw = raw
	if typ, body := w.bodyExample(op); typ != "" {
		req.Header = append(req.Header, pmKV{Key: "Content-Type", Value: typ})
		req.Body = postmanBody(typ, body)
	}
	item := pmItem{ID: stableID(op.method + op.path), Name: op.title(), Request: req, Response: []pmResponse{}}
	var codes []string
	success := false
	for _, r := range op.n.get("responses").pairs() {
		if strings.HasPrefix(r.key, "x-") {
			continue
		}
		codes = append(codes, r.key)
		code, _ := strconv.Atoi(r.key)
		if code >= 200 && code < 400 {
			success = true
		}
		resp := r.v.deref()
		for _, m := range resp.get("content").pairs() {
			text, _ := w.vals.example(m.v.deref(), datagen.Response)
			if text == "" {
				continue
			}
			orig := req
			pr := pmResponse{ID: stableID(op.method + op.path + r.key + m.key), Name: orDefault(firstLine(resp.str("description")), r.key),
				OriginalRequest: &orig, Code: code, Status: http.StatusText(code),
				Header: []pmKV{{Key: "Content-Type", Value: m.key}}, Body: text}
			if strings.Contains(m.key, "json") {
				pr.PreviewLanguage = "json"
			}
			item.Response = append(item.Response, pr)
			break
		}
	}
	item.Event = []pmEvent{{Listen: "test", Script: pmScript{Type: "text/javascript", Exec: statusTest(codes, success)}}}
	return item
}

// statusTest checks the status against the documented responses: 2XX-style
// ranges and default included.
func statusTest(codes []string, success bool) []string {
	list, _ := json.Marshal(codes)
	lines := []string{
		"const documented = " + string(list) + ";",
		"const code = String(pm.response.code);",
		"pm.test(\"status \" + code + \" is documented\", function () {",
		"    pm.expect(documented.some(function (c) { return c === code || c === 'default' || (c.length === 3 && c.slice(1).toUpperCase() === 'XX' && c[0] === code[0]); })).to.be.true;",
		"});",
	}
	if success {
		lines = append(lines, "pm.test(\"request accepted\", function () { pm.expect(pm.response.code).to.be.below(400); });")
	}
	return lines
}

// postmanBody sends forms as Postman's key-value modes, so that it encodes
// them; anything else goes raw.
func postmanBody(typ, example string) *pmBody {
	mt := strings.ToLower(strings.TrimSpace(strings.Split(typ, ";")[0]))
	if mt == "application/x-www-form-urlencoded" || mt == "multipart/form-data" {
		var fields map[string]any
		if json.Unmarshal([]byte(example), &fields) == nil {
			keys := make([]string, 0, len(fields))
			for k := range fields {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			var kvs []pmKV
			for _, k := range keys {
				if v := fields[k]; v != nil {
					kvs = append(kvs, pmKV{Key: k, Value: scalarString(v), Type: "text"})
				}
			}
			if mt == "multipart/form-data" {
				return &pmBody{Mode: "formdata", FormData: kvs}
			}
			return &pmBody{Mode: "urlencoded", URLEncoded: kvs}
		}
	}
	b := &pmBody{Mode: "raw", Raw: example}
	if strings.Contains(mt, "json") {
		b.Options = map[string]any{"raw": map[string]string{"language": "json"}}
	}
	return b
}

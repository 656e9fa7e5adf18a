package sdkgen

import (
	"bytes"
	"errors"
	"fmt"
	"go/format"
	"go/token"
	"sort"
	"strings"
	"sync"

	"github.com/sequere/sequere/internal/sdkgen/ir"
)

// gcView is what the go-client templates render.
type gcView struct {
	Package, Title, APIVersion, Version, BaseURL, Module string
	Schemes                                              []gcCode
	Models, Operations, Webhooks                         string
	ModelImports, OpImports, WebhookImports              []string
	HasWebhooks                                          bool
	Snippets                                             []gcSnippet
}

type gcCode struct{ Code string }

// gcSnippet is one README example, compiled as an Example function.
type gcSnippet struct {
	Title, Text, Func, Code string
}

// GoClient renders a Go client package from the IR: standard library only.
func GoClient(api *ir.API, opts ClientOptions) (*Result, error) {
	pkg := opts.Package
	if pkg == "" {
		pkg = "client"
	}
	if !token.IsIdentifier(pkg) || token.IsKeyword(pkg) {
		return nil, fmt.Errorf("%w: %q is not a valid Go package name", ErrUnsupported, pkg)
	}
	g := newGoClient(api)
	v := &gcView{Package: pkg, Title: oneLineOr(api.Title, "the API"), APIVersion: api.Version, Version: opts.Version, BaseURL: api.BaseURL, Module: opts.Module}
	for _, s := range api.SecuritySchemes {
		if code := g.schemeOptions(s); code != "" {
			v.Schemes = append(v.Schemes, gcCode{code})
		}
	}
	var models strings.Builder
	for _, t := range api.Types {
		models.WriteString(g.typeDecl(t))
		models.WriteString("\n")
	}
	v.Models = models.String()
	v.ModelImports = []string{"encoding/json", "time"}
	var ops strings.Builder
	for _, op := range api.Operations {
		ops.WriteString(g.operation(op))
		ops.WriteString("\n")
	}
	v.Operations = ops.String()
	v.Models += readOnlyHelpers(v.Models + v.Operations)
	v.OpImports = []string{"context", "encoding/json", "io", "iter", "net/http", "strconv", "time"}
	v.Webhooks = g.webhooks(api)
	v.HasWebhooks = v.Webhooks != ""
	v.WebhookImports = []string{"encoding/json"}
	if strings.Contains(v.Webhooks, "func VerifyWebhookSignature") {
		v.WebhookImports = []string{"crypto/hmac", "crypto/sha256", "encoding/hex", "encoding/json", "errors", "strconv", "strings", "time"}
	}
	v.Snippets = g.snippets(api, pkg)
	tmpls, err := loadTemplates("go-client", opts.Templates)
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
		if name == "webhooks.go" && !v.HasWebhooks || name == "example_test.go" && v.Module == "" {
			continue
		}
		res.Files = append(res.Files, File{Name: name, Data: buf.Bytes()})
	}
	// gofmt is most of the time on large descriptions; files format in parallel.
	errs := make([]error, len(res.Files))
	var wg sync.WaitGroup
	for i := range res.Files {
		if !strings.HasSuffix(res.Files[i].Name, ".go") || opts.skipFormat {
			continue
		}
		wg.Go(func() {
			formatted, err := format.Source(res.Files[i].Data)
			if err != nil {
				errs[i] = fmt.Errorf("template %s.tmpl produced invalid Go: %w", res.Files[i].Name, err)
				return
			}
			res.Files[i].Data = formatted
		})
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	if opts.Module != "" {
		res.Files = append(res.Files, File{Name: "go.mod", Data: []byte("module " + opts.Module + "\n\ngo 1.24\n")})
	}
	sort.Slice(res.Files, func(i, j int) bool { return res.Files[i].Name < res.Files[j].Name })
	return res, nil
}

func oneLineOr(s, def string) string {
	s = firstSentence(s)
	if s == "" {
		return def
	}
	return s
}

// schemeOptions writes the Option constructors of one security scheme.
func (g *goClient) schemeOptions(s *ir.SecurityScheme) string {
	n := exported(s.Name)
	opt := func(suffix string) string {
		if strings.HasSuffix(n, suffix) {
			return g.names.unique("With" + n)
		}
		return g.names.unique("With" + n + suffix)
	}
	q := fmt.Sprintf("%q", s.Name)
	var b strings.Builder
	token := func() {
		name := opt("Token")
		g.credOption[s.Name] = name
		fmt.Fprintf(&b, "// %s sends token as a bearer token to the operations that require %s.\nfunc %s(token string) Option {\n\treturn func(c *Client) { c.creds[%s] = bearerCredential{token} }\n}\n\n", name, q, name, q)
	}
	switch {
	case s.Type == "http" && s.Scheme == "basic":
		name := opt("Basic")
		g.credOption[s.Name] = name
		fmt.Fprintf(&b, "// %s sends HTTP basic credentials to the operations that require %s.\nfunc %s(user, password string) Option {\n\treturn func(c *Client) { c.creds[%s] = basicCredential{user, password} }\n}\n", name, q, name, q)
	case s.Type == "http":
		token()
	case s.Type == "apiKey":
		name := opt("Key")
		g.credOption[s.Name] = name
		fmt.Fprintf(&b, "// %s sends key in the %s %q to the operations that require %s.\nfunc %s(key string) Option {\n\treturn func(c *Client) { c.creds[%s] = apiKeyCredential{%q, %q, key} }\n}\n", name, map[string]string{"header": "header", "query": "query parameter", "cookie": "cookie"}[s.In], s.Param, q, name, q, s.In, s.Param)
	case s.Type == "oauth2" || s.Type == "openIdConnect":
		token()
		if cc := s.ClientCredentials; cc != nil {
			name := opt("ClientCredentials")
			fmt.Fprintf(&b, "// %s fetches tokens for %s with the OAuth2 client-credentials grant from\n// %s (see %sTokenURL), caches each until it expires and fetches a\n// new one once when the API answers 401.\nfunc %s(clientID, clientSecret string, scopes ...string) Option {\n\treturn func(c *Client) {\n\t\tc.creds[%s] = &clientCredentials{scheme: %s, tokenURL: %q, id: clientID, secret: clientSecret, scopes: scopes}\n\t}\n}\n\n", name, q, cc.TokenURL, "With"+n, name, q, q, cc.TokenURL)
			urlName := g.names.unique("With" + n + "TokenURL")
			fmt.Fprintf(&b, "// %s replaces the token URL of %s (relative URLs resolve against the base URL).\nfunc %s(u string) Option { return func(c *Client) { c.tokenURLs[%s] = u } }\n", urlName, q, urlName, q)
		}
	}
	return b.String()
}

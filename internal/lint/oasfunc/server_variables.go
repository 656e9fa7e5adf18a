package oasfunc

import (
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"sync"

	yaml "github.com/pb33f/go-yaml"

	"github.com/sequere/sequere/internal/lint"
	"github.com/sequere/sequere/internal/spec"
)

var urlVariable = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`\{(.+?)\}`) })

// ServerVariables (serverVariables) checks a Server object: every {variable}
// in the URL is declared and every declared one used; with requireDefault each
// has a default, which is one of its enum values; with checkSubstitutions
// every substitution of the variables gives a valid absolute URL.
func ServerVariables(c lint.Call) []lint.Violation {
	s := target(c)
	u := spec.MapGet(s.n, "url")
	if !isMap(s.n) || !isString(u) {
		return nil
	}
	vars := child(c.Doc, s, "variables")
	var found []string
	for _, m := range urlVariable().FindAllStringSubmatch(u.Value, -1) {
		found = append(found, m[1])
	}
	var declared []string
	each(vars.n, func(k, _ *yaml.Node) { declared = append(declared, k.Value) })

	var out []lint.Violation
	for _, d := range declared {
		if !contains(found, d) {
			out = append(out, lint.Violation{
				Message: fmt.Sprintf("server variable %q is declared but not used in the URL", d),
				Path:    path(c.Target.Path, "variables", d),
			})
		}
	}
	if len(found) == 0 {
		return out
	}
	var missing []string
	for _, f := range found {
		if !contains(declared, f) && !contains(missing, f) {
			missing = append(missing, f)
		}
	}
	if len(missing) > 0 {
		out = append(out, lint.Violation{
			Message: "the URL uses server variables that are not declared: " + strings.Join(missing, ", "),
			Path:    path(c.Target.Path, "variables"),
		})
	}
	if !isMap(vars.n) {
		return out
	}
	type choice struct {
		name   string
		values []string
	}
	var choices []choice
	for _, name := range declared {
		if !contains(found, name) {
			continue
		}
		v := child(c.Doc, vars, name)
		def := spec.MapGet(v.n, "default")
		values := []string{}
		if enum := spec.MapGet(v.n, "enum"); isSeq(enum) {
			listed := false
			for _, e := range enum.Content {
				values = append(values, e.Value)
				listed = listed || (def != nil && e.Value == def.Value)
			}
			if def != nil && !listed {
				out = append(out, lint.Violation{
					Message: fmt.Sprintf("the default of server variable %q is not one of its enum values", name),
					Path:    path(c.Target.Path, "variables", name, "default"),
				})
			}
		} else if def != nil {
			values = append(values, def.Value)
		}
		if def == nil && optBool(c.Options, "requireDefault") {
			out = append(out, lint.Violation{
				Message: fmt.Sprintf("server variable %q has no default", name),
				Path:    path(c.Target.Path, "variables", name),
			})
		}
		choices = append(choices, choice{name, values})
	}
	if !optBool(c.Options, "checkSubstitutions") || len(choices) == 0 {
		return out
	}
	var bad []string
	var walk func(i int, u string)
	walk = func(i int, cur string) {
		if len(bad) >= 5 {
			return
		}
		if i == len(choices) {
			if !absoluteURL(cur) {
				bad = append(bad, cur)
			}
			return
		}
		for _, v := range choices[i].values {
			walk(i+1, strings.ReplaceAll(cur, "{"+choices[i].name+"}", encodeURI(v)))
		}
	}
	walk(0, u.Value)
	if len(bad) > 0 {
		msg := "substituting the server variables gives invalid URLs: " + strings.Join(bad, ", ")
		if len(bad) == 5 {
			msg += " and more"
		}
		out = append(out, lint.Violation{Message: msg, Path: path(c.Target.Path, "variables")})
	}
	return out
}

var urlScheme = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^[A-Za-z][A-Za-z0-9+.-]*$`) })

// absoluteURL approximates the WHATWG URL parser Spectral relies on: a
// scheme, and for the special schemes a host free of forbidden code points
// once percent-decoded.
func absoluteURL(s string) bool {
	s = strings.TrimSpace(s)
	scheme, rest, ok := strings.Cut(s, ":")
	if !ok || !urlScheme().MatchString(scheme) {
		return false
	}
	switch strings.ToLower(scheme) {
	case "http", "https", "ws", "wss", "ftp":
	default:
		return true
	}
	rest = strings.TrimLeft(rest, "/\\")
	host := rest
	if i := strings.IndexAny(host, "/?#\\"); i >= 0 {
		host = host[:i]
	}
	if i := strings.LastIndexByte(host, '@'); i >= 0 {
		host = host[i+1:]
	}
	if i := strings.LastIndexByte(host, ':'); i >= 0 && !strings.HasSuffix(host, "]") {
		host = host[:i]
	}
	if u, err := url.PathUnescape(host); err == nil {
		host = u
	}
	return host != "" && !strings.ContainsAny(host, " #/:<>?@[\\]^|%\x7f") && !hasControl(host)
}

func hasControl(s string) bool {
	for _, r := range s {
		if r < 0x20 {
			return true
		}
	}
	return false
}

// encodeURI escapes like JavaScript's encodeURI: reserved URL characters stay.
func encodeURI(s string) string {
	const keep = ";,/?:@&=+$-_.!~*'()#"
	var b strings.Builder
	for _, c := range []byte(s) {
		if c < 0x80 && (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.IndexByte(keep, c) >= 0) {
			b.WriteByte(c)
			continue
		}
		fmt.Fprintf(&b, "%%%02X", c)
	}
	return b.String()
}

package docs

import (
	"net/url"
	"strings"
)

// server is one base URL a reader can send requests to, server variables
// filled with their defaults.
type server struct {
	url, description string
	variables        []pair
}

func (a *api) servers(o *Options) []server {
	var out []server
	if o.TryItURL != "" {
		out = append(out, server{url: o.TryItURL, description: "sequere mock"})
	}
	for _, s := range a.root.get("servers").items() {
		u := s.str("url")
		vars := s.get("variables").pairs()
		for _, v := range vars {
			u = strings.ReplaceAll(u, "{"+v.key+"}", v.v.str("default"))
		}
		if strings.HasPrefix(u, "/") && o.TryItURL != "" {
			u = strings.TrimSuffix(o.TryItURL, "/") + u
		}
		out = append(out, server{url: u, description: s.str("description"), variables: vars})
	}
	return out
}

// baseURL is what code samples send to: the first absolute server.
func (a *api) baseURL(o *Options) string {
	for _, s := range a.servers(o) {
		if u, err := url.Parse(s.url); err == nil && u.IsAbs() {
			return s.url
		}
	}
	rel := ""
	if ss := a.root.get("servers").items(); len(ss) > 0 {
		rel = ss[0].str("url")
	}
	return "https://api.example.com" + strings.TrimSuffix(rel, "/")
}

// connectSources are the origins try-it may reach, for the page's CSP.
func (a *api) connectSources(o *Options) string {
	seen := map[string]bool{}
	var out []string
	if o.LiveReload != "" {
		out = append(out, "'self'")
	}
	for _, s := range a.servers(o) {
		u, err := url.Parse(s.url)
		if err != nil || !u.IsAbs() || (u.Scheme != "http" && u.Scheme != "https") || strings.ContainsAny(u.Host, "{}") {
			continue
		}
		origin := u.Scheme + "://" + u.Host
		if !seen[origin] {
			seen[origin] = true
			out = append(out, origin)
		}
	}
	if len(out) == 0 {
		return "'none'"
	}
	return strings.Join(out, " ")
}

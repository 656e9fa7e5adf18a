package docs

import "strings"

// authentication writes, for each security scheme, how to get the
// credential and where to send it.
func (w *writer) authentication() {
	schemes := w.a.root.get("components").get("securitySchemes").pairs()
	if len(schemes) == 0 {
		return
	}
	w.s(`<section id="authentication" aria-labelledby="authentication-h"><h2 id="authentication-h">Authentication</h2>`)
	for _, p := range schemes {
		s := p.v.deref()
		id := "auth-" + slug(p.key)
		w.s(`<div class="scheme" id="` + id + `"><h3>` + esc(p.key) + ` <span class="badge">` + esc(schemeKind(s)) + `</span></h3>`)
		w.md(s.str("description"))
		w.s(`<p>` + schemeHowTo(s) + `</p>`)
		for _, f := range s.get("flows").pairs() {
			fl := f.v.deref()
			w.s(`<p class="label">OAuth 2.0 ` + esc(f.key) + ` flow</p><ul>`)
			for _, k := range []string{"authorizationUrl", "tokenUrl", "refreshUrl"} {
				if u := fl.str(k); u != "" {
					w.s(`<li>` + esc(k) + ` <code>` + esc(u) + `</code></li>`)
				}
			}
			if scopes := fl.get("scopes").pairs(); len(scopes) > 0 {
				w.s(`<li>scopes<ul>`)
				for _, sc := range scopes {
					w.s(`<li><code>` + esc(sc.key) + `</code> ` + esc(sc.v.scalar()) + `</li>`)
				}
				w.s(`</ul></li>`)
			}
			w.s(`</ul>`)
		}
		if u := s.str("openIdConnectUrl"); u != "" {
			w.s(`<p>Discovery document: <code>` + esc(u) + `</code></p>`)
		}
		w.s(`</div>`)
	}
	w.s(`</section>`)
}

func schemeKind(s node) string {
	switch s.str("type") {
	case "http":
		return "HTTP " + s.str("scheme")
	case "apiKey":
		return "API key"
	case "oauth2":
		return "OAuth 2.0"
	case "openIdConnect":
		return "OpenID Connect"
	case "mutualTLS":
		return "mutual TLS"
	}
	return s.str("type")
}

func schemeHowTo(s node) string {
	switch s.str("type") {
	case "http":
		if strings.EqualFold(s.str("scheme"), "basic") {
			return `Send <code>Authorization: Basic base64(user:password)</code> with every request.`
		}
		f := ""
		if bf := s.str("bearerFormat"); bf != "" {
			f = " (a " + esc(bf) + ")"
		}
		return `Send the token` + f + ` as <code>Authorization: ` + esc(titleCase(s.str("scheme"))) + ` TOKEN</code>.`
	case "apiKey":
		return `Send the key in the ` + esc(s.str("in")) + ` <code>` + esc(s.str("name")) + `</code>.`
	case "oauth2":
		return `Get an access token through one of the flows below, then send it as <code>Authorization: Bearer TOKEN</code>.`
	case "openIdConnect":
		return `Sign in with the OpenID Connect provider below, then send the access token as <code>Authorization: Bearer TOKEN</code>.`
	case "mutualTLS":
		return `Present a client certificate the server trusts when opening the TLS connection.`
	}
	return ""
}

func titleCase(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + strings.ToLower(s[1:])
}

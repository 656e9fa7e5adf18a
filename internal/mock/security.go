package mock

import (
	"net/http"
	"strings"
)

// secReq is one scheme of a security requirement; only presence of the
// credential is checked, never its validity.
type secReq struct {
	name   string
	typ    string // apiKey, http, oauth2, openIdConnect, mutualTLS
	in     string // apiKey location
	key    string // apiKey name
	scheme string // http scheme: basic, bearer, ...
}

func (m *model) security(v any) [][]secReq {
	list, _ := v.([]any)
	var out [][]secReq
	for _, alt := range list {
		am, _ := alt.(map[string]any)
		reqs := []secReq{}
		for name := range am {
			s := m.schemes[name]
			r := secReq{name: name}
			r.typ, _ = s.v["type"].(string)
			r.in, _ = s.v["in"].(string)
			r.key, _ = s.v["name"].(string)
			r.scheme, _ = s.v["scheme"].(string)
			r.scheme = strings.ToLower(r.scheme)
			if r.typ == "basic" { // a 2.0 leftover kin keeps
				r.typ, r.scheme = "http", "basic"
			}
			reqs = append(reqs, r)
		}
		out = append(out, reqs)
	}
	return out
}

// authorized reports whether one alternative has all its credentials present;
// challenge is the WWW-Authenticate value for a 401 otherwise.
func authorized(r *http.Request, alts [][]secReq) (ok bool, challenge string) {
	if len(alts) == 0 {
		return true, ""
	}
	var challenges []string
	for _, alt := range alts {
		all := true
		for _, s := range alt {
			if !present(r, s) {
				all = false
				challenges = append(challenges, challengeOf(s))
			}
		}
		if all {
			return true, ""
		}
	}
	return false, strings.Join(uniq(challenges), ", ")
}

func present(r *http.Request, s secReq) bool {
	auth := r.Header.Get("Authorization")
	switch s.typ {
	case "apiKey":
		switch s.in {
		case "header":
			return r.Header.Get(s.key) != ""
		case "query":
			return r.URL.Query().Has(s.key)
		case "cookie":
			_, err := r.Cookie(s.key)
			return err == nil
		}
		return false
	case "http":
		if s.scheme == "" {
			return auth != ""
		}
		return len(auth) > len(s.scheme) && strings.EqualFold(auth[:len(s.scheme)], s.scheme) && auth[len(s.scheme)] == ' '
	case "oauth2", "openIdConnect":
		return len(auth) > 7 && strings.EqualFold(auth[:7], "bearer ")
	case "mutualTLS":
		return r.TLS != nil && len(r.TLS.PeerCertificates) > 0
	}
	return true
}

func challengeOf(s secReq) string {
	switch s.typ {
	case "http":
		if s.scheme == "" {
			return `Basic realm="sequere"`
		}
		return strings.ToUpper(s.scheme[:1]) + s.scheme[1:] + ` realm="sequere"`
	case "apiKey":
		return `ApiKey realm="sequere", in="` + s.in + `", name="` + s.key + `"`
	case "oauth2", "openIdConnect":
		return `Bearer realm="sequere"`
	}
	return `Unknown realm="sequere"`
}

func uniq(in []string) []string {
	seen := map[string]bool{}
	out := in[:0]
	for _, s := range in {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

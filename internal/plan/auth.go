package plan

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"sync"

	"github.com/getkin/kin-openapi/openapi3"
)

// Credentials are what a user gives on the command line.
type Credentials struct {
	// Headers are sent on every request (--header 'K: V').
	Headers []Header
	// Bearer is sent as "Authorization: Bearer ..." for http bearer, oauth2
	// and openIdConnect schemes, and on every request when the description
	// declares no scheme.
	Bearer string
	// APIKeys maps a security scheme name, or the header/query/cookie name
	// of an apiKey scheme, to its value (--api-key NAME=VALUE). An http basic
	// scheme takes "user:password".
	APIKeys map[string]string
	// ClientID and ClientSecret fetch an OAuth2 client-credentials token from
	// the scheme's tokenUrl (resolved against the base URL when relative).
	ClientID, ClientSecret string
	// TokenURL overrides the scheme's tokenUrl (--token-url).
	TokenURL string
}

// Mode says how Apply authenticates a request.
type Mode int

const (
	// Full applies every credential the operation's security can use.
	Full Mode = iota
	// None sends no credential: only --header values that are not
	// credentials of a scheme (nor Authorization).
	None
	// Invalid sends each credential with a value no server accepts.
	Invalid
)

// Doer sends a request: *http.Client, or an adapter over an http.Handler.
type Doer interface {
	Do(*http.Request) (*http.Response, error)
}

// Auth applies Credentials to requests. It is safe for concurrent use; the
// OAuth2 token is fetched once and shared.
type Auth struct {
	plan   *Plan
	creds  Credentials
	client Doer
	base   string

	mu      sync.Mutex
	token   string
	tokenOK bool
	// granted are the scopes the token answer says were granted; nil when
	// it did not say (RFC 6749 5.1: then they are the ones asked for).
	granted []string
}

// NewAuth prepares credentials for p; client fetches OAuth2 tokens, base
// resolves a relative tokenUrl.
func NewAuth(p *Plan, c Credentials, client Doer, base string) *Auth {
	if client == nil {
		client = http.DefaultClient
	}
	return &Auth{plan: p, creds: c, client: client, base: base}
}

// HasCredentials reports whether the operation's security can be met, or
// needs nothing.
func (a *Auth) HasCredentials(op *Operation) bool {
	if len(op.Security) == 0 {
		return true
	}
	return a.pick(op) != nil
}

// Secured reports whether op requires credentials (no empty alternative).
func Secured(op *Operation) bool {
	if len(op.Security) == 0 {
		return false
	}
	for _, alt := range op.Security {
		if len(alt) == 0 {
			return false
		}
	}
	return true
}

// pick returns the first security alternative whose every scheme has a
// credential, or nil.
func (a *Auth) pick(op *Operation) openapi3.SecurityRequirement {
	for _, alt := range op.Security {
		if len(alt) == 0 {
			return alt
		}
		ok := true
		for name := range alt {
			if _, has := a.value(name); !has {
				ok = false
			}
		}
		if ok {
			return alt
		}
	}
	return nil
}

// value is the credential for one scheme, and whether there is one.
func (a *Auth) value(name string) (string, bool) {
	s := a.plan.Schemes[name]
	if s == nil {
		return "", false
	}
	if v, ok := a.creds.APIKeys[name]; ok {
		return v, true
	}
	switch strings.ToLower(s.Type) {
	case "apikey":
		v, ok := a.creds.APIKeys[s.Name]
		return v, ok
	case "http":
		if strings.EqualFold(s.Scheme, "bearer") && a.creds.Bearer != "" {
			return a.creds.Bearer, true
		}
	case "oauth2", "openidconnect":
		if a.creds.Bearer != "" {
			return a.creds.Bearer, true
		}
		if a.creds.ClientID != "" && tokenURL(s) != "" {
			return "", true
		}
	}
	return "", false
}

func tokenURL(s *openapi3.SecurityScheme) string {
	if s.Flows != nil && s.Flows.ClientCredentials != nil {
		return s.Flows.ClientCredentials.TokenURL
	}
	return ""
}

// Apply authenticates r for op.
func (a *Auth) Apply(ctx context.Context, r *Request, op *Operation, mode Mode) error {
	names := map[string]bool{"authorization": true}
	if op != nil {
		for _, alt := range op.Security {
			for name := range alt {
				if s := a.plan.Schemes[name]; s != nil && strings.EqualFold(s.Type, "apikey") {
					names[strings.ToLower(s.Name)] = true
				}
			}
		}
	}
	for _, h := range a.creds.Headers {
		if mode != Full && names[strings.ToLower(h.Name)] {
			if mode == Invalid {
				r.SetHeader(h.Name, "invalid-"+h.Value)
			}
			continue
		}
		r.SetHeader(h.Name, h.Value)
	}
	if op == nil || len(op.Security) == 0 {
		if a.creds.Bearer != "" && mode == Full && len(a.plan.Schemes) == 0 {
			r.SetHeader("Authorization", "Bearer "+a.creds.Bearer)
		}
		return nil
	}
	if mode == None {
		return nil
	}
	alt := a.pick(op)
	if alt == nil && mode == Invalid && len(op.Security) > 0 {
		alt = op.Security[0]
	}
	for _, name := range sortedKeys(alt) {
		s := a.plan.Schemes[name]
		if s == nil {
			continue
		}
		v, _ := a.value(name)
		if mode == Invalid {
			v = "sequere-invalid-credential"
		}
		if err := a.applyScheme(ctx, r, s, v, mode); err != nil {
			return err
		}
	}
	return nil
}

func (a *Auth) applyScheme(ctx context.Context, r *Request, s *openapi3.SecurityScheme, v string, mode Mode) error {
	switch strings.ToLower(s.Type) {
	case "apikey":
		switch s.In {
		case "header":
			r.SetHeader(s.Name, v)
		case "query":
			sep := "?"
			if strings.Contains(r.Path, "?") {
				sep = "&"
			}
			r.Path += sep + url.QueryEscape(s.Name) + "=" + url.QueryEscape(v)
		case "cookie":
			c := s.Name + "=" + url.QueryEscape(v)
			if old := r.Header("Cookie"); old != "" {
				c = old + "; " + c
			}
			r.SetHeader("Cookie", c)
		}
	case "http":
		if strings.EqualFold(s.Scheme, "basic") {
			r.SetHeader("Authorization", "Basic "+base64.StdEncoding.EncodeToString([]byte(v)))
		} else {
			r.SetHeader("Authorization", "Bearer "+v)
		}
	case "oauth2", "openidconnect":
		if v == "" && mode == Full {
			tok, err := a.Token(ctx, s)
			if err != nil {
				return err
			}
			v = tok
		}
		r.SetHeader("Authorization", "Bearer "+v)
	}
	return nil
}

// Token returns the cached OAuth2 client-credentials token of s, fetching
// it on first use.
func (a *Auth) Token(ctx context.Context, s *openapi3.SecurityScheme) (string, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.tokenOK {
		return a.token, nil
	}
	tok, granted, err := a.fetch(ctx, tokenURL(s))
	if err != nil {
		return "", err
	}
	a.token, a.tokenOK, a.granted = tok, true, granted
	return tok, nil
}

// MissingScopes lists the OAuth2 scopes op requires that the fetched token
// was not granted, when the token answer named its scopes: a request with
// that token must be refused.
func (a *Auth) MissingScopes(op *Operation) []string {
	a.mu.Lock()
	granted, ok := a.granted, a.tokenOK
	a.mu.Unlock()
	if !ok || granted == nil || a.creds.Bearer != "" {
		return nil
	}
	var missing []string
	for name, scopes := range a.pick(op) {
		if s := a.plan.Schemes[name]; s == nil || tokenURL(s) == "" {
			continue
		}
		for _, sc := range scopes {
			if !slices.Contains(granted, sc) {
				missing = append(missing, sc)
			}
		}
	}
	slices.Sort(missing)
	return missing
}

// Prepare fetches the OAuth2 token up front when client credentials are
// given, so a bad secret is one clear error rather than a failure per request.
func (a *Auth) Prepare(ctx context.Context) error {
	if a.creds.ClientID == "" || a.creds.Bearer != "" {
		return nil
	}
	for _, name := range sortedKeys(a.plan.Schemes) {
		if s := a.plan.Schemes[name]; tokenURL(s) != "" {
			_, err := a.Token(ctx, s)
			return err
		}
	}
	return fmt.Errorf("--client-id given but no security scheme has an OAuth2 client-credentials flow")
}

// Refresh drops the cached OAuth2 token when it is still the one a refused
// request carried (its Authorization value), so the next Apply fetches a
// new one; call it once after a 401. When several workers meet the same
// expiry at once, the first refreshes and the others retry with its token:
// one fetch, not one per worker. It reports whether a retry is worth it.
func (a *Auth) Refresh(refused string) bool {
	a.mu.Lock()
	defer a.mu.Unlock()
	if !strings.HasPrefix(refused, "Bearer ") {
		return false // no token was sent: a new one would not help
	}
	if a.tokenOK && refused == "Bearer "+a.token {
		a.token, a.tokenOK = "", false
	}
	// Otherwise another worker has already dropped it (the next Apply
	// fetches, once) or replaced it: retry either way.
	return true
}

// UsesClientCredentials reports whether requests for op carry a fetched
// OAuth2 token (so a 401 is worth one refresh).
func (a *Auth) UsesClientCredentials(op *Operation) bool {
	if a.creds.ClientID == "" || a.creds.Bearer != "" {
		return false
	}
	for name := range a.pick(op) {
		if s := a.plan.Schemes[name]; s != nil && tokenURL(s) != "" {
			return true
		}
	}
	return false
}

// tokenEndpoint is where the token is fetched: Credentials.TokenURL when
// set, else the scheme's tokenUrl. A tokenUrl on another host than the
// server under test names production (descriptions document their live
// servers); its path is taken on the tested server instead, so a test never
// sends a secret, or any traffic, anywhere else.
func (a *Auth) tokenEndpoint(raw string) (*url.URL, error) {
	if a.creds.TokenURL != "" {
		raw = a.creds.TokenURL
	}
	u, err := url.Parse(raw)
	if err != nil {
		return nil, fmt.Errorf("tokenUrl %q: %v", raw, err)
	}
	base, err := url.Parse(strings.TrimRight(a.base, "/") + "/")
	if err != nil {
		return nil, err
	}
	if a.creds.TokenURL == "" && u.IsAbs() && u.Host != base.Host {
		u = &url.URL{Path: u.Path, RawQuery: u.RawQuery}
	}
	if !u.IsAbs() {
		u = &url.URL{Scheme: base.Scheme, Host: base.Host, Path: "/" + strings.TrimPrefix(u.Path, "/"), RawQuery: u.RawQuery}
	}
	return u, nil
}

func (a *Auth) fetch(ctx context.Context, raw string) (string, []string, error) {
	u, err := a.tokenEndpoint(raw)
	if err != nil {
		return "", nil, err
	}
	form := url.Values{"grant_type": {"client_credentials"}, "client_id": {a.creds.ClientID}, "client_secret": {a.creds.ClientSecret}}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, u.String(), strings.NewReader(form.Encode()))
	if err != nil {
		return "", nil, err
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Accept", "application/json")
	resp, err := a.client.Do(req)
	if err != nil {
		return "", nil, fmt.Errorf("fetching an OAuth2 token from %s: %w", u, err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	if resp.StatusCode/100 != 2 {
		return "", nil, fmt.Errorf("fetching an OAuth2 token from %s: status %d: %.200s", u, resp.StatusCode, b)
	}
	var body struct {
		AccessToken string  `json:"access_token"`
		Scope       *string `json:"scope"`
	}
	if json.Unmarshal(b, &body) != nil || body.AccessToken == "" {
		return "", nil, fmt.Errorf("fetching an OAuth2 token from %s: no access_token in the answer", u)
	}
	var granted []string
	if body.Scope != nil {
		granted = append([]string{}, strings.Fields(*body.Scope)...)
	}
	return body.AccessToken, granted, nil
}

package cli

import (
	"strings"

	"github.com/spf13/pflag"

	"github.com/sequere/sequere/internal/plan"
)

// AuthFlags are the credential flags shared by the commands that send
// requests (contract, load).
type AuthFlags struct {
	Headers      []string
	Bearer       string
	APIKeys      []string
	ClientID     string
	ClientSecret string
	TokenURL     string
}

// Register adds --header, --bearer, --api-key, --client-id and --client-secret.
func (a *AuthFlags) Register(fl *pflag.FlagSet) {
	fl.StringArrayVarP(&a.Headers, "header", "H", nil, "send this header on every request, 'Name: value' (repeatable)")
	fl.StringVar(&a.Bearer, "bearer", "", "bearer token for http bearer, oauth2 and openIdConnect schemes")
	fl.StringArrayVar(&a.APIKeys, "api-key", nil, "credential NAME=VALUE for the security scheme (or apiKey header/query/cookie name) NAME (repeatable)")
	fl.StringVar(&a.ClientID, "client-id", "", "OAuth2 client id: fetch a client-credentials token from the scheme's tokenUrl")
	fl.StringVar(&a.ClientSecret, "client-secret", "", "OAuth2 client secret (with --client-id)")
	fl.StringVar(&a.TokenURL, "token-url", "", "OAuth2 token endpoint (default: the scheme's tokenUrl, its path on --base-url when it names another host)")
}

// Credentials checks the flags and returns them as plan.Credentials.
func (a *AuthFlags) Credentials() (plan.Credentials, error) {
	c := plan.Credentials{Bearer: a.Bearer, ClientID: a.ClientID, ClientSecret: a.ClientSecret, TokenURL: a.TokenURL, APIKeys: map[string]string{}}
	for _, h := range a.Headers {
		name, value, ok := strings.Cut(h, ":")
		if !ok || strings.TrimSpace(name) == "" {
			return c, usageErrorf("--header %q: want 'Name: value'", h)
		}
		c.Headers = append(c.Headers, plan.Header{Name: strings.TrimSpace(name), Value: strings.TrimSpace(value)})
	}
	for _, kv := range a.APIKeys {
		name, value, ok := strings.Cut(kv, "=")
		if !ok || name == "" {
			return c, usageErrorf("--api-key %q: want NAME=VALUE", kv)
		}
		c.APIKeys[name] = value
	}
	if (a.ClientID == "") != (a.ClientSecret == "") {
		return c, usageErrorf("--client-id and --client-secret go together")
	}
	return c, nil
}

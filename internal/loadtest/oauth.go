package loadtest

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// Token is an OAuth 2.0 access token and the lifetime the server gave it
// (0: none said).
type Token struct {
	AccessToken string
	ExpiresIn   time.Duration
}

// FetchToken makes the OAuth 2.0 client-credentials grant (RFC 6749 §4.4).
func FetchToken(ctx context.Context, c *http.Client, a Auth) (Token, error) {
	form := url.Values{"grant_type": {"client_credentials"}, "client_id": {a.ClientID}, "client_secret": {a.ClientSecret}}
	if a.Scope != "" {
		form.Set("scope", a.Scope)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, a.TokenURL, strings.NewReader(form.Encode()))
	if err != nil {
		return Token{}, fmt.Errorf("token request: %w", err)
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Accept", "application/json")
	resp, err := c.Do(req)
	if err != nil {
		return Token{}, fmt.Errorf("token request to %s: %w", a.TokenURL, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	if err != nil {
		return Token{}, fmt.Errorf("token response from %s: %w", a.TokenURL, err)
	}
	if resp.StatusCode != http.StatusOK {
		return Token{}, fmt.Errorf("token request to %s answered %d: %s", a.TokenURL, resp.StatusCode, snippet(body))
	}
	return ParseTokenResponse(body)
}

// ParseTokenResponse reads an OAuth token response's access_token and
// expires_in.
func ParseTokenResponse(body []byte) (Token, error) {
	var tr struct {
		AccessToken string  `json:"access_token"`
		TokenType   string  `json:"token_type"`
		ExpiresIn   float64 `json:"expires_in"`
	}
	if err := json.Unmarshal(body, &tr); err != nil {
		return Token{}, fmt.Errorf("token response is not JSON: %w", err)
	}
	if tr.AccessToken == "" {
		return Token{}, fmt.Errorf("token response has no access_token: %s", snippet(body))
	}
	if tr.TokenType != "" && !strings.EqualFold(tr.TokenType, "bearer") {
		return Token{}, fmt.Errorf("token response has token_type %q; only bearer tokens are supported", tr.TokenType)
	}
	tok := Token{AccessToken: tr.AccessToken}
	if tr.ExpiresIn > 0 && tr.ExpiresIn < 1e9 {
		tok.ExpiresIn = time.Duration(tr.ExpiresIn * float64(time.Second))
	}
	return tok, nil
}

func snippet(b []byte) string {
	s := strings.TrimSpace(string(b))
	if len(s) > 200 {
		s = s[:200] + "…"
	}
	return s
}

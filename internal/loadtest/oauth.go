package loadtest

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
)

// FetchToken makes the OAuth 2.0 client-credentials grant (RFC 6749 §4.4)
// once, before a run.
func FetchToken(ctx context.Context, c *http.Client, a Auth) (string, error) {
	form := url.Values{"grant_type": {"client_credentials"}, "client_id": {a.ClientID}, "client_secret": {a.ClientSecret}}
	if a.Scope != "" {
		form.Set("scope", a.Scope)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, a.TokenURL, strings.NewReader(form.Encode()))
	if err != nil {
		return "", fmt.Errorf("token request: %w", err)
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Accept", "application/json")
	resp, err := c.Do(req)
	if err != nil {
		return "", fmt.Errorf("token request to %s: %w", a.TokenURL, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	if err != nil {
		return "", fmt.Errorf("token response from %s: %w", a.TokenURL, err)
	}
	if resp.StatusCode != http.StatusOK {
		return "", fmt.Errorf("token request to %s answered %d: %s", a.TokenURL, resp.StatusCode, snippet(body))
	}
	return ParseTokenResponse(body)
}

// ParseTokenResponse reads an OAuth token response's access_token.
func ParseTokenResponse(body []byte) (string, error) {
	var tr struct {
		AccessToken string `json:"access_token"`
		TokenType   string `json:"token_type"`
	}
	if err := json.Unmarshal(body, &tr); err != nil {
		return "", fmt.Errorf("token response is not JSON: %w", err)
	}
	if tr.AccessToken == "" {
		return "", fmt.Errorf("token response has no access_token: %s", snippet(body))
	}
	if tr.TokenType != "" && !strings.EqualFold(tr.TokenType, "bearer") {
		return "", fmt.Errorf("token response has token_type %q; only bearer tokens are supported", tr.TokenType)
	}
	return tr.AccessToken, nil
}

func snippet(b []byte) string {
	s := strings.TrimSpace(string(b))
	if len(s) > 200 {
		s = s[:200] + "…"
	}
	return s
}

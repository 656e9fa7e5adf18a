package loadtest

import (
	"context"
	"net/http"
	"sync"
	"time"
)

// TokenSource keeps an OAuth 2.0 client-credentials token fresh through a
// long run. Requests read the current token without waiting; a refresh runs
// in its own goroutine, started ahead of the token's expiry or by the first
// 401 a request carrying it gets, so the schedule never waits for the token
// endpoint. Only a run whose token is missing altogether blocks, once.
type TokenSource struct {
	auth   Auth
	client *http.Client
	now    func() time.Time
	// ahead is how long before expiry a refresh starts.
	ahead time.Duration

	mu         sync.Mutex
	token      string
	expires    time.Time // zero: the server gave no expires_in
	life       time.Duration
	onRefresh  func() // tests: called after each background refresh
	refreshing bool
	refreshes  int64
	lastErr    error
}

// NewTokenSource returns a source that fetches from a.TokenURL with client;
// token is the one fetched before the run, or the zero Token.
func NewTokenSource(a Auth, client *http.Client, now func() time.Time, token Token) *TokenSource {
	s := &TokenSource{auth: a, client: client, now: now, ahead: 30 * time.Second}
	s.set(token)
	return s
}

// Token returns the current token, starting a refresh in the background
// when it is close to its expiry. It blocks only when there is no token yet.
func (s *TokenSource) Token(ctx context.Context) (string, error) {
	s.mu.Lock()
	tok := s.token
	if tok == "" {
		s.mu.Unlock()
		return s.fetchNow(ctx)
	}
	if !s.expires.IsZero() && !s.refreshing {
		// Ahead of expiry by 30 s, or a fifth of a short-lived token's life.
		ahead := min(s.ahead, s.life/5)
		if !s.now().Before(s.expires.Add(-ahead)) {
			s.startRefresh()
		}
	}
	s.mu.Unlock()
	return tok, nil
}

// Unauthorized reports a 401 to a request that carried tok: the first such
// report for the current token starts one refresh; the others, and reports
// about an older token, change nothing.
func (s *TokenSource) Unauthorized(tok string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if tok == s.token && !s.refreshing {
		s.startRefresh()
	}
}

// Refreshes counts the refreshes made during the run.
func (s *TokenSource) Refreshes() int64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.refreshes
}

// Err is the last refresh's error, nil after a successful one.
func (s *TokenSource) Err() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.lastErr
}

// startRefresh runs one fetch in the background; s.mu is held.
func (s *TokenSource) startRefresh() {
	s.refreshing = true
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		tok, err := FetchToken(ctx, s.client, s.auth)
		s.mu.Lock()
		defer s.mu.Unlock()
		if s.onRefresh != nil {
			defer s.onRefresh()
		}
		s.refreshing = false
		s.lastErr = err
		if err != nil {
			// Keep the old token and try again at the next request past
			// the margin, not in a tight loop: push the check out a little.
			if !s.expires.IsZero() {
				s.expires = s.expires.Add(time.Second)
			}
			return
		}
		s.refreshes++
		s.set(tok)
	}()
}

func (s *TokenSource) set(tok Token) {
	s.token, s.expires, s.life = tok.AccessToken, time.Time{}, tok.ExpiresIn
	if tok.ExpiresIn > 0 {
		s.expires = s.now().Add(tok.ExpiresIn)
	}
}

func (s *TokenSource) fetchNow(ctx context.Context) (string, error) {
	tok, err := FetchToken(ctx, s.client, s.auth)
	if err != nil {
		return "", err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.token == "" {
		s.set(tok)
	}
	return s.token, nil
}

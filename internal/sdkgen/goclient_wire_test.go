package sdkgen

// goWireTest runs inside the generated torture package beside roundTripTest
// (whose constants it reads): each test drives one operation against a
// loopback server and checks what went on the wire, the cases the
// TypeScript and Python wire tests check too.
const goWireTest = `package api

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"
)

// TestPutAvatarSendsMultipart: the multipart fields are the TypeScript and
// Python wire tests' (readOnly left out, writeOnly sent, int64 and date-time
// as text) and the file part's bytes, not UTF-8, arrive exactly; the image
// property is a file part only, never also a text field.
func TestPutAvatarSendsMultipart(t *testing.T) {
	image := []byte{0x89, 'P', 'N', 'G', 0x00, 0xff}
	type part struct {
		name, file string
		data       []byte
	}
	got := make(chan []part, 1)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var parts []part
		mr, err := r.MultipartReader()
		if err != nil {
			t.Errorf("Content-Type %q: %v", r.Header.Get("Content-Type"), err)
		}
		for mr != nil {
			p, err := mr.NextPart()
			if err != nil {
				break
			}
			data, _ := io.ReadAll(p)
			parts = append(parts, part{p.FormName(), p.FileName(), data})
		}
		got <- parts
		w.WriteHeader(http.StatusNoContent)
	}))
	defer srv.Close()
	var up AvatarUpload
	if err := json.Unmarshal([]byte(WIRE_AVATAR), &up); err != nil {
		t.Fatal(err)
	}
	_, err := New(WithBaseURL(srv.URL), WithoutRetries()).PutAvatar(context.Background(), &PutAvatarRequest{ID: "acc_1", Body: up,
		Files: []File{{Field: "image", Name: "avatar.png", ContentType: "image/png", Content: bytes.NewReader(image)}}})
	if err != nil {
		t.Fatal(err)
	}
	fields, files := map[string]string{}, map[string][]byte{}
	for _, p := range <-got {
		if p.file != "" {
			files[p.name] = p.data
		} else if _, dup := fields[p.name]; dup {
			t.Errorf("field %s sent twice", p.name)
		} else {
			fields[p.name] = string(p.data)
		}
	}
	want := map[string]string{"token": "tok", "size": "9007199254740993", "taken_at": "2026-01-02T03:04:05.123456789Z"}
	if !reflect.DeepEqual(fields, want) {
		t.Errorf("fields %q, want %q", fields, want)
	}
	if len(files) != 1 || !bytes.Equal(files["image"], image) {
		t.Errorf("files %q, want image %q", files, image)
	}
}

// TestExportAccountStreams: the call returns the body while the server still
// holds back its rest, which it sends once the test has read the first chunk;
// a client that buffered would see the server's give-up text instead.
func TestExportAccountStreams(t *testing.T) {
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/octet-stream")
		io.WriteString(w, "first chunk\n")
		w.(http.Flusher).Flush()
		select {
		case <-release:
			io.WriteString(w, "second chunk\n")
		case <-time.After(10 * time.Second):
			io.WriteString(w, "the client never released the rest: it waited for the whole body\n")
		}
	}))
	defer srv.Close()
	resp, err := New(WithBaseURL(srv.URL)).ExportAccount(context.Background(), &ExportAccountRequest{ID: "acc_1"}, WithCallTimeout(time.Minute))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	first := make([]byte, len("first chunk\n"))
	if _, err := io.ReadFull(resp.Body, first); err != nil {
		t.Fatal(err)
	}
	close(release)
	rest, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	if got := string(first) + string(rest); got != "first chunk\nsecond chunk\n" {
		t.Fatalf("download %q", got)
	}
}

// TestCallTimeoutEndsAHangingCall: WithCallTimeout ends a call the server
// never answers, under the default retry policy, after one request: the
// timeout bounds the call, all its attempts included.
func TestCallTimeoutEndsAHangingCall(t *testing.T) {
	var mu sync.Mutex
	requests := 0
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		requests++
		mu.Unlock()
		select {
		case <-r.Context().Done():
		case <-time.After(30 * time.Second):
		}
	}))
	defer srv.Close()
	_, err := New(WithBaseURL(srv.URL)).ListPets(context.Background(), &ListPetsRequest{}, WithCallTimeout(100*time.Millisecond))
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("error %v, want the call's deadline", err)
	}
	mu.Lock()
	defer mu.Unlock()
	if requests != 1 {
		t.Fatalf("%d requests, want 1", requests)
	}
}

// TestCredentialsOnlyWhereRequired: a client holding an API key for a cookie
// and OAuth2 client credentials sends the key only to GET /me (one Cookie
// header, after the cookie parameter), the token only to GET /vault, and
// neither (nor a token fetch) to an operation that requires none.
func TestCredentialsOnlyWhereRequired(t *testing.T) {
	var mu sync.Mutex
	seen := map[string]http.Header{}
	tokens := 0
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		if r.URL.Path == "/oauth/token" {
			tokens++
			serveToken(w, tokens)
			return
		}
		seen[r.URL.Path] = r.Header.Clone()
		w.WriteHeader(http.StatusNoContent)
	}))
	defer srv.Close()
	c := New(WithBaseURL(srv.URL), WithSessionCookieKey("s3cr3t+/="), WithVaultOAuthClientCredentials("id", "secret", "vault"))
	ctx := context.Background()
	if _, err := c.SetPreferences(ctx, &SetPreferencesRequest{}); err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	if tokens != 0 {
		t.Errorf("a token was fetched for an operation that requires none")
	}
	mu.Unlock()
	theme := "dark"
	if _, err := c.GetMe(ctx, &GetMeRequest{Theme: &theme}); err != nil {
		t.Fatal(err)
	}
	if _, err := c.OpenVault(ctx); err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	defer mu.Unlock()
	for path, want := range map[string][2]string{"/preferences": {"", ""}, "/me": {WIRE_COOKIE, ""}, "/vault": {"", "Bearer tok1"}} {
		h := seen[path]
		if cookies := h.Values("Cookie"); len(cookies) > 1 || h.Get("Cookie") != want[0] || h.Get("Authorization") != want[1] {
			t.Errorf("%s: Cookie %q, Authorization %q; want %q, %q", path, cookies, h.Get("Authorization"), want[0], want[1])
		}
	}
	if tokens != 1 {
		t.Errorf("%d token fetches, want 1", tokens)
	}
}

// TestOAuthRefreshesOnce: a 401 fetches a new token and repeats the call
// once; when the new token is refused too, that second 401 is the error.
func TestOAuthRefreshesOnce(t *testing.T) {
	for _, tc := range []struct {
		name     string
		accepted string // the token GET /vault accepts
		wantErr  bool
	}{
		{"the new token works", "Bearer tok2", false},
		{"a second 401 is the error", "none", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var mu sync.Mutex
			tokens := 0
			var auths []string
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				mu.Lock()
				defer mu.Unlock()
				if r.URL.Path == "/oauth/token" {
					tokens++
					serveToken(w, tokens)
					return
				}
				auths = append(auths, r.Header.Get("Authorization"))
				if r.Header.Get("Authorization") != tc.accepted {
					w.WriteHeader(http.StatusUnauthorized)
					return
				}
				w.WriteHeader(http.StatusNoContent)
			}))
			defer srv.Close()
			_, err := New(WithBaseURL(srv.URL), WithVaultOAuthClientCredentials("id", "secret")).OpenVault(context.Background())
			var apiErr *APIError
			if tc.wantErr != (err != nil) || tc.wantErr && (!errors.As(err, &apiErr) || apiErr.StatusCode != http.StatusUnauthorized) {
				t.Fatalf("error %v", err)
			}
			mu.Lock()
			defer mu.Unlock()
			if want := []string{"Bearer tok1", "Bearer tok2"}; tokens != 2 || !reflect.DeepEqual(auths, want) {
				t.Fatalf("%d token fetches, calls with %q; want 2, %q", tokens, auths, want)
			}
		})
	}
}

// serveToken answers a client-credentials token request with "tok<n>".
func serveToken(w http.ResponseWriter, n int) {
	w.Header().Set("Content-Type", "application/json")
	fmt.Fprintf(w, ` + "`" + `{"access_token": "tok%d", "expires_in": 3600}` + "`" + `, n)
}

// TestSetPreferencesSendsForm: nested members in a form, encoded by the rule
// the TypeScript and Python SDKs follow too: by the defaults, and where the
// Encoding Object gives three members style deepObject.
func TestSetPreferencesSendsForm(t *testing.T) {
	var p Preferences
	if err := json.Unmarshal([]byte(WIRE_PREFERENCES_JSON), &p); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		path, want string
		call       func(*Client) error
	}{
		{"/preferences", WIRE_PREFERENCES, func(c *Client) error {
			_, err := c.SetPreferences(context.Background(), &SetPreferencesRequest{Body: p})
			return err
		}},
		{"/preferences/deep", WIRE_DEEP_PREFERENCES, func(c *Client) error {
			_, err := c.SetDeepPreferences(context.Background(), &SetDeepPreferencesRequest{Body: p})
			return err
		}},
	} {
		t.Run(c.path, func(t *testing.T) {
			got := make(chan string, 1)
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				b, _ := io.ReadAll(r.Body)
				got <- r.URL.Path + " " + string(b)
				w.WriteHeader(http.StatusNoContent)
			}))
			defer srv.Close()
			if err := c.call(New(WithBaseURL(srv.URL))); err != nil {
				t.Fatal(err)
			}
			path, body, _ := strings.Cut(<-got, " ")
			sent, err := url.ParseQuery(body)
			want, _ := url.ParseQuery(c.want)
			if path != c.path || err != nil || !reflect.DeepEqual(sent, want) {
				t.Fatalf("sent %s %s\nwant %s", path, body, c.want)
			}
		})
	}
}

// TestWebhookSignatures runs the signature table every SDK runs.
func TestWebhookSignatures(t *testing.T) {
	b, err := os.ReadFile(WEBHOOK_CASES)
	if err != nil {
		t.Fatal(err)
	}
	var table struct {
		Secret, Body string
		Now          int64
		Cases        []struct {
			Name, Header string
			OK           bool
		}
	}
	if err := json.Unmarshal(b, &table); err != nil {
		t.Fatal(err)
	}
	for _, c := range table.Cases {
		err := VerifyWebhookSignature(table.Secret, c.Header, []byte(table.Body), time.Unix(table.Now, 0), 300*time.Second)
		if c.OK != (err == nil) || err != nil && !errors.Is(err, ErrBadSignature) {
			t.Errorf("%s (%q): %v, want ok %v", c.Name, c.Header, err, c.OK)
		}
	}
}
`

package sdkgen

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"
)

// originCredentials is what a driver of testdata/sdkgen/origin sends with
// every call: one credential of each kind, all required together.
var originCredentials = []string{"Authorization=Bearer tok", "Cookie=session=ck", "X-Api-Key=hk", "api_key=qk"}

// originServers starts the client's home server and a stranger on another
// port. Home answers the first page with a Link to the stranger's second
// page, and /api/hop with a redirect to the stranger. Each records, per
// request, the credentials that reached it.
func originServers(t *testing.T) (home, stranger *httptest.Server, seen func() map[string][][]string) {
	var mu sync.Mutex
	got := map[string][][]string{}
	record := func(who string, r *http.Request) {
		var creds []string
		for _, h := range []string{"Authorization", "Cookie", "X-Api-Key"} {
			if v := r.Header.Get(h); v != "" {
				creds = append(creds, h+"="+v)
			}
		}
		if v := r.URL.Query().Get("api_key"); v != "" {
			creds = append(creds, "api_key="+v)
		}
		mu.Lock()
		got[who+" "+r.URL.Path] = append(got[who+" "+r.URL.Path], creds)
		mu.Unlock()
	}
	stranger = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		record("stranger", r)
		w.Header().Set("Content-Type", "application/json")
		if r.URL.Path == "/api/landed" {
			w.Write([]byte(`{"id": "landed"}`))
			return
		}
		w.Write([]byte(`[{"id": "t2"}]`))
	}))
	t.Cleanup(stranger.Close)
	home = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		record("home", r)
		switch r.URL.Path {
		case "/api/things":
			w.Header().Set("Link", "<"+stranger.URL+`/api/things?page=2>; rel="next"`)
			w.Header().Set("Content-Type", "application/json")
			w.Write([]byte(`[{"id": "t1"}]`))
		case "/api/hop":
			http.Redirect(w, r, stranger.URL+"/api/landed", http.StatusTemporaryRedirect)
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(home.Close)
	return home, stranger, func() map[string][][]string {
		mu.Lock()
		defer mu.Unlock()
		return got
	}
}

// runOrigin runs a driver with the home server's URL and checks that the
// credentials reached home and nothing reached the stranger, whether by a
// Link or by a redirect.
func runOrigin(t *testing.T, dir string, argv ...string) {
	t.Helper()
	home, _, seen := originServers(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, argv[0], append(argv[1:], home.URL)...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOFLAGS=", "GOWORK=off")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%s: %v\n%s", strings.Join(argv, " "), err, out)
	}
	want := map[string][][]string{
		"home /api/things":     {originCredentials},
		"stranger /api/things": {nil},
		"home /api/hop":        {originCredentials},
		"stranger /api/landed": {nil},
	}
	if got := seen(); !reflect.DeepEqual(got, want) {
		t.Errorf("credentials received, by server and path:\n%v\nwant\n%v", got, want)
	}
}

// TestOriginGo: the Go client follows a Link and a redirect to another
// origin without its credentials.
func TestOriginGo(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the go toolchain")
	}
	t.Parallel()
	dir, bin := goDriver(t, "testdata/sdkgen/origin")
	runOrigin(t, dir, bin)
}

// TestOriginTypeScript: the same under node's fetch.
func TestOriginTypeScript(t *testing.T) {
	root, node := tsDriver(t, "testdata/sdkgen/origin", "origin")
	runOrigin(t, root, append(node, "drive.mjs")...)
}

// TestOriginPython: the same with httpx, sync and async, on an httpx client
// that follows redirects (the SDK's own does not).
func TestOriginPython(t *testing.T) {
	root, python := pyDriver(t, "testdata/sdkgen/origin", "origin")
	for _, mode := range []string{"sync", "async"} {
		t.Run(mode, func(t *testing.T) {
			runOrigin(t, root, append(python, "drive.py", mode)...)
		})
	}
}

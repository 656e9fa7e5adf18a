package orders_test

import (
	"bytes"
	"context"
	"net/http"
	"regexp"
	"sync"
	"testing"
	"time"

	"github.com/sequere/sequere/examples/orders"
)

// syncBuffer lets the test read the banner while Serve may still write logs.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}
func (s *syncBuffer) String() string { s.mu.Lock(); defer s.mu.Unlock(); return s.b.String() }

func TestServeBannerCurlWorksAndShutsDown(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var banner syncBuffer
	listening := make(chan string, 1)
	done := make(chan error, 1)
	go func() {
		done <- orders.Serve(ctx, orders.Options{Addr: "127.0.0.1:0", Banner: &banner,
			Listening: func(addr string, _ orders.Seeded) { listening <- addr }})
	}()
	var addr string
	select {
	case addr = <-listening:
	case err := <-done:
		t.Fatalf("Serve returned before listening: %v", err)
	case <-time.After(30 * time.Second):
		t.Fatal("Serve did not start within 30s")
	}
	for _, path := range []string{"/healthz", "/readyz"} {
		resp, err := http.Get("http://" + addr + path)
		if err != nil || resp.StatusCode != 200 {
			t.Fatalf("%s: %v %v", path, resp, err)
		}
		resp.Body.Close()
	}
	m := regexp.MustCompile(`curl -s (http://\S+/v2/orders/\S+) \\\n\s+-H 'Authorization: (Bearer \S+)'`).FindStringSubmatch(banner.String())
	if m == nil {
		t.Fatalf("no curl in the banner:\n%s", banner.String())
	}
	req, _ := http.NewRequest("GET", m[1], nil)
	req.Header.Set("Authorization", m[2])
	resp, err := http.DefaultClient.Do(req)
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("the banner's curl: %v %v", resp, err)
	}
	resp.Body.Close()

	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("shutdown: %v", err)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("Serve did not stop within 15s of cancellation")
	}
	if _, err := http.Get("http://" + addr + "/healthz"); err == nil {
		t.Fatal("still serving after shutdown")
	}
}

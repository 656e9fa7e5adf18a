package webhooks_test

import (
	"errors"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/sequere/sequere/examples/orders/webhooks"
)

func TestSafeClientRefusesLoopback(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(204) }))
	defer srv.Close()
	if resp, err := http.Get(srv.URL); err != nil || resp.StatusCode != 204 {
		t.Fatalf("control request failed: %v", err)
	}
	_, err := webhooks.SafeClient(time.Second).Get(srv.URL)
	if !errors.Is(err, webhooks.ErrPrivateAddress) {
		t.Fatalf("SafeClient reached %s: %v", srv.URL, err)
	}
}

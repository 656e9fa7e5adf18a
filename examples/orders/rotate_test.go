package orders

import (
	"context"
	"log/slog"
	"testing"
	"time"

	"github.com/sequere/sequere/examples/orders/auth"
)

func TestRotateKeysOnTick(t *testing.T) {
	iss, err := auth.NewIssuer("https://api.example.com", "https://api.example.com", nil)
	if err != nil {
		t.Fatal(err)
	}
	first := iss.KeyID
	old, _, _ := iss.Issue(auth.Principal{ClientID: "cli_1"})
	ctx, cancel := context.WithCancel(context.Background())
	tick := make(chan time.Time)
	done := make(chan struct{})
	go func() { rotateKeys(ctx, iss, tick, slog.New(slog.DiscardHandler)); close(done) }()
	tick <- time.Now()
	cancel()
	<-done
	keys := iss.Keys()
	if iss.KeyID == first || len(keys) != 2 || keys[1].ID != first {
		t.Fatalf("after one tick: signing %s, keys %v (first %s)", iss.KeyID, keys, first)
	}
	if _, err := iss.Verify(old); err != nil {
		t.Fatalf("a token of the previous key is refused within its lifetime: %v", err)
	}
}

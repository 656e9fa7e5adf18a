package webhooks

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"time"

	"github.com/sequere/sequere/examples/orders/store"
)

// Policy says when to retry. After the n-th failed attempt the next one waits
// Base·2^(n-1), capped at Max, of which the upper half is random ("equal jitter", so
// that receivers coming back up are not hit by every sender at once). A delivery whose
// next attempt would fall later than Horizon after it was queued is given up (failed).
type Policy struct {
	Base    time.Duration
	Max     time.Duration
	Horizon time.Duration
}

// DefaultPolicy retries for 72 hours, starting at 30 s and backing off to 6 h.
var DefaultPolicy = Policy{Base: 30 * time.Second, Max: 6 * time.Hour, Horizon: 72 * time.Hour}

// Delay is the wait after the attempt-th failure; r in [0,1) is the jitter draw.
func (p Policy) Delay(attempt int, r float64) time.Duration {
	d := p.Base
	for i := 1; i < attempt && d < p.Max; i++ {
		d *= 2
	}
	d = min(d, p.Max)
	return d/2 + time.Duration(r*float64(d/2))
}

// Dispatcher sends due deliveries. Zero fields take defaults: http.DefaultClient,
// time.Now, math/rand, DefaultPolicy, a one-minute lease, batches of 50, slog.Default.
type Dispatcher struct {
	Store  *store.Store
	Client *http.Client
	Now    func() time.Time
	Rand   func() float64
	Policy Policy
	// Lease is how long a claimed delivery stays invisible to other dispatchers; it
	// must exceed the client's timeout.
	Lease  time.Duration
	Batch  int
	Logger *slog.Logger
}

func (d *Dispatcher) defaults() {
	if d.Client == nil {
		d.Client = &http.Client{Timeout: 10 * time.Second}
	}
	if d.Now == nil {
		d.Now = time.Now
	}
	if d.Rand == nil {
		d.Rand = rand.Float64
	}
	if d.Policy == (Policy{}) {
		d.Policy = DefaultPolicy
	}
	if d.Lease == 0 {
		d.Lease = time.Minute
	}
	if d.Batch == 0 {
		d.Batch = 50
	}
	if d.Logger == nil {
		d.Logger = slog.Default()
	}
}

// RunOnce sends every delivery due now (up to one batch) and returns how many it tried.
func (d *Dispatcher) RunOnce(ctx context.Context) (int, error) {
	d.defaults()
	due, err := d.Store.ClaimDue(ctx, d.Now(), d.Lease, d.Batch)
	if err != nil {
		return 0, err
	}
	for _, dl := range due {
		if err := d.send(ctx, dl); err != nil {
			return 0, err
		}
	}
	return len(due), nil
}

// Run calls RunOnce every interval until ctx is done.
func (d *Dispatcher) Run(ctx context.Context, interval time.Duration) {
	d.defaults()
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		if _, err := d.RunOnce(ctx); err != nil && ctx.Err() == nil {
			d.Logger.Error("webhook dispatch", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

func (d *Dispatcher) send(ctx context.Context, dl store.Delivery) error {
	attempt := store.Attempt{DeliveryID: dl.ID, Attempt: dl.Attempts + 1, At: d.Now()}
	ep, err := d.Store.GetEndpoint(ctx, dl.EndpointID)
	if errors.Is(err, store.ErrNotFound) {
		return nil // deleted with its deliveries while we held the lease
	}
	if err != nil {
		return err
	}
	if ep.Status != "enabled" {
		attempt.Error = "endpoint disabled"
		return d.Store.RecordAttempt(ctx, attempt, store.DeliveryFailed, attempt.At)
	}
	attempt.StatusCode, attempt.Error = d.post(ctx, ep, dl, attempt.At)
	attempt.Duration = d.Now().Sub(attempt.At)
	if attempt.Error == "" {
		d.Logger.Info("webhook delivered", "delivery", dl.ID, "endpoint", ep.ID, "attempt", attempt.Attempt, "status", attempt.StatusCode)
		return d.Store.RecordAttempt(ctx, attempt, store.DeliverySucceeded, attempt.At)
	}
	next := attempt.At.Add(d.Policy.Delay(attempt.Attempt, d.Rand()))
	status := store.DeliveryPending
	if next.Sub(dl.CreatedAt) > d.Policy.Horizon {
		status = store.DeliveryFailed
	}
	d.Logger.Warn("webhook attempt failed", "delivery", dl.ID, "endpoint", ep.ID, "attempt", attempt.Attempt,
		"status", attempt.StatusCode, "err", attempt.Error, "outcome", status, "next", next)
	return d.Store.RecordAttempt(ctx, attempt, status, next)
}

// post returns the response status and, for anything but a 2xx, why it failed.
func (d *Dispatcher) post(ctx context.Context, ep store.Endpoint, dl store.Delivery, at time.Time) (int, string) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, ep.URL, bytes.NewReader(dl.Payload))
	if err != nil {
		return 0, err.Error()
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", "sequere-orders-webhooks/1")
	req.Header.Set("Webhook-Id", dl.EventID)
	req.Header.Set(SignatureHeader, Sign(ep.Secret, at, dl.Payload))
	resp, err := d.Client.Do(req)
	if err != nil {
		return 0, err.Error()
	}
	defer resp.Body.Close()
	io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return resp.StatusCode, fmt.Sprintf("receiver answered %d", resp.StatusCode)
	}
	return resp.StatusCode, ""
}

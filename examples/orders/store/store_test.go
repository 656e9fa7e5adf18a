package store_test

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/sequere/sequere/examples/orders/store"
	"github.com/sequere/sequere/examples/orders/store/storetest"
)

func newOrder(s *store.Store, user string) store.Order {
	now := s.Now()
	return store.Order{ID: store.NewID("ord"), UserID: user, Status: store.StatusPending,
		Items: []store.Item{{SKU: "SKU-1", Quantity: 2, UnitPrice: store.Money{Amount: 1250, Currency: "EUR"}}}, Total: store.Money{Amount: 2500, Currency: "EUR"},
		Version: 1, CreatedAt: now, UpdatedAt: now}
}

func TestOrders(t *testing.T) {
	storetest.Run(t, func(t *testing.T, b storetest.Backend) {
		ctx := context.Background()
		var tick atomic.Int64
		base := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
		s := storetest.Open(t, b, func() time.Time { return base.Add(time.Duration(tick.Add(1)) * time.Millisecond) })
		u, err := s.CreateUser(ctx, store.User{Email: "a@example.com", Name: "A"})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.CreateUser(ctx, store.User{Email: "a@example.com", Name: "B"}); !errors.Is(err, store.ErrDuplicate) {
			t.Fatalf("duplicate email: %v", err)
		}
		var ids []string
		for range 5 {
			o := newOrder(s, u.ID)
			if _, err := s.CreateOrder(ctx, o, nil, nil); err != nil {
				t.Fatal(err)
			}
			ids = append(ids, o.ID)
		}
		got, err := s.GetOrder(ctx, ids[0])
		if err != nil || got.Total.Amount != 2500 || got.Note != nil || got.ShippingAddress != nil || len(got.Items) != 1 || got.Version != 1 {
			t.Fatalf("get: %+v %v", got, err)
		}
		got.Status = store.StatusPaid
		paid := s.Now()
		got.PaidAt = &paid
		if err := s.UpdateOrder(ctx, &got, 1, nil); err != nil || got.Version != 2 {
			t.Fatalf("update: %v version %d", err, got.Version)
		}
		if err := s.UpdateOrder(ctx, &got, 1, nil); !errors.Is(err, store.ErrConflict) {
			t.Fatalf("stale update: %v", err)
		}
		// Pages of two, newest first, cover every order exactly once.
		var seen []string
		cursor := ""
		for page := 0; ; page++ {
			list, next, err := s.ListOrders(ctx, u.ID, "", 2, cursor)
			if err != nil {
				t.Fatal(err)
			}
			for _, o := range list {
				seen = append(seen, o.ID)
			}
			if next == "" {
				break
			}
			cursor = next
		}
		if len(seen) != 5 || seen[0] != ids[4] || seen[4] != ids[0] {
			t.Fatalf("pagination: %v, want reverse of %v", seen, ids)
		}
		if _, _, err := s.ListOrders(ctx, u.ID, "", 2, "!!"); !errors.Is(err, store.ErrBadCursor) {
			t.Fatalf("bad cursor: %v", err)
		}
		if err := s.DeleteUser(ctx, u.ID); !errors.Is(err, store.ErrInUse) {
			t.Fatalf("delete a user with open orders: %v", err)
		}
		if list, _, _ := s.ListOrders(ctx, u.ID, store.StatusPaid, 10, ""); len(list) != 1 || list[0].PaidAt == nil {
			t.Fatalf("status filter: %+v", list)
		}
		for _, id := range ids {
			o, _ := s.GetOrder(ctx, id)
			o.Status = store.StatusCancelled
			if err := s.UpdateOrder(ctx, &o, o.Version, nil); err != nil {
				t.Fatal(err)
			}
		}
		if err := s.DeleteUser(ctx, u.ID); err != nil {
			t.Fatal(err)
		}
		if _, err := s.GetOrder(ctx, ids[0]); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("orders of a deleted user: %v", err)
		}
	})
}

func TestIdempotencyConcurrent(t *testing.T) {
	storetest.Run(t, func(t *testing.T, b storetest.Backend) {
		ctx := context.Background()
		s := storetest.Open(t, b, nil)
		u, _ := s.CreateUser(ctx, store.User{Email: "b@example.com", Name: "B"})
		var wg sync.WaitGroup
		var created, replayed atomic.Int32
		for range 20 {
			wg.Go(func() {
				o := newOrder(s, u.ID)
				rec, err := s.CreateOrder(ctx, o, &store.Idempotency{ClientID: "c", Key: "k1", Hash: "h", Status: 201, Body: []byte(o.ID)}, nil)
				switch {
				case err != nil:
					t.Error(err)
				case rec == nil:
					created.Add(1)
				default:
					replayed.Add(1)
				}
			})
		}
		wg.Wait()
		list, _, _ := s.ListOrders(ctx, u.ID, "", 100, "")
		if created.Load() != 1 || replayed.Load() != 19 || len(list) != 1 {
			t.Fatalf("created %d replayed %d stored %d, want 1, 19, 1", created.Load(), replayed.Load(), len(list))
		}
		_, err := s.CreateOrder(ctx, newOrder(s, u.ID), &store.Idempotency{ClientID: "c", Key: "k1", Hash: "other"}, nil)
		if !errors.Is(err, store.ErrIdempotencyMismatch) {
			t.Fatalf("other body: %v", err)
		}
		if n, err := s.PurgeIdempotency(ctx, s.Now().Add(-time.Hour)); n != 0 || err != nil {
			t.Fatalf("purged a fresh key: %d %v", n, err)
		}
		if n, err := s.PurgeIdempotency(ctx, s.Now().Add(time.Second)); n != 1 || err != nil {
			t.Fatalf("purge: %d %v", n, err)
		}
		rec, err := s.CreateOrder(ctx, newOrder(s, u.ID), &store.Idempotency{ClientID: "c", Key: "k1", Hash: "other"}, nil)
		if rec != nil || err != nil {
			t.Fatalf("a purged key still replays: %v %v", rec, err)
		}
	})
}

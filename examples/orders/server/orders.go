package server

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"time"

	"github.com/sequere/sequere/examples/orders/gen"
	"github.com/sequere/sequere/examples/orders/store"
)

// total sums the items; mixed currencies break a business rule (422), which the
// schema cannot say.
func total(items []gen.OrderItem) (store.Money, error) {
	var t store.Money
	for i, it := range items {
		if i == 0 {
			t.Currency = it.UnitPrice.Currency
		}
		if it.UnitPrice.Currency != t.Currency {
			return store.Money{}, NewProblem("unprocessable", http.StatusUnprocessableEntity, "All items of an order must share one currency.")
		}
		t.Amount += it.UnitPrice.Amount * int64(it.Quantity)
	}
	return t, nil
}

func orderETag(o store.Order) string { return `"v` + strconv.FormatInt(o.Version, 10) + `"` }

// ownOrder loads an order the caller may see: their own, or any with users:admin.
// Someone else's order is a 404, never a 403, so ids cannot be probed (BOLA).
func (s *Server) ownOrder(ctx context.Context, id string) (store.Order, error) {
	p := caller(ctx)
	o, err := s.store.GetOrder(ctx, id)
	if errors.Is(err, store.ErrNotFound) || (err == nil && o.UserID != p.UserID && !admin(p)) {
		return store.Order{}, notFound("order", id)
	}
	return o, err
}

// CreateOrder places an order for the caller, once per Idempotency-Key.
func (s *Server) CreateOrder(ctx context.Context, req gen.CreateOrderRequest) (gen.CreateOrderResponse, error) {
	p := caller(ctx)
	if p.UserID == "" {
		return nil, NewProblem("forbidden", http.StatusForbidden, "This client acts for no user, so it cannot place orders.")
	}
	sum, err := total(req.Body.Items)
	if err != nil {
		return nil, err
	}
	// The hash covers the decoded body, so formatting differences are the same request.
	canonical, _ := json.Marshal(req.Body)
	hash := sha256.Sum256(append([]byte(p.UserID+"\n"), canonical...))
	now := s.store.Now()
	o := store.Order{ID: store.NewID("ord"), UserID: p.UserID, Status: store.StatusPending, Version: 1, CreatedAt: now, UpdatedAt: now,
		Items: storeItems(req.Body.Items), Total: sum, Note: req.Body.Note}
	if req.Body.ShippingAddress != nil {
		o.ShippingAddress, _ = json.Marshal(req.Body.ShippingAddress)
	}
	view := genOrder(o)
	body, _ := json.Marshal(view)
	evID := store.NewID("evt")
	event, _ := json.Marshal(gen.OrderCreatedEvent{ID: evID, Type: gen.OrderCreatedEventTypeOrderCreated, CreatedAt: now,
		Data: gen.OrderCreatedEventData{Order: view}})
	idem := &store.Idempotency{ClientID: p.ClientID, Key: req.IdempotencyKey, Hash: hex.EncodeToString(hash[:]), Status: http.StatusCreated, Body: body}
	replay, err := s.store.CreateOrder(ctx, o, idem, []store.Event{{ID: evID, Type: "order.created", Payload: event}})
	if errors.Is(err, store.ErrIdempotencyMismatch) {
		return nil, NewProblem("idempotency-key-reused", http.StatusUnprocessableEntity, "This Idempotency-Key was used with another request body.")
	}
	if err != nil {
		return nil, err
	}
	if replay != nil {
		// The first response, byte for byte, even if the order changed since.
		view = gen.Order{}
		if err := json.Unmarshal(replay.Body, &view); err != nil {
			return nil, fmt.Errorf("replay of %s: %w", replay.OrderID, err)
		}
	}
	return gen.CreateOrder201Response{Body: view, Headers: gen.CreateOrder201ResponseHeaders{
		Location: "/v2/orders/" + view.ID, ETag: `"v1"`, CacheControl: cacheResource}}, nil
}

// GetOrder answers 304 when If-None-Match still matches.
func (s *Server) GetOrder(ctx context.Context, req gen.GetOrderRequest) (gen.GetOrderResponse, error) {
	o, err := s.ownOrder(ctx, req.ID)
	if err != nil {
		return nil, err
	}
	etag := orderETag(o)
	if etagMatches(req.IfNoneMatch, etag) {
		return gen.GetOrder304Response{Headers: gen.GetOrder304ResponseHeaders{ETag: etag, CacheControl: cacheResource}}, nil
	}
	return gen.GetOrder200Response{Body: genOrder(o), Headers: gen.GetOrder200ResponseHeaders{ETag: etag, CacheControl: cacheResource}}, nil
}

// GetOrderV1 is GetOrder under /v1; the deprecate middleware adds the headers.
func (s *Server) GetOrderV1(ctx context.Context, req gen.GetOrderV1Request) (gen.GetOrderV1Response, error) {
	o, err := s.ownOrder(ctx, req.ID)
	if err != nil {
		return nil, err
	}
	etag := orderETag(o)
	if etagMatches(req.IfNoneMatch, etag) {
		return gen.GetOrderV1304Response{Headers: gen.GetOrderV1304ResponseHeaders{ETag: etag, CacheControl: cacheResource}}, nil
	}
	return gen.GetOrderV1200Response{Body: genOrder(o), Headers: gen.GetOrderV1200ResponseHeaders{ETag: etag, CacheControl: cacheResource}}, nil
}

// UpdateOrder applies a JSON Merge Patch under If-Match.
func (s *Server) UpdateOrder(ctx context.Context, req gen.UpdateOrderRequest) (gen.UpdateOrderResponse, error) {
	o, err := s.ownOrder(ctx, req.ID)
	if err != nil {
		return nil, err
	}
	if etag := orderETag(o); !etagMatches(&req.IfMatch, etag) {
		p := NewProblem("precondition-failed", http.StatusPreconditionFailed, "If-Match does not match the current ETag "+etag+".")
		return gen.UpdateOrder412Response{Body: genProblem(p), Headers: gen.UpdateOrder412ResponseHeaders{ETag: etag}}, nil
	}
	patch := req.Body
	if patch.Items != nil {
		if o.Status != store.StatusPending {
			return nil, NewProblem("invalid-transition", http.StatusConflict, "Items can only change while the order is pending.")
		}
		if o.Total, err = total(patch.Items); err != nil {
			return nil, err
		}
		o.Items = storeItems(patch.Items)
	}
	switch n := patch.Note; {
	case n.Null:
		o.Note = nil
	case n.Set:
		o.Note = &n.Value
	}
	switch a := patch.ShippingAddress; {
	case a.Null:
		o.ShippingAddress = nil
	case a.Set:
		o.ShippingAddress, _ = json.Marshal(a.Value)
	}
	if err := s.store.UpdateOrder(ctx, &o, o.Version, nil); errors.Is(err, store.ErrConflict) {
		return nil, NewProblem("precondition-failed", http.StatusPreconditionFailed, "The order changed while this patch was applied.")
	} else if err != nil {
		return nil, err
	}
	return gen.UpdateOrder200Response{Body: genOrder(o), Headers: gen.UpdateOrder200ResponseHeaders{ETag: orderETag(o), CacheControl: cacheResource}}, nil
}

func genProblem(p Problem) gen.Problem {
	g := gen.Problem{Type: p.Type, Title: p.Title, Status: int32(p.Status)}
	if p.Detail != "" {
		g.Detail = &p.Detail
	}
	for _, e := range p.Errors {
		g.Errors = append(g.Errors, gen.FieldError{In: gen.FieldErrorIn(e.In), Pointer: e.Pointer, Detail: e.Detail})
	}
	return g
}

// statusEvent is the payload of order.paid, order.fulfilled and order.cancelled.
func statusEvent(o store.Order, previous string, at time.Time) store.Event {
	typ := "order." + o.Status
	id := store.NewID("evt")
	payload, _ := json.Marshal(gen.OrderStatusChangedEvent{ID: id, Type: gen.OrderStatusChangedEventType(typ), CreatedAt: at,
		Data: gen.OrderStatusChangedEventData{OrderID: o.ID, Status: gen.OrderStatus(o.Status), PreviousStatus: gen.OrderStatus(previous)}})
	return store.Event{ID: id, Type: typ, Payload: payload}
}

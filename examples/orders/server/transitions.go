package server

import (
	"context"
	"errors"
	"fmt"
	"net/http"

	"github.com/sequere/sequere/examples/orders/gen"
	"github.com/sequere/sequere/examples/orders/store"
)

// PayOrder moves a pending order to paid; the schema has already checked the payment.
func (s *Server) PayOrder(ctx context.Context, req gen.PayOrderRequest) (gen.PayOrderResponse, error) {
	o, err := s.transition(ctx, req.ID, store.StatusPaid, "")
	if err != nil {
		return nil, err
	}
	return gen.PayOrder200Response{Body: genOrder(o), Headers: gen.PayOrder200ResponseHeaders{ETag: orderETag(o), CacheControl: cacheResource}}, nil
}

// CancelOrder moves a pending or paid order to cancelled, by default at the
// customer's request.
func (s *Server) CancelOrder(ctx context.Context, req gen.CancelOrderRequest) (gen.CancelOrderResponse, error) {
	reason := gen.CancellationReasonCustomerRequest
	if req.Body != nil && req.Body.Reason != nil {
		reason = *req.Body.Reason
	}
	o, err := s.transition(ctx, req.ID, store.StatusCancelled, string(reason))
	if err != nil {
		return nil, err
	}
	return gen.CancelOrder200Response{Body: genOrder(o), Headers: gen.CancelOrder200ResponseHeaders{ETag: orderETag(o), CacheControl: cacheResource}}, nil
}

// FulfilOrder moves a paid order to fulfilled; guard has checked users:admin.
func (s *Server) FulfilOrder(ctx context.Context, req gen.FulfilOrderRequest) (gen.FulfilOrderResponse, error) {
	o, err := s.transition(ctx, req.ID, store.StatusFulfilled, "")
	if err != nil {
		return nil, err
	}
	return gen.FulfilOrder200Response{Body: genOrder(o), Headers: gen.FulfilOrder200ResponseHeaders{ETag: orderETag(o), CacheControl: cacheResource}}, nil
}

// transition moves an order to status `to` and raises the matching event in the same
// transaction.
func (s *Server) transition(ctx context.Context, id, to, reason string) (store.Order, error) {
	// A concurrent change moves the version; re-read and re-check a few times.
	for range 3 {
		o, err := s.ownOrder(ctx, id)
		if err != nil {
			return store.Order{}, err
		}
		if o.Status == to || !store.CanTransition(o.Status, to) {
			return store.Order{}, NewProblem("invalid-transition", http.StatusConflict, fmt.Sprintf("A %s order cannot become %s.", o.Status, to))
		}
		previous, version, now := o.Status, o.Version, s.store.Now()
		o.Status = to
		switch to {
		case store.StatusPaid:
			o.PaidAt = &now
		case store.StatusFulfilled:
			o.FulfilledAt = &now
		case store.StatusCancelled:
			o.CancelledAt, o.CancellationReason = &now, &reason
		}
		err = s.store.UpdateOrder(ctx, &o, version, func(o store.Order) []store.Event {
			return []store.Event{statusEvent(o, previous, now)}
		})
		if !errors.Is(err, store.ErrConflict) {
			return o, err
		}
	}
	return store.Order{}, NewProblem("conflict", http.StatusConflict, "The order keeps changing; retry.")
}

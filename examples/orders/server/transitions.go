package server

import (
	"errors"
	"net/http"
	"regexp"

	"github.com/sequere/sequere/examples/orders/auth"
	"github.com/sequere/sequere/examples/orders/store"
)

var (
	cardTokenPattern = regexp.MustCompile(`^tok_[A-Za-z0-9]{8,64}$`)
	poPattern        = regexp.MustCompile(`^[A-Za-z0-9-]{1,64}$`)
	cancelReasons    = map[string]bool{"customer_request": true, "out_of_stock": true, "payment_failed": true, "other": true}
)

// payment is the Payment oneOf: the discriminator method picks the variant.
type payment struct {
	Method        string `json:"method"`
	CardToken     string `json:"card_token,omitempty"`
	PurchaseOrder string `json:"purchase_order,omitempty"`
}

func (p payment) check() error {
	switch p.Method {
	case "card":
		if !cardTokenPattern.MatchString(p.CardToken) || p.PurchaseOrder != "" {
			return invalid(field("body", "/card_token", "a card payment needs card_token tok_... and nothing else"))
		}
	case "invoice":
		if !poPattern.MatchString(p.PurchaseOrder) || p.CardToken != "" {
			return invalid(field("body", "/purchase_order", "an invoice payment needs purchase_order and nothing else"))
		}
	default:
		return invalid(field("body", "/method", "must be card or invoice"))
	}
	return nil
}

func (s *Server) payOrder(w http.ResponseWriter, r *http.Request) {
	s.transition(w, r, auth.ScopeOrdersWrite, store.StatusPaid, func() (string, error) {
		var p payment
		if _, err := decode(r, &p); err != nil {
			return "", err
		}
		return "", p.check()
	})
}

func (s *Server) cancelOrder(w http.ResponseWriter, r *http.Request) {
	s.transition(w, r, auth.ScopeOrdersWrite, store.StatusCancelled, func() (string, error) {
		var c struct {
			Reason string `json:"reason"`
		}
		if r.ContentLength != 0 {
			if _, err := decode(r, &c); err != nil {
				return "", err
			}
		}
		if c.Reason == "" {
			c.Reason = "customer_request"
		}
		if !cancelReasons[c.Reason] {
			return "", invalid(field("body", "/reason", "must be customer_request, out_of_stock, payment_failed or other"))
		}
		return c.Reason, nil
	})
}

func (s *Server) fulfilOrder(w http.ResponseWriter, r *http.Request) {
	s.transition(w, r, auth.ScopeUsersAdmin, store.StatusFulfilled, func() (string, error) { return "", nil })
}

// transition moves an order to status `to` and raises the matching event in the same
// transaction. body reads and checks the request body, returning a cancellation reason.
func (s *Server) transition(w http.ResponseWriter, r *http.Request, scope, to string, body func() (string, error)) {
	o, err := func() (store.Order, error) {
		p, err := principal(r, scope)
		if err != nil {
			return store.Order{}, err
		}
		id, err := pathID(r, "id", "ord")
		if err != nil {
			return store.Order{}, err
		}
		reason, err := body()
		if err != nil {
			return store.Order{}, err
		}
		// A concurrent change moves the version; re-read and re-check a few times.
		for range 3 {
			o, err := s.ownOrder(r, p, id)
			if err != nil {
				return store.Order{}, err
			}
			if o.Status == to || !store.CanTransition(o.Status, to) {
				return store.Order{}, transitionConflict(o, to)
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
			err = s.store.UpdateOrder(r.Context(), &o, version, func(o store.Order) []store.Event {
				return []store.Event{statusEvent(o, previous, now)}
			})
			if !errors.Is(err, store.ErrConflict) {
				return o, err
			}
		}
		return store.Order{}, NewProblem("conflict", http.StatusConflict, "The order keeps changing; retry.")
	}()
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeResource(w, r, http.StatusOK, orderETag(o), viewOrder(o))
}

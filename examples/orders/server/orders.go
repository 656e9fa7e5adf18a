package server

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"regexp"
	"strconv"
	"time"

	"github.com/sequere/sequere/examples/orders/auth"
	"github.com/sequere/sequere/examples/orders/store"
)

type address struct {
	Name       string `json:"name"`
	Line1      string `json:"line1"`
	Line2      string `json:"line2,omitempty"`
	City       string `json:"city"`
	PostalCode string `json:"postal_code"`
	Country    string `json:"country"`
}

// orderInput is NewOrder, and what a merge patch must leave behind.
type orderInput struct {
	Items           []store.Item `json:"items"`
	Note            *string      `json:"note,omitempty"`
	ShippingAddress *address     `json:"shipping_address,omitempty"`
}

var (
	postalPattern  = regexp.MustCompile(`^[A-Za-z0-9 -]{2,12}$`)
	countryPattern = regexp.MustCompile(`^[A-Z]{2}$`)
	keyPattern     = regexp.MustCompile(`^[A-Za-z0-9_.:-]{8,128}$`)
	linePattern    = regexp.MustCompile(`^[^\r\n]+$`)
)

// check validates in and returns the order total. Mixed currencies are a business
// rule (422), not a shape error (400).
func (in orderInput) check() (store.Money, error) {
	var errs []FieldError
	if len(in.Items) == 0 || len(in.Items) > 100 {
		errs = append(errs, field("body", "/items", "must hold 1 to 100 items"))
	}
	var total store.Money
	mixed := false
	for i, it := range in.Items {
		at := "/items/" + strconv.Itoa(i)
		if !skuPattern.MatchString(it.SKU) {
			errs = append(errs, field("body", at+"/sku", "must match ^[A-Z0-9][A-Z0-9-]*$"))
		}
		if it.Quantity < 1 || it.Quantity > 1000 {
			errs = append(errs, field("body", at+"/quantity", "must be between 1 and 1000"))
		}
		if it.UnitPrice.Amount < 0 || it.UnitPrice.Amount > 100_000_000_000 {
			errs = append(errs, field("body", at+"/unit_price/amount", "must be between 0 and 100000000000"))
		}
		if !currencyPattern.MatchString(it.UnitPrice.Currency) {
			errs = append(errs, field("body", at+"/unit_price/currency", "must be an ISO 4217 code such as EUR"))
		}
		if i == 0 {
			total.Currency = it.UnitPrice.Currency
		}
		mixed = mixed || it.UnitPrice.Currency != total.Currency
		total.Amount += it.UnitPrice.Amount * it.Quantity
	}
	if a := in.ShippingAddress; a != nil {
		for name, v := range map[string]string{"name": a.Name, "line1": a.Line1, "city": a.City} {
			if !linePattern.MatchString(v) {
				errs = append(errs, field("body", "/shipping_address/"+name, "is required and holds one line"))
			}
		}
		if a.Line2 != "" && !linePattern.MatchString(a.Line2) {
			errs = append(errs, field("body", "/shipping_address/line2", "holds one line"))
		}
		if !postalPattern.MatchString(a.PostalCode) {
			errs = append(errs, field("body", "/shipping_address/postal_code", "must be 2 to 12 letters, digits, spaces or dashes"))
		}
		if !countryPattern.MatchString(a.Country) {
			errs = append(errs, field("body", "/shipping_address/country", "must be an ISO 3166-1 alpha-2 code such as GB"))
		}
	}
	if len(errs) > 0 {
		return store.Money{}, invalid(errs...)
	}
	if mixed {
		return store.Money{}, NewProblem("unprocessable", http.StatusUnprocessableEntity, "All items of an order must share one currency.")
	}
	return total, nil
}

func (in orderInput) apply(o *store.Order, total store.Money) {
	o.Items, o.Total, o.Note, o.ShippingAddress = in.Items, total, in.Note, nil
	if in.ShippingAddress != nil {
		o.ShippingAddress, _ = json.Marshal(in.ShippingAddress)
	}
}

func orderETag(o store.Order) string { return `"v` + strconv.FormatInt(o.Version, 10) + `"` }

// ownOrder loads an order the caller may see: their own, or any with users:admin.
// Someone else's order is a 404, never a 403, so ids cannot be probed (BOLA).
func (s *Server) ownOrder(r *http.Request, p auth.Principal, id string) (store.Order, error) {
	o, err := s.store.GetOrder(r.Context(), id)
	if errors.Is(err, store.ErrNotFound) || (err == nil && o.UserID != p.UserID && !p.Has(auth.ScopeUsersAdmin)) {
		return store.Order{}, notFound("order", id)
	}
	return o, err
}

func (s *Server) createOrder(w http.ResponseWriter, r *http.Request) {
	if err := s.doCreateOrder(w, r); err != nil {
		s.fail(w, r, err)
	}
}

func (s *Server) doCreateOrder(w http.ResponseWriter, r *http.Request) error {
	p, err := principal(r, auth.ScopeOrdersWrite)
	if err != nil {
		return err
	}
	if p.UserID == "" {
		return NewProblem("forbidden", http.StatusForbidden, "This client acts for no user, so it cannot place orders.")
	}
	key := r.Header.Get("Idempotency-Key")
	if !keyPattern.MatchString(key) {
		return invalid(field("header", "/Idempotency-Key", "is required: 8 to 128 letters, digits or _.:-"))
	}
	var in orderInput
	if _, err := decode(r, &in); err != nil {
		return err
	}
	total, err := in.check()
	if err != nil {
		return err
	}
	// The hash covers the decoded body, so formatting differences are the same request.
	canonical, _ := json.Marshal(in)
	sum := sha256.Sum256(append([]byte(p.UserID+"\n"), canonical...))
	now := s.store.Now()
	o := store.Order{ID: store.NewID("ord"), UserID: p.UserID, Status: store.StatusPending, Version: 1, CreatedAt: now, UpdatedAt: now}
	in.apply(&o, total)
	view := viewOrder(o)
	body, _ := json.Marshal(view)
	event, _ := json.Marshal(map[string]any{"id": store.NewID("evt"), "type": "order.created", "created_at": now, "data": map[string]any{"order": view}})
	idem := &store.Idempotency{ClientID: p.ClientID, Key: key, Hash: hex.EncodeToString(sum[:]), Status: http.StatusCreated, Body: body}
	replay, err := s.store.CreateOrder(r.Context(), o, idem, []store.Event{{ID: eventID(event), Type: "order.created", Payload: event}})
	if errors.Is(err, store.ErrIdempotencyMismatch) {
		return NewProblem("idempotency-key-reused", http.StatusUnprocessableEntity, "This Idempotency-Key was used with another request body.")
	}
	if err != nil {
		return err
	}
	if replay != nil {
		o.ID, body = replay.OrderID, replay.Body
		w.Header().Set("Idempotent-Replayed", "true")
	}
	h := w.Header()
	h.Set("Location", "/v2/orders/"+o.ID)
	h.Set("ETag", `"v1"`)
	h.Set("Content-Type", "application/json")
	h.Set("Cache-Control", "private, no-cache")
	w.WriteHeader(http.StatusCreated)
	w.Write(append(body, '\n'))
	return nil
}

// eventID reads back the id of a marshalled event.
func eventID(event []byte) string {
	var e struct{ ID string }
	json.Unmarshal(event, &e)
	return e.ID
}

func (s *Server) getOrder(w http.ResponseWriter, r *http.Request) {
	o, err := func() (store.Order, error) {
		p, err := principal(r, auth.ScopeOrdersRead)
		if err != nil {
			return store.Order{}, err
		}
		id, err := pathID(r, "id", "ord")
		if err != nil {
			return store.Order{}, err
		}
		return s.ownOrder(r, p, id)
	}()
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeResource(w, r, http.StatusOK, orderETag(o), viewOrder(o))
}

// statusEvent is the payload of order.paid, order.fulfilled and order.cancelled.
func statusEvent(o store.Order, previous string, at time.Time) store.Event {
	typ := "order." + o.Status
	id := store.NewID("evt")
	payload, _ := json.Marshal(map[string]any{"id": id, "type": typ, "created_at": at,
		"data": map[string]any{"order_id": o.ID, "status": o.Status, "previous_status": previous}})
	return store.Event{ID: id, Type: typ, Payload: payload}
}

func transitionConflict(o store.Order, to string) Problem {
	return NewProblem("invalid-transition", http.StatusConflict, fmt.Sprintf("A %s order cannot become %s.", o.Status, to))
}

package server

import (
	"errors"
	"net/http"
	"net/url"
	"slices"
	"strings"

	"github.com/sequere/sequere/examples/orders/auth"
	"github.com/sequere/sequere/examples/orders/store"
)

var eventTypes = []string{"order.created", "order.paid", "order.fulfilled", "order.cancelled"}

// admin runs fn for a users:admin caller and writes its error, if any.
func (s *Server) admin(w http.ResponseWriter, r *http.Request, fn func() error) {
	if _, err := principal(r, auth.ScopeUsersAdmin); err != nil {
		s.fail(w, r, err)
		return
	}
	if err := fn(); err != nil {
		s.fail(w, r, err)
	}
}

func (s *Server) endpoint(r *http.Request) (store.Endpoint, error) {
	id, err := pathID(r, "id", "whk")
	if err != nil {
		return store.Endpoint{}, err
	}
	e, err := s.store.GetEndpoint(r.Context(), id)
	if errors.Is(err, store.ErrNotFound) {
		return store.Endpoint{}, notFound("webhook endpoint", id)
	}
	return e, err
}

func (s *Server) listWebhookEndpoints(w http.ResponseWriter, r *http.Request) {
	s.admin(w, r, func() error {
		limit, cursor, err := pageParams(r)
		if err != nil {
			return err
		}
		eps, next, err := s.store.ListEndpoints(r.Context(), limit, cursor)
		if err != nil {
			return err
		}
		views := make([]endpointView, len(eps))
		for i, e := range eps {
			views[i] = viewEndpoint(e, false)
		}
		writeJSON(w, http.StatusOK, "no-store", newPage(views, r.URL.Path, r.URL.Query(), limit, cursor, next))
		return nil
	})
}

func (s *Server) createWebhookEndpoint(w http.ResponseWriter, r *http.Request) {
	s.admin(w, r, func() error {
		var in struct {
			URL         string   `json:"url"`
			Events      []string `json:"events"`
			Description string   `json:"description"`
		}
		if _, err := decode(r, &in); err != nil {
			return err
		}
		var errs []FieldError
		if u, err := url.Parse(in.URL); err != nil || u.Scheme != "https" || u.Host == "" || !strings.HasPrefix(in.URL, "https://") {
			errs = append(errs, field("body", "/url", "must be an absolute https URL"))
		}
		if len(in.Events) == 0 || len(in.Events) > 4 {
			errs = append(errs, field("body", "/events", "must list 1 to 4 event types"))
		}
		for i, e := range in.Events {
			if !slices.Contains(eventTypes, e) || slices.Index(in.Events, e) != i {
				errs = append(errs, field("body", "/events", "must be distinct event types among "+strings.Join(eventTypes, ", ")))
				break
			}
		}
		if strings.ContainsAny(in.Description, "\r\n") || len(in.Description) > 256 {
			errs = append(errs, field("body", "/description", "holds one line of at most 256 characters"))
		}
		if len(errs) > 0 {
			return invalid(errs...)
		}
		e, err := s.store.CreateEndpoint(r.Context(), store.Endpoint{URL: in.URL, Events: in.Events, Description: in.Description,
			Secret: auth.NewSecret("whsec")})
		if err != nil {
			return err
		}
		v := viewEndpoint(e, true)
		w.Header().Set("Location", v.Links.Self.Href)
		writeJSON(w, http.StatusCreated, "no-store", v)
		return nil
	})
}

func (s *Server) getWebhookEndpoint(w http.ResponseWriter, r *http.Request) {
	s.admin(w, r, func() error {
		e, err := s.endpoint(r)
		if err != nil {
			return err
		}
		v := viewEndpoint(e, false)
		writeResource(w, r, http.StatusOK, hashETag(v), v)
		return nil
	})
}

func (s *Server) deleteWebhookEndpoint(w http.ResponseWriter, r *http.Request) {
	s.admin(w, r, func() error {
		e, err := s.endpoint(r)
		if err != nil {
			return err
		}
		if err := s.store.DeleteEndpoint(r.Context(), e.ID); err != nil && !errors.Is(err, store.ErrNotFound) {
			return err
		}
		w.WriteHeader(http.StatusNoContent)
		return nil
	})
}

func (s *Server) listWebhookDeliveries(w http.ResponseWriter, r *http.Request) {
	s.admin(w, r, func() error {
		e, err := s.endpoint(r)
		if err != nil {
			return err
		}
		limit, cursor, err := pageParams(r)
		if err != nil {
			return err
		}
		ds, next, err := s.store.ListDeliveries(r.Context(), e.ID, limit, cursor)
		if err != nil {
			return err
		}
		views := make([]deliveryView, len(ds))
		for i, d := range ds {
			views[i] = viewDelivery(d)
		}
		writeJSON(w, http.StatusOK, "no-store", newPage(views, r.URL.Path, r.URL.Query(), limit, cursor, next))
		return nil
	})
}

func (s *Server) replayWebhookDelivery(w http.ResponseWriter, r *http.Request) {
	s.admin(w, r, func() error {
		e, err := s.endpoint(r)
		if err != nil {
			return err
		}
		id, err := pathID(r, "delivery_id", "dlv")
		if err != nil {
			return err
		}
		d, err := s.store.GetDelivery(r.Context(), id)
		if errors.Is(err, store.ErrNotFound) || (err == nil && d.EndpointID != e.ID) {
			return notFound("delivery", id)
		}
		if err != nil {
			return err
		}
		fresh, err := s.store.Replay(r.Context(), d.ID)
		if err != nil {
			return err
		}
		v := viewDelivery(fresh)
		w.Header().Set("Location", v.Links.Self.Href)
		writeJSON(w, http.StatusAccepted, "no-store", v)
		return nil
	})
}

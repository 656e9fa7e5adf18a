package server

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"net/http"
	"net/mail"
	"strconv"

	"github.com/sequere/sequere/examples/orders/auth"
	"github.com/sequere/sequere/examples/orders/store"
)

// hashETag is the validator of resources without a version: a digest of the
// representation.
func hashETag(v any) string {
	b, _ := json.Marshal(v)
	sum := sha256.Sum256(b)
	return `"` + hex.EncodeToString(sum[:8]) + `"`
}

func (s *Server) createUser(w http.ResponseWriter, r *http.Request) {
	u, err := func() (store.User, error) {
		if _, err := principal(r, auth.ScopeUsersAdmin); err != nil {
			return store.User{}, err
		}
		var in struct {
			Email string `json:"email"`
			Name  string `json:"name"`
			Role  string `json:"role"`
		}
		if _, err := decode(r, &in); err != nil {
			return store.User{}, err
		}
		var errs []FieldError
		if a, err := mail.ParseAddress(in.Email); err != nil || a.Address != in.Email || len(in.Email) > 254 {
			errs = append(errs, field("body", "/email", "must be an email address"))
		}
		if !linePattern.MatchString(in.Name) || len(in.Name) > 256 {
			errs = append(errs, field("body", "/name", "is required and holds one line"))
		}
		if in.Role != "" && in.Role != store.RoleCustomer && in.Role != store.RoleAdmin {
			errs = append(errs, field("body", "/role", "must be customer or admin"))
		}
		if len(errs) > 0 {
			return store.User{}, invalid(errs...)
		}
		u, err := s.store.CreateUser(r.Context(), store.User{Email: in.Email, Name: in.Name, Role: in.Role})
		if errors.Is(err, store.ErrDuplicate) {
			return store.User{}, NewProblem("conflict", http.StatusConflict, "A user with this email exists.")
		}
		return u, err
	}()
	if err != nil {
		s.fail(w, r, err)
		return
	}
	v := viewUser(u)
	w.Header().Set("Location", v.Links.Self.Href)
	writeResource(w, r, http.StatusCreated, hashETag(v), v)
}

// visibleUser loads a user the caller may see: themselves, or anyone with users:admin.
func (s *Server) visibleUser(r *http.Request, p auth.Principal) (store.User, error) {
	id, err := pathID(r, "id", "usr")
	if err != nil {
		return store.User{}, err
	}
	if id != p.UserID && !p.Has(auth.ScopeUsersAdmin) {
		return store.User{}, notFound("user", id)
	}
	u, err := s.store.GetUser(r.Context(), id)
	if errors.Is(err, store.ErrNotFound) {
		return store.User{}, notFound("user", id)
	}
	return u, err
}

func (s *Server) getUser(w http.ResponseWriter, r *http.Request) {
	u, err := func() (store.User, error) {
		p, err := principal(r, auth.ScopeOrdersRead)
		if err != nil {
			return store.User{}, err
		}
		return s.visibleUser(r, p)
	}()
	if err != nil {
		s.fail(w, r, err)
		return
	}
	v := viewUser(u)
	writeResource(w, r, http.StatusOK, hashETag(v), v)
}

func (s *Server) deleteUser(w http.ResponseWriter, r *http.Request) {
	err := func() error {
		if _, err := principal(r, auth.ScopeUsersAdmin); err != nil {
			return err
		}
		id, err := pathID(r, "id", "usr")
		if err != nil {
			return err
		}
		switch err := s.store.DeleteUser(r.Context(), id); {
		case errors.Is(err, store.ErrNotFound):
			return notFound("user", id)
		case errors.Is(err, store.ErrInUse):
			return NewProblem("conflict", http.StatusConflict, "The user has pending or paid orders; cancel or fulfil them first.")
		default:
			return err
		}
	}()
	if err != nil {
		s.fail(w, r, err)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// pageParams reads limit (1..100, default 20) and cursor.
func pageParams(r *http.Request) (int, string, error) {
	q := r.URL.Query()
	limit := 20
	if v := q.Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 100 {
			return 0, "", invalid(field("query", "/limit", "must be an integer from 1 to 100"))
		}
		limit = n
	}
	return limit, q.Get("cursor"), nil
}

var orderStatuses = map[string]bool{store.StatusPending: true, store.StatusPaid: true, store.StatusFulfilled: true, store.StatusCancelled: true}

func (s *Server) listUserOrders(w http.ResponseWriter, r *http.Request) {
	pg, err := func() (page[orderView], error) {
		p, err := principal(r, auth.ScopeOrdersRead)
		if err != nil {
			return page[orderView]{}, err
		}
		u, err := s.visibleUser(r, p)
		if err != nil {
			return page[orderView]{}, err
		}
		limit, cursor, err := pageParams(r)
		if err != nil {
			return page[orderView]{}, err
		}
		status := r.URL.Query().Get("status")
		if status != "" && !orderStatuses[status] {
			return page[orderView]{}, invalid(field("query", "/status", "must be pending, paid, fulfilled or cancelled"))
		}
		orders, next, err := s.store.ListOrders(r.Context(), u.ID, status, limit, cursor)
		if err != nil {
			return page[orderView]{}, err
		}
		views := make([]orderView, len(orders))
		for i, o := range orders {
			views[i] = viewOrder(o)
		}
		return newPage(views, r.URL.Path, r.URL.Query(), limit, cursor, next), nil
	}()
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, "no-store", pg)
}

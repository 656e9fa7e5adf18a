package server

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"net/http"

	"github.com/sequere/sequere/examples/orders/gen"
	"github.com/sequere/sequere/examples/orders/store"
)

// hashETag is the validator of resources without a version: a digest of the
// representation.
func hashETag(v any) string {
	b, _ := json.Marshal(v)
	sum := sha256.Sum256(b)
	return `"` + hex.EncodeToString(sum[:8]) + `"`
}

// CreateUser adds a user; an email in use is a 409.
func (s *Server) CreateUser(ctx context.Context, req gen.CreateUserRequest) (gen.CreateUserResponse, error) {
	u, err := s.store.CreateUser(ctx, store.User{Email: req.Body.Email, Name: req.Body.Name, Role: string(deref(req.Body.Role))})
	if errors.Is(err, store.ErrDuplicate) {
		return nil, NewProblem("conflict", http.StatusConflict, "A user with this email exists.")
	}
	if err != nil {
		return nil, err
	}
	v := genUser(u)
	return gen.CreateUser201Response{Body: v, Headers: gen.CreateUser201ResponseHeaders{
		Location: v.Links.Self.Href, ETag: hashETag(v), CacheControl: cacheResource}}, nil
}

// visibleUser loads a user the caller may see: themselves, or anyone with users:admin.
func (s *Server) visibleUser(ctx context.Context, id string) (store.User, error) {
	if p := caller(ctx); id != p.UserID && !admin(p) {
		return store.User{}, notFound("user", id)
	}
	u, err := s.store.GetUser(ctx, id)
	if errors.Is(err, store.ErrNotFound) {
		return store.User{}, notFound("user", id)
	}
	return u, err
}

// GetUser answers 304 when If-None-Match still matches.
func (s *Server) GetUser(ctx context.Context, req gen.GetUserRequest) (gen.GetUserResponse, error) {
	u, err := s.visibleUser(ctx, req.ID)
	if err != nil {
		return nil, err
	}
	v := genUser(u)
	etag := hashETag(v)
	if etagMatches(req.IfNoneMatch, etag) {
		return gen.GetUser304Response{Headers: gen.GetUser304ResponseHeaders{ETag: etag, CacheControl: cacheResource}}, nil
	}
	return gen.GetUser200Response{Body: v, Headers: gen.GetUser200ResponseHeaders{ETag: etag, CacheControl: cacheResource}}, nil
}

// DeleteUser refuses while the user has open orders.
func (s *Server) DeleteUser(ctx context.Context, req gen.DeleteUserRequest) (gen.DeleteUserResponse, error) {
	switch err := s.store.DeleteUser(ctx, req.ID); {
	case errors.Is(err, store.ErrNotFound):
		return nil, notFound("user", req.ID)
	case errors.Is(err, store.ErrInUse):
		return nil, NewProblem("conflict", http.StatusConflict, "The user has pending or paid orders; cancel or fulfil them first.")
	case err != nil:
		return nil, err
	}
	return gen.DeleteUser204Response{}, nil
}

// ListUserOrders pages through a user's orders, newest first.
func (s *Server) ListUserOrders(ctx context.Context, req gen.ListUserOrdersRequest) (gen.ListUserOrdersResponse, error) {
	pg, err := s.listOrders(ctx, "/v2", req.ID, string(deref(req.Status)), req.Limit, deref(req.Cursor))
	if err != nil {
		return nil, err
	}
	return gen.ListUserOrders200Response{Body: pg, Headers: gen.ListUserOrders200ResponseHeaders{CacheControl: cacheNone}}, nil
}

// ListUserOrdersV1 is ListUserOrders under /v1, without the status filter.
func (s *Server) ListUserOrdersV1(ctx context.Context, req gen.ListUserOrdersV1Request) (gen.ListUserOrdersV1Response, error) {
	pg, err := s.listOrders(ctx, "/v1", req.ID, "", req.Limit, deref(req.Cursor))
	if err != nil {
		return nil, err
	}
	return gen.ListUserOrdersV1200Response{Body: pg, Headers: gen.ListUserOrdersV1200ResponseHeaders{CacheControl: cacheNone}}, nil
}

func (s *Server) listOrders(ctx context.Context, version, userID, status string, limit int32, cursor string) (gen.OrderPage, error) {
	u, err := s.visibleUser(ctx, userID)
	if err != nil {
		return gen.OrderPage{}, err
	}
	orders, next, err := s.store.ListOrders(ctx, u.ID, status, int(limit), cursor)
	if err != nil {
		return gen.OrderPage{}, err
	}
	pg := gen.OrderPage{Data: make([]gen.Order, len(orders))}
	for i, o := range orders {
		pg.Data[i] = genOrder(o)
	}
	pg.Meta, pg.Links = page(version+"/users/"+u.ID+"/orders", map[string]string{"status": status}, limit, cursor, next)
	return pg, nil
}

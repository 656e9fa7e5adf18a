package server

import (
	"context"
	"errors"

	"github.com/sequere/sequere/examples/orders/auth"
	"github.com/sequere/sequere/examples/orders/gen"
	"github.com/sequere/sequere/examples/orders/store"
)

// Webhook operations; guard has checked users:admin for all of them.

func (s *Server) endpoint(ctx context.Context, id string) (store.Endpoint, error) {
	e, err := s.store.GetEndpoint(ctx, id)
	if errors.Is(err, store.ErrNotFound) {
		return store.Endpoint{}, notFound("webhook endpoint", id)
	}
	return e, err
}

// ListWebhookEndpoints pages through the endpoints, oldest first.
func (s *Server) ListWebhookEndpoints(ctx context.Context, req gen.ListWebhookEndpointsRequest) (gen.ListWebhookEndpointsResponse, error) {
	cursor := deref(req.Cursor)
	eps, next, err := s.store.ListEndpoints(ctx, int(req.Limit), cursor)
	if err != nil {
		return nil, err
	}
	pg := gen.WebhookEndpointPage{Data: make([]gen.WebhookEndpoint, len(eps))}
	for i, e := range eps {
		pg.Data[i] = genEndpoint(e)
	}
	pg.Meta, pg.Links = page("/v2/webhook-endpoints", nil, req.Limit, cursor, next)
	return gen.ListWebhookEndpoints200Response{Body: pg, Headers: gen.ListWebhookEndpoints200ResponseHeaders{CacheControl: cacheNone}}, nil
}

// CreateWebhookEndpoint registers an endpoint and shows its secret, this once.
func (s *Server) CreateWebhookEndpoint(ctx context.Context, req gen.CreateWebhookEndpointRequest) (gen.CreateWebhookEndpointResponse, error) {
	e := store.Endpoint{URL: req.Body.URL, Description: deref(req.Body.Description), Secret: auth.NewSecret("whsec")}
	for _, ev := range req.Body.Events {
		e.Events = append(e.Events, string(ev))
	}
	e, err := s.store.CreateEndpoint(ctx, e)
	if err != nil {
		return nil, err
	}
	v := genCreatedEndpoint(e)
	return gen.CreateWebhookEndpoint201Response{Body: v, Headers: gen.CreateWebhookEndpoint201ResponseHeaders{
		Location: v.Links.Self.Href, CacheControl: cacheNone}}, nil
}

// GetWebhookEndpoint answers 304 when If-None-Match still matches.
func (s *Server) GetWebhookEndpoint(ctx context.Context, req gen.GetWebhookEndpointRequest) (gen.GetWebhookEndpointResponse, error) {
	e, err := s.endpoint(ctx, req.ID)
	if err != nil {
		return nil, err
	}
	v := genEndpoint(e)
	etag := hashETag(v)
	if etagMatches(req.IfNoneMatch, etag) {
		return gen.GetWebhookEndpoint304Response{Headers: gen.GetWebhookEndpoint304ResponseHeaders{ETag: etag}}, nil
	}
	return gen.GetWebhookEndpoint200Response{Body: v, Headers: gen.GetWebhookEndpoint200ResponseHeaders{ETag: etag, CacheControl: cacheResource}}, nil
}

// DeleteWebhookEndpoint removes the endpoint with its delivery log.
func (s *Server) DeleteWebhookEndpoint(ctx context.Context, req gen.DeleteWebhookEndpointRequest) (gen.DeleteWebhookEndpointResponse, error) {
	if err := s.store.DeleteEndpoint(ctx, req.ID); errors.Is(err, store.ErrNotFound) {
		return nil, notFound("webhook endpoint", req.ID)
	} else if err != nil {
		return nil, err
	}
	return gen.DeleteWebhookEndpoint204Response{}, nil
}

// ListWebhookDeliveries pages through an endpoint's delivery log, newest first.
func (s *Server) ListWebhookDeliveries(ctx context.Context, req gen.ListWebhookDeliveriesRequest) (gen.ListWebhookDeliveriesResponse, error) {
	e, err := s.endpoint(ctx, req.ID)
	if err != nil {
		return nil, err
	}
	cursor := deref(req.Cursor)
	ds, next, err := s.store.ListDeliveries(ctx, e.ID, int(req.Limit), cursor)
	if err != nil {
		return nil, err
	}
	pg := gen.WebhookDeliveryPage{Data: make([]gen.WebhookDelivery, len(ds))}
	for i, d := range ds {
		if pg.Data[i], err = genDelivery(d); err != nil {
			return nil, err
		}
	}
	pg.Meta, pg.Links = page("/v2/webhook-endpoints/"+e.ID+"/deliveries", nil, req.Limit, cursor, next)
	return gen.ListWebhookDeliveries200Response{Body: pg, Headers: gen.ListWebhookDeliveries200ResponseHeaders{CacheControl: cacheNone}}, nil
}

// ReplayWebhookDelivery queues the delivery's event again as a new delivery.
func (s *Server) ReplayWebhookDelivery(ctx context.Context, req gen.ReplayWebhookDeliveryRequest) (gen.ReplayWebhookDeliveryResponse, error) {
	if _, err := s.endpoint(ctx, req.ID); err != nil {
		return nil, err
	}
	d, err := s.store.GetDelivery(ctx, req.DeliveryID)
	if errors.Is(err, store.ErrNotFound) || (err == nil && d.EndpointID != req.ID) {
		return nil, notFound("delivery", req.DeliveryID)
	}
	if err != nil {
		return nil, err
	}
	fresh, err := s.store.Replay(ctx, d.ID)
	if err != nil {
		return nil, err
	}
	v, err := genDelivery(fresh)
	if err != nil {
		return nil, err
	}
	return gen.ReplayWebhookDelivery202Response{Body: v, Headers: gen.ReplayWebhookDelivery202ResponseHeaders{Location: v.Links.Self.Href}}, nil
}

package server

import (
	"encoding/json"
	"net/url"
	"strconv"

	"github.com/sequere/sequere/examples/orders/gen"
	"github.com/sequere/sequere/examples/orders/store"
)

// Conversions from stored values to the generated models of the spec's schemas.

func genUser(u store.User) gen.User {
	self := "/v2/users/" + u.ID
	return gen.User{ID: u.ID, Email: u.Email, Name: u.Name, Role: gen.UserRole(u.Role), CreatedAt: u.CreatedAt,
		Links: gen.UserLinks{Self: gen.Link{Href: self}, Orders: gen.Link{Href: self + "/orders"}}}
}

func genItems(items []store.Item) []gen.OrderItem {
	out := make([]gen.OrderItem, len(items))
	for i, it := range items {
		out[i] = gen.OrderItem{SKU: it.SKU, Quantity: int32(it.Quantity), UnitPrice: gen.Money(it.UnitPrice)}
	}
	return out
}

func storeItems(items []gen.OrderItem) []store.Item {
	out := make([]store.Item, len(items))
	for i, it := range items {
		out[i] = store.Item{SKU: it.SKU, Quantity: int64(it.Quantity), UnitPrice: store.Money(it.UnitPrice)}
	}
	return out
}

// genOrder links only the transitions the order's status allows (HATEOAS: a client
// learns what it may do next from the representation).
func genOrder(o store.Order) gen.Order {
	v := gen.Order{ID: o.ID, UserID: o.UserID, Status: gen.OrderStatus(o.Status), Items: genItems(o.Items), Total: gen.Money(o.Total),
		Note: o.Note, CreatedAt: o.CreatedAt, UpdatedAt: o.UpdatedAt, PaidAt: o.PaidAt, FulfilledAt: o.FulfilledAt,
		CancelledAt: o.CancelledAt}
	if len(o.ShippingAddress) > 0 {
		var a gen.Address
		if json.Unmarshal(o.ShippingAddress, &a) == nil {
			v.ShippingAddress = &a
		}
	}
	if o.CancellationReason != nil {
		r := gen.CancellationReason(*o.CancellationReason)
		v.CancellationReason = &r
	}
	self := "/v2/orders/" + o.ID
	v.Links.Self.Href, v.Links.User.Href = self, "/v2/users/"+o.UserID
	if o.Status == store.StatusPending {
		v.Links.Pay = &gen.Link{Href: self + "/pay"}
	}
	if o.Status == store.StatusPending || o.Status == store.StatusPaid {
		v.Links.Cancel = &gen.Link{Href: self + "/cancel"}
	}
	if o.Status == store.StatusPaid {
		v.Links.Fulfil = &gen.Link{Href: self + "/fulfil"}
	}
	return v
}

// genEndpoint is an endpoint as every read shows it: the read schema has no
// secret, so it cannot leak from here.
func genEndpoint(e store.Endpoint) gen.WebhookEndpoint {
	v := gen.WebhookEndpoint{ID: e.ID, URL: e.URL, Status: gen.WebhookEndpointStatus(e.Status), CreatedAt: e.CreatedAt}
	for _, ev := range e.Events {
		v.Events = append(v.Events, gen.EventType(ev))
	}
	if e.Description != "" {
		v.Description = &e.Description
	}
	v.Links.Self.Href = "/v2/webhook-endpoints/" + e.ID
	v.Links.Deliveries.Href = v.Links.Self.Href + "/deliveries"
	return v
}

// genCreatedEndpoint is the registration's answer, the one place the
// signing secret is shown.
func genCreatedEndpoint(e store.Endpoint) gen.CreatedWebhookEndpoint {
	v := genEndpoint(e)
	return gen.CreatedWebhookEndpoint{ID: v.ID, URL: v.URL, Events: v.Events, Description: v.Description,
		Status: v.Status, Secret: e.Secret, CreatedAt: v.CreatedAt, Links: v.Links}
}

func genDelivery(d store.Delivery) (gen.WebhookDelivery, error) {
	v := gen.WebhookDelivery{ID: d.ID, EndpointID: d.EndpointID, Status: gen.WebhookDeliveryStatus(d.Status),
		Attempts: int32(d.Attempts), LastAttemptAt: d.LastAttemptAt, CreatedAt: d.CreatedAt}
	if err := json.Unmarshal(d.Payload, &v.Event); err != nil {
		return v, err
	}
	if d.LastStatusCode != 0 {
		code := int32(d.LastStatusCode)
		v.ResponseStatus = &code
	}
	if d.Status == store.DeliveryPending {
		next := d.NextAttemptAt
		v.NextAttemptAt = &next
	}
	base := "/v2/webhook-endpoints/" + d.EndpointID + "/deliveries"
	v.Links.Self.Href = base + "?limit=1"
	v.Links.Replay.Href = base + "/" + d.ID + "/replay"
	return v, nil
}

// page builds the meta and links of a page; the links keep the filters of query.
func page(path string, filters map[string]string, limit int32, cursor, next string) (gen.PageMeta, gen.PageLinks) {
	meta := gen.PageMeta{Limit: limit, HasMore: next != ""}
	q := url.Values{}
	for k, v := range filters {
		if v != "" {
			q.Set(k, v)
		}
	}
	q.Set("limit", strconv.Itoa(int(limit)))
	if cursor != "" {
		q.Set("cursor", cursor)
	}
	links := gen.PageLinks{Self: gen.Link{Href: path + "?" + q.Encode()}}
	if next != "" {
		meta.NextCursor = &next
		q.Set("cursor", next)
		links.Next = &gen.Link{Href: path + "?" + q.Encode()}
	}
	return meta, links
}

func deref[T any](p *T) T {
	var zero T
	if p == nil {
		return zero
	}
	return *p
}

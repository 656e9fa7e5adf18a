package server

import (
	"encoding/json"
	"net/url"
	"strconv"
	"time"

	"github.com/sequere/sequere/examples/orders/store"
)

// The JSON representations of the spec's schemas, rendered from store values.

type link struct {
	Href string `json:"href"`
}

type userView struct {
	ID        string    `json:"id"`
	Email     string    `json:"email"`
	Name      string    `json:"name"`
	Role      string    `json:"role"`
	CreatedAt time.Time `json:"created_at"`
	Links     struct {
		Self   link `json:"self"`
		Orders link `json:"orders"`
	} `json:"_links"`
}

func viewUser(u store.User) userView {
	v := userView{ID: u.ID, Email: u.Email, Name: u.Name, Role: u.Role, CreatedAt: u.CreatedAt}
	v.Links.Self.Href = "/v2/users/" + u.ID
	v.Links.Orders.Href = "/v2/users/" + u.ID + "/orders"
	return v
}

type orderLinks struct {
	Self   link  `json:"self"`
	User   link  `json:"user"`
	Pay    *link `json:"pay,omitempty"`
	Cancel *link `json:"cancel,omitempty"`
	Fulfil *link `json:"fulfil,omitempty"`
}

type orderView struct {
	ID                 string          `json:"id"`
	UserID             string          `json:"user_id"`
	Status             string          `json:"status"`
	Items              []store.Item    `json:"items"`
	Total              store.Money     `json:"total"`
	Note               *string         `json:"note"`
	ShippingAddress    json.RawMessage `json:"shipping_address"`
	CreatedAt          time.Time       `json:"created_at"`
	UpdatedAt          time.Time       `json:"updated_at"`
	PaidAt             *time.Time      `json:"paid_at"`
	FulfilledAt        *time.Time      `json:"fulfilled_at"`
	CancelledAt        *time.Time      `json:"cancelled_at"`
	CancellationReason *string         `json:"cancellation_reason"`
	Links              orderLinks      `json:"_links"`
}

// viewOrder links only the transitions the order's status allows (HATEOAS: a client
// learns what it may do next from the representation).
func viewOrder(o store.Order) orderView {
	v := orderView{ID: o.ID, UserID: o.UserID, Status: o.Status, Items: o.Items, Total: o.Total, Note: o.Note,
		ShippingAddress: o.ShippingAddress, CreatedAt: o.CreatedAt, UpdatedAt: o.UpdatedAt, PaidAt: o.PaidAt,
		FulfilledAt: o.FulfilledAt, CancelledAt: o.CancelledAt, CancellationReason: o.CancellationReason}
	if v.ShippingAddress == nil {
		v.ShippingAddress = json.RawMessage("null")
	}
	self := "/v2/orders/" + o.ID
	v.Links.Self.Href, v.Links.User.Href = self, "/v2/users/"+o.UserID
	if o.Status == store.StatusPending {
		v.Links.Pay = &link{self + "/pay"}
	}
	if store.CanTransition(o.Status, store.StatusCancelled) && o.Status != store.StatusCancelled {
		v.Links.Cancel = &link{self + "/cancel"}
	}
	if o.Status == store.StatusPaid {
		v.Links.Fulfil = &link{self + "/fulfil"}
	}
	return v
}

type endpointView struct {
	ID          string    `json:"id"`
	URL         string    `json:"url"`
	Events      []string  `json:"events"`
	Description string    `json:"description,omitempty"`
	Status      string    `json:"status"`
	Secret      string    `json:"secret,omitempty"`
	CreatedAt   time.Time `json:"created_at"`
	Links       struct {
		Self       link `json:"self"`
		Deliveries link `json:"deliveries"`
	} `json:"_links"`
}

func viewEndpoint(e store.Endpoint, withSecret bool) endpointView {
	v := endpointView{ID: e.ID, URL: e.URL, Events: e.Events, Description: e.Description, Status: e.Status, CreatedAt: e.CreatedAt}
	if withSecret {
		v.Secret = e.Secret
	}
	v.Links.Self.Href = "/v2/webhook-endpoints/" + e.ID
	v.Links.Deliveries.Href = v.Links.Self.Href + "/deliveries"
	return v
}

type deliveryView struct {
	ID             string          `json:"id"`
	EndpointID     string          `json:"endpoint_id"`
	Event          json.RawMessage `json:"event"`
	Status         string          `json:"status"`
	Attempts       int             `json:"attempts"`
	ResponseStatus *int            `json:"response_status"`
	LastAttemptAt  *time.Time      `json:"last_attempt_at"`
	NextAttemptAt  *time.Time      `json:"next_attempt_at"`
	CreatedAt      time.Time       `json:"created_at"`
	Links          struct {
		Self   link `json:"self"`
		Replay link `json:"replay"`
	} `json:"_links"`
}

func viewDelivery(d store.Delivery) deliveryView {
	v := deliveryView{ID: d.ID, EndpointID: d.EndpointID, Event: d.Payload, Status: d.Status, Attempts: d.Attempts,
		LastAttemptAt: d.LastAttemptAt, CreatedAt: d.CreatedAt}
	if d.LastStatusCode != 0 {
		code := d.LastStatusCode
		v.ResponseStatus = &code
	}
	if d.Status == store.DeliveryPending {
		next := d.NextAttemptAt
		v.NextAttemptAt = &next
	}
	base := "/v2/webhook-endpoints/" + d.EndpointID + "/deliveries"
	v.Links.Self.Href = base + "?limit=1"
	v.Links.Replay.Href = base + "/" + d.ID + "/replay"
	return v
}

type pageMeta struct {
	Limit      int     `json:"limit"`
	NextCursor *string `json:"next_cursor"`
	HasMore    bool    `json:"has_more"`
}

type pageLinks struct {
	Self link  `json:"self"`
	Next *link `json:"next,omitempty"`
}

type page[T any] struct {
	Data  []T       `json:"data"`
	Meta  pageMeta  `json:"meta"`
	Links pageLinks `json:"_links"`
}

// newPage builds a page whose links repeat the query (limit and filters) of path.
func newPage[T any](data []T, path string, query url.Values, limit int, cursor, next string) page[T] {
	if data == nil {
		data = []T{}
	}
	p := page[T]{Data: data, Meta: pageMeta{Limit: limit, HasMore: next != ""}}
	q := url.Values{}
	for k, v := range query {
		q[k] = v
	}
	q.Set("limit", strconv.Itoa(limit))
	q.Del("cursor")
	if cursor != "" {
		q.Set("cursor", cursor)
	}
	p.Links.Self.Href = path + "?" + q.Encode()
	if next != "" {
		p.Meta.NextCursor = &next
		q.Set("cursor", next)
		p.Links.Next = &link{path + "?" + q.Encode()}
	}
	return p
}

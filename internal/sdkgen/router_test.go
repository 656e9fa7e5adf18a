package sdkgen

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/sequere/sequere/examples/orders/gen"
)

// fake implements a few operations of the generated orders Server and keeps
// the last request each one received.
type fake struct {
	gen.Unimplemented
	mu   sync.Mutex
	last any
}

func (f *fake) keep(req any) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.last = req
}

func (f *fake) GetOrder(_ context.Context, req gen.GetOrderRequest) (gen.GetOrderResponse, error) {
	f.keep(req)
	return gen.GetOrder200Response{Body: gen.Order{ID: req.ID, Status: gen.OrderStatusPending}, Headers: gen.GetOrder200ResponseHeaders{ETag: `"v1"`}}, nil
}

func (f *fake) ListUserOrders(_ context.Context, req gen.ListUserOrdersRequest) (gen.ListUserOrdersResponse, error) {
	f.keep(req)
	return gen.ListUserOrders200Response{Body: gen.OrderPage{Data: []gen.Order{}}}, nil
}

func (f *fake) CreateOrder(_ context.Context, req gen.CreateOrderRequest) (gen.CreateOrderResponse, error) {
	f.keep(req)
	return gen.CreateOrder201Response{Body: gen.Order{ID: "ord_000000000000"}}, nil
}

func (f *fake) UpdateOrder(_ context.Context, req gen.UpdateOrderRequest) (gen.UpdateOrderResponse, error) {
	f.keep(req)
	return gen.UpdateOrder412Response{Body: gen.Problem{Status: 412, Title: "stale"}}, nil
}

func (f *fake) PayOrder(_ context.Context, req gen.PayOrderRequest) (gen.PayOrderResponse, error) {
	f.keep(req)
	return gen.PayOrder409Response{Body: gen.Problem{Status: 409, Title: "no"}}, nil
}

func (f *fake) CreateToken(_ context.Context, req gen.CreateTokenRequest) (gen.CreateTokenResponse, error) {
	f.keep(req)
	return gen.CreateToken200Response{Body: gen.Token{AccessToken: "a.b.c", TokenType: gen.TokenTokenTypeBearer, ExpiresIn: 60}}, nil
}

type problem struct {
	Type   string             `json:"type"`
	Status int                `json:"status"`
	Errors []gen.InvalidParam `json:"errors"`
}

const (
	order   = "/v2/orders/ord_2fXk9QpLmN4pR8sT"
	newBody = `{"items":[{"sku":"BOOK-1","quantity":2,"unit_price":{"amount":100,"currency":"EUR"}}]}`
)

func TestRouter(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, method, path, ctype, body string
		header                          map[string]string
		status                          int
		errors                          []string // "in pointer" of each field error, in order
		check                           func(t *testing.T, last any)
	}{
		{name: "typed path parameter", method: "GET", path: order, status: 200, check: func(t *testing.T, last any) {
			if got := last.(gen.GetOrderRequest).ID; got != "ord_2fXk9QpLmN4pR8sT" {
				t.Errorf("ID = %q", got)
			}
		}},
		{name: "path pattern", method: "GET", path: "/v2/orders/42", status: 400, errors: []string{"path /id"}},
		{name: "query bounds and enum", method: "GET", path: "/v2/users/usr_8Jd2kLmN4pQ7rS1t/orders?limit=500&status=lost", status: 400,
			errors: []string{"query /limit", "query /status"}},
		{name: "query type", method: "GET", path: "/v2/users/usr_8Jd2kLmN4pQ7rS1t/orders?limit=ten", status: 400, errors: []string{"query /limit"}},
		{name: "query default and enum", method: "GET", path: "/v2/users/usr_8Jd2kLmN4pQ7rS1t/orders?status=paid", status: 200, check: func(t *testing.T, last any) {
			req := last.(gen.ListUserOrdersRequest)
			if req.Limit != 20 || req.Status == nil || *req.Status != gen.OrderStatusPaid || req.Cursor != nil {
				t.Errorf("got limit %d status %v cursor %v", req.Limit, req.Status, req.Cursor)
			}
		}},
		{name: "required header and body bounds", method: "POST", path: "/v2/orders", ctype: "application/json",
			body: `{"items":[{"sku":"BOOK-1","quantity":0,"unit_price":{"amount":100,"currency":"EUR"}}]}`, status: 400,
			errors: []string{"body /items/0/quantity", "header /Idempotency-Key"}},
		{name: "unknown and missing members", method: "POST", path: "/v2/orders", ctype: "application/json", body: `{"colour":"red"}`,
			header: map[string]string{"Idempotency-Key": "key-12345678"}, status: 400, errors: []string{"body /colour", "body /items"}},
		{name: "typed body", method: "POST", path: "/v2/orders", ctype: "application/json; charset=utf-8", body: newBody,
			header: map[string]string{"Idempotency-Key": "key-12345678"}, status: 201, check: func(t *testing.T, last any) {
				req := last.(gen.CreateOrderRequest)
				if req.IdempotencyKey != "key-12345678" || len(req.Body.Items) != 1 || req.Body.Items[0].UnitPrice.Amount != 100 || string(req.RawBody) != newBody {
					t.Errorf("got %+v", req)
				}
			}},
		{name: "not JSON", method: "POST", path: "/v2/orders", ctype: "application/json", body: `{`,
			header: map[string]string{"Idempotency-Key": "key-12345678"}, status: 400, errors: []string{"body "}},
		{name: "wrong media type", method: "POST", path: "/v2/orders", ctype: "text/plain", body: newBody,
			header: map[string]string{"Idempotency-Key": "key-12345678"}, status: 415},
		{name: "merge patch null versus absent", method: "PATCH", path: order, ctype: "application/merge-patch+json", body: `{"note":null}`,
			header: map[string]string{"If-Match": `"v1"`}, status: 412, check: func(t *testing.T, last any) {
				req := last.(gen.UpdateOrderRequest)
				if !req.Body.Note.Set || !req.Body.Note.Null || req.Body.ShippingAddress.Set || req.IfMatch != `"v1"` {
					t.Errorf("got %+v", req.Body)
				}
			}},
		{name: "discriminated union", method: "POST", path: order + "/pay", ctype: "application/json", body: `{"method":"invoice","purchase_order":"PO-1"}`,
			status: 409, check: func(t *testing.T, last any) {
				p := last.(gen.PayOrderRequest).Body
				if p.InvoicePayment == nil || p.CardPayment != nil || p.InvoicePayment.PurchaseOrder != "PO-1" {
					t.Errorf("got %+v", p)
				}
			}},
		{name: "union errors name the closest variant only", method: "POST", path: order + "/pay", ctype: "application/json",
			body: `{"method":"card","card_token":"nope"}`, status: 400, errors: []string{"body /card_token"}},
		{name: "form body", method: "POST", path: "/oauth/token", ctype: "application/x-www-form-urlencoded",
			body: "grant_type=client_credentials&client_id=cli_12345678&client_secret=s3cret", status: 200, check: func(t *testing.T, last any) {
				b := last.(gen.CreateTokenRequest).Body
				if b.GrantType != gen.TokenRequestGrantTypeClientCredentials || b.ClientID != "cli_12345678" || b.Scope != nil {
					t.Errorf("got %+v", b)
				}
			}},
		{name: "form body missing field", method: "POST", path: "/oauth/token", ctype: "application/x-www-form-urlencoded",
			body: "grant_type=client_credentials&client_id=cli_12345678", status: 400, errors: []string{"body /client_secret"}},
		{name: "required body", method: "POST", path: order + "/pay", status: 400, errors: []string{"body "}},
		{name: "no such route", method: "GET", path: "/v3/nothing", status: 404},
		{name: "unimplemented", method: "GET", path: "/healthz", status: 501},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			f := &fake{}
			h := gen.NewHandler(f, gen.Options{ValidationProblemType: "https://api.example.com/problems/validation"})
			req := httptest.NewRequest(tt.method, tt.path, strings.NewReader(tt.body))
			if tt.ctype != "" {
				req.Header.Set("Content-Type", tt.ctype)
			}
			for k, v := range tt.header {
				req.Header.Set(k, v)
			}
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			if rec.Code != tt.status {
				t.Fatalf("status %d, want %d: %s", rec.Code, tt.status, rec.Body)
			}
			if tt.status >= 400 {
				if ct := rec.Header().Get("Content-Type"); ct != "application/problem+json" {
					t.Errorf("Content-Type %q", ct)
				}
				var p problem
				if err := json.Unmarshal(rec.Body.Bytes(), &p); err != nil || p.Status != tt.status {
					t.Fatalf("not a problem document (%v): %s", err, rec.Body)
				}
				var got []string
				for _, e := range p.Errors {
					got = append(got, e.In+" "+e.Pointer)
				}
				if strings.Join(got, ",") != strings.Join(tt.errors, ",") {
					t.Errorf("errors %q, want %q: %s", got, tt.errors, rec.Body)
				}
				if tt.status == 400 && p.Type != "https://api.example.com/problems/validation" {
					t.Errorf("type %q", p.Type)
				}
			}
			if tt.check != nil {
				if f.last == nil {
					t.Fatal("the handler was not called")
				}
				tt.check(t, f.last)
			}
			if tt.status == 400 && f.last != nil {
				t.Error("an invalid request reached the handler")
			}
		})
	}
}

func TestRouterMethodNotAllowed(t *testing.T) {
	t.Parallel()
	h := gen.NewHandler(&fake{}, gen.Options{})
	for _, tt := range []struct{ method, path, allow string }{
		{"PUT", order, "GET, HEAD, PATCH"},
		{"DELETE", "/v2/orders", "POST"},
		{"GET", "/oauth/token", "POST"},
		{"PUT", "/v3/nothing", ""},
	} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(tt.method, tt.path, nil))
		want := http.StatusMethodNotAllowed
		if tt.allow == "" {
			want = http.StatusNotFound
		}
		if rec.Code != want || rec.Header().Get("Allow") != tt.allow || rec.Header().Get("Content-Type") != "application/problem+json" {
			t.Errorf("%s %s: %d Allow %q %s, want %d Allow %q", tt.method, tt.path, rec.Code, rec.Header().Get("Allow"), rec.Body, want, tt.allow)
		}
	}
}

func TestRouterResponseHeadersAndMiddleware(t *testing.T) {
	t.Parallel()
	var seen []string
	h := gen.NewHandler(&fake{}, gen.Options{Middleware: func(op gen.Operation, next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			seen = append(seen, op.ID+" "+strings.Join(op.Security[0]["oauth2"], " "))
			w.Header().Set("RateLimit-Limit", "100")
			next.ServeHTTP(w, r)
		})
	}})
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", order, nil))
	if rec.Header().Get("ETag") != `"v1"` || rec.Header().Get("RateLimit-Limit") != "100" || rec.Header().Get("Content-Type") != "application/json" {
		t.Errorf("headers %v", rec.Header())
	}
	if len(seen) != 1 || seen[0] != "getOrder orders:read" {
		t.Errorf("middleware saw %q", seen)
	}
	if errs := gen.SchemaErrors(); len(errs) > 0 {
		t.Errorf("schemas that do not compile: %v", errs)
	}
}

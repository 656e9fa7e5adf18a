// Package orders wires the reference orders API together: seed data for a newcomer
// and the serve loop behind `sequere example orders serve`.
package orders

import (
	"context"
	"errors"
	"fmt"

	"github.com/sequere/sequere/examples/orders/auth"
	"github.com/sequere/sequere/examples/orders/store"
)

// Credential is one seeded client with its secrets in clear; they exist only in memory
// and in what serve prints.
type Credential struct {
	UserID   string
	ClientID string
	Secret   string
	APIKey   string
	Scopes   []string
}

// Seeded are the credentials Seed created: an operator with every scope, and two
// customers (to show that one cannot see the other's orders).
type Seeded struct {
	Admin, Ada, Bob Credential
	// Orders are the ids of Ada's seeded orders, newest last.
	Orders []string
}

// Seed creates the demo users, fresh clients and API keys for them, and a few orders
// for Ada. On a database seeded before, it reuses the users and their orders and only
// adds new clients, since the old secrets are stored as hashes and cannot be shown.
func Seed(ctx context.Context, s *store.Store) (Seeded, error) {
	var out Seeded
	existing := false
	mk := func(email, name, role string, scopes []string) (Credential, error) {
		u, err := s.UserByEmail(ctx, email)
		if err == nil {
			existing = true
		} else if errors.Is(err, store.ErrNotFound) {
			u, err = s.CreateUser(ctx, store.User{Email: email, Name: name, Role: role})
		}
		if err != nil {
			return Credential{}, fmt.Errorf("seed %s: %w", email, err)
		}
		c := Credential{UserID: u.ID, ClientID: store.NewID("cli"), Secret: auth.NewSecret("sec"), APIKey: auth.NewSecret("key"), Scopes: scopes}
		err = s.CreateClient(ctx, store.Client{ID: c.ClientID, SecretHash: auth.HashSecret(c.Secret), APIKeyHash: auth.HashSecret(c.APIKey),
			UserID: u.ID, Scopes: scopes})
		return c, err
	}
	var err error
	if out.Admin, err = mk("ops@example.com", "Grace Hopper", store.RoleAdmin, auth.AllScopes); err != nil {
		return out, err
	}
	customer := []string{auth.ScopeOrdersRead, auth.ScopeOrdersWrite}
	if out.Ada, err = mk("ada@example.com", "Ada Lovelace", store.RoleCustomer, customer); err != nil {
		return out, err
	}
	if out.Bob, err = mk("bob@example.com", "Bob Bobbins", store.RoleCustomer, customer); err != nil {
		return out, err
	}
	if existing {
		orders, _, err := s.ListOrders(ctx, out.Ada.UserID, "", 3, "")
		for i := len(orders) - 1; i >= 0; i-- {
			out.Orders = append(out.Orders, orders[i].ID)
		}
		return out, err
	}
	for i, sku := range []string{"BOOK-0042", "PEN-0007", "LAMP-0100"} {
		now := s.Now()
		qty := int64(i + 1)
		price := store.Money{Amount: int64(1250 * (i + 1)), Currency: "EUR"}
		o := store.Order{ID: store.NewID("ord"), UserID: out.Ada.UserID, Status: store.StatusPending, Version: 1, CreatedAt: now, UpdatedAt: now,
			Items: []store.Item{{SKU: sku, Quantity: qty, UnitPrice: price}}, Total: store.Money{Amount: price.Amount * qty, Currency: "EUR"}}
		if _, err := s.CreateOrder(ctx, o, nil, nil); err != nil {
			return out, fmt.Errorf("seed order: %w", err)
		}
		out.Orders = append(out.Orders, o.ID)
	}
	return out, nil
}

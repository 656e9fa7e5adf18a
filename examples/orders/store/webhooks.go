package store

import (
	"context"
	"database/sql"
	"errors"
	"slices"
	"strings"
	"time"
)

// Event is a domain event raised by a write; enqueue turns it into one pending
// delivery per subscribed endpoint, inside the write's transaction (the outbox).
type Event struct {
	ID      string
	Type    string
	Payload []byte
}

// Endpoint is a registered webhook receiver. Events lists the subscribed event types;
// "*" subscribes to all.
type Endpoint struct {
	ID        string
	UserID    string
	URL       string
	Secret    string
	Events    []string
	CreatedAt time.Time
}

// Subscribed reports whether e receives events of type typ.
func (e Endpoint) Subscribed(typ string) bool {
	return slices.Contains(e.Events, "*") || slices.Contains(e.Events, typ)
}

// Delivery statuses.
const (
	DeliveryPending   = "pending"
	DeliveryDelivered = "delivered"
	DeliveryFailed    = "failed"
)

// Delivery is one event on its way to one endpoint.
type Delivery struct {
	ID             string
	EndpointID     string
	EventID        string
	EventType      string
	Payload        []byte
	Status         string
	Attempts       int
	NextAttemptAt  time.Time
	LastStatusCode int
	LastError      string
	CreatedAt      time.Time
	UpdatedAt      time.Time
}

// Attempt is one entry of a delivery's log.
type Attempt struct {
	DeliveryID string
	Attempt    int
	At         time.Time
	StatusCode int
	Error      string
	Duration   time.Duration
}

// CreateEndpoint stores e, assigning an id when empty.
func (s *Store) CreateEndpoint(ctx context.Context, e Endpoint) (Endpoint, error) {
	if e.ID == "" {
		e.ID = NewID("whe")
	}
	e.CreatedAt = fromStamp(s.stamp())
	_, err := s.db.ExecContext(ctx, s.q(`INSERT INTO webhook_endpoints (id, user_id, url, secret, events, created_at) VALUES (?, ?, ?, ?, ?, ?)`),
		e.ID, e.UserID, e.URL, e.Secret, strings.Join(e.Events, " "), e.CreatedAt.UnixMicro())
	return e, err
}

const endpointColumns = `id, user_id, url, secret, events, created_at`

func scanEndpoint(row interface{ Scan(...any) error }) (Endpoint, error) {
	var e Endpoint
	var events string
	var created int64
	err := row.Scan(&e.ID, &e.UserID, &e.URL, &e.Secret, &events, &created)
	e.Events, e.CreatedAt = strings.Fields(events), fromStamp(created)
	return e, err
}

// GetEndpoint returns ErrNotFound when id does not exist.
func (s *Store) GetEndpoint(ctx context.Context, id string) (Endpoint, error) {
	e, err := scanEndpoint(s.db.QueryRowContext(ctx, s.q(`SELECT `+endpointColumns+` FROM webhook_endpoints WHERE id = ?`), id))
	if errors.Is(err, sql.ErrNoRows) {
		return Endpoint{}, ErrNotFound
	}
	return e, err
}

// ListEndpoints returns the endpoints of userID, oldest first.
func (s *Store) ListEndpoints(ctx context.Context, userID string) ([]Endpoint, error) {
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT `+endpointColumns+` FROM webhook_endpoints WHERE user_id = ? ORDER BY created_at, id`), userID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Endpoint
	for rows.Next() {
		e, err := scanEndpoint(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

// DeleteEndpoint removes the endpoint and its deliveries.
func (s *Store) DeleteEndpoint(ctx context.Context, id string) error {
	res, err := s.db.ExecContext(ctx, s.q(`DELETE FROM webhook_endpoints WHERE id = ?`), id)
	if err != nil {
		return err
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return ErrNotFound
	}
	return nil
}

func (s *Store) enqueue(ctx context.Context, tx *sql.Tx, userID string, events []Event) error {
	if len(events) == 0 {
		return nil
	}
	rows, err := tx.QueryContext(ctx, s.q(`SELECT `+endpointColumns+` FROM webhook_endpoints WHERE user_id = ?`), userID)
	if err != nil {
		return err
	}
	var endpoints []Endpoint
	for rows.Next() {
		e, err := scanEndpoint(rows)
		if err != nil {
			rows.Close()
			return err
		}
		endpoints = append(endpoints, e)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	now := s.stamp()
	for _, ev := range events {
		for _, e := range endpoints {
			if !e.Subscribed(ev.Type) {
				continue
			}
			if err := insertDelivery(ctx, tx, s, e.ID, ev, now); err != nil {
				return err
			}
		}
	}
	return nil
}

func insertDelivery(ctx context.Context, tx *sql.Tx, s *Store, endpointID string, ev Event, now int64) error {
	_, err := tx.ExecContext(ctx, s.q(`INSERT INTO deliveries (id, endpoint_id, event_id, event_type, payload, status, next_attempt_at, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`), NewID("dlv"), endpointID, ev.ID, ev.Type, string(ev.Payload), DeliveryPending, now, now, now)
	return err
}

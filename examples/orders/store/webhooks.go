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

// Endpoint is a registered webhook receiver; it gets the subscribed events of every
// order. Events lists the subscribed event types; "*" subscribes to all.
type Endpoint struct {
	ID          string
	URL         string
	Secret      string
	Events      []string
	Description string
	// Status is "enabled" or "disabled"; only enabled endpoints get new events.
	Status    string
	CreatedAt time.Time
}

// Subscribed reports whether e receives events of type typ.
func (e Endpoint) Subscribed(typ string) bool {
	return slices.Contains(e.Events, "*") || slices.Contains(e.Events, typ)
}

// Delivery statuses.
const (
	DeliveryPending   = "pending"
	DeliverySucceeded = "succeeded"
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
	LastAttemptAt  *time.Time
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

// CreateEndpoint stores e, assigning an id when empty; an empty Status is "enabled".
func (s *Store) CreateEndpoint(ctx context.Context, e Endpoint) (Endpoint, error) {
	if e.ID == "" {
		e.ID = NewID("whk")
	}
	if e.Status == "" {
		e.Status = "enabled"
	}
	e.CreatedAt = fromStamp(s.stamp())
	_, err := s.db.ExecContext(ctx, s.q(`INSERT INTO webhook_endpoints (`+endpointColumns+`) VALUES (?, ?, ?, ?, ?, ?, ?)`),
		e.ID, e.URL, e.Secret, strings.Join(e.Events, " "), e.Description, e.Status, e.CreatedAt.UnixMicro())
	return e, err
}

const endpointColumns = `id, url, secret, events, description, status, created_at`

func scanEndpoint(row interface{ Scan(...any) error }) (Endpoint, error) {
	var e Endpoint
	var events string
	var created int64
	err := row.Scan(&e.ID, &e.URL, &e.Secret, &events, &e.Description, &e.Status, &created)
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

// ListEndpoints returns up to limit endpoints, oldest first, after cursor, and the
// cursor of the next page ("" at the end).
func (s *Store) ListEndpoints(ctx context.Context, limit int, cursor string) ([]Endpoint, string, error) {
	query := `SELECT ` + endpointColumns + ` FROM webhook_endpoints`
	var args []any
	if cursor != "" {
		created, id, err := decodeCursor(cursor)
		if err != nil {
			return nil, "", err
		}
		query += ` WHERE created_at > ? OR (created_at = ? AND id > ?)`
		args = append(args, created, created, id)
	}
	rows, err := s.db.QueryContext(ctx, s.q(query+` ORDER BY created_at, id LIMIT ?`), append(args, limit+1)...)
	if err != nil {
		return nil, "", err
	}
	defer rows.Close()
	var out []Endpoint
	for rows.Next() {
		e, err := scanEndpoint(rows)
		if err != nil {
			return nil, "", err
		}
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, "", err
	}
	if len(out) > limit {
		out = out[:limit]
		return out, encodeCursor(out[limit-1].CreatedAt.UnixMicro(), out[limit-1].ID), nil
	}
	return out, "", nil
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

func (s *Store) enqueue(ctx context.Context, tx *sql.Tx, events []Event) error {
	if len(events) == 0 {
		return nil
	}
	rows, err := tx.QueryContext(ctx, s.q(`SELECT `+endpointColumns+` FROM webhook_endpoints WHERE status = ?`), "enabled")
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
			d := Delivery{ID: NewID("dlv"), EndpointID: e.ID, EventID: ev.ID, EventType: ev.Type, Payload: ev.Payload, NextAttemptAt: fromStamp(now), CreatedAt: fromStamp(now)}
			if err := insertDelivery(ctx, tx, s, d); err != nil {
				return err
			}
		}
	}
	return nil
}

func insertDelivery(ctx context.Context, tx *sql.Tx, s *Store, d Delivery) error {
	_, err := tx.ExecContext(ctx, s.q(`INSERT INTO deliveries (id, endpoint_id, event_id, event_type, payload, status, next_attempt_at, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`), d.ID, d.EndpointID, d.EventID, d.EventType, string(d.Payload), DeliveryPending,
		d.NextAttemptAt.UnixMicro(), d.CreatedAt.UnixMicro(), d.CreatedAt.UnixMicro())
	return err
}

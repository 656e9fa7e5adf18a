package store

import (
	"context"
	"database/sql"
	"errors"
	"time"
)

const deliveryColumns = `id, endpoint_id, event_id, event_type, payload, status, attempts, next_attempt_at, last_status_code, last_error, last_attempt_at, created_at, updated_at`

func scanDelivery(row interface{ Scan(...any) error }) (Delivery, error) {
	var d Delivery
	var payload string
	var next, created, updated int64
	var last sql.NullInt64
	err := row.Scan(&d.ID, &d.EndpointID, &d.EventID, &d.EventType, &payload, &d.Status, &d.Attempts, &next, &d.LastStatusCode, &d.LastError, &last, &created, &updated)
	d.LastAttemptAt = nullTime(last)
	d.Payload, d.NextAttemptAt, d.CreatedAt, d.UpdatedAt = []byte(payload), fromStamp(next), fromStamp(created), fromStamp(updated)
	return d, err
}

func (s *Store) deliveries(ctx context.Context, query string, args ...any) ([]Delivery, error) {
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT `+deliveryColumns+` FROM deliveries `+query), args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Delivery
	for rows.Next() {
		d, err := scanDelivery(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	return out, rows.Err()
}

// ClaimDue returns up to limit pending deliveries whose next attempt is due at now and
// leases each of them until now+lease, so that a second dispatcher (or this one after
// a crash) picks a delivery up again only once the lease has run out. A delivery is
// therefore sent at least once, even if the process dies mid-request.
func (s *Store) ClaimDue(ctx context.Context, now time.Time, lease time.Duration, limit int) ([]Delivery, error) {
	due, err := s.deliveries(ctx, `WHERE status = ? AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT ?`,
		DeliveryPending, now.UnixMicro(), limit)
	if err != nil {
		return nil, err
	}
	claimed := due[:0]
	for _, d := range due {
		res, err := s.db.ExecContext(ctx, s.q(`UPDATE deliveries SET next_attempt_at = ? WHERE id = ? AND status = ? AND next_attempt_at = ?`),
			now.Add(lease).UnixMicro(), d.ID, DeliveryPending, d.NextAttemptAt.UnixMicro())
		if err != nil {
			return nil, err
		}
		if n, _ := res.RowsAffected(); n == 1 {
			claimed = append(claimed, d)
		}
	}
	return claimed, nil
}

// RecordAttempt appends a to the delivery's log and moves the delivery to status,
// due again at next when status is pending.
func (s *Store) RecordAttempt(ctx context.Context, a Attempt, status string, next time.Time) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, s.q(`INSERT INTO delivery_attempts (delivery_id, attempt, at, status_code, error, duration_us) VALUES (?, ?, ?, ?, ?, ?)`),
			a.DeliveryID, a.Attempt, a.At.UnixMicro(), a.StatusCode, a.Error, a.Duration.Microseconds())
		if err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, s.q(`UPDATE deliveries SET status = ?, attempts = ?, next_attempt_at = ?, last_status_code = ?, last_error = ?, last_attempt_at = ?, updated_at = ? WHERE id = ?`),
			status, a.Attempt, next.UnixMicro(), a.StatusCode, a.Error, a.At.UnixMicro(), a.At.UnixMicro(), a.DeliveryID)
		return err
	})
}

// GetDelivery returns ErrNotFound when id does not exist.
func (s *Store) GetDelivery(ctx context.Context, id string) (Delivery, error) {
	d, err := scanDelivery(s.db.QueryRowContext(ctx, s.q(`SELECT `+deliveryColumns+` FROM deliveries WHERE id = ?`), id))
	if errors.Is(err, sql.ErrNoRows) {
		return Delivery{}, ErrNotFound
	}
	return d, err
}

// ListDeliveries returns up to limit deliveries of an endpoint, newest first, after
// cursor, and the cursor of the next page ("" at the end).
func (s *Store) ListDeliveries(ctx context.Context, endpointID string, limit int, cursor string) ([]Delivery, string, error) {
	query := `WHERE endpoint_id = ?`
	args := []any{endpointID}
	query, args, err := afterCursorNewestFirst(query, args, cursor)
	if err != nil {
		return nil, "", err
	}
	out, err := s.deliveries(ctx, query+` ORDER BY created_at DESC, id DESC LIMIT ?`, append(args, limit+1)...)
	if err != nil || len(out) <= limit {
		return out, "", err
	}
	out = out[:limit]
	return out, encodeCursor(out[limit-1].CreatedAt.UnixMicro(), out[limit-1].ID), nil
}

// Attempts returns a delivery's log, first attempt first.
func (s *Store) Attempts(ctx context.Context, deliveryID string) ([]Attempt, error) {
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT delivery_id, attempt, at, status_code, error, duration_us FROM delivery_attempts WHERE delivery_id = ? ORDER BY attempt`), deliveryID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Attempt
	for rows.Next() {
		var a Attempt
		var at, dur int64
		if err := rows.Scan(&a.DeliveryID, &a.Attempt, &at, &a.StatusCode, &a.Error, &dur); err != nil {
			return nil, err
		}
		a.At, a.Duration = fromStamp(at), time.Duration(dur)*time.Microsecond
		out = append(out, a)
	}
	return out, rows.Err()
}

// Replay queues the event of delivery id again, as a new pending delivery to the same
// endpoint, and returns it.
func (s *Store) Replay(ctx context.Context, id string) (Delivery, error) {
	d, err := s.GetDelivery(ctx, id)
	if err != nil {
		return Delivery{}, err
	}
	now := s.stamp()
	fresh := Delivery{ID: NewID("dlv"), EndpointID: d.EndpointID, EventID: d.EventID, EventType: d.EventType, Payload: d.Payload,
		Status: DeliveryPending, NextAttemptAt: fromStamp(now), CreatedAt: fromStamp(now), UpdatedAt: fromStamp(now)}
	err = s.tx(ctx, func(tx *sql.Tx) error { return insertDelivery(ctx, tx, s, fresh) })
	return fresh, err
}

package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"
)

// Order statuses. The lifecycle is pending → paid → fulfilled, and pending or paid →
// cancelled; see CanTransition.
const (
	StatusPending   = "pending"
	StatusPaid      = "paid"
	StatusFulfilled = "fulfilled"
	StatusCancelled = "cancelled"
)

// CanTransition reports whether an order may move from one status to another.
// Staying in the same status is allowed (a no-op patch).
func CanTransition(from, to string) bool {
	if from == to {
		return true
	}
	switch from {
	case StatusPending:
		return to == StatusPaid || to == StatusCancelled
	case StatusPaid:
		return to == StatusFulfilled || to == StatusCancelled
	}
	return false
}

// Money is an amount in the minor unit of an ISO 4217 currency.
type Money struct {
	Amount   int64  `json:"amount"`
	Currency string `json:"currency"`
}

// Item is one order line, stored as the API shows it.
type Item struct {
	SKU       string `json:"sku"`
	Quantity  int64  `json:"quantity"`
	UnitPrice Money  `json:"unit_price"`
}

// Order is the stored order. Nil pointers and a nil ShippingAddress are JSON null.
// Version starts at 1 and grows by one on every update; the API derives its ETag
// from it.
type Order struct {
	ID                 string
	UserID             string
	Status             string
	Items              []Item
	Total              Money
	Note               *string
	ShippingAddress    json.RawMessage
	CancellationReason *string
	PaidAt             *time.Time
	FulfilledAt        *time.Time
	CancelledAt        *time.Time
	Version            int64
	CreatedAt          time.Time
	UpdatedAt          time.Time
}

// Idempotency is the record of the first response to a keyed POST. Hash identifies
// the request body; Status and Body are the response to replay.
type Idempotency struct {
	ClientID string
	Key      string
	Hash     string
	Status   int
	Body     []byte
	OrderID  string
}

const orderColumns = `id, user_id, status, currency, items, total, note, shipping_address, cancellation_reason, paid_at, fulfilled_at, cancelled_at, version, created_at, updated_at`

func scanOrder(row interface{ Scan(...any) error }) (Order, error) {
	var o Order
	var items string
	var note, address, reason sql.NullString
	var paid, fulfilled, cancelled sql.NullInt64
	var created, updated int64
	err := row.Scan(&o.ID, &o.UserID, &o.Status, &o.Total.Currency, &items, &o.Total.Amount, &note, &address, &reason,
		&paid, &fulfilled, &cancelled, &o.Version, &created, &updated)
	if err != nil {
		return Order{}, err
	}
	if err := json.Unmarshal([]byte(items), &o.Items); err != nil {
		return Order{}, fmt.Errorf("order %s: corrupt items: %w", o.ID, err)
	}
	if address.Valid {
		o.ShippingAddress = json.RawMessage(address.String)
	}
	o.Note, o.CancellationReason = nullString(note), nullString(reason)
	o.PaidAt, o.FulfilledAt, o.CancelledAt = nullTime(paid), nullTime(fulfilled), nullTime(cancelled)
	o.CreatedAt, o.UpdatedAt = fromStamp(created), fromStamp(updated)
	return o, nil
}

func nullString(v sql.NullString) *string {
	if !v.Valid {
		return nil
	}
	return &v.String
}

func nullTime(v sql.NullInt64) *time.Time {
	if !v.Valid {
		return nil
	}
	t := fromStamp(v.Int64)
	return &t
}

// orderArgs are the values of orderColumns after id and user_id.
func orderArgs(o *Order) ([]any, error) {
	items, err := json.Marshal(o.Items)
	if err != nil {
		return nil, err
	}
	var address any
	if len(o.ShippingAddress) > 0 && string(o.ShippingAddress) != "null" {
		address = string(o.ShippingAddress)
	}
	stamp := func(t *time.Time) any {
		if t == nil {
			return nil
		}
		return t.UnixMicro()
	}
	str := func(s *string) any {
		if s == nil {
			return nil
		}
		return *s
	}
	return []any{o.Status, o.Total.Currency, string(items), o.Total.Amount, str(o.Note), address, str(o.CancellationReason),
		stamp(o.PaidAt), stamp(o.FulfilledAt), stamp(o.CancelledAt)}, nil
}

// Now returns the store's clock reading truncated to the stored precision, so that a
// caller can stamp an order before CreateOrder and render exactly what is stored.
func (s *Store) Now() time.Time { return fromStamp(s.stamp()) }

// CreateOrder stores o (its ID, timestamps and Version set by the caller) together
// with the events it raises, in one transaction. With idem non-nil the key is claimed
// in the same transaction: if it was already used with the same Hash the first record
// is returned for replay and nothing is written; with another Hash the error is
// ErrIdempotencyMismatch. Concurrent calls with one key serialise on the key's row.
func (s *Store) CreateOrder(ctx context.Context, o Order, idem *Idempotency, events []Event) (*Idempotency, error) {
	args, err := orderArgs(&o)
	if err != nil {
		return nil, err
	}
	var replay *Idempotency
	err = s.tx(ctx, func(tx *sql.Tx) error {
		if idem != nil {
			res, err := tx.ExecContext(ctx, s.q(`INSERT INTO idempotency_keys (client_id, idem_key, request_hash, status, body, order_id, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`),
				idem.ClientID, idem.Key, idem.Hash, idem.Status, string(idem.Body), o.ID, s.stamp())
			if err != nil {
				return err
			}
			if n, _ := res.RowsAffected(); n == 0 {
				replay = &Idempotency{ClientID: idem.ClientID, Key: idem.Key}
				var body string
				err := tx.QueryRowContext(ctx, s.q(`SELECT request_hash, status, body, order_id FROM idempotency_keys WHERE client_id = ? AND idem_key = ?`),
					idem.ClientID, idem.Key).Scan(&replay.Hash, &replay.Status, &body, &replay.OrderID)
				if err != nil {
					return err
				}
				replay.Body = []byte(body)
				return errReplay
			}
		}
		all := append([]any{o.ID, o.UserID}, args...)
		all = append(all, o.Version, o.CreatedAt.UnixMicro(), o.UpdatedAt.UnixMicro())
		_, err := tx.ExecContext(ctx, s.q(`INSERT INTO orders (`+orderColumns+`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`), all...)
		if err != nil {
			return err
		}
		return s.enqueue(ctx, tx, events)
	})
	if errors.Is(err, errReplay) {
		if replay.Hash != idem.Hash {
			return nil, ErrIdempotencyMismatch
		}
		return replay, nil
	}
	return nil, err
}

var errReplay = errors.New("replay")

// GetOrder returns ErrNotFound when id does not exist.
func (s *Store) GetOrder(ctx context.Context, id string) (Order, error) {
	o, err := scanOrder(s.getOrder.QueryRowContext(ctx, id))
	if errors.Is(err, sql.ErrNoRows) {
		return Order{}, ErrNotFound
	}
	return o, err
}

// UpdateOrder replaces the mutable fields of o if the stored version is still
// expectVersion, bumping the version; o.Version and o.UpdatedAt are set on return.
// A moved version is ErrConflict, a missing order ErrNotFound.
func (s *Store) UpdateOrder(ctx context.Context, o *Order, expectVersion int64, events func(Order) []Event) error {
	args, err := orderArgs(o)
	if err != nil {
		return err
	}
	return s.tx(ctx, func(tx *sql.Tx) error {
		now := s.stamp()
		args = append(args, now, o.ID, expectVersion)
		res, err := tx.ExecContext(ctx, s.q(`UPDATE orders SET status = ?, currency = ?, items = ?, total = ?, note = ?, shipping_address = ?,
			cancellation_reason = ?, paid_at = ?, fulfilled_at = ?, cancelled_at = ?, version = version + 1, updated_at = ?
			WHERE id = ? AND version = ?`), args...)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			var v int64
			if err := tx.QueryRowContext(ctx, s.q(`SELECT version FROM orders WHERE id = ?`), o.ID).Scan(&v); errors.Is(err, sql.ErrNoRows) {
				return ErrNotFound
			}
			return ErrConflict
		}
		o.Version, o.UpdatedAt = expectVersion+1, fromStamp(now)
		if events == nil {
			return nil
		}
		return s.enqueue(ctx, tx, events(*o))
	})
}

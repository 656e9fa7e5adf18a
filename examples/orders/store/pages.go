package store

import (
	"context"
	"encoding/base64"
	"errors"
	"strconv"
	"strings"
	"time"
)

// ListOrders returns up to limit orders of userID, newest first, optionally only
// those in status (""  for all), after the opaque cursor ("" for the first page), and
// the cursor of the next page ("" at the end). A malformed cursor is ErrBadCursor.
func (s *Store) ListOrders(ctx context.Context, userID, status string, limit int, cursor string) ([]Order, string, error) {
	query := `SELECT ` + orderColumns + ` FROM orders WHERE user_id = ?`
	args := []any{userID}
	if status != "" {
		query += ` AND status = ?`
		args = append(args, status)
	}
	query, args, err := afterCursorNewestFirst(query, args, cursor)
	if err != nil {
		return nil, "", err
	}
	query += ` ORDER BY created_at DESC, id DESC LIMIT ?`
	args = append(args, limit+1)
	rows, err := s.db.QueryContext(ctx, s.q(query), args...)
	if err != nil {
		return nil, "", err
	}
	defer rows.Close()
	var out []Order
	for rows.Next() {
		o, err := scanOrder(rows)
		if err != nil {
			return nil, "", err
		}
		out = append(out, o)
	}
	if err := rows.Err(); err != nil {
		return nil, "", err
	}
	next := ""
	if len(out) > limit {
		out = out[:limit]
		last := out[limit-1]
		next = encodeCursor(last.CreatedAt.UnixMicro(), last.ID)
	}
	return out, next, nil
}

// ErrBadCursor is returned for a cursor this store did not issue.
var ErrBadCursor = errors.New("malformed cursor")

func encodeCursor(created int64, id string) string {
	return base64.RawURLEncoding.EncodeToString([]byte(strconv.FormatInt(created, 10) + ":" + id))
}

func decodeCursor(c string) (int64, string, error) {
	raw, err := base64.RawURLEncoding.DecodeString(c)
	if err != nil {
		return 0, "", ErrBadCursor
	}
	ts, id, ok := strings.Cut(string(raw), ":")
	created, err := strconv.ParseInt(ts, 10, 64)
	if !ok || err != nil || id == "" {
		return 0, "", ErrBadCursor
	}
	return created, id, nil
}

// PurgeIdempotency forgets the Idempotency-Keys recorded before cutoff (the spec
// keeps them 24 hours) and returns how many it removed.
func (s *Store) PurgeIdempotency(ctx context.Context, cutoff time.Time) (int64, error) {
	res, err := s.db.ExecContext(ctx, s.q(`DELETE FROM idempotency_keys WHERE created_at < ?`), cutoff.UnixMicro())
	if err != nil {
		return 0, err
	}
	return res.RowsAffected()
}

// afterCursorNewestFirst narrows a newest-first keyset query (ORDER BY
// created_at DESC, id DESC) to the rows after cursor; "" is the first page.
func afterCursorNewestFirst(query string, args []any, cursor string) (string, []any, error) {
	if cursor == "" {
		return query, args, nil
	}
	created, id, err := decodeCursor(cursor)
	if err != nil {
		return "", nil, err
	}
	return query + ` AND (created_at < ? OR (created_at = ? AND id < ?))`, append(args, created, created, id), nil
}

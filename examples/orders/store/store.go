// Package store persists the orders API: users, API clients, orders, idempotency
// records and the webhook outbox. One implementation over database/sql serves both
// SQLite (modernc.org/sqlite, the default) and PostgreSQL (pgx); the SQL is written in
// the common subset and placeholders are rewritten for PostgreSQL.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" driver
	_ "modernc.org/sqlite"             // registers the "sqlite" driver
)

// Sentinel errors; callers map them to HTTP statuses.
var (
	ErrNotFound = errors.New("not found")
	// ErrConflict means an optimistic-concurrency check failed (stale version).
	ErrConflict = errors.New("version conflict")
	// ErrIdempotencyMismatch means an Idempotency-Key was reused with another request body.
	ErrIdempotencyMismatch = errors.New("idempotency key reused with a different request")
	// ErrDuplicate means a unique value (such as an email) is already taken.
	ErrDuplicate = errors.New("duplicate")
	// ErrInUse means a resource cannot be deleted while others depend on it.
	ErrInUse = errors.New("in use")
)

// Store is safe for concurrent use. Clock is read for every timestamp it writes.
type Store struct {
	db       *sql.DB
	postgres bool
	now      func() time.Time
	// getOrder is prepared once: GET /v2/orders/{id} is the hot path, and parsing
	// its SQL on every call costs as much as running it.
	getOrder *sql.Stmt
	trace    atomic.Pointer[tracer]
}

const getOrderSQL = `SELECT ` + orderColumns + ` FROM orders WHERE id = ?`

// Open connects to url and applies the migrations. "" and ":memory:" open a private
// in-memory SQLite database; "postgres://..." or "postgresql://..." opens PostgreSQL;
// anything else ("file:x.db", "x.db", "sqlite:x.db") is a SQLite file. now may be nil.
func Open(ctx context.Context, url string, now func() time.Time) (*Store, error) {
	if now == nil {
		now = time.Now
	}
	s := &Store{now: now}
	var err error
	switch {
	case strings.HasPrefix(url, "postgres://"), strings.HasPrefix(url, "postgresql://"):
		s.postgres = true
		s.db, err = sql.Open("pgx", url)
		if err == nil {
			s.db.SetMaxOpenConns(16)
			s.db.SetMaxIdleConns(16)
		}
	default:
		s.db, err = sql.Open("sqlite", sqliteDSN(url))
		if err == nil {
			// One connection: an in-memory database lives only as long as its connection,
			// and a single writer means concurrent transactions queue instead of failing
			// with SQLITE_BUSY. Statements take microseconds, so this is not the bottleneck.
			s.db.SetMaxOpenConns(1)
			s.db.SetMaxIdleConns(1)
			s.db.SetConnMaxLifetime(0)
			s.db.SetConnMaxIdleTime(0)
		}
	}
	if err != nil {
		return nil, fmt.Errorf("open database: %w", err)
	}
	if err := s.db.PingContext(ctx); err != nil {
		s.db.Close()
		return nil, fmt.Errorf("connect to database: %w", err)
	}
	if err := s.migrate(ctx); err != nil {
		s.db.Close()
		return nil, err
	}
	if s.getOrder, err = s.db.PrepareContext(ctx, s.q(getOrderSQL)); err != nil {
		s.db.Close()
		return nil, fmt.Errorf("prepare: %w", err)
	}
	return s, nil
}

func sqliteDSN(url string) string {
	path := strings.TrimPrefix(url, "sqlite:")
	path = strings.TrimPrefix(path, "//")
	if path == "" || path == ":memory:" {
		path = ":memory:"
	}
	sep := "?"
	if strings.Contains(path, "?") {
		sep = "&"
	}
	return path + sep + "_pragma=foreign_keys(1)&_pragma=busy_timeout(5000)&_pragma=journal_mode(WAL)&_txlock=immediate"
}

// Close releases the database.
func (s *Store) Close() error {
	if s.getOrder != nil {
		s.getOrder.Close()
	}
	return s.db.Close()
}

// Ping reports whether the database answers; /readyz uses it.
func (s *Store) Ping(ctx context.Context) error { return s.db.PingContext(ctx) }

// Postgres reports whether the store runs on PostgreSQL.
func (s *Store) Postgres() bool { return s.postgres }

// q rewrites "?" placeholders to "$n" for PostgreSQL. The SQL in this package never
// contains a literal question mark.
func (s *Store) q(query string) string {
	s.traced(query)
	if !s.postgres {
		return query
	}
	var b strings.Builder
	n := 0
	for _, r := range query {
		if r == '?' {
			n++
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(n))
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

func (s *Store) stamp() int64 { return s.now().UTC().UnixMicro() }

func fromStamp(us int64) time.Time { return time.UnixMicro(us).UTC() }

// tx runs fn in a transaction, committing when it returns nil.
func (s *Store) tx(ctx context.Context, fn func(*sql.Tx) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return err
	}
	return tx.Commit()
}

// isUnique reports a unique-constraint violation from either driver.
func isUnique(err error) bool {
	if err == nil {
		return false
	}
	msg := err.Error()
	return strings.Contains(msg, "UNIQUE constraint") || strings.Contains(msg, "SQLSTATE 23505")
}

package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
)

// migrations are applied in order, each once; append, never edit a released one.
// Every query path in this package has an index here: by primary key, orders by
// (user_id[, status], created_at, id) for the cursor, endpoints by (created_at, id), deliveries by (status, next_attempt_at, id)
// for the dispatcher and by (endpoint_id, created_at) for the log.
var migrations = []string{
	`CREATE TABLE users (
		id TEXT PRIMARY KEY,
		email TEXT NOT NULL UNIQUE,
		name TEXT NOT NULL,
		role TEXT NOT NULL,
		created_at BIGINT NOT NULL
	);
	CREATE TABLE clients (
		id TEXT PRIMARY KEY,
		secret_hash TEXT NOT NULL,
		api_key_hash TEXT UNIQUE,
		user_id TEXT REFERENCES users(id) ON DELETE CASCADE,
		scopes TEXT NOT NULL,
		created_at BIGINT NOT NULL
	);
	CREATE INDEX clients_user ON clients (user_id);
	CREATE TABLE orders (
		id TEXT PRIMARY KEY,
		user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
		status TEXT NOT NULL,
		currency TEXT NOT NULL,
		items TEXT NOT NULL,
		total BIGINT NOT NULL,
		note TEXT,
		shipping_address TEXT,
		cancellation_reason TEXT,
		paid_at BIGINT,
		fulfilled_at BIGINT,
		cancelled_at BIGINT,
		version BIGINT NOT NULL,
		created_at BIGINT NOT NULL,
		updated_at BIGINT NOT NULL
	);
	CREATE INDEX orders_user_created ON orders (user_id, created_at DESC, id DESC);
	CREATE INDEX orders_user_status_created ON orders (user_id, status, created_at DESC, id DESC);
	CREATE TABLE idempotency_keys (
		client_id TEXT NOT NULL,
		idem_key TEXT NOT NULL,
		request_hash TEXT NOT NULL,
		status INTEGER NOT NULL DEFAULT 0,
		body TEXT NOT NULL DEFAULT '',
		order_id TEXT NOT NULL DEFAULT '',
		created_at BIGINT NOT NULL,
		PRIMARY KEY (client_id, idem_key)
	);
	CREATE INDEX idempotency_created ON idempotency_keys (created_at);
	CREATE TABLE webhook_endpoints (
		id TEXT PRIMARY KEY,
		url TEXT NOT NULL,
		secret TEXT NOT NULL,
		events TEXT NOT NULL,
		description TEXT NOT NULL,
		status TEXT NOT NULL,
		created_at BIGINT NOT NULL
	);
	CREATE INDEX webhook_endpoints_created ON webhook_endpoints (created_at, id);
	CREATE INDEX webhook_endpoints_status ON webhook_endpoints (status);
	CREATE TABLE deliveries (
		id TEXT PRIMARY KEY,
		endpoint_id TEXT NOT NULL REFERENCES webhook_endpoints(id) ON DELETE CASCADE,
		event_id TEXT NOT NULL,
		event_type TEXT NOT NULL,
		payload TEXT NOT NULL,
		status TEXT NOT NULL,
		attempts INTEGER NOT NULL DEFAULT 0,
		next_attempt_at BIGINT NOT NULL,
		last_status_code INTEGER NOT NULL DEFAULT 0,
		last_error TEXT NOT NULL DEFAULT '',
		last_attempt_at BIGINT,
		created_at BIGINT NOT NULL,
		updated_at BIGINT NOT NULL
	);
	CREATE INDEX deliveries_due ON deliveries (status, next_attempt_at);
	CREATE INDEX deliveries_endpoint ON deliveries (endpoint_id, created_at DESC, id DESC);
	CREATE TABLE delivery_attempts (
		delivery_id TEXT NOT NULL REFERENCES deliveries(id) ON DELETE CASCADE,
		attempt INTEGER NOT NULL,
		at BIGINT NOT NULL,
		status_code INTEGER NOT NULL,
		error TEXT NOT NULL,
		duration_us BIGINT NOT NULL,
		PRIMARY KEY (delivery_id, attempt)
	);`,
	// The dispatcher claims in (next_attempt_at, id) order; without id in the index
	// SQLite sorted every due delivery in a temporary B-tree.
	`DROP INDEX deliveries_due;
	CREATE INDEX deliveries_due ON deliveries (status, next_attempt_at, id);`,
}

func (s *Store) migrate(ctx context.Context) error {
	if _, err := s.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY)`); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	for i, m := range migrations {
		version := i + 1
		err := s.tx(ctx, func(tx *sql.Tx) error {
			var n int
			if err := tx.QueryRowContext(ctx, s.q(`SELECT COUNT(*) FROM schema_migrations WHERE version = ?`), version).Scan(&n); err != nil {
				return err
			}
			if n > 0 {
				return nil
			}
			for _, stmt := range splitStatements(m) {
				if _, err := tx.ExecContext(ctx, stmt); err != nil {
					return fmt.Errorf("%w in %q", err, stmt)
				}
			}
			_, err := tx.ExecContext(ctx, s.q(`INSERT INTO schema_migrations (version) VALUES (?)`), version)
			return err
		})
		if err != nil {
			return fmt.Errorf("migration %d: %w", version, err)
		}
	}
	return nil
}

func splitStatements(m string) []string {
	var out []string
	for _, part := range strings.Split(m, ";") {
		if trimmed := strings.TrimSpace(part); trimmed != "" {
			out = append(out, trimmed)
		}
	}
	return out
}

// Package storetest runs a test against every database backend that is reachable:
// always SQLite, and PostgreSQL when ORDERS_TEST_POSTGRES_DSN is set. Each PostgreSQL
// test gets a schema of its own, dropped at cleanup, so tests can run in parallel.
package storetest

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/sequere/sequere/examples/orders/store"
)

// EnvDSN names the variable holding a PostgreSQL URL for the tests.
const EnvDSN = "ORDERS_TEST_POSTGRES_DSN"

// Backend is a database a test can open, and reopen to simulate a restart.
type Backend struct {
	Name string
	// DSN is a URL accepted by store.Open; SQLite backends are file-backed in t.TempDir
	// so that a reopen sees the same data.
	DSN string
}

// Backends returns the reachable backends: SQLite, and PostgreSQL when EnvDSN is set.
func Backends(t testing.TB) []Backend {
	t.Helper()
	out := []Backend{{Name: "sqlite", DSN: filepath.Join(t.TempDir(), "orders.db")}}
	dsn := os.Getenv(EnvDSN)
	if dsn == "" {
		return out
	}
	return append(out, Backend{Name: "postgres", DSN: schemaDSN(t, dsn)})
}

// Run runs fn as one subtest per backend. Without PostgreSQL the "postgres" subtest
// is skipped with a message saying how to start one, so `go test -v` shows it.
func Run(t *testing.T, fn func(t *testing.T, b Backend)) {
	t.Helper()
	for _, b := range Backends(t) {
		t.Run(b.Name, func(t *testing.T) { fn(t, b) })
	}
	if os.Getenv(EnvDSN) == "" {
		t.Run("postgres", func(t *testing.T) {
			t.Skipf("%s is not set; run `eval \"$(bash .ci/postgres.sh)\"` from the repository root to start PostgreSQL on 127.0.0.1", EnvDSN)
		})
	}
}

// Open opens b with the given clock (nil for time.Now) and closes it at cleanup.
func Open(t testing.TB, b Backend, now func() time.Time) *store.Store {
	t.Helper()
	s, err := store.Open(context.Background(), b.DSN, now)
	if err != nil {
		t.Fatalf("open %s: %v", b.Name, err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func schemaDSN(t testing.TB, dsn string) string {
	t.Helper()
	var b [6]byte
	rand.Read(b[:])
	schema := "t_" + hex.EncodeToString(b[:])
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		t.Fatalf("postgres: %v", err)
	}
	defer db.Close()
	if _, err := db.Exec(`CREATE SCHEMA ` + schema); err != nil {
		t.Fatalf("postgres at %s=%s: %v", EnvDSN, dsn, err)
	}
	t.Cleanup(func() {
		if db, err := sql.Open("pgx", dsn); err == nil {
			db.Exec(`DROP SCHEMA ` + schema + ` CASCADE`)
			db.Close()
		}
	})
	u, err := url.Parse(dsn)
	if err != nil {
		t.Fatalf("%s: %v", EnvDSN, err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

package store

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/base32"
	"errors"
	"strings"
	"time"
)

// User is an account that owns orders and webhook endpoints.
type User struct {
	ID        string
	Email     string
	Name      string
	Role      string
	CreatedAt time.Time
}

// User roles.
const (
	RoleCustomer = "customer"
	RoleAdmin    = "admin"
)

// Client is an OAuth2 client (and, when APIKeyHash is set, an API key holder) acting
// for UserID with Scopes. Secrets are stored only as hashes.
type Client struct {
	ID         string
	SecretHash string
	APIKeyHash string
	UserID     string
	Scopes     []string
	CreatedAt  time.Time
}

var idEncoding = base32.StdEncoding.WithPadding(base32.NoPadding)

// NewID returns prefix + "_" + 16 random lowercase base32 characters (80 bits).
func NewID(prefix string) string {
	var b [10]byte
	rand.Read(b[:])
	return prefix + "_" + strings.ToLower(idEncoding.EncodeToString(b[:]))
}

// CreateUser inserts u, assigning an id when empty. A taken email is ErrDuplicate.
func (s *Store) CreateUser(ctx context.Context, u User) (User, error) {
	if u.ID == "" {
		u.ID = NewID("usr")
	}
	if u.Role == "" {
		u.Role = RoleCustomer
	}
	u.CreatedAt = fromStamp(s.stamp())
	_, err := s.db.ExecContext(ctx, s.q(`INSERT INTO users (id, email, name, role, created_at) VALUES (?, ?, ?, ?, ?)`),
		u.ID, u.Email, u.Name, u.Role, u.CreatedAt.UnixMicro())
	if isUnique(err) {
		return User{}, ErrDuplicate
	}
	return u, err
}

// GetUser returns ErrNotFound when id does not exist.
func (s *Store) GetUser(ctx context.Context, id string) (User, error) {
	return s.user(ctx, `id`, id)
}

// UserByEmail returns ErrNotFound when no user has that email.
func (s *Store) UserByEmail(ctx context.Context, email string) (User, error) {
	return s.user(ctx, `email`, email)
}

func (s *Store) user(ctx context.Context, column, value string) (User, error) {
	var u User
	var created int64
	err := s.db.QueryRowContext(ctx, s.q(`SELECT id, email, name, role, created_at FROM users WHERE `+column+` = ?`), value).
		Scan(&u.ID, &u.Email, &u.Name, &u.Role, &created)
	if errors.Is(err, sql.ErrNoRows) {
		return User{}, ErrNotFound
	}
	u.CreatedAt = fromStamp(created)
	return u, err
}

// DeleteUser removes the user with their orders and clients. A user with an open
// (pending or paid) order is ErrInUse.
func (s *Store) DeleteUser(ctx context.Context, id string) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		var open int
		err := tx.QueryRowContext(ctx, s.q(`SELECT COUNT(*) FROM orders WHERE user_id = ? AND status IN (?, ?)`), id, StatusPending, StatusPaid).Scan(&open)
		if err != nil {
			return err
		}
		if open > 0 {
			return ErrInUse
		}
		res, err := tx.ExecContext(ctx, s.q(`DELETE FROM users WHERE id = ?`), id)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return ErrNotFound
		}
		return nil
	})
}

// CreateClient inserts c; an empty APIKeyHash means the client has no API key.
func (s *Store) CreateClient(ctx context.Context, c Client) error {
	var apiKey, user any
	if c.APIKeyHash != "" {
		apiKey = c.APIKeyHash
	}
	if c.UserID != "" {
		user = c.UserID
	}
	_, err := s.db.ExecContext(ctx, s.q(`INSERT INTO clients (id, secret_hash, api_key_hash, user_id, scopes, created_at) VALUES (?, ?, ?, ?, ?, ?)`),
		c.ID, c.SecretHash, apiKey, user, strings.Join(c.Scopes, " "), s.stamp())
	if isUnique(err) {
		return ErrDuplicate
	}
	return err
}

// GetClient looks a client up by id.
func (s *Store) GetClient(ctx context.Context, id string) (Client, error) {
	return s.client(ctx, `id`, id)
}

// ClientByAPIKey looks a client up by the hash of its API key.
func (s *Store) ClientByAPIKey(ctx context.Context, hash string) (Client, error) {
	return s.client(ctx, `api_key_hash`, hash)
}

func (s *Store) client(ctx context.Context, column, value string) (Client, error) {
	var c Client
	var apiKey, user sql.NullString
	var scopes string
	var created int64
	err := s.db.QueryRowContext(ctx, s.q(`SELECT id, secret_hash, api_key_hash, user_id, scopes, created_at FROM clients WHERE `+column+` = ?`), value).
		Scan(&c.ID, &c.SecretHash, &apiKey, &user, &scopes, &created)
	if errors.Is(err, sql.ErrNoRows) {
		return Client{}, ErrNotFound
	}
	c.APIKeyHash, c.UserID, c.Scopes, c.CreatedAt = apiKey.String, user.String, strings.Fields(scopes), fromStamp(created)
	return c, err
}

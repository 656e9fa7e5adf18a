package store

import (
	"context"
	"fmt"
	"strings"
)

// tracer is called with the SQL of every statement the store runs; nil when unset,
// which is the case outside tests.
type tracer = func(query string)

// Trace calls fn with the SQL of every statement from now on, and at once with the
// statements prepared at Open. Tests use it to check that every query the API
// issues has an index (see Plan).
func (s *Store) Trace(fn func(query string)) {
	t := tracer(fn)
	s.trace.Store(&t)
	fn(getOrderSQL)
}

func (s *Store) traced(query string) {
	if t := s.trace.Load(); t != nil {
		(*t)(query)
	}
}

// Plan returns SQLite's query plan for query, one line per step ("SEARCH orders USING
// INDEX ..."); the placeholders are planned as unbound. It is for SQLite only.
func (s *Store) Plan(ctx context.Context, query string) ([]string, error) {
	if s.postgres {
		return nil, fmt.Errorf("plan: SQLite only")
	}
	args := make([]any, strings.Count(query, "?"))
	rows, err := s.db.QueryContext(ctx, "EXPLAIN QUERY PLAN "+query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var plan []string
	for rows.Next() {
		var id, parent, unused int
		var detail string
		if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
			return nil, err
		}
		plan = append(plan, detail)
	}
	return plan, rows.Err()
}

// Package ratelimit is a per-client token bucket with the RateLimit-* response
// headers of draft-ietf-httpapi-ratelimit-headers and 429 + Retry-After.
package ratelimit

import (
	"math"
	"net/http"
	"strconv"
	"sync"
	"time"
)

// Limiter holds one bucket per key. A bucket holds up to Burst tokens and refills at
// Rate tokens per second; each request takes one. The zero value is not usable.
type Limiter struct {
	Rate  float64
	Burst int
	Now   func() time.Time

	mu      sync.Mutex
	buckets map[string]*bucket
	swept   time.Time
}

type bucket struct {
	tokens float64
	last   time.Time
}

// Decision is the outcome of one Allow call.
type Decision struct {
	Allowed bool
	Limit   int
	// Remaining is the whole tokens left after this request.
	Remaining int
	// Reset is the time until the bucket is full again.
	Reset time.Duration
	// RetryAfter is the time until one token is available; zero when Allowed.
	RetryAfter time.Duration
}

// New returns a limiter of rate requests per second with the given burst.
func New(rate float64, burst int, now func() time.Time) *Limiter {
	if now == nil {
		now = time.Now
	}
	return &Limiter{Rate: rate, Burst: burst, Now: now, buckets: map[string]*bucket{}}
}

// Allow takes a token from key's bucket if one is there.
func (l *Limiter) Allow(key string) Decision {
	now := l.Now()
	l.mu.Lock()
	defer l.mu.Unlock()
	l.sweep(now)
	b := l.buckets[key]
	if b == nil {
		b = &bucket{tokens: float64(l.Burst), last: now}
		l.buckets[key] = b
	}
	if elapsed := now.Sub(b.last).Seconds(); elapsed > 0 {
		b.tokens = math.Min(float64(l.Burst), b.tokens+elapsed*l.Rate)
		b.last = now
	}
	d := Decision{Limit: l.Burst}
	if b.tokens >= 1 {
		b.tokens--
		d.Allowed = true
	} else {
		d.RetryAfter = l.seconds(1 - b.tokens)
	}
	d.Remaining = int(b.tokens)
	d.Reset = l.seconds(float64(l.Burst) - b.tokens)
	return d
}

func (l *Limiter) seconds(tokens float64) time.Duration {
	return time.Duration(tokens / l.Rate * float64(time.Second))
}

// sweep drops buckets that are full again, so that the map does not grow with every
// client ever seen. It runs at most once a minute.
func (l *Limiter) sweep(now time.Time) {
	if now.Sub(l.swept) < time.Minute {
		return
	}
	l.swept = now
	full := time.Duration(float64(l.Burst) / l.Rate * float64(time.Second))
	for k, b := range l.buckets {
		if now.Sub(b.last) > full {
			delete(l.buckets, k)
		}
	}
}

// ceilSeconds rounds up, so that a client waiting Retry-After seconds finds a token.
func ceilSeconds(d time.Duration) string {
	return strconv.FormatInt(int64(math.Ceil(d.Seconds())), 10)
}

// SetHeaders writes RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset and, when the
// request was refused, Retry-After.
func (d Decision) SetHeaders(h http.Header) {
	h.Set("RateLimit-Limit", strconv.Itoa(d.Limit))
	h.Set("RateLimit-Remaining", strconv.Itoa(d.Remaining))
	h.Set("RateLimit-Reset", ceilSeconds(d.Reset))
	if !d.Allowed {
		h.Set("Retry-After", ceilSeconds(d.RetryAfter))
	}
}

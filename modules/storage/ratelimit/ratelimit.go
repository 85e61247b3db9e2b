// Package ratelimit is the storage RPC's per-client limit (DESIGN.md §9): a
// bucket of 600 tokens per client, refilled at 300 a second; a request
// takes one token or is refused (429). Buckets of clients gone quiet are
// dropped, so the table stays as small as the set of active clients.
package ratelimit

import (
	"net"
	"net/http"
	"sync"
	"time"
)

// Session's numbers.
const (
	DefaultBurst = 600
	DefaultRate  = 300 // tokens per second
)

type bucket struct {
	tokens float64
	last   time.Time
}

// Client is a request's client for the limit: its IP address, without
// the port (a client opens many connections). It is never logged.
func Client(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

// Limiter holds one bucket per client key (an IP address; never logged).
type Limiter struct {
	burst, rate float64
	now         func() time.Time

	mu      sync.Mutex
	buckets map[string]*bucket
	swept   time.Time
}

// New makes a limiter; now is the clock (time.Now outside tests).
func New(burst, rate float64, now func() time.Time) *Limiter {
	return &Limiter{burst: burst, rate: rate, now: now, buckets: map[string]*bucket{}, swept: now()}
}

// Allow takes a token from client's bucket; false when it is empty.
func (l *Limiter) Allow(client string) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	b, ok := l.buckets[client]
	if !ok {
		b = &bucket{tokens: l.burst, last: now}
		l.buckets[client] = b
	}
	b.tokens = min(l.burst, b.tokens+now.Sub(b.last).Seconds()*l.rate)
	b.last = now
	l.sweep(now)
	if b.tokens < 1 {
		return false
	}
	b.tokens--
	return true
}

// sweep drops full buckets (a client idle long enough to refill is the same
// as a new one) at most every refill period.
func (l *Limiter) sweep(now time.Time) {
	full := time.Duration(l.burst / l.rate * float64(time.Second))
	if now.Sub(l.swept) < full {
		return
	}
	l.swept = now
	for k, b := range l.buckets {
		if now.Sub(b.last) >= full {
			delete(l.buckets, k)
		}
	}
}

// Clients is how many buckets are held.
func (l *Limiter) Clients() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.buckets)
}

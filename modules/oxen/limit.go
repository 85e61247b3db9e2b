package oxen

import (
	"net/http"
	"time"

	"github.com/seshnet/seshnet/modules/storage/ratelimit"
)

// Limiter bounds the work the endpoint takes on, for the whole process
// (claims come from anywhere and each costs a signature check and chain
// queries): a token bucket of the settings' burst and rate (over it: 429)
// and a bound on the claims in flight (over it: 503 at once, not a queue).
type Limiter struct {
	bucket *ratelimit.Limiter
	slots  chan struct{}
}

// bucketKey is the one bucket: the limit is per process, not per client
// (the module keeps no client address, not even as a map key).
const bucketKey = "all"

// NewLimiter makes a limiter; now is the bucket's clock (time.Now outside
// tests).
func NewLimiter(burst, perSecond float64, inFlight int, now func() time.Time) *Limiter {
	return &Limiter{bucket: ratelimit.New(burst, perSecond, now), slots: make(chan struct{}, inFlight)}
}

// Acquire takes a token and a slot, or says why not; release gives the
// slot back.
func (l *Limiter) Acquire() (release func(), err error) {
	if !l.bucket.Allow(bucketKey) {
		return nil, refuse(http.StatusTooManyRequests, CodeRateLimited, "too many claims: try again in a few seconds")
	}
	select {
	case l.slots <- struct{}{}:
		return func() { <-l.slots }, nil
	default:
		return nil, refuse(http.StatusServiceUnavailable, CodeBusy, "too many claims in flight: try again in a few seconds")
	}
}

package bridge

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/rs/zerolog"
)

// Bounds shared by the public signing endpoints.
const (
	// DefaultSignConcurrency is how many signings a node runs at once
	// (sign_concurrency): each costs state reads and a BLS hash to G2 and
	// multiplication (~250 µs and more), and the node's signer is shared
	// with everything else the node does.
	DefaultSignConcurrency = 4
	// maxSignConcurrency bounds the setting: more slots than this is no
	// bound at all on a node's few cores.
	maxSignConcurrency = 256
	// SignRequestTimeout is how long one signing may take once it has a
	// slot (state reads and the host's signature): a stuck host must not
	// hold a slot for ever.
	SignRequestTimeout = 10 * time.Second
	// BusyRetryAfter is the Retry-After of a request that found no free
	// slot, in seconds.
	BusyRetryAfter = 1
)

// Gate bounds the signings under way. A request that finds no free slot
// is refused at once: a flood must not build a queue (each waiting request
// would hold a connection and memory, and be answered too late to be of
// use).
type Gate struct {
	slots   chan struct{}
	timeout time.Duration
}

// NewGate allows n signings at once, each for at most timeout.
func NewGate(n int, timeout time.Duration) *Gate {
	return &Gate{slots: make(chan struct{}, n), timeout: timeout}
}

// tryAcquire takes a slot if one is free.
func (g *Gate) tryAcquire() bool {
	select {
	case g.slots <- struct{}{}:
		return true
	default:
		return false
	}
}

func (g *Gate) release() { <-g.slots }

// claimError is a refusal with its HTTP status (both endpoints), and the
// seconds after which to retry when that helps.
type claimError struct {
	status     int
	msg        string
	retryAfter int
}

func (e *claimError) Error() string { return e.msg }

func refuse(status int, format string, args ...any) *claimError {
	return &claimError{status: status, msg: fmt.Sprintf(format, args...)}
}

// signHandler serves one signing endpoint: decode reads and checks the
// request without touching state; sign, which reads state and has the host
// sign, runs only with a slot of the gate and within its deadline. The
// body is read before a slot is taken, so a slow client holds no slot (the
// server's read timeouts bound it).
func signHandler[T any](g *Gate, log zerolog.Logger, what string, decode func(io.Reader) (T, error), sign func(context.Context, T) (any, error)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		res, err := decodeAndSign(g, r, decode, sign)
		w.Header().Set("Content-Type", "application/json")
		if err != nil {
			var ce *claimError
			if !errors.As(err, &ce) {
				ce = refuse(http.StatusInternalServerError, "internal error")
			}
			// Debug only: the reasons carry no client address, account or
			// amount, but a public endpoint must not let clients fill the log.
			log.Debug().Int("status", ce.status).Str("reason", ce.msg).Msg(what + " refused")
			if ce.retryAfter > 0 {
				w.Header().Set("Retry-After", strconv.Itoa(ce.retryAfter))
			}
			w.WriteHeader(ce.status)
			_ = json.NewEncoder(w).Encode(map[string]string{"error": ce.msg})
			return
		}
		_ = json.NewEncoder(w).Encode(res)
	}
}

func decodeAndSign[T any](g *Gate, r *http.Request, decode func(io.Reader) (T, error), sign func(context.Context, T) (any, error)) (any, error) {
	req, err := decode(r.Body)
	if err != nil {
		return nil, err
	}
	if !g.tryAcquire() {
		busy := refuse(http.StatusServiceUnavailable, "this node is busy signing (%d at once): retry in %d s", cap(g.slots), BusyRetryAfter)
		busy.retryAfter = BusyRetryAfter
		return nil, busy
	}
	defer g.release()
	ctx, cancel := context.WithTimeout(r.Context(), g.timeout)
	defer cancel()
	res, err := sign(ctx, req)
	if err != nil && errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return nil, refuse(http.StatusServiceUnavailable, "signing took longer than %s", g.timeout)
	}
	return res, err
}

// SigningRoutes serves the public signing endpoints (claim may be nil in
// tests of exits, and exit in tests of claims) under one gate: a flood of
// one endpoint takes the other's slots too, as both cost the same.
func SigningRoutes(g *Gate, claim *ClaimSigner, exit *ExitSigner) http.Handler {
	mux := http.NewServeMux()
	if claim != nil {
		mux.Handle("POST "+ClaimSignPath, signHandler(g, claim.log, "claim signature", decodeClaimSignRequest,
			func(ctx context.Context, req ClaimSignRequest) (any, error) { return claim.sign(ctx, req) }))
	}
	if exit != nil {
		mux.Handle("POST "+ExitSignPath, signHandler(g, exit.log, "exit signature", exit.decode,
			func(ctx context.Context, req ExitSignRequest) (any, error) { return exit.sign(ctx, req) }))
	}
	return mux
}

// tagCache reads one of the staking contract's tags once it can, then
// keeps it: a tag is fixed by the contract's chain id and address.
type tagCache struct {
	read func(context.Context) ([32]byte, error)
	mu   sync.Mutex
	tag  *[32]byte
}

func (c *tagCache) get(ctx context.Context) ([32]byte, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.tag != nil {
		return *c.tag, nil
	}
	tag, err := c.read(ctx)
	if err != nil {
		return tag, err
	}
	c.tag = &tag
	return tag, nil
}

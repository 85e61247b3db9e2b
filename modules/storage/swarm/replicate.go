package swarm

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"sync"
	"time"

	"github.com/seshnet/seshnet/core/sessionid"
	"github.com/seshnet/seshnet/modules/netview"
)

// OpPath is where a peer takes a replicated change.
const OpPath = "/n2n/storage/op"

// DefaultOpDeadline is how long Replicate keeps retrying a failed forward:
// the longest TTL of DESIGN.md §9 (30 days, authenticated namespaces), so a
// default never gives up on a message that is still alive. Callers that
// know better (a store's expiry) use ReplicateUntil.
const DefaultOpDeadline = 30 * 24 * time.Hour

// Answers recorded for a peer whose forward failed (Session's shapes).
var (
	resultTimeout = json.RawMessage(`{"failed":true,"timeout":true}`)
)

func resultCode(code int) json.RawMessage {
	return json.RawMessage(fmt.Sprintf(`{"failed":true,"code":%d}`, code))
}

// Replicate is ReplicateUntil with a deadline of now + DefaultOpDeadline.
func (s *Swarm) Replicate(ctx context.Context, acct sessionid.Account, op []byte) map[string]json.RawMessage {
	return s.ReplicateUntil(ctx, acct, op, s.now().Add(DefaultOpDeadline))
}

// ReplicateUntil sends op to every other member of acct's swarm in
// parallel (POST /n2n/storage/op), waits for them until ctx ends, and
// returns each peer's answer keyed by its Ed25519 hex. A peer that failed
// gets {"failed":true,"timeout":true} or {"failed":true,"code":N}, and op is
// queued for it and retried with backoff until it is delivered, the peer
// leaves the account's swarm, or until passes.
//
// A peer that already has forwards queued is not tried now: op goes behind
// them (so a delete never overtakes the store it deletes, and a peer known
// to be down does not hold up every request) and its answer is the timeout
// one.
func (s *Swarm) ReplicateUntil(ctx context.Context, acct sessionid.Account, op []byte, until time.Time) map[string]json.RawMessage {
	out := map[string]json.RawMessage{}
	v := s.view()
	if v == nil {
		return out
	}
	_, members, ok := v.SwarmOf(acct.Key())
	if !ok {
		return out
	}
	var (
		mu     sync.Mutex
		wg     sync.WaitGroup
		failed [][32]byte
	)
	for _, m := range members {
		if m.Ed25519.Equal(s.self) {
			continue
		}
		peer := peerKey(m)
		if s.queue.pending(peer) {
			mu.Lock()
			out[m.Hex()] = resultTimeout
			failed = append(failed, peer)
			mu.Unlock()
			continue
		}
		wg.Go(func() {
			res, retry := s.send(ctx, m, op)
			mu.Lock()
			defer mu.Unlock()
			out[m.Hex()] = res
			if retry {
				failed = append(failed, peer)
			}
		})
	}
	wg.Wait()
	now := s.now()
	if len(failed) > 0 && until.After(now) {
		e := qEntry{Account: acct, Until: until.UnixMilli(), Op: op}
		if err := s.queue.add(failed, e, now.Add(s.cfg.BackoffMin)); err != nil {
			s.log.Error().Err(err).Msg("failed forwards not queued")
		}
		signal(s.kick)
	}
	return out
}

// send posts op to node; retry says the failure may pass (the peer is
// down, overloaded, or its view lags behind ours).
func (s *Swarm) send(ctx context.Context, node *netview.Node, op []byte) (res json.RawMessage, retry bool) {
	addr := node.Endpoints["storage"]
	if addr == "" {
		return resultTimeout, true // publishes no endpoint yet: treat as down
	}
	code, body, err := s.client.Post(ctx, node.Ed25519, addr, OpPath, op)
	if err != nil {
		s.log.Debug().Err(err).Str("peer", node.Hex()).Msg("forward failed")
		return resultTimeout, true
	}
	if code/100 != 2 {
		s.log.Debug().Int("code", code).Str("peer", node.Hex()).Msg("forward refused")
		return resultCode(code), retryable(code)
	}
	if !json.Valid(body) {
		body, _ = json.Marshal(string(body))
	}
	return body, false
}

// retryable are the answers that can change without the op changing.
func retryable(code int) bool {
	switch code {
	case http.StatusUnauthorized, // the peer's view does not have us yet
		http.StatusRequestTimeout,
		http.StatusMisdirectedRequest, // the peer's view puts the account elsewhere yet
		http.StatusTooEarly,
		http.StatusTooManyRequests:
		return true
	}
	return code >= 500
}

// runRetries drains peers whose retry time has come, one goroutine per
// peer, until ctx ends.
func (s *Swarm) runRetries(ctx context.Context) {
	var wg sync.WaitGroup
	defer wg.Wait()
	timer := time.NewTimer(0)
	defer timer.Stop()
	for {
		for _, p := range s.queue.takeDue(s.now()) {
			wg.Go(func() { s.drain(ctx, p) })
		}
		wait := s.cfg.BackoffMax // bounded, so an injected clock is looked at again
		if at, ok := s.queue.nextWake(); ok {
			wait = min(max(at.Sub(s.now()), 0), wait)
		}
		timer.Reset(wait)
		select {
		case <-ctx.Done():
			return
		case <-s.kick:
		case <-timer.C:
		}
		if !timer.Stop() {
			select {
			case <-timer.C:
			default:
			}
		}
	}
}

// drain sends p's forwards oldest first until one fails or none is left.
// A forward is dropped once its deadline passed or p is no longer in the
// account's swarm (the swarm's new members got it, or will be filled).
func (s *Swarm) drain(ctx context.Context, p [32]byte) {
	failed := false
	defer func() {
		s.queue.release(p, failed, s.now(), s.cfg.BackoffMin, s.cfg.BackoffMax)
		signal(s.kick) // let the loop plan the next wake
	}()
	for ctx.Err() == nil {
		seq, e, ok, err := s.queue.head(p)
		if err != nil {
			s.log.Error().Err(err).Msg("replication queue unreadable")
			failed = true
			return
		}
		if !ok {
			return
		}
		v := s.view()
		if v == nil {
			failed = true // no view: nothing to say who p is; wait
			return
		}
		_, members, _ := v.SwarmOf(e.Account.Key())
		node := memberIn(members, p[:])
		why := ""
		switch {
		case e.Until <= s.now().UnixMilli():
			why = "deadline passed"
		case node == nil:
			why = "peer left the account's swarm"
		}
		if why != "" {
			if err := s.queue.remove(p, seq); err != nil {
				s.log.Error().Err(err).Msg("forward not dropped")
				failed = true
				return
			}
			s.log.Debug().Str("peer", hex.EncodeToString(p[:])).Str("why", why).Msg("queued forward dropped")
			continue
		}
		if _, retry := s.send(ctx, node, e.Op); retry {
			failed = true
			return
		}
		if err := s.queue.remove(p, seq); err != nil {
			s.log.Error().Err(err).Msg("delivered forward not removed")
			failed = true
			return
		}
		s.log.Debug().Str("peer", hex.EncodeToString(p[:])).Msg("queued forward delivered")
	}
	failed = true // stopped: keep the rest for the next run
}

func peerKey(n *netview.Node) [32]byte {
	var k [32]byte
	copy(k[:], n.Ed25519)
	return k
}

package client

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/seshnet/seshnet/core/onion"
	"github.com/seshnet/seshnet/core/sessionid"
)

// rpcRequest is a storage RPC request, Session's {"method","params"}.
type rpcRequest struct {
	Method string `json:"method"`
	Params any    `json:"params"`
}

// replyJSON is the plaintext of the destination's encrypted answer
// (modules/relay Reply): the storage server's status and body.
type replyJSON struct {
	Status int    `json:"status"`
	Body   string `json:"body"`
}

// answer is a storage answer and the swarm it came from.
type answer struct {
	status int
	body   []byte
	target target // the account's swarm as the client saw it when the answer came
}

// call sends one storage request for account a through an onion path and
// returns the storage answer. A failed path is retried with a fresh path
// (Options.Attempts in all). A 421 (the node does not hold the account)
// refreshes the network and is retried once, towards the swarm the answer
// names when the refreshed network knows it.
func (c *Client) call(ctx context.Context, a sessionid.Account, method string, params any) (*answer, error) {
	req, err := json.Marshal(rpcRequest{Method: method, Params: params})
	if err != nil {
		return nil, fmt.Errorf("client: %s request: %w", method, err)
	}
	nw, err := c.network(ctx)
	if err != nil {
		return nil, err
	}
	t, err := targetFor(nw, a)
	if err != nil {
		return nil, err
	}
	avoid := c.downNodes()
	redirected := false
	var lastErr error
	for attempt := 0; attempt < c.opt.Attempts; {
		path, err := c.pickPath(nw, t, avoid)
		if err != nil {
			return nil, err
		}
		dest := path[len(path)-1]
		status, body, err := c.roundTrip(ctx, path, req)
		if err != nil {
			if ctx.Err() != nil {
				return nil, err
			}
			lastErr = err
			attempt++
			c.log.Debug().Int("attempt", attempt).Msg("onion path failed")
			if attempt < c.opt.Attempts {
				c.findDown(ctx, path, err, avoid)
			}
			continue
		}
		if status == http.StatusMisdirectedRequest {
			if redirected {
				return nil, fmt.Errorf("%w (after a network refresh): %s", ErrWrongSwarm, clip(string(body), 120))
			}
			redirected = true
			c.log.Debug().Msg("storage node does not hold the account: refreshing the network")
			if nw, err = c.Refresh(ctx); err != nil {
				return nil, err
			}
			if t, err = redirect(nw, a, body); err != nil {
				return nil, err
			}
			continue
		}
		unavailable := status == http.StatusBadGateway || status == http.StatusServiceUnavailable || status == http.StatusGatewayTimeout
		if attempt++; unavailable && attempt < c.opt.Attempts {
			// The destination's storage is down or slow: another member
			// may answer (every request here can be repeated safely).
			avoid[dest.Hex()] = true
			c.log.Debug().Int("attempt", attempt).Msg("storage unavailable at the destination")
			continue
		}
		return &answer{status: status, body: body, target: t}, nil
	}
	return nil, lastErr
}

// redirect is the target after a 421. Session's answer names the swarm
// ("swarm", hex id) and its members ("snodes" with "pubkey_ed25519"); the
// refreshed network is what the client trusts, so the named swarm is used
// when the network knows it with members, else the members named that
// the network knows, else the swarm the client computes itself. (A
// destination that lies can send the request to another real swarm, whose
// members then confirm it; it could as well drop the request.)
func redirect(nw *Network, a sessionid.Account, body []byte) (target, error) {
	var w struct {
		Swarm  json.RawMessage `json:"swarm"`
		Snodes []struct {
			Ed25519 string `json:"pubkey_ed25519"`
		} `json:"snodes"`
	}
	if json.Unmarshal(body, &w) == nil {
		if id, ok := parseSwarmID(w.Swarm); ok {
			if m := nw.Members(id); len(m) > 0 {
				return target{swarm: id, members: m}, nil
			}
		}
		var named []Node
		for _, s := range w.Snodes {
			if n, ok := nw.Node(strings.ToLower(s.Ed25519)); ok {
				named = append(named, n)
			}
		}
		if len(named) > 0 {
			id, _ := parseSwarmID(w.Swarm)
			return target{swarm: id, members: named}, nil
		}
	}
	return targetFor(nw, a)
}

// parseSwarmID reads a swarm id given as Session does (16 hex digits in a
// string) or as a JSON number.
func parseSwarmID(raw json.RawMessage) (uint64, bool) {
	if len(raw) == 0 {
		return 0, false
	}
	var s string
	if json.Unmarshal(raw, &s) == nil {
		id, err := strconv.ParseUint(s, 16, 64)
		return id, err == nil
	}
	var n uint64
	if json.Unmarshal(raw, &n) == nil {
		return n, true
	}
	return 0, false
}

// downFor is how long a node found unreachable is left out of paths.
const downFor = time.Minute

// downNodes are the nodes found unreachable in the last downFor.
func (c *Client) downNodes() map[string]bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := map[string]bool{}
	now := time.Now()
	for k, until := range c.down {
		if now.Before(until) {
			out[k] = true
		} else {
			delete(c.down, k)
		}
	}
	return out
}

func (c *Client) markDown(n Node, avoid map[string]bool) {
	avoid[n.Hex()] = true
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.down) >= 10_000 {
		clear(c.down)
	}
	c.down[n.Hex()] = time.Now().Add(downFor)
}

// findDown works out which node broke a path. An entry relay that could not
// be reached is down. When a later hop failed (the entry says 502 or 504, or
// the answer broke off), the relay cannot say which: the other nodes of the
// path are asked for GET /network directly (pinned by key, bounded by the
// timeout), and those that do not answer are left out of the next paths.
// The probe shows those nodes that this client uses them, on a path it
// then drops.
func (c *Client) findDown(ctx context.Context, path []Node, err error, avoid map[string]bool) {
	var pe *PathError
	if !errors.As(err, &pe) {
		return
	}
	if pe.Entry {
		c.markDown(path[0], avoid)
		return
	}
	switch pe.Status {
	case 0, http.StatusBadGateway, http.StatusGatewayTimeout:
	default:
		return
	}
	var wg sync.WaitGroup
	var mu sync.Mutex
	var dead []Node
	seen := map[string]bool{path[0].Hex(): true} // the entry answered
	for _, n := range path[1:] {
		if seen[n.Hex()] {
			continue
		}
		seen[n.Hex()] = true
		wg.Go(func() {
			if _, err := c.fetch(ctx, c.pinned(n.Ed25519), n.Relay); err != nil {
				mu.Lock()
				dead = append(dead, n)
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	for _, n := range dead {
		c.markDown(n, avoid)
	}
	c.log.Debug().Int("down", len(dead)).Msg("probed the nodes of a failed path")
}

// PathError is an onion path that did not deliver an answer.
type PathError struct {
	// Entry: the first relay could not be reached (or answered nothing).
	Entry bool
	// Status is the entry relay's HTTP status when it answered in clear
	// (some hop failed: 502 a node unreachable, 504 a timeout, 400 a layer
	// refused).
	Status int
	// Text is the relay's clear-text explanation, clipped.
	Text string
	Err  error
}

func (e *PathError) Error() string {
	switch {
	case e.Entry:
		return fmt.Sprintf("%v: the entry relay is unreachable: %v", ErrPath, e.Err)
	case e.Status != 0:
		what := "a relay failed"
		switch e.Status {
		case http.StatusBadGateway:
			what = "a relay could not reach the next node"
		case http.StatusGatewayTimeout:
			what = "a node on the path timed out"
		case http.StatusBadRequest:
			what = "a node refused its onion layer"
		case http.StatusServiceUnavailable:
			what = "a relay is not ready"
		case http.StatusTooManyRequests:
			what = "the entry relay is rate limiting this client"
		}
		return fmt.Sprintf("%v: %s (%d: %s)", ErrPath, what, e.Status, e.Text)
	}
	return fmt.Sprintf("%v: %v", ErrPath, e.Err)
}

func (e *PathError) Unwrap() []error {
	if e.Err != nil {
		return []error{ErrPath, e.Err}
	}
	return []error{ErrPath}
}

// roundTrip sends req along path (relays, then the destination last) and
// opens the destination's answer.
func (c *Client) roundTrip(ctx context.Context, path []Node, req []byte) (int, []byte, error) {
	hops := make([]onion.Hop, len(path))
	for i, n := range path {
		x, err := c.x25519(n.Ed25519)
		if err != nil {
			return 0, nil, fmt.Errorf("client: node key: %w", err)
		}
		hops[i] = onion.Hop{Ed25519: n.Ed25519, X25519: x}
	}
	body, first, replyKey, err := onion.Build(hops, req, c.opt.Enc)
	if err != nil {
		return 0, nil, fmt.Errorf("client: build onion request: %w", err)
	}
	ctx, cancel := context.WithTimeout(ctx, c.opt.Timeout)
	defer cancel()
	hr, err := http.NewRequestWithContext(ctx, http.MethodPost, "https://"+path[0].Relay+"/onion_req/v2", bytes.NewReader(body))
	if err != nil {
		return 0, nil, &PathError{Entry: true, Err: err}
	}
	hr.Header.Set("Content-Type", "application/octet-stream")
	markReplayable(hr)
	res, err := c.pinned(first.Ed25519).Do(hr)
	if err != nil {
		return 0, nil, &PathError{Entry: true, Err: err}
	}
	defer res.Body.Close()
	// The answer is base64 of the sealed reply, which is a little larger
	// than the storage body it holds.
	raw, err := io.ReadAll(io.LimitReader(res.Body, 2*onion.MaxBodySize))
	if err != nil {
		return 0, nil, &PathError{Err: fmt.Errorf("reading the answer: %w", err)}
	}
	if res.StatusCode != http.StatusOK {
		return 0, nil, &PathError{Status: res.StatusCode, Text: clip(strings.TrimSpace(string(raw)), 120)}
	}
	sealed, err := base64.StdEncoding.DecodeString(strings.TrimSpace(string(raw)))
	if err != nil {
		return 0, nil, &PathError{Err: errors.New("the answer is not base64")}
	}
	plain, err := onion.OpenReply(c.opt.Enc, replyKey, sealed)
	if err != nil {
		return 0, nil, &PathError{Err: err}
	}
	var r replyJSON
	if err := json.Unmarshal(plain, &r); err != nil {
		return 0, nil, fmt.Errorf("%w: reply: %w", ErrBadAnswer, err)
	}
	return r.Status, []byte(r.Body), nil
}

// markReplayable lets net/http resend the onion request on a fresh
// connection when the kept-alive one it went out on broke before any byte
// of an answer came. A server may close an idle kept-alive connection at
// the moment the client sends on it (HTTP/1.1 has no way round that; a
// relay's hot swap closes the connections its clients left idle), and the
// POST then fails with EOF although the entry never read it. Issue 14: 1
// onion send of 4,699 failed so during a governance upgrade of the relay.
//
// The resend is safe: either the entry never read the request (the close
// crossed it), or it read it and died before answering, and then the
// request may have reached storage, where every method the client uses
// can be repeated (a store of the same message is kept once, by its hash;
// retrieve reads; expire sets the same expiry). call already repeats them
// on another member for the same reason. The bytes resent are the same
// onion, so no relay learns more than from the first. A key with no value
// marks the request without sending anything (net/http's Transport: "If
// the idempotency key value is a zero-length slice, the request is treated
// as idempotent but the header is not sent on the wire"): the wire bytes
// stay Session's.
func markReplayable(r *http.Request) { r.Header["Idempotency-Key"] = nil }

// decodeB64 reads standard base64, padded (as Session writes it) or not.
func decodeB64(s string) ([]byte, error) {
	if b, err := base64.StdEncoding.DecodeString(s); err == nil {
		return b, nil
	}
	return base64.RawStdEncoding.DecodeString(s)
}

// edHex is a key in hex.
func edHex(b []byte) string { return hex.EncodeToString(b) }

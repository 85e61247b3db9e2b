// Package rpc is the storage module's client RPC, POST /storage_rpc/v1,
// compatible on the wire with Session's storage server (DESIGN.md §9):
// store, retrieve, delete, delete_all, delete_before, expire (alias
// expire_msgs), expire_all, get_expiries, get_swarm (alias
// get_snodes_for_pubkey), info, batch and sequence.
//
// The node that takes a client's change validates and authenticates it,
// applies it to its store, hands it to its swarm peers (Swarm.Replicate)
// and answers with every member's signed result. A peer applies a
// forwarded change with ApplyPeer.
//
// Nothing logged at Info or above carries a client address, an account or
// a message hash; request bodies are never logged.
//
// Where DESIGN.md or Session's server differ from Session's documentation,
// or it says nothing:
//   - retrieve always needs the owner's signature (DESIGN.md §9), also in
//     namespace -10 and the public-outbox namespaces that Session still
//     reads without one;
//   - a store's timestamp must be within ±60 s of our clock (Session only
//     refuses future ones); a signature given on a store into a public
//     namespace is checked (as Session's documentation says, not its code);
//   - codes follow Session's server: 400 for anything unparsable,
//     including data over 76,800 bytes; 401 for a missing or wrong
//     signature (also a 05 account without pubkey_ed25519); 403 for a TTL
//     out of range; 406 for a timestamp out of the window, which here also
//     covers delete_before's future "before" and expire's past "expiry"
//     (Session answers 401 for those two); 421 with the account's swarm;
//     429 rate limited; 503 when the store fails; 413 for a body over 10 MB;
//   - "hf" is seshnet's network version, [1, 0]; info's "version" is ours;
//   - expire takes one expiry (not Session's per-message list) and caps it
//     at now + 30 days; subaccounts are not supported (400);
//   - delete_all/delete_before/expire_all over "all" namespaces answer
//     Session's {"<ns>": [hashes]} dict when the Store implements
//     NamespaceLister, else one sorted list (same signature either way).
package rpc

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"net"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/rs/zerolog"

	"github.com/seshnet/seshnet/core/sessionid"
	"github.com/seshnet/seshnet/core/storagewire"
	"github.com/seshnet/seshnet/modules/storage/ratelimit"
)

// Handler serves POST /storage_rpc/v1 and applies peers' forwarded changes.
// Store, Swarm and Verifier are required; the rest is optional.
type Handler struct {
	Store    Store
	Swarm    Swarm
	Verifier Verifier
	// Limiter, when set, limits each client (ClientKey) per HTTP request
	// (a batch takes one token).
	Limiter Limiter
	// Now is the clock (default time.Now).
	Now func() time.Time
	Log zerolog.Logger
	// Exempt, when it returns true, spares a request the rate limit (this
	// node's own relay). It sees the request before its body is read: the
	// limit comes first, so a client over it costs no body buffer.
	Exempt func(r *http.Request) bool
	// ClientKey names the client for the rate limit (default: the remote
	// IP without port). Never logged.
	ClientKey func(r *http.Request) string
	// ReplicateTimeout bounds the wait for peers (default 5 s).
	ReplicateTimeout time.Duration

	selfOnce sync.Once
	selfKey  ed25519.PrivateKey
	selfHex  string
}

// response is an answer: status and body (JSON, or plain text for errors).
type response struct {
	code int
	body []byte
	text bool
}

func errResponse(e *rpcError) response {
	if e.json != nil {
		return response{code: e.code, body: e.json}
	}
	return response{code: e.code, body: []byte(e.msg), text: true}
}

func (h *Handler) now() time.Time {
	if h.Now != nil {
		return h.Now()
	}
	return time.Now()
}

func (h *Handler) self() (ed25519.PrivateKey, string) {
	h.selfOnce.Do(func() {
		h.selfKey = h.Swarm.Self()
		h.selfHex = hex.EncodeToString(h.selfKey.Public().(ed25519.PublicKey))
	})
	return h.selfKey, h.selfHex
}

func (h *Handler) clientKey(r *http.Request) string {
	if h.ClientKey != nil {
		return h.ClientKey(r)
	}
	return ratelimit.Client(r)
}

// ServeHTTP answers POST /storage_rpc/v1 from clients and relays.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		writeText(w, http.StatusMethodNotAllowed, "only POST is supported")
		return
	}
	// The limit before the body: a client over it is refused before any
	// buffer is made for what it sends.
	if h.Limiter != nil && (h.Exempt == nil || !h.Exempt(r)) && !h.Limiter.Allow(h.clientKey(r)) {
		writeText(w, codeTooMany, "too many requests")
		return
	}
	body, err := readBody(w, r)
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			writeText(w, codeTooLarge, "request body too large")
		} else {
			writeText(w, codeBadRequest, "could not read the request body")
		}
		return
	}
	res := h.handle(r.Context(), body)
	if res.text {
		writeText(w, res.code, string(res.body))
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Content-Length", strconv.Itoa(len(res.body)))
	w.WriteHeader(res.code)
	_, _ = w.Write(res.body)
}

func writeText(w http.ResponseWriter, code int, msg string) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("Content-Length", strconv.Itoa(len(msg)))
	w.WriteHeader(code)
	_, _ = io.WriteString(w, msg)
}

// readBody reads at most MaxBody bytes. Its buffer grows with the bytes
// that arrive, never to a declared Content-Length up front: a header
// claiming 10 MB costs nothing until 10 MB are sent (review D11). A
// declared length over MaxBody is refused without reading.
func readBody(w http.ResponseWriter, r *http.Request) ([]byte, error) {
	if r.ContentLength > MaxBody {
		return nil, &http.MaxBytesError{Limit: MaxBody}
	}
	var b bytes.Buffer
	_, err := b.ReadFrom(http.MaxBytesReader(w, r.Body, MaxBody))
	return b.Bytes(), err
}

// handle answers one request body.
func (h *Handler) handle(ctx context.Context, body []byte) response {
	c, err := decodeRequest(body)
	if err != nil {
		h.Log.Debug().Int("code", err.code).Str("error", err.msg).Msg("storage rpc: refused")
		return errResponse(err)
	}
	res := h.exec(ctx, c, h.now())
	if res.code != http.StatusOK && res.text {
		h.Log.Debug().Str("method", c.method()).Int("code", res.code).Str("error", string(res.body)).Msg("storage rpc: refused")
	}
	return res
}

// ApplyPeer applies a change forwarded by a swarm peer (op is the canonical
// request the peer's Replicate sent; the channel is node-authenticated by
// the caller, who also checked that the peer is in the account's swarm).
// It checks syntax, limits and the owner's signature exactly as for a
// client (checkPeer): a swarm member is no more trusted with an account
// than a client is, since nodes are permissionless. Only the freshness
// window is wider, for retries that may come up to PeerHorizon late. It
// answers only this node's signed result: no 421, no recursion, no rate
// limit.
func (h *Handler) ApplyPeer(ctx context.Context, op []byte) (json.RawMessage, int, error) {
	c, e := decodeTop(op, false)
	if e != nil {
		return nil, e.code, e
	}
	rc, ok := c.(recursive)
	if !ok {
		e = badf("invalid forwarded request: %s is not a swarm-wide change", c.method())
		return nil, e.code, e
	}
	if e = checkLimits(rc); e != nil {
		return nil, e.code, e
	}
	if h.Store == nil || h.Swarm == nil || h.Verifier == nil {
		e = errf(codeUnavailable, "storage not ready")
		return nil, e.code, e
	}
	nowMs := h.now().UnixMilli()
	if e = h.checkAuth(rc, nowMs, peerWindow); e != nil {
		return nil, e.code, e
	}
	res, _, e := h.apply(ctx, rc, nowMs, true)
	if e != nil {
		return nil, e.code, e
	}
	return res, http.StatusOK, nil
}

// exec runs one decoded call for a client.
func (h *Handler) exec(ctx context.Context, c call, now time.Time) response {
	nowMs := now.UnixMilli()
	switch c := c.(type) {
	case *infoCall:
		o := newObj(nil)
		o.key("version")
		o.b = appendInts(o.b, Version[:])
		o.int("timestamp", nowMs)
		o.common(nowMs)
		return response{code: http.StatusOK, body: o.end()}
	case *batchCall:
		return h.execBatch(ctx, c, now)
	}
	if h.Store == nil || h.Swarm == nil || h.Verifier == nil {
		return errResponse(errf(codeUnavailable, "storage not ready"))
	}
	if c, ok := c.(*getSwarmCall); ok {
		body, e := h.swarmBody(c.acct.acct, nowMs)
		if e != nil {
			return errResponse(e)
		}
		return response{code: http.StatusOK, body: body}
	}
	oc := c.(owned)
	a := oc.account()
	if !h.Swarm.Serves(a) {
		body, e := h.swarmBody(a, nowMs)
		if e != nil {
			return errResponse(e)
		}
		return response{code: codeMisdirected, body: body}
	}
	if e := checkLimits(oc); e != nil {
		return errResponse(e)
	}
	if e := h.checkClient(oc, nowMs); e != nil {
		return errResponse(e)
	}
	switch c := oc.(type) {
	case *retrieveCall:
		return h.retrieve(c, nowMs)
	case *getExpiriesCall:
		return h.getExpiries(c, nowMs)
	case recursive:
		return h.recurse(ctx, c, nowMs)
	}
	return errResponse(badf("invalid request: unknown method"))
}

func (h *Handler) execBatch(ctx context.Context, b *batchCall, now time.Time) response {
	results := make([]response, len(b.calls))
	if b.sequence {
		n := 0
		for i, sub := range b.calls {
			results[i] = h.exec(ctx, sub, now)
			n++
			if results[i].code < 200 || results[i].code > 299 {
				break
			}
		}
		results = results[:n]
	} else {
		var wg sync.WaitGroup
		for i, sub := range b.calls {
			wg.Go(func() { results[i] = h.exec(ctx, sub, now) })
		}
		wg.Wait()
	}
	out := append(make([]byte, 0, 256), `{"results":[`...)
	for i, r := range results {
		if i > 0 {
			out = append(out, ',')
		}
		out = append(out, `{"code":`...)
		out = strconv.AppendInt(out, int64(r.code), 10)
		out = append(out, `,"body":`...)
		if r.text {
			out = appendString(out, string(r.body))
		} else {
			out = append(out, r.body...)
		}
		out = append(out, '}')
	}
	out = append(out, "]}"...)
	return response{code: http.StatusOK, body: out}
}

// checkLimits checks what doesn't depend on time or on who asks: the
// store TTL.
func checkLimits(c call) *rpcError {
	if s, ok := c.(*storeCall); ok {
		ttl := s.expiry - s.timestamp
		if ttl < minTTLms || ttl > maxTTLms(s.ns) {
			return errf(codeForbidden, "Provided expiry/TTL is not valid.")
		}
	}
	return nil
}

// window is how far before and after our clock a request's timestamps may
// be.
type window struct{ past, future int64 }

var (
	// clientWindow: ±Tolerance, for a request straight from its client.
	clientWindow = window{toleranceMs, toleranceMs}
	// peerWindow: a change a peer forwards may be a retry, as late as the
	// peer's queue keeps it (the longest TTL), never from the future.
	peerWindow = window{peerHorizonMs, toleranceMs}
)

func (w window) outside(ts, nowMs int64) bool { return ts < nowMs-w.past || ts > nowMs+w.future }

// checkClient checks a client's timestamps (406) and signature (401).
func (h *Handler) checkClient(c owned, nowMs int64) *rpcError {
	return h.checkAuth(c, nowMs, clientWindow)
}

// checkAuth checks timestamps against w (406) and the owner's signature
// (401): the one check for clients and, with a wider window, for peers.
func (h *Handler) checkAuth(c owned, nowMs int64, w window) *rpcError {
	a := c.account()
	outside := w.outside
	switch c := c.(type) {
	case *storeCall:
		if outside(c.timestamp, nowMs) {
			return errf(codeNotAccepted, "Timestamp error: check your clock")
		}
		if c.sig == nil {
			if !isPublicNamespace(c.ns) {
				return errf(codeUnauthorized, "store: signature required to store to this namespace")
			}
			return nil
		}
		if outside(c.sigTS, nowMs) {
			return errf(codeNotAccepted, "store signature timestamp too far from current time")
		}
		return h.verify(a, c.auth, storagewire.StoreSigning(c.ns, c.sigTS), "store")
	case *retrieveCall:
		if c.sig == nil {
			return errf(codeUnauthorized, "retrieve: request signature required")
		}
		if outside(c.timestamp, nowMs) {
			return errf(codeNotAccepted, "retrieve timestamp too far from current time")
		}
		return h.verify(a, c.auth, storagewire.RetrieveSigning(c.ns, c.timestamp), "retrieve")
	case *deleteCall:
		return h.verify(a, c.auth, storagewire.DeleteSigning(c.messages), "delete")
	case *deleteAllCall:
		if outside(c.timestamp, nowMs) {
			return errf(codeNotAccepted, "delete_all timestamp too far from current time")
		}
		return h.verify(a, c.auth, storagewire.DeleteAllSigning(c.scope, c.timestamp), "delete_all")
	case *deleteBeforeCall:
		if c.before > nowMs+toleranceMs {
			return errf(codeNotAccepted, "delete_before timestamp too far in the future")
		}
		return h.verify(a, c.auth, storagewire.DeleteBeforeSigning(c.scope, c.before), "delete_before")
	case *expireCall:
		// Past the window it deletes the listed messages: a late retry
		// does what the owner asked of those hashes, nothing more.
		if c.expiry < nowMs-w.past {
			return errf(codeNotAccepted, "expire: timestamp should be >= current time")
		}
		return h.verify(a, c.auth, storagewire.ExpireSigning(c.mode, c.expiry, c.messages), "expire")
	case *expireAllCall:
		// Not widened for peers: an expire_all past its expiry would
		// delete every message, also those stored since the owner asked
		// (and anyone holding the signature could replay it).
		if c.expiry < nowMs-toleranceMs {
			return errf(codeNotAccepted, "expire_all timestamp should be >= current time")
		}
		return h.verify(a, c.auth, storagewire.ExpireAllSigning(c.scope, c.expiry), "expire_all")
	case *getExpiriesCall:
		if outside(c.timestamp, nowMs) {
			return errf(codeNotAccepted, "get_expiries timestamp too far from current time")
		}
		return h.verify(a, c.auth, storagewire.GetExpiriesSigning(c.timestamp, c.messages), "get_expiries")
	}
	return nil
}

func (h *Handler) verify(a sessionid.Account, au auth, msg []byte, method string) *rpcError {
	err := h.Verifier.Verify(a, au.pubkeyEd, msg, au.sig)
	switch {
	case err == nil:
		return nil
	case errors.Is(err, sessionid.ErrNeedEd25519):
		return errf(codeUnauthorized, "%s: pubkey_ed25519 is required for 05 pubkeys", method)
	case errors.Is(err, sessionid.ErrKeyMismatch):
		return errf(codeUnauthorized, "%s: pubkey_ed25519 does not match pubkey", method)
	case errors.Is(err, sessionid.ErrBadAccount):
		return badf("%s: invalid pubkey", method)
	}
	return errf(codeUnauthorized, "%s signature verification failed", method)
}

// swarmBody is the get_swarm answer, also the body of a 421: the account's
// swarm and its nodes.
func (h *Handler) swarmBody(a sessionid.Account, nowMs int64) ([]byte, *rpcError) {
	id, members, ok := h.Swarm.Members(a)
	if !ok {
		return nil, errf(codeUnavailable, "no swarm known for this pubkey")
	}
	o := newObj(make([]byte, 0, 128+180*len(members)))
	o.key("snodes")
	o.b = append(o.b, '[')
	for i, m := range members {
		if i > 0 {
			o.b = append(o.b, ',')
		}
		host, port, err := net.SplitHostPort(m.Addr)
		p, perr := strconv.Atoi(port)
		if err != nil || perr != nil {
			host, p = m.Addr, 0
		}
		n := newObj(o.b)
		n.str("ip", host)
		n.str("port", strconv.Itoa(p)) // deprecated string form, for old clients
		n.int("port_https", int64(p))
		n.str("pubkey_ed25519", m.Ed25519)
		n.str("pubkey_x25519", m.X25519)
		o.b = n.end()
	}
	o.b = append(o.b, ']')
	o.key("swarm")
	o.b = append(o.b, '"')
	o.b = appendHex16(o.b, id)
	o.b = append(o.b, '"')
	o.common(nowMs)
	return o.end(), nil
}

func appendHex16(b []byte, v uint64) []byte {
	for shift := 60; shift >= 0; shift -= 4 {
		b = append(b, hexDigit(byte(v>>uint(shift))&0xf))
	}
	return b
}

func appendInts(b []byte, v []int) []byte {
	b = append(b, '[')
	for i, x := range v {
		if i > 0 {
			b = append(b, ',')
		}
		b = strconv.AppendInt(b, int64(x), 10)
	}
	return append(b, ']')
}

// common adds Session's common fields: "t" (our clock) and "hf".
func (o *objWriter) common(nowMs int64) {
	o.int("t", nowMs)
	o.key("hf")
	o.b = appendInts(o.b, HF[:])
}

package rpc

import (
	"context"
	"crypto/ed25519"
	"encoding/base64"
	"encoding/json"
	"net/http"
	"slices"
	"strconv"
	"time"

	voi "github.com/oasisprotocol/curve25519-voi/primitives/ed25519"

	"github.com/seshnet/seshnet/core/sessionid"
	"github.com/seshnet/seshnet/core/storagewire"
	"github.com/seshnet/seshnet/modules/storage/store"
)

func (h *Handler) storeFailed(method string, err error) *rpcError {
	// The store's error text might name an account or a hash: Debug only.
	h.Log.Error().Str("method", method).Msg("storage rpc: store failure")
	h.Log.Debug().Str("method", method).Err(err).Msg("storage rpc: store failure")
	return errf(codeUnavailable, "%s: the store could not complete the request", method)
}

func (h *Handler) retrieve(c *retrieveCall, nowMs int64) response {
	maxCount, maxSize := c.maxCount, c.maxSize
	if maxCount < 0 {
		maxCount = 0
	}
	if maxCount == 0 && maxSize == 0 {
		maxSize = -5 // Session's default: a fifth of the largest answer
	}
	var maxBytes int
	switch {
	case maxSize < 0:
		maxBytes = RetrieveMaxBytes / -maxSize
	case maxSize == 0 || maxSize > RetrieveMaxBytes:
		maxBytes = RetrieveMaxBytes
	default:
		maxBytes = maxSize
	}
	if maxBytes < 1 {
		maxBytes = 1 // still at least one message, as Session does
	}
	a := c.acct.acct
	msgs, more, err := h.Store.Retrieve(a[:], c.ns, c.lastHash, maxCount, maxBytes)
	if err != nil {
		return errResponse(h.storeFailed(MethodRetrieve, err))
	}
	size := 64
	for i := range msgs {
		size += 120 + len(msgs[i].Hash) + base64.StdEncoding.EncodedLen(len(msgs[i].Data))
	}
	b := make([]byte, 0, size)
	b = append(b, `{"messages":[`...)
	for i := range msgs {
		m := &msgs[i]
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"hash":`...)
		b = appendString(b, m.Hash)
		b = append(b, `,"timestamp":`...)
		b = strconv.AppendInt(b, m.Timestamp, 10)
		b = append(b, `,"expiration":`...)
		b = strconv.AppendInt(b, m.Expiry, 10)
		b = append(b, `,"data":"`...)
		b = base64.StdEncoding.AppendEncode(b, m.Data)
		b = append(b, `"}`...)
	}
	b = append(b, `],"more":`...)
	b = strconv.AppendBool(b, more)
	o := &objWriter{b: b}
	o.common(nowMs)
	return response{code: http.StatusOK, body: o.end()}
}

func (h *Handler) getExpiries(c *getExpiriesCall, nowMs int64) response {
	a := c.acct.acct
	exp, err := h.Store.Expiries(a[:], c.messages)
	if err != nil {
		return errResponse(h.storeFailed(MethodGetExpiries, err))
	}
	o := newObj(nil)
	o.key("expiries")
	o.b = appendIntMap(o.b, exp)
	o.common(nowMs)
	return response{code: http.StatusOK, body: o.end()}
}

// retryUntil is how long a change is worth retrying on a peer: a store
// until its message expires (DESIGN.md §9), any other change for the
// longest TTL, after which every message it could touch is gone.
func retryUntil(c recursive, nowMs int64) time.Time {
	if s, ok := c.(*storeCall); ok {
		return time.UnixMilli(s.expiry)
	}
	return time.UnixMilli(nowMs).Add(MaxTTLPrivate)
}

// recurse applies a client's change here, hands it to the swarm and
// answers every member's result.
func (h *Handler) recurse(ctx context.Context, c recursive, nowMs int64) response {
	mine, deletedSome, e := h.apply(ctx, c, nowMs, false)
	if e != nil {
		return errResponse(e)
	}
	timeout := h.ReplicateTimeout
	if timeout <= 0 {
		timeout = DefaultReplicateTimeout
	}
	// The client going away must not cut the swarm's copy short.
	rctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), timeout)
	peers := h.Swarm.ReplicateUntil(rctx, c.account(), opJSON(c), retryUntil(c, nowMs))
	cancel()

	_, selfHex := h.self()
	keys := make([]string, 0, len(peers)+1)
	keys = append(keys, selfHex)
	for k := range peers {
		if k != selfHex {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)

	size := 2 * len(mine)
	for _, v := range peers {
		size += len(v) + 70
	}
	b := make([]byte, 0, size+64)
	// Our own fields at the top level too, for older clients.
	b = append(b, mine[:len(mine)-1]...)
	b = append(b, `,"swarm":{`...)
	for i, k := range keys {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendString(b, k)
		b = append(b, ':')
		if k == selfHex {
			b = append(b, mine...)
			continue
		}
		v := peers[k]
		if !json.Valid(v) {
			v = json.RawMessage(`{"failed":true,"bad_peer_response":true}`)
		}
		b = append(b, v...)
		if !deletedSome {
			deletedSome = peerDeleted(v)
		}
	}
	b = append(b, '}')
	o := &objWriter{b: b}
	o.common(nowMs)
	code := http.StatusOK
	if d, ok := c.(*deleteCall); ok && d.required && !deletedSome {
		code = codeNotFound
	}
	return response{code: code, body: o.end()}
}

// peerDeleted: a peer's result reports deleted messages.
func peerDeleted(v json.RawMessage) bool {
	var r struct {
		Deleted []json.RawMessage `json:"deleted"`
	}
	return json.Unmarshal(v, &r) == nil && len(r.Deleted) > 0
}

// apply makes the change on this node and returns its signed result;
// deletedSome reports, for deletes, whether anything went. fromPeer is a
// change a swarm peer forwarded (its owner's signature checked): a store's
// expiry is capped at now + the namespace's longest TTL, and a delete_all
// takes only messages stamped up to its timestamp + 2 × Tolerance (all
// the messages there were when the owner asked), so a late retry, or a
// replay of its signature, spares what was stored since.
func (h *Handler) apply(ctx context.Context, c recursive, nowMs int64, fromPeer bool) (result json.RawMessage, deletedSome bool, e *rpcError) {
	key, _ := h.self()
	a := c.account()
	acctHex := a.Hex()
	o := newObj(make([]byte, 0, 256))
	switch c := c.(type) {
	case *storeCall:
		hash := sessionid.MessageHash(a, c.ns, c.data)
		expiry := c.expiry
		if fromPeer {
			expiry = min(expiry, nowMs+maxTTLms(c.ns))
		}
		already, err := h.Store.Put(ctx, store.Message{
			Hash: hash, Account: a[:], Namespace: c.ns, Timestamp: c.timestamp, Expiry: expiry, Data: c.data,
		})
		if err != nil {
			return nil, false, h.storeFailed(MethodStore, err)
		}
		if already { // the store keeps the later expiry
			if exp, err := h.Store.Expiries(a[:], []string{hash}); err == nil {
				if v, ok := exp[hash]; ok {
					expiry = v
				}
			}
		}
		o.str("hash", hash)
		o.signature(key, storagewire.StoreResultSigning(hash))
		if already {
			o.boolean("already", true)
		}
		o.int("expiry", expiry)

	case *deleteCall:
		deleted, err := h.Store.Delete(a[:], c.messages)
		if err != nil {
			return nil, false, h.storeFailed(MethodDelete, err)
		}
		deleted = sortedNonNil(deleted)
		o.list("deleted", deleted)
		o.signature(key, storagewire.DeleteResultSigning(acctHex, c.messages, deleted))
		deletedSome = len(deleted) > 0

	case *deleteAllCall:
		all, groups, err := h.perNamespace(a, c.scope, func(ns *int16) ([]string, error) {
			if fromPeer {
				return h.Store.DeleteBefore(a[:], ns, c.timestamp+2*toleranceMs+1)
			}
			return h.Store.DeleteAll(a[:], ns)
		})
		if err != nil {
			return nil, false, h.storeFailed(MethodDeleteAll, err)
		}
		o.hashes("deleted", all, groups)
		o.signature(key, storagewire.DeleteAllResultSigning(acctHex, c.timestamp, all))
		deletedSome = len(all) > 0

	case *deleteBeforeCall:
		// Session deletes timestamps <= before; the store, those < its bound.
		bound := c.before
		if bound < maxTimestampMs {
			bound++
		}
		all, groups, err := h.perNamespace(a, c.scope, func(ns *int16) ([]string, error) {
			return h.Store.DeleteBefore(a[:], ns, bound)
		})
		if err != nil {
			return nil, false, h.storeFailed(MethodDeleteBefore, err)
		}
		o.hashes("deleted", all, groups)
		o.signature(key, storagewire.DeleteBeforeResultSigning(acctHex, c.before, all))
		deletedSome = len(all) > 0

	case *expireCall:
		expiry := min(c.expiry, nowMs+maxTTLPrivateMs)
		mode := store.ExpireAny
		switch c.mode {
		case storagewire.ModeShorten:
			mode = store.ExpireShorten
		case storagewire.ModeExtend:
			mode = store.ExpireExtend
		}
		updated, unchanged, err := h.Store.Expire(a[:], c.messages, expiry, mode)
		if err != nil {
			return nil, false, h.storeFailed(MethodExpire, err)
		}
		if c.mode == storagewire.ModeAny {
			unchanged = nil
		}
		upd := sortedKeys(updated)
		o.int("expiry", expiry)
		o.list("updated", upd)
		if c.mode != storagewire.ModeAny {
			o.key("unchanged")
			o.b = appendIntMap(o.b, unchanged)
		}
		o.signature(key, storagewire.ExpireResultSigning(acctHex, expiry, c.messages, upd, unchanged))

	case *expireAllCall:
		all, groups, err := h.perNamespace(a, c.scope, func(ns *int16) ([]string, error) {
			m, err := h.Store.ExpireAll(a[:], ns, c.expiry)
			return sortedKeys(m), err
		})
		if err != nil {
			return nil, false, h.storeFailed(MethodExpireAll, err)
		}
		o.hashes("updated", all, groups)
		o.signature(key, storagewire.ExpireAllResultSigning(acctHex, c.expiry, all))
	}
	return o.end(), deletedSome, nil
}

// perNamespace runs fn over the scope: once for one namespace; for all
// namespaces, once per namespace when the store lists them (so the answer
// can be grouped the way Session groups it), else once over all. all is
// every affected hash, sorted; groups is by namespace, or nil.
func (h *Handler) perNamespace(a sessionid.Account, s storagewire.Scope, fn func(ns *int16) ([]string, error)) (all []string, groups map[int16][]string, err error) {
	if !s.All {
		ns := s.NS
		all, err = fn(&ns)
		return sortedNonNil(all), nil, err
	}
	lister, ok := h.Store.(NamespaceLister)
	if !ok {
		all, err = fn(nil)
		return sortedNonNil(all), nil, err
	}
	nss, err := lister.Namespaces(a[:])
	if err != nil {
		return nil, nil, err
	}
	groups = make(map[int16][]string, len(nss))
	all = []string{}
	for _, ns := range nss {
		got, err := fn(&ns)
		if err != nil {
			return nil, nil, err
		}
		if len(got) > 0 {
			groups[ns] = sortedNonNil(got)
			all = append(all, got...)
		}
	}
	slices.Sort(all)
	return all, groups, nil
}

func sortedNonNil(l []string) []string {
	if l == nil {
		return []string{}
	}
	if !slices.IsSorted(l) {
		l = slices.Clone(l)
		slices.Sort(l)
	}
	return l
}

func sortedKeys(m map[string]int64) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// appendIntMap writes {"k":v,...} in key order.
func appendIntMap(b []byte, m map[string]int64) []byte {
	b = append(b, '{')
	for i, k := range sortedKeys(m) {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendString(b, k)
		b = append(b, ':')
		b = strconv.AppendInt(b, m[k], 10)
	}
	return append(b, '}')
}

// hashes writes a list, or Session's {"<ns>": [hashes]} dict when grouped.
func (o *objWriter) hashes(k string, all []string, groups map[int16][]string) {
	if groups == nil {
		o.list(k, all)
		return
	}
	o.key(k)
	nss := make([]int, 0, len(groups))
	for ns := range groups {
		nss = append(nss, int(ns))
	}
	slices.Sort(nss)
	o.b = append(o.b, '{')
	for i, ns := range nss {
		if i > 0 {
			o.b = append(o.b, ',')
		}
		o.b = appendString(o.b, strconv.Itoa(ns))
		o.b = append(o.b, ':')
		o.b = appendStrings(o.b, groups[int16(ns)])
	}
	o.b = append(o.b, '}')
}

// signature signs with curve25519-voi: the same deterministic Ed25519
// signature as crypto/ed25519's, in half the time (11 vs 23 µs here), and
// every store answer carries one.
func (o *objWriter) signature(key ed25519.PrivateKey, msg []byte) {
	o.key("signature")
	o.b = append(o.b, '"')
	o.b = base64.StdEncoding.AppendEncode(o.b, voi.Sign(voi.PrivateKey(key), msg))
	o.b = append(o.b, '"')
}

package rpc

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/core/sessionid"
	"github.com/seshnet/seshnet/core/storagewire"
	"github.com/seshnet/seshnet/modules/storage/ratelimit"
)

// with copies p and sets (or, with nil, removes) keys.
func with(p map[string]any, kv ...any) map[string]any {
	out := make(map[string]any, len(p))
	for k, v := range p {
		out[k] = v
	}
	for i := 0; i+1 < len(kv); i += 2 {
		if kv[i+1] == nil {
			delete(out, kv[i].(string))
		} else {
			out[kv[i].(string)] = kv[i+1]
		}
	}
	return out
}

func TestBadInputChangesNothing(t *testing.T) {
	e := newEnv(t)
	u := sessionUser(t, 1)
	g := groupUser(t, 2)
	mallory := sessionUser(t, 9)
	h1, h2 := e.put(u, 0, "one", 0), e.put(u, 3, "two", 0)
	gh := e.put(g, 0, "group", 0)
	now := e.clock.ms()
	stale, future := now-61_000, now+61_000
	day := 24 * time.Hour
	msgs := []string{h1, h2}

	storeP := e.storeParams(u, 0, []byte("new"), time.Hour)
	signedP := e.signedStoreParams(u, 3, []byte("new"), time.Hour)
	retrieveP := e.retrieveParams(u, 0)
	deleteP := u.params("messages", msgs, "signature", u.sign(storagewire.DeleteSigning(msgs)))
	deleteAllP := u.params("namespace", "all", "timestamp", now, "signature", u.sign(storagewire.DeleteAllSigning(storagewire.AllNamespaces, now)))
	beforeP := u.params("before", now, "signature", u.sign(storagewire.DeleteBeforeSigning(storagewire.OneNamespace(0), now)))
	soon := now + 20_000
	expireP := u.params("messages", msgs, "expiry", soon, "signature", u.sign(storagewire.ExpireSigning("", soon, msgs)))
	expireAllP := u.params("expiry", soon, "signature", u.sign(storagewire.ExpireAllSigning(storagewire.OneNamespace(0), soon)))
	getExpP := u.params("timestamp", now, "messages", msgs, "signature", u.sign(storagewire.GetExpiriesSigning(now, msgs)))

	sub := func(m string, p map[string]any) map[string]any { return map[string]any{"method": m, "params": p} }
	many := make([]any, MaxBatch+1)
	for i := range many {
		many[i] = sub(MethodInfo, map[string]any{})
	}
	signedBy := func(x user, msg []byte) string { return x.sign(msg) }

	type tc struct {
		name   string
		body   []byte
		method string
		params map[string]any
		code   int
	}
	cases := []tc{
		// the envelope
		{name: "bad JSON", body: []byte(`{"method":"store","params":`), code: 400},
		{name: "not an object", body: []byte(`[1,2]`), code: 400},
		{name: "empty body", body: []byte(``), code: 400},
		{name: "missing method", body: []byte(`{"params":{}}`), code: 400},
		{name: "method not a string", body: []byte(`{"method":5,"params":{}}`), code: 400},
		{name: "missing params", body: []byte(`{"method":"info"}`), code: 400},
		{name: "params not an object", body: []byte(`{"method":"info","params":[]}`), code: 400},
		{name: "unknown method", method: "store_everything", params: storeP, code: 400},
		{name: "batch of 21", method: MethodBatch, params: map[string]any{"requests": many}, code: 400},
		{name: "empty batch", method: MethodBatch, params: map[string]any{"requests": []any{}}, code: 400},
		{name: "batch in a batch", method: MethodBatch, params: map[string]any{"requests": []any{sub(MethodBatch, map[string]any{"requests": []any{}})}}, code: 400},
		{name: "batch with a bad store", method: MethodSequence, params: map[string]any{"requests": []any{sub(MethodStore, storeP), sub(MethodStore, with(storeP, "data", "!!"))}}, code: 400},
		{name: "batch subrequest without params", method: MethodBatch, params: map[string]any{"requests": []any{map[string]any{"method": MethodStore}}}, code: 400},

		// store
		{name: "store: bad base64", method: MethodStore, params: with(storeP, "data", "aGVsbG8*"), code: 400},
		{name: "store: url-safe base64", method: MethodStore, params: with(storeP, "data", "__8"), code: 400},
		{name: "store: base64 with a newline", method: MethodStore, params: with(storeP, "data", "aGVs\nbG8="), code: 400},
		{name: "store: data not a string", method: MethodStore, params: with(storeP, "data", 5), code: 400},
		{name: "store: oversize data", method: MethodStore, params: with(storeP, "data", b64(make([]byte, MaxDataBytes+1))), code: 400},
		{name: "store: missing data", method: MethodStore, params: with(storeP, "data", nil), code: 400},
		{name: "store: missing timestamp", method: MethodStore, params: with(storeP, "timestamp", nil), code: 400},
		{name: "store: timestamp too small to be milliseconds", method: MethodStore, params: with(storeP, "timestamp", 123456), code: 400},
		{name: "store: timestamp in seconds", method: MethodStore, params: with(storeP, "timestamp", now/1000), code: 406},
		{name: "store: fractional timestamp", method: MethodStore, params: with(storeP, "timestamp", float64(now)+0.5), code: 400},
		{name: "store: missing ttl and expiry", method: MethodStore, params: with(storeP, "ttl", nil), code: 400},
		{name: "store: ttl and expiry", method: MethodStore, params: with(storeP, "expiry", now+60_000), code: 400},
		{name: "store: negative ttl", method: MethodStore, params: with(storeP, "ttl", -5), code: 403},
		{name: "store: bad account", method: MethodStore, params: with(storeP, "pubkey", "05abcd"), code: 400},
		{name: "store: unknown prefix", method: MethodStore, params: with(storeP, "pubkey", "04"+u.acct.Hex()[2:]), code: 400},
		{name: "store: pubkey and pubKey", method: MethodStore, params: with(storeP, "pubKey", u.acct.Hex()), code: 400},
		{name: "store: no pubkey", method: MethodStore, params: with(storeP, "pubkey", nil), code: 400},
		{name: "store: namespace out of range", method: MethodStore, params: with(storeP, "namespace", 40000), code: 400},
		{name: "store: namespace all", method: MethodStore, params: with(storeP, "namespace", "all"), code: 400},
		{name: "store: namespace not an integer", method: MethodStore, params: with(storeP, "namespace", 1.5), code: 400},
		{name: "store: subaccount", method: MethodStore, params: with(signedP, "subaccount", "0801000000"), code: 400},
		{name: "store: TTL under 10 s", method: MethodStore, params: with(storeP, "ttl", 9_999), code: 403},
		{name: "store: TTL over 14 days (public)", method: MethodStore, params: with(storeP, "ttl", (14*day).Milliseconds()+1), code: 403},
		{name: "store: TTL over 30 days (authenticated)", method: MethodStore, params: with(signedP, "ttl", (30*day).Milliseconds()+1), code: 403},
		{name: "store: expiry before timestamp", method: MethodStore, params: with(storeP, "ttl", nil, "expiry", now-1), code: 403},
		{name: "store: stale timestamp", method: MethodStore, params: with(storeP, "timestamp", stale), code: 406},
		{name: "store: future timestamp", method: MethodStore, params: with(storeP, "timestamp", future), code: 406},
		{name: "store: stale sig_timestamp", method: MethodStore, params: with(signedP, "sig_timestamp", stale, "signature", u.sign(storagewire.StoreSigning(3, stale))), code: 406},
		{name: "store: unauthenticated into ns 3", method: MethodStore, params: with(storeP, "namespace", 3), code: 401},
		{name: "store: unauthenticated into ns 1", method: MethodStore, params: with(storeP, "namespace", 1), code: 401},
		{name: "store: unauthenticated into ns -1", method: MethodStore, params: with(storeP, "namespace", -1), code: 401},
		{name: "store: wrong signature", method: MethodStore, params: with(signedP, "signature", u.sign(storagewire.StoreSigning(4, now))), code: 401},
		{name: "store: signed by another key", method: MethodStore, params: with(signedP, "signature", signedBy(mallory, storagewire.StoreSigning(3, now))), code: 401},
		{name: "store: another key as pubkey_ed25519", method: MethodStore, params: with(signedP, "pubkey_ed25519", mallory.ed, "signature", signedBy(mallory, storagewire.StoreSigning(3, now))), code: 401},
		{name: "store: 05 without pubkey_ed25519", method: MethodStore, params: with(signedP, "pubkey_ed25519", nil), code: 401},
		{name: "store: bad signature in a public ns", method: MethodStore, params: with(storeP, "signature", u.sign([]byte("nope"))), code: 401},
		{name: "store: signature not base64", method: MethodStore, params: with(signedP, "signature", strings.Repeat("*", 86)), code: 400},
		{name: "store: signature too short", method: MethodStore, params: with(signedP, "signature", b64(make([]byte, 63))), code: 400},
		{name: "store: pubkey_ed25519 not hex", method: MethodStore, params: with(signedP, "pubkey_ed25519", strings.Repeat("z", 64)), code: 400},
		{name: "store: pubkey_ed25519 for a 03 account", method: MethodStore, params: with(e.signedStoreParams(g, 3, []byte("x"), time.Hour), "pubkey_ed25519", u.ed), code: 400},

		// retrieve
		{name: "retrieve: no signature", method: MethodRetrieve, params: with(retrieveP, "signature", nil, "timestamp", nil), code: 401},
		{name: "retrieve: timestamp without signature", method: MethodRetrieve, params: with(retrieveP, "signature", nil), code: 401},
		{name: "retrieve: signature without timestamp", method: MethodRetrieve, params: with(retrieveP, "timestamp", nil), code: 400},
		{name: "retrieve: wrong namespace signed", method: MethodRetrieve, params: with(retrieveP, "namespace", 3), code: 401},
		{name: "retrieve: signed by another key", method: MethodRetrieve, params: with(retrieveP, "signature", signedBy(mallory, storagewire.RetrieveSigning(0, now))), code: 401},
		{name: "retrieve: 05 without pubkey_ed25519", method: MethodRetrieve, params: with(retrieveP, "pubkey_ed25519", nil), code: 401},
		{name: "retrieve: stale", method: MethodRetrieve, params: with(retrieveP, "timestamp", stale, "signature", u.sign(storagewire.RetrieveSigning(0, stale))), code: 406},
		{name: "retrieve: future", method: MethodRetrieve, params: with(retrieveP, "timestamp", future, "signature", u.sign(storagewire.RetrieveSigning(0, future))), code: 406},
		{name: "retrieve: bad last_hash", method: MethodRetrieve, params: with(retrieveP, "last_hash", "short"), code: 400},
		{name: "retrieve: max_count not an integer", method: MethodRetrieve, params: with(retrieveP, "max_count", "5"), code: 400},

		// delete
		{name: "delete: no signature", method: MethodDelete, params: with(deleteP, "signature", nil), code: 400},
		{name: "delete: bad base64 signature", method: MethodDelete, params: with(deleteP, "signature", "@@"), code: 400},
		{name: "delete: no messages", method: MethodDelete, params: with(deleteP, "messages", []string{}), code: 400},
		{name: "delete: bad hash", method: MethodDelete, params: with(deleteP, "messages", []string{"abc"}), code: 400},
		{name: "delete: messages not strings", method: MethodDelete, params: with(deleteP, "messages", []int{1}), code: 400},
		{name: "delete: signature over other messages", method: MethodDelete, params: with(deleteP, "messages", []string{h1}), code: 401},
		{name: "delete: signed by another key", method: MethodDelete, params: with(deleteP, "signature", signedBy(mallory, storagewire.DeleteSigning(msgs))), code: 401},
		{name: "delete: 05 without pubkey_ed25519", method: MethodDelete, params: with(deleteP, "pubkey_ed25519", nil), code: 401},
		{name: "delete: the group's message with our signature", method: MethodDelete, params: g.params("messages", []string{gh}, "signature", u.sign(storagewire.DeleteSigning([]string{gh}))), code: 401},

		// delete_all
		{name: "delete_all: stale", method: MethodDeleteAll, params: with(deleteAllP, "timestamp", stale, "signature", u.sign(storagewire.DeleteAllSigning(storagewire.AllNamespaces, stale))), code: 406},
		{name: "delete_all: future", method: MethodDeleteAll, params: with(deleteAllP, "timestamp", future, "signature", u.sign(storagewire.DeleteAllSigning(storagewire.AllNamespaces, future))), code: 406},
		{name: "delete_all: signed for namespace 0 only", method: MethodDeleteAll, params: with(deleteAllP, "signature", u.sign(storagewire.DeleteAllSigning(storagewire.OneNamespace(0), now))), code: 401},
		{name: "delete_all: signed by another key", method: MethodDeleteAll, params: with(deleteAllP, "signature", signedBy(mallory, storagewire.DeleteAllSigning(storagewire.AllNamespaces, now))), code: 401},
		{name: "delete_all: no timestamp", method: MethodDeleteAll, params: with(deleteAllP, "timestamp", nil), code: 400},
		{name: "delete_all: bad namespace", method: MethodDeleteAll, params: with(deleteAllP, "namespace", "some"), code: 400},

		// delete_before
		{name: "delete_before: future", method: MethodDeleteBefore, params: with(beforeP, "before", future, "signature", u.sign(storagewire.DeleteBeforeSigning(storagewire.OneNamespace(0), future))), code: 406},
		{name: "delete_before: wrong signature", method: MethodDeleteBefore, params: with(beforeP, "before", now+1), code: 401},
		{name: "delete_before: no before", method: MethodDeleteBefore, params: with(beforeP, "before", nil), code: 400},

		// expire
		{name: "expire: past expiry", method: MethodExpire, params: with(expireP, "expiry", stale, "signature", u.sign(storagewire.ExpireSigning("", stale, msgs))), code: 406},
		{name: "expire: shorten and extend", method: MethodExpire, params: with(expireP, "shorten", true, "extend", true), code: 400},
		{name: "expire: mode not signed", method: MethodExpire, params: with(expireP, "shorten", true), code: 401},
		{name: "expire: signed by another key", method: MethodExpire, params: with(expireP, "signature", signedBy(mallory, storagewire.ExpireSigning("", soon, msgs))), code: 401},
		{name: "expire: several expiries", method: MethodExpire, params: with(expireP, "expiry", []int64{soon, soon}), code: 400},
		{name: "expire: no messages", method: MethodExpire, params: with(expireP, "messages", nil), code: 400},

		// expire_all
		{name: "expire_all: past expiry", method: MethodExpireAll, params: with(expireAllP, "expiry", stale, "signature", u.sign(storagewire.ExpireAllSigning(storagewire.OneNamespace(0), stale))), code: 406},
		{name: "expire_all: wrong namespace signed", method: MethodExpireAll, params: with(expireAllP, "namespace", "all"), code: 401},
		{name: "expire_all: 05 without pubkey_ed25519", method: MethodExpireAll, params: with(expireAllP, "pubkey_ed25519", nil), code: 401},

		// get_expiries
		{name: "get_expiries: stale", method: MethodGetExpiries, params: with(getExpP, "timestamp", stale, "signature", u.sign(storagewire.GetExpiriesSigning(stale, msgs))), code: 406},
		{name: "get_expiries: wrong signature", method: MethodGetExpiries, params: with(getExpP, "messages", []string{h1}), code: 401},

		// get_swarm
		{name: "get_swarm: bad account", method: MethodGetSwarm, params: map[string]any{"pubkey": "zz"}, code: 400},
	}

	before := e.count(u.acct, g.acct)
	expiries, err := e.st.Expiries(u.acct[:], msgs)
	require.NoError(t, err)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			body := c.body
			if body == nil {
				body = reqJSON(t, c.method, c.params)
			}
			code, out := e.post(body)
			require.Equal(t, c.code, code, "%s", out)
			require.NotEmpty(t, out)
			require.False(t, json.Valid(out) && bytes.HasPrefix(out, []byte("{")), "errors are plain text: %s", out)
			require.Equal(t, before, e.count(u.acct, g.acct), "nothing stored or deleted")
			now, err := e.st.Expiries(u.acct[:], msgs)
			require.NoError(t, err)
			require.Equal(t, expiries, now, "no expiry changed")
		})
	}
	require.Empty(t, e.sw.replicated(), "nothing replicated")
}

func TestLimitsAtTheEdgeAreAccepted(t *testing.T) {
	e := newEnv(t)
	u := sessionUser(t, 1)
	day := 24 * time.Hour
	now := e.clock.ms()
	for i, p := range []map[string]any{
		e.storeParams(u, 0, make([]byte, MaxDataBytes), time.Hour),
		e.storeParams(u, 10, []byte("10 s"), 10*time.Second),
		e.storeParams(u, 0, []byte("14 d"), 14*day),
		e.signedStoreParams(u, 1, []byte("30 d"), 30*day),
		with(e.storeParams(u, 0, []byte("60 s old"), time.Hour), "timestamp", now-60_000),
		with(e.storeParams(u, 0, []byte("60 s ahead"), time.Hour), "timestamp", now+60_000),
		with(e.signedStoreParams(u, 3, []byte("padded"), time.Hour), "signature", u.sign(storagewire.StoreSigning(3, now))),
		with(e.signedStoreParams(u, 3, []byte("unpadded"), time.Hour), "signature", strings.TrimRight(u.sign(storagewire.StoreSigning(3, now)), "=")),
	} {
		e.ok(MethodStore, p)
		require.Equal(t, i+1, e.count(u.acct))
	}
}

func TestSignedRequestsMayBeReplayedWithinTheWindow(t *testing.T) {
	e := newEnv(t)
	u := sessionUser(t, 1)
	e.put(u, 0, "x", 0)
	p := e.retrieveParams(u, 0)
	for range 2 {
		out := e.ok(MethodRetrieve, p)
		require.Len(t, out["messages"], 1)
	}
	e.clock.advance(59 * time.Second)
	e.ok(MethodRetrieve, p)
	e.clock.advance(2 * time.Second)
	code, _ := e.call(MethodRetrieve, p)
	require.Equal(t, http.StatusNotAcceptable, code, "not past the window")
}

func TestRateLimit(t *testing.T) {
	e := newEnv(t)
	e.h.Limiter = ratelimit.New(ratelimit.DefaultBurst, ratelimit.DefaultRate, e.clock.now)
	info := reqJSON(t, MethodInfo, map[string]any{})
	send := func(addr string, header bool) int {
		req := httptest.NewRequest(http.MethodPost, "/storage_rpc/v1", bytes.NewReader(info))
		req.RemoteAddr = addr
		if header {
			req.Header.Set("X-Node", "yes")
		}
		w := httptest.NewRecorder()
		e.h.ServeHTTP(w, req)
		return w.Code
	}
	for i := range ratelimit.DefaultBurst {
		require.Equal(t, http.StatusOK, send("198.51.100.1:1000", false), "request %d", i)
	}
	require.Equal(t, http.StatusTooManyRequests, send("198.51.100.1:2000", false), "another port, same client")
	require.Equal(t, http.StatusOK, send("198.51.100.2:1000", false), "another client")
	e.clock.advance(10 * time.Millisecond) // 3 tokens
	for range 3 {
		require.Equal(t, http.StatusOK, send("198.51.100.1:1000", false))
	}
	require.Equal(t, http.StatusTooManyRequests, send("198.51.100.1:1000", false))

	e.h.Exempt = func(r *http.Request) bool { return r.Header.Get("X-Node") == "yes" }
	for range 2 * ratelimit.DefaultBurst {
		require.Equal(t, http.StatusOK, send("198.51.100.1:1000", true), "exempt requests are never limited")
	}
	require.Equal(t, http.StatusTooManyRequests, send("198.51.100.1:1000", false))
}

func TestApplyPeer(t *testing.T) {
	e := newEnv(t)
	u := sessionUser(t, 1)
	me := pubHex(e.sw.key)
	ctx := context.Background()

	// A forwarded store is applied even 10 minutes late (its owner's
	// signature checked, the window wider than a client's); it answers
	// only this node's signed result.
	p := e.signedStoreParams(u, 3, []byte("late"), time.Hour)
	e.clock.advance(10 * time.Minute)
	op := reqJSON(t, MethodStore, p)
	res, code, err := e.h.ApplyPeer(ctx, op)
	require.NoError(t, err)
	require.Equal(t, http.StatusOK, code)
	var r map[string]any
	require.NoError(t, json.Unmarshal(res, &r))
	hash := sessionid.MessageHash(u.acct, 3, []byte("late"))
	require.Equal(t, hash, r["hash"])
	require.NotContains(t, r, "swarm")
	verifyNodeSig(t, me, r, storagewire.StoreResultSigning(hash))
	require.Equal(t, 1, e.count(u.acct))

	res, _, err = e.h.ApplyPeer(ctx, op)
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(res, &r))
	require.Equal(t, true, r["already"])
	require.Equal(t, 1, e.count(u.acct))

	// A forwarded delete.
	del := u.params("messages", []string{hash}, "signature", u.sign(storagewire.DeleteSigning([]string{hash})))
	res, _, err = e.h.ApplyPeer(ctx, reqJSON(t, MethodDelete, del))
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(res, &r))
	require.Equal(t, []any{hash}, r["deleted"])
	verifyNodeSig(t, me, r, storagewire.DeleteResultSigning(u.acct.Hex(), []string{hash}, []string{hash}))
	require.Equal(t, 0, e.count(u.acct))

	for _, tc := range []struct {
		name string
		op   []byte
		code int
	}{
		{"bad JSON", []byte(`{"method":`), 400},
		{"not a change", reqJSON(t, MethodRetrieve, e.retrieveParams(u, 0)), 400},
		{"batch", reqJSON(t, MethodBatch, map[string]any{"requests": []any{map[string]any{"method": MethodStore, "params": p}}}), 400},
		{"TTL out of range", reqJSON(t, MethodStore, with(p, "ttl", 5)), 403},
		{"oversize", reqJSON(t, MethodStore, with(p, "data", b64(make([]byte, MaxDataBytes+1)))), 400},
		{"not the owner's signature", reqJSON(t, MethodStore, with(p, "data", b64([]byte("other")), "signature", u.sign([]byte("x")))), 401},
	} {
		_, code, err := e.h.ApplyPeer(ctx, tc.op)
		require.Error(t, err, tc.name)
		require.Equal(t, tc.code, code, tc.name)
	}
	require.Equal(t, 0, e.count(u.acct))
	require.Empty(t, e.sw.replicated(), "a peer never recurses")
}

func TestHTTPEdges(t *testing.T) {
	e := newEnv(t)
	req := httptest.NewRequest(http.MethodGet, "/storage_rpc/v1", nil)
	w := httptest.NewRecorder()
	e.h.ServeHTTP(w, req)
	require.Equal(t, http.StatusMethodNotAllowed, w.Code)

	big := bytes.Repeat([]byte(" "), MaxBody+1)
	code, _ := e.post(big)
	require.Equal(t, http.StatusRequestEntityTooLarge, code)

	// A store that fails answers 503.
	u := sessionUser(t, 1)
	require.NoError(t, e.st.Close())
	code, body := e.call(MethodStore, e.storeParams(u, 0, []byte("x"), time.Hour))
	require.Equal(t, http.StatusServiceUnavailable, code, "%s", body)
	require.Empty(t, e.sw.replicated())
}

func TestLogsNameNoClientAccountOrHash(t *testing.T) {
	e := newEnv(t)
	u := sessionUser(t, 1)
	hash := e.put(u, 0, "secret", 0)
	p := e.storeParams(u, 0, []byte("x"), time.Hour)
	e.ok(MethodStore, p)
	e.call(MethodStore, with(p, "namespace", 3))
	e.call(MethodDelete, u.params("messages", []string{hash}, "signature", u.sign([]byte("bad"))))
	e.call(MethodRetrieve, with(e.retrieveParams(u, 0), "last_hash", hash[:40]))
	require.NoError(t, e.st.Close())
	e.call(MethodStore, p) // store failure: logged at Error

	logs := e.logs.String()
	require.Contains(t, logs, "store failure")
	for _, secret := range []string{u.acct.Hex(), u.ed, hash, sessionid.MessageHash(u.acct, 0, []byte("x")), "192.0.2.7",
		base64.StdEncoding.EncodeToString([]byte("secret"))} {
		require.NotContains(t, logs, secret)
	}
	for _, line := range strings.Split(strings.TrimSpace(logs), "\n") {
		var l map[string]any
		require.NoError(t, json.Unmarshal([]byte(line), &l))
		if l["level"] != "debug" {
			require.NotContains(t, l, "error", "error texts only at Debug: %s", line)
		}
	}
}

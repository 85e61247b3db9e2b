package rpc

import (
	"encoding/json"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/core/sessionid"
	"github.com/seshnet/seshnet/core/storagewire"
)

const peerHex = "a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1"

func TestStoreReplicatesAndAnswersEveryMember(t *testing.T) {
	for _, tc := range []struct {
		name   string
		u      func(t *testing.T) user
		ns     int16
		ttl    time.Duration
		signed bool
	}{
		{"public inbox, 05", func(t *testing.T) user { return sessionUser(t, 1) }, 0, 14 * 24 * time.Hour, false},
		{"public namespace -30", func(t *testing.T) user { return sessionUser(t, 1) }, -30, time.Hour, false},
		{"authenticated ns 3, 05, 30 days", func(t *testing.T) user { return sessionUser(t, 1) }, 3, 30 * 24 * time.Hour, true},
		{"authenticated ns 11, 03", func(t *testing.T) user { return groupUser(t, 2) }, 11, 10 * time.Second, true},
		{"signed store into public ns", func(t *testing.T) user { return sessionUser(t, 1) }, 0, time.Hour, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t)
			e.sw.peers[peerHex] = json.RawMessage(`{"hash":"x","signature":"y"}`)
			u := tc.u(t)
			data := []byte("hello " + tc.name)
			p := e.storeParams(u, tc.ns, data, tc.ttl)
			if tc.signed {
				p = e.signedStoreParams(u, tc.ns, data, tc.ttl)
			}
			out := e.ok(MethodStore, p)

			hash := sessionid.MessageHash(u.acct, tc.ns, data)
			require.Equal(t, hash, out["hash"], "top-level hash for old clients")
			require.EqualValues(t, e.clock.ms(), out["t"])
			require.Equal(t, []any{1.0, 0.0}, out["hf"])
			swarm := out["swarm"].(map[string]any)
			require.Len(t, swarm, 2)
			mine := swarm[pubHex(e.sw.key)].(map[string]any)
			require.Equal(t, hash, mine["hash"])
			require.EqualValues(t, e.clock.ms()+tc.ttl.Milliseconds(), mine["expiry"])
			require.NotContains(t, mine, "already")
			verifyNodeSig(t, pubHex(e.sw.key), mine, storagewire.StoreResultSigning(hash))
			require.Equal(t, map[string]any{"hash": "x", "signature": "y"}, swarm[peerHex])

			// Replicated once, as the canonical request, which decodes back.
			ops := e.sw.replicated()
			require.Len(t, ops, 1)
			require.Equal(t, u.acct, e.sw.opsAccts[0])
			c, err := decodeTop(ops[0], false)
			require.Nil(t, err)
			sc := c.(*storeCall)
			require.Equal(t, data, sc.data)
			require.Equal(t, tc.ns, sc.ns)
			require.Equal(t, e.clock.ms()+tc.ttl.Milliseconds(), sc.expiry)

			msgs, _, serr := e.st.Retrieve(u.acct[:], tc.ns, "", 0, 0)
			require.NoError(t, serr)
			require.Len(t, msgs, 1)
			require.Equal(t, data, msgs[0].Data)
		})
	}
}

func TestStoreTwiceIsAlreadyAndOneMessage(t *testing.T) {
	e := newEnv(t)
	u := sessionUser(t, 1)
	p := e.storeParams(u, 0, []byte("twice"), time.Hour)
	first := e.ok(MethodStore, p)
	second := e.ok(MethodStore, p)
	require.Equal(t, first["hash"], second["hash"])
	mine := second["swarm"].(map[string]any)[pubHex(e.sw.key)].(map[string]any)
	require.Equal(t, true, mine["already"])
	require.Equal(t, 1, e.count(u.acct))

	// A later expiry is kept, and answered.
	p["ttl"] = 2 * time.Hour.Milliseconds()
	third := e.ok(MethodStore, p)
	mine = third["swarm"].(map[string]any)[pubHex(e.sw.key)].(map[string]any)
	require.EqualValues(t, e.clock.ms()+2*time.Hour.Milliseconds(), mine["expiry"])
	require.Equal(t, 1, e.count(u.acct))
}

func TestStoreAcceptsSessionsOlderForms(t *testing.T) {
	e := newEnv(t)
	u := sessionUser(t, 1)
	now := e.clock.ms()
	for i, p := range []map[string]any{
		// pubKey spelling, timestamp and ttl as strings
		{"pubKey": u.acct.Hex(), "timestamp": strconv.FormatInt(now, 10), "ttl": "86400000", "data": b64([]byte("a"))},
		// expiry instead of ttl, unpadded base64, explicit namespace 0
		{"pubkey": u.acct.Hex(), "timestamp": now, "expiry": now + 60_000, "namespace": 0, "data": "YmI"},
		// null is absent
		{"pubkey": u.acct.Hex(), "timestamp": now, "ttl": 60_000, "data": b64([]byte("c")), "signature": nil, "namespace": nil},
	} {
		e.ok(MethodStore, p)
		require.Equal(t, i+1, e.count(u.acct))
	}
}

func TestRetrievePagesByLastHash(t *testing.T) {
	e := newEnv(t)
	u := sessionUser(t, 1)
	var hashes []string
	for i := range 5 {
		hashes = append(hashes, e.put(u, 5, "m"+strconv.Itoa(i), time.Duration(i)*time.Millisecond))
	}
	out := e.ok(MethodRetrieve, e.retrieveParams(u, 5, "max_count", 2))
	require.Equal(t, true, out["more"])
	msgs := out["messages"].([]any)
	require.Len(t, msgs, 2)
	m0 := msgs[0].(map[string]any)
	require.Equal(t, hashes[0], m0["hash"])
	require.Equal(t, b64([]byte("m0")), m0["data"])
	require.EqualValues(t, e.clock.ms(), m0["timestamp"])
	require.EqualValues(t, e.clock.ms()+time.Hour.Milliseconds(), m0["expiration"])
	require.Contains(t, out, "t")
	require.Contains(t, out, "hf")

	out = e.ok(MethodRetrieve, e.retrieveParams(u, 5, "last_hash", hashes[1]))
	require.Equal(t, false, out["more"])
	msgs = out["messages"].([]any)
	require.Len(t, msgs, 3)
	require.Equal(t, hashes[2], msgs[0].(map[string]any)["hash"])

	// Another namespace is another box; retrieve replicates nothing.
	out = e.ok(MethodRetrieve, e.retrieveParams(u, 0))
	require.Empty(t, out["messages"])
	require.Empty(t, e.sw.replicated())

	// lastHash spelling, 03 account.
	g := groupUser(t, 2)
	h := e.put(g, 0, "g", 0)
	e.put(g, 0, "g2", time.Millisecond)
	out = e.ok(MethodRetrieve, e.retrieveParams(g, 0, "lastHash", h))
	require.Len(t, out["messages"], 1)
}

func TestRetrieveCapsAReplyAt7_8MB(t *testing.T) {
	if testing.Short() {
		t.Skip("stores 8 MB")
	}
	e := newEnv(t)
	u := sessionUser(t, 1)
	big := strings.Repeat("x", MaxDataBytes-4)
	for i := range 105 {
		e.put(u, 0, big+strconv.Itoa(1000+i), time.Duration(i)*time.Millisecond)
	}
	for _, tc := range []struct {
		maxSize any
		limit   int
	}{{-1, RetrieveMaxBytes}, {nil, RetrieveMaxBytes / 5}, {-2, RetrieveMaxBytes / 2}, {100_000_000, RetrieveMaxBytes}, {1, 1}} {
		p := e.retrieveParams(u, 0)
		if tc.maxSize != nil {
			p["max_size"] = tc.maxSize
		}
		out := e.ok(MethodRetrieve, p)
		msgs := out["messages"].([]any)
		require.Equal(t, true, out["more"])
		require.NotEmpty(t, msgs, "at least one message")
		if len(msgs) > 1 {
			require.LessOrEqual(t, len(msgs)*MaxDataBytes, tc.limit, "max_size %v", tc.maxSize)
		}
		require.Greater(t, (len(msgs)+1)*MaxDataBytes, tc.limit, "max_size %v: page as full as allowed", tc.maxSize)
	}
}

func TestDelete(t *testing.T) {
	e := newEnv(t)
	e.sw.peers[peerHex] = json.RawMessage(`{"deleted":[],"signature":"z"}`)
	u := sessionUser(t, 1)
	h1, h2, h3 := e.put(u, 0, "a", 0), e.put(u, 3, "b", 0), e.put(u, 0, "c", 0)
	req := []string{h2, h1, "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"}
	p := u.params("messages", req, "signature", u.sign(storagewire.DeleteSigning(req)))
	out := e.ok(MethodDelete, p)
	mine := out["swarm"].(map[string]any)[pubHex(e.sw.key)].(map[string]any)
	deleted := sortedCopy([]string{h1, h2})
	require.Equal(t, deleted, strs(mine["deleted"]))
	require.Equal(t, deleted, strs(out["deleted"]), "top level too")
	verifyNodeSig(t, pubHex(e.sw.key), mine, storagewire.DeleteResultSigning(u.acct.Hex(), req, deleted))
	require.Equal(t, 1, e.count(u.acct))
	_, found, _ := e.st.Get(u.acct[:], h3)
	require.True(t, found)

	// Replay: the same signed delete again is allowed, and deletes nothing.
	out = e.ok(MethodDelete, p)
	require.Empty(t, out["deleted"])

	// required: nothing deleted anywhere -> 404.
	p["required"] = true
	code, body := e.call(MethodDelete, p)
	require.Equal(t, http.StatusNotFound, code, "%s", body)

	// ... but 200 if a peer deleted something.
	e.sw.peers[peerHex] = json.RawMessage(`{"deleted":["` + h1 + `"],"signature":"z"}`)
	code, _ = e.call(MethodDelete, p)
	require.Equal(t, http.StatusOK, code)
	require.Len(t, e.sw.replicated(), 4)
}

func TestDeleteAllAndBefore(t *testing.T) {
	e := newEnv(t)
	u := groupUser(t, 3)
	other := sessionUser(t, 4)
	old0 := e.put(u, 0, "old0", -time.Hour)
	new0 := e.put(u, 0, "new0", 0)
	old2 := e.put(u, 2, "old2", -time.Hour)
	new2 := e.put(u, 2, "new2", 0)
	e.put(other, 0, "other", 0)
	now := e.clock.ms()

	// delete_before namespace 2: only its old message.
	before := now - time.Minute.Milliseconds()
	out := e.ok(MethodDeleteBefore, u.params("namespace", 2, "before", before,
		"signature", u.sign(storagewire.DeleteBeforeSigning(storagewire.OneNamespace(2), before))))
	mine := out["swarm"].(map[string]any)[pubHex(e.sw.key)].(map[string]any)
	require.Equal(t, []string{old2}, strs(mine["deleted"]))
	verifyNodeSig(t, pubHex(e.sw.key), mine, storagewire.DeleteBeforeResultSigning(u.acct.Hex(), before, []string{old2}))

	// delete_before all, at exactly the message's timestamp (<= before).
	before = e.clock.now().Add(-time.Hour).UnixMilli()
	out = e.ok(MethodDeleteBefore, u.params("namespace", "all", "before", before,
		"signature", u.sign(storagewire.DeleteBeforeSigning(storagewire.AllNamespaces, before))))
	mine = out["swarm"].(map[string]any)[pubHex(e.sw.key)].(map[string]any)
	require.Equal(t, []string{old0}, strs(mine["deleted"]))

	// delete_all default namespace (0).
	out = e.ok(MethodDeleteAll, u.params("timestamp", now, "signature", u.sign(storagewire.DeleteAllSigning(storagewire.OneNamespace(0), now))))
	mine = out["swarm"].(map[string]any)[pubHex(e.sw.key)].(map[string]any)
	require.Equal(t, []string{new0}, strs(mine["deleted"]))
	verifyNodeSig(t, pubHex(e.sw.key), mine, storagewire.DeleteAllResultSigning(u.acct.Hex(), now, []string{new0}))
	require.Equal(t, 1, e.count(u.acct))

	// delete_all "all": the rest; the other account keeps its message.
	out = e.ok(MethodDeleteAll, u.params("namespace", "all", "timestamp", now, "signature", u.sign(storagewire.DeleteAllSigning(storagewire.AllNamespaces, now))))
	mine = out["swarm"].(map[string]any)[pubHex(e.sw.key)].(map[string]any)
	require.Equal(t, []string{new2}, strs(mine["deleted"]))
	require.Equal(t, 0, e.count(u.acct))
	require.Equal(t, 1, e.count(other.acct))
	require.Len(t, e.sw.replicated(), 4)
}

// listingStore adds NamespaceLister to the real store.
type listingStore struct {
	Store
	nss []int16
}

func (l listingStore) Namespaces([]byte) ([]int16, error) { return l.nss, nil }

func TestAllNamespacesGroupedWhenTheStoreListsThem(t *testing.T) {
	e := newEnv(t)
	e.h.Store = listingStore{Store: e.st, nss: []int16{-10, 0, 2}}
	u := sessionUser(t, 1)
	a, b, c := e.put(u, 0, "a", 0), e.put(u, 2, "b", 0), e.put(u, 2, "c", 0)
	now := e.clock.ms()
	exp := now + time.Minute.Milliseconds()
	out := e.ok(MethodExpireAll, u.params("namespace", "all", "expiry", exp, "signature", u.sign(storagewire.ExpireAllSigning(storagewire.AllNamespaces, exp))))
	mine := out["swarm"].(map[string]any)[pubHex(e.sw.key)].(map[string]any)
	require.Equal(t, map[string]any{"0": []any{a}, "2": toAny(sortedCopy([]string{b, c}))}, mine["updated"])
	verifyNodeSig(t, pubHex(e.sw.key), mine, storagewire.ExpireAllResultSigning(u.acct.Hex(), exp, sortedCopy([]string{a, b, c})))

	out = e.ok(MethodDeleteAll, u.params("namespace", "all", "timestamp", now, "signature", u.sign(storagewire.DeleteAllSigning(storagewire.AllNamespaces, now))))
	mine = out["swarm"].(map[string]any)[pubHex(e.sw.key)].(map[string]any)
	require.Equal(t, map[string]any{"0": []any{a}, "2": toAny(sortedCopy([]string{b, c}))}, mine["deleted"])
	verifyNodeSig(t, pubHex(e.sw.key), mine, storagewire.DeleteAllResultSigning(u.acct.Hex(), now, sortedCopy([]string{a, b, c})))
	require.Equal(t, 0, e.count(u.acct))
}

func toAny(l []string) []any {
	out := make([]any, len(l))
	for i, s := range l {
		out[i] = s
	}
	return out
}

func TestExpire(t *testing.T) {
	e := newEnv(t)
	u := sessionUser(t, 1)
	h1, h2 := e.put(u, 0, "one", 0), e.put(u, 3, "two", 0)
	hourLater := e.clock.now().Add(time.Hour).UnixMilli() // their current expiry
	msgs := []string{h1, h2}
	me := pubHex(e.sw.key)

	for _, tc := range []struct {
		name       string
		alias      string
		mode       string
		expiry     int64
		applied    int64
		updated    []string
		unchanged  map[string]any
		afterwards int64
	}{
		{"shorten", MethodExpire, storagewire.ModeShorten, hourLater - 1000, hourLater - 1000, sortedCopy(msgs), map[string]any{}, hourLater - 1000},
		{"shorten to later: unchanged", "expire_msgs", storagewire.ModeShorten, hourLater, hourLater, []string{}, map[string]any{h1: float64(hourLater - 1000), h2: float64(hourLater - 1000)}, hourLater - 1000},
		{"extend", MethodExpire, storagewire.ModeExtend, hourLater + 5000, hourLater + 5000, sortedCopy(msgs), map[string]any{}, hourLater + 5000},
		{"any, capped at 30 days", MethodExpire, storagewire.ModeAny, e.clock.now().Add(40 * 24 * time.Hour).UnixMilli(), e.clock.now().Add(30 * 24 * time.Hour).UnixMilli(), sortedCopy(msgs), nil, e.clock.now().Add(30 * 24 * time.Hour).UnixMilli()},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := u.params("messages", msgs, "expiry", tc.expiry, "signature", u.sign(storagewire.ExpireSigning(tc.mode, tc.expiry, msgs)))
			if tc.mode != "" {
				p[tc.mode] = true
			}
			out := e.ok(tc.alias, p)
			mine := out["swarm"].(map[string]any)[me].(map[string]any)
			require.EqualValues(t, tc.applied, mine["expiry"])
			require.Equal(t, tc.updated, strs(mine["updated"]))
			var unchanged map[string]int64
			if tc.unchanged == nil {
				require.NotContains(t, mine, "unchanged")
			} else {
				require.Equal(t, tc.unchanged, mine["unchanged"])
				unchanged = map[string]int64{}
				for k, v := range tc.unchanged {
					unchanged[k] = int64(v.(float64))
				}
			}
			verifyNodeSig(t, me, mine, storagewire.ExpireResultSigning(u.acct.Hex(), tc.applied, msgs, tc.updated, unchanged))
			exp, err := e.st.Expiries(u.acct[:], msgs)
			require.NoError(t, err)
			require.Equal(t, map[string]int64{h1: tc.afterwards, h2: tc.afterwards}, exp)
		})
	}
}

func TestExpireAllAndGetExpiries(t *testing.T) {
	e := newEnv(t)
	u := groupUser(t, 2)
	h0, h3 := e.put(u, 0, "zero", 0), e.put(u, 3, "three", 0)
	exp := e.clock.now().Add(10 * time.Minute).UnixMilli()
	out := e.ok(MethodExpireAll, u.params("namespace", 3, "expiry", exp, "signature", u.sign(storagewire.ExpireAllSigning(storagewire.OneNamespace(3), exp))))
	mine := out["swarm"].(map[string]any)[pubHex(e.sw.key)].(map[string]any)
	require.Equal(t, []string{h3}, strs(mine["updated"]))
	verifyNodeSig(t, pubHex(e.sw.key), mine, storagewire.ExpireAllResultSigning(u.acct.Hex(), exp, []string{h3}))

	// expire_all never extends.
	later := e.clock.now().Add(20 * time.Minute).UnixMilli()
	out = e.ok(MethodExpireAll, u.params("namespace", "all", "expiry", later, "signature", u.sign(storagewire.ExpireAllSigning(storagewire.AllNamespaces, later))))
	mine = out["swarm"].(map[string]any)[pubHex(e.sw.key)].(map[string]any)
	require.Equal(t, []string{h0}, strs(mine["updated"]))

	ts := e.clock.ms()
	list := []string{h0, h3, "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"}
	out = e.ok(MethodGetExpiries, u.params("timestamp", ts, "messages", list, "signature", u.sign(storagewire.GetExpiriesSigning(ts, list))))
	require.Equal(t, map[string]any{h0: float64(later), h3: float64(exp)}, out["expiries"])
	require.Len(t, e.sw.replicated(), 2, "get_expiries is not replicated")
}

func TestInfoAndGetSwarm(t *testing.T) {
	e := newEnv(t)
	out := e.ok(MethodInfo, map[string]any{})
	require.Equal(t, []any{1.0, 0.0, 0.0}, out["version"])
	require.EqualValues(t, e.clock.ms(), out["timestamp"])
	require.Equal(t, []any{1.0, 0.0}, out["hf"])

	u := sessionUser(t, 1)
	for _, m := range []string{MethodGetSwarm, "get_snodes_for_pubkey"} {
		out = e.ok(m, map[string]any{"pubkey": u.acct.Hex()})
		require.Equal(t, "3fffffffffffffff", out["swarm"])
		snodes := out["snodes"].([]any)
		require.Len(t, snodes, 2)
		require.Equal(t, map[string]any{
			"ip": "10.0.0.2", "port": "22021", "port_https": 22021.0,
			"pubkey_ed25519": e.sw.members[1].Ed25519, "pubkey_x25519": e.sw.members[1].X25519,
		}, snodes[1])
	}
}

func TestWrongSwarmIs421WithTheRightSwarm(t *testing.T) {
	e := newEnv(t)
	e.sw.serves = false
	u := sessionUser(t, 1)
	now := e.clock.ms()
	e.put(u, 0, "kept", 0)
	for _, tc := range []struct {
		method string
		params map[string]any
	}{
		{MethodStore, e.storeParams(u, 0, []byte("x"), time.Hour)},
		{MethodRetrieve, e.retrieveParams(u, 0)},
		{MethodDelete, u.params("messages", []string{"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"}, "signature", u.sign([]byte("x")))},
		{MethodDeleteAll, u.params("timestamp", now, "signature", u.sign([]byte("x")))},
		{MethodDeleteBefore, u.params("before", now, "signature", u.sign([]byte("x")))},
		{MethodExpire, u.params("messages", []string{"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"}, "expiry", now, "signature", u.sign([]byte("x")))},
		{MethodExpireAll, u.params("expiry", now, "signature", u.sign([]byte("x")))},
		{MethodGetExpiries, u.params("timestamp", now, "messages", []string{"x"}, "signature", u.sign([]byte("x")))},
	} {
		code, body := e.call(tc.method, tc.params)
		require.Equal(t, http.StatusMisdirectedRequest, code, "%s: %s", tc.method, body)
		var out map[string]any
		require.NoError(t, json.Unmarshal(body, &out), tc.method)
		require.Equal(t, "3fffffffffffffff", out["swarm"])
		require.Len(t, out["snodes"], 2)
		require.Contains(t, out, "t")
	}
	require.Empty(t, e.sw.replicated())
	require.Equal(t, 1, e.count(u.acct))
}

func TestBatchAndSequence(t *testing.T) {
	e := newEnv(t)
	u := sessionUser(t, 1)
	good := func(data string) map[string]any {
		return map[string]any{"method": MethodStore, "params": e.storeParams(u, 0, []byte(data), time.Hour)}
	}
	bad := map[string]any{"method": MethodStore, "params": e.storeParams(u, 0, []byte("short"), time.Second)} // 403
	retrieve := map[string]any{"method": MethodRetrieve, "params": e.retrieveParams(u, 0)}

	out := e.ok(MethodBatch, map[string]any{"requests": []any{good("a"), bad, good("b"), retrieve}})
	results := out["results"].([]any)
	require.Len(t, results, 4)
	require.EqualValues(t, 200, results[0].(map[string]any)["code"])
	require.EqualValues(t, 403, results[1].(map[string]any)["code"])
	require.Equal(t, "Provided expiry/TTL is not valid.", results[1].(map[string]any)["body"])
	require.EqualValues(t, 200, results[2].(map[string]any)["code"])
	require.EqualValues(t, 200, results[3].(map[string]any)["code"])
	require.Equal(t, 2, e.count(u.acct))

	out = e.ok(MethodSequence, map[string]any{"requests": []any{good("c"), bad, good("d")}})
	results = out["results"].([]any)
	require.Len(t, results, 2, "a sequence stops at the first failure")
	require.EqualValues(t, 200, results[0].(map[string]any)["code"])
	require.EqualValues(t, 403, results[1].(map[string]any)["code"])
	require.Equal(t, 3, e.count(u.acct))
	body := results[0].(map[string]any)["body"].(map[string]any)
	require.Equal(t, sessionid.MessageHash(u.acct, 0, []byte("c")), body["hash"])
}

// The retry window of a replicated store is the message's expiry; other
// changes are retried for the longest TTL.
func TestRetryUntil(t *testing.T) {
	now := int64(1_700_000_000_000)
	store := &storeCall{timestamp: now, expiry: now + 86_400_000}
	require.Equal(t, time.UnixMilli(now+86_400_000), retryUntil(store, now))
	for _, c := range []recursive{&deleteCall{}, &expireCall{}, &deleteAllCall{}} {
		require.Equal(t, time.UnixMilli(now).Add(MaxTTLPrivate), retryUntil(c, now), "%T", c)
	}
}

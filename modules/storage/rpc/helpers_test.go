package rpc

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/rs/zerolog"
	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/core/sessionid"
	"github.com/seshnet/seshnet/core/storagewire"
	"github.com/seshnet/seshnet/modules/storage/store"
)

// clock is a settable clock shared by the handler and the store. It starts
// at the real time (badger's TTLs follow the real clock).
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func newClock() *clock { return &clock{t: time.Now().Truncate(time.Millisecond)} }

func (c *clock) now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) ms() int64 { return c.now().UnixMilli() }

func (c *clock) advance(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

func seedKey(seed byte) ed25519.PrivateKey {
	return ed25519.NewKeyFromSeed(bytes.Repeat([]byte{seed}, 32))
}

func pubHex(k ed25519.PrivateKey) string { return hex.EncodeToString(k.Public().(ed25519.PublicKey)) }

// fakeSwarm records Replicate calls and answers with canned peer results.
type fakeSwarm struct {
	mu       sync.Mutex
	key      ed25519.PrivateKey
	serves   bool
	id       uint64
	members  []Member
	peers    map[string]json.RawMessage // what Replicate answers
	ops      [][]byte                   // what Replicate was handed
	opsAccts []sessionid.Account
	opsUntil []time.Time
}

func newFakeSwarm() *fakeSwarm {
	self := seedKey(0xA0)
	return &fakeSwarm{
		key:    self,
		serves: true,
		id:     0x3fffffffffffffff,
		members: []Member{
			{Ed25519: pubHex(self), X25519: "aa" + pubHex(self)[2:], Addr: "10.0.0.1:22021"},
			{Ed25519: pubHex(seedKey(0xA1)), X25519: "bb" + pubHex(seedKey(0xA1))[2:], Addr: "10.0.0.2:22021"},
		},
		peers: map[string]json.RawMessage{},
	}
}

func (s *fakeSwarm) Serves(sessionid.Account) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.serves
}

func (s *fakeSwarm) Members(sessionid.Account) (uint64, []Member, bool) {
	return s.id, s.members, true
}

func (s *fakeSwarm) ReplicateUntil(_ context.Context, a sessionid.Account, op []byte, until time.Time) map[string]json.RawMessage {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.ops = append(s.ops, append([]byte(nil), op...))
	s.opsAccts = append(s.opsAccts, a)
	s.opsUntil = append(s.opsUntil, until)
	out := make(map[string]json.RawMessage, len(s.peers))
	for k, v := range s.peers {
		out[k] = v
	}
	return out
}

func (s *fakeSwarm) Self() ed25519.PrivateKey { return s.key }

func (s *fakeSwarm) replicated() [][]byte {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([][]byte(nil), s.ops...)
}

// env is a handler over a real in-memory store.
type env struct {
	t     *testing.T
	h     *Handler
	st    *store.Store
	sw    *fakeSwarm
	clock *clock
	logs  *bytes.Buffer
}

func newEnv(t *testing.T) *env {
	t.Helper()
	c := newClock()
	st, err := store.Open("", store.Options{InMemory: true, NoSync: true, Now: c.now, PurgeInterval: -1})
	require.NoError(t, err)
	t.Cleanup(func() { _ = st.Close() })
	sw := newFakeSwarm()
	logs := &bytes.Buffer{}
	h := &Handler{
		Store:    st,
		Swarm:    sw,
		Verifier: sessionid.NewVerifier(0),
		Now:      c.now,
		Log:      zerolog.New(&lockedWriter{w: logs}).Level(zerolog.DebugLevel),
	}
	return &env{t: t, h: h, st: st, sw: sw, clock: c, logs: logs}
}

type lockedWriter struct {
	mu sync.Mutex
	w  *bytes.Buffer
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

// post sends a body through ServeHTTP.
func (e *env) post(body []byte) (int, []byte) {
	e.t.Helper()
	req := httptest.NewRequest(http.MethodPost, "/storage_rpc/v1", bytes.NewReader(body))
	req.RemoteAddr = "192.0.2.7:5555"
	w := httptest.NewRecorder()
	e.h.ServeHTTP(w, req)
	return w.Code, w.Body.Bytes()
}

// call sends {"method": m, "params": p}.
func (e *env) call(method string, params map[string]any) (int, []byte) {
	e.t.Helper()
	return e.post(reqJSON(e.t, method, params))
}

// ok sends a call that must answer 200 and decodes the answer.
func (e *env) ok(method string, params map[string]any) map[string]any {
	e.t.Helper()
	code, body := e.call(method, params)
	require.Equal(e.t, http.StatusOK, code, "%s: %s", method, body)
	var out map[string]any
	require.NoError(e.t, json.Unmarshal(body, &out), "%s", body)
	return out
}

func reqJSON(t *testing.T, method string, params map[string]any) []byte {
	t.Helper()
	b, err := json.Marshal(map[string]any{"method": method, "params": params})
	require.NoError(t, err)
	return b
}

// count is how many live messages the store holds for the test accounts
// in the namespaces tests use.
func (e *env) count(accts ...sessionid.Account) int {
	e.t.Helper()
	n := 0
	for _, a := range accts {
		for _, ns := range testNamespaces {
			msgs, _, err := e.st.Retrieve(a[:], ns, "", 0, 0)
			require.NoError(e.t, err)
			n += len(msgs)
		}
	}
	return n
}

var testNamespaces = []int16{0, 1, 2, 3, 5, 10, 11, -10, 42, -30}

// user is an account owner who signs requests.
type user struct {
	key  ed25519.PrivateKey
	acct sessionid.Account
	ed   string // pubkey_ed25519 for 05 accounts, "" for 03
}

// sessionUser is a 05 account (X25519 key derived from its Ed25519 key).
func sessionUser(t *testing.T, seed byte) user {
	t.Helper()
	k := seedKey(seed)
	a, err := sessionid.FromEd25519(k.Public().(ed25519.PublicKey))
	require.NoError(t, err)
	return user{key: k, acct: a, ed: pubHex(k)}
}

// groupUser is a 03 account (the Ed25519 key itself).
func groupUser(t *testing.T, seed byte) user {
	t.Helper()
	k := seedKey(seed)
	a, err := sessionid.Parse("03" + pubHex(k))
	require.NoError(t, err)
	return user{key: k, acct: a}
}

func (u user) sign(msg []byte) string {
	return base64.StdEncoding.EncodeToString(ed25519.Sign(u.key, msg))
}

// params starts a parameter set with pubkey (and pubkey_ed25519).
func (u user) params(kv ...any) map[string]any {
	p := map[string]any{"pubkey": u.acct.Hex()}
	if u.ed != "" {
		p["pubkey_ed25519"] = u.ed
	}
	for i := 0; i+1 < len(kv); i += 2 {
		p[kv[i].(string)] = kv[i+1]
	}
	return p
}

func b64(data []byte) string { return base64.StdEncoding.EncodeToString(data) }

// storeParams is an unauthenticated store of data in ns.
func (e *env) storeParams(u user, ns int16, data []byte, ttl time.Duration) map[string]any {
	p := map[string]any{
		"pubkey":    u.acct.Hex(),
		"timestamp": e.clock.ms(),
		"ttl":       ttl.Milliseconds(),
		"data":      b64(data),
	}
	if ns != 0 {
		p["namespace"] = ns
	}
	return p
}

// signedStoreParams stores into an authenticated namespace.
func (e *env) signedStoreParams(u user, ns int16, data []byte, ttl time.Duration) map[string]any {
	p := e.storeParams(u, ns, data, ttl)
	if u.ed != "" {
		p["pubkey_ed25519"] = u.ed
	}
	ts := e.clock.ms()
	p["sig_timestamp"] = ts
	p["signature"] = u.sign(storagewire.StoreSigning(ns, ts))
	return p
}

func (e *env) retrieveParams(u user, ns int16, kv ...any) map[string]any {
	ts := e.clock.ms()
	p := u.params(append([]any{"timestamp", ts, "signature", u.sign(storagewire.RetrieveSigning(ns, ts))}, kv...)...)
	if ns != 0 {
		p["namespace"] = ns
	}
	return p
}

// put stores a message directly and returns its hash.
func (e *env) put(u user, ns int16, data string, tsOffset time.Duration) string {
	e.t.Helper()
	hash := sessionid.MessageHash(u.acct, ns, []byte(data))
	ts := e.clock.now().Add(tsOffset).UnixMilli()
	_, err := e.st.Put(context.Background(), store.Message{
		Hash: hash, Account: u.acct[:], Namespace: ns, Timestamp: ts, Expiry: e.clock.now().Add(time.Hour).UnixMilli(), Data: []byte(data),
	})
	require.NoError(e.t, err)
	return hash
}

// verifyNodeSig checks a per-node result's signature with the node's key.
func verifyNodeSig(t *testing.T, nodeHex string, result map[string]any, msg []byte) {
	t.Helper()
	pub, err := hex.DecodeString(nodeHex)
	require.NoError(t, err)
	sig, err := base64.StdEncoding.DecodeString(result["signature"].(string))
	require.NoError(t, err)
	require.True(t, ed25519.Verify(pub, msg, sig), "node signature over %q", msg)
}

// strs turns a decoded JSON list into strings.
func strs(v any) []string {
	out := []string{}
	for _, x := range v.([]any) {
		out = append(out, x.(string))
	}
	return out
}

// sortedCopy is list sorted, list untouched.
func sortedCopy(list []string) []string { return slices.Sorted(slices.Values(list)) }

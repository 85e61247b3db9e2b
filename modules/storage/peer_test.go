package storage

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"testing"
	"time"

	"github.com/rs/zerolog"
	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/core/sessionid"
	"github.com/seshnet/seshnet/core/storagewire"
	"github.com/seshnet/seshnet/modules/n2n"
	"github.com/seshnet/seshnet/modules/netview"
	"github.com/seshnet/seshnet/modules/storage/ratelimit"
	"github.com/seshnet/seshnet/modules/storage/rpc"
	"github.com/seshnet/seshnet/modules/storage/store"
	"github.com/seshnet/seshnet/modules/storage/swarm"
)

// peerNode is a storage node wired as Start wires it (store, swarm, rpc,
// the op handler, rate-limit wiring), serving real HTTPS with its node
// certificate on loopback, in a view where it and peer form the only
// swarm and stranger is an active node outside it.
type peerNode struct {
	t                   *testing.T
	self, peer, strange ed25519.PrivateKey
	addr                string
	st                  *store.Store
	mod                 *Module
	view                *netview.View
}

var frozen = time.Now()

func seeded(b byte) ed25519.PrivateKey { return ed25519.NewKeyFromSeed(bytes.Repeat([]byte{b}, 32)) }

func newPeerNode(t *testing.T) *peerNode {
	t.Helper()
	pn := &peerNode{t: t, self: seeded(1), peer: seeded(2), strange: seeded(3)}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	pn.addr = ln.Addr().String()
	node := func(k ed25519.PrivateKey, swarmID string) string {
		return fmt.Sprintf(`{"ed25519":"%x","state":"active"%s,"uptime":{"endpoints":[{"service":"storage","addr":"%s"}]}}`,
			k.Public(), swarmID, pn.addr)
	}
	in := `,"swarm_id":4611686018427387904`
	nodes := "[" + node(pn.self, in) + "," + node(pn.peer, in) + "," + node(pn.strange, "") + "]"
	swarms := fmt.Sprintf(`[{"id":4611686018427387904,"members":["%x","%x"]}]`, pn.self.Public(), pn.peer.Public())
	pn.view, err = netview.Parse(1, []byte(nodes), []byte(swarms))
	require.NoError(t, err)

	pn.st, err = store.Open(t.TempDir(), store.Options{Logger: zerolog.Nop(), PurgeInterval: -1})
	require.NoError(t, err)
	t.Cleanup(func() { require.NoError(t, pn.st.Close()) })
	viewOf := func() *netview.View { return pn.view }
	sw, err := swarm.New(swarm.Config{Key: pn.self, View: viewOf, Store: pn.st, QueueDir: t.TempDir()})
	require.NoError(t, err)
	t.Cleanup(func() { require.NoError(t, sw.Close()) })
	pn.mod = &Module{swarm: sw, store: pn.st}
	pn.mod.rpc = &rpc.Handler{Store: namespacedStore{pn.st}, Swarm: swarmAdapter{sw}, Verifier: sessionid.NewVerifier(0),
		// A stopped clock: buckets never refill during the test.
		Limiter: ratelimit.New(ratelimit.DefaultBurst, ratelimit.DefaultRate, func() time.Time { return frozen })}
	limitWiring(pn.mod.rpc, pn.self.Public().(ed25519.PublicKey), viewOf)
	mux := http.NewServeMux()
	mux.Handle("POST /storage_rpc/v1", pn.mod.rpc)
	sw.Register(mux, pn.mod.applyPeer)
	srv, err := n2n.NewServer(pn.self, mux, func(k ed25519.PublicKey) bool { return viewOf().Active(k) })
	require.NoError(t, err)
	srv.ServeAll([]net.Listener{ln}, func(err error) { t.Log(err) })
	t.Cleanup(func() { _ = srv.Close() })
	return pn
}

// post sends body to path as node from, over n2n (its certificate).
func (pn *peerNode) post(from ed25519.PrivateKey, path string, body []byte) (int, []byte) {
	pn.t.Helper()
	cl := n2n.NewClient(from, 10*time.Second)
	defer cl.Close()
	code, out, err := cl.Post(context.Background(), pn.self.Public().(ed25519.PublicKey), pn.addr, path, body)
	require.NoError(pn.t, err)
	return code, out
}

// owner is an account and the key that signs for it.
type owner struct {
	key  ed25519.PrivateKey
	acct sessionid.Account
}

func newOwner(t *testing.T, seed byte) owner {
	t.Helper()
	k := seeded(seed)
	a, err := sessionid.FromEd25519(k.Public().(ed25519.PublicKey))
	require.NoError(t, err)
	return owner{key: k, acct: a}
}

func (o owner) sign(msg []byte) string {
	return base64.StdEncoding.EncodeToString(ed25519.Sign(o.key, msg))
}

func (o owner) op(t *testing.T, method string, kv ...any) []byte {
	t.Helper()
	p := map[string]any{"pubkey": o.acct.Hex(), "pubkey_ed25519": hex.EncodeToString(o.key.Public().(ed25519.PublicKey))}
	for i := 0; i+1 < len(kv); i += 2 {
		p[kv[i].(string)] = kv[i+1]
	}
	b, err := json.Marshal(map[string]any{"method": method, "params": p})
	require.NoError(t, err)
	return b
}

func randomSig(t *testing.T) string {
	var b [64]byte
	_, err := rand.Read(b[:])
	require.NoError(t, err)
	return base64.StdEncoding.EncodeToString(b[:])
}

// seed stores messages of o in namespaces 0 and 3, an hour to live.
func (pn *peerNode) seed(o owner, n int) []string {
	pn.t.Helper()
	var hashes []string
	now := time.Now().UnixMilli()
	for i := range n {
		ns := int16(3 * (i % 2))
		data := []byte(fmt.Sprintf("message %d", i))
		h := sessionid.MessageHash(o.acct, ns, data)
		_, err := pn.st.Put(context.Background(), store.Message{Hash: h, Account: o.acct[:], Namespace: ns,
			Timestamp: now, Expiry: now + time.Hour.Milliseconds(), Data: data})
		require.NoError(pn.t, err)
		hashes = append(hashes, h)
	}
	return hashes
}

func (pn *peerNode) expiries(o owner, hashes []string) map[string]int64 {
	pn.t.Helper()
	e, err := pn.st.Expiries(o.acct[:], hashes)
	require.NoError(pn.t, err)
	return e
}

// TestSwarmWipe_MemberForgesOwnerOps (review D3): a member of the
// account's swarm posts, over HTTPS with its own node certificate, the
// swarm-wide changes of an account it does not own, with a random
// signature. Each must be refused 401 and change nothing; the same changes
// signed by the owner and forwarded by the same peer go through.
//
// Fails on a96bbb3: ApplyPeer skipped the owner's signature, so the forged
// delete_all answered 200 and every message of the account was gone
// (likewise delete_before, expire, and stores into namespace 3).
func TestSwarmWipe_MemberForgesOwnerOps(t *testing.T) {
	pn := newPeerNode(t)
	o := newOwner(t, 7)
	hashes := pn.seed(o, 6)
	before := pn.expiries(o, hashes)
	require.Len(t, before, 6)
	now := time.Now().UnixMilli()

	forged := []struct {
		name string
		op   []byte
	}{
		{"delete_all", o.op(t, rpc.MethodDeleteAll, "timestamp", now, "signature", randomSig(t))},
		{"delete_all over every namespace", o.op(t, rpc.MethodDeleteAll, "namespace", "all", "timestamp", now, "signature", randomSig(t))},
		{"delete_before", o.op(t, rpc.MethodDeleteBefore, "before", now, "signature", randomSig(t))},
		{"delete", o.op(t, rpc.MethodDelete, "messages", hashes, "signature", randomSig(t))},
		{"expire", o.op(t, rpc.MethodExpire, "messages", hashes, "expiry", now+1000, "signature", randomSig(t))},
		{"expire_all", o.op(t, rpc.MethodExpireAll, "expiry", now+1000, "signature", randomSig(t))},
		{"store into an authenticated namespace", o.op(t, rpc.MethodStore, "namespace", 3, "timestamp", now, "ttl", 3_600_000,
			"data", base64.StdEncoding.EncodeToString([]byte("forged")), "signature", randomSig(t))},
		{"unsigned store into an authenticated namespace", o.op(t, rpc.MethodStore, "namespace", 3, "timestamp", now, "ttl", 3_600_000,
			"data", base64.StdEncoding.EncodeToString([]byte("forged")))},
		{"delete_all signed by the peer itself", func() []byte {
			p := owner{key: pn.peer, acct: o.acct}
			return p.op(t, rpc.MethodDeleteAll, "timestamp", now, "signature", p.sign(storagewire.DeleteAllSigning(storagewire.OneNamespace(0), now)))
		}()},
	}
	for _, tc := range forged {
		code, body := pn.post(pn.peer, swarm.OpPath, tc.op)
		require.Equal(t, http.StatusUnauthorized, code, "%s: %s", tc.name, body)
	}
	require.Equal(t, before, pn.expiries(o, hashes), "nothing deleted, nothing shortened")
	msgs, _, err := pn.st.Retrieve(o.acct[:], 3, "", 0, 0)
	require.NoError(t, err)
	require.Len(t, msgs, 3, "nothing stored in namespace 3")

	// The owner's own delete_all, forwarded by the same peer, is applied.
	code, body := pn.post(pn.peer, swarm.OpPath, o.op(t, rpc.MethodDeleteAll, "namespace", "all", "timestamp", now,
		"signature", o.sign(storagewire.DeleteAllSigning(storagewire.AllNamespaces, now))))
	require.Equal(t, http.StatusOK, code, "%s", body)
	require.Empty(t, pn.expiries(o, hashes))
}

// TestRateLimitExemptsNodes_OnlyOwnRelay (review D13): on the client RPC
// only this node's own relay (its own certificate) is spared the rate
// limit. Another active node has a bucket of its own (by key): it is
// limited, and does not use up the bucket of the clients at its address.
//
// Fails on a96bbb3: every active node was exempt, so the other node's
// requests past the bucket were answered 200 for ever.
func TestRateLimitExemptsNodes_OnlyOwnRelay(t *testing.T) {
	pn := newPeerNode(t)
	info := []byte(`{"method":"info","params":{}}`)
	for i := range ratelimit.DefaultBurst {
		code, _ := pn.post(pn.strange, "/storage_rpc/v1", info)
		require.Equal(t, http.StatusOK, code, "request %d", i)
	}
	code, _ := pn.post(pn.strange, "/storage_rpc/v1", info)
	require.Equal(t, http.StatusTooManyRequests, code, "another node is limited")

	for range ratelimit.DefaultBurst + 10 {
		code, _ = pn.post(pn.self, "/storage_rpc/v1", info)
		require.Equal(t, http.StatusOK, code, "this node's own relay is not")
	}

	// A client at the same address (no certificate) has its own bucket.
	cl := &http.Client{Transport: &http.Transport{TLSClientConfig: n2n.ClientTLS(pn.self.Public().(ed25519.PublicKey))}}
	res, err := cl.Post("https://"+pn.addr+"/storage_rpc/v1", "application/json", bytes.NewReader(info))
	require.NoError(t, err)
	require.NoError(t, res.Body.Close())
	require.Equal(t, http.StatusOK, res.StatusCode)
}

// The swarm caps peers' expiries at the RPC's longest TTL: the two must not
// drift apart.
func TestSwarmMaxTTLIsTheRPCs(t *testing.T) {
	require.Equal(t, rpc.MaxTTLPrivate, swarm.DefaultMaxTTL)
}

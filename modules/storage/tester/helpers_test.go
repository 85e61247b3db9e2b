package tester

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rs/zerolog"
	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/core/onion"
	"github.com/seshnet/seshnet/core/sessionid"
	"github.com/seshnet/seshnet/modules/n2n"
	"github.com/seshnet/seshnet/modules/netview"
	"github.com/seshnet/seshnet/modules/relay"
	"github.com/seshnet/seshnet/modules/storage/rpc"
)

func seeded(b byte) ed25519.PrivateKey { return ed25519.NewKeyFromSeed(bytes.Repeat([]byte{b}, 32)) }

func pubHex(k ed25519.PrivateKey) string { return hex.EncodeToString(k.Public().(ed25519.PublicKey)) }

// node is a tested node on loopback: the real storage RPC handler and the
// real relay handler, each behind HTTPS with a node certificate, the
// relay's final hop calling the storage endpoint over the node-to-node
// client as modules/relay does.
type node struct {
	storage, relay string // host:port
}

// nodeOpts shape a node.
type nodeOpts struct {
	// certKey is the key its certificates are made from (default: its own).
	certKey ed25519.PrivateKey
	// storageDown: nothing listens on its storage address.
	storageDown bool
	// relayDown: nothing listens on its relay address.
	relayDown bool
	// storage, when set, is served instead of the storage RPC.
	storage http.Handler
	// slow: both endpoints take connections and never answer.
	slow bool
}

func startNode(t *testing.T, key ed25519.PrivateKey, o nodeOpts) node {
	t.Helper()
	certKey := key
	if o.certKey != nil {
		certKey = o.certKey
	}
	var n node
	if o.slow {
		n.storage, n.relay = serveSlow(t), serveSlow(t)
		return n
	}
	if o.storageDown {
		n.storage = closedAddr(t)
	} else {
		var h http.Handler = &rpc.Handler{Verifier: sessionid.NewVerifier(0), Log: zerolog.Nop()}
		if o.storage != nil {
			h = o.storage
		}
		mux := http.NewServeMux()
		mux.Handle("POST /storage_rpc/v1", h)
		n.storage = serve(t, certKey, mux)
	}
	if o.relayDown {
		n.relay = closedAddr(t)
		return n
	}
	ok, err := onion.NodeKeyFromEd25519(certKey)
	require.NoError(t, err)
	peers := n2n.NewClient(certKey, 5*time.Second)
	t.Cleanup(peers.Close)
	self := certKey.Public().(ed25519.PublicKey)
	rh := &relay.Handler{
		Key: certKey, Onion: ok, View: func() *netview.View { return nil }, Peers: peers,
		Timeout: 5 * time.Second, Log: zerolog.Nop(),
		Storage: func(ctx context.Context, req []byte) (int, []byte, error) {
			return peers.Post(ctx, self, n.storage, "/storage_rpc/v1", req)
		},
	}
	n.relay = serve(t, certKey, rh.Routes())
	return n
}

// serve serves h over HTTPS with key's certificate on a loopback port.
func serve(t *testing.T, key ed25519.PrivateKey, h http.Handler) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	srv, err := n2n.NewServer(key, h, nil)
	require.NoError(t, err)
	srv.ServeAll([]net.Listener{ln}, func(error) {})
	t.Cleanup(func() { _ = srv.Close() })
	return ln.Addr().String()
}

// closedAddr is a loopback address nothing listens on (any more).
func closedAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	addr := ln.Addr().String()
	require.NoError(t, ln.Close())
	return addr
}

// serveSlow takes connections and holds them, silent, until the test
// ends: a node that hangs.
func serveSlow(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			wg.Go(func() { <-stop; _ = c.Close() })
		}
	})
	t.Cleanup(func() { close(stop); _ = ln.Close(); wg.Wait() })
	return ln.Addr().String()
}

// view is the /node/<hex> answer of a node (workchain/app.NodeView's
// JSON, the fields the workchain writes for it).
type view struct {
	key     ed25519.PrivateKey
	state   string
	n       node
	age     time.Duration // of its last uptime proof
	modules []string      // default relay and storage
	// versions, when set, are the proof's module_versions.
	versions []string
	// proofHeight is the height the proof was taken at (default 10).
	proofHeight int64
	noProof     bool
	// activeFor is how long ago it started serving (default a day).
	activeFor time.Duration
	// expectedFor, when set, is how long ago the workchain expects it to
	// serve (its punish view's expected_since: the chain's start for a
	// genesis node).
	expectedFor time.Duration
}

func (v view) JSON(now time.Time) string {
	type ep struct {
		Service string `json:"service"`
		Addr    string `json:"addr"`
	}
	mods := v.modules
	if mods == nil {
		mods = []string{"relay", "storage"}
	}
	out := map[string]any{
		"service_node_id": 7, "ed25519": pubHex(v.key), "bls": strings.Repeat("ab", 48), "fee_bp": 0,
		"contributors": []any{}, "service": "active", "stake": "registered", "registered_height": 1,
		"active_since_height": 1, "active_since_time": now.Unix() - 86400, "state": v.state, "swarm_id": 42,
	}
	if v.activeFor != 0 {
		out["active_since_time"] = now.Add(-v.activeFor).Unix()
	}
	if v.expectedFor != 0 {
		out["punish"] = map[string]any{"node": pubHex(v.key), "state": v.state, "credit_seconds": 7200, "expected_since": now.Add(-v.expectedFor).Unix()}
	}
	if !v.noProof {
		height := v.proofHeight
		if height == 0 {
			height = 10
		}
		u := map[string]any{
			"version": "0.1.0", "modules": mods, "timestamp": now.Add(-v.age).Unix(),
			"endpoints": []ep{{"relay", v.n.relay}, {"storage", v.n.storage}},
			"height":    height, "block_time": now.Add(-v.age).Unix(),
		}
		if v.versions != nil {
			u["module_versions"] = v.versions
		}
		out["uptime"] = u
	}
	b, err := json.Marshal(out)
	if err != nil {
		panic(err)
	}
	return string(b)
}

// fakeHost is the one fake: the workchain's answers from fixed JSON, and
// a record of the transactions submitted.
type fakeHost struct {
	mu        sync.Mutex
	answers   map[string]string // path -> JSON; absent: not found
	submitted []vote
	bodies    []string
	submitErr error
	queries   map[string]int
	// queried, when set, is told each query's path.
	queried chan string
}

func newHost() *fakeHost {
	return &fakeHost{answers: map[string]string{
		"/params/uptime": `{"interval_seconds":3600,"validity_seconds":7500,"clock_tolerance_seconds":300,"min_interval_seconds":1800}`,
	}, queries: map[string]int{}}
}

func (h *fakeHost) set(path, answer string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.answers[path] = answer
}

func (h *fakeHost) Query(_ context.Context, path string, height int64) ([]byte, int64, error) {
	h.mu.Lock()
	a, ok := h.answers[path]
	h.queries[path]++
	ch := h.queried
	h.mu.Unlock()
	if ch != nil {
		ch <- path
	}
	if height != 0 {
		return nil, 0, fmt.Errorf("host query %s: only the latest height here", path)
	}
	if !ok {
		return nil, 0, fmt.Errorf("host query %s: not found", path)
	}
	return []byte(a), 100, nil
}

func (h *fakeHost) SubmitTx(_ context.Context, txType string, body []byte) ([]byte, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if txType != TxVote {
		return nil, fmt.Errorf("submit %s: not allowed", txType)
	}
	if h.submitErr != nil {
		h.bodies = append(h.bodies, string(body))
		return nil, h.submitErr
	}
	// The workchain's decoding: strict, nothing unknown, nothing after.
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	var v vote
	if err := dec.Decode(&v); err != nil || dec.More() {
		return nil, errors.New("submit punish_vote: malformed vote")
	}
	h.submitted = append(h.submitted, v)
	h.bodies = append(h.bodies, string(body))
	return []byte{1}, nil
}

func (h *fakeHost) votes() []vote {
	h.mu.Lock()
	defer h.mu.Unlock()
	return append([]vote(nil), h.submitted...)
}

// testsJSON is a /tests answer.
func testsJSON(ts ...Test) string {
	b, err := json.Marshal(ts)
	if err != nil {
		panic(err)
	}
	return string(b)
}

// syncBuffer is a log sink read while the tester may still write.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

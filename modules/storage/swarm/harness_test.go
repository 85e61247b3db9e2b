package swarm

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/tls"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/rs/zerolog"
	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/core/sessionid"
	"github.com/seshnet/seshnet/modules/n2n"
	"github.com/seshnet/seshnet/modules/netview"
	"github.com/seshnet/seshnet/modules/storage/store"
)

// memStore is the in-memory stand-in for modules/storage/store.
type memStore struct {
	mu sync.Mutex
	m  map[string]map[string]Message // account -> hash -> message
}

func newMemStore() *memStore { return &memStore{m: map[string]map[string]Message{}} }

// PutCopy keeps the copy held, as the real store does.
func (s *memStore) PutCopy(_ context.Context, m Message) (bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	a := string(m.Account)
	if s.m[a] == nil {
		s.m[a] = map[string]Message{}
	}
	if _, had := s.m[a][m.Hash]; had {
		return true, nil
	}
	s.m[a][m.Hash] = m
	return false, nil
}

// ForEach walks a snapshot (map order: no order at all), so fn may take
// its time, as the real store's may.
func (s *memStore) ForEach(fn func(Message) error) error {
	s.mu.Lock()
	var all []Message
	for _, ms := range s.m {
		for _, m := range ms {
			all = append(all, m)
		}
	}
	s.mu.Unlock()
	for _, m := range all {
		if err := fn(m); err != nil {
			return err
		}
	}
	return nil
}

func (s *memStore) Accounts() ([][]byte, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out [][]byte
	for a := range s.m {
		out = append(out, []byte(a))
	}
	return out, nil
}

func (s *memStore) DeleteAccount(a []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := len(s.m[string(a)])
	delete(s.m, string(a))
	return n, nil
}

func (s *memStore) Delete(a []byte, hashes []string) ([]string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []string
	for _, h := range hashes {
		if _, ok := s.m[string(a)][h]; ok {
			delete(s.m[string(a)], h)
			out = append(out, h)
		}
	}
	if len(s.m[string(a)]) == 0 {
		delete(s.m, string(a))
	}
	return out, nil
}

func (s *memStore) has(m Message) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	_, ok := s.m[string(m.Account)][m.Hash]
	return ok
}

func (s *memStore) count(acct sessionid.Account) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.m[string(acct[:])])
}

func (s *memStore) put(t testing.TB, ms ...Message) {
	for _, m := range ms {
		_, err := s.PutCopy(context.Background(), m)
		require.NoError(t, err)
	}
}

// Ring points of the test swarms.
const (
	swarmA uint64 = 1 << 62
	swarmB uint64 = 3 << 62
)

// acctAt is an account whose ring point is p; salt tells apart accounts on
// the same point (it is XORed out: bytes 0 and 8 of the key).
func acctAt(p uint64, salt byte) sessionid.Account {
	var a sessionid.Account
	a[0] = sessionid.PrefixSession
	a[1], a[9] = salt, salt
	binary.BigEndian.PutUint64(a[25:], p)
	return a
}

var expiryFar = time.Now().Add(24 * time.Hour).UnixMilli()

func msgOf(a sessionid.Account, text string) Message {
	data := []byte(text)
	return Message{Hash: sessionid.MessageHash(a, 0, data), Account: append([]byte(nil), a[:]...),
		Timestamp: time.Now().UnixMilli(), Expiry: expiryFar, Data: data}
}

// opOf is the op the test op handler takes: a message in wire JSON.
func opOf(m Message) []byte {
	b, _ := json.Marshal(ToWire(m))
	return b
}

// syncBuf collects log lines from all nodes.
type syncBuf struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuf) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuf) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// testStore is a node's store as the tests see it: the map, or the real
// badger store.
type testStore interface {
	Store
	has(m Message) bool
	count(acct sessionid.Account) int
	put(t testing.TB, ms ...Message)
}

// realStore is modules/storage/store with the test helpers.
type realStore struct{ *store.Store }

func (s realStore) has(m Message) bool {
	_, ok, err := s.Get(m.Account, m.Hash)
	return err == nil && ok
}

func (s realStore) count(acct sessionid.Account) int {
	n := 0
	_ = s.ForEach(func(m Message) error {
		if bytes.Equal(m.Account, acct[:]) {
			n++
		}
		return nil
	})
	return n
}

func (s realStore) put(t testing.TB, ms ...Message) {
	for _, m := range ms {
		_, err := s.Put(context.Background(), m)
		require.NoError(t, err)
	}
}

type tnode struct {
	key   ed25519.PrivateKey
	pub   ed25519.PublicKey
	addr  string
	store testStore
	qdir  string
	sw    atomic.Pointer[Swarm]
	srv   *http.Server
	stop  func()
}

// testNet is n nodes on loopback HTTPS sharing one network view.
type testNet struct {
	t     *testing.T
	nodes []*tnode
	view  atomic.Pointer[netview.View]
	logs  syncBuf
	cfg   func(i int, c *Config)
}

func newNet(t *testing.T, n int) *testNet { return newNetOf(t, n, false) }

// newNetOf is newNet on the real store (badger in a temporary directory)
// when real.
func newNetOf(t *testing.T, n int, real bool) *testNet {
	tn := &testNet{t: t}
	for i := range n {
		k := ed25519.NewKeyFromSeed(bytes.Repeat([]byte{byte(i + 1)}, 32))
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		require.NoError(t, err)
		var st testStore = newMemStore()
		if real {
			rs, err := store.Open(t.TempDir(), store.Options{Logger: zerolog.Nop(), PurgeInterval: -1})
			require.NoError(t, err)
			t.Cleanup(func() { require.NoError(t, rs.Close()) })
			st = realStore{rs}
		}
		nd := &tnode{key: k, pub: k.Public().(ed25519.PublicKey), addr: ln.Addr().String(), store: st, qdir: t.TempDir()}
		tn.nodes = append(tn.nodes, nd)
		tn.serveOn(nd, ln)
	}
	t.Cleanup(func() {
		for i, nd := range tn.nodes {
			tn.stopSwarm(i)
			if nd.srv != nil {
				nd.srv.Close()
			}
		}
	})
	return tn
}

// setView puts node i in swarm swarmOf[i] (no swarm when absent) with the
// given swarm ids on the ring, and tells the running nodes.
func (tn *testNet) setView(height int64, swarmOf map[int]uint64, ids ...uint64) *netview.View {
	var nodes []string
	members := map[uint64][]string{}
	for i, nd := range tn.nodes {
		sw := ""
		if id, ok := swarmOf[i]; ok {
			sw = fmt.Sprintf(`,"swarm_id":%d`, id)
			members[id] = append(members[id], fmt.Sprintf("%q", hex.EncodeToString(nd.pub)))
		}
		nodes = append(nodes, fmt.Sprintf(`{"ed25519":"%x","state":"active"%s,"uptime":{"endpoints":[{"service":"storage","addr":"%s"}]}}`, nd.pub, sw, nd.addr))
	}
	var swarms []string
	for _, id := range ids {
		swarms = append(swarms, fmt.Sprintf(`{"id":%d,"members":[%s]}`, id, strings.Join(members[id], ",")))
	}
	v, err := netview.Parse(height, []byte("["+strings.Join(nodes, ",")+"]"), []byte("["+strings.Join(swarms, ",")+"]"))
	require.NoError(tn.t, err)
	old := tn.view.Swap(v)
	for _, nd := range tn.nodes {
		if s := nd.sw.Load(); s != nil {
			s.OnChange(old, v)
		}
	}
	return v
}

// opFunc applies a test op (a message) after the checks a module makes.
func opFunc(nd *tnode) OpFunc {
	return func(ctx context.Context, from ed25519.PublicKey, op []byte) (int, []byte) {
		var w WireMessage
		if err := json.Unmarshal(op, &w); err != nil {
			return http.StatusBadRequest, []byte(`{"error":"bad op"}`)
		}
		m, err := FromWire(w)
		if err != nil {
			return http.StatusBadRequest, []byte(`{"error":"bad message"}`)
		}
		s := nd.sw.Load()
		if !s.IsPeer(sessionid.Account(m.Account), from) || !s.Serves(sessionid.Account(m.Account)) {
			return http.StatusMisdirectedRequest, []byte(`{"error":"not this swarm"}`)
		}
		if _, err := nd.store.PutCopy(ctx, m); err != nil {
			return http.StatusInternalServerError, nil
		}
		return http.StatusOK, []byte(`{"stored":true}`)
	}
}

func (tn *testNet) serveOn(nd *tnode, ln net.Listener) {
	cfg, err := n2n.ServerTLS(nd.key)
	require.NoError(tn.t, err)
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s := nd.sw.Load()
		if s == nil {
			http.Error(w, "not started", http.StatusServiceUnavailable)
			return
		}
		mux := http.NewServeMux()
		s.Register(mux, opFunc(nd))
		mux.ServeHTTP(w, r)
	})
	nd.srv = &http.Server{Handler: h, ErrorLog: log.New(io.Discard, "", 0)}
	go nd.srv.Serve(tls.NewListener(ln, cfg))
}

// down stops node i's server (its swarm goes on); up brings it back on the
// same address.
func (tn *testNet) down(i int) {
	require.NoError(tn.t, tn.nodes[i].srv.Close())
}

func (tn *testNet) up(i int) {
	nd := tn.nodes[i]
	var ln net.Listener
	var err error
	require.Eventually(tn.t, func() bool {
		ln, err = net.Listen("tcp", nd.addr)
		return err == nil
	}, 10*time.Second, 10*time.Millisecond, "relisten on %s", nd.addr)
	tn.serveOn(nd, ln)
}

// startSwarm makes node i's Swarm (its queue in the node's own directory,
// kept across restarts) and, when run, runs it.
func (tn *testNet) startSwarm(i int, run bool) *Swarm {
	s := tn.newSwarm(i)
	if run {
		tn.run(i)
	}
	return s
}

func (tn *testNet) newSwarm(i int) *Swarm {
	nd := tn.nodes[i]
	cfg := Config{
		Key: nd.key, View: tn.view.Load, Store: nd.store, QueueDir: nd.qdir,
		Log:        zerolog.New(&tn.logs).Level(zerolog.InfoLevel),
		Timeout:    10 * time.Second,
		BackoffMin: 10 * time.Millisecond, BackoffMax: 100 * time.Millisecond,
		RecheckEvery: 100 * time.Millisecond,
		PullLimit:    16,
	}
	if tn.cfg != nil {
		tn.cfg(i, &cfg)
	}
	s, err := New(cfg)
	require.NoError(tn.t, err)
	nd.sw.Store(s)
	nd.stop = func() { require.NoError(tn.t, s.Close()) }
	return s
}

// run runs node i's Swarm until stopSwarm.
func (tn *testNet) run(i int) {
	nd := tn.nodes[i]
	s := nd.sw.Load()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { s.Run(ctx); close(done) }()
	nd.stop = func() {
		cancel()
		<-done
		require.NoError(tn.t, s.Close())
	}
}

// startAll makes every node's Swarm before running any (so first fills
// find their peers up), and waits for the nodes in a swarm to be filled:
// a scenario then starts from a quiet swarm.
func (tn *testNet) startAll() {
	for i := range tn.nodes {
		tn.newSwarm(i)
	}
	for i := range tn.nodes {
		tn.run(i)
	}
	v := tn.view.Load()
	for i, nd := range tn.nodes {
		if me, ok := v.Node(nd.pub); ok && me.HasSwarm {
			require.Eventually(tn.t, func() bool { return tn.sw(i).fills.Load() > 0 }, settle, 5*time.Millisecond)
		}
	}
}

// stopSwarm stops node i's Swarm as a process exit would (its server then
// answers 503).
func (tn *testNet) stopSwarm(i int) {
	nd := tn.nodes[i]
	if nd.stop != nil {
		nd.stop()
		nd.stop = nil
		nd.sw.Store(nil)
	}
}

func (tn *testNet) sw(i int) *Swarm { return tn.nodes[i].sw.Load() }

func (tn *testNet) hex(i int) string { return hex.EncodeToString(tn.nodes[i].pub) }

// requireNoSecretsLogged checks the privacy rule on everything logged at
// Info and above: no account, no message hash.
func (tn *testNet) requireNoSecretsLogged(accts []sessionid.Account, msgs []Message) {
	logs := tn.logs.String()
	for _, a := range accts {
		require.NotContains(tn.t, logs, a.Hex())
	}
	for _, m := range msgs {
		require.NotContains(tn.t, logs, m.Hash)
	}
}

func sortedKeys(m map[string]json.RawMessage) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// forBothStores runs a scenario on the map store and on the real one.
func forBothStores(t *testing.T, fn func(t *testing.T, real bool)) {
	t.Run("map", func(t *testing.T) { fn(t, false) })
	t.Run("badger", func(t *testing.T) { fn(t, true) })
}

// settle bounds how long a scenario may take to converge. It is a liveness
// bound, not a speed target: under the race detector on a loaded 2-core
// machine a handover pass took over 15 s once (CI), so it is generous.
const settle = 60 * time.Second

// Package clienttest runs a small network for the messaging client's tests:
// real relays (modules/relay Handlers on loopback HTTPS with their node
// certificates) whose storage is an in-memory fake of Session's storage
// server that checks requests the way Session's server does: the store,
// retrieve and expire params, the owner's signatures (with core/sessionid's
// Verifier), and the swarm a node answers for (421 otherwise).
//
// Its signing strings are written out here, from Session's server, and not
// taken from the code the client uses, so that a test catches a client that
// drifts from them.
package clienttest

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/tls"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/rs/zerolog"
	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/core/onion"
	"github.com/seshnet/seshnet/core/sessionid"
	"github.com/seshnet/seshnet/modules/n2n"
	"github.com/seshnet/seshnet/modules/netview"
	"github.com/seshnet/seshnet/modules/relay"
)

// Swarms is a swarm layout: swarm id -> indexes of its member nodes.
type Swarms map[uint64][]int

// Net is the running network.
type Net struct {
	Keys  []ed25519.PrivateKey
	Addrs []string // relay addresses, host:port
	Store *Store

	view    atomic.Pointer[netview.View] // what the relays serve and route by
	owners  atomic.Pointer[netview.View] // which accounts each storage holds
	servers []*http.Server
	hits    []atomic.Int64
	drops   []atomic.Int64 // DropOnReuse's budget per node
	dropped atomic.Int64
}

// Key is a fixed node key (seed byte i+1 repeated), as in the relay tests.
func Key(i int) ed25519.PrivateKey {
	return ed25519.NewKeyFromSeed(bytes.Repeat([]byte{byte(i + 1)}, 32))
}

// Start runs n relays laid out in swarms, with the fake storage (Net.Store);
// they stop when the test ends.
func Start(t testing.TB, n int, swarms Swarms) *Net {
	t.Helper()
	return StartWithStorage(t, n, swarms, func(tn *Net, i int) relay.Storage { return tn.Store.node(tn, tn.Keys[i]) })
}

// StartWithStorage is Start with node i's storage made by storage (for a
// real storage module; Owners tells which nodes hold an account).
func StartWithStorage(t testing.TB, n int, swarms Swarms, storage func(tn *Net, i int) relay.Storage) *Net {
	t.Helper()
	tn := &Net{Store: NewStore(), hits: make([]atomic.Int64, n), drops: make([]atomic.Int64, n)}
	lns := make([]net.Listener, n)
	for i := range n {
		tn.Keys = append(tn.Keys, Key(i))
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		require.NoError(t, err)
		lns[i] = ln
		tn.Addrs = append(tn.Addrs, ln.Addr().String())
	}
	tn.SetSwarms(t, swarms)
	for i, k := range tn.Keys {
		ok, err := onion.NodeKeyFromEd25519(k)
		require.NoError(t, err)
		h := &relay.Handler{
			Key: k, Onion: ok, View: tn.view.Load, Peers: n2n.NewClient(k, 5*time.Second),
			Storage: storage(tn, i), Timeout: 5 * time.Second, Log: zerolog.Nop(),
		}
		cfg, err := n2n.ServerTLS(k)
		require.NoError(t, err)
		routes := h.Routes()
		srv := &http.Server{
			Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				if tn.drop(i, w, r) {
					return
				}
				if r.Method == http.MethodPost {
					tn.hits[i].Add(1)
				}
				routes.ServeHTTP(w, r)
			}),
			ErrorLog: log.New(io.Discard, "", 0),
			ConnContext: func(ctx context.Context, _ net.Conn) context.Context {
				return context.WithValue(ctx, connRequests{}, new(atomic.Int64))
			},
		}
		tn.servers = append(tn.servers, srv)
		go func() { _ = srv.Serve(tls.NewListener(lns[i], cfg)) }()
		t.Cleanup(func() { _ = srv.Close(); h.Peers.Close() })
	}
	return tn
}

// SetSwarms changes the swarm layout that the relays (GET /network) and the
// storage (which accounts a node answers for) see.
func (tn *Net) SetSwarms(t testing.TB, swarms Swarms) {
	t.Helper()
	v := tn.layout(t, swarms)
	tn.view.Store(v)
	tn.owners.Store(v)
}

// SetOwnership changes only which accounts the storage nodes hold, so that
// GET /network is out of date (every request then gets 421).
func (tn *Net) SetOwnership(t testing.TB, swarms Swarms) {
	t.Helper()
	tn.owners.Store(tn.layout(t, swarms))
}

func (tn *Net) layout(t testing.TB, swarms Swarms) *netview.View {
	t.Helper()
	in := map[int]uint64{}
	var sw []string
	for id, members := range swarms {
		var hexes []string
		for _, i := range members {
			in[i] = id
			hexes = append(hexes, fmt.Sprintf("%q", hex.EncodeToString(tn.Keys[i].Public().(ed25519.PublicKey))))
		}
		sw = append(sw, fmt.Sprintf(`{"id":%d,"members":[%s]}`, id, strings.Join(hexes, ",")))
	}
	var nodes []string
	for i, k := range tn.Keys {
		swarm := ""
		if id, ok := in[i]; ok {
			swarm = fmt.Sprintf(`"swarm_id":%d,`, id)
		}
		nodes = append(nodes, fmt.Sprintf(`{"ed25519":"%x","state":"active",%s"uptime":{"endpoints":[{"service":"relay","addr":"%s"},{"service":"storage","addr":"%s"}]}}`,
			k.Public(), swarm, tn.Addrs[i], tn.Addrs[i]))
	}
	v, err := netview.Parse(7, []byte("["+strings.Join(nodes, ",")+"]"), []byte("["+strings.Join(sw, ",")+"]"))
	require.NoError(t, err)
	return v
}

// Owners are the nodes that hold acct's messages (by the layout of the last
// SetSwarms or SetOwnership): its swarm id and member indexes.
func (tn *Net) Owners(acct sessionid.Account) (uint64, []int) {
	id, members, _ := tn.owners.Load().SwarmOf(acct.Key())
	var out []int
	for _, m := range members {
		out = append(out, tn.Index(m.Hex()))
	}
	return id, out
}

// Seeds are every relay's address.
func (tn *Net) Seeds() []string { return slices.Clone(tn.Addrs) }

// Stop takes node i off the network: its listener closes, and its swarm
// peers report its part of a store as timed out.
func (tn *Net) Stop(i int) {
	_ = tn.servers[i].Close()
	tn.Store.FailStores(hex.EncodeToString(tn.Keys[i].Public().(ed25519.PublicKey)))
}

// DropOnReuse has node i read its next n client POSTs that come on a
// kept-alive connection (not the connection's first request) and close the
// connection without an answer: what a server does to a request that
// crosses its close of an idle connection (net/http's Shutdown drops a
// request it reads once Shutdown has begun; a relay's hot swap shuts its
// server down). Requests from nodes (with a node certificate) are served.
func (tn *Net) DropOnReuse(i int, n int64) { tn.drops[i].Store(n) }

// Dropped is how many requests DropOnReuse dropped.
func (tn *Net) Dropped() int64 { return tn.dropped.Load() }

// connRequests keys a connection's request counter in its context.
type connRequests struct{}

// drop drops r as DropOnReuse says, and reports whether it did.
func (tn *Net) drop(i int, w http.ResponseWriter, r *http.Request) bool {
	count, _ := r.Context().Value(connRequests{}).(*atomic.Int64)
	first := count == nil || count.Add(1) == 1
	if first || r.Method != http.MethodPost || (r.TLS != nil && len(r.TLS.PeerCertificates) > 0) {
		return false
	}
	for {
		left := tn.drops[i].Load()
		if left <= 0 {
			return false
		}
		if tn.drops[i].CompareAndSwap(left, left-1) {
			break
		}
	}
	c, _, err := http.NewResponseController(w).Hijack()
	if err != nil {
		return false
	}
	_ = c.Close()
	tn.dropped.Add(1)
	return true
}

// Hits are the POSTs each node took since the last ResetHits (one per hop
// of an onion request).
func (tn *Net) Hits() []int64 {
	out := make([]int64, len(tn.hits))
	for i := range tn.hits {
		out[i] = tn.hits[i].Load()
	}
	return out
}

// ResetHits zeroes the hit counters.
func (tn *Net) ResetHits() {
	for i := range tn.hits {
		tn.hits[i].Store(0)
	}
}

// Index is the node index of an Ed25519 key in hex (-1 if none).
func (tn *Net) Index(edHex string) int {
	for i, k := range tn.Keys {
		if hex.EncodeToString(k.Public().(ed25519.PublicKey)) == edHex {
			return i
		}
	}
	return -1
}

// Msg is a stored message.
type Msg struct {
	Hash      string
	Data      []byte
	Timestamp int64
	Expiry    int64
}

// Store is the swarm's storage, shared by all nodes (replication is
// instant). A retrieve returns 3 messages a page unless the client asks
// for another max_count, to make paging happen.
type Store struct {
	mu   sync.Mutex
	msgs map[string][]*Msg // by account hex, in store order
	ver  *sessionid.Verifier

	pageSize int             // a retrieve's page when the client does not say
	badSig   map[string]bool // nodes (Ed25519 hex) that sign their store result wrongly
	failed   map[string]bool // nodes that report a failed store
	// unavailable: nodes whose storage errors.
	unavailable map[string]bool

	calls       map[string]int
	misdirected int
	shortened   int
}

// NewStore is an empty store.
func NewStore() *Store {
	return &Store{msgs: map[string][]*Msg{}, ver: sessionid.NewVerifier(0), pageSize: 3,
		badSig: map[string]bool{}, failed: map[string]bool{}, unavailable: map[string]bool{}, calls: map[string]int{}}
}

// SignBadly makes the node (Ed25519 hex) sign its store results wrongly.
func (s *Store) SignBadly(node string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.badSig[node] = true
}

// FailStores makes the node report its stores as failed.
func (s *Store) FailStores(node string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.failed[node] = true
}

// Unavailable makes the node's storage fail (its relay then answers 502
// "storage unavailable" inside the encrypted reply).
func (s *Store) Unavailable(node string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.unavailable[node] = true
}

// Calls is how many requests of a method reached a node that holds the
// account (421s are counted by Misdirected).
func (s *Store) Calls(method string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.calls[method]
}

// Misdirected is how many requests were answered 421.
func (s *Store) Misdirected() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.misdirected
}

// Shortened is how many message expiries an expire changed.
func (s *Store) Shortened() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.shortened
}

// Messages are the stored messages of an account (copies).
func (s *Store) Messages(account string) []Msg {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []Msg
	for _, m := range s.msgs[account] {
		out = append(out, *m)
	}
	return out
}

type rpcRequest struct {
	Method string          `json:"method"`
	Params json.RawMessage `json:"params"`
}

// answer is a storage status and JSON body.
func answer(status int, v any) (int, []byte, error) {
	if s, ok := v.(string); ok {
		return status, []byte(s), nil
	}
	b, err := json.Marshal(v)
	return status, b, err
}

// node is the storage of the node with key self.
func (s *Store) node(tn *Net, self ed25519.PrivateKey) relay.Storage {
	selfHex := hex.EncodeToString(self.Public().(ed25519.PublicKey))
	return func(_ context.Context, body []byte) (int, []byte, error) {
		s.mu.Lock()
		down := s.unavailable[selfHex]
		s.mu.Unlock()
		if down {
			return 0, nil, errors.New("storage down")
		}
		var req rpcRequest
		if err := json.Unmarshal(body, &req); err != nil {
			return answer(http.StatusBadRequest, "invalid request body")
		}
		var common struct {
			Pubkey string `json:"pubkey"`
		}
		if err := json.Unmarshal(req.Params, &common); err != nil {
			return answer(http.StatusBadRequest, "invalid params")
		}
		acct, err := sessionid.Parse(common.Pubkey)
		if err != nil {
			return answer(http.StatusBadRequest, "invalid pubkey")
		}
		view := tn.owners.Load()
		id, members, ok := view.SwarmOf(acct.Key())
		mine := slices.ContainsFunc(members, func(n *netview.Node) bool { return n.Hex() == selfHex })
		if !ok || !mine {
			s.mu.Lock()
			s.misdirected++
			s.mu.Unlock()
			var sn []map[string]string
			for _, m := range members {
				sn = append(sn, map[string]string{"pubkey_ed25519": m.Hex()})
			}
			return answer(http.StatusMisdirectedRequest, map[string]any{"swarm": fmt.Sprintf("%016x", id), "snodes": sn, "t": time.Now().UnixMilli()})
		}
		keys := map[string]ed25519.PrivateKey{}
		for _, m := range members {
			keys[m.Hex()] = tn.Keys[tn.Index(m.Hex())]
		}
		s.mu.Lock()
		defer s.mu.Unlock()
		s.calls[req.Method]++
		switch req.Method {
		case "store":
			return s.store(acct, req.Params, keys)
		case "retrieve":
			return s.retrieve(acct, req.Params)
		case "expire":
			return s.expire(acct, req.Params, keys)
		}
		return answer(http.StatusBadRequest, "invalid request: unknown method")
	}
}

const (
	tolerance = 60 * time.Second
	minTTL    = 10 * time.Second
	maxTTL    = 14 * 24 * time.Hour
	maxData   = 76_800
)

func (s *Store) store(acct sessionid.Account, raw json.RawMessage, keys map[string]ed25519.PrivateKey) (int, []byte, error) {
	var p struct {
		Namespace *int16  `json:"namespace"`
		TTL       *int64  `json:"ttl"`
		Timestamp *int64  `json:"timestamp"`
		Data      *string `json:"data"`
	}
	if err := json.Unmarshal(raw, &p); err != nil || p.TTL == nil || p.Timestamp == nil || p.Data == nil {
		return answer(http.StatusBadRequest, "invalid store params")
	}
	ns := int16(0)
	if p.Namespace != nil {
		ns = *p.Namespace
	}
	if ns%10 != 0 {
		return answer(http.StatusUnauthorized, "store: signature required")
	}
	now := time.Now()
	ttl := time.Duration(*p.TTL) * time.Millisecond
	if ttl < minTTL || ttl > maxTTL {
		return answer(http.StatusForbidden, "Provided expiry/TTL is not valid.")
	}
	if ts := time.UnixMilli(*p.Timestamp); ts.After(now.Add(tolerance)) || ts.Add(ttl).Before(now.Add(-tolerance)) {
		return answer(http.StatusNotAcceptable, "Timestamp error: check your clock")
	}
	data, err := b64(*p.Data)
	if err != nil || len(data) > maxData {
		return answer(http.StatusBadRequest, "invalid data")
	}
	hash := sessionid.MessageHash(acct, ns, data)
	expiry := *p.Timestamp + *p.TTL
	already := false
	for _, m := range s.msgs[acct.Hex()] {
		if m.Hash == hash {
			already = true
		}
	}
	if !already {
		s.msgs[acct.Hex()] = append(s.msgs[acct.Hex()], &Msg{Hash: hash, Data: data, Timestamp: *p.Timestamp, Expiry: expiry})
	}
	swarm := map[string]any{}
	for k, key := range keys {
		switch {
		case s.failed[k]:
			swarm[k] = map[string]any{"failed": true, "timeout": true}
		default:
			signed := []byte(hash) // Session: the node signs the hash string
			if s.badSig[k] {
				signed = []byte("not " + hash)
			}
			r := map[string]any{"hash": hash, "signature": b64enc(ed25519.Sign(key, signed)), "expiry": expiry}
			if already {
				r["already"] = true
			}
			swarm[k] = r
		}
	}
	return answer(http.StatusOK, map[string]any{"swarm": swarm, "hash": hash, "t": now.UnixMilli(), "hf": []int{19, 3}})
}

func (s *Store) retrieve(acct sessionid.Account, raw json.RawMessage) (int, []byte, error) {
	var p struct {
		PubkeyEd25519 string  `json:"pubkey_ed25519"`
		Namespace     int16   `json:"namespace"`
		Timestamp     *int64  `json:"timestamp"`
		Signature     *string `json:"signature"`
		LastHash      string  `json:"last_hash"`
		MaxCount      int     `json:"max_count"`
	}
	if err := json.Unmarshal(raw, &p); err != nil {
		return answer(http.StatusBadRequest, "invalid retrieve params")
	}
	if p.Timestamp == nil || p.Signature == nil {
		return answer(http.StatusUnauthorized, "retrieve: request signature required")
	}
	now := time.Now()
	if ts := time.UnixMilli(*p.Timestamp); ts.Before(now.Add(-tolerance)) || ts.After(now.Add(tolerance)) {
		return answer(http.StatusNotAcceptable, "retrieve timestamp too far from current time")
	}
	nsStr := ""
	if p.Namespace != 0 {
		nsStr = fmt.Sprint(p.Namespace)
	}
	sig, err := b64(*p.Signature)
	if err != nil {
		return answer(http.StatusBadRequest, "invalid signature")
	}
	// Session: "retrieve" ‖ namespace (empty for 0) ‖ timestamp.
	signed := fmt.Sprintf("retrieve%s%d", nsStr, *p.Timestamp)
	if err := s.ver.Verify(acct, p.PubkeyEd25519, []byte(signed), sig); err != nil {
		return answer(http.StatusUnauthorized, "retrieve signature verification failed")
	}
	if p.Namespace != 0 {
		return answer(http.StatusOK, map[string]any{"messages": []any{}, "more": false, "t": now.UnixMilli()})
	}
	all := s.msgs[acct.Hex()]
	start := 0
	for i, m := range all {
		if m.Hash == p.LastHash {
			start = i + 1
		}
	}
	limit := s.pageSize
	if p.MaxCount > 0 {
		limit = p.MaxCount
	}
	msgs := []map[string]any{}
	more := false
	for _, m := range all[start:] {
		if m.Expiry < now.UnixMilli() {
			continue
		}
		if len(msgs) == limit {
			more = true
			break
		}
		msgs = append(msgs, map[string]any{"hash": m.Hash, "timestamp": m.Timestamp, "expiration": m.Expiry, "data": b64enc(m.Data)})
	}
	return answer(http.StatusOK, map[string]any{"messages": msgs, "more": more, "t": now.UnixMilli(), "hf": []int{19, 3}})
}

func (s *Store) expire(acct sessionid.Account, raw json.RawMessage, keys map[string]ed25519.PrivateKey) (int, []byte, error) {
	var p struct {
		PubkeyEd25519 string   `json:"pubkey_ed25519"`
		Messages      []string `json:"messages"`
		Expiry        *int64   `json:"expiry"`
		Shorten       bool     `json:"shorten"`
		Extend        bool     `json:"extend"`
		Signature     *string  `json:"signature"`
	}
	if err := json.Unmarshal(raw, &p); err != nil || len(p.Messages) == 0 || p.Expiry == nil || p.Signature == nil || (p.Shorten && p.Extend) {
		return answer(http.StatusBadRequest, "invalid expire params")
	}
	now := time.Now()
	if time.UnixMilli(*p.Expiry).Before(now.Add(-time.Minute)) {
		return answer(http.StatusUnauthorized, "expire: timestamp should be >= current time")
	}
	mode := ""
	if p.Shorten {
		mode = "shorten"
	} else if p.Extend {
		mode = "extend"
	}
	sig, err := b64(*p.Signature)
	if err != nil {
		return answer(http.StatusBadRequest, "invalid signature")
	}
	// Session: "expire" ‖ shorten|extend|"" ‖ expiry ‖ messages in request order.
	signed := fmt.Sprintf("expire%s%d%s", mode, *p.Expiry, strings.Join(p.Messages, ""))
	if err := s.ver.Verify(acct, p.PubkeyEd25519, []byte(signed), sig); err != nil {
		return answer(http.StatusUnauthorized, "expire: signature verification failed")
	}
	exp := min(*p.Expiry, now.Add(30*24*time.Hour).UnixMilli())
	var updated []string
	unchanged := map[string]int64{}
	for _, m := range s.msgs[acct.Hex()] {
		if !slices.Contains(p.Messages, m.Hash) {
			continue
		}
		if (p.Shorten && exp >= m.Expiry) || (p.Extend && exp <= m.Expiry) {
			unchanged[m.Hash] = m.Expiry
			continue
		}
		m.Expiry = exp
		updated = append(updated, m.Hash)
		s.shortened++
	}
	slices.Sort(updated)
	// Session's node signature: account hex ‖ expiry ‖ requested hashes ‖
	// updated (sorted) ‖ unchanged hash ‖ expiry, by hash.
	var sb strings.Builder
	fmt.Fprintf(&sb, "%s%d%s%s", acct.Hex(), exp, strings.Join(p.Messages, ""), strings.Join(updated, ""))
	uk := make([]string, 0, len(unchanged))
	for k := range unchanged {
		uk = append(uk, k)
	}
	slices.Sort(uk)
	for _, k := range uk {
		fmt.Fprintf(&sb, "%s%d", k, unchanged[k])
	}
	swarm := map[string]any{}
	for k, key := range keys {
		r := map[string]any{"expiry": exp, "updated": append([]string{}, updated...), "signature": b64enc(ed25519.Sign(key, []byte(sb.String())))}
		if p.Shorten || p.Extend {
			r["unchanged"] = unchanged
		}
		swarm[k] = r
	}
	return answer(http.StatusOK, map[string]any{"swarm": swarm, "t": now.UnixMilli()})
}

// b64 reads base64 as Session's server does: padded or not.
func b64(s string) ([]byte, error) {
	if b, err := base64.StdEncoding.DecodeString(s); err == nil {
		return b, nil
	}
	return base64.RawStdEncoding.DecodeString(s)
}

// b64enc is padded standard base64, as Session writes it.
func b64enc(b []byte) string { return base64.StdEncoding.EncodeToString(b) }

// Package storage is the storage module (DESIGN.md §9): Session's storage
// RPC on POST /storage_rpc/v1 over HTTPS with the node's certificate, the
// messages of the accounts of this node's swarm in badger (store), their
// replication to the other members of the swarm (swarm), and the
// per-client rate limit (ratelimit). This file only wires those parts to
// the plugin host, and runs this node's share of the punishment tests
// (tester).
package storage

import (
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"path/filepath"
	"sync"
	"time"

	"github.com/rs/zerolog"

	"github.com/seshnet/seshnet/core/sessionid"
	"github.com/seshnet/seshnet/modules/n2n"
	"github.com/seshnet/seshnet/modules/netview"
	"github.com/seshnet/seshnet/modules/storage/ratelimit"
	"github.com/seshnet/seshnet/modules/storage/rpc"
	"github.com/seshnet/seshnet/modules/storage/store"
	"github.com/seshnet/seshnet/modules/storage/swarm"
	"github.com/seshnet/seshnet/modules/storage/tester"
	"github.com/seshnet/seshnet/plugins/kit"
)

// Version of the storage module: a var so that a build can carry
// another version string (a governance upgrade's second build):
// -ldflags "-X github.com/seshnet/seshnet/modules/storage.Version=1.2.0" (make module-build).
var Version = "0.1.0"

// Settings are [modules.storage.settings].
type Settings struct {
	// ReplicateTimeoutMs bounds how long a store waits for the swarm's
	// answers before answering the client (default 5,000); members that
	// did not answer are retried in the background.
	ReplicateTimeoutMs int `json:"replicate_timeout_ms"`
	// PurgeSeconds is how often expired messages are purged from disk
	// (default 60). They vanish from answers at once regardless.
	PurgeSeconds int `json:"purge_seconds"`
	// Testing runs this node's share of the punishment tests (tester;
	// default true). Its votes need allowed_txs = ["punish_vote"].
	Testing bool `json:"testing"`
	// TestPollMs is how often the tester asks for its tests (default
	// 5,000).
	TestPollMs int `json:"test_poll_ms"`
	// TestTimeoutMs bounds each network check of a tested node (default
	// 5,000).
	TestTimeoutMs int `json:"test_timeout_ms"`
	// TestConcurrency is how many nodes the tester checks at once
	// (default 4).
	TestConcurrency int `json:"test_concurrency"`
}

// defaultSettings are the settings an operator does not give.
func defaultSettings() Settings {
	return Settings{ReplicateTimeoutMs: 5_000, PurgeSeconds: 60, Testing: true, TestPollMs: 5_000,
		TestTimeoutMs: 5_000, TestConcurrency: tester.DefaultConcurrency}
}

// Module is the storage plugin.
type Module struct {
	log    zerolog.Logger
	env    kit.Env
	set    Settings
	store  *store.Store
	swarm  *swarm.Swarm
	rpc    *rpc.Handler
	srv    *n2n.Server
	drain  *kit.Drainer
	cancel context.CancelFunc
	done   chan struct{}
}

// New returns the module.
func New() *Module { return &Module{log: kit.Logger()} }

// Info names it; it serves clients on the host's sockets.
// Handoff: badger holds an exclusive lock on its directory, so a hot swap
// hands the store from the old process to the new one.
func (m *Module) Info() kit.Info {
	return kit.Info{Name: "storage", Version: Version, Network: true, Handoff: true}
}

// Configure checks it was given what it needs.
func (m *Module) Configure(_ context.Context, env kit.Env) error {
	m.env, m.set = env, defaultSettings()
	if err := env.DecodeSettings(&m.set); err != nil {
		return fmt.Errorf("storage settings: %w", err)
	}
	switch {
	case env.NodeKey == nil:
		return errors.New("storage needs the node key: set node_key = true in [modules.storage]")
	case env.Host == nil:
		return errors.New("storage needs the host API")
	case len(env.Listeners) == 0:
		return errors.New("storage needs a socket: set listen in [modules.storage]")
	case env.DataDir == "":
		return errors.New("storage needs a data directory")
	case m.set.ReplicateTimeoutMs < 100 || m.set.ReplicateTimeoutMs > 60_000:
		return fmt.Errorf("storage settings: replicate_timeout_ms must be 100..60000, is %d", m.set.ReplicateTimeoutMs)
	case m.set.PurgeSeconds < 1:
		return fmt.Errorf("storage settings: purge_seconds must be at least 1, is %d", m.set.PurgeSeconds)
	}
	return m.set.checkTesting()
}

// checkTesting checks the tester's settings (also when testing is off, so
// a typo shows before it is turned on).
func (s Settings) checkTesting() error {
	switch {
	case s.TestPollMs < 100 || s.TestPollMs > 3_600_000:
		return fmt.Errorf("storage settings: test_poll_ms must be 100..3600000, is %d", s.TestPollMs)
	case s.TestTimeoutMs < 100 || s.TestTimeoutMs > 60_000:
		return fmt.Errorf("storage settings: test_timeout_ms must be 100..60000, is %d", s.TestTimeoutMs)
	case s.TestConcurrency < 1 || s.TestConcurrency > 64:
		return fmt.Errorf("storage settings: test_concurrency must be 1..64, is %d", s.TestConcurrency)
	}
	return nil
}

// Start opens the store, follows the network, and serves HTTPS.
func (m *Module) Start(ctx context.Context) error {
	st, err := store.Open(filepath.Join(m.env.DataDir, "messages"), store.Options{
		Logger: m.log, PurgeInterval: time.Duration(m.set.PurgeSeconds) * time.Second})
	if err != nil {
		return err
	}
	m.store = st
	follower := netview.NewFollower(m.env.Host, m.log, 500*time.Millisecond)
	sw, err := swarm.New(swarm.Config{Key: m.env.NodeKey, View: follower.View, Store: st,
		QueueDir: filepath.Join(m.env.DataDir, "queue"), Log: m.log})
	if err != nil {
		_ = st.Close()
		return err
	}
	m.swarm = sw
	follower.OnChange(sw.OnChange)
	// Know the network before the first request, or a process started by
	// a hot swap answers "no swarm known" (503) until the first refresh.
	follower.WarmUp(ctx)
	m.rpc = &rpc.Handler{
		Store: namespacedStore{st}, Swarm: swarmAdapter{sw}, Verifier: sessionid.NewVerifier(0),
		Limiter: ratelimit.New(ratelimit.DefaultBurst, ratelimit.DefaultRate, time.Now), Log: m.log,
		ReplicateTimeout: time.Duration(m.set.ReplicateTimeoutMs) * time.Millisecond,
	}
	limitWiring(m.rpc, m.env.NodeKey.Public().(ed25519.PublicKey), follower.View)
	mux := http.NewServeMux()
	mux.Handle("POST /storage_rpc/v1", m.rpc)
	sw.Register(mux, m.applyPeer)
	isNode := func(k ed25519.PublicKey) bool { return follower.View().Active(k) }
	if m.srv, err = n2n.NewServer(m.env.NodeKey, mux, isNode); err != nil {
		return errors.Join(err, sw.Close(), st.Close())
	}
	ctx, cancel := context.WithCancel(context.Background())
	m.cancel, m.done = cancel, make(chan struct{})
	go follower.Run(ctx)
	var running sync.WaitGroup
	running.Go(func() { sw.Run(ctx) })
	if m.set.Testing {
		t := tester.New(tester.Config{Host: m.env.Host, Self: m.env.NodeKey.Public().(ed25519.PublicKey),
			Poll: time.Duration(m.set.TestPollMs) * time.Millisecond, Timeout: time.Duration(m.set.TestTimeoutMs) * time.Millisecond,
			Concurrency: m.set.TestConcurrency, Log: m.log})
		running.Go(func() { t.Run(ctx) })
	}
	go func() { running.Wait(); close(m.done) }()
	// A hot swap hands the store over (Info.Handoff): Drain lets clients
	// finish and close their connections before the store is closed.
	m.drain = kit.NewDrainer(m.srv.Server)
	drain := m.drain
	m.srv.ServeAll(m.env.Listeners, func(err error) {
		if !drain.Draining() { // Drain closes the listeners itself
			m.log.Error().Err(err).Msg("serve")
		}
	})
	m.log.Info().Msg("storage started")
	return nil
}

// limitWiring says whom the client rate limit spares and how it tells the
// others apart (review D13): only this node's own relay (a request with
// this node's certificate) is spared; another active node has a bucket of
// its own, by key, so it neither shares one with the clients behind its
// address nor escapes the limit; a client has one by address. Peers'
// replication (/n2n/storage/*) does not pass through this handler.
func limitWiring(h *rpc.Handler, self ed25519.PublicKey, view func() *netview.View) {
	h.Exempt = func(r *http.Request) bool {
		k, ok := n2n.PeerKey(r)
		return ok && k.Equal(self)
	}
	h.ClientKey = func(r *http.Request) string {
		if k, ok := n2n.PeerKey(r); ok && view().Active(k) {
			return "node " + hex.EncodeToString(k)
		}
		return ratelimit.Client(r)
	}
}

// applyPeer applies a change a swarm peer replicated to this node: only a
// member of the account's swarm may send it, and only with the owner's
// signature (rpc.Handler.ApplyPeer checks it as for a client).
func (m *Module) applyPeer(ctx context.Context, from ed25519.PublicKey, op []byte) (int, []byte) {
	var head struct {
		Params struct {
			Pubkey string `json:"pubkey"`
		} `json:"params"`
	}
	if err := json.Unmarshal(op, &head); err != nil {
		return http.StatusBadRequest, []byte(`{"failed":true,"reason":"bad op"}`)
	}
	acct, err := sessionid.Parse(head.Params.Pubkey)
	if err != nil {
		return http.StatusBadRequest, []byte(`{"failed":true,"reason":"bad account"}`)
	}
	if !m.swarm.IsPeer(acct, from) || !m.swarm.Serves(acct) {
		return http.StatusMisdirectedRequest, []byte(`{"failed":true,"reason":"not a member of the account's swarm"}`)
	}
	out, code, err := m.rpc.ApplyPeer(ctx, op)
	if err != nil {
		b, _ := json.Marshal(map[string]any{"failed": true, "reason": err.Error()})
		return code, b
	}
	return code, out
}

// Drain stops taking connections (they wait in the host's backlog for the
// next process), answers what comes on open ones with Connection: close,
// and shuts the server down once they are gone or quiet.
func (m *Module) Drain(ctx context.Context) error {
	if m.srv == nil {
		return nil
	}
	return m.drain.Drain(ctx, m.env.Listeners)
}

// Stop ends replication and closes the store, releasing its directory
// lock for the next process of a handoff. Start may be called again after
// it (the kit configures the module anew first).
func (m *Module) Stop(context.Context) error {
	if m.cancel == nil {
		return nil
	}
	m.cancel()
	<-m.done
	m.cancel, m.srv = nil, nil
	return errors.Join(m.swarm.Close(), m.store.Close())
}

// Health is the process's: a node outside any swarm still answers (421).
func (m *Module) Health(context.Context) error { return nil }

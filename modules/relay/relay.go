package relay

import (
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"sync/atomic"
	"time"

	"github.com/rs/zerolog"

	"github.com/seshnet/seshnet/core/onion"
	"github.com/seshnet/seshnet/modules/n2n"
	"github.com/seshnet/seshnet/modules/netview"
	"github.com/seshnet/seshnet/modules/storage/ratelimit"
	"github.com/seshnet/seshnet/plugins/kit"
)

// Version of the relay module: a var so that a build can carry
// another version string (a governance upgrade's second build):
// -ldflags "-X github.com/seshnet/seshnet/modules/relay.Version=1.2.0" (make module-build).
var Version = "0.1.0"

// Settings are [modules.relay.settings].
type Settings struct {
	// Storage is this node's storage module address (host:port); default:
	// the storage endpoint the node publishes in its uptime proofs, read
	// from the node's own record whatever its state.
	Storage string `json:"storage"`
	// TimeoutMs bounds one hop's forward or storage call (default 10,000).
	TimeoutMs int `json:"timeout_ms"`
}

// Module is the relay plugin.
type Module struct {
	log      zerolog.Logger
	env      kit.Env
	set      Settings
	follower *netview.Follower
	h        *Handler
	srv      *n2n.Server
	drain    *kit.Drainer
	cancel   context.CancelFunc
	// ownStorage is the storage endpoint this node last published (empty
	// before its first uptime proof); see trackOwnStorage.
	ownStorage atomic.Pointer[string]
}

// New returns the module.
func New() *Module { return &Module{log: kit.Logger()} }

// Info names it; it serves clients on the host's sockets.
func (m *Module) Info() kit.Info { return kit.Info{Name: "relay", Version: Version, Network: true} }

// Configure checks it was given what it needs: the node key (node_key =
// true), the host API and a socket.
func (m *Module) Configure(_ context.Context, env kit.Env) error {
	m.env, m.set = env, Settings{TimeoutMs: 10_000}
	if err := env.DecodeSettings(&m.set); err != nil {
		return fmt.Errorf("relay settings: %w", err)
	}
	switch {
	case env.NodeKey == nil:
		return errors.New("relay needs the node key: set node_key = true in [modules.relay]")
	case env.Host == nil:
		return errors.New("relay needs the host API")
	case len(env.Listeners) == 0:
		return errors.New("relay needs a socket: set listen in [modules.relay]")
	case m.set.TimeoutMs < 100 || m.set.TimeoutMs > 60_000:
		return fmt.Errorf("relay settings: timeout_ms must be 100..60000, is %d", m.set.TimeoutMs)
	}
	return nil
}

// Start follows the network and serves HTTPS with the node's certificate.
func (m *Module) Start(startCtx context.Context) error {
	ok, err := onion.NodeKeyFromEd25519(m.env.NodeKey)
	if err != nil {
		return err
	}
	m.follower = netview.NewFollower(m.env.Host, m.log, 500*time.Millisecond)
	m.follower.OnChange(m.trackOwnStorage)
	// Know the network before the first request, or the onion requests in
	// flight through this node fail after a hot swap.
	m.follower.WarmUp(startCtx)
	ctx, cancel := context.WithCancel(context.Background())
	m.cancel = cancel
	go m.follower.Run(ctx)
	m.h = &Handler{
		Key: m.env.NodeKey, Onion: ok, View: m.follower.View,
		Peers:   n2n.NewClient(m.env.NodeKey, time.Duration(m.set.TimeoutMs)*time.Millisecond),
		Storage: m.callStorage, Timeout: time.Duration(m.set.TimeoutMs) * time.Millisecond, Log: m.log,
		Limiter: ratelimit.New(ratelimit.DefaultBurst, ratelimit.DefaultRate, time.Now),
	}
	if m.srv, err = n2n.NewServer(m.env.NodeKey, m.h.Routes(), m.h.IsNode); err != nil {
		cancel()
		return err
	}
	// Drain hands keep-alive clients over without failing a request.
	m.drain = kit.NewDrainer(m.srv.Server)
	drain := m.drain
	m.srv.ServeAll(m.env.Listeners, func(err error) {
		if !drain.Draining() { // Drain closes the listeners itself
			m.log.Error().Err(err).Msg("serve")
		}
	})
	m.log.Info().Msg("relay started")
	return nil
}

// callStorage hands a final hop's inner request to this node's storage.
func (m *Module) callStorage(ctx context.Context, request []byte) (int, []byte, error) {
	addr := m.set.Storage
	if addr == "" {
		if p := m.ownStorage.Load(); p != nil {
			addr = *p
		}
	}
	if addr == "" {
		return 0, nil, errors.New("relay: this node publishes no storage endpoint")
	}
	// Over the node-to-node client: it presents the node certificate
	// (storage does not rate-limit nodes, and every onion request reaches
	// it from this process's address) and checks storage's is ours.
	return m.h.Peers.Post(ctx, m.env.NodeKey.Public().(ed25519.PublicKey), addr, "/storage_rpc/v1", request)
}

// ownRecordTimeout bounds the host query for the node's own record.
const ownRecordTimeout = 2 * time.Second

// trackOwnStorage keeps the storage endpoint of this node's latest uptime
// proof, called with each new network view. The view holds active nodes
// only, and a decommissioned node's relay must still reach its own
// storage: its testers check it through the relay, and only their pass
// votes recommission it. So when the node is not in the view, its own
// record (/node/<hex>, whatever its state) says. An endpoint once known is
// kept until another replaces it: a record that cannot be read, or a proof
// without storage (the module down for a moment), leaves it.
func (m *Module) trackOwnStorage(_, v *netview.View) {
	me := m.env.NodeKey.Public().(ed25519.PublicKey)
	addr := ""
	if n, ok := v.Node(me); ok {
		addr = n.Endpoints["storage"]
	} else {
		ctx, cancel := context.WithTimeout(context.Background(), ownRecordTimeout)
		defer cancel()
		var err error
		if addr, err = ownStorageOf(ctx, m.env.Host, me, v.Height); err != nil {
			m.log.Debug().Err(err).Msg("own storage endpoint not read")
		}
	}
	if addr != "" {
		m.ownStorage.Store(&addr)
	}
}

// ownStorageOf reads the storage endpoint of node me's last uptime proof
// from its record at height ("" if the proof names none).
func ownStorageOf(ctx context.Context, src netview.Source, me ed25519.PublicKey, height int64) (string, error) {
	raw, _, err := src.Query(ctx, "/node/"+hex.EncodeToString(me), height)
	if err != nil {
		return "", fmt.Errorf("own node record: %w", err)
	}
	var rec struct {
		Uptime *struct {
			Endpoints []struct {
				Service string `json:"service"`
				Addr    string `json:"addr"`
			} `json:"endpoints"`
		} `json:"uptime"`
	}
	if err := json.Unmarshal(raw, &rec); err != nil {
		return "", fmt.Errorf("own node record: %w", err)
	}
	if rec.Uptime == nil {
		return "", nil
	}
	for _, e := range rec.Uptime.Endpoints {
		if e.Service == "storage" {
			return e.Addr, nil
		}
	}
	return "", nil
}

// Drain stops taking connections (the sockets stay with the host for the
// next process), answers what comes on open ones with Connection: close,
// and shuts the server down once they are gone or quiet (kit.Drainer).
func (m *Module) Drain(ctx context.Context) error {
	if m.srv == nil {
		return nil
	}
	return m.drain.Drain(ctx, m.env.Listeners)
}

// Stop ends following the network.
func (m *Module) Stop(ctx context.Context) error {
	if m.cancel != nil {
		m.cancel()
	}
	if m.h != nil {
		m.h.Peers.Close()
	}
	return nil
}

// Health is the process's: a relay without a network view yet still
// answers (503) and must not be restarted for it.
func (m *Module) Health(context.Context) error { return nil }

// Package oxen is the coin claims module (plugin seshd-oxen, issue 15;
// docs/migration.md "Claiming (holders)"): an HTTP endpoint on the
// module's own socket where an Oxen holder claims the SESH owed to their
// Oxen address with a message signed by their Oxen wallet.
//
//	POST /oxen/v1/claim                    {"oxen_address","to","signature"}
//	GET  /oxen/v1/claim/<oxen address>     the chain's claim view
//
// It checks everything it can before the chain sees anything (the address,
// the signature over this chain's claim message, the balance, that the
// coins are not claimed yet and claims are open), then submits the
// workchain's oxen_claim transaction through the host, signed by the node
// key. It reaches the chain only through the host API.
package oxen

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/rs/zerolog"

	coreoxen "github.com/seshnet/seshnet/core/oxen"
	"github.com/seshnet/seshnet/plugins/kit"
)

// Version of the module: a var so that a build can carry another version
// string (make module-build MODULE_NAME=oxen MODULE_VERSION=...).
var Version = "0.1.0"

// Settings are [modules.oxen.settings].
type Settings struct {
	// Network is the Oxen network whose addresses claim: mainnet
	// (default), testnet, devnet or stagenet.
	Network string `json:"network"`
	// RatePerSecond and Burst are the process's token bucket (defaults 20
	// and 100): a claim costs a signature check and chain queries.
	RatePerSecond float64 `json:"rate_per_second"`
	Burst         float64 `json:"burst"`
	// MaxInFlight bounds the requests being answered at once (default 16).
	MaxInFlight int `json:"max_in_flight"`
	// TimeoutMs bounds one request's chain queries and submission
	// (default 10,000).
	TimeoutMs int `json:"timeout_ms"`
}

func defaultSettings() Settings {
	return Settings{Network: "mainnet", RatePerSecond: 20, Burst: 100, MaxInFlight: 16, TimeoutMs: 10_000}
}

func (s Settings) check() (coreoxen.Network, error) {
	var n coreoxen.Network
	for _, c := range []coreoxen.Network{coreoxen.Mainnet, coreoxen.Testnet, coreoxen.Devnet, coreoxen.Stagenet} {
		if c.String() == s.Network {
			n = c
		}
	}
	switch {
	case n == 0:
		return 0, fmt.Errorf("oxen settings: network %q: want mainnet, testnet, devnet or stagenet", s.Network)
	case s.RatePerSecond <= 0 || s.RatePerSecond > 10_000:
		return 0, fmt.Errorf("oxen settings: rate_per_second must be in (0, 10000], is %v", s.RatePerSecond)
	case s.Burst < 1 || s.Burst > 100_000:
		return 0, fmt.Errorf("oxen settings: burst must be 1..100000, is %v", s.Burst)
	case s.MaxInFlight < 1 || s.MaxInFlight > 1024:
		return 0, fmt.Errorf("oxen settings: max_in_flight must be 1..1024, is %d", s.MaxInFlight)
	case s.TimeoutMs < 100 || s.TimeoutMs > 60_000:
		return 0, fmt.Errorf("oxen settings: timeout_ms must be 100..60000, is %d", s.TimeoutMs)
	}
	return n, nil
}

// Module is the oxen plugin.
type Module struct {
	log   zerolog.Logger
	env   kit.Env
	set   Settings
	net   coreoxen.Network
	h     *Handler
	srv   *http.Server
	drain *kit.Drainer
}

// New returns the module.
func New() *Module { return &Module{log: kit.Logger()} }

// Info names it; it serves holders on the host's sockets.
func (m *Module) Info() kit.Info { return kit.Info{Name: "oxen", Version: Version, Network: true} }

// Configure reads the settings and checks it has what it needs: the host
// API, the chain id the claims are signed for, and a socket.
func (m *Module) Configure(_ context.Context, env kit.Env) error {
	m.env, m.set = env, defaultSettings()
	if err := env.DecodeSettings(&m.set); err != nil {
		return fmt.Errorf("oxen settings: %w", err)
	}
	n, err := m.set.check()
	if err != nil {
		return err
	}
	m.net = n
	switch {
	case env.Host == nil:
		return errors.New("oxen needs the host API")
	case env.ChainID == "":
		return errors.New("oxen needs the chain id (claims are signed for it)")
	case len(env.Listeners) == 0:
		return errors.New("oxen needs a socket: set listen in [modules.oxen]")
	}
	return nil
}

// Start serves the endpoint on the host's sockets.
func (m *Module) Start(context.Context) error {
	m.h = &Handler{
		Chain: m.env.Host, ChainID: m.env.ChainID, Network: m.net,
		Limit:   NewLimiter(m.set.Burst, m.set.RatePerSecond, m.set.MaxInFlight, time.Now),
		Timeout: time.Duration(m.set.TimeoutMs) * time.Millisecond, Now: time.Now, Log: m.log,
	}
	m.srv = &http.Server{Handler: m.h.Routes(), ReadHeaderTimeout: 5 * time.Second, ReadTimeout: 10 * time.Second, MaxHeaderBytes: 16 << 10}
	// Drain hands keep-alive clients over without failing a request.
	m.drain = kit.NewDrainer(m.srv)
	for _, l := range m.env.Listeners {
		go func() {
			if err := m.srv.Serve(l); err != nil && !errors.Is(err, http.ErrServerClosed) && !m.drain.Draining() {
				m.log.Error().Err(err).Msg("serve")
			}
		}()
	}
	m.log.Info().Str("network", m.net.String()).Msg("oxen claims module started")
	return nil
}

// Drain stops taking connections (the sockets stay with the host for the
// next process) and finishes the requests in flight.
func (m *Module) Drain(ctx context.Context) error {
	if m.srv == nil {
		return nil
	}
	return m.drain.Drain(ctx, m.env.Listeners)
}

// Stop closes what Drain left.
func (m *Module) Stop(context.Context) error {
	if m.srv == nil {
		return nil
	}
	return m.srv.Close()
}

// Health is the process's: a chain that does not answer is the holder's
// 503, not a reason to replace the module.
func (m *Module) Health(context.Context) error { return nil }

// SetLogger replaces the module's logger (tests capture it).
func (m *Module) SetLogger(l zerolog.Logger) { m.log = l }

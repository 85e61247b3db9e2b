package bridge

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/rs/zerolog"

	"github.com/seshnet/seshnet/core/l2event"
	"github.com/seshnet/seshnet/modules/bridge/contracts/bindings"
	"github.com/seshnet/seshnet/modules/n2n"
	"github.com/seshnet/seshnet/plugins/kit"
)

// Version of the module: a var so that a build can carry
// another version string (a governance upgrade's second build):
// -ldflags "-X github.com/seshnet/seshnet/modules/bridge.Version=1.2.0" (make module-build).
var Version = "0.1.0"

// Settings are [modules.bridge.settings].
type Settings struct {
	RPC        []string `json:"rpc"`         // L2 JSON-RPC endpoints, tried in order
	Contract   string   `json:"contract"`    // staking contract address
	Depth      uint64   `json:"depth"`       // read to head minus depth; 0: to `finalized`
	MaxRange   uint64   `json:"max_range"`   // blocks per log query (default 1000)
	StartBlock uint64   `json:"start_block"` // contract deployment block
	PollMs     int      `json:"poll_ms"`     // scan period (default 2000)
	// RateEvery: read the reward pool's rate at every L2 block that is a
	// multiple of it (default 100); the same on every validator.
	RateEvery uint64 `json:"rate_every_blocks"`
	// SignWindow: how many recent heights the claim-signing endpoint signs
	// balances for (default 100; served only when the module has a listen
	// address).
	SignWindow int64 `json:"sign_window"`
	// SignConcurrency: how many signings (claims and exits together) run
	// at once; a request finding none free is refused with 503 at once
	// (default 4, 1..256).
	SignConcurrency int `json:"sign_concurrency"`
	// ExitTimestampSkew: how far, in seconds, an exit or liquidation
	// request's timestamp may be from this node's clock (default 300,
	// 1..600).
	ExitTimestampSkew int64 `json:"exit_timestamp_skew_seconds"`
}

// Module is the L2 witness.
type Module struct {
	log    zerolog.Logger
	env    kit.Env
	set    Settings
	dial   func(ctx context.Context, url string) (Chain, error)
	cancel context.CancelFunc
	done   chan struct{}

	scanner *Scanner // its own lock: Observe never waits for a scan
	chains  []Chain
	signer  *ClaimSigner // nil without listeners
	exits   *ExitSigner  // nil without listeners
	srv     *n2n.Server
	drain   *kit.Drainer

	mu         sync.Mutex
	failLogged time.Time // when the last scan failure was logged
	lastErr    error
}

// New returns the module; Configure connects it.
func New() *Module {
	return &Module{log: kit.Logger(), dial: func(ctx context.Context, url string) (Chain, error) {
		return ethclient.DialContext(ctx, url)
	}}
}

// Info names the module.
func (m *Module) Info() kit.Info { return kit.Info{Name: "bridge", Version: Version} }

// Configure reads settings and opens the scanner's saved state.
func (m *Module) Configure(ctx context.Context, env kit.Env) error {
	m.env = env
	if err := env.DecodeSettings(&m.set); err != nil {
		return fmt.Errorf("bridge settings: %w", err)
	}
	if len(m.set.RPC) == 0 {
		return errors.New("bridge settings: rpc needs at least one L2 endpoint")
	}
	if !common.IsHexAddress(m.set.Contract) {
		return fmt.Errorf("bridge settings: contract %q is not an address", m.set.Contract)
	}
	if m.set.PollMs <= 0 {
		m.set.PollMs = 2000
	}
	if env.Host == nil {
		return errors.New("bridge needs the host API")
	}
	if err := m.configureSigning(env); err != nil {
		return err
	}
	var chains []Chain
	for _, u := range m.set.RPC {
		c, err := m.dial(ctx, u)
		if err != nil {
			return fmt.Errorf("bridge: L2 endpoint %d: %w", len(chains), err)
		}
		chains = append(chains, c)
	}
	s, err := NewScanner(ScanConfig{
		Contract: common.HexToAddress(m.set.Contract), Depth: m.set.Depth, MaxRange: m.set.MaxRange, StartBlock: m.set.StartBlock,
		ChainID: env.ChainID, RateEvery: m.set.RateEvery,
	}, chains, env.DataDir, m.log)
	if err != nil {
		return err
	}
	m.scanner, m.chains = s, chains
	if len(env.Listeners) > 0 {
		m.signer = NewClaimSigner(env.Host, m.set.SignWindow, m.readRewardTag, m.log)
		m.exits = NewExitSigner(env.Host, time.Duration(m.set.ExitTimestampSkew)*time.Second, m.readExitTag, m.readLiquidateTag, m.log)
	}
	return nil
}

// configureSigning checks the claim-signing endpoint's settings: it is
// served, with the node's certificate, only on the module's listeners.
func (m *Module) configureSigning(env kit.Env) error {
	if m.set.SignWindow == 0 {
		m.set.SignWindow = DefaultSignWindow
	}
	if m.set.SignWindow < 1 || m.set.SignWindow > maxSignWindow {
		return fmt.Errorf("bridge settings: sign_window must be 1..%d, is %d", maxSignWindow, m.set.SignWindow)
	}
	if m.set.SignConcurrency == 0 {
		m.set.SignConcurrency = DefaultSignConcurrency
	}
	if m.set.SignConcurrency < 1 || m.set.SignConcurrency > maxSignConcurrency {
		return fmt.Errorf("bridge settings: sign_concurrency must be 1..%d, is %d", maxSignConcurrency, m.set.SignConcurrency)
	}
	if m.set.ExitTimestampSkew == 0 {
		m.set.ExitTimestampSkew = int64(DefaultExitTimestampSkew / time.Second)
	}
	if maxSkew := int64(maxExitTimestampSkew / time.Second); m.set.ExitTimestampSkew < 1 || m.set.ExitTimestampSkew > maxSkew {
		return fmt.Errorf("bridge settings: exit_timestamp_skew_seconds must be 1..%d (the contract's signature expiry), is %d", maxSkew, m.set.ExitTimestampSkew)
	}
	if len(env.Listeners) > 0 && env.NodeKey == nil {
		return errors.New("bridge serves claim signatures with the node's certificate: set node_key = true in [modules.bridge], or no listen")
	}
	return nil
}

// readRewardTag reads the staking contract's rewardTag().
func (m *Module) readRewardTag(ctx context.Context) ([32]byte, error) {
	return m.readTag(ctx, "rewardTag", (*bindings.ServiceNodeRewardsCaller).RewardTag)
}

// readExitTag reads the staking contract's exitTag().
func (m *Module) readExitTag(ctx context.Context) ([32]byte, error) {
	return m.readTag(ctx, "exitTag", (*bindings.ServiceNodeRewardsCaller).ExitTag)
}

// readLiquidateTag reads the staking contract's liquidateTag().
func (m *Module) readLiquidateTag(ctx context.Context) ([32]byte, error) {
	return m.readTag(ctx, "liquidateTag", (*bindings.ServiceNodeRewardsCaller).LiquidateTag)
}

// readTag calls one of the staking contract's tag getters on the L2
// endpoints in order.
func (m *Module) readTag(ctx context.Context, name string, get func(*bindings.ServiceNodeRewardsCaller, *bind.CallOpts) ([32]byte, error)) ([32]byte, error) {
	var errs []error
	for i, c := range m.chains {
		caller, err := bindings.NewServiceNodeRewardsCaller(common.HexToAddress(m.set.Contract), c)
		if err == nil {
			var tag [32]byte
			if tag, err = get(caller, &bind.CallOpts{Context: ctx}); err == nil {
				return tag, nil
			}
		}
		errs = append(errs, fmt.Errorf("L2 endpoint %d: %w", i, err))
	}
	return [32]byte{}, fmt.Errorf("read %s: %w", name, errors.Join(errs...))
}

// serveSigning serves the signing endpoints on the module's listeners
// (HTTPS with the node's certificate, as relay and storage; n2n.NewServer
// sets the header, read, write and idle timeouts).
func (m *Module) serveSigning() error {
	if m.signer == nil {
		return nil
	}
	gate := NewGate(m.set.SignConcurrency, SignRequestTimeout)
	srv, err := n2n.NewServer(m.env.NodeKey, SigningRoutes(gate, m.signer, m.exits), nil)
	if err != nil {
		return fmt.Errorf("bridge: signing server: %w", err)
	}
	m.srv, m.drain = srv, kit.NewDrainer(srv.Server)
	drain := m.drain
	m.srv.ServeAll(m.env.Listeners, func(err error) {
		if !drain.Draining() { // Drain closes the listeners itself
			m.log.Error().Err(err).Msg("serve signatures")
		}
	})
	return nil
}

// Start scans on a timer.
func (m *Module) Start(context.Context) error {
	if err := m.serveSigning(); err != nil {
		return err
	}
	ctx, cancel := context.WithCancel(context.Background())
	m.cancel, m.done = cancel, make(chan struct{})
	go func() {
		defer close(m.done)
		t := time.NewTicker(time.Duration(m.set.PollMs) * time.Millisecond)
		defer t.Stop()
		for {
			m.scan(ctx)
			select {
			case <-ctx.Done():
				return
			case <-t.C:
			}
		}
	}()
	return nil
}

// failureLogEvery spaces the warnings of a long L2 outage: scans are
// retried every poll, a line a poll would flood the operator's log.
const failureLogEvery = 30 * time.Second

func (m *Module) scan(ctx context.Context) {
	err := m.scanner.Scan(ctx)
	if err == nil {
		err = m.reattest(ctx)
	}
	if ctx.Err() != nil {
		return
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	switch {
	case err != nil && (m.lastErr == nil || time.Since(m.failLogged) >= failureLogEvery):
		m.log.Warn().Err(err).Msg("L2 scan failed; retrying every poll")
		m.failLogged = time.Now()
	case err == nil && m.lastErr != nil:
		m.log.Info().Msg("L2 scan recovered")
	}
	m.lastErr = err
}

// reattest asks the workchain which positions it refuted (from the scan
// loop, never from inside consensus) and has the scanner look at them again:
// an event a faulty endpoint hid from enough validators is applied once
// they report it.
func (m *Module) reattest(ctx context.Context) error {
	raw, _, err := m.env.Host.Query(ctx, "/attest/refuted", 0)
	if err != nil {
		return fmt.Errorf("refuted L2 positions: %w", err)
	}
	var refuted []l2event.Cursor
	if err := json.Unmarshal(raw, &refuted); err != nil {
		return fmt.Errorf("refuted L2 positions: %w", err)
	}
	return m.scanner.Reattest(ctx, refuted)
}

// Observe reports the events seen after the last one the workchain applied
// (the host passes its cursor: no call back into the node from consensus).
func (m *Module) Observe(_ context.Context, _ int64, applied []byte) ([]byte, error) {
	raw := applied
	if len(raw) == 0 {
		raw = []byte("{}")
	}
	var cur l2event.Cursor
	if err := json.Unmarshal(raw, &cur); err != nil {
		return nil, fmt.Errorf("attest cursor: %w", err)
	}
	return m.scanner.Observation(cur).Encode(), nil
}

// Drain stops scanning and hands the signing endpoint's clients over
// (kit.Drainer).
func (m *Module) Drain(ctx context.Context) error {
	var err error
	if m.drain != nil {
		err = m.drain.Drain(ctx, m.env.Listeners)
	}
	if m.cancel != nil {
		m.cancel()
		select {
		case <-m.done:
		case <-ctx.Done():
		}
	}
	return err
}

// Stop is Drain.
func (m *Module) Stop(ctx context.Context) error { return m.Drain(ctx) }

// Health is the process's, not the L2's: an unreachable L2 must not make the
// host restart the witness (a long outage would end in the crash-loop
// state and leave the witness off after the L2 came back). Scan failures
// are logged and retried every poll.
func (m *Module) Health(context.Context) error { return nil }

// LastScanError is the last scan's error (nil when it succeeded).
func (m *Module) LastScanError() error {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.lastErr
}

package host

import (
	"context"
	"errors"
	"fmt"
	"net"
	"sort"
	"sync"
	"time"

	"github.com/rs/zerolog"

	pluginv1 "github.com/seshnet/seshnet/plugins/proto/seshnet/plugin/v1"
)

// Module states.
const (
	StateStarting   = "starting"
	StateRunning    = "running"
	StateRestarting = "restarting"
	StateFailed     = "failed"
	StateStopped    = "stopped"
)

// Supervision settings.
var (
	healthEvery   = 2 * time.Second
	backoffFirst  = 500 * time.Millisecond
	backoffMax    = 30 * time.Second
	crashWindow   = time.Minute
	crashesToFail = 5
)

// ModuleStatus is what `seshd modules` shows of a module.
type ModuleStatus struct {
	Name         string   `json:"name"`
	Version      string   `json:"version"`
	State        string   `json:"state"`
	PID          int      `json:"pid"`
	Restarts     int      `json:"restarts"`
	LastError    string   `json:"last_error,omitempty"`
	SHA256       string   `json:"binary_sha256"`
	Capabilities []string `json:"capabilities,omitempty"`
	Listen       []string `json:"listen,omitempty"`
	// SwapPID is the module's other process while a reload, upgrade or
	// restart runs (0: none): the new one until it serves, then the old one
	// until it has exited.
	SwapPID int `json:"swap_pid,omitempty"`
	// SignDomains are the domains the host signs in for the module.
	SignDomains []string `json:"sign_domains,omitempty"`
	// Upgrade is where a governance upgrade of the module stands on this
	// node: "" (none due, or done), UpgradePending ("upgrade pending:
	// missing binary") or "upgrade failed: <why>" (see Host.Upgrade).
	Upgrade string `json:"upgrade"`
	// UpgradeVersion is the version governance scheduled that the module
	// does not run yet (with a pending or failed upgrade), or the version of
	// the governance binary it runs.
	UpgradeVersion string `json:"upgrade_version,omitempty"`
}

// Host runs the modules.
type Host struct {
	api    NodeAPI
	signer Signer // nil: modules' Sign calls are refused
	log    zerolog.Logger

	// op serialises what changes the set of modules or their processes:
	// Start, Apply (SIGHUP, the config watcher), Reload (admin API) and
	// Stop. Without it two callers could both start a module and one of
	// the processes would be lost to the host.
	op sync.Mutex

	mu      sync.Mutex
	cfg     Config
	modules map[string]*module
	// pins are the binaries governance upgrades put in place of the
	// configured ones (Upgrade); they outlive Apply and Reload.
	pins   map[string]Binary
	ctx    context.Context
	cancel context.CancelFunc
	wg     sync.WaitGroup
}

// module is one configured module and its current process.
type module struct {
	name string

	swap sync.Mutex // one launch, swap or restart at a time

	mu  sync.Mutex
	cfg ModuleConfig
	cur *instance
	// swapping is the module's other process while a launch or swap runs:
	// the new one until it is current (or killed), then the old one until
	// it is killed. Status lists it, so that every process of the module
	// shows, including both of a handoff.
	swapping  *instance
	state     string
	restarts  int
	lastErr   string
	crashes   []time.Time
	listeners map[string]net.Listener
	stop      chan struct{}
	// upgrade and upgradeTo: the governance upgrade's state on this node
	// (ModuleStatus.Upgrade and UpgradeVersion).
	upgrade, upgradeTo string
}

// Option changes how a host is made.
type Option func(*Host)

// WithSigner has the host sign for modules (HostAPI.Sign) with s, in the
// domains each module is allowed. Without it every Sign is refused.
func WithSigner(s Signer) Option { return func(h *Host) { h.signer = s } }

// New returns a host; Start launches the enabled modules.
func New(cfg Config, api NodeAPI, log zerolog.Logger, opts ...Option) (*Host, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	h := &Host{api: api, log: log, cfg: cfg, modules: map[string]*module{}, pins: map[string]Binary{}}
	for _, o := range opts {
		o(h)
	}
	return h, nil
}

// Start launches every enabled module. A module that fails to start is
// reported and retried by its supervisor; the node runs on regardless.
func (h *Host) Start(ctx context.Context) {
	h.op.Lock()
	defer h.op.Unlock()
	h.mu.Lock()
	h.ctx, h.cancel = context.WithCancel(ctx)
	names := h.cfg.enabled()
	h.mu.Unlock()
	for _, name := range names {
		h.startModule(name)
	}
}

// startModule makes a module and its supervisor; h.op is held.
func (h *Host) startModule(name string) {
	h.mu.Lock()
	cfg := h.cfg
	mc := cfg.Modules[name]
	m := &module{name: name, cfg: mc, state: StateStarting, listeners: map[string]net.Listener{}, stop: make(chan struct{})}
	h.modules[name] = m
	h.mu.Unlock()
	_, err := m.launchInto(h, cfg, mc)
	if err != nil && h.unpinFailed(m, err) {
		_, err = m.launchInto(h, cfg, mc) // the configured binary
	}
	if err != nil {
		h.log.Error().Str("module", name).Err(err).Msg("module did not start; will retry")
		m.setState(StateRestarting, err)
	}
	h.wg.Add(1)
	go func() {
		defer h.wg.Done()
		h.supervise(m)
	}()
}

// launchInto starts a process for m with mc and makes it current, unless
// the module has a process already (a reload got there first) or was
// stopped: checked under m.swap, so a supervisor's restart can never
// launch a second process beside one a reload installed.
func (m *module) launchInto(h *Host, cfg Config, mc ModuleConfig) (launched bool, err error) {
	m.swap.Lock()
	defer m.swap.Unlock()
	if m.stopped() || m.current() != nil {
		return false, nil
	}
	ls, err := m.listenersFor(mc.Listen)
	if err != nil {
		return false, err
	}
	inst, err := h.launch(m, cfg, mc, h.binaryOf(cfg, m.name), ls)
	if err != nil {
		return false, err
	}
	m.install(inst, mc)
	h.log.Info().Str("module", m.name).Str("version", inst.desc.Version).Int("pid", inst.pid).Msg("module running")
	return true, nil
}

// install makes inst the module's current process; m.swap is held.
func (m *module) install(inst *instance, mc ModuleConfig) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.cur, m.cfg, m.state, m.lastErr, m.swapping = inst, mc, StateRunning, "", nil
}

// setSwapping records the module's other process during a swap (nil:
// none); m.swap is held.
func (m *module) setSwapping(inst *instance) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.swapping = inst
}

func (m *module) stopped() bool {
	select {
	case <-m.stop:
		return true
	default:
		return false
	}
}

// listenersFor returns the host-owned sockets for addrs, opening new ones
// and keeping the ones already open (a swap reuses them).
func (m *module) listenersFor(addrs []string) ([]net.Listener, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	out := make([]net.Listener, 0, len(addrs))
	for _, a := range addrs {
		l, ok := m.listeners[a]
		if !ok {
			var err error
			if l, err = net.Listen("tcp", a); err != nil {
				return nil, fmt.Errorf("listen on %s for module %s: %w", a, m.name, err)
			}
			m.listeners[a] = l
		}
		out = append(out, l)
	}
	return out, nil
}

// closeUnusedListeners closes sockets the current config no longer lists.
func (m *module) closeUnusedListeners(keep []string) {
	m.mu.Lock()
	defer m.mu.Unlock()
	for a, l := range m.listeners {
		used := false
		for _, k := range keep {
			used = used || k == a
		}
		if !used {
			l.Close()
			delete(m.listeners, a)
		}
	}
}

func (m *module) setState(s string, err error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.state = s
	if err != nil {
		m.lastErr = err.Error()
	}
}

func (m *module) current() *instance {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.cur
}

// Reload replaces a module's process with one running the binary and
// settings of the host's current config. By default the new process is up
// and healthy before the old one is drained; if the new one fails (bad pin,
// won't start, unhealthy) the old one keeps running and the error says why.
// A module that declares the handoff policy is swapped by handing its
// store over instead (see handoff).
func (h *Host) Reload(name string) error {
	h.op.Lock()
	defer h.op.Unlock()
	return h.reload(name)
}

// reload is Reload with h.op held.
func (h *Host) reload(name string) error {
	cfg := h.config()
	mc, configured := cfg.Modules[name]
	if !configured || !mc.Enabled {
		return fmt.Errorf("module %q is not enabled in the configuration", name)
	}
	h.mu.Lock()
	m, ok := h.modules[name]
	h.mu.Unlock()
	if !ok {
		h.startModule(name)
		return nil
	}
	m.swap.Lock()
	defer m.swap.Unlock()
	return h.swapLocked(m, cfg, mc, h.binaryOf(cfg, name))
}

// swapLocked replaces m's process with one running bin under mc: the new
// one is up and healthy before the old one drains, or, for a handoff
// module, the store is handed over. On failure the old process serves on.
// m.swap is held.
func (h *Host) swapLocked(m *module, cfg Config, mc ModuleConfig, bin binary) error {
	name := m.name
	log := h.log.With().Str("module", name).Logger()
	old := m.current()
	ls, err := m.listenersFor(mc.Listen)
	if err != nil {
		return err
	}
	inst, err := h.spawn(cfg, name, mc, bin, ls)
	if err == nil {
		m.setSwapping(inst)
		defer m.setSwapping(nil)
		if old != nil && (old.has(pluginv1.Capability_CAPABILITY_HANDOFF) || inst.has(pluginv1.Capability_CAPABILITY_HANDOFF)) {
			return h.handoff(m, old, inst, mc, log)
		}
		if err = inst.start(); err != nil {
			inst.kill()
		}
	}
	if err != nil {
		m.setState(m.stateOr(StateRunning), err)
		log.Error().Err(err).Msg("reload refused; the running process stays")
		return fmt.Errorf("reload %s: %w", name, err)
	}
	m.install(inst, mc)
	m.resetCrashes()
	if old != nil {
		m.setSwapping(old)
		old.retire(log)
	}
	m.closeUnusedListeners(mc.Listen)
	log.Info().Str("version", inst.desc.Version).Int("pid", inst.pid).Msg("module swapped")
	return nil
}

// handoff swaps a module that owns a store only one process can hold: the
// new process is launched and configured but not started; the old one
// drains (finishes what is in flight) and stops (closes its store); then
// the new one starts and opens the store. The host keeps the listening
// sockets open throughout, so clients that connect meanwhile wait in the
// accept backlog instead of being refused. If the new process cannot
// start, the old one is started again (the kit configures it anew with
// the same settings and fresh listeners); if even that fails, it is
// dropped and the supervisor relaunches the module. An old process that
// does not answer Stop (hung) is killed before the new one starts: only
// its exit is sure to release the store. m.swap is held.
func (h *Host) handoff(m *module, old, inst *instance, mc ModuleConfig, log zerolog.Logger) error {
	began := time.Now()
	if !old.drainAndStop(log) {
		old.kill()
	}
	if err := inst.start(); err != nil {
		inst.kill()
		rerr := errors.New("it was killed: it did not stop")
		if !old.client.Exited() {
			rerr = old.start()
		}
		if rerr != nil {
			old.kill()
			m.mu.Lock()
			m.cur = nil
			m.mu.Unlock()
			err = fmt.Errorf("%w; restarting the old process failed too (%v): the supervisor relaunches the module", err, rerr)
			m.setState(StateRestarting, err)
			log.Error().Err(err).Msg("handoff failed")
			return fmt.Errorf("reload %s: %w", m.name, err)
		}
		m.setState(StateRunning, err)
		log.Error().Err(err).Int("pid", old.pid).Msg("handoff refused; the old process restarted and serves on")
		return fmt.Errorf("reload %s: %w (the old process restarted and serves on)", m.name, err)
	}
	m.install(inst, mc)
	m.resetCrashes()
	m.setSwapping(old)
	old.kill()
	m.closeUnusedListeners(mc.Listen)
	log.Info().Str("version", inst.desc.Version).Int("pid", inst.pid).Dur("handoff", time.Since(began)).Msg("module handed over")
	return nil
}

func (m *module) resetCrashes() {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.crashes = nil
}

func (m *module) stateOr(s string) string {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.cur == nil {
		return m.state
	}
	return s
}

// Apply takes a new configuration (an edited seshd.toml or SIGHUP): changed
// modules are reloaded, new ones started, disabled or removed ones stopped.
func (h *Host) Apply(cfg Config) error { return h.apply(cfg, "") }

// ReloadWith is `seshd modules reload NAME`: it applies cfg, the
// configuration just read from seshd.toml, as Apply does, and swaps module
// name even if its settings did not change (a new binary at the same
// path). Reload alone would swap with the configuration the host applied
// last: an operator who edits the file and reloads at once got a swap with
// the old settings, then, from the file watcher, a second swap with the
// new ones, and a node killed during that second swap left its new
// process behind (it was not yet listed by Status). Here the module is
// swapped once, with the file's settings, and the watcher applying the
// same file afterwards finds nothing to do. A module cfg does not enable
// is refused, nothing changed.
func (h *Host) ReloadWith(cfg Config, name string) error {
	if mc, ok := cfg.Modules[name]; !ok || !mc.Enabled {
		return fmt.Errorf("module %q is not enabled in the configuration", name)
	}
	return h.apply(cfg, name)
}

// apply is Apply, also swapping module force ("": none) when unchanged.
func (h *Host) apply(cfg Config, force string) error {
	if err := cfg.Validate(); err != nil {
		return err
	}
	h.op.Lock()
	defer h.op.Unlock()
	h.mu.Lock()
	old := h.cfg
	h.cfg = cfg
	h.mu.Unlock()
	var errs []error
	for _, name := range cfg.enabled() {
		if prev, ok := old.Modules[name]; name != force && ok && prev.Enabled && sameConfig(prev, cfg.Modules[name]) && h.running(name) {
			continue
		}
		if err := h.reload(name); err != nil {
			errs = append(errs, err)
		}
	}
	for name := range old.Modules {
		if !cfg.Modules[name].Enabled {
			h.stopModule(name)
		}
	}
	return errors.Join(errs...)
}

func (h *Host) running(name string) bool {
	h.mu.Lock()
	m := h.modules[name]
	h.mu.Unlock()
	return m != nil && m.current() != nil
}

// stopModule retires a module's process and ends its supervisor; h.op is
// held.
func (h *Host) stopModule(name string) {
	h.mu.Lock()
	m := h.modules[name]
	delete(h.modules, name)
	h.mu.Unlock()
	if m == nil {
		return
	}
	close(m.stop)
	m.swap.Lock()
	defer m.swap.Unlock()
	if inst := m.current(); inst != nil {
		inst.retire(h.log.With().Str("module", name).Logger())
	}
	m.closeUnusedListeners(nil)
	m.setState(StateStopped, nil)
}

// Stop drains and stops every module.
func (h *Host) Stop() {
	h.op.Lock()
	defer h.op.Unlock()
	h.mu.Lock()
	names := make([]string, 0, len(h.modules))
	for n := range h.modules {
		names = append(names, n)
	}
	if h.cancel != nil {
		h.cancel()
	}
	h.mu.Unlock()
	for _, n := range names {
		h.stopModule(n)
	}
	h.wg.Wait()
}

// Status reports every module, sorted by name.
func (h *Host) Status() []ModuleStatus {
	h.mu.Lock()
	mods := make([]*module, 0, len(h.modules))
	for _, m := range h.modules {
		mods = append(mods, m)
	}
	h.mu.Unlock()
	out := make([]ModuleStatus, 0, len(mods))
	for _, m := range mods {
		m.mu.Lock()
		s := ModuleStatus{Name: m.name, State: m.state, Restarts: m.restarts, LastError: m.lastErr, SignDomains: SignDomainsOf(m.name, m.cfg),
			Upgrade: m.upgrade, UpgradeVersion: m.upgradeTo}
		for _, a := range m.cfg.Listen {
			if l, ok := m.listeners[a]; ok {
				s.Listen = append(s.Listen, l.Addr().String())
			}
		}
		if m.swapping != nil {
			s.SwapPID = m.swapping.pid
		}
		if m.cur != nil {
			s.Version, s.PID, s.SHA256 = m.cur.desc.Version, m.cur.pid, m.cur.sha256
			for _, c := range m.cur.desc.Capabilities {
				s.Capabilities = append(s.Capabilities, c.String())
			}
		}
		m.mu.Unlock()
		out = append(out, s)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// Running lists the modules with a live process, sorted (for uptime proofs).
func (h *Host) Running() []string {
	var out []string
	for _, s := range h.Status() {
		if s.State == StateRunning {
			out = append(out, s.Name)
		}
	}
	return out
}

// Endpoint is where a running network module takes connections.
type Endpoint struct{ Service, Addr string }

// Endpoints lists the running network modules' public addresses, sorted by
// module name (for uptime proofs).
func (h *Host) Endpoints() []Endpoint {
	var out []Endpoint
	for _, s := range h.Status() {
		if s.State != StateRunning || len(s.Listen) == 0 {
			continue
		}
		h.mu.Lock()
		adv := h.cfg.Modules[s.Name].Advertise
		h.mu.Unlock()
		if adv == "" {
			adv = s.Listen[0]
		}
		out = append(out, Endpoint{Service: s.Name, Addr: adv})
	}
	return out
}

// Observe asks every vote-extension module what it observed at height. Each
// has until deadline; a module that errs, hangs or answers too much
// contributes nothing. It never blocks past the deadline.
func (h *Host) Observe(ctx context.Context, height int64, applied []byte, deadline time.Duration) map[string][]byte {
	h.mu.Lock()
	var targets []*module
	for _, m := range h.modules {
		targets = append(targets, m)
	}
	h.mu.Unlock()
	ctx, cancel := context.WithTimeout(ctx, deadline)
	defer cancel()
	type answer struct {
		name string
		obs  []byte
	}
	answers := make(chan answer, len(targets))
	asked := 0
	for _, m := range targets {
		inst := m.current()
		if inst == nil || !inst.has(pluginv1.Capability_CAPABILITY_VOTE_EXTENSION) {
			continue
		}
		asked++
		go func() {
			res, err := inst.mod.VoteExt.Observe(ctx, &pluginv1.ObserveRequest{Height: height, DeadlineMs: uint32(deadline / time.Millisecond), Applied: applied})
			if err != nil {
				h.log.Warn().Str("module", m.name).Err(err).Int64("height", height).Msg("no observation")
				answers <- answer{name: m.name}
				return
			}
			answers <- answer{name: m.name, obs: res.Observation}
		}()
	}
	out := map[string][]byte{}
	for i := 0; i < asked; i++ {
		select {
		case a := <-answers:
			if a.obs != nil {
				out[a.name] = a.obs
			}
		case <-ctx.Done():
			return out
		}
	}
	return out
}

func (i *instance) has(c pluginv1.Capability) bool {
	for _, x := range i.desc.Capabilities {
		if x == c {
			return true
		}
	}
	return false
}

// ErrNotRunning is a call to a module with no live process.
var ErrNotRunning = errors.New("module not running")

func (h *Host) instance(name string) (*instance, error) {
	h.mu.Lock()
	m := h.modules[name]
	h.mu.Unlock()
	if m == nil {
		return nil, fmt.Errorf("%w: %s", ErrNotRunning, name)
	}
	inst := m.current()
	if inst == nil {
		return nil, fmt.Errorf("%w: %s", ErrNotRunning, name)
	}
	return inst, nil
}

// Call makes a generic call into a module, with the call deadline.
func (h *Host) Call(ctx context.Context, name, method string, payload []byte) ([]byte, error) {
	inst, err := h.instance(name)
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(ctx, callTimeout)
	defer cancel()
	res, err := inst.mod.Module.Call(ctx, &pluginv1.CallRequest{Method: method, Payload: payload})
	if err != nil {
		return nil, fmt.Errorf("call %s.%s: %w", name, method, err)
	}
	if res.Error != "" {
		return nil, fmt.Errorf("call %s.%s: %s", name, method, res.Error)
	}
	return res.Payload, nil
}

// CallBatch makes many calls in one round trip; results are in order, with
// per-call errors.
func (h *Host) CallBatch(ctx context.Context, name string, calls []*pluginv1.CallRequest) ([]*pluginv1.CallResponse, error) {
	inst, err := h.instance(name)
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(ctx, callTimeout)
	defer cancel()
	res, err := inst.mod.Module.CallBatch(ctx, &pluginv1.CallBatchRequest{Calls: calls})
	if err != nil {
		return nil, fmt.Errorf("call batch %s: %w", name, err)
	}
	if len(res.Results) != len(calls) {
		return nil, fmt.Errorf("call batch %s: %d answers to %d calls", name, len(res.Results), len(calls))
	}
	return res.Results, nil
}

// config is a snapshot of the host's configuration (Apply replaces it).
func (h *Host) config() Config {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.cfg
}

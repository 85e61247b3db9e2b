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
}

// Host runs the modules.
type Host struct {
	api NodeAPI
	log zerolog.Logger

	mu      sync.Mutex
	cfg     Config
	modules map[string]*module
	ctx     context.Context
	cancel  context.CancelFunc
	wg      sync.WaitGroup
}

// module is one configured module and its current process.
type module struct {
	name string

	swap sync.Mutex // one launch, swap or restart at a time

	mu        sync.Mutex
	cfg       ModuleConfig
	cur       *instance
	state     string
	restarts  int
	lastErr   string
	crashes   []time.Time
	listeners map[string]net.Listener
	stop      chan struct{}
}

// New returns a host; Start launches the enabled modules.
func New(cfg Config, api NodeAPI, log zerolog.Logger) (*Host, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	return &Host{api: api, log: log, cfg: cfg, modules: map[string]*module{}}, nil
}

// Start launches every enabled module. A module that fails to start is
// reported and retried by its supervisor; the node runs on regardless.
func (h *Host) Start(ctx context.Context) {
	h.mu.Lock()
	h.ctx, h.cancel = context.WithCancel(ctx)
	names := h.cfg.enabled()
	h.mu.Unlock()
	for _, name := range names {
		h.startModule(name)
	}
}

func (h *Host) startModule(name string) {
	h.mu.Lock()
	mc := h.cfg.Modules[name]
	m := &module{name: name, cfg: mc, state: StateStarting, listeners: map[string]net.Listener{}, stop: make(chan struct{})}
	h.modules[name] = m
	h.mu.Unlock()
	if err := m.launchInto(h, mc); err != nil {
		h.log.Error().Str("module", name).Err(err).Msg("module did not start; will retry")
		m.setState(StateRestarting, err)
	}
	h.wg.Add(1)
	go func() {
		defer h.wg.Done()
		h.supervise(m)
	}()
}

// launchInto starts a process for m with mc and makes it current.
func (m *module) launchInto(h *Host, mc ModuleConfig) error {
	m.swap.Lock()
	defer m.swap.Unlock()
	ls, err := m.listenersFor(mc.Listen)
	if err != nil {
		return err
	}
	inst, err := h.launch(m.name, mc, ls)
	if err != nil {
		return err
	}
	m.mu.Lock()
	m.cur, m.cfg, m.state, m.lastErr = inst, mc, StateRunning, ""
	m.mu.Unlock()
	h.log.Info().Str("module", m.name).Str("version", inst.desc.Version).Int("pid", inst.pid).Msg("module running")
	return nil
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
// settings of the host's current config. The new process is up and healthy
// before the old one is drained; if the new one fails (bad pin, won't
// start, unhealthy) the old one keeps running and the error says why.
func (h *Host) Reload(name string) error {
	h.mu.Lock()
	m, ok := h.modules[name]
	mc, configured := h.cfg.Modules[name]
	h.mu.Unlock()
	if !configured || !mc.Enabled {
		return fmt.Errorf("module %q is not enabled in the configuration", name)
	}
	if !ok {
		h.startModule(name)
		return nil
	}
	m.swap.Lock()
	old := m.current()
	ls, err := m.listenersFor(mc.Listen)
	if err != nil {
		m.swap.Unlock()
		return err
	}
	inst, err := h.launch(name, mc, ls)
	if err != nil {
		m.swap.Unlock()
		m.setState(m.stateOr(StateRunning), err)
		h.log.Error().Str("module", name).Err(err).Msg("reload refused; the running process stays")
		return fmt.Errorf("reload %s: %w", name, err)
	}
	m.mu.Lock()
	m.cur, m.cfg, m.state, m.lastErr, m.crashes = inst, mc, StateRunning, "", nil
	m.mu.Unlock()
	m.swap.Unlock()
	if old != nil {
		old.retire(h.log.With().Str("module", name).Logger())
	}
	m.closeUnusedListeners(mc.Listen)
	h.log.Info().Str("module", name).Str("version", inst.desc.Version).Int("pid", inst.pid).Msg("module swapped")
	return nil
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
func (h *Host) Apply(cfg Config) error {
	if err := cfg.Validate(); err != nil {
		return err
	}
	h.mu.Lock()
	old := h.cfg
	h.cfg = cfg
	h.mu.Unlock()
	var errs []error
	for _, name := range cfg.enabled() {
		if prev, ok := old.Modules[name]; ok && prev.Enabled && sameConfig(prev, cfg.Modules[name]) && h.running(name) {
			continue
		}
		if err := h.Reload(name); err != nil {
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
		s := ModuleStatus{Name: m.name, State: m.state, Restarts: m.restarts, LastError: m.lastErr}
		for _, a := range m.cfg.Listen {
			if l, ok := m.listeners[a]; ok {
				s.Listen = append(s.Listen, l.Addr().String())
			}
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

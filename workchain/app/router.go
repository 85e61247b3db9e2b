package app

import (
	"fmt"
	"sort"

	"github.com/seshnet/seshnet/workchain/attest"
	"github.com/seshnet/seshnet/workchain/exec"
	"github.com/seshnet/seshnet/workchain/gov"
	"github.com/seshnet/seshnet/workchain/l2"
	"github.com/seshnet/seshnet/workchain/liveness"
	"github.com/seshnet/seshnet/workchain/oxen"
	"github.com/seshnet/seshnet/workchain/punish"
	"github.com/seshnet/seshnet/workchain/registry"
	"github.com/seshnet/seshnet/workchain/rewards"
	"github.com/seshnet/seshnet/workchain/swarm"
	"github.com/seshnet/seshnet/workchain/uptime"
)

// Option adds to the application's wiring.
type Option func(*config)

type config struct {
	modules  []exec.Module
	hooks    []registry.Hooks
	punisher liveness.Punisher
}

// WithModules adds concerns after the built-in ones: their transaction
// types, L2 event kinds, queries, parameters, genesis sections and block
// hooks join the router (a name or route already taken is an error).
func WithModules(mods ...exec.Module) Option {
	return func(c *config) { c.modules = append(c.modules, mods...) }
}

// WithRegistryHooks subscribes hooks to every node state change.
func WithRegistryHooks(hooks ...registry.Hooks) Option {
	return func(c *config) { c.hooks = append(c.hooks, hooks...) }
}

// WithLivenessPunisher has the liveness module report absent validators
// to p instead of workchain/punish (its scenario tests count the reports
// with a recorder; double signing still goes through the registry).
func WithLivenessPunisher(p liveness.Punisher) Option {
	return func(c *config) { c.punisher = p }
}

// reserved are the query paths the application answers itself, joining
// several modules' state.
var reserved = map[string]bool{"params": true, "nodes": true, "node": true, "account": true}

// wiring is the composed application: the built-in concerns it calls by
// name in its phases, and the router over every module.
type wiring struct {
	registry *registry.Module
	swarms   swarm.Keeper

	modules []exec.Module // built-ins first, in this order, then WithModules'
	byName  map[string]*exec.Module
	txs     map[string]txRoute
	l2      map[byte]exec.L2Handler
	queries map[string]exec.Query
}

type txRoute struct {
	module  string
	handler exec.TxHandler
}

// wire builds the built-in concerns (the registry, then what depends on
// it) and the router over them and the options' modules.
func wire(opts []Option) (*wiring, error) {
	var cfg config
	for _, o := range opts {
		o(&cfg)
	}
	reg := registry.NewModule()
	for _, h := range cfg.hooks {
		reg.AddHooks(h)
	}
	w := &wiring{registry: reg, swarms: swarm.NewKeeper(reg)}
	// rewards.Module and punish.Module subscribe their hooks to the registry.
	// Liveness fails absent validators through punish and deregisters
	// double signers through the registry (so every hook runs). Governance
	// comes last: a passed parameter change applies at the end of the
	// block, after every other module's end, and the router finds the
	// owner of each parameter for it (ParamSpace). The Oxen migration comes
	// after rewards, whose balances its genesis credits, and before gov.
	pk := punish.NewKeeper(reg)
	var lp liveness.Punisher = pk
	if cfg.punisher != nil {
		lp = cfg.punisher
	}
	builtins := []exec.Module{reg.Exec(), uptime.Module(reg), swarm.Module(), attest.Module(), l2.Module(), rewards.Module(reg),
		punish.Module(pk), liveness.Module(liveness.RegistryOf(reg), lp), oxen.Module(reg, rewards.Crediter{}), gov.Module(gov.RegistryOf(), w)}
	return w, w.route(append(builtins, cfg.modules...))
}

// route composes the modules' routes, refusing a second owner of any name,
// transaction type, L2 event kind or query path.
func (w *wiring) route(mods []exec.Module) error {
	w.modules, w.byName = mods, map[string]*exec.Module{}
	w.txs, w.l2, w.queries = map[string]txRoute{}, map[byte]exec.L2Handler{}, map[string]exec.Query{}
	owner := map[string]string{}
	claim := func(route, module string) error {
		if prev, ok := owner[route]; ok {
			return fmt.Errorf("app: %s is routed to both %s and %s", route, prev, module)
		}
		owner[route] = module
		return nil
	}
	for i := range w.modules {
		m := &w.modules[i]
		if m.Name == "" || m.Name == Codespace {
			return fmt.Errorf("app: module %d has no name, or the application's own (%q)", i, Codespace)
		}
		if err := claim("module "+m.Name, m.Name); err != nil {
			return err
		}
		w.byName[m.Name] = m
		for typ, h := range m.Txs {
			if h.Deliver == nil || h.Check == nil {
				return fmt.Errorf("app: module %s: transaction type %q needs Check and Deliver", m.Name, typ)
			}
			if err := claim("transaction type "+typ, m.Name); err != nil {
				return err
			}
			w.txs[typ] = txRoute{module: m.Name, handler: h}
		}
		for kind, h := range m.L2 {
			if kind == 0 {
				return fmt.Errorf("app: module %s: L2 event kind 0 is not a kind", m.Name)
			}
			if err := claim(fmt.Sprintf("L2 event kind %d", kind), m.Name); err != nil {
				return err
			}
			w.l2[kind] = h
		}
		for path, q := range m.Queries {
			if reserved[path] {
				return fmt.Errorf("app: module %s: query path /%s is the application's", m.Name, path)
			}
			if err := claim("query /"+path, m.Name); err != nil {
				return err
			}
			w.queries[path] = q
		}
	}
	return nil
}

// ParamSpace is the parameters of the module named, for governance
// (gov.ParamSpaces): a parameter change goes through its owner's guarded
// update. It answers for any module routed, built-in or added.
func (w *wiring) ParamSpace(module string) (exec.ParamSpace, bool) {
	m, ok := w.byName[module]
	if !ok || m.Params == nil {
		return nil, false
	}
	return m.Params, true
}

// queryPaths lists every query path, for the unknown-path error.
func (w *wiring) queryPaths() []string {
	out := []string{"/params", "/params/<module>", "/nodes", "/node/<hex>", "/account/<node|eth>:<hex>"}
	var mods []string
	for p := range w.queries {
		mods = append(mods, "/"+p)
	}
	sort.Strings(mods)
	return append(out, mods...)
}

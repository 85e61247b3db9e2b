// Package exec is what the application and its concerns (registry, swarm,
// uptime, attest and those to come) both import: the execution context a
// handler gets, the shapes of transaction, L2-event and query handlers, a
// concern's Module description, and the helper that keeps a concern's
// parameters under its own key. It holds no state of its own.
package exec

import (
	abci "github.com/cometbft/cometbft/abci/types"

	"github.com/seshnet/seshnet/workchain/state"
)

// Mode says which ABCI method a handler runs under.
type Mode byte

// Modes.
const (
	// Deliver is FinalizeBlock (and InitChain): writes are staged for the block.
	Deliver Mode = iota
	// Check is CheckTx: the KV is the last committed height, read-only, and
	// Time is the last block's.
	Check
)

// Context is what a handler sees of the block it runs in (or, in CheckTx,
// of the last committed block). It is a value: WithKV and the like return
// copies, so a handler cannot change what the next one sees.
type Context struct {
	KV      state.KV
	Height  int64
	Time    int64 // block time, unix seconds
	ChainID string
	Mode    Mode
	// Pending is, in CheckTx only, how many transactions of this type from
	// this signer the mempool took since the last Commit.
	Pending int
	// Memo caches values decoded from state, keyed by their stored bytes:
	// the same bytes always decode the same, so it stays right across writes
	// and rollbacks. nil disables it. The application drops it at Commit.
	Memo Memo

	events *[]abci.Event
	scope  *Scope
}

// NewContext is a context over kv with an empty event list and a fresh
// block scope.
func NewContext(kv state.KV, height, blockTime int64, chainID string, mode Mode) Context {
	return Context{KV: kv, Height: height, Time: blockTime, ChainID: chainID, Mode: mode, events: new([]abci.Event), scope: NewScope()}
}

// WithKV is the context over another KV (a cache of the block).
func (c Context) WithKV(kv state.KV) Context { c.KV = kv; return c }

// WithScope is the context sharing a block scope.
func (c Context) WithScope(s *Scope) Context { c.scope = s; return c }

// WithEvents is the context with a new, empty event list: what a
// transaction emits is kept only if it succeeds.
func (c Context) WithEvents() Context { c.events = new([]abci.Event); return c }

// Emit records an event of the transaction or block phase running.
func (c Context) Emit(ev abci.Event) {
	if c.events != nil {
		*c.events = append(*c.events, ev)
	}
}

// Events are what was emitted since the last WithEvents.
func (c Context) Events() []abci.Event {
	if c.events == nil {
		return nil
	}
	return *c.events
}

// Signal records that something other concerns may act on at the end of
// the block changed (registry.SignalValidators, ...). A signal from a
// transaction that later failed stays: consumers must be idempotent (they
// recompute from state), so a spurious signal costs time, never a fork.
func (c Context) Signal(name string) {
	if c.scope != nil {
		c.scope.signals[name] = true
	}
}

// Signaled reports whether name was signaled in this block.
func (c Context) Signaled(name string) bool { return c.scope != nil && c.scope.signals[name] }

// Scope is one block's signals.
type Scope struct{ signals map[string]bool }

// NewScope is an empty scope.
func NewScope() *Scope { return &Scope{signals: map[string]bool{}} }

// Memo caches decoded state values by kind, then by their stored bytes
// (a two-level map: a lookup by string(raw) does not allocate).
type Memo map[string]map[string]any

// Get returns what was remembered for (kind, raw).
func (m Memo) Get(kind string, raw []byte) (any, bool) {
	v, ok := m[kind][string(raw)]
	return v, ok
}

// Put remembers v for (kind, raw).
func (m Memo) Put(kind string, raw []byte, v any) {
	if m == nil {
		return
	}
	byRaw, ok := m[kind]
	if !ok {
		byRaw = map[string]any{}
		m[kind] = byRaw
	}
	byRaw[string(raw)] = v
}

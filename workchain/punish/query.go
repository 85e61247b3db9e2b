package punish

import (
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"strconv"

	"github.com/seshnet/seshnet/workchain/exec"
	"github.com/seshnet/seshnet/workchain/registry"
	"github.com/seshnet/seshnet/workchain/state"
)

// QuorumView is /quorum/<height>.
type QuorumView struct {
	Height  int64       `json:"height"`
	Quorums []TestsView `json:"quorums"`
}

// TestsView is one tested node and its testers.
type TestsView struct {
	Node    Hex   `json:"node"`
	Testers []Hex `json:"testers"`
}

// queryQuorum answers a height within the vote window (no quorums when
// that block tested nobody); any other height is not found.
func queryQuorum(kv state.KV, arg string) (any, error) {
	h, err := strconv.ParseInt(arg, 10, 64)
	if err != nil || h < 1 {
		return nil, fmt.Errorf("%w: height must be a positive decimal number", exec.ErrBadArgument)
	}
	s := newStore(kv)
	last, _ := s.now()
	lifetime := ParamStore.Get(exec.Context{KV: kv}).VoteLifetimeBlocks
	nodes, ok := s.quorum(h)
	if !ok && (h > last || h < last+1-lifetime) {
		return nil, fmt.Errorf("%w: no quorums kept for height %d (kept: the last %d heights up to %d)", exec.ErrNotFound, h, lifetime, last)
	}
	v := QuorumView{Height: h, Quorums: []TestsView{}}
	for _, node := range nodes {
		if t := s.test(h, node); t != nil {
			v.Quorums = append(v.Quorums, TestsView{Node: node, Testers: t.Testers})
		}
	}
	return v, readErr(s)
}

// Task is one test a tester can still vote on.
type Task struct {
	Height int64 `json:"height"`
	Node   Hex   `json:"node"`
}

// queryTests is /tests/<tester hex>: its tests still open to its vote
// (in the vote window, not voted), oldest first.
func queryTests(kv state.KV, arg string) (any, error) {
	tester, err := parseKey(arg)
	if err != nil {
		return nil, err
	}
	s := newStore(kv)
	last, _ := s.now()
	from := last + 1 - ParamStore.Get(exec.Context{KV: kv}).VoteLifetimeBlocks
	prefix := join(taskPrefix, tester)
	out := []Task{}
	err = kv.Iterate(prefix, func(key, _ []byte) bool {
		rest := key[len(prefix):]
		if len(rest) != 8+32 {
			return true
		}
		h := int64(binary.BigEndian.Uint64(rest))
		if h >= from {
			out = append(out, Task{Height: h, Node: append(Hex(nil), rest[8:]...)})
		}
		return true
	})
	if err != nil {
		return nil, fmt.Errorf("punish: %w", err)
	}
	open := out[:0]
	for _, t := range out {
		if raw, err := kv.Get(voteKey(t.Node, t.Height, tester)); err != nil {
			return nil, fmt.Errorf("punish: %w", err)
		} else if raw == nil {
			open = append(open, t)
		}
	}
	return open, readErr(s)
}

// VoteView is one vote on a node in the vote window.
type VoteView struct {
	Height int64 `json:"height"`
	Tester Hex   `json:"tester"`
	Pass   bool  `json:"pass"`
}

// NodeView is /punish/<node hex>. Times are block times, unix seconds.
type NodeView struct {
	Node  Hex                `json:"node"`
	State registry.NodeState `json:"state"`
	// CreditSeconds is the credit now (the last block's time): growing
	// while active, burning while decommissioned, frozen once the node
	// left. CreditHours is the same in hours, one decimal (rounded down).
	CreditSeconds    int64      `json:"credit_seconds"`
	CreditHours      string     `json:"credit_hours"`
	DecommissionedAt int64      `json:"decommissioned_at,omitempty"`
	CreditRunsOut    int64      `json:"credit_runs_out,omitempty"`
	Pending          bool       `json:"pending,omitempty"`
	Votes            []VoteView `json:"votes,omitempty"`
	LastReason       string     `json:"last_reason,omitempty"`
	DeregisteredTime int64      `json:"deregistered_time,omitempty"`
	LockedUntil      int64      `json:"locked_until,omitempty"`
	LiquidatableTime int64      `json:"liquidatable_time,omitempty"`
	// Liquidatable: deregistered, past its lock and buffer, and still held
	// by the contract. Honest bridges sign a liquidation only while it is
	// true (modules/bridge).
	Liquidatable bool `json:"liquidatable"`
	// Removed: the contract no longer holds the node's stake: the
	// registry recorded its liquidation (registry Keeper.Liquidated) or
	// the ServiceNodeExit that returned the rest (returned_amount). There
	// is nothing left to liquidate.
	Removed bool `json:"removed,omitempty"`
	// ExpectedSince is when the node was last expected to start serving:
	// the later of the time it became active (its registration, or its
	// recommission) and the chain's start (global.StartTime: a genesis
	// node registered at the genesis time, which may be long before the
	// chain makes its first blocks). 0 until the chain has started. A
	// tester does not fail a node that has sent no uptime proof yet before
	// expected_since + the uptime validity_seconds (docs/punishments.md,
	// "Start-up grace").
	ExpectedSince int64 `json:"expected_since,omitempty"`
}

func queryNode(kv state.KV, arg string) (any, error) {
	pub, err := parseKey(arg)
	if err != nil {
		return nil, err
	}
	return View(kv, pub)
}

// View is a node's punishment record as /punish/<hex> answers it (the
// application's /node joins it to the node's view).
func View(kv state.KV, pub []byte) (NodeView, error) {
	n, err := registry.New(kv).Node(pub)
	if err != nil {
		return NodeView{}, fmt.Errorf("%w: %w", exec.ErrNotFound, err)
	}
	s := newStore(kv)
	_, now := s.now()
	var expected int64
	if start := s.global().StartTime; start != 0 {
		expected = max(n.ActiveSinceTime, start)
	}
	r := s.node(pub)
	if r == nil {
		r = &nodeRec{Credit: ParamStore.Get(exec.Context{KV: kv}).CreditStartSeconds, CreditTime: now}
	}
	v := NodeView{
		Node: pub, State: n.Status(), DecommissionedAt: r.DecommissionedAt, CreditRunsOut: r.ExpiresAt, Pending: r.Pending,
		LastReason: r.LastReason, DeregisteredTime: r.DeregisteredTime, LockedUntil: r.LockedUntil, LiquidatableTime: r.LiquidatableTime,
		ExpectedSince: expected,
	}
	switch {
	case n.InActiveSet():
		v.CreditSeconds = activeCredit(ParamStore.Get(exec.Context{KV: kv}), r, now)
	case r.DecommissionedAt != 0:
		v.CreditSeconds = decommissionedCredit(r, now)
	default:
		v.CreditSeconds = r.Credit
	}
	v.CreditHours = fmt.Sprintf("%d.%d", v.CreditSeconds/3600, v.CreditSeconds%3600/360)
	if v.Removed, err = removed(kv, n); err != nil {
		return NodeView{}, fmt.Errorf("punish: %w", err)
	}
	v.Liquidatable = n.Stake == registry.StakeDeregistered && !v.Removed && r.LiquidatableTime > 0 && now >= r.LiquidatableTime
	prefix := join(votePrefix, pub)
	err = kv.Iterate(prefix, func(key, val []byte) bool {
		rest := key[len(prefix):]
		if len(rest) == 8+32 && len(val) == 1 {
			v.Votes = append(v.Votes, VoteView{Height: int64(binary.BigEndian.Uint64(rest)), Tester: append(Hex(nil), rest[8:]...), Pass: val[0] == 1})
		}
		return true
	})
	if err != nil {
		return NodeView{}, fmt.Errorf("punish: %w", err)
	}
	return v, readErr(s)
}

// removed reports whether the contract let go of n's stake: a liquidation
// recorded, or the exit that follows it (or follows the contract's own
// wait) with what it returned.
func removed(kv state.KV, n *registry.Node) (bool, error) {
	if n.ReturnedAmount != 0 {
		return true, nil
	}
	l, err := registry.New(kv).Liquidated(n.ServiceNodeID)
	return l != nil, err
}

// queryDecisions is /punishments: the last decisions (at most 1000),
// newest first.
func queryDecisions(kv state.KV, _ string) (any, error) {
	s := newStore(kv)
	g := s.global()
	out := []Decision{}
	for seq := g.NextLog - 1; seq >= 0 && seq >= g.NextLog-maxLog; seq-- {
		var d Decision
		if s.get(join(logPrefix, be64(seq)), &d) {
			out = append(out, d)
		}
	}
	return out, readErr(s)
}

func parseKey(arg string) ([]byte, error) {
	pub, err := hex.DecodeString(arg)
	if err != nil || len(pub) != 32 {
		return nil, fmt.Errorf("%w: node key must be 64 hex digits", exec.ErrBadArgument)
	}
	return pub, nil
}

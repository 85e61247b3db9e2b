package registry

import (
	"bytes"
	"crypto/ed25519"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"sort"

	"github.com/seshnet/seshnet/workchain/params"
	"github.com/seshnet/seshnet/workchain/state"
)

// State keys.
var (
	nodePrefix   = []byte(NodePrefix)
	uptimePrefix = []byte("reg/uptime/")
	idPrefix     = []byte("reg/id/")
	validatorsKy = []byte("reg/validators")
)

// Errors of the registry, mapped to codes by the application.
var (
	ErrUnknownNode = errors.New("unknown node")
	ErrNodeState   = errors.New("node cannot do this in its state")
	ErrBadProof    = errors.New("bad uptime proof")
	// ErrProofTooSoon is a proof less than uptime.min_interval_seconds of
	// block time after the node's last accepted one.
	ErrProofTooSoon = errors.New("uptime proof too soon")
)

// Keeper reads and writes the registry in a state KV.
type Keeper struct {
	kv   state.KV
	memo map[string]*Node
}

// New returns a keeper over kv.
func New(kv state.KV) Keeper { return Keeper{kv: kv} }

// NewMemo returns a keeper that remembers decoded nodes in memo, keyed by
// their stored bytes: the same bytes always decode to the same node, so the
// memo stays right whatever is written or rolled back. The caller bounds it
// (the app drops it at each Commit).
func NewMemo(kv state.KV, memo map[string]*Node) Keeper { return Keeper{kv: kv, memo: memo} }

func nodeKey(pub []byte) []byte   { return append(bytes.Clone(nodePrefix), pub...) }
func uptimeKey(pub []byte) []byte { return append(bytes.Clone(uptimePrefix), pub...) }
func idKey(id uint64) []byte      { return binary.BigEndian.AppendUint64(bytes.Clone(idPrefix), id) }

func getJSON(kv state.KV, key []byte, v any) (bool, error) {
	raw, err := kv.Get(key)
	if err != nil || raw == nil {
		return false, err
	}
	if err := json.Unmarshal(raw, v); err != nil {
		// State is written only by this package: a value that does not decode
		// means the store is corrupt, not that the input was bad.
		panic(fmt.Sprintf("registry: corrupt value at %q: %v", key, err))
	}
	return true, nil
}

func setJSON(kv state.KV, key []byte, v any) {
	raw, err := json.Marshal(v)
	if err != nil {
		panic(fmt.Sprintf("registry: encode %q: %v", key, err))
	}
	kv.Set(key, raw)
}

// Node returns the node with the Ed25519 key pub.
// The node is the caller's to change.
func (k Keeper) Node(pub []byte) (*Node, error) {
	raw, err := k.kv.Get(nodeKey(pub))
	if err != nil {
		return nil, err
	}
	if raw == nil {
		return nil, fmt.Errorf("%w %x", ErrUnknownNode, pub)
	}
	if n, ok := k.memo[string(raw)]; ok {
		return n.clone(), nil
	}
	var n Node
	if err := json.Unmarshal(raw, &n); err != nil {
		panic(fmt.Sprintf("registry: corrupt node %x: %v", pub, err))
	}
	if k.memo != nil {
		k.memo[string(raw)] = n.clone()
	}
	return &n, nil
}

// Add registers a new node after checking its stake and key uniqueness.
func (k Keeper) Add(p params.Registry, n *Node) error {
	if len(n.Ed25519) != ed25519.PublicKeySize {
		return fmt.Errorf("%w: ed25519 key is %d bytes", ErrStakeRule, len(n.Ed25519))
	}
	if len(n.BLS) != 64 {
		return fmt.Errorf("%w: bls key is %d bytes, want 64", ErrStakeRule, len(n.BLS))
	}
	if err := CheckStake(p, n.Contributors, n.FeeBP); err != nil {
		return err
	}
	if raw, err := k.kv.Get(nodeKey(n.Ed25519)); err != nil || raw != nil {
		return errors.Join(err, fmt.Errorf("%w: ed25519 %x", ErrKeyReuse, []byte(n.Ed25519)))
	}
	if raw, err := k.kv.Get(idKey(n.ServiceNodeID)); err != nil || raw != nil {
		return errors.Join(err, fmt.Errorf("%w: service node id %d", ErrKeyReuse, n.ServiceNodeID))
	}
	setJSON(k.kv, nodeKey(n.Ed25519), n)
	k.kv.Set(idKey(n.ServiceNodeID), n.Ed25519)
	return nil
}

// NodePrefix is where nodes live in state; a block that writes under it may
// have changed the validator set.
const NodePrefix = "reg/node/"

// SetNodeState moves a node to a new state at height (block time in unix
// seconds). Becoming active restarts its active-since clock.
func (k Keeper) SetNodeState(pub []byte, s NodeState, height, blockTime int64) error {
	n, err := k.Node(pub)
	if err != nil {
		return err
	}
	if n.State == s {
		return nil
	}
	if n.State == StateExited {
		return fmt.Errorf("%w: node %x has exited", ErrNodeState, pub)
	}
	if s == StateActive && n.UnlockTime != 0 {
		s = StateExiting // recommissioned after its exit request: it serves until the unlock
	}
	if n.State == s {
		return nil
	}
	n.State = s
	if s == StateActive {
		n.ActiveSinceHeight, n.ActiveSinceTime = height, blockTime
	}
	setJSON(k.kv, nodeKey(pub), n)
	return nil
}

// Nodes visits every node in key order until fn returns false.
func (k Keeper) Nodes(fn func(*Node) bool) error {
	var decodeErr error
	err := k.kv.Iterate(nodePrefix, func(key, v []byte) bool {
		var n Node
		if err := json.Unmarshal(v, &n); err != nil {
			decodeErr = fmt.Errorf("corrupt node at %x: %w", key, err)
			return false
		}
		return fn(&n)
	})
	return errors.Join(err, decodeErr)
}

// Uptime returns a node's last uptime proof, or nil.
func (k Keeper) Uptime(pub []byte) (*UptimeRecord, error) {
	var r UptimeRecord
	ok, err := getJSON(k.kv, uptimeKey(pub), &r)
	if !ok || err != nil {
		return nil, err
	}
	return &r, nil
}

// CheckUptimeProof checks that pub is a registered node that has not exited,
// that the proof's timestamp is close to blockTime (unix seconds) and that
// the node's last accepted proof is at least uptime.min_interval_seconds
// older: without a minimum one node could fill blocks with proofs.
func (k Keeper) CheckUptimeProof(p params.Uptime, pub []byte, proof UptimeProof, blockTime int64) error {
	n, err := k.Node(pub)
	if err != nil {
		return err
	}
	if n.State == StateExited {
		return fmt.Errorf("%w: node %x has exited", ErrNodeState, pub)
	}
	if err := CheckProofTime(p, proof.Timestamp, blockTime); err != nil {
		return err
	}
	return k.checkProofInterval(p, pub, blockTime)
}

func (k Keeper) checkProofInterval(p params.Uptime, pub []byte, blockTime int64) error {
	if p.MinIntervalSeconds <= 0 {
		return nil
	}
	last, err := k.Uptime(pub)
	if err != nil || last == nil {
		return err
	}
	if since := blockTime - last.BlockTime; since < p.MinIntervalSeconds {
		return fmt.Errorf("%w: %ds after the last one (height %d), minimum %ds", ErrProofTooSoon, since, last.Height, p.MinIntervalSeconds)
	}
	return nil
}

// ApplyUptimeProof checks and records a proof from the node pub, included at
// height with the given block time (unix seconds).
func (k Keeper) ApplyUptimeProof(p params.Uptime, pub []byte, proof UptimeProof, height, blockTime int64) error {
	if err := k.CheckUptimeProof(p, pub, proof, blockTime); err != nil {
		return err
	}
	setJSON(k.kv, uptimeKey(pub), UptimeRecord{UptimeProof: proof, Height: height, BlockTime: blockTime})
	return nil
}

// CheckProofTime refuses a proof whose timestamp is further than the clock
// tolerance from the reference time (the block's, never the local clock).
func CheckProofTime(p params.Uptime, ts, ref int64) error {
	if d := ts - ref; d > p.ClockToleranceSeconds || -d > p.ClockToleranceSeconds {
		return fmt.Errorf("%w: timestamp %d is %ds from block time %d, tolerance %ds", ErrBadProof, ts, d, ref, p.ClockToleranceSeconds)
	}
	return nil
}

// ActiveKeys lists the Ed25519 keys of active nodes, in key order.
func (k Keeper) ActiveKeys() ([][]byte, error) {
	var out [][]byte
	err := k.Nodes(func(n *Node) bool {
		if n.InActiveSet() {
			out = append(out, n.Ed25519)
		}
		return true
	})
	return out, err
}

// ComputeValidators chooses the validator set: active nodes, longest active
// first (then lowest service node id), at most max_validators, sorted by key.
func (k Keeper) ComputeValidators(p params.Registry) ([][]byte, error) {
	var active []*Node
	if err := k.Nodes(func(n *Node) bool {
		if n.InActiveSet() {
			active = append(active, n)
		}
		return true
	}); err != nil {
		return nil, err
	}
	sort.Slice(active, func(i, j int) bool {
		if active[i].ActiveSinceHeight != active[j].ActiveSinceHeight {
			return active[i].ActiveSinceHeight < active[j].ActiveSinceHeight
		}
		return active[i].ServiceNodeID < active[j].ServiceNodeID
	})
	if uint32(len(active)) > p.MaxValidators {
		active = active[:p.MaxValidators]
	}
	out := make([][]byte, len(active))
	for i, n := range active {
		out[i] = n.Ed25519
	}
	sort.Slice(out, func(i, j int) bool { return bytes.Compare(out[i], out[j]) < 0 })
	return out, nil
}

// Validators returns the stored validator set.
func (k Keeper) Validators() ([]Hex, error) {
	var set []Hex
	_, err := getJSON(k.kv, validatorsKy, &set)
	return set, err
}

// ValidatorUpdate is one change of the validator set for CometBFT.
type ValidatorUpdate struct {
	PubKey []byte
	Power  int64
}

// UpdateValidators recomputes the set, stores it and returns the changes
// against the stored one (power 0 removes), in key order. It never empties
// a stored set: with no active node left the stored set stays as it is.
func (k Keeper) UpdateValidators(p params.Registry) ([]ValidatorUpdate, error) {
	next, err := k.ComputeValidators(p)
	if err != nil {
		return nil, err
	}
	prev, err := k.Validators()
	if err != nil {
		return nil, err
	}
	if len(next) == 0 && len(prev) > 0 {
		// CometBFT halts on an empty validator set: the last validators stay
		// until an active node can take over.
		return nil, nil
	}
	inNext := map[string]bool{}
	for _, v := range next {
		inNext[string(v)] = true
	}
	inPrev := map[string]bool{}
	for _, v := range prev {
		inPrev[string(v)] = true
	}
	var ups []ValidatorUpdate
	for _, v := range prev {
		if !inNext[string(v)] {
			ups = append(ups, ValidatorUpdate{PubKey: v, Power: 0})
		}
	}
	for _, v := range next {
		if !inPrev[string(v)] {
			ups = append(ups, ValidatorUpdate{PubKey: v, Power: p.ValidatorPower})
		}
	}
	sort.Slice(ups, func(i, j int) bool { return bytes.Compare(ups[i].PubKey, ups[j].PubKey) < 0 })
	stored := make([]Hex, len(next))
	for i, v := range next {
		stored[i] = v
	}
	setJSON(k.kv, validatorsKy, stored)
	return ups, nil
}

package liveness

import (
	"errors"
	"fmt"
	"strconv"

	abci "github.com/cometbft/cometbft/abci/types"
	cmtproto "github.com/cometbft/cometbft/api/cometbft/types/v1"

	"github.com/seshnet/seshnet/workchain/exec"
	"github.com/seshnet/seshnet/workchain/registry"
	"github.com/seshnet/seshnet/workchain/state"
)

// Keeper runs the liveness and double-sign rules of one block.
type Keeper struct {
	reg Registry
	pun Punisher
}

// NewKeeper is the rules over reg and pun.
func NewKeeper(reg Registry, pun Punisher) Keeper { return Keeper{reg: reg, pun: pun} }

// Event types liveness emits.
const (
	EventLiveness = "liveness_fail"
	EventEvidence = "evidence"
)

// BeginBlock applies the block's evidence, then counts the last commit.
// Evidence first: a validator deregistered for double signing is not
// also failed for its missed commits.
func (k Keeper) BeginBlock(c exec.Context, b exec.Block) error {
	for _, m := range b.Misbehavior {
		if err := k.handleEvidence(c, m); err != nil {
			return err
		}
	}
	return k.handleCommit(c, ParamStore.Get(c), b.LastCommit)
}

// handleCommit records, for each validator of the last commit, whether it
// signed, fails those over the limit and drops the records of validators
// that left the set: O(validators) reads, and writes only for a
// validator whose count changes.
func (k Keeper) handleCommit(c exec.Context, p Params, commit abci.CommitInfo) error {
	if len(commit.Votes) == 0 {
		return nil // the first block has no last commit: nothing to count, nobody left
	}
	height := c.Height - 1 // the commit is of the previous height
	inSet := make(map[string]bool, len(commit.Votes))
	var created int64
	for _, v := range commit.Votes {
		addr := v.Validator.Address
		if len(addr) != addrLen || inSet[string(addr)] {
			continue // not an address CometBFT gives, or a vote seen twice
		}
		inSet[string(addr)] = true
		isNew, err := k.handleVote(c, p, height, addr, v.BlockIdFlag == cmtproto.BlockIDFlagAbsent)
		if err != nil {
			return fmt.Errorf("liveness of %x: %w", addr, err)
		}
		if isNew {
			created++
		}
	}
	return dropLeavers(c.KV, inSet, created)
}

// handleVote counts one validator's vote at height (absent: it missed the
// commit) and fails it when over the limit. x/slashing counts a vote for
// nil as signed (the validator was there) and so does this.
func (k Keeper) handleVote(c exec.Context, p Params, height int64, addr []byte, absent bool) (isNew bool, err error) {
	r, ok, err := getRecord(c.KV, addr)
	if err != nil {
		return false, err
	}
	if !ok {
		r = record{Since: height, Window: p.Window}
		setRecord(c.KV, addr, r)
	}
	if r.Window != p.Window {
		// The window changed: the bitmap's indexes mean other heights now.
		if r, err = reset(c.KV, addr, r, p.Window); err != nil {
			return !ok, err
		}
	}
	if r.Missed == 0 && !absent {
		return !ok, nil // no bit set anywhere: nothing to read or write
	}
	if r, err = count(c.KV, addr, r, height, absent); err != nil {
		return !ok, err
	}
	// A new validator is judged once it has been in the set a whole window
	// (x/slashing's start height + window); misses during its first window
	// count then.
	if r.Missed > p.MaxMissed && height-r.Since+1 >= p.Window {
		return !ok, k.fail(c, addr, r)
	}
	return !ok, nil
}

// count puts height's vote into addr's bitmap, in place of the vote of
// one window earlier, and keeps the missed count in step.
func count(kv state.KV, addr []byte, r record, height int64, absent bool) (record, error) {
	idx := height % r.Window
	was, err := missedAt(kv, addr, idx)
	if err != nil || was == absent {
		return r, err
	}
	if err := setMissed(kv, addr, r.Window, idx, absent); err != nil {
		return r, err
	}
	if absent {
		r.Missed++
	} else {
		r.Missed--
	}
	setRecord(kv, addr, r)
	return r, nil
}

// reset empties addr's window (after a failure, or when the window
// changes); since which height it is in the set stays.
func reset(kv state.KV, addr []byte, r record, window int64) (record, error) {
	r.Window, r.Missed = window, 0
	setRecord(kv, addr, r)
	return r, clearBits(kv, addr)
}

// fail tells the punishment rules that addr's node missed too many
// commits, once: the window starts again empty, so it is failed again
// only after as many new misses. A validator whose node is not serving
// (it is leaving the set) or that the registry does not know is not
// failed; a failure the punisher refuses is recorded and its writes
// dropped, never a halt of the chain.
func (k Keeper) fail(c exec.Context, addr []byte, r record) error {
	reason := fmt.Sprintf("missed %d of the last %d commits", r.Missed, r.Window)
	if _, err := reset(c.KV, addr, r, r.Window); err != nil {
		return err
	}
	ev := abci.Event{Type: EventLiveness, Attributes: []abci.EventAttribute{
		{Key: "address", Value: fmt.Sprintf("%x", addr), Index: true},
		{Key: "missed", Value: strconv.FormatInt(r.Missed, 10)},
		{Key: "window", Value: strconv.FormatInt(r.Window, 10)},
	}}
	n, err := k.reg.NodeByConsensusAddress(c, addr)
	switch {
	case errors.Is(err, registry.ErrUnknownNode):
		c.Emit(withResult(ev, nil, "skipped: unknown validator"))
		return nil
	case err != nil:
		return err
	case !n.InActiveSet():
		c.Emit(withResult(ev, n.Ed25519, "skipped: node "+string(n.Status())))
		return nil
	}
	if err := inCache(c, func(cc exec.Context) error { return k.pun.FailNode(cc, n.Ed25519, reason) }); err != nil {
		c.Emit(withResult(ev, n.Ed25519, "refused: "+err.Error()))
		return nil
	}
	c.Emit(withResult(ev, n.Ed25519, "failed"))
	return nil
}

func withResult(ev abci.Event, node []byte, result string) abci.Event {
	if node != nil {
		ev.Attributes = append(ev.Attributes, abci.EventAttribute{Key: "node", Value: fmt.Sprintf("%x", node), Index: true})
	}
	ev.Attributes = append(ev.Attributes, abci.EventAttribute{Key: "result", Value: result})
	return ev
}

// dropLeavers deletes the records of validators not in this commit. The
// stored count says whether any can exist: when every validator of the
// commit had a record before this block and there are as many records as
// validators, nobody left and nothing is read.
func dropLeavers(kv state.KV, inSet map[string]bool, created int64) error {
	count, err := getCount(kv)
	if err != nil {
		return err
	}
	if count+created == int64(len(inSet)) {
		if created > 0 {
			setCount(kv, count+created)
		}
		return nil
	}
	var gone [][]byte
	err = kv.Iterate(recordPrefix, func(key, _ []byte) bool {
		if addr := key[len(recordPrefix):]; !inSet[string(addr)] {
			gone = append(gone, append([]byte(nil), addr...))
		}
		return true
	})
	if err != nil {
		return err
	}
	for _, addr := range gone {
		kv.Delete(recordKey(addr))
		if err := clearBits(kv, addr); err != nil {
			return err
		}
	}
	setCount(kv, int64(len(inSet)))
	return nil
}

// handleEvidence applies one piece of CometBFT's evidence. A duplicate
// vote by a validator whose node still has its stake with the network
// deregisters the node at once with the double-sign penalty. Evidence
// against an address the registry does not know, or a node already gone
// (deregistered, exited), changes nothing. A light-client attack is
// recorded only (docs/punishments.md says why).
func (k Keeper) handleEvidence(c exec.Context, m abci.Misbehavior) error {
	ev := abci.Event{Type: EventEvidence, Attributes: []abci.EventAttribute{
		{Key: "type", Value: evidenceType(m.Type)},
		{Key: "address", Value: fmt.Sprintf("%x", m.Validator.Address), Index: true},
		{Key: "height", Value: strconv.FormatInt(m.Height, 10)},
	}}
	if m.Type != abci.MISBEHAVIOR_TYPE_DUPLICATE_VOTE {
		c.Emit(withResult(ev, nil, "recorded"))
		return nil
	}
	n, err := k.reg.NodeByConsensusAddress(c, m.Validator.Address)
	switch {
	case errors.Is(err, registry.ErrUnknownNode):
		c.Emit(withResult(ev, nil, "ignored: unknown validator"))
		return nil
	case err != nil:
		return err
	case !n.Staked():
		c.Emit(withResult(ev, n.Ed25519, "ignored: node "+string(n.Status())))
		return nil
	}
	change := registry.Change{Stake: registry.StakeDeregistered, Reason: ReasonDoubleSign, Penalty: registry.PenaltyDoubleSign}
	if err := inCache(c, func(cc exec.Context) error { _, err := k.reg.Transition(cc, n.Ed25519, change); return err }); err != nil {
		c.Emit(withResult(ev, n.Ed25519, "refused: "+err.Error()))
		return nil
	}
	c.Emit(withResult(ev, n.Ed25519, "deregistered"))
	return nil
}

// ReasonDoubleSign is the registry change's reason for a double signer.
const ReasonDoubleSign = "double sign"

func evidenceType(t abci.MisbehaviorType) string {
	switch t {
	case abci.MISBEHAVIOR_TYPE_DUPLICATE_VOTE:
		return "duplicate_vote"
	case abci.MISBEHAVIOR_TYPE_LIGHT_CLIENT_ATTACK:
		return "light_client_attack"
	}
	return "unknown"
}

// inCache runs fn in a cache of the block with its own event list, both
// kept only if it succeeds, as the application runs a transaction.
func inCache(c exec.Context, fn func(exec.Context) error) error {
	nest, ok := c.KV.(interface{ Cache() *state.Cache })
	if !ok {
		return fmt.Errorf("liveness: state %T cannot nest a cache", c.KV)
	}
	cache := nest.Cache()
	cc := c.WithKV(cache).WithEvents()
	if err := fn(cc); err != nil {
		return err
	}
	cache.Write()
	for _, ev := range cc.Events() {
		c.Emit(ev)
	}
	return nil
}

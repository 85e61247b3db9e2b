package punish

import (
	"encoding/json"
	"errors"
	"fmt"

	abci "github.com/cometbft/cometbft/abci/types"

	"github.com/seshnet/seshnet/workchain/exec"
	"github.com/seshnet/seshnet/workchain/registry"
)

// Keeper is the punishment rules over the registry. It holds no state: all
// it changes is in the context's KV. Other concerns (liveness) call
// FailNode on it.
type Keeper struct {
	reg Registry
}

// NewKeeper is the keeper over reg. Module(k) subscribes its hooks.
func NewKeeper(reg Registry) Keeper { return Keeper{reg: reg} }

// FailNode counts as a decided "fail" for node (liveness: a validator
// absent from too many commits): an active node is decommissioned while
// its credit allows, deregistered otherwise, in its turn within
// max_deactivations_per_block like any decision. A node that is not in
// the active set, or already has a decision waiting, is left as it is
// (nil). Only an unknown node is an error.
func (k Keeper) FailNode(c exec.Context, node []byte, reason string) error {
	n, err := k.reg.Keeper(c).Node(node)
	if err != nil {
		return fmt.Errorf("punish: fail node: %w", err)
	}
	s := newStore(c.KV)
	k.decideFail(c, s, n, reason)
	return *s.err
}

// decideFail queues a fail decision for an active node with none waiting.
func (k Keeper) decideFail(c exec.Context, s store, n *registry.Node, reason string) {
	if !n.InActiveSet() {
		return
	}
	r := k.record(c, s, n.Ed25519)
	if r.Pending {
		return
	}
	r.Pending = true
	s.setNode(n.Ed25519, r)
	k.enqueue(c, s, fifoEntry{Node: n.Ed25519, Kind: kindFail, Reason: reason, Height: c.Height})
}

// record is pub's record, or a new one with the starting credit (a node
// registered before this module ran).
func (k Keeper) record(c exec.Context, s store, pub []byte) *nodeRec {
	if r := s.node(pub); r != nil {
		return r
	}
	return &nodeRec{Credit: ParamStore.Get(c).CreditStartSeconds, CreditTime: c.Time}
}

func (k Keeper) enqueue(c exec.Context, s store, e fifoEntry) {
	g := s.global()
	s.set(join(fifoPrefix, be64(g.NextSeq)), e)
	g.NextSeq++
	g.FIFOLen++
	s.setGlobal(g)
}

// activeCredit is an active node's credit at now: what it had at its last
// change plus what it earned since, at most credit_max_seconds.
func activeCredit(p Params, r *nodeRec, now int64) int64 {
	return min(p.CreditMaxSeconds, r.Credit+p.gain(now-r.CreditTime))
}

// decommissionedCredit is what a decommissioned node has left at now.
func decommissionedCredit(r *nodeRec, now int64) int64 {
	return max(0, r.Credit-(now-r.DecommissionedAt))
}

// endBlock queues the decommissioned nodes whose credit ran out, then
// applies the waiting decisions, oldest first, at most
// max_deactivations_per_block of them (a decision about a node that
// changed meanwhile is dropped without counting).
func (k Keeper) endBlock(c exec.Context) error {
	s := newStore(c.KV)
	if err := k.queueExpired(c, s); err != nil {
		return err
	}
	p := ParamStore.Get(c)
	applied := uint32(0)
	for applied < p.MaxDeactivationsPerBlock {
		g := s.global()
		if g.FIFOLen == 0 {
			break
		}
		entries, keys := s.fifoHead(int(p.MaxDeactivationsPerBlock - applied))
		if len(entries) == 0 {
			break
		}
		for i, e := range entries {
			s.kv.Delete(keys[i])
			g = s.global()
			g.FIFOLen--
			s.setGlobal(g)
			did, err := k.apply(c, s, p, e)
			if err != nil {
				return fmt.Errorf("punish: apply %s of %x: %w", e.Kind, []byte(e.Node), err)
			}
			if did {
				applied++
			}
		}
	}
	return *s.err
}

// fifoHead is the first n waiting decisions and their keys.
func (s store) fifoHead(n int) ([]fifoEntry, [][]byte) {
	var entries []fifoEntry
	var keys [][]byte
	var raws [][]byte
	err := s.kv.Iterate(fifoPrefix, func(key, v []byte) bool {
		keys = append(keys, append([]byte(nil), key...))
		raws = append(raws, append([]byte(nil), v...))
		return len(keys) < n
	})
	s.fail(err)
	for i, raw := range raws {
		var e fifoEntry
		if err := json.Unmarshal(raw, &e); err != nil {
			panic(fmt.Sprintf("punish: corrupt %q: %v", keys[i], err))
		}
		entries = append(entries, e)
	}
	return entries, keys
}

// queueExpired moves the due entries of the expiry queue to the FIFO.
func (k Keeper) queueExpired(c exec.Context, s store) error {
	due, err := expiryQueue.PopDue(c.KV, c.Time)
	if err != nil {
		return fmt.Errorf("punish: %w", err)
	}
	for _, it := range due {
		r := s.node(it.ID)
		if r == nil || r.ExpiresAt != it.At || r.Pending {
			continue
		}
		r.Pending = true
		s.setNode(it.ID, r)
		k.enqueue(c, s, fifoEntry{Node: it.ID, Kind: kindExpire, Reason: "credit ran out while decommissioned", Height: c.Height})
	}
	return nil
}

// apply carries out one decision if it still holds and says whether it
// moved the node.
func (k Keeper) apply(c exec.Context, s store, p Params, e fifoEntry) (bool, error) {
	reg := k.reg.Keeper(c)
	n, err := reg.Node(e.Node)
	if err != nil {
		if errors.Is(err, registry.ErrUnknownNode) {
			return false, nil
		}
		return false, err
	}
	r := k.record(c, s, e.Node)
	r.Pending = false
	s.setNode(e.Node, r)
	var change registry.Change
	var decision string
	switch {
	case e.Kind == kindFail && n.InActiveSet():
		if credit := activeCredit(p, r, c.Time); credit < p.CreditStartSeconds {
			change = registry.Change{Stake: registry.StakeDeregistered, Reason: fmt.Sprintf("%s (credit %d s, under %d s)", e.Reason, credit, p.CreditStartSeconds)}
			decision = Deregister
		} else {
			change = registry.Change{Service: registry.ServiceDecommissioned, Reason: e.Reason}
			decision = Decommission
		}
	case e.Kind == kindExpire && n.Service == registry.ServiceDecommissioned && n.Staked() && r.ExpiresAt <= c.Time:
		change = registry.Change{Stake: registry.StakeDeregistered, Reason: e.Reason}
		decision = Deregister
	default:
		return false, nil // the node moved meanwhile (recommissioned, exited)
	}
	return true, k.transition(c, s, e.Node, change, decision)
}

// transition moves a node through the registry (its hooks, this module's
// among them, keep the credit and indexes), records the reason and logs
// the decision.
func (k Keeper) transition(c exec.Context, s store, node []byte, change registry.Change, decision string) error {
	if _, err := k.reg.Keeper(c).Transition(node, change); err != nil {
		return err
	}
	r := k.record(c, s, node)
	r.LastReason = change.Reason
	s.setNode(node, r)
	g := s.global()
	s.set(join(logPrefix, be64(g.NextLog)), Decision{Height: c.Height, Node: node, Decision: decision, Reason: change.Reason})
	if g.NextLog >= maxLog {
		s.kv.Delete(join(logPrefix, be64(g.NextLog-maxLog)))
	}
	g.NextLog++
	s.setGlobal(g)
	c.Emit(abci.Event{Type: "punish", Attributes: []abci.EventAttribute{
		{Key: "node", Value: fmt.Sprintf("%x", node), Index: true},
		{Key: "decision", Value: decision}, {Key: "reason", Value: change.Reason},
	}})
	return *s.err
}

// beginBlock forgets what is too old to vote on and chooses this block's
// tests.
func (k Keeper) beginBlock(c exec.Context, b exec.Block) error {
	s := newStore(c.KV)
	p := ParamStore.Get(c)
	prune(s, c.Height-p.VoteLifetimeBlocks)
	g := s.global()
	due := testsDue(p, &g, testedList.len(s), c.Time)
	if g.StartTime == 0 && g.LastTime != 0 {
		g.StartTime = c.Time // the first block after the initial one
	}
	g.LastTime, g.LastHeight = c.Time, c.Height
	s.setGlobal(g)
	k.selectTests(c, s, p, due, b.Hash)
	return *s.err
}

package registry

import (
	"fmt"

	abci "github.com/cometbft/cometbft/abci/types"
)

// Change is one state change of a node: the new service state and/or
// stake state (empty: unchanged), why, and the fields that come with it.
type Change struct {
	Service ServiceState
	Stake   StakeState
	Reason  string
	// UnlockTime is set with Stake exiting.
	UnlockTime int64
	// ReturnedAmount is set with Stake exited by the L2.
	ReturnedAmount uint64
	// Penalty is set with Stake deregistered by a punishment that carries
	// one (PenaltyDoubleSign); the node keeps it.
	Penalty string
}

// stakeMoves are the allowed stake transitions; exited and deregistered
// are final.
var stakeMoves = map[StakeState][]StakeState{
	StakeRegistered: {StakeExiting, StakeExited, StakeDeregistered},
	StakeExiting:    {StakeExited, StakeDeregistered},
}

func allowed(from, to StakeState) bool {
	for _, s := range stakeMoves[from] {
		if s == to {
			return true
		}
	}
	return false
}

// Transition is the one place a node's state changes. It refuses moves the
// state machine does not have (ErrNodeState), calls the hooks around the
// write, keeps the unlock queue in step, restarts the active-since clock
// when a node starts serving again, signals the end of the block and emits
// node_state. A change to the state the node is in is a no-op.
func (k Keeper) Transition(pub []byte, to Change) (*Node, error) {
	n, err := k.Node(pub)
	if err != nil {
		return nil, err
	}
	after, err := apply(n, to)
	if err != nil || after == nil {
		return n, err
	}
	if after.Stake == StakeExiting && n.Stake != StakeExiting && after.UnlockTime <= 0 {
		return nil, fmt.Errorf("%w: exiting needs an unlock time", ErrNodeState)
	}
	if k.hooks != nil {
		if err := k.hooks.BeforeNodeStateChange(k.c, n.clone(), to); err != nil {
			return nil, err
		}
	}
	if after.Service == ServiceActive && n.Service != ServiceActive {
		after.ActiveSinceHeight, after.ActiveSinceTime = k.c.Height, k.c.Time
	}
	if n.Stake == StakeExiting && after.Stake != StakeExiting {
		unlockQueue.Remove(k.c.KV, n.UnlockTime, pub)
	}
	if after.Stake == StakeExiting && n.Stake != StakeExiting {
		unlockQueue.Push(k.c.KV, after.UnlockTime, pub)
	}
	setJSON(k.c.KV, nodeKey(pub), after)
	k.c.Signal(SignalValidators)
	if n.InActiveSet() != after.InActiveSet() {
		k.c.Signal(SignalActiveSet)
	}
	k.c.Emit(abci.Event{Type: "node_state", Attributes: []abci.EventAttribute{
		{Key: "node", Value: fmt.Sprintf("%x", pub), Index: true},
		{Key: "service", Value: string(after.Service)}, {Key: "stake", Value: string(after.Stake)},
		{Key: "reason", Value: to.Reason},
	}})
	if k.hooks != nil {
		if err := k.hooks.AfterNodeStateChange(k.c, n.clone(), after.clone()); err != nil {
			return nil, err
		}
	}
	return after, nil
}

// apply returns the node after the change, nil when nothing changes, or
// why the change is not allowed.
func apply(n *Node, to Change) (*Node, error) {
	after := n.clone()
	if to.Stake != "" && to.Stake != n.Stake {
		if !allowed(n.Stake, to.Stake) {
			return nil, fmt.Errorf("%w: node %x cannot go from %s to %s", ErrNodeState, []byte(n.Ed25519), n.Stake, to.Stake)
		}
		after.Stake = to.Stake
		switch to.Stake {
		case StakeExiting:
			after.UnlockTime = to.UnlockTime
		case StakeExited:
			after.ReturnedAmount = to.ReturnedAmount
		case StakeDeregistered:
			after.Penalty = to.Penalty
		}
	}
	if to.Service != "" && to.Service != n.Service {
		if !n.Staked() || !after.Staked() {
			return nil, fmt.Errorf("%w: node %x has %s", ErrNodeState, []byte(n.Ed25519), after.Stake)
		}
		after.Service = to.Service
	}
	if after.Stake == n.Stake && after.Service == n.Service {
		return nil, nil
	}
	return after, nil
}

// UnlockDue moves the exiting nodes whose unlock time has come to exited
// (out of the active set) and returns how many.
func (k Keeper) UnlockDue() (int, error) {
	due, err := unlockQueue.Due(k.c.KV, k.c.Time)
	if err != nil {
		return 0, err
	}
	for _, it := range due {
		if _, err := k.Transition(it.ID, Change{Stake: StakeExited, Reason: "unlocked"}); err != nil {
			return 0, fmt.Errorf("unlock %x: %w", it.ID, err)
		}
		// Transition took it out; an entry left by older state goes too.
		unlockQueue.Remove(k.c.KV, it.At, it.ID)
	}
	return len(due), nil
}

package registry

import "github.com/seshnet/seshnet/workchain/exec"

// Hooks are called by the registry at each node state change, as
// x/staking's hooks feed x/distribution: rewards settle a node's share
// before it stops earning, punishments start or stop its credit. A hook
// gets copies it may keep. An error fails what caused the change (the
// transaction or L2 event, whose writes are dropped); in an end-of-block
// phase it halts the block, so a hook must not fail on valid state.
type Hooks interface {
	// AfterNodeCreated runs once a node is registered.
	AfterNodeCreated(c exec.Context, n *Node) error
	// BeforeNodeStateChange runs before a change is written; n is the node
	// as it is.
	BeforeNodeStateChange(c exec.Context, n *Node, to Change) error
	// AfterNodeStateChange runs after the change is written.
	AfterNodeStateChange(c exec.Context, before, after *Node) error
	// AfterStakeReturned runs once per node, after the registry recorded
	// what the L2 returned of its stake (the contract's ServiceNodeExit,
	// which comes after the node left by its unlock, or makes it leave).
	// Rewards credit the returned stake to the stakers then, as Session's
	// nodes do when they confirm that event (oxen-core
	// service_node_list.cpp, process_confirmed_event(ServiceNodeExit)).
	AfterStakeReturned(c exec.Context, n *Node) error
}

// MultiHooks calls each of its hooks in order, stopping at the first error.
type MultiHooks []Hooks

// AfterNodeCreated implements Hooks.
func (m MultiHooks) AfterNodeCreated(c exec.Context, n *Node) error {
	for _, h := range m {
		if err := h.AfterNodeCreated(c, n.clone()); err != nil {
			return err
		}
	}
	return nil
}

// BeforeNodeStateChange implements Hooks.
func (m MultiHooks) BeforeNodeStateChange(c exec.Context, n *Node, to Change) error {
	for _, h := range m {
		if err := h.BeforeNodeStateChange(c, n.clone(), to); err != nil {
			return err
		}
	}
	return nil
}

// AfterNodeStateChange implements Hooks.
func (m MultiHooks) AfterNodeStateChange(c exec.Context, before, after *Node) error {
	for _, h := range m {
		if err := h.AfterNodeStateChange(c, before.clone(), after.clone()); err != nil {
			return err
		}
	}
	return nil
}

// AfterStakeReturned implements Hooks.
func (m MultiHooks) AfterStakeReturned(c exec.Context, n *Node) error {
	for _, h := range m {
		if err := h.AfterStakeReturned(c, n.clone()); err != nil {
			return err
		}
	}
	return nil
}

// Signals the registry raises for the end of the block.
const (
	// SignalValidators: something the validator set depends on changed.
	SignalValidators = "registry/validators"
	// SignalActiveSet: a node entered or left the active set (swarms).
	SignalActiveSet = "registry/active-set"
)

package rewards

import (
	"github.com/seshnet/seshnet/workchain/exec"
	"github.com/seshnet/seshnet/workchain/registry"
)

// Hooks are the registry hooks that start, settle and stop each node's accumulator and credit returned
// stakes. They hold nothing: all they change is in the context's KV.
type Hooks struct{}

var _ registry.Hooks = Hooks{}

// AfterNodeCreated starts the node's wait for payability.
func (Hooks) AfterNodeCreated(c exec.Context, n *registry.Node) error {
	NewKeeper(c).created(n)
	return nil
}

// BeforeNodeStateChange settles the node while its state is the one it
// earned in.
func (Hooks) BeforeNodeStateChange(c exec.Context, n *registry.Node, _ registry.Change) error {
	NewKeeper(c).beforeChange(n)
	return nil
}

// AfterNodeStateChange stops or restarts the node's accumulator when it
// leaves or re-enters the active set.
func (Hooks) AfterNodeStateChange(c exec.Context, before, after *registry.Node) error {
	NewKeeper(c).afterChange(before, after)
	return nil
}

// AfterStakeReturned credits the stake the contract returned.
func (Hooks) AfterStakeReturned(c exec.Context, n *registry.Node) error {
	return NewKeeper(c).returnStake(n)
}

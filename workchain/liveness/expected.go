package liveness

import (
	"github.com/seshnet/seshnet/workchain/exec"
	"github.com/seshnet/seshnet/workchain/registry"
)

// Punisher is what liveness needs of the punishment rules
// (workchain/punish's Keeper): a validator that missed too many commits
// counts as a decided failed test of its node.
type Punisher interface {
	FailNode(c exec.Context, node []byte, reason string) error
}

// Registry is what liveness needs of the registry, as x/slashing's
// expected StakingKeeper: the node behind a validator's consensus address,
// and the one way to move it (with the subscribed hooks).
type Registry interface {
	NodeByConsensusAddress(c exec.Context, addr []byte) (*registry.Node, error)
	Transition(c exec.Context, pub []byte, to registry.Change) (*registry.Node, error)
}

// RegistryOf is the application's registry module as liveness uses it:
// each call goes through a keeper with the module's hooks, so a
// double-sign deregistration settles rewards and starts the punishment
// lock like any other.
func RegistryOf(m *registry.Module) Registry { return moduleRegistry{m} }

type moduleRegistry struct{ m *registry.Module }

func (r moduleRegistry) NodeByConsensusAddress(c exec.Context, addr []byte) (*registry.Node, error) {
	return r.m.Keeper(c).NodeByConsensusAddress(addr)
}

func (r moduleRegistry) Transition(c exec.Context, pub []byte, to registry.Change) (*registry.Node, error) {
	return r.m.Keeper(c).Transition(pub, to)
}

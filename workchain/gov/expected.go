package gov

import (
	"github.com/ethereum/go-ethereum/common"

	"github.com/seshnet/seshnet/workchain/exec"
	"github.com/seshnet/seshnet/workchain/registry"
)

// Registry is what governance needs of the registry, as x/gov's expected
// StakingKeeper: the nodes a staker contributed to (the staker index), a
// node, and every node (the tally). It reads only; the context's KV may be
// committed state (queries, CheckTx) or the block's.
type Registry interface {
	NodesOfStaker(c exec.Context, staker common.Address) ([][]byte, error)
	Node(c exec.Context, pub []byte) (*registry.Node, error)
	Nodes(c exec.Context, fn func(*registry.Node) bool) error
}

// ParamSpaces finds a module's parameters by its name: the application's
// router is one. A parameter change goes through the owner's guarded
// update (exec.ParamSpace.UpdateJSON with the authority "gov"), so
// governance never knows a parameter's rules.
type ParamSpaces interface {
	ParamSpace(module string) (exec.ParamSpace, bool)
}

// RegistryOf is the registry's state as governance reads it (no hooks:
// governance moves no node).
func RegistryOf() Registry { return stateRegistry{} }

type stateRegistry struct{}

func (stateRegistry) NodesOfStaker(c exec.Context, staker common.Address) ([][]byte, error) {
	return registry.NewKeeper(c, nil).NodesOfStaker(staker)
}

func (stateRegistry) Node(c exec.Context, pub []byte) (*registry.Node, error) {
	return registry.NewKeeper(c, nil).Node(pub)
}

func (stateRegistry) Nodes(c exec.Context, fn func(*registry.Node) bool) error {
	return registry.NewKeeper(c, nil).Nodes(fn)
}

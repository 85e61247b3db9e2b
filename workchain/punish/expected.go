package punish

import (
	"github.com/seshnet/seshnet/workchain/exec"
	"github.com/seshnet/seshnet/workchain/registry"
)

// Registry is what the punishment rules need of the registry: to be told
// of every node state change (registry.Hooks), and a keeper with every
// subscriber's hooks to move nodes (Transition) and read them.
// *registry.Module is one.
type Registry interface {
	AddHooks(h registry.Hooks)
	Keeper(c exec.Context) registry.Keeper
}

package rewards

import "github.com/seshnet/seshnet/workchain/registry"

// Registry is what rewards need of the registry: to be told of every node
// state change (registry.Hooks, and registry.StakeHooks for the stake the
// L2 returns at exit). Rewards read nothing else of it: a node's
// contributors and fee are copied into its accumulator at registration.
type Registry interface {
	AddHooks(h registry.Hooks)
}

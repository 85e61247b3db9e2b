package rewards

import "github.com/seshnet/seshnet/workchain/registry"

// Registry is what rewards need of the registry: to be told of every node
// state change and of the stake the L2 returns at exit (registry.Hooks). Rewards read nothing else of it: a node's
// contributors and fee are copied into its accumulator at registration.
type Registry interface {
	AddHooks(h registry.Hooks)
}

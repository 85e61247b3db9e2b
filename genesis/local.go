package genesis

import (
	"github.com/ethereum/go-ethereum/common"

	"github.com/seshnet/seshnet/workchain/registry"
	"github.com/seshnet/seshnet/workchain/swarm"
)

// LocalIDBase numbers the genesis nodes of local networks that are not on
// any L2: their ids stay clear of the ones an L2 contract hands out (1, 2...).
const LocalIDBase = 1_000_000

// LocalNode is a genesis node of a local network (seshd devnet, testnet):
// its keys and the operator that stakes it alone.
type LocalNode struct {
	Ed25519  []byte
	BLS      []byte // the BLS public key, 64 bytes
	Operator common.Address
}

// WithSoloNodes registers each node as solo-staked by its operator. On a
// network with a staking contract (doc.L2 set) the genesis nodes are seeded
// into the contract in genesis order (seshd l2 seed), which numbers them 1,
// 2...: they get those ids here. Without an L2 they are numbered from
// LocalIDBase+1, clear of any contract's.
func WithSoloNodes(doc Doc, nodes []LocalNode) Doc {
	first := uint64(LocalIDBase + 1)
	if doc.L2.StakingContract != (common.Address{}) {
		first = 1
	}
	first += uint64(len(doc.Registry.Nodes))
	for i, n := range nodes {
		doc.Registry.Nodes = append(doc.Registry.Nodes, Node{
			ServiceNodeID: first + uint64(i),
			Ed25519:       registry.Hex(n.Ed25519),
			BLS:           registry.Hex(n.BLS),
			Contributors: []registry.Contributor{{
				Staker: n.Operator, Beneficiary: n.Operator, Amount: doc.Registry.Params.StakingRequirement,
			}},
		})
	}
	return doc
}

// Local is the genesis of a tiny local network of validators nodes, with
// no nodes yet: swarms of one or a few nodes and proofs every minute, so
// things happen while you watch. Proofs have no minimum interval: a local
// network takes one sent by hand (seshd tx uptime-proof) or by seshd
// loadgen right after the node's own. Nodes earn after a minute.
func Local(validators int) Doc {
	d := Default()
	d.Swarm.Params = swarm.Params{MinSize: 1, IdealSize: uint32(min(validators, 3)), MaxSize: uint32(max(validators, 3))}
	d.Uptime.Params.IntervalSeconds = 60
	d.Uptime.Params.ValiditySeconds = 150
	d.Uptime.Params.MinIntervalSeconds = 0
	// A newcomer sees the operators' rewards grow within minutes.
	d.Rewards.Params.PayableAfterSeconds = 60
	return d
}

package genesis

import (
	"github.com/ethereum/go-ethereum/common"

	"github.com/seshnet/seshnet/workchain/punish"
	"github.com/seshnet/seshnet/workchain/registry"
	"github.com/seshnet/seshnet/workchain/swarm"
)

// LocalIDBase numbers the genesis nodes of local networks that are not
// seeded into an L2 contract: their ids stay clear of the ones the contract
// hands out (1, 2...).
const LocalIDBase = 1_000_000

// LocalNode is a genesis node of a local network (seshd devnet, testnet):
// its keys and the operator that stakes it alone.
type LocalNode struct {
	Ed25519  []byte
	BLS      []byte // the BLS public key, 64 bytes
	Operator common.Address
}

// WithSoloNodes registers each node as solo-staked by its operator, with
// ids from LocalIDBase+1 on, clear of the ids a staking contract hands out.
func WithSoloNodes(doc Doc, nodes []LocalNode) Doc {
	return withSoloNodes(doc, nodes, LocalIDBase+1)
}

// WithSeededNodes is WithSoloNodes for a network whose genesis nodes are
// seeded into its staking contract before it starts (seshd l2 seed, or the
// devnet's own L2): seedPublicKeyList numbers them 1, 2... in the order
// given, so genesis gives them those ids, after any nodes already there.
func WithSeededNodes(doc Doc, nodes []LocalNode) Doc {
	return withSoloNodes(doc, nodes, 1)
}

func withSoloNodes(doc Doc, nodes []LocalNode, first uint64) Doc {
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
// Proposals are voted on for 30 s; an operator's stake may propose.
func Local(validators int) Doc {
	d := Default()
	d.Swarm.Params = swarm.Params{MinSize: 1, IdealSize: uint32(min(validators, 3)), MaxSize: uint32(max(validators, 3))}
	d.Uptime.Params.IntervalSeconds = 60
	d.Uptime.Params.ValiditySeconds = 150
	d.Uptime.Params.MinIntervalSeconds = 0
	// A newcomer sees the operators' rewards grow within minutes.
	d.Rewards.Params.PayableAfterSeconds = 60
	d.Punish.Params = LocalPunish(d.Punish.Params, validators)
	// A newcomer proposes and passes a change in a minute: votes close
	// after 30 s, and each operator's solo stake is enough to propose.
	d.Gov.Params.VotingPeriodSeconds = 30
	d.Gov.Params.MinProposerStake = d.Registry.Params.StakingRequirement
	return d
}

// LocalPunish sizes the quorums to a network of validators nodes: every
// other node tests (at most 10), a majority of them decides (4 validators:
// quorums of 3, 2 votes; 1 validator: a quorum of 1 that never forms,
// since a node does not test itself, so nothing is ever voted and the
// chain runs on), and each node is tested about every minute, so that a
// node whose storage stops is decommissioned within a couple of minutes.
func LocalPunish(p punish.Params, validators int) punish.Params {
	q := uint32(min(max(validators-1, 1), 10))
	p.QuorumSize, p.VotesNeeded = q, q/2+1
	p.TestPeriodSeconds = 60
	return p
}

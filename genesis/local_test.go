package genesis

import (
	"bytes"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"
)

// A local network's genesis (devnet, testnet) is a valid document: every
// node solo-staked at the requirement by its operator, ids from
// LocalIDBase+1, parameters that pass validation for any size, and the
// workchain's initial validators are those nodes.
func TestLocalGenesis(t *testing.T) {
	for _, validators := range []int{1, 2, 4, 10} {
		var nodes []LocalNode
		for i := range validators {
			nodes = append(nodes, LocalNode{
				Ed25519: bytes.Repeat([]byte{byte(i + 1)}, 32), BLS: bytes.Repeat([]byte{byte(i + 1)}, 64),
				Operator: common.BytesToAddress([]byte{byte(i + 1)}),
			})
		}
		d := WithSoloNodes(Local(validators), nodes)
		require.NoError(t, d.Validate(), "%d validators", validators)
		require.Len(t, d.Registry.Nodes, validators)
		require.Equal(t, int64(60), d.Rewards.Params.PayableAfterSeconds, "a newcomer sees rewards within minutes")
		require.Equal(t, uint64(30), d.Gov.Params.VotingPeriodSeconds, "a proposal passes within a minute")
		require.Equal(t, d.Registry.Params.StakingRequirement, d.Gov.Params.MinProposerStake, "each operator's solo stake may propose")
		for i, n := range d.Registry.Nodes {
			require.Equal(t, uint64(LocalIDBase+i+1), n.ServiceNodeID)
			require.Equal(t, d.Registry.Params.StakingRequirement, n.Contributors[0].Amount)
			require.Equal(t, nodes[i].Operator, n.Contributors[0].Staker)
		}
		gd, err := Build("local-test", d, time.Unix(1_700_000_000, 0))
		require.NoError(t, err)
		require.Len(t, gd.Validators, min(validators, int(d.Registry.Params.MaxValidators)))
	}
}

// Genesis nodes to be seeded into a staking contract are numbered 1, 2...
// in genesis order, the ids seedPublicKeyList gives them when seshd l2 seed
// seeds them in that order; nodes added later continue the count.
func TestSeededGenesisNumbersAsTheContractSeeds(t *testing.T) {
	nodes := func(from, n int) []LocalNode {
		var out []LocalNode
		for i := from; i < from+n; i++ {
			out = append(out, LocalNode{Ed25519: bytes.Repeat([]byte{byte(i + 1)}, 32), BLS: bytes.Repeat([]byte{byte(i + 1)}, 64),
				Operator: common.BytesToAddress([]byte{byte(i + 1)})})
		}
		return out
	}
	d := Local(4)
	d.L2.ChainID, d.L2.StakingContract, d.L2.ConfirmationDepth = 1337, common.HexToAddress("0x5ea1"), 2
	d = WithSeededNodes(d, nodes(0, 3))
	d = WithSeededNodes(d, nodes(3, 1))
	require.NoError(t, d.Validate())
	for i, n := range d.Registry.Nodes {
		require.Equal(t, uint64(i+1), n.ServiceNodeID)
	}
}

// A local network's quorums are sized to it: every other node tests (at
// most 10) and a majority of them decides; a one-node network has quorums
// that never form, so it never votes and never stops.
func TestLocalQuorumsFitTheNetwork(t *testing.T) {
	for _, tc := range []struct {
		validators          int
		quorum, votesNeeded uint32
	}{
		{1, 1, 1}, {2, 1, 1}, {4, 3, 2}, {5, 4, 3}, {6, 5, 3}, {11, 10, 6}, {40, 10, 6},
	} {
		p := Local(tc.validators).Punish.Params
		require.Equal(t, tc.quorum, p.QuorumSize, "%d validators", tc.validators)
		require.Equal(t, tc.votesNeeded, p.VotesNeeded, "%d validators", tc.validators)
		require.Equal(t, int64(60), p.TestPeriodSeconds)
		require.NoError(t, p.Validate())
	}
}

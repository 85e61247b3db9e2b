package bindings

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"
)

// A node through the contribution contract: the operator opens it with a
// 5% fee and reserves a slot for A; the operator contributes first; B is
// refused under the public minimum; C joins and withdraws before
// finalization; B and then A fill the stake, which registers the node with
// three contributors (operator first) on ServiceNodeRewards.
func TestContributionContract(t *testing.T) {
	_, op := account(t)
	_, a := account(t)
	_, b := account(t)
	_, cc := account(t)
	c := newChain(t, true, op, a, b, cc)
	k := newBLSKey(t)
	ed := edKey(7)
	pop := c.aggregate(c.popMessage(k, op.From, ed), []blsKey{k})
	quarter := new(big.Int).Div(requirement, big.NewInt(4)) // 6,250 SESH
	reservedA := stakeAmount(5_000)
	reserved := []ServiceNodeContributionReservedContributor{{Addr: op.From, Amount: quarter}, {Addr: a.From, Amount: reservedA}}
	key := ServiceNodeContributionG1Point(g1Point(k))
	sig := ServiceNodeContributionBLSSignatureParams(pop)
	snp := ServiceNodeContributionServiceNodeParams(params(ed, 500))

	// A proof of possession for another operator is refused at deployment.
	_, _, _, err := DeployServiceNodeContribution(a, c.backend.Client(), c.addr, maxContribs, key, sig, snp, reserved, a.From, false)
	revertedWith(t, err, "InvalidBLSProofOfPossession")
	// The fee is at most 10000 basis points.
	bad := snp
	bad.Fee = 10_001
	_, _, _, err = DeployServiceNodeContribution(op, c.backend.Client(), c.addr, maxContribs, key, sig, bad, reserved, op.From, false)
	revertedWith(t, err, "FeeExceedsPossibleValue")

	addr, _, sc, err := DeployServiceNodeContribution(op, c.backend.Client(), c.addr, maxContribs, key, sig, snp, reserved, op.From, false)
	require.NoError(t, err)
	c.backend.Commit()
	for _, u := range []*bind.TransactOpts{op, a, b, cc} {
		c.mined(c.token.Approve(u, addr, fundsPerUser))
	}

	_, err = sc.ContributeFunds(b, stakeAmount(10_000), common.Address{})
	revertedWith(t, err, "FirstContributionMustBeOperator")
	c.mined(sc.ContributeFunds(op, quarter, common.Address{}))

	// The public minimum: what is neither contributed nor reserved
	// (25,000 - 6,250 - 5,000) over the free slots (10 - 2), rounded up.
	min, err := sc.MinimumContribution(nil)
	require.NoError(t, err)
	free := new(big.Int).Sub(new(big.Int).Sub(requirement, quarter), reservedA)
	require.Equal(t, new(big.Int).Div(new(big.Int).Add(free, big.NewInt(7)), big.NewInt(8)), min)
	_, err = sc.ContributeFunds(b, new(big.Int).Sub(min, big.NewInt(1)), common.Address{})
	revertedWith(t, err, "ContributionBelowMinAmount")
	_, err = sc.ContributeFunds(a, new(big.Int).Sub(reservedA, big.NewInt(1)), common.Address{})
	revertedWith(t, err, "ContributionBelowReservedAmount")

	// C joins and leaves: not before WITHDRAWAL_DELAY, then refunded.
	before := c.balance(cc.From)
	c.mined(sc.ContributeFunds(cc, stakeAmount(2_000), common.Address{}))
	_, err = sc.WithdrawContribution(cc)
	revertedWith(t, err, "WithdrawTooEarly")
	c.wait(24 * time.Hour)
	c.mined(sc.WithdrawContribution(cc))
	require.Equal(t, before, c.balance(cc.From))

	// B takes everything not reserved; A's reservation completes the stake
	// and the contract registers the node.
	_, err = sc.ContributeFunds(b, new(big.Int).Add(free, big.NewInt(1)), common.Address{})
	revertedWith(t, err, "ContributionExceedsStakingRequirement")
	c.mined(sc.ContributeFunds(b, free, common.Address{}))
	r := c.mined(sc.ContributeFunds(a, reservedA, common.Address{}))
	status, err := sc.Status(nil)
	require.NoError(t, err)
	require.Equal(t, uint8(3), status, "Finalized")

	var ev *ServiceNodeRewardsNewServiceNodeV2
	for _, lg := range r.Logs {
		if e, err := c.staking.ParseNewServiceNodeV2(*lg); err == nil && lg.Address == c.addr {
			ev = e
		}
	}
	require.NotNil(t, ev, "registered in the same transaction")
	require.Equal(t, addr, ev.Initiator, "the contribution contract registers")
	require.Equal(t, uint16(500), ev.ServiceNode.Fee)
	require.Equal(t, []ServiceNodeRewardsContributor{
		contributor(op.From, quarter), contributor(b.From, free), contributor(a.From, reservedA),
	}, ev.Contributors)
	require.Equal(t, requirement, c.balance(c.addr))
	require.Zero(t, c.balance(addr).Sign())
	sn, err := c.staking.ServiceNodes(nil, ev.ServiceNodeID)
	require.NoError(t, err)
	require.Equal(t, op.From, sn.Operator)

	// After finalization nothing more is accepted. B (13,750 of 25,000) may
	// request the exit at once; A (5,000, under a quarter) must wait
	// SMALL_CONTRIBUTOR_LEAVE_DELAY after registration.
	_, err = sc.ContributeFunds(cc, stakeAmount(2_000), common.Address{})
	revertedWith(t, err, "ContributeFundsNotPossible")
	_, err = c.staking.InitiateExitBLSPublicKey(a, ev.ServiceNodeID)
	revertedWith(t, err, "SmallContributorLeaveTooEarly")
	c.mined(c.staking.InitiateExitBLSPublicKey(b, ev.ServiceNodeID))
}

// calcMinimumContribution is upstream's rule: a quarter (rounded up) for the
// operator, the remainder over the free slots (rounded up) after.
func TestMinimumContributionRule(t *testing.T) {
	_, op := account(t)
	c := newChain(t, true, op)
	k := newBLSKey(t)
	pop := c.aggregate(c.popMessage(k, op.From, edKey(1)), []blsKey{k})
	_, _, sc, err := DeployServiceNodeContribution(op, c.backend.Client(), c.addr, maxContribs,
		ServiceNodeContributionG1Point(g1Point(k)), ServiceNodeContributionBLSSignatureParams(pop),
		ServiceNodeContributionServiceNodeParams(params(edKey(1), 0)), nil, op.From, true)
	require.NoError(t, err)
	c.backend.Commit()
	for _, tc := range []struct{ remaining, n, max, want int64 }{
		{100, 0, 10, 25}, {101, 0, 10, 26}, {100, 9, 10, 100}, {100, 1, 10, 12}, {90, 1, 10, 10},
	} {
		got, err := sc.CalcMinimumContribution(nil, big.NewInt(tc.remaining), big.NewInt(tc.n), big.NewInt(tc.max))
		require.NoError(t, err)
		require.Equal(t, tc.want, got.Int64(), "%+v", tc)
	}
	_, err = sc.CalcMinimumContribution(nil, big.NewInt(100), big.NewInt(10), big.NewInt(10))
	require.Error(t, err)
}

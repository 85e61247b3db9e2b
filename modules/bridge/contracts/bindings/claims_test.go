package bindings

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"
)

func (c *chain) recipient(a common.Address) (rewards, claimed *big.Int) {
	c.t.Helper()
	r, err := c.staking.Recipients(nil, a)
	require.NoError(c.t, err)
	return r.Rewards, r.Claimed
}

// Claims: the network signs cumulative totals; a lower or equal total, too
// many non-signers, a duplicate non-signer or a signature over another
// amount is refused; claims pay the unclaimed part within the per-cycle cap.
func TestRewardsBalanceAndClaims(t *testing.T) {
	_, op := account(t)
	_, who := account(t)
	c := newChain(t, true, op, who)
	// Cap and cycle are set before any claim: the cycle number is
	// block.timestamp / claimCycle, so changing the cycle later shifts it.
	c.mined(c.staking.SetClaimThreshold(c.owner, big.NewInt(500)))
	c.mined(c.staking.SetClaimCycle(c.owner, big.NewInt(int64(24*time.Hour/time.Second))))
	fundMore(c, op, 6)
	ids := c.registerMany(op, 6)
	threshold, err := c.staking.BlsNonSignerThreshold(nil)
	require.NoError(t, err)
	require.Equal(t, int64(2), threshold.Int64(), "min(6/3, 4000)")

	update := func(amount int64, signers []blsKey, nonSigners []uint64) error {
		sig := c.aggregate(c.rewardMessage(who.From, big.NewInt(amount)), signers)
		_, err := c.mined2(c.staking.UpdateRewardsBalance(who, who.From, big.NewInt(amount), sig, nonSigners))
		return err
	}
	require.NoError(t, update(100, c.signers(), nil))
	ev, err := c.staking.FilterRewardsBalanceUpdated(&bind.FilterOpts{Start: 0}, []common.Address{who.From})
	require.NoError(t, err)
	require.True(t, ev.Next())
	require.Equal(t, int64(100), ev.Event.Amount.Int64())
	require.Zero(t, ev.Event.PreviousBalance.Sign())

	revertedWith(t, update(50, c.signers(), nil), "RecipientRewardsTooLow")
	revertedWith(t, update(100, c.signers(), nil), "RecipientRewardsTooLow")
	revertedWith(t, update(200, c.signers(ids[0], ids[1], ids[2]), ids[:3]), "InsufficientBLSSignatures")
	// Upstream does not check the ids for duplicates: listing a non-signer
	// twice subtracts its key twice from the aggregate and the signature no
	// longer verifies. An id that is no node subtracts nothing.
	revertedWith(t, update(200, c.signers(ids[0]), []uint64{ids[0], ids[0]}), "InvalidBLSSignature")
	revertedWith(t, update(200, c.signers(), []uint64{ids[0]}), "InvalidBLSSignature")
	require.NoError(t, update(200, c.signers(ids[0]), []uint64{ids[0], 999}))
	// A signature over another amount.
	sig := c.aggregate(c.rewardMessage(who.From, big.NewInt(300)), c.signers())
	_, err = c.staking.UpdateRewardsBalance(who, who.From, big.NewInt(400), sig, nil)
	revertedWith(t, err, "InvalidBLSSignature")
	// Or another recipient.
	_, err = c.staking.UpdateRewardsBalance(op, op.From, big.NewInt(300), sig, nil)
	revertedWith(t, err, "InvalidBLSSignature")
	rewards, claimed := c.recipient(who.From)
	require.Equal(t, int64(200), rewards.Int64())
	require.Zero(t, claimed.Sign())

	// Claims, from the start of a cycle so that the first three claims
	// share one (block times follow the wall clock).
	c.wait(time.Duration(86400-c.now()%86400) * time.Second)
	before := c.balance(who.From)
	c.mined(c.staking.ClaimRewards0(who))
	require.Equal(t, int64(200), new(big.Int).Sub(c.balance(who.From), before).Int64())
	_, err = c.staking.ClaimRewards(who, big.NewInt(1))
	revertedWith(t, err, "MaxClaimExceeded")
	require.NoError(t, update(1000, c.signers(), nil))
	// 200 already claimed in this cycle, cap 500.
	_, err = c.staking.ClaimRewards0(who)
	revertedWith(t, err, "ClaimThresholdExceeded")
	c.mined(c.staking.ClaimRewards(who, big.NewInt(300)))
	_, err = c.staking.ClaimRewards(who, big.NewInt(1))
	revertedWith(t, err, "ClaimThresholdExceeded")
	c.wait(24 * time.Hour)
	c.mined(c.staking.ClaimRewards0(who))
	rewards, claimed = c.recipient(who.From)
	require.Equal(t, rewards, claimed)
	require.Equal(t, int64(1000), new(big.Int).Sub(c.balance(who.From), before).Int64())
	claims, err := c.staking.FilterRewardsClaimed(&bind.FilterOpts{Start: 0}, []common.Address{who.From})
	require.NoError(t, err)
	var sum int64
	for claims.Next() {
		sum += claims.Event.Amount.Int64()
	}
	require.Equal(t, int64(1000), sum)
}

// mined2 is mined returning the error instead of failing.
func (c *chain) mined2(tx interface{ Hash() common.Hash }, err error) (bool, error) {
	if err != nil {
		return false, err
	}
	c.backend.Commit()
	r, err := c.backend.Client().TransactionReceipt(context.Background(), tx.Hash())
	if err != nil {
		return false, err
	}
	return r.Status == 1, nil
}

// The pool releases balance * 15.1% * elapsed / 365 days since the last
// payout, rounded down, to the staking contract.
func TestRewardPoolPayout(t *testing.T) {
	_, stranger := account(t)
	c := newChain(t, true, stranger)
	funded := stakeAmount(40_000_000)
	c.mined(c.token.Mint(c.owner, c.poolA, funded))
	last, err := c.pool.LastPaidOutTime(nil)
	require.NoError(t, err)

	payout := func() (released *big.Int, at uint64) {
		r := c.mined(c.pool.PayoutReleased(c.owner))
		ev, err := c.pool.ParseFundsReleased(*r.Logs[0])
		require.NoError(t, err)
		h, err := c.backend.Client().HeaderByNumber(context.Background(), r.BlockNumber)
		require.NoError(t, err)
		return ev.Amount, h.Time
	}
	want := func(balance *big.Int, elapsed uint64) *big.Int {
		v := new(big.Int).Mul(balance, big.NewInt(151))
		v.Mul(v, new(big.Int).SetUint64(elapsed))
		return v.Div(v, big.NewInt(1000*365*24*3600))
	}

	c.wait(30 * 24 * time.Hour)
	got, at := payout()
	require.Equal(t, want(funded, at-last.Uint64()), got)
	require.Equal(t, got, c.balance(c.addr), "paid to the staking contract")
	left := new(big.Int).Sub(funded, got)

	// Simple interest on what is left, over the next period.
	rate, err := c.pool.RewardRate(nil)
	require.NoError(t, err)
	require.Equal(t, want(left, 120), rate, "per 2 minutes")
	c.wait(365 * 24 * time.Hour)
	got2, at2 := payout()
	require.Equal(t, want(left, at2-at), got2)
	total, err := c.pool.TotalPaidOut(nil)
	require.NoError(t, err)
	require.Equal(t, new(big.Int).Add(got, got2), total)
	// A year or a little more: at least 15.1% of what was left.
	require.GreaterOrEqual(t, got2.Cmp(new(big.Int).Div(new(big.Int).Mul(left, big.NewInt(151)), big.NewInt(1000))), 0)

	_, err = c.pool.SetBeneficiary(stranger, common.Address{1})
	revertedWith(t, err, "OwnableUnauthorizedAccount")
}

// Gas of updateRewardsBalance among 100 seeded nodes, with no non-signer
// and with the most allowed (100/3 = 33). Gas is deterministic; the bound
// only catches a regression that would not fit a block.
func TestUpdateRewardsBalanceGas(t *testing.T) {
	who := fixedAccount(t, "recipient")
	c := newChain(t, false, who)
	var nodes []ServiceNodeRewardsSeedServiceNode
	for i := 0; i < 100; i++ {
		k := newBLSKey(t)
		c.keys[uint64(i+1)] = k
		nodes = append(nodes, seedNode(k, byte(i+1), who.From))
	}
	// Ten at a time: a transaction may use at most 2^24 gas (EIP-7825).
	for i := 0; i < 100; i += 10 {
		c.mined(c.staking.SeedPublicKeyList(c.owner, nodes[i:i+10]))
	}
	c.mined(c.staking.Start(c.owner))
	threshold, err := c.staking.BlsNonSignerThreshold(nil)
	require.NoError(t, err)
	require.Equal(t, int64(33), threshold.Int64())

	var none []uint64
	third := make([]uint64, 33)
	for i := range third {
		third[i] = uint64(3*i + 1)
	}
	for i, nonSigners := range [][]uint64{none, third} {
		amount := big.NewInt(int64(1000 * (i + 1)))
		sig := c.aggregate(c.rewardMessage(who.From, amount), c.signers(nonSigners...))
		r := c.mined(c.staking.UpdateRewardsBalance(who, who.From, amount, sig, nonSigners))
		t.Logf("updateRewardsBalance, 100 nodes, %d non-signers: %d gas", len(nonSigners), r.GasUsed)
		require.Less(t, r.GasUsed, uint64(5_000_000))
	}
}

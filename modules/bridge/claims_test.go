package bridge

import (
	"context"
	"encoding/json"
	"math/big"
	"testing"

	"github.com/rs/zerolog"
	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/core/bls"
	"github.com/seshnet/seshnet/core/l2event"
	"github.com/seshnet/seshnet/modules/bridge/devchain"
	"github.com/seshnet/seshnet/modules/bridge/l2sign"
)

// signReward is the network's signature over rewardTag ‖ recipient ‖
// cumulative, made with the one registered node's BLS key (register's
// seed+1000): with a single node the contract allows no non-signer.
func signReward(t *testing.T, c *devchain.Chain, seed byte, op devchain.Account, cumulative *big.Int) {
	t.Helper()
	sk, err := bls.SecretKeyFromBig(big.NewInt(int64(seed) + 1000))
	require.NoError(t, err)
	tag, err := c.Staking.RewardTag(nil)
	require.NoError(t, err)
	dst, err := c.Staking.HashToG2Tag(nil)
	require.NoError(t, err)
	msg, err := bls.RewardMessage(tag, op.Opts.From, cumulative)
	require.NoError(t, err)
	sig, err := bls.Sign(sk, msg, dst)
	require.NoError(t, err)
	_, err = c.Mined(c.Staking.UpdateRewardsBalance(op.Opts, op.Opts.From, cumulative, l2sign.Params(sig), nil))
	require.NoError(t, err)
}

// TestWitnessReportsRewardEvents: a balance signed by the network and two
// claims on the contract reach the witness's observation as
// KindRewardsBalance and KindRewardsClaimed, in L2 order, with the exact
// amounts (256-bit ones too) and the recipient.
func TestWitnessReportsRewardEvents(t *testing.T) {
	c, op := newDevchain(t)
	head, err := c.Backend.Client().HeaderByNumber(context.Background(), nil)
	require.NoError(t, err)
	s, err := NewScanner(ScanConfig{Contract: c.StakingAddr, Depth: 1, StartBlock: head.Number.Uint64()},
		[]Chain{c.Backend.Client()}, t.TempDir(), zerolog.Nop())
	require.NoError(t, err)

	register(t, c, op, 1)
	signReward(t, c, 1, op, big.NewInt(5_000_000_123))
	_, err = c.Mined(c.Staking.ClaimRewards(op.Opts, big.NewInt(1_000_000_000)))
	require.NoError(t, err)
	_, err = c.Mined(c.Staking.ClaimRewards0(op.Opts)) // the rest: 4_000_000_123
	require.NoError(t, err)
	// A signed total beyond 64 bits (not claimable: the contract does not
	// hold that much, but the balance is the L2's all the same).
	huge, ok := new(big.Int).SetString("1180591620717411303424", 10) // 2^70
	require.True(t, ok)
	signReward(t, c, 1, op, huge)
	c.Backend.Commit() // depth 1
	require.NoError(t, s.Scan(context.Background()))

	obs := s.Observation(l2event.Cursor{})
	again, err := l2event.Decode(obs.Encode())
	require.NoError(t, err, "a well-formed extension")
	var claims []l2event.RewardsClaimed
	var balances []l2event.RewardsBalance
	var kinds []byte
	for _, e := range again.Events {
		switch e.Kind {
		case l2event.KindRewardsClaimed:
			r, err := l2event.DecodeRewardsClaimed(e.Payload)
			require.NoError(t, err)
			require.Equal(t, r.Encode(), e.Payload, "canonical bytes")
			claims = append(claims, r)
		case l2event.KindRewardsBalance:
			r, err := l2event.DecodeRewardsBalance(e.Payload)
			require.NoError(t, err)
			require.Equal(t, r.Encode(), e.Payload, "canonical bytes")
			balances = append(balances, r)
		}
		kinds = append(kinds, e.Kind)
	}
	require.Equal(t, []byte{l2event.KindRegistration, l2event.KindRewardsBalance, l2event.KindRewardsClaimed,
		l2event.KindRewardsClaimed, l2event.KindRewardsBalance}, kinds)
	who := op.Opts.From
	require.Equal(t, []l2event.RewardsClaimed{
		{Recipient: who, Amount: l2event.NewAmount(1_000_000_000)},
		{Recipient: who, Amount: l2event.NewAmount(4_000_000_123)},
	}, claims)
	require.Len(t, balances, 2)
	require.Equal(t, l2event.RewardsBalance{Recipient: who, Balance: l2event.NewAmount(5_000_000_123), PreviousBalance: l2event.NewAmount(0)}, balances[0])
	require.Equal(t, who, balances[1].Recipient)
	require.Equal(t, "1180591620717411303424", balances[1].Balance.Dec())
	require.Equal(t, "5000000123", balances[1].PreviousBalance.Dec())

	// The contract agrees: claimed is the sum of the claims.
	r, err := c.Staking.Recipients(nil, who)
	require.NoError(t, err)
	require.Equal(t, "5000000123", r.Claimed.String())
	require.Equal(t, huge, r.Rewards)
}

// TestWitnessReportsLiquidation: a liquidation signed by the network
// reaches the observation as KindLiquidated (the node's id, the liquidator,
// its BLS key as registered), just before the ServiceNodeExit that returns
// what the liquidator and the pool left.
func TestWitnessReportsLiquidation(t *testing.T) {
	c, op := newDevchain(t)
	head, err := c.Backend.Client().HeaderByNumber(context.Background(), nil)
	require.NoError(t, err)
	s, err := NewScanner(ScanConfig{Contract: c.StakingAddr, Depth: 1, StartBlock: head.Number.Uint64()},
		[]Chain{c.Backend.Client()}, t.TempDir(), zerolog.Nop())
	require.NoError(t, err)
	register(t, c, op, 1)

	sk, err := bls.SecretKeyFromBig(big.NewInt(1001)) // register's key for seed 1
	require.NoError(t, err)
	tag, err := c.Staking.LiquidateTag(nil)
	require.NoError(t, err)
	dst, err := c.Staking.HashToG2Tag(nil)
	require.NoError(t, err)
	now, err := c.Backend.Client().HeaderByNumber(context.Background(), nil)
	require.NoError(t, err)
	sig, err := bls.Sign(sk, bls.LiquidateMessage(tag, sk.PublicKey(), now.Time), dst)
	require.NoError(t, err)
	_, err = c.Mined(c.Staking.LiquidateBLSPublicKeyWithSignature(op.Opts, l2sign.G1(sk.PublicKey()), new(big.Int).SetUint64(now.Time), l2sign.Params(sig), nil))
	require.NoError(t, err)
	c.Backend.Commit()
	require.NoError(t, s.Scan(context.Background()))

	obs := s.Observation(l2event.Cursor{})
	require.Len(t, obs.Events, 3)
	require.Equal(t, []byte{l2event.KindRegistration, l2event.KindLiquidated, l2event.KindExit},
		[]byte{obs.Events[0].Kind, obs.Events[1].Kind, obs.Events[2].Kind})
	var reg l2event.Registration
	require.NoError(t, json.Unmarshal(obs.Events[0].Payload, &reg))
	var liq l2event.Liquidated
	require.NoError(t, json.Unmarshal(obs.Events[1].Payload, &liq))
	require.Equal(t, l2event.Liquidated{ServiceNodeID: reg.ServiceNodeID, Initiator: op.Opts.From, BLS: reg.BLS}, liq)
	var exit l2event.Exit
	require.NoError(t, json.Unmarshal(obs.Events[2].Payload, &exit))
	require.Equal(t, reg.ServiceNodeID, exit.ServiceNodeID)
	require.Less(t, exit.ReturnedAmount, requirement.Uint64(), "the liquidator and the pool took their part")
	require.Equal(t, obs.Events[1].Block, obs.Events[2].Block)
	require.Less(t, obs.Events[1].LogIndex, obs.Events[2].LogIndex)
}

package main

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/cometbft/cometbft/rpc/client/http"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/cmd/internal/chainclient"
	"github.com/seshnet/seshnet/modules/bridge/contracts/bindings"
	"github.com/seshnet/seshnet/workchain/app"
	"github.com/seshnet/seshnet/workchain/rewards"
)

// expectedRewards recomputes, outside the workchain, what every address
// has accrued at height: from the block times CometBFT committed, the rate
// in force at each block (checked against the pool contract's own
// rewardRate() at the L2 block it was read at), the nodes' activation
// times and the rules written in docs/rewards.md, block by block over every
// node (the naive loop, not the workchain's lazy accumulators). It assumes
// no node left the active set up to height.
func expectedRewards(t *testing.T, c *http.HTTP, l2 *ethclient.Client, height int64) map[common.Address]*big.Int {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	var p rewards.Params
	require.NoError(t, chainclient.Query(ctx, c, "/params/rewards", height, &p))
	var nodes []app.NodeView
	require.NoError(t, chainclient.Query(ctx, c, "/nodes", height, &nodes))
	times := blockTimes(t, ctx, c, height)
	rates := ratesInForce(t, ctx, c, l2, height)

	// promoted[i] is the block whose BeginBlock made node i payable: the
	// first block after the one that registered it whose time is
	// payable_after_seconds past its activation. It earns from the next.
	promoted := make([]int64, len(nodes))
	for i, n := range nodes {
		require.Equal(t, "active", string(n.State), "node %d left the active set: the model does not cover it", n.ServiceNodeID)
		for h := max(n.RegisteredHeight+1, 1); h <= height; h++ {
			if times[h]-p.PayableAfterSeconds >= n.ActiveSinceTime {
				promoted[i] = h
				break
			}
		}
	}
	cum := make([]*big.Int, len(nodes))
	for i := range cum {
		cum[i] = new(big.Int)
	}
	timeCarry, splitCarry := new(big.Int), new(big.Int)
	for h := int64(2); h <= height; h++ {
		var payable []int
		for i := range nodes {
			if promoted[i] != 0 && promoted[i] < h {
				payable = append(payable, i)
			}
		}
		dt := times[h] - times[h-1]
		if len(payable) == 0 || dt <= 0 {
			continue
		}
		num := new(big.Int).Mul(rates[h-1], big.NewInt(min(dt, p.MaxBlockSeconds)))
		num.Add(num, timeCarry)
		emitted := new(big.Int)
		emitted.DivMod(num, big.NewInt(120), timeCarry)
		pot := new(big.Int).Add(emitted, splitCarry)
		share := new(big.Int)
		share.DivMod(pot, big.NewInt(int64(len(payable))), splitCarry)
		for _, i := range payable {
			cum[i].Add(cum[i], share)
		}
	}
	out := map[common.Address]*big.Int{}
	credit := func(a common.Address, v *big.Int) {
		if out[a] == nil {
			out[a] = new(big.Int)
		}
		out[a].Add(out[a], v)
	}
	for i, n := range nodes {
		fee := new(big.Int).Mul(cum[i], big.NewInt(int64(n.FeeBP)))
		fee.Div(fee, big.NewInt(10_000))
		credit(n.Contributors[0].Beneficiary, fee)
		rest := new(big.Int).Sub(cum[i], fee)
		total := new(big.Int).SetUint64(n.TotalStake())
		for _, ct := range n.Contributors {
			part := new(big.Int).Mul(rest, new(big.Int).SetUint64(ct.Amount))
			credit(ct.Beneficiary, part.Div(part, total))
		}
	}
	return out
}

// blockTimes are the committed blocks' times (unix seconds) by height.
func blockTimes(t *testing.T, ctx context.Context, c *http.HTTP, height int64) map[int64]int64 {
	t.Helper()
	out := map[int64]int64{}
	for lo := int64(1); lo <= height; lo += 20 {
		info, err := c.BlockchainInfo(ctx, lo, min(lo+19, height))
		require.NoError(t, err)
		for _, m := range info.BlockMetas {
			out[m.Header.Height] = m.Header.Time.Unix()
		}
	}
	require.Len(t, out, int(height))
	return out
}

// ratesInForce is the pool's rate after each block, as the workchain
// recorded it, each checked against the pool contract's rewardRate() at the
// L2 block the witnesses read it at.
func ratesInForce(t *testing.T, ctx context.Context, c *http.HTTP, l2 *ethclient.Client, height int64) map[int64]*big.Int {
	t.Helper()
	out := map[int64]*big.Int{}
	checked := map[uint64]*big.Int{}
	var pool *bindings.RewardRatePool
	for h := int64(1); h < height; h++ {
		var v rewards.PoolView
		require.NoError(t, chainclient.Query(ctx, c, "/pool", h, &v))
		rate, ok := new(big.Int).SetString(v.RewardRate, 10)
		require.True(t, ok, "height %d: rate %q", h, v.RewardRate)
		out[h] = rate
		if v.RateL2Height == 0 || checked[v.RateL2Height] != nil {
			continue
		}
		if pool == nil {
			pool = poolContract(t, ctx, c, l2)
		}
		onL2, err := pool.RewardRate(&bind.CallOpts{Context: ctx, BlockNumber: new(big.Int).SetUint64(v.RateL2Height)})
		require.NoError(t, err)
		require.Equal(t, onL2.String(), rate.String(), "rate in force after height %d, read at L2 block %d", h, v.RateL2Height)
		checked[v.RateL2Height] = rate
	}
	require.NotEmpty(t, checked, "no rate was attested by height %d", height)
	return out
}

// poolContract is the pool the chain's staking contract names.
func poolContract(t *testing.T, ctx context.Context, c *http.HTTP, l2 *ethclient.Client) *bindings.RewardRatePool {
	t.Helper()
	var g struct {
		StakingContract common.Address `json:"staking_contract"`
	}
	require.NoError(t, chainclient.Query(ctx, c, "/l2", 0, &g))
	staking, err := bindings.NewServiceNodeRewards(g.StakingContract, l2)
	require.NoError(t, err)
	addr, err := staking.FoundationPool(&bind.CallOpts{Context: ctx})
	require.NoError(t, err)
	pool, err := bindings.NewRewardRatePool(addr, l2)
	require.NoError(t, err)
	return pool
}

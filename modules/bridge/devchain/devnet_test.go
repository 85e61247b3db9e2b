package devchain

import (
	"context"
	"math/big"
	"net"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/core/keys"
	"github.com/seshnet/seshnet/modules/bridge/contracts/bindings"
)

func freePort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// The devnet L2 keeps its chain across a restart: same contract, same
// balances, the head goes on from where it was instead of from genesis.
func TestDevnetL2SurvivesRestart(t *testing.T) {
	if testing.Short() {
		t.Skip("mines real blocks for a few seconds")
	}
	ctx := context.Background()
	dir := t.TempDir()
	req := big.NewInt(25_000_000_000_000)
	chain, info, err := StartDevnet(ctx, dir, freePort(t), req, big.NewInt(1))
	require.NoError(t, err)
	require.Len(t, info.DevKeyFiles, DevAccounts)
	dev, err := keys.LoadEth(info.DevKeyFiles[0])
	require.NoError(t, err)
	token, err := bindings.NewTestSESH(info.Token, chain.Client())
	require.NoError(t, err)
	bal, err := token.BalanceOf(nil, keys.EthAddress(dev))
	require.NoError(t, err)
	require.Equal(t, new(big.Int).Mul(req, big.NewInt(10)).String(), bal.String())
	// The reward pool is funded, so the rate the witness reports is not 0.
	poolBal, err := token.BalanceOf(nil, info.Pool)
	require.NoError(t, err)
	require.Equal(t, PoolFunding.String(), poolBal.String())
	pool, err := bindings.NewRewardRatePool(info.Pool, chain.Client())
	require.NoError(t, err)
	rate, err := pool.RewardRate(nil)
	require.NoError(t, err)
	require.Positive(t, rate.Sign())
	before, err := chain.Client().BlockNumber(ctx)
	require.NoError(t, err)
	require.GreaterOrEqual(t, before, info.StartBlock)
	require.NoError(t, chain.Close())

	chain, again, err := StartDevnet(ctx, dir, freePort(t), req, big.NewInt(1))
	require.NoError(t, err)
	defer chain.Close()
	require.Equal(t, info, again)
	after, err := chain.Client().BlockNumber(ctx)
	require.NoError(t, err)
	require.GreaterOrEqual(t, after, before, "the chain went back after a restart")
	token, err = bindings.NewTestSESH(info.Token, chain.Client())
	require.NoError(t, err)
	bal2, err := token.BalanceOf(nil, keys.EthAddress(dev))
	require.NoError(t, err)
	require.Equal(t, bal.String(), bal2.String())
	// And it still makes blocks.
	require.Eventually(t, func() bool {
		n, err := chain.Client().BlockNumber(ctx)
		return err == nil && n > after
	}, 10*time.Second, 100*time.Millisecond)
}

package devchain

import (
	"context"
	"math/big"
	"net"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/core/bls"
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

// A devnet L2 started with its validator seeds it into the staking
// contract as node 1 before starting it, gives the validator's operator
// ether for its claims, and has its witnesses read from the seeding block.
func TestDevnetL2SeedsItsValidator(t *testing.T) {
	if testing.Short() {
		t.Skip("mines real blocks for a few seconds")
	}
	ctx := context.Background()
	req := big.NewInt(25_000_000_000_000)
	operator := common.HexToAddress("0x00000000000000000000000000000000000000b1")
	seed := SeedNode{AddedTimestamp: 1_700_000_000, Contributors: []SeedContributor{{Staker: operator, Beneficiary: operator, Amount: req.Uint64()}}}
	seed.Ed25519[0], seed.BLS = 7, blsKeyBytes(t, 11)
	chain, info, err := StartDevnet(ctx, t.TempDir(), freePort(t), req, big.NewInt(1), seed)
	require.NoError(t, err)
	defer chain.Close()
	staking, err := bindings.NewServiceNodeRewards(info.Staking, chain.Client())
	require.NoError(t, err)
	all, err := staking.AllServiceNodeIDs(nil)
	require.NoError(t, err)
	require.Equal(t, []uint64{1}, all.Ids)
	started, err := staking.IsStarted(nil)
	require.NoError(t, err)
	require.True(t, started)
	it, err := staking.FilterNewSeededServiceNode(&bind.FilterOpts{Start: info.StartBlock}, nil)
	require.NoError(t, err)
	require.True(t, it.Next(), "the witnesses' start block is past the seeding")
	require.NoError(t, it.Close())
	wei, err := chain.Client().BalanceAt(ctx, operator, nil)
	require.NoError(t, err)
	require.Equal(t, devEther.String(), wei.String())
}

// blsKeyBytes is the public key of a BLS secret key made from n.
func blsKeyBytes(t *testing.T, n int64) [64]byte {
	t.Helper()
	sk, err := bls.SecretKeyFromBig(big.NewInt(n))
	require.NoError(t, err)
	return sk.PublicKey().Bytes()
}

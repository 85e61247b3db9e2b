package loadgen

import (
	"context"
	"testing"
	"time"

	"github.com/cometbft/cometbft/abci/example/kvstore"
	rpctest "github.com/cometbft/cometbft/rpc/test"
	"github.com/stretchr/testify/require"
)

// TestRunAgainstAKVStoreNode runs both load modes against a real one-node
// CometBFT network (its kvstore example app, in this process, real RPC on
// loopback). It checks what the figures are made of, not how fast they are.
func TestRunAgainstAKVStoreNode(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a CometBFT node")
	}
	node := rpctest.StartCometBFT(kvstore.NewInMemoryApplication(), rpctest.SuppressStdout, rpctest.RecreateConfig)
	t.Cleanup(func() { rpctest.StopCometBFT(node) })
	addr := rpctest.GetConfig().RPC.ListenAddress
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	base := Options{Nodes: []string{addr}, KVStore: true, Senders: 4, Warmup: 500 * time.Millisecond, Duration: 2 * time.Second}

	t.Run("open-loop", func(t *testing.T) {
		o := base
		o.Rate, o.Drain = 100, 10*time.Second
		res, err := Run(ctx, o)
		require.NoError(t, err)
		t.Logf("%+v", res)
		require.Equal(t, OpenLoop, res.Load)
		require.Equal(t, "kvstore", res.Mode)
		require.EqualValues(t, 100, res.OfferedTPS)
		require.EqualValues(t, 250, res.Scheduled, "100 tx/s for 2.5 s, whatever the node did")
		require.Equal(t, res.Scheduled, res.Accepted+res.Unsent, "every due transaction is accepted or counted unsent")
		require.Positive(t, res.Committed)
		require.Positive(t, res.Samples)
		require.LessOrEqual(t, res.P50ms, res.P99ms)
		require.LessOrEqual(t, res.P99ms, res.MaxMs)
		require.Equal(t, res.WindowTo-res.WindowFrom, int64(2000))
	})
	t.Run("closed-loop", func(t *testing.T) {
		res, err := Run(ctx, base)
		require.NoError(t, err)
		t.Logf("%+v", res)
		require.Equal(t, ClosedLoop, res.Load)
		require.Equal(t, 4, res.Senders)
		require.Positive(t, res.Committed)
		require.Positive(t, res.CommittedTPS)
		require.Zero(t, res.Scheduled)
	})
}

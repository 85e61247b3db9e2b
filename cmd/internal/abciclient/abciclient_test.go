package abciclient

import (
	"context"
	"sync/atomic"
	"testing"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/stretchr/testify/require"
)

// blockingApp's FinalizeBlock waits for release; it records the order of
// the calls the mempool client makes.
type blockingApp struct {
	abci.BaseApplication
	inFinalize chan struct{}
	release    chan struct{}
	preverify  chan []byte
	checked    atomic.Int32
}

func newBlockingApp() *blockingApp {
	return &blockingApp{inFinalize: make(chan struct{}), release: make(chan struct{}), preverify: make(chan []byte, 8)}
}

func (b *blockingApp) FinalizeBlock(context.Context, *abci.FinalizeBlockRequest) (*abci.FinalizeBlockResponse, error) {
	close(b.inFinalize)
	<-b.release
	return &abci.FinalizeBlockResponse{}, nil
}

func (b *blockingApp) CheckTx(context.Context, *abci.CheckTxRequest) (*abci.CheckTxResponse, error) {
	b.checked.Add(1)
	return &abci.CheckTxResponse{}, nil
}

func (b *blockingApp) PreverifyCheckTx(tx []byte) { b.preverify <- tx }

// The mempool's CheckTx preverifies while a block holds the lock, and
// reaches the application's CheckTx only once the block is done: the
// application still sees one call at a time.
func TestPreverifyRunsBesideABlockAndCheckTxAfterIt(t *testing.T) {
	app := newBlockingApp()
	cr := NewCreator(app)
	cons, err := cr.NewABCIConsensusClient()
	require.NoError(t, err)
	mem, err := cr.NewABCIMempoolClient()
	require.NoError(t, err)

	go func() { _, _ = cons.FinalizeBlock(context.Background(), &abci.FinalizeBlockRequest{}) }()
	<-app.inFinalize
	done := make(chan error, 1)
	go func() {
		_, err := mem.CheckTxAsync(context.Background(), &abci.CheckTxRequest{Tx: []byte("tx1"), Type: abci.CHECK_TX_TYPE_CHECK})
		done <- err
	}()
	require.Equal(t, []byte("tx1"), <-app.preverify, "preverified while the block holds the lock")
	select {
	case <-done:
		t.Fatal("CheckTx ran while FinalizeBlock held the lock")
	case <-time.After(50 * time.Millisecond):
	}
	require.Zero(t, app.checked.Load())
	close(app.release)
	require.NoError(t, <-done)
	require.Equal(t, int32(1), app.checked.Load())
}

// A recheck's signature is already remembered: it is not preverified.
// The synchronous CheckTx preverifies as CheckTxAsync does.
func TestPreverifyOnlyNewTransactions(t *testing.T) {
	app := newBlockingApp()
	mem, err := NewCreator(app).NewABCIMempoolClient()
	require.NoError(t, err)
	_, err = mem.CheckTxAsync(context.Background(), &abci.CheckTxRequest{Tx: []byte("old"), Type: abci.CHECK_TX_TYPE_RECHECK})
	require.NoError(t, err)
	_, err = mem.CheckTx(context.Background(), &abci.CheckTxRequest{Tx: []byte("new"), Type: abci.CHECK_TX_TYPE_CHECK})
	require.NoError(t, err)
	require.Equal(t, []byte("new"), <-app.preverify)
	require.Empty(t, app.preverify)
	require.Equal(t, int32(2), app.checked.Load())
}

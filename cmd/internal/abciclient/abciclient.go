// Package abciclient connects CometBFT to the workchain application in
// process. It is CometBFT's local client (one lock over every call of every
// connection, so the application sees one call at a time) with one change:
// the mempool connection's CheckTx first runs the application's
// preverification in the caller's goroutine, outside that lock.
//
// Why: CheckTx's signature verification is most of its cost. Behind the
// shared lock it ran one transaction at a time per node and waited for
// FinalizeBlock, Commit and the mempool's recheck, which slowed every
// broadcast_tx_sync under load (docs/performance.md, issue 16). Outside the
// lock, the RPC's and the mempool reactor's goroutines verify side by side
// and beside a block's execution; the call under the lock then finds the
// signature in the application's verified cache. Nothing else changes: the
// application's state is still touched by one call at a time.
package abciclient

import (
	"context"

	abcicli "github.com/cometbft/cometbft/abci/client"
	abci "github.com/cometbft/cometbft/abci/types"
	cmtsync "github.com/cometbft/cometbft/libs/sync"
	"github.com/cometbft/cometbft/proxy"
)

// Preverifier is what the mempool client needs of the application beside
// ABCI: a method safe to call concurrently with any other, which may only
// fill a cache (workchain/app.App.PreverifyCheckTx).
type Preverifier interface {
	abci.Application
	PreverifyCheckTx(tx []byte)
}

// NewCreator returns the client creator for a node running app in process.
func NewCreator(app Preverifier) proxy.ClientCreator {
	return &creator{app: app, mtx: new(cmtsync.Mutex)}
}

type creator struct {
	app Preverifier
	mtx *cmtsync.Mutex
}

func (c *creator) local() abcicli.Client { return abcicli.NewLocalClient(c.mtx, c.app) }

func (c *creator) NewABCIConsensusClient() (abcicli.Client, error) { return c.local(), nil }
func (c *creator) NewABCIQueryClient() (abcicli.Client, error)     { return c.local(), nil }
func (c *creator) NewABCISnapshotClient() (abcicli.Client, error)  { return c.local(), nil }

func (c *creator) NewABCIMempoolClient() (abcicli.Client, error) {
	return &mempoolClient{Client: c.local(), pre: c.app}, nil
}

// mempoolClient is the local client with CheckTx preverified outside its
// lock. The mempool calls CheckTxAsync for new transactions and for its
// recheck; a recheck's signatures are already in the cache, so it is not
// preverified.
type mempoolClient struct {
	abcicli.Client
	pre Preverifier
}

func (m *mempoolClient) preverify(req *abci.CheckTxRequest) {
	if req.Type == abci.CHECK_TX_TYPE_CHECK {
		m.pre.PreverifyCheckTx(req.Tx)
	}
}

func (m *mempoolClient) CheckTxAsync(ctx context.Context, req *abci.CheckTxRequest) (*abcicli.ReqRes, error) {
	m.preverify(req)
	return m.Client.CheckTxAsync(ctx, req)
}

func (m *mempoolClient) CheckTx(ctx context.Context, req *abci.CheckTxRequest) (*abci.CheckTxResponse, error) {
	m.preverify(req)
	return m.Client.CheckTx(ctx, req)
}

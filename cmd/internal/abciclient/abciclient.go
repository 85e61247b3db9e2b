// Package abciclient connects CometBFT to the workchain application in
// process. It is CometBFT's local client (one lock over every call of every
// connection, so the application sees one call at a time) with one change:
// the mempool connection's new transactions go through a queue, and a
// worker verifies the signatures of what queued together in one batch,
// outside that lock, before it runs their CheckTx under it.
//
// Why: CheckTx's signature verification is most of its cost (one Ed25519
// verification per transaction per node: 23 % of the nodes' CPU under
// load, docs/performance.md, issue 16). Behind the shared lock it ran one
// transaction at a time and waited for FinalizeBlock, Commit and the
// mempool's recheck. Outside the lock it runs beside a block's execution;
// in a batch it costs about half as much per signature; and the mempool
// reactor's receive routines no longer wait for it, so what peers send
// while a block executes queues up and is verified together. Nothing else
// changes: the application's state is still touched by one call at a time,
// and answers come back in the order the requests were made, as from
// CometBFT's socket client.
package abciclient

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"

	abcicli "github.com/cometbft/cometbft/abci/client"
	abci "github.com/cometbft/cometbft/abci/types"
	cmtsync "github.com/cometbft/cometbft/libs/sync"
	"github.com/cometbft/cometbft/proxy"
)

// Preverifier is what the mempool client needs of the application beside
// ABCI: a method safe to call concurrently with any other, which may only
// fill a cache (workchain/app.App.PreverifyCheckTxs).
type Preverifier interface {
	abci.Application
	PreverifyCheckTxs(txs [][]byte)
}

const (
	// maxBatch is the most transactions the worker takes at once: their
	// CheckTx calls hold the application's lock together (about 20 µs
	// each), and a block's FinalizeBlock waits for them.
	maxBatch = 256
	// maxQueued is the most requests waiting. Past it, CheckTxAsync blocks
	// as the local client did, so a peer flooding the mempool reactor is
	// held back by its connection's flow control instead of filling memory
	// (at most maxQueued × the mempool's max_tx_bytes).
	maxQueued = 1024
)

// Creator is the proxy.ClientCreator of a node running the application in
// process.
type Creator struct {
	app Preverifier
	mtx *cmtsync.Mutex

	mempool atomic.Pointer[mempoolClient] // the last mempool client made
}

var _ proxy.ClientCreator = (*Creator)(nil)

// NewCreator returns the client creator for a node running app in process.
func NewCreator(app Preverifier) *Creator {
	return &Creator{app: app, mtx: new(cmtsync.Mutex)}
}

func (c *Creator) local() abcicli.Client { return abcicli.NewLocalClient(c.mtx, c.app) }

func (c *Creator) NewABCIConsensusClient() (abcicli.Client, error) { return c.local(), nil }
func (c *Creator) NewABCIQueryClient() (abcicli.Client, error)     { return c.local(), nil }
func (c *Creator) NewABCISnapshotClient() (abcicli.Client, error)  { return c.local(), nil }

func (c *Creator) NewABCIMempoolClient() (abcicli.Client, error) {
	m := &mempoolClient{Client: c.local(), app: c.app, appMtx: c.mtx}
	m.cond = sync.NewCond(&m.mu)
	go m.work()
	c.mempool.Store(m)
	return m, nil
}

// MempoolStats is how many new transactions the mempool client checked, in
// how many batches (zero before CometBFT made the client).
func (c *Creator) MempoolStats() (txs, batches uint64) {
	if m := c.mempool.Load(); m != nil {
		return m.txs.Load(), m.batches.Load()
	}
	return 0, 0
}

// mempoolClient is the local client with new transactions' CheckTx queued
// and run by one worker, in batches. A recheck (the mempool's, after each
// Commit, with the mempool locked) and every other call go to the local
// client directly, once the queue is drained.
type mempoolClient struct {
	abcicli.Client
	app    Preverifier
	appMtx *cmtsync.Mutex // the lock every connection's calls share

	mu      sync.Mutex
	cond    *sync.Cond // broadcast on every change of the fields below
	queue   []*abcicli.ReqRes
	queued  uint64 // requests ever queued
	done    uint64 // requests ever answered, callbacks run
	stopped bool

	batches, txs atomic.Uint64 // what the worker took (Creator.MempoolStats)
}

// CheckTxAsync queues a new transaction's check and returns at once; the
// answer comes through the ReqRes. A recheck runs now, after the queue.
func (m *mempoolClient) CheckTxAsync(ctx context.Context, req *abci.CheckTxRequest) (*abcicli.ReqRes, error) {
	if req.Type != abci.CHECK_TX_TYPE_CHECK {
		m.drain()
		return m.Client.CheckTxAsync(ctx, req)
	}
	rr := abcicli.NewReqRes(abci.ToCheckTxRequest(req))
	m.mu.Lock()
	defer m.mu.Unlock()
	for len(m.queue) >= maxQueued && !m.stopped {
		m.cond.Wait()
	}
	if m.stopped {
		// As the local client after its Stop: answered now. The mempool
		// panics on an error here, and may still be called while the
		// node shuts down.
		return m.Client.CheckTxAsync(ctx, req)
	}
	m.queue = append(m.queue, rr)
	m.queued++
	m.cond.Broadcast()
	return rr, nil
}

// CheckTx is CheckTxAsync waited for.
func (m *mempoolClient) CheckTx(ctx context.Context, req *abci.CheckTxRequest) (*abci.CheckTxResponse, error) {
	rr, err := m.CheckTxAsync(ctx, req)
	if err != nil {
		return nil, err
	}
	rr.Wait()
	return rr.Response.GetCheckTx(), nil
}

// Flush returns once every request made before it is answered: CometBFT
// flushes the mempool connection before each Commit.
func (m *mempoolClient) Flush(ctx context.Context) error {
	m.drain()
	return m.Client.Flush(ctx)
}

// drain waits until every request queued so far is answered.
func (m *mempoolClient) drain() {
	m.mu.Lock()
	defer m.mu.Unlock()
	for target := m.queued; m.done < target; {
		m.cond.Wait()
	}
}

// Stop answers what is queued, then stops the worker and the local client;
// later requests are answered at once, as by the local client.
func (m *mempoolClient) Stop() error {
	m.mu.Lock()
	for m.done < m.queued {
		m.cond.Wait()
	}
	m.stopped = true
	m.cond.Broadcast()
	m.mu.Unlock()
	return m.Client.Stop()
}

func (m *mempoolClient) work() {
	for {
		batch := m.take()
		if batch == nil {
			return
		}
		m.check(batch)
		m.mu.Lock()
		m.done += uint64(len(batch))
		m.cond.Broadcast()
		m.mu.Unlock()
	}
}

// take waits for requests and takes up to maxBatch of them, oldest first
// (nil once stopped).
func (m *mempoolClient) take() []*abcicli.ReqRes {
	m.mu.Lock()
	defer m.mu.Unlock()
	for len(m.queue) == 0 && !m.stopped {
		m.cond.Wait()
	}
	if len(m.queue) == 0 {
		return nil
	}
	n := min(len(m.queue), maxBatch)
	batch := append([]*abcicli.ReqRes(nil), m.queue[:n]...)
	m.queue = append(m.queue[:0], m.queue[n:]...)
	m.cond.Broadcast()
	return batch
}

// check verifies the batch's signatures outside the lock, runs each
// CheckTx under it, in order, then answers each, in order.
func (m *mempoolClient) check(batch []*abcicli.ReqRes) {
	raws := make([][]byte, len(batch))
	for i, rr := range batch {
		raws[i] = rr.Request.GetCheckTx().Tx
	}
	m.app.PreverifyCheckTxs(raws)
	m.appMtx.Lock()
	for _, rr := range batch {
		res, err := m.app.CheckTx(context.Background(), rr.Request.GetCheckTx())
		if err != nil {
			// The local client returned this error to the mempool, which
			// panics on it: the application broke its own contract.
			m.appMtx.Unlock()
			panic(fmt.Errorf("abciclient: application's CheckTx failed: %w", err))
		}
		rr.Response = abci.ToCheckTxResponse(res)
	}
	m.appMtx.Unlock()
	for _, rr := range batch {
		// The callback first, then the waiters: BroadcastTxSync reads the
		// callback's error once Wait returns.
		rr.InvokeCallback()
		rr.Done()
	}
	m.batches.Add(1)
	m.txs.Add(uint64(len(batch)))
}

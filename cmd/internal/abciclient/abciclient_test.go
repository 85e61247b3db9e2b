package abciclient

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	abcicli "github.com/cometbft/cometbft/abci/client"
	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/stretchr/testify/require"
)

// recordingApp answers each CheckTx with a code of its own (the
// transaction's length) and records the order of the calls the clients
// make; a block's FinalizeBlock holds the shared lock until released.
type recordingApp struct {
	abci.BaseApplication
	inFinalize chan struct{}
	release    chan struct{}
	batches    chan [][]byte // what PreverifyCheckTxs was given, batch by batch

	mu      sync.Mutex
	checked []string // CheckTx calls, in order, "recheck:" before a recheck's tx
}

func newRecordingApp() *recordingApp {
	return &recordingApp{inFinalize: make(chan struct{}), release: make(chan struct{}), batches: make(chan [][]byte, 4096)}
}

func (a *recordingApp) FinalizeBlock(context.Context, *abci.FinalizeBlockRequest) (*abci.FinalizeBlockResponse, error) {
	close(a.inFinalize)
	<-a.release
	return &abci.FinalizeBlockResponse{}, nil
}

func (a *recordingApp) CheckTx(_ context.Context, req *abci.CheckTxRequest) (*abci.CheckTxResponse, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	name := string(req.Tx)
	if req.Type == abci.CHECK_TX_TYPE_RECHECK {
		name = "recheck:" + name
	}
	a.checked = append(a.checked, name)
	return &abci.CheckTxResponse{Code: uint32(len(req.Tx))}, nil
}

func (a *recordingApp) PreverifyCheckTxs(txs [][]byte) { a.batches <- txs }

func (a *recordingApp) calls() []string {
	a.mu.Lock()
	defer a.mu.Unlock()
	return append([]string(nil), a.checked...)
}

// start returns the app's mempool client and, once a block is being
// finalized, a function that ends it.
func start(t *testing.T, a *recordingApp) (abcicli.Client, func()) {
	t.Helper()
	cr := NewCreator(a)
	cons, err := cr.NewABCIConsensusClient()
	require.NoError(t, err)
	mem, err := cr.NewABCIMempoolClient()
	require.NoError(t, err)
	require.NoError(t, mem.Start())
	go func() { _, _ = cons.FinalizeBlock(context.Background(), &abci.FinalizeBlockRequest{}) }()
	<-a.inFinalize
	var once sync.Once
	end := func() { once.Do(func() { close(a.release) }) }
	t.Cleanup(func() {
		end()
		require.NoError(t, mem.Stop())
	})
	return mem, end
}

func check(t *testing.T, mem abcicli.Client, tx string) *abcicli.ReqRes {
	t.Helper()
	rr, err := mem.CheckTxAsync(context.Background(), &abci.CheckTxRequest{Tx: []byte(tx), Type: abci.CHECK_TX_TYPE_CHECK})
	require.NoError(t, err)
	return rr
}

func txName(i int) string { return fmt.Sprintf("tx%0*d", i%7+1, i) } // lengths differ: so do codes

// stillWaiting fails the test if ch yields within d.
func stillWaiting[T any](t *testing.T, ch <-chan T, d time.Duration, failure string) {
	t.Helper()
	select {
	case <-ch:
		t.Fatal(failure)
	case <-time.After(d):
	}
}

func isDone(rr *abcicli.ReqRes) bool {
	done := make(chan struct{})
	go func() { rr.Wait(); close(done) }()
	select {
	case <-done:
		return true
	case <-time.After(20 * time.Millisecond):
		return false
	}
}

// New transactions queue while a block holds the application's lock: the
// mempool's calls return at once, the signatures of what queued are
// verified together beside the block, and the application's CheckTx runs
// after the block, one call at a time, in the order the transactions came,
// each answer going to its own request.
func TestChecksQueueBesideABlockAndRunInOrderAfterIt(t *testing.T) {
	a := newRecordingApp()
	mem, end := start(t, a)
	var rrs []*abcicli.ReqRes
	var want []string
	for i := range 10 {
		rrs = append(rrs, check(t, mem, txName(i)))
		want = append(want, txName(i))
	}
	first := <-a.batches // verified while the block runs
	require.NotEmpty(t, first)
	require.False(t, isDone(rrs[0]))
	require.Empty(t, a.calls(), "no CheckTx while FinalizeBlock holds the lock")

	end()
	require.NoError(t, mem.Flush(context.Background()))
	require.Equal(t, want, a.calls())
	for i, rr := range rrs {
		require.Equal(t, uint32(len(want[i])), rr.Response.GetCheckTx().Code, "answer %d", i)
	}
	// The worker holds its first batch while it waits for the lock: the
	// rest (if the worker started before all ten came) queued behind it
	// and went in one batch.
	if len(first) < 10 {
		require.Len(t, <-a.batches, 10-len(first))
	}
	require.Empty(t, a.batches)
}

// The mempool's recheck (after Commit) reaches the application after every
// check queued before it, and is not preverified (its signature is in the
// cache already).
func TestRecheckRunsAfterQueuedChecks(t *testing.T) {
	a := newRecordingApp()
	mem, end := start(t, a)
	check(t, mem, "new1")
	check(t, mem, "new2")
	recheck := make(chan error, 1)
	go func() {
		_, err := mem.CheckTxAsync(context.Background(), &abci.CheckTxRequest{Tx: []byte("old"), Type: abci.CHECK_TX_TYPE_RECHECK})
		recheck <- err
	}()
	stillWaiting(t, recheck, 20*time.Millisecond, "the recheck ran before the queued checks")
	end()
	require.NoError(t, <-recheck)
	require.Equal(t, []string{"new1", "new2", "recheck:old"}, a.calls())
	var preverified int
	for len(a.batches) > 0 {
		for _, tx := range <-a.batches {
			require.NotEqual(t, "old", string(tx))
			preverified++
		}
	}
	require.Equal(t, 2, preverified)
}

// Flush, which CometBFT calls before each Commit, returns only once every
// queued check is answered.
func TestFlushWaitsForQueuedAnswers(t *testing.T) {
	a := newRecordingApp()
	mem, end := start(t, a)
	rr := check(t, mem, "tx")
	flushed := make(chan error, 1)
	go func() { flushed <- mem.Flush(context.Background()) }()
	stillWaiting(t, flushed, 20*time.Millisecond, "Flush returned with a check queued")
	end()
	require.NoError(t, <-flushed)
	require.True(t, isDone(rr))
}

// A callback set before the answer runs before Wait returns (the RPC's
// broadcast_tx_sync reads its error then); one set after runs at once.
func TestCallbacksSetBeforeOrAfterTheAnswer(t *testing.T) {
	a := newRecordingApp()
	mem, end := start(t, a)
	early := check(t, mem, "early")
	var ran atomic.Bool
	early.SetCallback(func(res *abci.Response) error {
		ran.Store(true)
		return fmt.Errorf("code %d", res.GetCheckTx().Code)
	})
	end()
	early.Wait()
	require.True(t, ran.Load())
	require.EqualError(t, early.Error(), "code 5")

	late := check(t, mem, "late!")
	late.Wait()
	var got uint32
	late.SetCallback(func(res *abci.Response) error { got = res.GetCheckTx().Code; return nil })
	require.Equal(t, uint32(5), got)
}

// The synchronous CheckTx goes through the same queue.
func TestSyncCheckTx(t *testing.T) {
	a := newRecordingApp()
	mem, end := start(t, a)
	end()
	res, err := mem.CheckTx(context.Background(), &abci.CheckTxRequest{Tx: []byte("abc"), Type: abci.CHECK_TX_TYPE_CHECK})
	require.NoError(t, err)
	require.Equal(t, uint32(3), res.Code)
	require.Equal(t, [][]byte{[]byte("abc")}, <-a.batches)
}

// A peer that sends faster than the node checks cannot fill its memory:
// past maxQueued waiting requests the mempool's call blocks, as it did
// with the local client, which holds the peer back through its
// connection's flow control.
func TestQueueIsBounded(t *testing.T) {
	a := newRecordingApp()
	mem, end := start(t, a)
	n := maxQueued + maxBatch + 1 // the worker takes at most maxBatch, then waits for the lock
	sent := make(chan error, 1)
	var rrs []*abcicli.ReqRes
	go func() {
		for i := range n {
			rr, err := mem.CheckTxAsync(context.Background(), &abci.CheckTxRequest{Tx: []byte(txName(i)), Type: abci.CHECK_TX_TYPE_CHECK})
			if err != nil {
				sent <- err
				return
			}
			rrs = append(rrs, rr)
		}
		sent <- nil
	}()
	m := mem.(*mempoolClient)
	require.Eventually(t, func() bool {
		m.mu.Lock()
		defer m.mu.Unlock()
		return len(m.queue) == maxQueued
	}, 10*time.Second, time.Millisecond)
	stillWaiting(t, sent, 50*time.Millisecond, "the queue took more than maxQueued requests")
	end()
	require.NoError(t, <-sent)
	require.NoError(t, mem.Flush(context.Background()))
	require.Len(t, a.calls(), n)
	for i, rr := range rrs {
		require.Equal(t, uint32(len(txName(i))), rr.Response.GetCheckTx().Code)
	}
}

// Stop answers what is queued; a request after it is answered at once, as
// the local client does after its Stop (the mempool panics on an error
// there, and a peer's message may still come while the node shuts down).
func TestStopAnswersQueuedThenAnswersDirectly(t *testing.T) {
	a := newRecordingApp()
	cr := NewCreator(a)
	mem, err := cr.NewABCIMempoolClient()
	require.NoError(t, err)
	require.NoError(t, mem.Start())
	rr := check(t, mem, "queued")
	require.NoError(t, mem.Stop())
	require.True(t, isDone(rr))
	require.Equal(t, uint32(6), rr.Response.GetCheckTx().Code)
	late := check(t, mem, "late")
	require.True(t, isDone(late))
	require.Equal(t, uint32(4), late.Response.GetCheckTx().Code)
	require.NoError(t, mem.Flush(context.Background()))
	require.Equal(t, []string{"queued", "late"}, a.calls())
	txs, batches := cr.MempoolStats()
	require.Equal(t, uint64(1), txs, "the late one did not go through the worker")
	require.Equal(t, uint64(1), batches)
}

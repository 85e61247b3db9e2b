package app

import (
	"cmp"
	"context"
	"sync"
	"testing"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/workchain/attest"
	"github.com/seshnet/seshnet/workchain/auth"
	"github.com/seshnet/seshnet/workchain/tx"
	"github.com/seshnet/seshnet/workchain/uptime"
)

// PreverifyCheckTx only fills the verified cache: every bad transaction
// gets from CheckTx the code it gets without it, and a forged signature or
// another chain's transaction is not remembered.
func TestPreverifyCheckTxDecidesNothing(t *testing.T) {
	h := newHarness(t, 2)
	h.block(h.uptime(0, 0))
	for _, tc := range badTxs(h) {
		t.Run(tc.name, func(t *testing.T) {
			h.app.PreverifyCheckTx(tc.raw)
			res := h.checkTx(tc.raw)
			require.Equal(t, tc.code, res.Code, res.Log)
			require.Equal(t, cmp.Or(tc.space, Codespace), res.Codespace)
		})
	}
	forged := tx.NewNodeTx(testChain, h.keys[0], 1, uptime.TxProof, nil)
	forged.Sig[0] ^= 1
	otherChain := tx.NewNodeTx("other-chain", h.keys[0], 1, uptime.TxProof, nil).Encode()
	for _, raw := range [][]byte{forged.Encode(), otherChain} {
		h.app.PreverifyCheckTx(raw)
		require.False(t, h.app.verified.Has(tx.Hash(raw)))
	}
	good := h.uptime(0, 1)
	require.Equal(t, CodeStaleNonce, h.checkTx(h.uptime(0, 0)).Code, "node 0 is registered")
	h.app.PreverifyCheckTx(good)
	require.True(t, h.app.verified.Has(tx.Hash(good)))
	require.Equal(t, CodeOK, h.checkTx(good).Code)
}

// A batch (auth.MinBatch or more node transactions) decides nothing either:
// a forged signature, another chain's transaction and every bad
// transaction among good ones get from CheckTx the codes they get without
// it, and only the good ones are remembered.
func TestPreverifyCheckTxsBatchDecidesNothing(t *testing.T) {
	with, without := newHarness(t, 2), newHarness(t, 2)
	forged := tx.NewNodeTx(testChain, nodeKey(0), 3, uptime.TxProof, nil)
	forged.Sig[0] ^= 1
	var batch [][]byte
	for n := uint64(1); n < 2+auth.MinBatch; n++ {
		batch = append(batch, with.uptime(0, n))
	}
	bad := [][]byte{forged.Encode(), tx.NewNodeTx("other-chain", nodeKey(0), 1, uptime.TxProof, nil).Encode()}
	for _, tc := range badTxs(with) {
		bad = append(bad, tc.raw)
	}
	batch = append(append(batch[:2:2], bad...), batch[2:]...)
	for _, h := range []*harness{with, without} {
		h.block(h.uptime(0, 0))
		require.Equal(t, CodeStaleNonce, h.checkTx(h.uptime(0, 0)).Code, "node 0 is registered")
	}
	with.app.PreverifyCheckTxs(batch)
	for _, raw := range bad[:2] { // badTxs' replays and the like are well signed
		require.False(t, with.app.verified.Has(tx.Hash(raw)))
	}
	for i, raw := range batch {
		got, want := with.checkTx(raw), without.checkTx(raw)
		require.Equal(t, want.Code, got.Code, "tx %d: %s", i, want.Log)
		require.Equal(t, want.Log, got.Log)
	}
	for _, raw := range append(batch[:2:2], batch[len(batch)-auth.MinBatch+1:]...) {
		require.True(t, with.app.verified.Has(tx.Hash(raw)))
	}
}

// Before InitChain there is no chain id to verify against: nothing is
// remembered.
func TestPreverifyCheckTxBeforeInitChain(t *testing.T) {
	h := &harness{t: t, dir: t.TempDir()}
	h.open()
	raw := tx.NewNodeTx(testChain, nodeKey(0), 0, uptime.TxProof, nil).Encode()
	h.app.PreverifyCheckTx(raw)
	require.False(t, h.app.verified.Has(tx.Hash(raw)))
}

// PreverifyCheckTx runs outside the ABCI client's lock, beside blocks being
// finalized and committed and beside CheckTx: the race detector checks that
// it shares nothing unguarded with them.
func TestPreverifyCheckTxBesideBlocks(t *testing.T) {
	h := newHarness(t, 2)
	h.block()
	require.Equal(t, CodeOK, h.checkTx(h.uptime(1, 0)).Code, "node 1 is registered")
	var ahead [][]byte
	for n := uint64(10); n < 60; n++ {
		ahead = append(ahead, h.uptime(1, n))
	}
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, raw := range ahead {
				h.app.PreverifyCheckTx(raw)
			}
		}()
	}
	for n := uint64(0); n < 5; n++ {
		require.Equal(t, CodeOK, h.checkTx(h.uptime(0, n)).Code)
		h.block(h.uptime(0, n))
	}
	wg.Wait()
	for _, raw := range ahead {
		require.True(t, h.app.verified.Has(tx.Hash(raw)))
	}
}

// A stranger's key costs no verification: PreverifyCheckTx verifies only
// for node keys CheckTx found registered, and CheckTx refuses a stranger
// at its ante checks, before the signature.
func TestPreverifyCheckTxSkipsStrangers(t *testing.T) {
	h := newHarness(t, 1)
	h.block()
	stranger := tx.NewNodeTx(testChain, nodeKey(7), 0, uptime.TxProof, nil).Encode()
	h.app.PreverifyCheckTx(stranger)
	require.False(t, h.app.verified.Has(tx.Hash(stranger)), "well signed, but not verified")
	require.Equal(t, CodeUnauthorized, h.checkTx(stranger).Code)
	h.app.PreverifyCheckTx(stranger)
	require.False(t, h.app.verified.Has(tx.Hash(stranger)), "refused by CheckTx: still a stranger")

	first, second := h.uptime(0, 0), h.uptime(0, 1)
	h.app.PreverifyCheckTx(first)
	require.False(t, h.app.verified.Has(tx.Hash(first)), "no CheckTx of node 0 yet")
	require.Equal(t, CodeOK, h.checkTx(first).Code)
	h.app.PreverifyCheckTx(second)
	require.True(t, h.app.verified.Has(tx.Hash(second)))
}

// The mempool may hold a signer's transactions out of nonce order (CheckTx
// admits past a gap; gossip from several peers interleaves): a proposal
// still takes them, in nonce order, and the block executes them all.
func TestPrepareProposalTakesASignersTransactionsInNonceOrder(t *testing.T) {
	h := newHarness(t, 2)
	h.block()
	a0, a1, a2, a3 := h.uptime(0, 0), h.uptime(0, 1), h.uptime(0, 2), h.uptime(0, 3)
	b0 := h.uptime(1, 0)
	prepare := func(max int64, txs ...[]byte) [][]byte {
		t.Helper()
		res, err := h.app.PrepareProposal(context.Background(), &abci.PrepareProposalRequest{Txs: txs, MaxTxBytes: max, Height: 2})
		require.NoError(t, err)
		return res.Txs
	}
	cases := []struct {
		name string
		max  int64
		in   [][]byte
		want [][]byte
	}{
		{"reversed", 1 << 20, [][]byte{a2, a1, b0, a0}, [][]byte{b0, a0, a1, a2}},
		{"gap never filled", 1 << 20, [][]byte{a3, a1, a0}, [][]byte{a0, a1}},
		{"a copy waits once", 1 << 20, [][]byte{a1, a1, a0}, [][]byte{a0, a1}},
		{"stale after its turn", 1 << 20, [][]byte{a0, a1, a0}, [][]byte{a0, a1}},
		{"the chain stops where the block is full", 2 * attest.TxSize(a0), [][]byte{a2, a1, a0}, [][]byte{a0, a1}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			require.Equal(t, tc.want, prepare(tc.max, tc.in...))
		})
	}
	res := h.block(prepare(1<<20, a3, a2, a1, b0, a0)...)
	for i, r := range res.TxResults {
		require.Equal(t, CodeOK, r.Code, "tx %d: %s", i, r.Log)
	}
	require.Len(t, res.TxResults, 5)
}

// FuzzPreverifyCheckTx: whatever the bytes, a node that preverifies them
// answers CheckTx as a node that does not. The two chains see the same
// CheckTx calls, so their mempool views stay the same.
func FuzzPreverifyCheckTx(f *testing.F) {
	with, without := newHarness(f, 2), newHarness(f, 2)
	for _, h := range []*harness{with, without} {
		h.block(h.uptime(0, 0))
	}
	for _, tc := range badTxs(with) {
		f.Add(tc.raw)
	}
	f.Add(with.uptime(0, 1))
	f.Add(with.uptime(1, 0))
	f.Add([]byte{})
	var batch [][]byte // node 0's later transactions: with raw, a batch to verify
	for n := uint64(2); n < 2+auth.MinBatch; n++ {
		batch = append(batch, with.uptime(0, n))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		check := func(a *App) *abci.CheckTxResponse {
			res, err := a.CheckTx(context.Background(), &abci.CheckTxRequest{Tx: raw, Type: abci.CHECK_TX_TYPE_CHECK})
			require.NoError(t, err)
			return res
		}
		with.app.PreverifyCheckTx(raw)
		with.app.PreverifyCheckTxs(append(batch[:len(batch):len(batch)], raw)) // the batch path too
		got, want := check(with.app), check(without.app)
		require.Equal(t, want.Code, got.Code, want.Log)
		require.Equal(t, want.Codespace, got.Codespace)
		require.Equal(t, want.Log, got.Log)
	})
}

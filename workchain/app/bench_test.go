package app

import (
	"context"
	"crypto/ed25519"
	"fmt"
	"testing"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/seshnet/seshnet/workchain/auth"
	"github.com/seshnet/seshnet/workchain/tx"
	"github.com/seshnet/seshnet/workchain/uptime"
)

// benchTxs are n uptime proofs from the harness's nodes for the next block,
// continuing each node's nonces.
func benchTxs(h *harness, nonces []uint64, n int) [][]byte {
	out := make([][]byte, n)
	body := uptime.Encode(uptime.Proof{Version: "bench", Timestamp: blockTime(h.height + 1).Unix()})
	for i := range out {
		k := i % len(h.keys)
		out[i] = tx.NewNodeTx(testChain, h.keys[k], nonces[k], uptime.TxProof, body).Encode()
		nonces[k]++
	}
	return out
}

// BenchmarkCheckTx is the mempool admission of one new transaction
// (signature verified, nonce and registry checked). A signer may be at most
// MaxNonceAhead past committed state, so past 32 signers' worth the same
// transactions come again, to a node that forgot them (mempool view and
// verified cache reset outside the timer).
func BenchmarkCheckTx(b *testing.B) {
	h := newHarness(b, 32)
	h.block()
	txs := benchTxs(h, make([]uint64, 32), min(b.N, 32*1000))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if i > 0 && i%len(txs) == 0 {
			b.StopTimer()
			h.app.checkNonces, h.app.checkPending, h.app.checkOnce = map[string]*pendingNonces{}, map[string]int{}, map[string]bool{}
			h.app.verified = auth.NewVerifiedCache(100_000)
			b.StartTimer()
		}
		res, _ := h.app.CheckTx(context.Background(), &abci.CheckTxRequest{Tx: txs[i%len(txs)]})
		if res.Code != 0 {
			b.Fatal(res.Log)
		}
	}
}

// BenchmarkRecheck is CometBFT's recheck of a mempool of 1,000 transactions
// after a Commit (which forgets the pending nonces); per transaction.
func BenchmarkRecheck(b *testing.B) {
	h := newHarness(b, 32)
	h.block()
	txs := benchTxs(h, make([]uint64, 32), 1000)
	for _, raw := range txs {
		if res, _ := h.app.CheckTx(context.Background(), &abci.CheckTxRequest{Tx: raw}); res.Code != 0 {
			b.Fatal(res.Log)
		}
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		h.app.checkNonces, h.app.checkPending = map[string]*pendingNonces{}, map[string]int{}
		for _, raw := range txs {
			res, _ := h.app.CheckTx(context.Background(), &abci.CheckTxRequest{Tx: raw, Type: abci.CHECK_TX_TYPE_RECHECK})
			if res.Code != 0 {
				b.Fatal(res.Log)
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(txs)), "ns/tx")
}

// BenchmarkProcessProposal is a validator's check of a proposed block of
// 1,000 transactions; per transaction. "seen": every one verified by this
// node's CheckTx before; "unseen": none (a node that missed them all).
func BenchmarkProcessProposal(b *testing.B) {
	for _, seen := range []bool{true, false} {
		b.Run(fmt.Sprintf("seen=%v", seen), func(b *testing.B) {
			h := newHarness(b, 32)
			h.block()
			txs := benchTxs(h, make([]uint64, 32), 1000)
			if seen {
				for _, raw := range txs {
					if _, err := h.app.decodeVerified(raw); err != nil {
						b.Fatal(err)
					}
				}
			}
			req := &abci.ProcessProposalRequest{Txs: txs, Height: h.height + 1, Time: blockTime(h.height + 1)}
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if !seen {
					b.StopTimer()
					h.app.verified = auth.NewVerifiedCache(100_000)
					b.StartTimer()
				}
				res, err := h.app.ProcessProposal(context.Background(), req)
				if err != nil || res.Status != abci.PROCESS_PROPOSAL_STATUS_ACCEPT {
					b.Fatal(err, res.Status)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(txs)), "ns/tx")
		})
	}
}

// BenchmarkFinalizeCommit is one block of 1,000 transactions already verified
// in CheckTx (as on a validator), executed and committed; per transaction.
func BenchmarkFinalizeCommit(b *testing.B) {
	for _, n := range []int{1000} {
		b.Run(fmt.Sprintf("txs=%d", n), func(b *testing.B) {
			h := newHarness(b, 32)
			h.block()
			nonces := make([]uint64, 32)
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				txs := benchTxs(h, nonces, n)
				for j, raw := range txs {
					// Warm the verified cache as CheckTx would have.
					if _, err := h.app.decodeVerified(raw); err != nil {
						b.Fatal(j, err)
					}
				}
				b.StartTimer()
				res, err := h.app.FinalizeBlock(context.Background(), &abci.FinalizeBlockRequest{Txs: txs, Height: h.height + 1, Time: blockTime(h.height + 1)})
				if err != nil || res.TxResults[0].Code != 0 {
					b.Fatal(err, res.TxResults[0].Log)
				}
				if _, err := h.app.Commit(context.Background(), &abci.CommitRequest{}); err != nil {
					b.Fatal(err)
				}
				h.height++
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/tx")
		})
	}
}

// BenchmarkVerify compares the node's Ed25519 verifier with crypto/ed25519.
func BenchmarkVerify(b *testing.B) {
	k := nodeKey(0)
	t := tx.NewNodeTx(testChain, k, 0, uptime.TxProof, []byte("body"))
	msg := t.SignBytes()
	b.Run("cometbft", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			if err := t.Verify(testChain); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("stdlib", func(b *testing.B) {
		pub := k.Public().(ed25519.PublicKey)
		for i := 0; i < b.N; i++ {
			if !ed25519.Verify(pub, msg, t.Sig) {
				b.Fatal("bad")
			}
		}
	})
}

// BenchmarkPreverifyCheckTxs is the mempool client's verification of new
// transactions that queued together (cmd/internal/abciclient), by batch
// size; per transaction. Below auth.MinBatch they are verified one by one.
// The verified cache is reset outside the timer whenever the pool of
// transactions comes round again, so every one is verified.
func BenchmarkPreverifyCheckTxs(b *testing.B) {
	for _, size := range []int{1, 2, 4, 8, 16, 64} {
		b.Run(fmt.Sprintf("batch=%d", size), func(b *testing.B) {
			h := newHarness(b, 32)
			h.block()
			txs := benchTxs(h, make([]uint64, 32), 32*64)
			for _, raw := range txs[:32] { // each signer proven registered
				if res := h.checkTx(raw); res.Code != 0 {
					b.Fatal(res.Log)
				}
			}
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				at := (i * size) % len(txs)
				if at+size > len(txs) {
					at = 0
				}
				if at == 0 {
					b.StopTimer()
					h.app.verified = auth.NewVerifiedCache(100_000)
					b.StartTimer()
				}
				h.app.PreverifyCheckTxs(txs[at : at+size])
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*size), "ns/tx")
		})
	}
}

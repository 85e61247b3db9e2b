package main

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	cmttypes "github.com/cometbft/cometbft/types"
	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/cmd/internal/loadgen"
	"github.com/seshnet/seshnet/workchain/attest"
	"github.com/seshnet/seshnet/workchain/tx"
	"github.com/seshnet/seshnet/workchain/uptime"
)

// floodBlockTxs is how many maximum-size proofs (nonce 16384 and up) fill a
// flood block's data exactly. CometBFT reaps the mempool by proto size up
// to the data limit and stops at the first transaction that does not fit,
// so with uniform transactions the room it leaves is the limit modulo their
// size: 0 here, and 64 bytes for the 1 byte smaller proofs of nonces 128 to
// 16383. An injected commit (over 100 bytes for one validator) then never
// fits beside a full reap: the case the proposer must handle. 64 proofs
// also keep one sender on a shared 2-core machine well ahead of the chain.
const floodBlockTxs = 64

// TestFloodWithBridgeKeepsMakingBlocks is the process-level check of D1: a
// validator with the bridge on (its witness reads an L2, so every block
// starts with injected attestations) flooded for 60 s by `seshd loadgen`
// sending maximum-size uptime proofs from one key. Blocks keep coming, full
// and with the injection first, no process panics and the node answers.
// On a96bbb3 the proposer panicked ("transaction data size exceeds
// maximum") at the first block the mempool overfilled.
func TestFloodWithBridgeKeepsMakingBlocks(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a validator, an L2 and a 60 s flood")
	}
	const base = 18656
	const flood = 60 * time.Second
	l2 := startL2(t, base+90)
	t.Logf("L2: %s at %s", l2.kind, l2.url)
	procs := writeTestnet(t, 1, base, "--extra-nodes", "1", "--l2", l2.url, "--l2-contract", l2.staking.Hex(),
		"--l2-depth", fmt.Sprint(l2.depth), "--l2-start-block", fmt.Sprint(l2.startBlock))
	node := procs[0]
	blockMaxBytes, largest := setFloodBlockSize(t, filepath.Join(node.home, "config", "genesis.json"))
	node.start(t)
	waitFor(t, "the validator at height 3", 90*time.Second, func() bool { return node.height(t) >= 3 })
	c, err := node.client()
	require.NoError(t, err)

	keys := filepath.Join(filepath.Dir(node.home), "extra-keys.json")
	lg := exec.Command(seshdBin, "loadgen", "-o", "json", "--nodes", node.rpc, "--keys", keys,
		"--senders", "1", "--max-size", "--warmup", "0s", "--duration", flood.String())
	var out, stderr bytes.Buffer
	lg.Stdout, lg.Stderr = &out, &stderr
	start := node.height(t)
	require.NoError(t, lg.Start())
	// The height in the middle of the flood.
	midCh := make(chan int64, 1)
	time.AfterFunc(flood/2, func() { midCh <- node.height(t) })
	require.NoError(t, lg.Wait(), "loadgen: %s", stderr.String())
	var res loadgen.Result
	require.NoError(t, json.Unmarshal(out.Bytes(), &res), "%s", out.String())
	end := node.height(t)
	mid := <-midCh
	require.Greater(t, mid, start, "no block in the first half of the flood")
	require.Greater(t, end, mid, "no block in the second half of the flood")
	waitFor(t, "3 blocks after the flood", 90*time.Second, func() bool { return node.height(t) >= end+3 })

	// What the chain made of it: blocks full, each with the injection first.
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	limit := cmttypes.MaxDataBytes(blockMaxBytes, 0, 1)
	var times []time.Time
	full, injectedFull := 0, 0
	for h := start + 1; h <= end; h++ {
		b, err := c.Block(ctx, &h)
		require.NoError(t, err)
		times = append(times, b.Block.Time)
		var size int64
		for _, raw := range b.Block.Txs {
			size += dataSize(raw)
		}
		require.LessOrEqual(t, size, limit, "block %d", h)
		if size > limit-largest {
			full++
			if len(b.Block.Txs) > 0 && attest.IsInjected(b.Block.Txs[0]) {
				injectedFull++
			}
		}
	}
	require.Positive(t, full, "no block was full: the flood did not fill the mempool")
	require.Equal(t, full, injectedFull, "a full block without the injection")
	t.Logf("block.max_bytes %d: data limit %d, %d maximum-size proofs", blockMaxBytes, limit, floodBlockTxs)

	requireNoPanic(t, filepath.Dir(node.home))
	require.NotEqual(t, int64(-1), node.height(t), "the node does not answer status")

	gaps := make([]time.Duration, 0, len(times))
	for i := 1; i < len(times); i++ {
		gaps = append(gaps, times[i].Sub(times[i-1]))
	}
	slices.Sort(gaps)
	require.NotEmpty(t, gaps)
	t.Logf("flood of %s: %d proofs accepted (%d refused), %d committed, heights %d..%d (%d blocks, %d full, all with the injection); "+
		"block interval min %s, median %s, max %s; commit latency p50 %.0f ms, p99 %.0f ms",
		flood, res.Accepted, res.Refused, res.Committed, start+1, end, end-start, full,
		gaps[0], gaps[len(gaps)/2], gaps[len(gaps)-1], res.P50ms, res.P99ms)
}

// dataSize is a transaction's size in a block's data as CometBFT counts it.
func dataSize(raw []byte) int64 { return cmttypes.ComputeProtoSizeForTxs([]cmttypes.Tx{raw}) }

// largestProofTx is the data size of a maximum-size proof with nonce.
func largestProofTx(t *testing.T, chainID string, nonce uint64) int64 {
	t.Helper()
	return dataSize(tx.NewNodeTx(chainID, ed25519.NewKeyFromSeed(make([]byte, 32)), nonce, uptime.TxProof,
		uptime.Encode(loadgen.LargestProof(time.Now().Unix()))).Encode())
}

// setFloodBlockSize sets block.max_bytes in a one-validator genesis file so
// that the data limit is exactly floodBlockTxs maximum-size proofs, and
// returns it with the proofs' size.
func setFloodBlockSize(t *testing.T, path string) (blockMaxBytes, proofSize int64) {
	t.Helper()
	gd, err := cmttypes.GenesisDocFromFile(path)
	require.NoError(t, err)
	size := largestProofTx(t, gd.ChainID, 16384)
	require.Equal(t, size, largestProofTx(t, gd.ChainID, 1<<21-1), "nonces of 3 varint bytes")
	require.Equal(t, size-1, largestProofTx(t, gd.ChainID, 16383))
	data := floodBlockTxs * size
	gd.ConsensusParams.Block.MaxBytes = data + cmttypes.MaxOverheadForBlock + cmttypes.MaxHeaderBytes + cmttypes.MaxCommitBytes(1)
	require.Equal(t, data, cmttypes.MaxDataBytes(gd.ConsensusParams.Block.MaxBytes, 0, 1))
	gd.ConsensusParams.Evidence.MaxBytes = 4096 // at most block.max_bytes; there is none here
	require.NoError(t, gd.ConsensusParams.ValidateBasic())
	require.NoError(t, gd.SaveAs(path))
	return gd.ConsensusParams.Block.MaxBytes, size
}

// requireNoPanic scans every log under dir (the node's and its modules').
func requireNoPanic(t *testing.T, dir string) {
	t.Helper()
	logs := 0
	require.NoError(t, filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".log") {
			return err
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		logs++
		require.NotContains(t, strings.ToLower(string(b)), "panic", "%s:\n%s", path, tail(b, 4000))
		return nil
	}))
	require.Positive(t, logs)
}

package app

import (
	"context"
	"crypto/ed25519"
	"testing"

	abci "github.com/cometbft/cometbft/abci/types"
	cmttypes "github.com/cometbft/cometbft/types"
	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/core/l2event"
	"github.com/seshnet/seshnet/workchain/attest"
	"github.com/seshnet/seshnet/workchain/registry"
	"github.com/seshnet/seshnet/workchain/tx"
	"github.com/seshnet/seshnet/workchain/uptime"
)

// protoSize is a transaction's size as CometBFT counts it against
// MaxTxBytes (types.Txs.Validate).
func protoSize(raw []byte) int64 { return cmttypes.ComputeProtoSizeForTxs([]cmttypes.Tx{raw}) }

func protoSizes(txs [][]byte) int64 {
	var n int64
	for _, raw := range txs {
		n += protoSize(raw)
	}
	return n
}

// validUptimeTxs are nonces 0..perNode-1 of every harness node's proof.
func validUptimeTxs(h *harness, perNode int) [][]byte {
	var out [][]byte
	for i := range h.keys {
		for n := 0; n < perNode; n++ {
			out = append(out, h.uptime(i, uint64(n)))
		}
	}
	return out
}

func (h *harness) prepare(txs [][]byte, maxTxBytes int64, info abci.ExtendedCommitInfo) *abci.PrepareProposalResponse {
	h.t.Helper()
	res, err := h.app.PrepareProposal(context.Background(), &abci.PrepareProposalRequest{
		Txs: txs, MaxTxBytes: maxTxBytes, LocalLastCommit: info, Height: h.height + 1,
	})
	require.NoError(h.t, err)
	return res
}

func (h *harness) process(txs [][]byte, info abci.ExtendedCommitInfo) abci.ProcessProposalStatus {
	h.t.Helper()
	res, err := h.app.ProcessProposal(context.Background(), &abci.ProcessProposalRequest{
		Txs: txs, ProposedLastCommit: commitInfo(info), Height: h.height + 1,
	})
	require.NoError(h.t, err)
	return res.Status
}

// TestProposerPanic_ProtoSizeOverMaxTxBytes: a full mempool plus injected
// attestations must stay within MaxTxBytes as CometBFT counts it, or
// CometBFT panics in CreateProposalBlock.
// Fails on a96bbb3: raw lengths were summed, so the injection and ~3 bytes
// per transaction went over the limit.
func TestProposerPanic_ProtoSizeOverMaxTxBytes(t *testing.T) {
	h := newHarness(t, 4)
	h.block()
	txs := validUptimeTxs(h, 10)
	obs := l2event.Observation{ScannedTo: 110}
	info := h.extendedCommit(obs, obs, obs, obs)
	// The limit is what the injection and the transactions take in raw
	// bytes; CometBFT reaped the transactions by proto size, so they fit.
	var raw int64
	for _, r := range txs {
		raw += int64(len(r))
	}
	limit := int64(len(injected(t, info))) + raw
	require.LessOrEqual(t, protoSizes(txs), limit)

	res := h.prepare(txs, limit, info)
	require.NoError(t, cmttypes.ToTxs(res.Txs).Validate(limit))
	require.NotEmpty(t, res.Txs)
	require.True(t, attest.IsInjected(res.Txs[0]), "the injection is reserved first")
	require.Equal(t, txs[:len(res.Txs)-1], res.Txs[1:], "mempool transactions follow in order")
	require.Equal(t, abci.PROCESS_PROPOSAL_STATUS_ACCEPT, h.process(res.Txs, info))
}

// TestProposerPanic_InjectionTrimmedToFit: an injection that alone does not
// fit loses whole extensions until it fits, and stays valid.
// Fails on a96bbb3: the whole injection was dropped.
func TestProposerPanic_InjectionTrimmedToFit(t *testing.T) {
	h := newHarness(t, 4)
	h.block()
	obs := l2event.Observation{ScannedTo: 110, Events: []l2event.Event{registrationEvent(t, 0x50, 50, registry.DefaultParams().StakingRequirement)}}
	info := h.extendedCommit(obs, obs, obs, obs)
	two := injected(t, abci.ExtendedCommitInfo{Votes: info.Votes[:2]})
	three := injected(t, abci.ExtendedCommitInfo{Votes: info.Votes[:3]})
	cases := []struct {
		name  string
		limit int64
		votes int
	}{
		{"room for all", 1 << 20, 4},
		{"room for exactly two", protoSize(two), 2},
		{"one byte short of three", protoSize(three) - 1, 2},
		{"room for none", protoSize(injected(t, abci.ExtendedCommitInfo{Votes: info.Votes[:1]})) - 1, 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			res := h.prepare([][]byte{h.uptime(0, 0)}, tc.limit, info)
			require.NoError(t, cmttypes.ToTxs(res.Txs).Validate(tc.limit))
			if tc.votes == 0 {
				for _, raw := range res.Txs {
					require.False(t, attest.IsInjected(raw))
				}
				return
			}
			require.NotEmpty(t, res.Txs)
			got, err := attest.Extract(res.Txs[0])
			require.NoError(t, err)
			require.Equal(t, info.Votes[:tc.votes], got.Votes, "whole extensions kept, in order")
			require.Equal(t, abci.PROCESS_PROPOSAL_STATUS_ACCEPT, h.process(res.Txs, info))
		})
	}
}

// sizedTx is a node-signed transaction of exactly rawLen bytes (its body is
// junk: ProcessProposal does not read bodies).
func sizedTx(t *testing.T, key ed25519.PrivateKey, nonce uint64, rawLen int) []byte {
	t.Helper()
	body := max(0, rawLen-200)
	for range 4 {
		raw := tx.NewNodeTx(testChain, key, nonce, uptime.TxProof, make([]byte, body)).Encode()
		if len(raw) == rawLen {
			return raw
		}
		body = max(0, body+rawLen-len(raw))
	}
	t.Fatalf("no transaction of %d bytes", rawLen)
	return nil
}

// fillTo is a list of valid transactions whose proto sizes sum to total.
func fillTo(t *testing.T, key ed25519.PrivateKey, total int64) [][]byte {
	t.Helper()
	var out [][]byte
	for n := uint64(0); total > 0; n++ {
		size := min(total, 10_000)
		if rest := total - size; rest > 0 && rest < 200 {
			size -= 200 // keep the last one big enough to hit exactly
		}
		raw := sizedTx(t, key, n, int(size-3)) // 1 tag byte + 2 length bytes
		require.Equal(t, size, protoSize(raw))
		out = append(out, raw)
		total -= size
	}
	return out
}

// TestProposerPanic_ProcessProposalRefusesOversize: a proposal whose
// transactions are over the largest MaxTxBytes block.max_bytes allows is
// refused.
// Fails on a96bbb3: the size was not checked.
func TestProposerPanic_ProcessProposalRefusesOversize(t *testing.T) {
	h := newHarness(t, 1)
	h.block()
	limit := cmttypes.MaxDataBytes(testBlockMaxBytes, 0, 0)
	cases := []struct {
		name  string
		total int64
		want  abci.ProcessProposalStatus
	}{
		{"at the limit", limit, abci.PROCESS_PROPOSAL_STATUS_ACCEPT},
		{"one byte over", limit + 1, abci.PROCESS_PROPOSAL_STATUS_REJECT},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			txs := fillTo(t, h.keys[0], tc.total)
			require.Equal(t, tc.total, protoSizes(txs))
			require.Equal(t, tc.want, h.process(txs, abci.ExtendedCommitInfo{}))
		})
	}
}

// TestInjectedAttestationsMustBeCanonical (D24): an injection with bytes its
// decoder skips (an unknown field) is refused, so a proposer cannot pad it.
// Fails on a96bbb3: gogoproto skipped the unknown field and the proposal was
// accepted.
func TestInjectedAttestationsMustBeCanonical(t *testing.T) {
	h := newHarness(t, 4)
	h.block()
	obs := l2event.Observation{ScannedTo: 110}
	info := h.extendedCommit(obs, obs, obs)
	good := h.prepare(nil, 1<<20, info)
	require.Len(t, good.Txs, 1)
	require.Equal(t, abci.PROCESS_PROPOSAL_STATUS_ACCEPT, h.process(good.Txs, info))

	// Field 99, length-delimited, 1000 bytes of padding.
	pad := append([]byte{0x9a, 0x06, 0xe8, 0x07}, make([]byte, 1000)...)
	padded := append(append([]byte{}, good.Txs[0]...), pad...)
	require.Equal(t, abci.PROCESS_PROPOSAL_STATUS_REJECT, h.process([][]byte{padded}, info))
}

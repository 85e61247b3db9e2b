package app

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"testing"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/workchain/exec"
	"github.com/seshnet/seshnet/workchain/registry"
	"github.com/seshnet/seshnet/workchain/tx"
	"github.com/seshnet/seshnet/workchain/uptime"
)

// staleProof is node i's proof with nonce, stamped an hour before the
// next block: it passes the envelope and nonce checks and fails its rules.
func (h *harness) staleProof(i int, nonce uint64) []byte {
	body := uptime.Encode(uptime.Proof{Version: "v", Timestamp: blockTime(h.height+1).Unix() - 3600})
	return tx.NewNodeTx(testChain, h.keys[i], nonce, uptime.TxProof, body).Encode()
}

func (h *harness) account(i int) Account {
	h.t.Helper()
	pub := hex.EncodeToString(h.keys[i].Public().(ed25519.PublicKey))
	var acct Account
	require.NoError(h.t, json.Unmarshal(h.query("/account/node:"+pub, 0).Value, &acct))
	return acct
}

// TestFailedTxConsumesNonce (D9): a transaction that passed its envelope,
// signature and nonce checks uses its nonce even when its handler fails, so
// it can never be replayed later against other state.
// Fails on a96bbb3: the same bytes were processed again at H+1.
func TestFailedTxConsumesNonce(t *testing.T) {
	h := newHarness(t, 2)
	h.block()
	bad := h.staleProof(0, 0)
	res := h.block(bad)
	require.Equal(t, uptime.CodeBadProof, res.TxResults[0].Code, res.TxResults[0].Log)
	require.Equal(t, uptime.Name, res.TxResults[0].Codespace)
	require.Equal(t, uint64(1), h.account(0).NextNonce)

	res = h.block(bad)
	require.Equal(t, CodeStaleNonce, res.TxResults[0].Code, res.TxResults[0].Log)
	require.Equal(t, CodeStaleNonce, h.checkTx(bad).Code)

	// The handler's own writes were dropped: no uptime record.
	pub := hex.EncodeToString(h.keys[0].Public().(ed25519.PublicKey))
	var nv NodeView
	require.NoError(t, json.Unmarshal(h.query("/node/"+pub, 0).Value, &nv))
	require.Nil(t, nv.Uptime)
	// The next nonce works.
	res = h.block(h.uptime(0, 1))
	require.Equal(t, CodeOK, res.TxResults[0].Code, res.TxResults[0].Log)
}

// TestUptimeProofSpam_MinInterval (D10): a node's proofs are at least
// uptime.min_interval_seconds of block time apart, in CheckTx (against
// committed state and the proofs it already admitted) and in FinalizeBlock.
// Fails on a96bbb3: every proof was accepted.
func TestUptimeProofSpam_MinInterval(t *testing.T) {
	h := newHarnessWith(t, 2, func(d *testDoc) { d.Uptime.Params.MinIntervalSeconds = 3 })
	h.block()
	// Nothing recorded yet: the first is admitted, a second one waiting
	// behind it is not.
	require.Equal(t, CodeOK, h.checkTx(h.uptime(0, 0)).Code)
	second := h.checkTx(h.uptime(0, 1))
	require.Equal(t, uptime.CodeTooSoon, second.Code, second.Log)
	require.Equal(t, uptime.Name, second.Codespace)

	// Two in one block: the second fails.
	res := h.block(h.uptime(0, 0), h.uptime(0, 1)) // height 2, time 2
	require.Equal(t, CodeOK, res.TxResults[0].Code, res.TxResults[0].Log)
	require.Equal(t, uptime.CodeTooSoon, res.TxResults[1].Code, res.TxResults[1].Log)
	require.Equal(t, uptime.CodeTooSoon, h.checkTx(h.uptime(0, 2)).Code, "1 s after the last proof, by the last block's time")

	// Block times 3 and 4 are too soon, 5 is 3 s after 2.
	for _, want := range []uint32{uptime.CodeTooSoon, uptime.CodeTooSoon, CodeOK} {
		nonce := h.account(0).NextNonce
		res := h.block(h.uptime(0, nonce))
		require.Equal(t, want, res.TxResults[0].Code, "height %d: %s", h.height, res.TxResults[0].Log)
	}
	// Another node is not held back by node 0.
	res = h.block(h.uptime(1, 0))
	require.Equal(t, CodeOK, res.TxResults[0].Code, res.TxResults[0].Log)
}

// TestCheckTxCheapChecksFirst (D21): CheckTx refuses on the handler, the
// signer kind, registration and the nonce before it verifies a signature.
// Fails on a96bbb3: each of these got CodeBadSignature.
func TestCheckTxCheapChecksFirst(t *testing.T) {
	h := newHarness(t, 2)
	h.block(h.uptime(0, 0))
	forge := func(t0 *tx.Tx) []byte {
		t0.Body = append(bytes.Clone(t0.Body), 0) // after signing: the signature no longer matches
		return t0.Encode()
	}
	body := uptime.Encode(uptime.Proof{Version: "v", Timestamp: blockTime(h.height + 1).Unix()})
	ethKey, _ := crypto.ToECDSA(bytes.Repeat([]byte{0x11}, 32))
	ethTx, _ := tx.NewEthTx(testChain, ethKey, 0, uptime.TxProof, body)
	stranger := ed25519.NewKeyFromSeed(bytes.Repeat([]byte{0xee}, 32))
	cases := []struct {
		name string
		raw  []byte
		want uint32
	}{
		{"unknown type", forge(tx.NewNodeTx(testChain, h.keys[0], 1, "mint_money", body)), CodeUnknownType},
		{"wrong signer kind", forge(ethTx), CodeUnauthorized},
		{"unregistered node", forge(tx.NewNodeTx(testChain, stranger, 0, uptime.TxProof, body)), CodeUnauthorized},
		{"stale nonce", forge(tx.NewNodeTx(testChain, h.keys[0], 0, uptime.TxProof, body)), CodeStaleNonce},
		{"future nonce", forge(tx.NewNodeTx(testChain, h.keys[0], 1+MaxNonceAhead, uptime.TxProof, body)), CodeFutureNonce},
		{"right nonce, bad signature", forge(tx.NewNodeTx(testChain, h.keys[0], 1, uptime.TxProof, body)), CodeBadSignature},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			res := h.checkTx(tc.raw)
			require.Equal(t, tc.want, res.Code, res.Log)
		})
	}
}

// TestValidatorSetNeverEmpty_LastValidatorExits (D26): when the last
// validator leaves the active set, it stays a validator: CometBFT halts on
// an empty set.
// Fails on a96bbb3: FinalizeBlock returned its removal (power 0).
func TestValidatorSetNeverEmpty_LastValidatorExits(t *testing.T) {
	h := newHarnessWith(t, 1, func(*testDoc) {}, exitAt(2, 1, 1))
	h.block()
	h.block()
	for h.height < 5 {
		res := h.block()
		require.Empty(t, res.ValidatorUpdates, "height %d", h.height)
	}
	pub := h.keys[0].Public().(ed25519.PublicKey)
	var nv NodeView
	require.NoError(t, json.Unmarshal(h.query("/node/"+hex.EncodeToString(pub), 0).Value, &nv))
	require.Equal(t, registry.StateExited, nv.State, "the node did exit")
	var vals []string
	require.NoError(t, json.Unmarshal(h.query("/validators", 0).Value, &vals))
	require.Equal(t, []string{hex.EncodeToString(pub)}, vals)
}

// TestExitedNodeCannotProve: a node that left keeps its nonce account (the
// ante knows it) but its proof is refused by the uptime module with its own
// code, not as an internal error.
func TestExitedNodeCannotProve(t *testing.T) {
	h := newHarnessWith(t, 2, func(*testDoc) {}, exitAt(2, 2, 1))
	for h.height < 4 {
		h.block()
	}
	res := h.block(h.uptime(1, 0))
	require.Equal(t, uptime.CodeNotProver, res.TxResults[0].Code, res.TxResults[0].Log)
	require.Equal(t, uptime.Name, res.TxResults[0].Codespace)
	check := h.checkTx(h.uptime(1, 1))
	require.Equal(t, uptime.CodeNotProver, check.Code, check.Log)
	require.Equal(t, uptime.Name, check.Codespace)
}

// TestAnySignerHandler: a handler with AnySigner takes an Ethereum key and a
// registered node's key alike; a handler without it still refuses the other
// kind; a stranger's node key is still refused (no nonce for it in state);
// the envelope's chain id and signature are checked as for any transaction.
func TestAnySignerHandler(t *testing.T) {
	ran := map[string]int{}
	handler := func(name string) exec.TxHandler {
		return exec.TxHandler{
			Check: func(exec.Context, *tx.Tx) error { return nil },
			Deliver: func(c exec.Context, t *tx.Tx) error {
				ran[name]++
				c.KV.Set([]byte("test/"+name), t.Signer.Key())
				return nil
			},
		}
	}
	anyKind := handler("any")
	anyKind.AnySigner = true
	ethOnly := handler("eth")
	ethOnly.Signer = tx.SignerEth
	h := newHarnessWith(t, 2, func(*testDoc) {}, WithModules(exec.Module{Name: "test-any", Txs: map[string]exec.TxHandler{"test_any": anyKind, "test_eth": ethOnly}}))
	h.block() // CheckTx reads the last committed height
	eth := func(nonce uint64, typ, chain string) []byte {
		// One key per chain id: CheckTx counts the nonces it admitted.
		ethKey, err := crypto.ToECDSA(bytes.Repeat([]byte{0x11 + byte(len(chain))}, 32))
		require.NoError(t, err)
		tt, err := tx.NewEthTx(chain, ethKey, nonce, typ, nil)
		require.NoError(t, err)
		return tt.Encode()
	}
	stranger := ed25519.NewKeyFromSeed(bytes.Repeat([]byte{0xee}, 32))
	badSig := tx.NewNodeTx(testChain, h.keys[1], 0, "test_any", nil)
	badSig.Body = []byte{1}

	for _, tc := range []struct {
		name string
		raw  []byte
		want uint32
	}{
		{"eth key", eth(0, "test_any", testChain), CodeOK},
		{"node key", tx.NewNodeTx(testChain, h.keys[0], 0, "test_any", nil).Encode(), CodeOK},
		{"node key, eth-only handler", tx.NewNodeTx(testChain, h.keys[0], 0, "test_eth", nil).Encode(), CodeUnauthorized},
		{"stranger's node key", tx.NewNodeTx(testChain, stranger, 0, "test_any", nil).Encode(), CodeUnauthorized},
		{"another chain", eth(0, "test_any", "other-chain"), CodeWrongChain},
		{"bad signature", badSig.Encode(), CodeBadSignature},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := h.checkTx(tc.raw)
			require.Equal(t, tc.want, res.Code, res.Log)
		})
	}
	res := h.block(eth(0, "test_any", testChain), tx.NewNodeTx(testChain, h.keys[0], 0, "test_any", nil).Encode(),
		tx.NewNodeTx(testChain, h.keys[0], 1, "test_eth", nil).Encode(), tx.NewNodeTx(testChain, stranger, 0, "test_any", nil).Encode())
	codes := make([]uint32, len(res.TxResults))
	for i, r := range res.TxResults {
		codes[i] = r.Code
	}
	require.Equal(t, []uint32{CodeOK, CodeOK, CodeUnauthorized, CodeUnauthorized}, codes)
	require.Equal(t, map[string]int{"any": 2}, ran)
}

// A peer drops a transaction from its mempool once a block commits it, so
// this node can hear a signer's later nonces before committing that block:
// they wait past the gap instead of being refused, and the pending nonce a
// client reads stays at the gap.
func TestCheckTxKeepsNoncesPastAGap(t *testing.T) {
	h := newHarness(t, 1)
	h.block()
	recheck := func(raw []byte) uint32 {
		res, err := h.app.CheckTx(context.Background(), &abci.CheckTxRequest{Tx: raw, Type: abci.CHECK_TX_TYPE_RECHECK})
		require.NoError(t, err)
		return res.Code
	}
	n0, n1, n2, n3 := h.uptime(0, 0), h.uptime(0, 1), h.uptime(0, 2), h.uptime(0, 3)
	require.Equal(t, CodeOK, h.checkTx(n2).Code, "past the gap of nonces 0 and 1")
	require.Equal(t, CodeStaleNonce, h.checkTx(h.uptime(0, 2)).Code, "nonce 2 already waits")
	require.Equal(t, uint64(0), h.account(0).PendingNextNonce)
	require.Equal(t, CodeOK, h.checkTx(n0).Code)
	require.Equal(t, uint64(1), h.account(0).PendingNextNonce)

	// The block another node proposed holds nonces 0 and 1; this node never
	// saw 1. After Commit, the recheck keeps 2 and 3 is the next.
	h.block(n0, n1)
	require.Equal(t, CodeOK, recheck(n2))
	require.Equal(t, uint64(3), h.account(0).PendingNextNonce)
	require.Equal(t, CodeStaleNonce, recheck(n1), "committed")
	require.Equal(t, CodeOK, h.checkTx(n3).Code)
	require.Equal(t, CodeFutureNonce, h.checkTx(h.uptime(0, 2+MaxNonceAhead)).Code, "the limit counts from committed state")
}

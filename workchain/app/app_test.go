package app

import (
	"bytes"
	"cmp"
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"strings"
	"testing"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/rs/zerolog"
	"github.com/seshnet/seshnet/core/kv"
	"github.com/seshnet/seshnet/core/l2event"
	"github.com/seshnet/seshnet/workchain/attest"
	"github.com/seshnet/seshnet/workchain/auth"
	"github.com/seshnet/seshnet/workchain/exec"
	"github.com/seshnet/seshnet/workchain/registry"
	"github.com/seshnet/seshnet/workchain/state"
	"github.com/seshnet/seshnet/workchain/swarm"
	"github.com/seshnet/seshnet/workchain/tx"
	"github.com/seshnet/seshnet/workchain/uptime"
	"github.com/stretchr/testify/require"
)

func TestUptimeProofIsRecordedAndQueryable(t *testing.T) {
	h := newHarness(t, 3)
	res := h.block(h.uptime(1, 0))
	require.Equal(t, CodeOK, res.TxResults[0].Code, res.TxResults[0].Log)
	require.Equal(t, "uptime_proof", res.TxResults[0].Events[0].Type)

	pub := hex.EncodeToString(h.keys[1].Public().(ed25519.PublicKey))
	q := h.query("/node/"+pub, 0)
	require.Equal(t, CodeOK, q.Code, q.Log)
	var nv NodeView
	require.NoError(t, json.Unmarshal(q.Value, &nv))
	require.NotNil(t, nv.Uptime)
	require.Equal(t, int64(1), nv.Uptime.Height)
	require.Equal(t, []string{"relay"}, nv.Uptime.Modules)

	q = h.query("/account/node:"+pub, 0)
	require.Equal(t, CodeOK, q.Code, q.Log)
	require.JSONEq(t, `{"signer":"node:`+pub+`","next_nonce":1,"pending_next_nonce":1}`, string(q.Value))
	require.Equal(t, CodeOK, h.checkTx(h.uptime(1, 1)).Code)
	q = h.query("/account/node:"+pub, 0)
	require.JSONEq(t, `{"signer":"node:`+pub+`","next_nonce":1,"pending_next_nonce":2}`, string(q.Value))

	// A second proof one height later; the first height still answers the old one.
	h.block(h.uptime(1, 1))
	var old NodeView
	require.NoError(t, json.Unmarshal(h.query("/node/"+pub, 1).Value, &old))
	require.Equal(t, int64(1), old.Uptime.Height)
	require.NoError(t, json.Unmarshal(h.query("/node/"+pub, 0).Value, &nv))
	require.Equal(t, int64(2), nv.Uptime.Height)

	var nodes []NodeView
	require.NoError(t, json.Unmarshal(h.query("/nodes", 0).Value, &nodes))
	require.Len(t, nodes, 3)
	var vals []string
	require.NoError(t, json.Unmarshal(h.query("/validators", 0).Value, &vals))
	require.Len(t, vals, 3)
}

func TestQueryErrors(t *testing.T) {
	h := newHarness(t, 1)
	h.block()
	cases := []struct {
		path   string
		height int64
		code   uint32
	}{
		{"/nope", 0, CodeQueryUnknownPath},
		{"/node/zz", 0, CodeQueryBadArgument},
		{"/node/" + hex.EncodeToString(bytes.Repeat([]byte{9}, 32)), 0, CodeQueryNotFound},
		{"/account/btc:00", 0, CodeQueryBadArgument},
		{"/params", 99, CodeQueryHeight},
	}
	for _, tc := range cases {
		t.Run(tc.path, func(t *testing.T) {
			q := h.query(tc.path, tc.height)
			require.Equal(t, tc.code, q.Code, q.Log)
			require.NotEmpty(t, q.Log)
		})
	}
}

func TestGoldenAppHash(t *testing.T) {
	h := newHarness(t, 4)
	h.block(h.uptime(0, 0), h.uptime(3, 0))
	res := h.block(h.uptime(0, 1))
	// Everything that feeds the app hash is fixed here: keys, genesis, times
	// and transactions. A change to this value is a consensus-breaking change
	// of the state machine and needs a new AppVersion.
	// AppVersion 3 (issue 11) changed it deliberately: parameters moved from
	// app/params to params/<module>; a node is stored with service and stake
	// states instead of one state; reg/validators holds powers; new indexes
	// reg/cons/ and reg/staker/; uptime records moved from reg/uptime/ to
	// uptime/proof/; the L2 settings are in state (l2/contract); app/version
	// records the layout.
	// AppVersion 4 (issue 12) changed it deliberately: the rewards module's
	// state (rewards/pool written by every block, an accumulator per node,
	// the payable-after queue, the beneficiary index, params/rewards) and
	// payable_after_seconds gone from params/registry.
	// AppVersion 5 (issue 13) changed it deliberately: the punish module's
	// state (pun/global written by every block, a record per node, the
	// tested and tester lists, params/punish) and the liveness module's
	// (params/liveness, a missed-block window per validator); within
	// issue 13, pun/global gained start_time (the chain's start, from the
	// block after the initial one).
	// AppVersion 6 (issue 14) changed it deliberately: the gov module's
	// genesis writes params/gov and gov/chain_id (the EIP-712 domain's
	// name); no block here has a proposal, so nothing else of gov. Within
	// issue 14, params/gov gained max_open_proposals_per_proposer (the cap
	// on a proposer's proposals being voted on; its count, gov/open/, is
	// written only by proposals). Uptime proofs gained optional module
	// versions; the proofs here carry none, so their records are the same.
	// AppVersion 7 (issue 15) changed it deliberately: the oxen module's
	// genesis writes params/oxen, oxen/snapshot and oxen/totals even when
	// nothing is imported (this genesis imports nothing). Within issue 15,
	// oxen/snapshot gained "network" (the Oxen network whose standard
	// addresses claim coins; "mainnet" by default); the claims' state
	// (oxen/claimed/, oxen/claims, oxen/closed) is written only by claims
	// and by a close height, which this chain has none of.
	require.Equal(t, "bd43447b6e2c81b09312d4b4604c121e764084377da50afa2f41befecb6b23d8", hex.EncodeToString(res.AppHash))
}

func TestCrashBetweenFinalizeAndCommitReplaysToSameHash(t *testing.T) {
	steady := newHarness(t, 3)
	crashy := newHarness(t, 3)
	for _, h := range []*harness{steady, crashy} {
		h.block(h.uptime(0, 0))
	}
	want := steady.block(steady.uptime(1, 0), steady.uptime(0, 1)).AppHash

	first := crashy.finalize(crashy.uptime(1, 0), crashy.uptime(0, 1)).AppHash
	require.Equal(t, want, first)
	crashy.crash()
	info, err := crashy.app.Info(context.Background(), &abci.InfoRequest{})
	require.NoError(t, err)
	require.Equal(t, int64(1), info.LastBlockHeight, "the staged height must not be visible after a crash")

	// CometBFT replays the same block.
	replayed := crashy.block(crashy.uptime(1, 0), crashy.uptime(0, 1)).AppHash
	require.Equal(t, want, replayed)
	info, err = crashy.app.Info(context.Background(), &abci.InfoRequest{})
	require.NoError(t, err)
	require.Equal(t, int64(2), info.LastBlockHeight)
	require.Equal(t, want, info.LastBlockAppHash)
}

func TestCrashBeforeFirstCommitRedoesGenesis(t *testing.T) {
	h := newHarness(t, 2)
	h.crash()
	info, err := h.app.Info(context.Background(), &abci.InfoRequest{})
	require.NoError(t, err)
	require.Zero(t, info.LastBlockHeight)
	appState, err := json.Marshal(testGenesis(2))
	require.NoError(t, err)
	_, err = h.app.InitChain(context.Background(), &abci.InitChainRequest{Time: genesisTime, ChainId: testChain, AppStateBytes: appState, InitialHeight: 1, ConsensusParams: testConsensusParams()})
	require.NoError(t, err)
	res := h.block(h.uptime(0, 0))
	require.Equal(t, CodeOK, res.TxResults[0].Code, res.TxResults[0].Log)

	fresh := newHarness(t, 2)
	require.Equal(t, fresh.block(fresh.uptime(0, 0)).AppHash, res.AppHash)
}

// badTx is a transaction that must be refused with code; usesNonce says
// it passes the envelope, ante and nonce checks, so that in a block it uses
// its signer's nonce (and changes nothing else).
type badTx struct {
	name      string
	raw       []byte
	code      uint32
	usesNonce bool
	space     string // "" is the application's
}

// badTxs are every kind of bad input for the uptime proof, the one
// transaction type so far; each names the code it must get. They are built
// after node 0's proof with nonce 0 was applied at height 1.
func badTxs(h *harness) []badTx {
	goodBody := uptime.Encode(uptime.Proof{Version: "v", Timestamp: blockTime(h.height + 1).Unix()})
	tampered := tx.NewNodeTx(testChain, h.keys[0], 1, uptime.TxProof, goodBody)
	tampered.Body = uptime.Encode(uptime.Proof{Version: "w", Timestamp: blockTime(h.height + 1).Unix()})
	stranger := ed25519.NewKeyFromSeed(bytes.Repeat([]byte{0xee}, 32))
	ethKey, _ := crypto.ToECDSA(bytes.Repeat([]byte{0x11}, 32))
	ethTx, _ := tx.NewEthTx(testChain, ethKey, 0, uptime.TxProof, goodBody)
	stale := uptime.Encode(uptime.Proof{Version: "v", Timestamp: blockTime(h.height+1).Unix() - 3600})
	return []badTx{
		{"bad signature", tampered.Encode(), CodeBadSignature, false, ""},
		{"wrong chain id", tx.NewNodeTx("other-chain", h.keys[0], 1, uptime.TxProof, goodBody).Encode(), CodeWrongChain, false, ""},
		{"replayed nonce", tx.NewNodeTx(testChain, h.keys[0], 0, uptime.TxProof, goodBody).Encode(), CodeStaleNonce, false, ""},
		{"future nonce", tx.NewNodeTx(testChain, h.keys[0], 1+MaxNonceAhead, uptime.TxProof, goodBody).Encode(), CodeFutureNonce, false, ""},
		{"oversize", make([]byte, tx.MaxBytes+1), CodeOversize, false, ""},
		{"undecodable", []byte("garbage in, garbage out"), CodeMalformed, false, ""},
		{"empty", nil, CodeMalformed, false, ""},
		{"unknown type", tx.NewNodeTx(testChain, h.keys[0], 1, "mint_money", goodBody).Encode(), CodeUnknownType, false, ""},
		{"unregistered node", tx.NewNodeTx(testChain, stranger, 0, uptime.TxProof, goodBody).Encode(), CodeUnauthorized, false, ""},
		{"eth signer for a node tx", ethTx.Encode(), CodeUnauthorized, false, ""},
		{"garbage body", tx.NewNodeTx(testChain, h.keys[0], 1, uptime.TxProof, []byte{0xff}).Encode(), uptime.CodeBadProof, true, uptime.Name},
		{"stale timestamp", tx.NewNodeTx(testChain, h.keys[0], 1, uptime.TxProof, stale).Encode(), uptime.CodeBadProof, true, uptime.Name},
	}
}

func TestCheckTxRefusesBadInput(t *testing.T) {
	h := newHarness(t, 2)
	h.block(h.uptime(0, 0))
	for _, tc := range badTxs(h) {
		t.Run(tc.name, func(t *testing.T) {
			res := h.checkTx(tc.raw)
			require.Equal(t, tc.code, res.Code, res.Log)
			require.Equal(t, cmp.Or(tc.space, Codespace), res.Codespace)
			require.NotEmpty(t, res.Log)
		})
	}
	// None of the refusals advanced the pending nonce: nonce 1 is still next.
	res := h.checkTx(h.uptime(0, 1))
	require.Equal(t, CodeOK, res.Code, res.Log)
}

// TestBadTxInBlockChangesNothing: a refused transaction changes nothing
// but, when it got as far as its handler, its signer's nonce (D9): the
// control chain sets that nonce and nothing else.
func TestBadTxInBlockChangesNothing(t *testing.T) {
	bad := newHarness(t, 2)
	control := newHarness(t, 2)
	for _, h := range []*harness{bad, control} {
		h.block(h.uptime(0, 0))
	}
	node0 := tx.Signer{Kind: tx.SignerNode, ID: bad.keys[0].Public().(ed25519.PublicKey)}
	for _, tc := range badTxs(bad) {
		res := bad.finalize(tc.raw)
		require.Equal(t, tc.code, res.TxResults[0].Code, "%s: %s", tc.name, res.TxResults[0].Log)
		require.Equal(t, cmp.Or(tc.space, Codespace), res.TxResults[0].Codespace, tc.name)
		require.NotEmpty(t, res.TxResults[0].Log, tc.name)
		if tc.usesNonce {
			blk, err := control.app.store.Begin(control.height + 1)
			require.NoError(t, err)
			auth.SetNextNonce(blk, node0, 2)
			control.app.genesisAt = control.height + 1 // FinalizeBlock continues the block staged above
		}
		want := control.finalize().AppHash
		require.Equal(t, want, res.AppHash, "%s changed state", tc.name)
		// Neither commits, so each case starts from the same height.
		bad.crash()
		control.crash()
	}
}

func TestMempoolQueuesNoncesAndRechecksAfterCommit(t *testing.T) {
	h := newHarness(t, 1)
	// Before genesis is committed no node is registered yet.
	require.Equal(t, CodeUnauthorized, h.checkTx(h.uptime(0, 0)).Code)
	h.block()
	require.Equal(t, CodeOK, h.checkTx(h.uptime(0, 0)).Code)
	require.Equal(t, CodeOK, h.checkTx(h.uptime(0, 1)).Code)
	require.Equal(t, CodeFutureNonce, h.checkTx(h.uptime(0, MaxNonceAhead)).Code)
	require.Equal(t, CodeStaleNonce, h.checkTx(h.uptime(0, 1)).Code)

	// Block 2 holds nonce 0 only; after commit the mempool rechecks nonce 1.
	h.block(h.uptime(0, 0))
	recheck, err := h.app.CheckTx(context.Background(), &abci.CheckTxRequest{Tx: h.uptime(0, 1), Type: abci.CHECK_TX_TYPE_RECHECK})
	require.NoError(t, err)
	require.Equal(t, CodeOK, recheck.Code, recheck.Log)
}

func TestPrepareProposalDropsWhatMustFail(t *testing.T) {
	h := newHarness(t, 2)
	h.block()
	good0, good1 := h.uptime(0, 0), h.uptime(0, 1)
	gap := h.uptime(1, 2)
	res, err := h.app.PrepareProposal(context.Background(), &abci.PrepareProposalRequest{
		Txs: [][]byte{good0, []byte("junk"), gap, good1, good0}, MaxTxBytes: 1 << 20, Height: 2,
	})
	require.NoError(t, err)
	require.Equal(t, [][]byte{good0, good1}, res.Txs)

	small, err := h.app.PrepareProposal(context.Background(), &abci.PrepareProposalRequest{
		Txs: [][]byte{good0, good1}, MaxTxBytes: attest.TxSize(good0), Height: 2,
	})
	require.NoError(t, err)
	require.Equal(t, [][]byte{good0}, small.Txs)
}

func TestProcessProposalRejectsInvalidTxs(t *testing.T) {
	h := newHarness(t, 1)
	h.block()
	cases := []struct {
		name string
		txs  [][]byte
		want abci.ProcessProposalStatus
	}{
		{"empty block", nil, abci.PROCESS_PROPOSAL_STATUS_ACCEPT},
		{"valid", [][]byte{h.uptime(0, 0)}, abci.PROCESS_PROPOSAL_STATUS_ACCEPT},
		// A stale nonce is a state question: accepted here, failed in FinalizeBlock.
		{"future nonce", [][]byte{h.uptime(0, 9)}, abci.PROCESS_PROPOSAL_STATUS_ACCEPT},
		{"garbage", [][]byte{h.uptime(0, 0), []byte("junk")}, abci.PROCESS_PROPOSAL_STATUS_REJECT},
		{"other chain", [][]byte{tx.NewNodeTx("x", h.keys[0], 0, uptime.TxProof, nil).Encode()}, abci.PROCESS_PROPOSAL_STATUS_REJECT},
		{"oversize", [][]byte{make([]byte, tx.MaxBytes+1)}, abci.PROCESS_PROPOSAL_STATUS_REJECT},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			res, err := h.app.ProcessProposal(context.Background(), &abci.ProcessProposalRequest{Txs: tc.txs, Height: 2})
			require.NoError(t, err)
			require.Equal(t, tc.want, res.Status)
		})
	}
}

func TestVoteExtensions(t *testing.T) {
	h := newHarness(t, 1)
	ext, err := h.app.ExtendVote(context.Background(), &abci.ExtendVoteRequest{Height: 1})
	require.NoError(t, err)
	require.Empty(t, ext.VoteExtension)
	for _, tc := range []struct {
		ext  []byte
		want abci.VerifyVoteExtensionStatus
	}{{nil, abci.VERIFY_VOTE_EXTENSION_STATUS_ACCEPT}, {make([]byte, l2event.MaxExtension+1), abci.VERIFY_VOTE_EXTENSION_STATUS_REJECT}} {
		res, err := h.app.VerifyVoteExtension(context.Background(), &abci.VerifyVoteExtensionRequest{Height: 1, VoteExtension: tc.ext})
		require.NoError(t, err)
		require.Equal(t, tc.want, res.Status)
	}
}

func TestInitChainRefusesBadGenesis(t *testing.T) {
	h := &harness{t: t, dir: t.TempDir()}
	h.open()
	doc := testGenesis(2)
	doc.Registry.Nodes[1].Ed25519 = doc.Registry.Nodes[0].Ed25519
	raw, err := json.Marshal(doc)
	require.NoError(t, err)
	_, err = h.app.InitChain(context.Background(), &abci.InitChainRequest{ChainId: testChain, AppStateBytes: raw, InitialHeight: 1})
	require.ErrorContains(t, err, "nodes[1].ed25519: same key as nodes[0]")
	_, err = h.app.InitChain(context.Background(), &abci.InitChainRequest{ChainId: testChain, AppStateBytes: []byte(`{"params":{},"bogus":1}`)})
	require.ErrorContains(t, err, "app_state.bogus: no module has this section")
	_, err = h.app.InitChain(context.Background(), &abci.InitChainRequest{ChainId: testChain, AppStateBytes: []byte(`{"swarm":{"params":{"min_sise":1}}}`)})
	require.ErrorContains(t, err, "unknown field")
}

func TestNodeLeavingActiveSetLeavesValidatorSet(t *testing.T) {
	leaving := nodeKey(2).Public().(ed25519.PublicKey)
	// A node is decommissioned at the start of block 2, as the punishment
	// rules will do; FinalizeBlock must hand CometBFT its removal.
	punish := exec.Module{Name: "punish-test", BeginBlock: func(c exec.Context, _ exec.Block) error {
		if c.Height != 2 {
			return nil
		}
		_, err := registry.NewKeeper(c, nil).Transition(leaving, registry.Change{Service: registry.ServiceDecommissioned, Reason: "test"})
		return err
	}}
	h := newHarnessWith(t, 3, func(*testDoc) {}, WithModules(punish))
	res := h.block()
	require.Empty(t, res.ValidatorUpdates, "the genesis block repeats no update")
	res = h.block()
	require.Equal(t, []abci.ValidatorUpdate{{PubKeyType: "ed25519", PubKeyBytes: leaving, Power: 0}}, res.ValidatorUpdates)

	var vals []string
	require.NoError(t, json.Unmarshal(h.query("/validators", 0).Value, &vals))
	require.Len(t, vals, 2)
	require.NotContains(t, vals, hex.EncodeToString(leaving))

	// A decommissioned node leaves its swarm too (DESIGN.md §5).
	var nv NodeView
	require.NoError(t, json.Unmarshal(h.query("/node/"+hex.EncodeToString(leaving), 0).Value, &nv))
	require.Nil(t, nv.Swarm)
	var sws []swarm.View
	require.NoError(t, json.Unmarshal(h.query("/swarms", 0).Value, &sws))
	members := 0
	for _, s := range sws {
		require.NotContains(t, s.Members, hex.EncodeToString(leaving))
		members += len(s.Members)
	}
	require.Equal(t, 2, members)
}

func TestGenesisSwarmsAndAccountLookup(t *testing.T) {
	h := newHarness(t, 12) // default sizes 5/7/10: 12 nodes make one swarm of 7 and one of 5
	h.block()
	var sws []swarm.View
	require.NoError(t, json.Unmarshal(h.query("/swarms", 0).Value, &sws))
	require.Len(t, sws, 2)
	require.ElementsMatch(t, []int{5, 7}, []int{len(sws[0].Members), len(sws[1].Members)})

	var nodes []NodeView
	require.NoError(t, json.Unmarshal(h.query("/nodes", 0).Value, &nodes))
	for _, n := range nodes {
		require.NotNil(t, n.Swarm, "node %d has a swarm", n.ServiceNodeID)
	}

	account := "05" + strings.Repeat("ab", 32)
	q := h.query("/swarm-of/"+account, 0)
	require.Equal(t, CodeOK, q.Code, q.Log)
	var of SwarmOf
	require.NoError(t, json.Unmarshal(q.Value, &of))
	var key [32]byte
	raw, _ := hex.DecodeString(account[2:])
	copy(key[:], raw)
	want, _ := swarm.Of([]uint64{sws[0].ID, sws[1].ID}, key)
	require.Equal(t, want, of.Swarm.ID)

	for _, bad := range []string{"zz", "05ab", strings.Repeat("ab", 34)} {
		require.Equal(t, CodeQueryBadArgument, h.query("/swarm-of/"+bad, 0).Code, bad)
	}
}

func TestExitingNodeLeavesAtUnlock(t *testing.T) {
	// The exit request lands in block 2 (as an attested L2 event will);
	// the unlock period is the genesis default shortened here to 3 s.
	h := newHarnessWith(t, 3, func(*testDoc) {}, exitAt(2, 3, 3))
	h.block()
	res := h.block()
	require.Empty(t, res.ValidatorUpdates, "still a validator while exiting")

	leaving := h.keys[2].Public().(ed25519.PublicKey)
	for h.height < 4 {
		require.Empty(t, h.block().ValidatorUpdates)
	}
	res = h.block() // height 5 = exit time + 3 s
	require.Equal(t, []abci.ValidatorUpdate{{PubKeyType: "ed25519", PubKeyBytes: leaving, Power: 0}}, res.ValidatorUpdates)
	var nv NodeView
	require.NoError(t, json.Unmarshal(h.query("/node/"+hex.EncodeToString(leaving), 0).Value, &nv))
	require.Equal(t, registry.StateExited, nv.State)
	require.Nil(t, nv.Swarm, "an exited node leaves its swarm")
}

// TestStoreOfAnotherAppVersionIsRefused: a node never reads state written
// with another layout (a home made by an older seshd) as if it were its own.
func TestStoreOfAnotherAppVersionIsRefused(t *testing.T) {
	h := newHarness(t, 1)
	h.block()
	blk, err := h.app.store.Begin(h.height + 1)
	require.NoError(t, err)
	blk.Delete(appVersionKey) // as a store of AppVersion 2 has it
	_, err = blk.Finish()
	require.NoError(t, err)
	_, err = h.app.store.Commit()
	require.NoError(t, err)
	require.NoError(t, h.db.Close())
	db, err := kv.Open(h.dir, kv.Options{Logger: zerolog.Nop()})
	require.NoError(t, err)
	defer db.Close()
	st, err := state.Open(db)
	require.NoError(t, err)
	_, err = New(st, "test", zerolog.Nop())
	require.ErrorContains(t, err, "written by app version 2, this seshd runs version 7")
}

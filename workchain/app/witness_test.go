package app

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"testing"

	abci "github.com/cometbft/cometbft/abci/types"
	cmtproto "github.com/cometbft/cometbft/api/cometbft/types/v1"
	cmted "github.com/cometbft/cometbft/crypto/ed25519"
	cmttypes "github.com/cometbft/cometbft/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/core/l2event"
	"github.com/seshnet/seshnet/workchain/attest"
	"github.com/seshnet/seshnet/workchain/registry"
	"github.com/seshnet/seshnet/workchain/swarm"
)

// extendedCommit is what CometBFT hands the next proposer: every harness
// validator's vote for the last committed height, each extended with obs[i]
// and signed with the validator's key.
func (h *harness) extendedCommit(obs ...l2event.Observation) abci.ExtendedCommitInfo {
	h.t.Helper()
	var info abci.ExtendedCommitInfo
	for i, o := range obs {
		ext := o.Encode()
		sb := cmttypes.VoteExtensionSignBytes(testChain, &cmtproto.Vote{Height: h.height, Extension: ext})
		pub := h.keys[i].Public().(ed25519.PublicKey)
		info.Votes = append(info.Votes, abci.ExtendedVoteInfo{
			Validator:     abci.Validator{Address: cmted.PubKey(pub).Address(), Power: 10},
			VoteExtension: ext, ExtensionSignature: ed25519.Sign(h.keys[i], sb), BlockIdFlag: cmtproto.BlockIDFlagCommit,
		})
	}
	return info
}

func commitInfo(info abci.ExtendedCommitInfo) abci.CommitInfo {
	var ci abci.CommitInfo
	for _, v := range info.Votes {
		ci.Votes = append(ci.Votes, abci.VoteInfo{Validator: v.Validator, BlockIdFlag: v.BlockIdFlag})
	}
	return ci
}

// propose runs PrepareProposal, ProcessProposal and FinalizeBlock+Commit of
// the next height as a validator would, and returns the block's results.
func (h *harness) propose(info abci.ExtendedCommitInfo) *abci.FinalizeBlockResponse {
	h.t.Helper()
	ctx := context.Background()
	prep, err := h.app.PrepareProposal(ctx, &abci.PrepareProposalRequest{MaxTxBytes: 1 << 20, LocalLastCommit: info, Height: h.height + 1})
	require.NoError(h.t, err)
	proc, err := h.app.ProcessProposal(ctx, &abci.ProcessProposalRequest{Txs: prep.Txs, ProposedLastCommit: commitInfo(info), Height: h.height + 1})
	require.NoError(h.t, err)
	require.Equal(h.t, abci.PROCESS_PROPOSAL_STATUS_ACCEPT, proc.Status)
	return h.block(prep.Txs...)
}

func registrationEvent(t *testing.T, seed byte, id uint64, amount uint64) l2event.Event {
	t.Helper()
	k := ed25519.NewKeyFromSeed(bytes.Repeat([]byte{seed}, 32))
	pub := []byte(k.Public().(ed25519.PublicKey))
	bls := bytes.Repeat([]byte{seed}, 64)
	staker := common.BytesToAddress([]byte{seed})
	r := l2event.Registration{
		ServiceNodeID: id, Initiator: staker, BLS: bls, Ed25519: pub, Ed25519Sig: ed25519.Sign(k, registry.ProofMessage(pub, bls)),
		Contributors: []l2event.Contributor{{Staker: staker, Beneficiary: staker, Amount: amount}},
	}
	payload, err := json.Marshal(r)
	require.NoError(t, err)
	return l2event.Event{Block: 100, LogIndex: uint32(id), Kind: l2event.KindRegistration, Payload: payload}
}

func TestAttestedRegistrationBecomesAnActiveNodeOnce(t *testing.T) {
	h := newHarness(t, 4)
	h.block()
	req := h.app.params.Registry.StakingRequirement
	good := registrationEvent(t, 0x50, 50, req)
	bad := registrationEvent(t, 0x51, 51, req-1) // not fully staked
	obs := l2event.Observation{ScannedTo: 110, Events: []l2event.Event{good, bad}}
	res := h.propose(h.extendedCommit(obs, obs, obs, obs))

	require.Equal(t, CodeOK, res.TxResults[0].Code, res.TxResults[0].Log)
	require.Len(t, res.TxResults[0].Events, 2)
	newKey := ed25519.NewKeyFromSeed(bytes.Repeat([]byte{0x50}, 32)).Public().(ed25519.PublicKey)
	require.Equal(t, []abci.ValidatorUpdate{{PubKeyType: "ed25519", PubKeyBytes: newKey, Power: 10}}, res.ValidatorUpdates)

	var nv NodeView
	q := h.query("/node/"+hex.EncodeToString(newKey), 0)
	require.Equal(t, CodeOK, q.Code, q.Log)
	require.NoError(t, json.Unmarshal(q.Value, &nv))
	require.Equal(t, registry.StateActive, nv.State)
	require.NotNil(t, nv.Swarm, "the new node is in a swarm in the same block")

	// The rejected one is recorded with its reason and adds no node.
	var nodes []NodeView
	require.NoError(t, json.Unmarshal(h.query("/nodes", 0).Value, &nodes))
	require.Len(t, nodes, 5)

	var cur attest.Cursor
	require.NoError(t, json.Unmarshal(h.query("/attest/cursor", 0).Value, &cur))
	require.Equal(t, attest.Cursor{Block: 100, LogIndex: 51, Started: true}, cur, "past the rejected one too")

	// The same reports next block apply nothing again.
	res = h.propose(h.extendedCommit(obs, obs, obs, obs))
	require.Empty(t, res.TxResults[0].Events)
	require.Empty(t, res.ValidatorUpdates)
	var sws []swarm.View
	require.NoError(t, json.Unmarshal(h.query("/swarms", 0).Value, &sws))
	members := 0
	for _, s := range sws {
		members += len(s.Members)
	}
	require.Equal(t, 5, members)
}

func TestOneLyingWitnessChangesNothing(t *testing.T) {
	h := newHarness(t, 4)
	h.block()
	fake := registrationEvent(t, 0x66, 66, h.app.params.Registry.StakingRequirement)
	lie := l2event.Observation{ScannedTo: 110, Events: []l2event.Event{fake}}
	truth := l2event.Observation{ScannedTo: 110}
	control := newHarness(t, 4)
	control.block()
	control.block()

	res := h.propose(h.extendedCommit(lie, truth, truth, truth))
	require.Len(t, res.TxResults[0].Events, 1)
	require.Equal(t, "refuted", res.TxResults[0].Events[0].Attributes[3].Value)
	// Registry, validators and swarms are exactly those of a chain that
	// heard no lie (only the attestation cursor moved).
	for _, path := range []string{"/nodes", "/validators", "/swarms"} {
		require.JSONEq(t, string(control.query(path, 0).Value), string(h.query(path, 0).Value), path)
	}
}

func TestProcessProposalRefusesTamperedAttestations(t *testing.T) {
	h := newHarness(t, 4)
	h.block()
	obs := l2event.Observation{ScannedTo: 110, Events: []l2event.Event{registrationEvent(t, 0x50, 50, h.app.params.Registry.StakingRequirement)}}
	info := h.extendedCommit(obs, obs, obs)
	good, err := h.app.PrepareProposal(context.Background(), &abci.PrepareProposalRequest{MaxTxBytes: 1 << 20, LocalLastCommit: info, Height: 2})
	require.NoError(t, err)
	require.Len(t, good.Txs, 1)

	dup := info
	dup.Votes = append(append([]abci.ExtendedVoteInfo{}, info.Votes...), info.Votes[0])
	dupTx := injected(t, dup)
	cases := []struct {
		name   string
		txs    [][]byte
		commit abci.CommitInfo
	}{
		{"duplicated extension", [][]byte{dupTx}, commitInfo(dup)},
		{"vote the commit does not have", good.Txs, commitInfo(abci.ExtendedCommitInfo{Votes: info.Votes[:2]})},
		{"attestations not first", [][]byte{h.uptime(0, 0), good.Txs[0]}, commitInfo(info)},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			res, err := h.app.ProcessProposal(context.Background(), &abci.ProcessProposalRequest{Txs: tc.txs, ProposedLastCommit: tc.commit, Height: 2})
			require.NoError(t, err)
			require.Equal(t, abci.PROCESS_PROPOSAL_STATUS_REJECT, res.Status)
		})
	}
}

func injected(t *testing.T, info abci.ExtendedCommitInfo) []byte {
	t.Helper()
	raw, err := attest.Inject(info)
	require.NoError(t, err)
	return raw
}

// TestWitnessPayloadsDecodeStrictly: a payload with a field the workchain
// does not know is refused rather than half-read.
func TestWitnessPayloadsDecodeStrictly(t *testing.T) {
	var r l2event.Registration
	require.NoError(t, strictJSON([]byte(`{"service_node_id":1}`), &r))
	require.ErrorContains(t, strictJSON([]byte(`{"service_node_id":1,"surprise":2}`), &r), "unknown field")
}

func TestExtendVoteHandsTheCursorAndNeverSignsGarbage(t *testing.T) {
	h := newHarness(t, 4)
	h.block()
	var got []byte
	answer := l2event.Observation{ScannedTo: 5}.Encode()
	h.app.SetObserver(func(_ context.Context, _ int64, applied []byte) []byte { got = applied; return answer })
	res, err := h.app.ExtendVote(context.Background(), &abci.ExtendVoteRequest{Height: 2})
	require.NoError(t, err)
	require.Equal(t, answer, res.VoteExtension)
	require.JSONEq(t, `{"block":0,"log_index":0,"started":false}`, string(got))

	answer = []byte("garbage")
	res, err = h.app.ExtendVote(context.Background(), &abci.ExtendVoteRequest{Height: 2})
	require.NoError(t, err)
	require.Empty(t, res.VoteExtension)
}

package toy_test

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/json"
	"testing"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"
	cmtproto "github.com/cometbft/cometbft/api/cometbft/types/v1"
	cmted "github.com/cometbft/cometbft/crypto/ed25519"
	cmttypes "github.com/cometbft/cometbft/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/rs/zerolog"
	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/core/kv"
	"github.com/seshnet/seshnet/core/l2event"
	"github.com/seshnet/seshnet/workchain/app"
	"github.com/seshnet/seshnet/workchain/exec"
	"github.com/seshnet/seshnet/workchain/internal/toy"
	"github.com/seshnet/seshnet/workchain/registry"
	"github.com/seshnet/seshnet/workchain/state"
	"github.com/seshnet/seshnet/workchain/tx"
	"github.com/seshnet/seshnet/workchain/uptime"
)

const chainID = "toy-chain"

var t0 = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)

func valKey(i int) ed25519.PrivateKey {
	return ed25519.NewKeyFromSeed(bytes.Repeat([]byte{byte(i + 1)}, 32))
}

// chain runs the application with the toy wired in, height by height, on
// badger in a temporary directory, the way CometBFT calls it.
type chain struct {
	t      *testing.T
	app    *app.App
	height int64
}

func newChain(t *testing.T, validators int, toySection string) *chain {
	t.Helper()
	db, err := kv.Open(t.TempDir(), kv.Options{Logger: zerolog.Nop()})
	require.NoError(t, err)
	t.Cleanup(func() { _ = db.Close() })
	st, err := state.Open(db)
	require.NoError(t, err)
	a, err := app.New(st, "test", zerolog.Nop(), app.WithModules(toy.Module())) // the one line of wiring
	require.NoError(t, err)

	reg := registry.DefaultGenesis()
	for i := range validators {
		addr := common.BytesToAddress([]byte{0xaa, byte(i)})
		reg.Nodes = append(reg.Nodes, registry.GenesisNode{
			ServiceNodeID: uint64(i + 1), Ed25519: registry.Hex(valKey(i).Public().(ed25519.PublicKey)), BLS: bytes.Repeat([]byte{byte(i + 1)}, 64),
			Contributors: []registry.Contributor{{Staker: addr, Beneficiary: addr, Amount: reg.Params.StakingRequirement}},
		})
	}
	regRaw, err := json.Marshal(reg)
	require.NoError(t, err)
	// Sections left out take their module's default; the toy's is given.
	appStateRaw, err := json.Marshal(app.GenesisState{"registry": regRaw, "toy": json.RawMessage(toySection)})
	require.NoError(t, err)
	res, err := a.InitChain(context.Background(), &abci.InitChainRequest{Time: t0, ChainId: chainID, AppStateBytes: appStateRaw, InitialHeight: 1})
	require.NoError(t, err)
	require.Len(t, res.Validators, validators)
	return &chain{t: t, app: a}
}

func (c *chain) block(req abci.FinalizeBlockRequest) *abci.FinalizeBlockResponse {
	c.t.Helper()
	req.Height, req.Time = c.height+1, t0.Add(time.Duration(c.height+1)*time.Second)
	res, err := c.app.FinalizeBlock(context.Background(), &req)
	require.NoError(c.t, err)
	_, err = c.app.Commit(context.Background(), &abci.CommitRequest{})
	require.NoError(c.t, err)
	c.height++
	return res
}

func (c *chain) query(path string, out any) *abci.QueryResponse {
	c.t.Helper()
	res, err := c.app.Query(context.Background(), &abci.QueryRequest{Path: path})
	require.NoError(c.t, err)
	if out != nil {
		require.Equal(c.t, app.CodeOK, res.Code, res.Log)
		require.NoError(c.t, json.Unmarshal(res.Value, out))
	}
	return res
}

// attested is the injected commit of validators 0..n-1 each reporting obs,
// as PrepareProposal builds it from CometBFT's extended commit.
func (c *chain) attested(n int, obs l2event.Observation) []byte {
	c.t.Helper()
	var info abci.ExtendedCommitInfo
	ext := obs.Encode()
	for i := range n {
		sb := cmttypes.VoteExtensionSignBytes(chainID, &cmtproto.Vote{Height: c.height, Extension: ext})
		pub := valKey(i).Public().(ed25519.PublicKey)
		info.Votes = append(info.Votes, abci.ExtendedVoteInfo{
			Validator:     abci.Validator{Address: cmted.PubKey(pub).Address(), Power: 10},
			VoteExtension: ext, ExtensionSignature: ed25519.Sign(valKey(i), sb), BlockIdFlag: cmtproto.BlockIDFlagCommit,
		})
	}
	res, err := c.app.PrepareProposal(context.Background(), &abci.PrepareProposalRequest{MaxTxBytes: 1 << 20, LocalLastCommit: info, Height: c.height + 1})
	require.NoError(c.t, err)
	require.Len(c.t, res.Txs, 1)
	return res.Txs[0]
}

// TestToyModulePlugsIn: a concern defined outside workchain/app, wired with
// one option, gets its genesis section, parameters, transactions (with its
// own codespace), attested L2 events and a begin-block hook that sees
// CometBFT's misbehavior, and shows in queries and the export.
func TestToyModulePlugsIn(t *testing.T) {
	c := newChain(t, 4, `{"params":{"max_note_len":8},"greeting":"hi"}`)
	ethKey, err := crypto.ToECDSA(bytes.Repeat([]byte{0x11}, 32))
	require.NoError(t, err)
	note := func(nonce uint64, body string) []byte {
		tt, err := tx.NewEthTx(chainID, ethKey, nonce, toy.TxNote, []byte(body))
		require.NoError(t, err)
		return tt.Encode()
	}

	// Block 1: a note, a note over the toy's own parameter, and evidence.
	res := c.block(abci.FinalizeBlockRequest{
		Txs:         [][]byte{note(0, "short"), note(1, "much too long")},
		Misbehavior: []abci.Misbehavior{{Type: abci.MISBEHAVIOR_TYPE_DUPLICATE_VOTE, Height: 1}},
	})
	require.Equal(t, app.CodeOK, res.TxResults[0].Code, res.TxResults[0].Log)
	require.Equal(t, toy.CodeTooLong, res.TxResults[1].Code, res.TxResults[1].Log)
	require.Equal(t, toy.Name, res.TxResults[1].Codespace)

	// Block 2: three of four validators attest a bump of the counter.
	bumpEvent := l2event.Event{Block: 7, LogIndex: 0, Kind: toy.KindBump, Payload: []byte(`{"by":5}`)}
	res = c.block(abci.FinalizeBlockRequest{Txs: [][]byte{c.attested(3, l2event.Observation{ScannedTo: 10, Events: []l2event.Event{bumpEvent}})}})
	require.Equal(t, app.CodeOK, res.TxResults[0].Code, res.TxResults[0].Log)
	require.Equal(t, "applied", attr(res.TxResults[0].Events[0], "result"))

	var v toy.View
	c.query("/toy", &v)
	require.Equal(t, toy.View{Greeting: "hi", Counter: "5", Blocks: "2", Misbehavior: "1"}, v)
	var p toy.Params
	c.query("/params/toy", &p)
	require.Equal(t, uint32(8), p.MaxNoteLen)

	gs, err := c.app.ExportGenesis(0)
	require.NoError(t, err)
	require.JSONEq(t, `{"params":{"max_note_len":8},"greeting":"hi"}`, string(gs["toy"]))
}

func attr(ev abci.Event, key string) string {
	for _, a := range ev.Attributes {
		if a.Key == key {
			return a.Value
		}
	}
	return ""
}

// TestToyGenesisIsChecked: the toy's section goes through its own rules,
// and a section nobody owns is refused.
func TestToyGenesisIsChecked(t *testing.T) {
	opt := app.WithModules(toy.Module())
	for raw, want := range map[string]string{
		`{"toy":{"params":{"max_note_len":0},"greeting":""}}`: "toy.max_note_len: must be 1..1024",
		`{"toy":{"params":{"max_note_len":8},"greetng":""}}`:  "unknown field",
		`{"toys":{}}`: "app_state.toys: no module has this section",
	} {
		require.ErrorContains(t, app.ValidateGenesis([]byte(raw), opt), want, raw)
	}
}

// TestRouterRefusesASecondOwner: two modules cannot own one name,
// transaction type, L2 event kind or query path.
func TestRouterRefusesASecondOwner(t *testing.T) {
	steal := func(edit func(m *exec.Module)) exec.Module {
		m := exec.Module{Name: "thief"}
		edit(&m)
		return m
	}
	nop := exec.TxHandler{Check: func(exec.Context, *tx.Tx) error { return nil }, Deliver: func(exec.Context, *tx.Tx) error { return nil }}
	for name, m := range map[string]exec.Module{
		"module toy":                         toy.Module(),
		"transaction type " + uptime.TxProof: steal(func(m *exec.Module) { m.Txs = map[string]exec.TxHandler{uptime.TxProof: nop} }),
		"L2 event kind 1":                    steal(func(m *exec.Module) { m.L2 = map[byte]exec.L2Handler{l2event.KindRegistration: nil} }),
		"query /validators":                  steal(func(m *exec.Module) { m.Queries = map[string]exec.Query{"validators": nil} }),
		"/nodes is the application's":        steal(func(m *exec.Module) { m.Queries = map[string]exec.Query{"nodes": nil} }),
	} {
		_, err := app.DefaultGenesis(app.WithModules(toy.Module(), m))
		require.ErrorContains(t, err, name)
	}
}

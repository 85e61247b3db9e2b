package toy_test

import (
	"bytes"
	"crypto/ed25519"
	"encoding/json"
	"testing"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/core/l2event"
	"github.com/seshnet/seshnet/workchain/app"
	"github.com/seshnet/seshnet/workchain/exec"
	"github.com/seshnet/seshnet/workchain/internal/apptest"
	"github.com/seshnet/seshnet/workchain/internal/toy"
	"github.com/seshnet/seshnet/workchain/registry"
	"github.com/seshnet/seshnet/workchain/tx"
	"github.com/seshnet/seshnet/workchain/uptime"
)

const chainID = "toy-chain"

// newChain runs the application with the toy wired in (the one line of
// wiring: app.WithModules(toy.Module())) over validators genesis nodes.
func newChain(t *testing.T, validators int, toySection string) *apptest.Chain {
	t.Helper()
	reg := registry.DefaultGenesis()
	for i := range validators {
		addr := common.BytesToAddress([]byte{0xaa, byte(i)})
		reg.Nodes = append(reg.Nodes, registry.GenesisNode{
			ServiceNodeID: uint64(i + 1), Ed25519: registry.Hex(apptest.ValKey(i).Public().(ed25519.PublicKey)), BLS: bytes.Repeat([]byte{byte(i + 1)}, 64),
			Contributors: []registry.Contributor{{Staker: addr, Beneficiary: addr, Amount: reg.Params.StakingRequirement}},
		})
	}
	regRaw, err := json.Marshal(reg)
	require.NoError(t, err)
	// Sections left out take their module's default; the toy's is given.
	c := apptest.New(t, chainID, app.GenesisState{"registry": regRaw, "toy": json.RawMessage(toySection)}, app.WithModules(toy.Module()))
	require.Len(t, c.Init.Validators, validators)
	return c
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
	res := c.Block(abci.FinalizeBlockRequest{
		Txs:         [][]byte{note(0, "short"), note(1, "much too long")},
		Misbehavior: []abci.Misbehavior{{Type: abci.MISBEHAVIOR_TYPE_DUPLICATE_VOTE, Height: 1}},
	})
	require.Equal(t, app.CodeOK, res.TxResults[0].Code, res.TxResults[0].Log)
	require.Equal(t, toy.CodeTooLong, res.TxResults[1].Code, res.TxResults[1].Log)
	require.Equal(t, toy.Name, res.TxResults[1].Codespace)

	// Block 2: three of four validators attest a bump of the counter.
	bumpEvent := l2event.Event{Block: 7, LogIndex: 0, Kind: toy.KindBump, Payload: []byte(`{"by":5}`)}
	res = c.Block(abci.FinalizeBlockRequest{Txs: [][]byte{c.Injected(3, l2event.Observation{ScannedTo: 10, Events: []l2event.Event{bumpEvent}})}})
	require.Equal(t, app.CodeOK, res.TxResults[0].Code, res.TxResults[0].Log)
	require.Equal(t, "applied", attr(res.TxResults[0].Events[0], "result"))

	var v toy.View
	c.Query("/toy", &v)
	require.Equal(t, toy.View{Greeting: "hi", Counter: "5", Blocks: "2", Misbehavior: "1"}, v)
	var p toy.Params
	c.Query("/params/toy", &p)
	require.Equal(t, uint32(8), p.MaxNoteLen)

	gs, err := c.App.ExportGenesis(0)
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

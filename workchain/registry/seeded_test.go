package registry_test

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"slices"
	"strconv"
	"testing"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"
	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/core/kv"
	"github.com/seshnet/seshnet/core/l2event"
	"github.com/seshnet/seshnet/workchain/app"
	"github.com/seshnet/seshnet/workchain/internal/apptest"
	"github.com/seshnet/seshnet/workchain/registry"
	"github.com/seshnet/seshnet/workchain/state"
)

// seedChain is the application on badger (apptest) with four genesis
// nodes, ids 1..4, Ed25519 keys apptest.ValKey(0..3) and BLS keys 64 bytes
// of i+1; it keeps the store to compare the registry's state.
type seedChain struct {
	*apptest.Chain
	st   *state.Store
	l2At uint64 // the L2 block of the next attested event
}

func newSeedChain(t *testing.T) *seedChain {
	t.Helper()
	req := registry.DefaultParams().StakingRequirement
	g := registry.DefaultGenesis()
	for i := range 4 {
		g.Nodes = append(g.Nodes, registry.GenesisNode{
			ServiceNodeID: uint64(i + 1), Ed25519: edOf(i), BLS: blsOf(i),
			Contributors: []registry.Contributor{{Staker: staker(i), Beneficiary: staker(i), Amount: req}},
		})
	}
	raw, err := json.Marshal(g)
	require.NoError(t, err)
	db, err := kv.Open(t.TempDir(), kv.Options{Logger: zerolog.Nop()})
	require.NoError(t, err)
	t.Cleanup(func() { _ = db.Close() })
	st, err := state.Open(db)
	require.NoError(t, err)
	a, err := app.New(st, "test", zerolog.Nop())
	require.NoError(t, err)
	appState, err := json.Marshal(app.GenesisState{"registry": raw})
	require.NoError(t, err)
	// InitialHeight 3: a genesis node is one registered at the initial
	// height, whatever it is.
	res, err := a.InitChain(context.Background(), &abci.InitChainRequest{Time: apptest.T0, ChainId: "seed-chain", AppStateBytes: appState, InitialHeight: 3})
	require.NoError(t, err)
	c := &seedChain{Chain: &apptest.Chain{T: t, App: a, ChainID: "seed-chain", Height: 2, Init: res}, st: st, l2At: 10}
	c.Block(abci.FinalizeBlockRequest{})
	return c
}

func edOf(i int) registry.Hex  { return registry.Hex(apptest.ValKey(i).Public().(ed25519.PublicKey)) }
func blsOf(i int) registry.Hex { return bytes.Repeat([]byte{byte(i + 1)}, 64) }
func staker(i int) common.Address {
	return common.BytesToAddress([]byte{0xbb, byte(i)})
}

// attest applies one event in the next block (validators 0..2 of 4
// report it) and returns its result.
func (c *seedChain) attest(kind byte, payload []byte) string {
	c.T.Helper()
	c.l2At++
	obs := l2event.Observation{ScannedTo: c.l2At, Events: []l2event.Event{{Block: c.l2At, Kind: kind, Payload: payload}}}
	res := c.Block(abci.FinalizeBlockRequest{Txs: [][]byte{c.Injected(3, obs)}})
	require.Equal(c.T, app.CodeOK, res.TxResults[0].Code, res.TxResults[0].Log)
	results := apptest.Results(res)
	require.Len(c.T, results, 1)
	return results[0]
}

// registry is every committed key of the registry ("reg/") and its value.
func (c *seedChain) registry() map[string]string {
	c.T.Helper()
	v, err := c.st.View(0)
	require.NoError(c.T, err)
	defer v.Close()
	out := map[string]string{}
	require.NoError(c.T, v.Iterate([]byte("reg/"), func(k, val []byte) bool {
		out[string(k)] = string(val)
		return true
	}))
	return out
}

// changed lists the keys whose values differ between two snapshots.
func changed(before, after map[string]string) []string {
	var out []string
	for k, v := range after {
		if w, ok := before[k]; !ok || w != v {
			out = append(out, k)
		}
	}
	for k := range before {
		if _, ok := after[k]; !ok {
			out = append(out, k)
		}
	}
	slices.Sort(out)
	return out
}

func seeded(id uint64, ed, bls []byte) []byte {
	return l2event.Seeded{ServiceNodeID: id, BLS: bls, Ed25519: ed}.Encode()
}

func (c *seedChain) node(i int) app.NodeView {
	c.T.Helper()
	var nv app.NodeView
	c.Query("/node/"+hex.EncodeToString(edOf(i)), &nv)
	return nv
}

// TestSeededEventsThroughTheApp walks real heights: a NewSeededServiceNode
// naming a genesis node with its id and both keys marks it seeded_on_l2
// and changes nothing else of the registry; the same event again changes
// nothing; an event with another genesis node's id, another Ed25519 or BLS
// key, an unknown id, or a node registered on the L2 later is refused with
// a record under /rejected/<id> and changes nothing else; an undecodable
// payload fails and changes nothing. No seeded event creates a node.
func TestSeededEventsThroughTheApp(t *testing.T) {
	c := newSeedChain(t)

	// Node 5 joins later through the L2 (not a genesis node).
	k5 := ed25519.NewKeyFromSeed(bytes.Repeat([]byte{55}, 32))
	ed5, bls5 := []byte(k5.Public().(ed25519.PublicKey)), bytes.Repeat([]byte{55}, 64)
	req := registry.DefaultParams().StakingRequirement
	reg, err := json.Marshal(l2event.Registration{ServiceNodeID: 5, Initiator: staker(5), BLS: bls5, Ed25519: ed5,
		Ed25519Sig: ed25519.Sign(k5, registry.ProofMessage(ed5, bls5)), Contributors: []l2event.Contributor{{Staker: staker(5), Beneficiary: staker(5), Amount: req}}})
	require.NoError(t, err)
	require.Equal(t, "applied", c.attest(l2event.KindRegistration, reg))

	other := bytes.Repeat([]byte{0x77}, 32)
	refused := []struct {
		name    string
		payload []byte
		id      uint64
		reason  string
	}{
		{"another genesis node's id", seeded(2, edOf(0), blsOf(0)), 2, "seeded keys differ from the genesis node's: node 2 has ed25519 key"},
		{"ed25519 key differs", seeded(1, other, blsOf(0)), 1, "seeded keys differ from the genesis node's: node 1 has ed25519 key"},
		{"bls key differs", seeded(1, edOf(0), blsOf(1)), 1, "node 1 has another bls key than the event"},
		{"unknown id", seeded(99, other, bytes.Repeat([]byte{0x77}, 64)), 99, "not a genesis node: no node has service node id 99"},
		{"node that joined later", seeded(5, ed5, bls5), 5, "not a genesis node: node 5 was registered at height 4, genesis is 3"},
	}
	for _, tc := range refused {
		t.Run(tc.name, func(t *testing.T) {
			before := c.registry()
			require.Equal(t, "applied", c.attest(l2event.KindSeeded, tc.payload), "a refusal is a record, not a failure")
			after := c.registry()
			require.Equal(t, []string{"reg/rejected/" + string(be(tc.id))}, changed(before, after))
			var rej registry.Rejection
			c.Query("/rejected/"+itoa(tc.id), &rej)
			require.Equal(t, registry.RejectedSeeded, rej.Event)
			require.Equal(t, tc.id, rej.ServiceNodeID)
			require.Equal(t, c.Height, rej.Height)
			require.Contains(t, rej.Reason, tc.reason)
		})
	}
	require.NotEqual(t, app.CodeOK, c.Query("/node/"+hex.EncodeToString(other), nil).Code, "no node was created")

	t.Run("undecodable payload", func(t *testing.T) {
		before := c.registry()
		require.Contains(t, c.attest(l2event.KindSeeded, []byte(`{"service_node_id":1}`)), "failed: event payload")
		require.Empty(t, changed(before, c.registry()))
	})

	t.Run("matching genesis node", func(t *testing.T) {
		before := c.registry()
		require.False(t, c.node(0).SeededOnL2)
		require.Equal(t, "applied", c.attest(l2event.KindSeeded, seeded(1, edOf(0), blsOf(0))))
		after := c.registry()
		require.Equal(t, []string{"reg/node/" + string(edOf(0))}, changed(before, after))
		nv := c.node(0)
		require.True(t, nv.SeededOnL2)
		// Only the flag changed.
		was := before["reg/node/"+string(edOf(0))]
		var old, now map[string]any
		require.NoError(t, json.Unmarshal([]byte(was), &old))
		require.NoError(t, json.Unmarshal([]byte(after["reg/node/"+string(edOf(0))]), &now))
		require.Equal(t, true, now["seeded_on_l2"])
		delete(now, "seeded_on_l2")
		require.Equal(t, old, now)
		require.False(t, c.node(1).SeededOnL2, "other nodes are not")
	})

	t.Run("same event again", func(t *testing.T) {
		before := c.registry()
		require.Equal(t, "applied", c.attest(l2event.KindSeeded, seeded(1, edOf(0), blsOf(0))))
		require.Empty(t, changed(before, c.registry()))
		require.True(t, c.node(0).SeededOnL2)
	})
	var nodes []app.NodeView
	c.Query("/nodes", &nodes)
	require.Len(t, nodes, 5, "no seeded event created a node")
}

func be(id uint64) []byte { return binary.BigEndian.AppendUint64(nil, id) }

func itoa(id uint64) string { return strconv.FormatUint(id, 10) }

package oxen_test

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/json"
	"strings"
	"testing"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"
	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/core/codec"
	"github.com/seshnet/seshnet/core/kv"
	"github.com/seshnet/seshnet/workchain/app"
	"github.com/seshnet/seshnet/workchain/internal/apptest"
	"github.com/seshnet/seshnet/workchain/oxen"
	"github.com/seshnet/seshnet/workchain/registry"
	"github.com/seshnet/seshnet/workchain/rewards"
	"github.com/seshnet/seshnet/workchain/state"
)

// Two syntactically valid mainnet addresses (oxen-core
// sesh_transition/mainnet.cpp); the workchain checks only their text.
const (
	oxenA = "L4xAFmWxcTH2GDwiCBA6fkhErBbUtU1MmRmTstk68pHV4d3ZXsNnAs8HwPBkGnmCosZbjwhxeMzzh5mWUBow4QSASfBR1JQ"
	oxenB = "L4xqWAV5iCh2Mraukqcw3MM3CKDkVsskEPpRcBsyNWzoYG1mhMhHWZRfo7mH5YBgrtcumZe5YAh2ASLUMC2aFfmDTmUGssq"
)

func addr(b byte) common.Address { return common.BytesToAddress([]byte{0xaa, b}) }

// genesisNodes are n solo nodes: the first four are apptest's validators,
// the others stand for nodes an import carried over.
func genesisNodes(n int) []registry.GenesisNode {
	p := registry.DefaultParams()
	out := make([]registry.GenesisNode, n)
	for i := range out {
		pub := apptest.ValKey(i).Public()
		out[i] = registry.GenesisNode{
			ServiceNodeID: uint64(i + 1), Ed25519: registry.Hex(pub.(ed25519.PublicKey)), BLS: registry.Hex(bytes.Repeat([]byte{byte(i + 1)}, 64)),
			Contributors: []registry.Contributor{{Staker: addr(byte(i)), Beneficiary: addr(byte(i)), Amount: p.StakingRequirement}},
		}
	}
	return out
}

func section(nodes []registry.GenesisNode, carried int) oxen.Genesis {
	g := oxen.DefaultGenesis()
	g.Params.ClaimsCloseHeight = 1000
	g.Snapshot = oxen.Snapshot{Height: 1_500_000, Hash: codec.Hex(bytes.Repeat([]byte{7}, 32)), Network: "mainnet"}
	for _, n := range nodes[len(nodes)-carried:] {
		g.Nodes = append(g.Nodes, codec.Hex(n.Ed25519))
	}
	g.Budgets = []oxen.Budget{{Address: addr(1), Amount: 500}, {Address: addr(0x50), Amount: 7_000_000_000}}
	g.Coins = []oxen.Coin{{OxenAddress: oxenA, Amount: 123}, {OxenAddress: oxenB, Amount: 77}}
	g.Pools = oxen.Pools{Bonus: 30, Claims: 1000}
	return g
}

func start(t *testing.T, nodes []registry.GenesisNode, g oxen.Genesis) *apptest.Chain {
	t.Helper()
	reg := registry.DefaultGenesis()
	reg.Nodes = nodes
	regRaw, err := json.Marshal(reg)
	require.NoError(t, err)
	oxRaw, err := json.Marshal(g)
	require.NoError(t, err)
	return apptest.New(t, "oxen-chain", app.GenesisState{"registry": regRaw, "oxen": oxRaw})
}

// TestImportedGenesisThroughTheApp: budgets land in the rewards balances
// (claimable like rewards), coins are kept per Oxen address, the totals
// add up, and the carried nodes are active and in swarms from the start.
func TestImportedGenesisThroughTheApp(t *testing.T) {
	nodes := genesisNodes(12)
	c := start(t, nodes, section(nodes, 8))
	c.Block(abciReq())

	var acct rewards.AccountView
	c.Query("/rewards/"+addr(0x50).Hex(), &acct)
	require.Equal(t, "7000000000", acct.Credited)
	require.Equal(t, "7000000000", acct.Accrued)
	require.Equal(t, "7000000000", acct.Claimable)
	c.Query("/rewards/"+addr(1).Hex(), &acct)
	require.Equal(t, "500", acct.Credited)

	var pool rewards.PoolView
	c.Query("/pool", &pool)
	require.Equal(t, "7000000500", pool.Credited[rewards.CreditOxenBudget])
	require.Equal(t, "0", pool.Credited[rewards.CreditOxenClaim])

	var claim oxen.ClaimView
	c.Query("/oxen/claim/"+oxenA, &claim)
	require.Equal(t, oxen.ClaimView{OxenAddress: oxenA, Amount: "123"}, claim)

	var tot oxen.TotalsView
	c.Query("/oxen/totals", &tot)
	require.Equal(t, uint64(8), tot.NodesCarried)
	require.Equal(t, oxen.PoolTotals{Addresses: 2, Imported: "7000000500", Claimed: "0", Unclaimed: "7000000500"}, tot.Budgets)
	require.Equal(t, oxen.PoolTotals{Addresses: 2, Imported: "200", Claimed: "0", Unclaimed: "200"}, tot.Coins)
	require.Equal(t, int64(1000), tot.ClaimsCloseHeight)
	require.Equal(t, "30", tot.BonusPool)
	require.Equal(t, "1000", tot.ClaimsPool)

	var views []app.NodeView
	c.Query("/nodes", &views)
	require.Len(t, views, 12)
	for _, v := range views {
		require.Equal(t, registry.StateActive, v.State, "node %d", v.ServiceNodeID)
		require.NotNil(t, v.Swarm, "node %d is in no swarm", v.ServiceNodeID)
	}

	exported, err := c.App.ExportGenesis(0)
	require.NoError(t, err)
	var back oxen.Genesis
	require.NoError(t, json.Unmarshal(exported["oxen"], &back))
	require.Len(t, back.Nodes, 8)
	require.Len(t, back.Budgets, 2)
	require.Len(t, back.Coins, 2)
}

// TestBadClaimQueries: an address with no coins, and text that is no
// Oxen address, answer their codes.
func TestBadClaimQueries(t *testing.T) {
	nodes := genesisNodes(4)
	c := start(t, nodes, section(nodes, 0))
	for _, tc := range []struct {
		path string
		code uint32
	}{
		{"/oxen/claim/" + strings.Replace(oxenA, "L4x", "L4y", 1), app.CodeQueryNotFound},
		{"/oxen/claim/0x1234", app.CodeQueryBadArgument},
		{"/oxen/claim/" + strings.Replace(oxenA, "x", "0", 1), app.CodeQueryBadArgument},
		{"/oxen/nothing", app.CodeQueryBadArgument},
	} {
		res := c.Query(tc.path, nil)
		require.Equal(t, tc.code, res.Code, "%s: %s", tc.path, res.Log)
	}
}

// TestGenesisRefusesBadSections names each wrong entry.
func TestGenesisRefusesBadSections(t *testing.T) {
	nodes := genesisNodes(5)
	for _, tc := range []struct {
		name string
		edit func(g *oxen.Genesis)
		want string
	}{
		{"duplicate budget", func(g *oxen.Genesis) { g.Budgets = append(g.Budgets, oxen.Budget{Address: addr(1), Amount: 1}) }, "oxen.budgets[2].address: 0x000000000000000000000000000000000000Aa01 already has budgets[0]"},
		{"zero budget", func(g *oxen.Genesis) { g.Budgets[0].Amount = 0 }, "oxen.budgets[0].amount: must be positive"},
		{"zero address", func(g *oxen.Genesis) { g.Budgets[0].Address = common.Address{} }, "oxen.budgets[0].address: the zero address"},
		{"duplicate coin", func(g *oxen.Genesis) { g.Coins[1].OxenAddress = oxenA }, "oxen.coins[1].oxen_address: already has coins[0]"},
		{"not an address", func(g *oxen.Genesis) { g.Coins[1].OxenAddress = "hello" }, "oxen.coins[1].oxen_address: 5 characters"},
		{"coins past the pool", func(g *oxen.Genesis) { g.Pools.Claims = 199 }, "oxen.coins: total 200 is more than the claims pool 199"},
		{"duplicate node", func(g *oxen.Genesis) { g.Nodes = append(g.Nodes, g.Nodes[0]) }, "oxen.nodes[1]: same key as nodes[0]"},
		{"short hash", func(g *oxen.Genesis) { g.Snapshot.Hash = codec.Hex{1} }, "oxen.snapshot.hash: 1 bytes, want 32"},
		{"negative close", func(g *oxen.Genesis) { g.Params.ClaimsCloseHeight = -1 }, "oxen.claims_close_height: must not be negative"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g := section(nodes, 1)
			tc.edit(&g)
			raw, err := json.Marshal(g)
			require.NoError(t, err)
			regRaw, err := json.Marshal(registry.Genesis{Params: registry.DefaultParams(), Nodes: nodes})
			require.NoError(t, err)
			state, err := json.Marshal(app.GenesisState{"registry": regRaw, "oxen": raw})
			require.NoError(t, err)
			require.ErrorContains(t, app.ValidateGenesis(state), tc.want)
		})
	}
}

// TestCarriedNodeMustBeRegistered: a carried key the registry section does
// not have fails InitChain, naming the entry.
func TestCarriedNodeMustBeRegistered(t *testing.T) {
	nodes := genesisNodes(4)
	g := section(nodes, 0)
	g.Nodes = []codec.Hex{bytes.Repeat([]byte{9}, 32)}
	regRaw, err := json.Marshal(registry.Genesis{Params: registry.DefaultParams(), Nodes: nodes})
	require.NoError(t, err)
	oxRaw, err := json.Marshal(g)
	require.NoError(t, err)
	raw, err := json.Marshal(app.GenesisState{"registry": regRaw, "oxen": oxRaw})
	require.NoError(t, err)
	db, err := kv.Open(t.TempDir(), kv.Options{Logger: zerolog.Nop()})
	require.NoError(t, err)
	defer db.Close()
	st, err := state.Open(db)
	require.NoError(t, err)
	a, err := app.New(st, "test", zerolog.Nop())
	require.NoError(t, err)
	_, err = a.InitChain(context.Background(), &abci.InitChainRequest{Time: apptest.T0, ChainId: "oxen-chain", AppStateBytes: raw, InitialHeight: 1})
	require.ErrorContains(t, err, "oxen.nodes[0]: carried over but not in the registry section")
}

func abciReq() abci.FinalizeBlockRequest { return abci.FinalizeBlockRequest{} }

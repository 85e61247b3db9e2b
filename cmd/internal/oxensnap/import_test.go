package oxensnap

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"
	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/core/kv"
	coreoxen "github.com/seshnet/seshnet/core/oxen"
	"github.com/seshnet/seshnet/genesis"
	"github.com/seshnet/seshnet/workchain/app"
	"github.com/seshnet/seshnet/workchain/oxen"
	"github.com/seshnet/seshnet/workchain/registry"
	"github.com/seshnet/seshnet/workchain/rewards"
	"github.com/seshnet/seshnet/workchain/state"
)

// A real mainnet address and the Ethereum address it registered (oxen-core
// src/cryptonote_core/sesh_transition/mainnet.cpp, the first entry).
const mainnetVector = "L4xAFmWxcTH2GDwiCBA6fkhErBbUtU1MmRmTstk68pHV4d3ZXsNnAs8HwPBkGnmCosZbjwhxeMzzh5mWUBow4QSASfBR1JQ"

// TestSnapshotAddresses: the snapshot's addresses are read by core/oxen
// (checksum, prefix, keys): a real mainnet address is taken and the import
// records its network; a checksum error, a subaddress and an address of
// another network than the others are refused, naming the entry.
func TestSnapshotAddresses(t *testing.T) {
	s := small(t)
	s.Coins[0].OxenAddress = mainnetVector
	raw, err := json.Marshal(s)
	require.NoError(t, err)
	parsed, err := Parse(raw)
	require.NoError(t, err)
	require.Equal(t, coreoxen.Mainnet, parsed.Network())

	k := coreoxen.KeysFromSeed([32]byte{9})
	sub := k.Address(coreoxen.Mainnet)
	sub.Kind = coreoxen.Subaddress
	for _, tc := range []struct {
		name, addr, want string
	}{
		{"checksum", strings.Replace(mainnetVector, "L4xA", "L4xB", 1), "snapshot.coins[0].oxen_address: "},
		{"subaddress", sub.String(), "a subaddress, not a wallet's primary (standard) address"},
		{"another network", k.Address(coreoxen.Testnet).String(), "an Oxen testnet address in a snapshot of mainnet addresses"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse(bytes.Replace(raw, []byte(mainnetVector), []byte(tc.addr), 1))
			require.ErrorContains(t, err, tc.want)
		})
	}
}

func TestSampleIsDeterministic(t *testing.T) {
	a, ka, err := Sample(3, 20, 60)
	require.NoError(t, err)
	b, kb, err := Sample(3, 20, 60)
	require.NoError(t, err)
	ja, _ := json.Marshal(a)
	jb, _ := json.Marshal(b)
	require.Equal(t, ja, jb)
	require.Equal(t, ka, kb)
	c, _, err := Sample(4, 20, 60)
	require.NoError(t, err)
	jc, _ := json.Marshal(c)
	require.NotEqual(t, ja, jc)
	// The keys are what the addresses say: public = secret·G.
	for _, h := range ka.Holders[:5] {
		addr, err := coreoxen.ParseAddress(h.OxenAddress)
		require.NoError(t, err)
		require.Equal(t, h.SpendPublic, hex.EncodeToString(addr.Spend[:]))
		require.Equal(t, h.ViewPublic, hex.EncodeToString(addr.View[:]))
	}
}

// small is a snapshot with three registered holders and one not, built by
// hand so each rule's effect is known to the unit.
func small(t *testing.T) *Snapshot {
	t.Helper()
	h := func(i byte) (string, common.Address) {
		return coreoxen.KeysFromSeed([32]byte{i}).Address(coreoxen.Mainnet).String(), common.BytesToAddress([]byte{0xee, i})
	}
	o1, e1 := h(1)
	o2, e2 := h(2)
	o3, e3 := h(3)
	o4, _ := h(4)
	bls := func(i byte) *string { s := hex.EncodeToString(bytes.Repeat([]byte{i}, 64)); return &s }
	key := func(i byte) string { return hex.EncodeToString(bytes.Repeat([]byte{i}, 32)) }
	s := &Snapshot{
		Version: 1, Height: 10, Hash: key(0xab),
		Params: Params{Ratio: "1/2", BonusPool: A(3000), ClaimsPool: A(100)},
		ServiceNodes: []ServiceNode{
			// Younger than node 2: processed second.
			{Ed25519: key(1), BLS: bls(1), RegistrationHeight: 20, StakingRequirement: A(300), Operator: o1, Contributors: []Contributor{
				{OxenAddress: o1, Amount: A(150), EthAddress: &e1}, {OxenAddress: o2, Amount: A(150), EthAddress: &e2}}},
			{Ed25519: key(2), BLS: bls(2), RegistrationHeight: 10, StakingRequirement: A(300), Operator: o3, Contributors: []Contributor{
				{OxenAddress: o3, Amount: A(300), EthAddress: &e3}}},
			// An unregistered contributor.
			{Ed25519: key(3), BLS: bls(3), RegistrationHeight: 5, StakingRequirement: A(300), Operator: o4, Contributors: []Contributor{
				{OxenAddress: o4, Amount: A(300)}}},
		},
		Rewards:     []Balance{{OxenAddress: o1, Amount: A(11), EthAddress: &e1}, {OxenAddress: o4, Amount: A(5)}},
		BonusPoints: []Points{{EthAddress: e1, Points: A(1)}, {EthAddress: e2, Points: A(1)}, {EthAddress: e3, Points: A(1)}},
		Coins:       []Balance{{OxenAddress: o1, Amount: A(30)}, {OxenAddress: o4, Amount: A(41)}},
	}
	s.Totals = totalsOf(s)
	require.NoError(t, s.Check())
	return s
}

// TestTransitionRules follows small's numbers: requirement 1000, ratio
// 1/2, bonus 1000 each. Node 2 (oldest registered) is carried first and
// takes all of e3's 150+1000; node 1 needs 500 of e1 and e2 each.
func TestTransitionRules(t *testing.T) {
	s := small(t)
	p := registry.DefaultParams()
	p.StakingRequirement = 1000
	res, err := Import(s, Options{Registry: p, FirstID: 7})
	require.NoError(t, err)
	require.Len(t, res.Nodes, 2)
	require.Equal(t, uint64(7), res.Nodes[0].ServiceNodeID)
	require.Equal(t, registry.Hex(bytes.Repeat([]byte{2}, 32)), res.Nodes[0].Ed25519)
	require.Equal(t, uint64(1000), res.Nodes[0].Contributors[0].Amount)
	require.Equal(t, uint64(8), res.Nodes[1].ServiceNodeID)
	require.Equal(t, []uint64{500, 500}, []uint64{res.Nodes[1].Contributors[0].Amount, res.Nodes[1].Contributors[1].Amount})
	// e1: 75 stake + 5 reward + 1000 bonus − 500; e2: 75 + 1000 − 500; e3: 150 + 1000 − 1000.
	require.Equal(t, []oxen.Budget{
		{Address: common.BytesToAddress([]byte{0xee, 1}), Amount: 580},
		{Address: common.BytesToAddress([]byte{0xee, 2}), Amount: 575},
		{Address: common.BytesToAddress([]byte{0xee, 3}), Amount: 150},
	}, res.Oxen.Budgets)
	require.Equal(t, map[string]int{ReasonUnregistered: 1}, res.Report.DroppedBy)
	// 11 × 1/2 drops half a unit: the only conversion dust.
	require.Equal(t, "1", res.Report.Sesh.ConversionDust.String())
	require.Equal(t, uint64(5), res.Report.Oxen.RewardsUnconverted)
	// Coins: 15 + 20 (ratio) fit the pool of 100.
	require.Equal(t, "ratio", res.Report.Sesh.CoinsMode)
	require.Equal(t, uint64(65), res.Report.Sesh.ClaimsUnallocated)

	// With the pool smaller than the converted coins it is prorated, to
	// the last unit: 30:41 of 20 is 8.45 and 11.55, so 8 and 12.
	pool := uint64(20)
	res, err = Import(s, Options{Registry: p, ClaimsPool: &pool})
	require.NoError(t, err)
	require.Equal(t, "prorated", res.Report.Sesh.CoinsMode)
	got := map[string]uint64{}
	for _, c := range res.Oxen.Coins {
		got[c.OxenAddress] = c.Amount
	}
	require.Equal(t, map[string]uint64{s.Coins[0].OxenAddress: 8, s.Coins[1].OxenAddress: 12}, got)

	// A requirement the bonus cannot fund for node 2 (e3 needs 2000, has
	// 1150), still enough for node 1 (1000 each of 1080 and 1075).
	p.StakingRequirement = 2000
	res, err = Import(s, Options{Registry: p})
	require.NoError(t, err)
	require.Equal(t, map[string]int{ReasonUnregistered: 1, ReasonInsufficient: 1}, res.Report.DroppedBy)
	require.Len(t, res.Nodes, 1)
	require.Equal(t, registry.Hex(bytes.Repeat([]byte{1}, 32)), res.Nodes[0].Ed25519)
	require.Equal(t, "e3 has 1150, needs 2000", strings.Replace(res.Report.Dropped[1].Detail, common.BytesToAddress([]byte{0xee, 3}).Hex(), "e3", 1))
}

// TestSnapshotRefusals: a bad entry is refused with the entry named.
func TestSnapshotRefusals(t *testing.T) {
	s := small(t)
	raw, err := json.Marshal(s)
	require.NoError(t, err)
	o1 := s.ServiceNodes[0].Contributors[0].OxenAddress
	for _, tc := range []struct {
		name string
		edit func(string) string
		want string
	}{
		{"negative", func(j string) string { return strings.Replace(j, `"amount":"11"`, `"amount":"-11"`, 1) }, "snapshot.rewards[0].amount: amount -11 is negative"},
		{"overflowing", func(j string) string {
			return strings.Replace(j, `"amount":"11"`, `"amount":"18446744073709551616"`, 1)
		}, "snapshot.rewards[0].amount: amount 18446744073709551616 overflows 64 bits"},
		{"a number", func(j string) string { return strings.Replace(j, `"amount":"11"`, `"amount":11`, 1) }, "snapshot.rewards[0].amount: amount 11: want a decimal string"},
		{"duplicated coin", func(j string) string {
			return strings.Replace(j, `"coins":[`, `"coins":[{"oxen_address":"`+o1+`","amount":"1"},`, 1)
		}, "snapshot.coins[1].oxen_address: " + o1 + " is coins[0] too"},
		{"duplicated node", func(j string) string {
			return strings.Replace(j, hex.EncodeToString(bytes.Repeat([]byte{2}, 32)), hex.EncodeToString(bytes.Repeat([]byte{1}, 32)), 1)
		}, "snapshot.service_nodes[1].ed25519: " + hex.EncodeToString(bytes.Repeat([]byte{1}, 32)) + " is service_nodes[0]'s too"},
		{"duplicated points", func(j string) string {
			return strings.Replace(j, `"bonus_points":[`, `"bonus_points":[{"eth_address":"0x000000000000000000000000000000000000eE01","points":"1"},`, 1)
		}, "snapshot.bonus_points[1].eth_address: 0x000000000000000000000000000000000000ee01 is bonus_points[0] too"},
		{"does not conserve", func(j string) string { return strings.Replace(j, `"rewards":"16"`, `"rewards":"17"`, 1) }, "snapshot.totals.rewards: declared 17, the entries add up to 16: the snapshot does not conserve"},
		{"stake past the requirement", func(j string) string { return strings.Replace(j, `"amount":"300"`, `"amount":"301"`, 1) }, "snapshot.service_nodes[1].contributors[0].amount: contributions pass the node's staking requirement 300"},
		{"operator not first", func(j string) string {
			return strings.Replace(j, `"operator":"`+o1, `"operator":"`+s.ServiceNodes[1].Operator, 1)
		}, "snapshot.service_nodes[0].contributors[0]: the operator"},
		{"bad version", func(j string) string { return strings.Replace(j, `"version":1`, `"version":2`, 1) }, "version 2, this seshd reads version 1"},
		{"unknown field", func(j string) string { return strings.Replace(j, `"version":1`, `"version":1,"extra":0`, 1) }, `unknown field "extra"`},
		{"trailing data", func(j string) string { return j + "{}" }, "trailing data"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse([]byte(tc.edit(string(raw))))
			require.ErrorContains(t, err, tc.want)
		})
	}
	_, err = Parse(raw)
	require.NoError(t, err)
}

// TestSampleGenesisThroughTheApp imports ~2,000 nodes and ~20,000
// holders into a 4-validator genesis: totals conserved to the atomic unit
// (Report.Verify, and again from the genesis itself), and after InitChain
// every carried node is active and in a swarm, and every budget is
// credited.
func TestSampleGenesisThroughTheApp(t *testing.T) {
	if testing.Short() {
		t.Skip("imports 2,000 nodes and 20,000 holders")
	}
	s, _, err := Sample(1, 2000, 20000)
	require.NoError(t, err)
	doc := genesis.Local(4)
	doc.Registry.Params.MaxValidators = 4
	var vals []genesis.LocalNode
	for i := 0; i < 4; i++ {
		vals = append(vals, genesis.LocalNode{Ed25519: bytes.Repeat([]byte{byte(0xf0 + i)}, 32), BLS: bytes.Repeat([]byte{byte(0xf0 + i)}, 64), Operator: common.BytesToAddress([]byte{0xf0, byte(i)})})
	}
	doc = genesis.WithSoloNodes(doc, vals)
	doc, rep, err := Merge(doc, s, Options{})
	require.NoError(t, err)
	require.Greater(t, rep.Sesh.NodesCarried, uint64(500))
	require.NotEmpty(t, rep.DroppedBy[ReasonInsufficient])
	require.NotEmpty(t, rep.DroppedBy[ReasonUnregistered])
	require.NotEmpty(t, rep.DroppedBy[ReasonNoBLS])
	require.NotEmpty(t, rep.DroppedBy[ReasonPartlyFunded])
	require.Equal(t, "prorated", rep.Sesh.CoinsMode)

	// Conservation from the genesis itself, to the atomic unit.
	var staked, budgets, coins uint64
	for _, n := range doc.Registry.Nodes[4:] {
		for _, c := range n.Contributors {
			staked += c.Amount
		}
	}
	for _, b := range doc.Oxen.Budgets {
		budgets += b.Amount
	}
	for _, c := range doc.Oxen.Coins {
		coins += c.Amount
	}
	require.Equal(t, rep.Sesh.Converted.String(), fmt.Sprint(staked+budgets-SessionPool), "converted + bonus = staked + budgets")
	require.Equal(t, SessionPool, coins, "the whole claims pool is claimable")
	require.Equal(t, doc.Validators()[0].Power, int64(10))
	require.Len(t, doc.Validators(), 4, "the carried nodes do not validate")

	a := initChain(t, doc)
	var views []app.NodeView
	query(t, a, "/nodes", &views)
	require.Len(t, views, 4+int(rep.Sesh.NodesCarried))
	for _, v := range views {
		require.Equal(t, registry.StateActive, v.State, "node %d", v.ServiceNodeID)
		require.NotNil(t, v.Swarm, "node %d is in no swarm", v.ServiceNodeID)
	}
	var pool rewards.PoolView
	query(t, a, "/pool", &pool)
	require.Equal(t, fmt.Sprint(budgets), pool.Credited[rewards.CreditOxenBudget])
	var tot oxen.TotalsView
	query(t, a, "/oxen/totals", &tot)
	require.Equal(t, rep.Sesh.NodesCarried, tot.NodesCarried)
	require.Equal(t, fmt.Sprint(coins), tot.Coins.Imported)
}

var t0 = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)

func initChain(t *testing.T, doc genesis.Doc) *app.App {
	t.Helper()
	raw, err := json.Marshal(doc)
	require.NoError(t, err)
	db, err := kv.Open(t.TempDir(), kv.Options{Logger: zerolog.Nop()})
	require.NoError(t, err)
	t.Cleanup(func() { _ = db.Close() })
	st, err := state.Open(db)
	require.NoError(t, err)
	a, err := app.New(st, "test", zerolog.Nop())
	require.NoError(t, err)
	_, err = a.InitChain(context.Background(), &abci.InitChainRequest{Time: t0, ChainId: "oxen-sample", AppStateBytes: raw, InitialHeight: 1})
	require.NoError(t, err)
	_, err = a.FinalizeBlock(context.Background(), &abci.FinalizeBlockRequest{Height: 1, Time: t0.Add(time.Second)})
	require.NoError(t, err)
	_, err = a.Commit(context.Background(), &abci.CommitRequest{})
	require.NoError(t, err)
	return a
}

func query(t *testing.T, a *app.App, path string, out any) {
	t.Helper()
	res, err := a.Query(context.Background(), &abci.QueryRequest{Path: path})
	require.NoError(t, err)
	require.Equal(t, app.CodeOK, res.Code, res.Log)
	require.NoError(t, json.Unmarshal(res.Value, out))
}

// TestMergeKeepsTheCloseHeight: a close height set in the genesis before
// the import (seshd testnet --genesis-param oxen.claims_close_height=N
// --oxen-snapshot F) survives the import, which replaces the section; one
// given to the import wins.
func TestMergeKeepsTheCloseHeight(t *testing.T) {
	s, _, err := Sample(1, 4, 50)
	require.NoError(t, err)
	for _, tc := range []struct {
		name       string
		inDoc, opt int64
		want       int64
	}{
		{"set in the genesis", 7, 0, 7},
		{"set by the import", 0, 9, 9},
		{"both: the import's", 7, 9, 9},
		{"neither: never", 0, 0, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := genesis.Default()
			doc.Oxen.Params.ClaimsCloseHeight = tc.inDoc
			out, _, err := Merge(doc, s, Options{ClaimsCloseHeight: tc.opt})
			require.NoError(t, err)
			require.Equal(t, tc.want, out.Oxen.Params.ClaimsCloseHeight)
		})
	}
}

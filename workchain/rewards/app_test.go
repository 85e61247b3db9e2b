package rewards_test

import (
	"bytes"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"strings"
	"testing"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/core/l2event"
	"github.com/seshnet/seshnet/workchain/app"
	"github.com/seshnet/seshnet/workchain/exec"
	"github.com/seshnet/seshnet/workchain/internal/apptest"
	"github.com/seshnet/seshnet/workchain/registry"
	"github.com/seshnet/seshnet/workchain/rewards"
)

const chainID = "rewards-chain"

var t0 = apptest.T0

func valKey(i int) ed25519.PrivateKey { return apptest.ValKey(i) }

func addr(b ...byte) common.Address { return common.BytesToAddress(append([]byte{0xaa}, b...)) }

// chain runs the application with its built-in modules (rewards among
// them) on badger, height by height, one second apart (apptest).
type chain struct{ *apptest.Chain }

func newChain(t *testing.T, nodes []registry.GenesisNode, rewardsSection string, opts ...app.Option) *chain {
	t.Helper()
	reg := registry.DefaultGenesis()
	reg.Params.ExitUnlockSeconds = 3
	reg.Nodes = nodes
	regRaw, err := json.Marshal(reg)
	require.NoError(t, err)
	return &chain{apptest.New(t, chainID, app.GenesisState{"registry": regRaw, "rewards": json.RawMessage(rewardsSection)}, opts...)}
}

func (c *chain) block(txs ...[]byte) *abci.FinalizeBlockResponse {
	return c.Block(abci.FinalizeBlockRequest{Txs: txs})
}

func (c *chain) blocksTo(h int64) {
	for c.Height < h {
		c.block()
	}
}

// attest runs the next block with the injected commit of validators 0..2
// of 4 (more than 2/3 of the power) reporting obs, and returns the result
// of each event.
func (c *chain) attest(obs l2event.Observation) []string {
	c.T.Helper()
	res := c.block(c.Injected(3, obs))
	require.Equal(c.T, app.CodeOK, res.TxResults[0].Code, res.TxResults[0].Log)
	results := apptest.Results(res)
	require.Len(c.T, results, len(obs.Events))
	return results
}

// apply attests obs and checks every event applied.
func (c *chain) apply(obs l2event.Observation) {
	c.T.Helper()
	for _, r := range c.attest(obs) {
		require.Equal(c.T, "applied", r)
	}
}

func (c *chain) query(path string, out any) *abci.QueryResponse { return c.Query(path, out) }

func (c *chain) accrued(a common.Address) rewards.AccountView {
	c.T.Helper()
	var v rewards.AccountView
	c.query("/rewards/"+a.Hex(), &v)
	return v
}

// TestRewardsThroughTheApp: three genesis nodes (two solo, one with three
// contributors and a 10% fee) on the application as built, rewards payable
// after 10 s, blocks a second apart. The witnesses attest a pool rate of
// 360000 atomic SESH per 120 s (3000 a second, 1000 per node per block).
// Nothing is paid before the nodes have been active 10 s (promoted at
// block 10, they earn from block 11); node 1 is decommissioned at block 15
// (as the punishment rules will, through a registry keeper with the
// rewards hooks) and earns nothing after; node 2 asks to exit on the L2 at
// block 17, unlocks at block 20 through the registry's own hooked keeper,
// and its stake comes back to its staker when the contract's
// ServiceNodeExit is attested. Every balance is computed here from the
// block times and the rate.
func TestRewardsThroughTheApp(t *testing.T) {
	req := registry.DefaultParams().StakingRequirement
	solo := func(i int) registry.GenesisNode {
		return registry.GenesisNode{
			ServiceNodeID: uint64(i + 1), Ed25519: registry.Hex(valKey(i).Public().(ed25519.PublicKey)), BLS: bytes.Repeat([]byte{byte(i + 1)}, 64),
			Contributors: []registry.Contributor{{Staker: addr(byte(i)), Beneficiary: addr(byte(i)), Amount: req}},
		}
	}
	shared := solo(2)
	opStaker, opBenef, c2, c3 := addr(0x30), addr(0x31), addr(0x32), addr(0x33)
	shared.FeeBP = 1000
	shared.Contributors = []registry.Contributor{
		{Staker: opStaker, Beneficiary: opBenef, Amount: req / 2},
		{Staker: c2, Beneficiary: c2, Amount: req / 4},
		{Staker: c3, Beneficiary: c3, Amount: req / 4},
	}
	nodes := []registry.GenesisNode{solo(0), solo(1), shared, solo(3)}
	nodes[3].Contributors[0].Staker = addr(9) // node 4 is decommissioned from the start

	decommission := func(at int64, i int) exec.Module {
		return exec.Module{Name: "punish-test-" + string(rune('a'+i)), BeginBlock: func(c exec.Context, _ exec.Block) error {
			if c.Height != at {
				return nil
			}
			_, err := registry.NewKeeper(c, registry.MultiHooks{rewards.Hooks{}}).Transition(nodes[i].Ed25519, registry.Change{Service: registry.ServiceDecommissioned, Reason: "test"})
			return err
		}}
	}
	c := newChain(t, nodes, `{"params":{"payable_after_seconds":10,"max_block_seconds":600}}`,
		app.WithModules(decommission(1, 3), decommission(15, 0)))

	c.block()
	rate := l2event.RewardRate{L2Height: 5, Rate: l2event.NewAmount(360_000)}
	c.apply(l2event.Observation{ScannedTo: 5, Events: []l2event.Event{{Block: 5, LogIndex: l2event.RewardRateLogIndex, Kind: l2event.KindRewardRate, Payload: rate.Encode()}}})
	var pool rewards.PoolView
	c.query("/pool", &pool)
	require.Equal(t, "360000", pool.RewardRate)
	require.Equal(t, uint64(5), pool.RateL2Height)
	require.Equal(t, 120, pool.RatePeriodSeconds)

	// Active for less than 10 s: nothing.
	c.blocksTo(10)
	c.query("/pool", &pool)
	require.Equal(t, uint64(3), pool.PayableNodes, "nodes 1-3 payable at block 10; node 4 left at block 1")
	require.Equal(t, "0", pool.Emitted)
	require.Equal(t, "0", c.accrued(addr(0)).Accrued)

	c.blocksTo(14)
	require.Equal(t, "4000", c.accrued(addr(0)).Accrued, "blocks 11-14, 1000 each")
	c.blocksTo(16) // node 1 decommissioned at the start of 15, after 15 paid it
	require.Equal(t, "5000", c.accrued(addr(0)).Accrued)

	exitReq := l2event.ExitRequest{ServiceNodeID: 2}
	raw, err := json.Marshal(exitReq)
	require.NoError(t, err)
	c.apply(l2event.Observation{ScannedTo: 6, Events: []l2event.Event{{Block: 6, LogIndex: 0, Kind: l2event.KindExitRequest, Payload: raw}}}) // block 17: unlock at 20
	c.blocksTo(25)
	require.Equal(t, "5000", c.accrued(addr(0)).Accrued, "decommissioned: nothing after block 15")
	require.Equal(t, "12500", c.accrued(addr(1)).Rewards, "1000 × 5 then 1500 × 5 until it left at block 20")
	require.Equal(t, "0", c.accrued(addr(1)).StakesReturned, "the stake comes back at the contract's exit, not at the unlock")
	// Node 3: 1000 × 5 + 1500 × 5 + 3000 × 5 = 27500; fee 2750; 24750 split
	// 50/25/25: 12375, 6187, 6187, and 1 of dust.
	require.Equal(t, "0", c.accrued(opStaker).Accrued, "rewards go to beneficiaries, not stakers")
	require.Equal(t, "15125", c.accrued(opBenef).Accrued, "fee 2750 + share 12375")
	require.Equal(t, "6187", c.accrued(c2).Accrued)
	require.Equal(t, "6187", c.accrued(c3).Accrued)
	c.query("/pool", &pool)
	require.Equal(t, rewards.PoolView{
		RewardRate: "360000", RatePeriodSeconds: 120, RateL2Height: 5, LastBlockTime: t0.Unix() + 25, PayableNodes: 1,
		PerNodeIndex: "27500", Emitted: "45000", Settled: "17500", Unsettled: "27500", Dust: "0", Undistributed: "0", StakesReturned: "0",
		Credited: map[rewards.CreditReason]string{rewards.CreditOxenBudget: "0", rewards.CreditOxenClaim: "0"},
	}, pool)

	exit := l2event.Exit{ServiceNodeID: 2, ReturnedAmount: req}
	raw, err = json.Marshal(exit)
	require.NoError(t, err)
	c.apply(l2event.Observation{ScannedTo: 7, Events: []l2event.Event{{Block: 7, LogIndex: 0, Kind: l2event.KindExit, Payload: raw}}})
	v := c.accrued(addr(1))
	require.Equal(t, rewards.AccountView{
		Address: addr(1), Accrued: "25000000012500", Rewards: "12500", StakesReturned: "25000000000000", Credited: "0", Claimed: "0", Claimable: "25000000012500", L2Balance: "0",
	}, v)
	var nv struct {
		State string `json:"state"`
	}
	c.query("/node/"+hex.EncodeToString(nodes[1].Ed25519), &nv)
	require.Equal(t, "exited", nv.State)
}

// TestBadRateEventsThroughTheApp: attested rate events that are garbage,
// carry unknown fields, a negative or implausible rate, or a height not
// after the rate in force fail one by one with their reason; the chain goes
// on and the rate in force is unchanged.
func TestBadRateEventsThroughTheApp(t *testing.T) {
	req := registry.DefaultParams().StakingRequirement
	c := newChain(t, []registry.GenesisNode{{
		ServiceNodeID: 1, Ed25519: registry.Hex(valKey(0).Public().(ed25519.PublicKey)), BLS: bytes.Repeat([]byte{1}, 64),
		Contributors: []registry.Contributor{{Staker: addr(0), Beneficiary: addr(0), Amount: req}},
	}}, `{"params":{"payable_after_seconds":0,"max_block_seconds":5}}`)
	c.block()
	c.apply(l2event.Observation{ScannedTo: 10, Events: []l2event.Event{{Block: 10, LogIndex: l2event.RewardRateLogIndex, Kind: l2event.KindRewardRate,
		Payload: l2event.RewardRate{L2Height: 10, Rate: l2event.NewAmount(1200)}.Encode()}}})
	var before rewards.PoolView
	c.query("/pool", &before)

	bad := []struct{ payload, want string }{
		{`garbage`, "invalid character"},
		{`{"l2_height":11,"reward_rate":"5","bonus":1}`, `unknown field "bonus"`},
		{`{"l2_height":12,"reward_rate":"-5"}`, "decimal digits"},
		{`{"l2_height":13,"reward_rate":-5}`, "decimal digits"},
		{`{"l2_height":14,"reward_rate":"340282366920938463463374607431768211456"}`, "implausibly large"},
		{`{"l2_height":10,"reward_rate":"5"}`, "not newer"},
	}
	obs := l2event.Observation{ScannedTo: 20}
	for i, b := range bad {
		obs.Events = append(obs.Events, l2event.Event{Block: uint64(11 + i), LogIndex: l2event.RewardRateLogIndex, Kind: l2event.KindRewardRate, Payload: []byte(b.payload)})
	}
	results := c.attest(obs)
	for i, b := range bad {
		require.Contains(t, results[i], "failed: ", b.payload)
		require.Contains(t, results[i], b.want, b.payload)
	}
	var after rewards.PoolView
	c.query("/pool", &after)
	require.Equal(t, before.RewardRate, after.RewardRate)
	require.Equal(t, before.RateL2Height, after.RateL2Height)
	c.block()
	c.query("/pool", &after)
	require.Equal(t, uint64(1), after.PayableNodes)
	require.NotEqual(t, "0", after.Emitted, "the chain goes on paying the rate in force")
}

// TestBadAddressQueries: /rewards wants a 20-byte hex address.
func TestBadAddressQueries(t *testing.T) {
	req := registry.DefaultParams().StakingRequirement
	c := newChain(t, []registry.GenesisNode{{
		ServiceNodeID: 1, Ed25519: registry.Hex(valKey(0).Public().(ed25519.PublicKey)), BLS: bytes.Repeat([]byte{1}, 64),
		Contributors: []registry.Contributor{{Staker: addr(0), Beneficiary: addr(0), Amount: req}},
	}}, `{"params":{"payable_after_seconds":0,"max_block_seconds":5}}`)
	c.block()
	for _, arg := range []string{"", "0x", "0x1234", "zz" + strings.Repeat("00", 19), "0x" + strings.Repeat("00", 21), "0x" + strings.Repeat("0g", 20), "0x0x" + strings.Repeat("00", 19)} {
		res := c.query("/rewards/"+arg, nil)
		require.Equal(t, app.CodeQueryBadArgument, res.Code, "%q: %s", arg, res.Log)
		require.Contains(t, res.Log, "20 bytes of hex", arg)
	}
	// A well-formed address nothing was credited to answers zeros, with or
	// without 0x and in any case.
	for _, arg := range []string{"0x" + strings.Repeat("Ab", 20), strings.Repeat("ab", 20)} {
		var v rewards.AccountView
		c.query("/rewards/"+arg, &v)
		require.Equal(t, rewards.AccountView{Address: common.HexToAddress(arg), Accrued: "0", Rewards: "0", StakesReturned: "0", Credited: "0", Claimed: "0", Claimable: "0", L2Balance: "0"}, v)
	}
}

// TestOneLyingWitnessCannotSetTheRateOrClaims: one validator of four
// reports a huge rate and a claim nobody made; the other three scanned the
// same blocks and saw neither. Both are refuted: the rate in force and the
// address's claimed total stay as they were.
func TestOneLyingWitnessCannotSetTheRateOrClaims(t *testing.T) {
	req := registry.DefaultParams().StakingRequirement
	var nodes []registry.GenesisNode
	for i := range 4 {
		nodes = append(nodes, registry.GenesisNode{
			ServiceNodeID: uint64(i + 1), Ed25519: registry.Hex(valKey(i).Public().(ed25519.PublicKey)), BLS: bytes.Repeat([]byte{byte(i + 1)}, 64),
			Contributors: []registry.Contributor{{Staker: addr(byte(i)), Beneficiary: addr(byte(i)), Amount: req}},
		})
	}
	c := newChain(t, nodes, `{"params":{"payable_after_seconds":0,"max_block_seconds":5}}`)
	c.block()
	c.apply(l2event.Observation{ScannedTo: 10, Events: []l2event.Event{{Block: 10, LogIndex: l2event.RewardRateLogIndex, Kind: l2event.KindRewardRate,
		Payload: l2event.RewardRate{L2Height: 10, Rate: l2event.NewAmount(1200)}.Encode()}}})
	var before rewards.PoolView
	c.query("/pool", &before)

	lie := l2event.Observation{ScannedTo: 20, Events: []l2event.Event{
		{Block: 11, LogIndex: l2event.RewardRateLogIndex, Kind: l2event.KindRewardRate,
			Payload: l2event.RewardRate{L2Height: 11, Rate: l2event.NewAmount(1 << 62)}.Encode()},
		claimEvent(12, 0, addr(1), l2event.NewAmount(1<<40)),
	}}
	truth := l2event.Observation{ScannedTo: 20}
	res := c.block(c.InjectedEach(lie, truth, truth, truth))
	require.Equal(t, []string{"refuted", "refuted"}, apptest.Results(res))

	var after rewards.PoolView
	c.query("/pool", &after)
	require.Equal(t, before.RewardRate, after.RewardRate)
	require.Equal(t, before.RateL2Height, after.RateL2Height)
	require.Equal(t, "0", c.accrued(addr(1)).Claimed)
}

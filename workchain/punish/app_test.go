package punish_test

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"testing"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/core/l2event"
	"github.com/seshnet/seshnet/workchain/app"
	"github.com/seshnet/seshnet/workchain/internal/apptest"
	"github.com/seshnet/seshnet/workchain/punish"
	"github.com/seshnet/seshnet/workchain/registry"
	"github.com/seshnet/seshnet/workchain/tx"
)

const chainID = "punish-chain"

var t0 = apptest.T0.Unix()

// chain runs the application as built (punish among its modules) on
// badger, height by height, one second apart, with n genesis nodes whose
// keys are apptest.ValKey(i).
type chain struct {
	*apptest.Chain
	n        int
	lifetime int64
	nonces   map[int]uint64
}

// testParams test every node every block (a 1 s period), in quorums of 5
// of which 3 decide; credit 20 s at start, +1 s per second active, at most
// 100 s; the stake locked 5 s after deregistration, liquidatable 3 s later.
func testParams() punish.Params {
	return punish.Params{
		TestPeriodSeconds: 1, QuorumSize: 5, VotesNeeded: 3, VoteLifetimeBlocks: 5, MaxTestsPerBlock: 100,
		CreditStartSeconds: 20, CreditPerDaySeconds: 86400, CreditMaxSeconds: 100,
		MaxDeactivationsPerBlock: 10, DeregLockSeconds: 5, LiquidationBufferSeconds: 3,
	}
}

func newChain(t *testing.T, n int, p punish.Params) *chain {
	t.Helper()
	req := registry.DefaultParams().StakingRequirement
	reg := registry.DefaultGenesis()
	for i := range n {
		a := common.BytesToAddress([]byte{0xaa, byte(i)})
		reg.Nodes = append(reg.Nodes, registry.GenesisNode{
			ServiceNodeID: uint64(i + 1), Ed25519: pub(i), BLS: bytes.Repeat([]byte{byte(i + 1)}, 64),
			Contributors: []registry.Contributor{{Staker: a, Beneficiary: a, Amount: req}},
		})
	}
	regRaw, err := json.Marshal(reg)
	require.NoError(t, err)
	pRaw, err := json.Marshal(punish.Genesis{Params: p})
	require.NoError(t, err)
	return &chain{Chain: apptest.New(t, chainID, app.GenesisState{"registry": regRaw, "punish": pRaw}), n: n, lifetime: p.VoteLifetimeBlocks, nonces: map[int]uint64{}}
}

func pub(i int) registry.Hex { return registry.Hex(apptest.ValKey(i).Public().(ed25519.PublicKey)) }

func (c *chain) block(txs ...[]byte) *abci.FinalizeBlockResponse {
	return c.Block(abci.FinalizeBlockRequest{Txs: txs})
}

func (c *chain) blocksTo(h int64) {
	for c.Height < h {
		c.block()
	}
}

// signed is a transaction of signer with its next nonce (a refused vote
// uses its nonce too, as every transaction past the ante checks).
func (c *chain) signed(signer int, body []byte) []byte {
	t := tx.NewNodeTx(chainID, apptest.ValKey(signer), c.nonces[signer], punish.TxVote, body)
	c.nonces[signer]++
	return t.Encode()
}

func (c *chain) vote(tester, node int, height int64, pass bool) []byte {
	return c.signed(tester, punish.EncodeVote(punish.Vote{Node: pub(node), Height: height, Pass: pass}))
}

func (c *chain) node(i int) punish.NodeView {
	c.T.Helper()
	var v punish.NodeView
	c.Query("/punish/"+hex.EncodeToString(pub(i)), &v)
	return v
}

// testers are the indexes of node's testers at height h.
func (c *chain) testers(h int64, node int) []int {
	c.T.Helper()
	var q punish.QuorumView
	c.Query(fmt.Sprintf("/quorum/%d", h), &q)
	for _, t := range q.Quorums {
		if bytes.Equal(t.Node, pub(node)) {
			var out []int
			for _, k := range t.Testers {
				out = append(out, c.index(k))
			}
			return out
		}
	}
	c.T.Fatalf("node %d is not tested at height %d", node, h)
	return nil
}

func (c *chain) index(k []byte) int {
	for i := range c.n {
		if bytes.Equal(pub(i), k) {
			return i
		}
	}
	return -1
}

// votes are n votes on node at height h from its first testers.
func (c *chain) votes(h int64, node, n int, pass bool) [][]byte {
	var out [][]byte
	for _, t := range c.testers(h, node)[:n] {
		out = append(out, c.vote(t, node, h, pass))
	}
	return out
}

func requireOK(t *testing.T, res *abci.FinalizeBlockResponse) {
	t.Helper()
	for i, r := range res.TxResults {
		require.Equal(t, app.CodeOK, r.Code, "tx %d: %s", i, r.Log)
	}
}

// TestCreditGrowsToItsCap: a node starts with credit_start_seconds at
// genesis and earns credit_per_day_seconds a day (here half a second a
// second) up to credit_max_seconds, read from block times.
func TestCreditGrowsToItsCap(t *testing.T) {
	p := testParams()
	p.CreditPerDaySeconds, p.CreditMaxSeconds = 43200, 30
	c := newChain(t, 3, p)
	c.block()
	require.Equal(t, int64(20), c.node(0).CreditSeconds, "20 + 1/2 rounded down")
	c.blocksTo(10)
	require.Equal(t, int64(25), c.node(0).CreditSeconds)
	c.blocksTo(19)
	require.Equal(t, int64(29), c.node(0).CreditSeconds)
	c.blocksTo(30)
	v := c.node(0)
	require.Equal(t, int64(30), v.CreditSeconds, "capped")
	require.Equal(t, "0.0", v.CreditHours)
	require.Equal(t, registry.StateActive, v.State)
	require.False(t, v.Liquidatable)
}

// TestDecommissionRecommissionDeregister walks one node through the
// rules with the arithmetic written out: 3 of 5 fail votes decommission it
// with the credit it earned, it burns while decommissioned, 3 pass votes
// recommission it with max(0, credit − 2 × time decommissioned) and restart
// its active-since clock (rewards' wait), and a failure with less than the
// starting credit deregisters it; its stake is locked, then liquidatable.
func TestDecommissionRecommissionDeregister(t *testing.T) {
	c := newChain(t, 6, testParams())
	c.blocksTo(4)
	requireOK(t, c.block(c.votes(4, 5, 3, false)...)) // block 5, time t0+5
	v := c.node(5)
	require.Equal(t, registry.StateDecommissioned, v.State)
	require.Equal(t, t0+5, v.DecommissionedAt)
	require.Equal(t, int64(25), v.CreditSeconds, "20 at genesis + 5 s active")
	require.Equal(t, t0+30, v.CreditRunsOut)
	require.Contains(t, v.LastReason, "3 of 5 testers failed it at height 4")
	require.Len(t, v.Votes, 3)
	var vals []registry.Hex
	c.Query("/validators", &vals)
	require.Len(t, vals, 5)
	require.NotContains(t, vals, pub(5), "out of the validator set")
	var sw struct {
		Swarm *uint64 `json:"swarm_id"`
	}
	c.Query("/node/"+hex.EncodeToString(pub(5)), &sw)
	require.Nil(t, sw.Swarm, "out of its swarm")

	c.blocksTo(9)
	require.Equal(t, int64(21), c.node(5).CreditSeconds, "burning: 25 − 4")
	requireOK(t, c.block(c.votes(9, 5, 3, true)...)) // block 10
	v = c.node(5)
	require.Equal(t, registry.StateActive, v.State)
	require.Equal(t, int64(15), v.CreditSeconds, "25 − 2 × 5 s decommissioned")
	require.Zero(t, v.DecommissionedAt)
	var nv struct {
		ActiveSinceTime int64 `json:"active_since_time"`
	}
	c.Query("/node/"+hex.EncodeToString(pub(5)), &nv)
	require.Equal(t, t0+10, nv.ActiveSinceTime, "rewards' wait starts again")
	c.Query("/validators", &vals)
	require.Contains(t, vals, pub(5), "back in the validator set")

	c.blocksTo(11)
	requireOK(t, c.block(c.votes(11, 5, 3, false)...)) // block 12: credit 15 + 2 = 17 < 20
	v = c.node(5)
	require.Equal(t, registry.StateDeregistered, v.State)
	require.Equal(t, t0+12, v.DeregisteredTime)
	require.Equal(t, t0+17, v.LockedUntil)
	require.Equal(t, t0+20, v.LiquidatableTime)
	require.False(t, v.Liquidatable)
	c.blocksTo(19)
	require.False(t, c.node(5).Liquidatable, "one second before the buffer ends")
	c.blocksTo(20)
	require.True(t, c.node(5).Liquidatable)

	var ds []punish.Decision
	c.Query("/punishments", &ds)
	require.Len(t, ds, 3)
	require.Equal(t, []string{punish.Deregister, punish.Recommission, punish.Decommission}, []string{ds[0].Decision, ds[1].Decision, ds[2].Decision})
	require.Equal(t, []int64{12, 10, 5}, []int64{ds[0].Height, ds[1].Height, ds[2].Height})
}

// TestCreditRunsOutWhileDecommissioned: a node decommissioned with 25 s of
// credit is deregistered by the block whose time reaches the end of it,
// without a vote.
func TestCreditRunsOutWhileDecommissioned(t *testing.T) {
	c := newChain(t, 6, testParams())
	c.blocksTo(4)
	requireOK(t, c.block(c.votes(4, 2, 3, false)...)) // block 5, credit 25: runs out at t0+30
	c.blocksTo(29)
	v := c.node(2)
	require.Equal(t, registry.StateDecommissioned, v.State)
	require.Equal(t, int64(1), v.CreditSeconds)
	c.blocksTo(30)
	v = c.node(2)
	require.Equal(t, registry.StateDeregistered, v.State)
	require.Equal(t, t0+30, v.DeregisteredTime)
	require.Equal(t, "credit ran out while decommissioned", v.LastReason)
	require.Zero(t, v.CreditSeconds)
	c.block() // block 30 chose its tests before its end deregistered the node
	var q punish.QuorumView
	c.Query("/quorum/31", &q)
	for _, x := range q.Quorums {
		require.NotEqual(t, pub(2), x.Node, "a deregistered node is not tested")
		require.NotContains(t, x.Testers, pub(2))
	}
}

// TestDeactivationsWaitForTheCap: five nodes failed in one block with a cap
// of two a block are decommissioned two, two and one, in the order their
// quorums decided.
func TestDeactivationsWaitForTheCap(t *testing.T) {
	p := testParams()
	p.MaxDeactivationsPerBlock = 2
	c := newChain(t, 12, p)
	c.blocksTo(2)
	var txs [][]byte
	for _, node := range []int{7, 8, 9, 10, 11} {
		txs = append(txs, c.votes(2, node, 3, false)...)
	}
	requireOK(t, c.block(txs...))
	states := func() []registry.NodeState {
		var out []registry.NodeState
		for _, i := range []int{7, 8, 9, 10, 11} {
			out = append(out, c.node(i).State)
		}
		return out
	}
	a, d := registry.StateActive, registry.StateDecommissioned
	require.Equal(t, []registry.NodeState{d, d, a, a, a}, states())
	require.True(t, c.node(9).Pending)
	c.block()
	require.Equal(t, []registry.NodeState{d, d, d, d, a}, states())
	c.block()
	require.Equal(t, []registry.NodeState{d, d, d, d, d}, states())
	var ds []punish.Decision
	c.Query("/punishments", &ds)
	require.Len(t, ds, 5)
	require.Equal(t, []int64{5, 4, 4, 3, 3}, []int64{ds[0].Height, ds[1].Height, ds[2].Height, ds[3].Height, ds[4].Height})
	require.Equal(t, pub(11), ds[0].Node)
}

// TestBadVotesAreRefused: each bad vote is refused with its code in the
// punish codespace, in CheckTx and in the block, and changes nothing.
func TestBadVotesAreRefused(t *testing.T) {
	p := testParams()
	p.VoteLifetimeBlocks = 30 // the table takes a block a case
	c := newChain(t, 8, p)
	c.blocksTo(6)
	h := c.Height // quorum of height 6: every node, 5 testers of 7 others
	testers := c.testers(h, 0)
	outsider := -1
	for i := 1; i < 8; i++ {
		if !contains(testers, i) {
			outsider = i
		}
	}
	require.NotEqual(t, -1, outsider)
	requireOK(t, c.block(c.vote(testers[0], 0, h, false))) // block 7: one fail vote, no decision

	body := func(s string) []byte { return []byte(s) }
	node0 := hex.EncodeToString(pub(0))
	for _, tc := range []struct {
		name   string
		signer int
		body   []byte
		code   uint32
	}{
		{"garbage", testers[1], body(`{"node":`), punish.CodeMalformedVote},
		{"extra field", testers[1], body(`{"node":"` + node0 + `","height":6,"pass":false,"x":1}`), punish.CodeMalformedVote},
		{"key in another case", testers[1], body(`{"Node":"` + node0 + `","height":6,"pass":false}`), punish.CodeMalformedVote},
		{"key twice", testers[1], body(`{"node":"` + node0 + `","height":6,"pass":false,"pass":true}`), punish.CodeMalformedVote},
		{"upper-case hex", testers[1], body(`{"node":"` + hex.EncodeToString(bytes.ToUpper([]byte(node0))) + `","height":6,"pass":false}`), punish.CodeMalformedVote},
		{"short key", testers[1], body(`{"node":"abcd","height":6,"pass":false}`), punish.CodeMalformedVote},
		{"no verdict", testers[1], body(`{"node":"` + node0 + `","height":6}`), punish.CodeMalformedVote},
		{"height zero", testers[1], body(`{"node":"` + node0 + `","height":0,"pass":false}`), punish.CodeMalformedVote},
		{"trailing data", testers[1], body(`{"node":"` + node0 + `","height":6,"pass":false} {}`), punish.CodeMalformedVote},
		{"forged: signed by a node outside the quorum", outsider, voteBody(0, h, false), punish.CodeNotTester},
		{"forged: signed by the node itself", 0, voteBody(0, h, false), punish.CodeNotTester},
		{"a height with no quorum", testers[1], voteBody(0, 1, false), punish.CodeNotTester},
		{"a node nobody tests", testers[1], body(`{"node":"` + hex.EncodeToString(bytes.Repeat([]byte{7}, 32)) + `","height":6,"pass":false}`), punish.CodeNotTester},
		{"duplicate", testers[0], voteBody(0, h, false), punish.CodeDuplicateVote},
		{"duplicate with the other verdict", testers[0], voteBody(0, h, true), punish.CodeDuplicateVote},
		{"from the future", testers[1], voteBody(0, h+100, false), punish.CodeVoteHeight},
		{"changes nothing: pass for an active node", testers[1], voteBody(0, h, true), punish.CodeNoChange},
	} {
		checkRefused(t, c, tc.name, tc.signer, tc.body, tc.code)
	}
	c.blocksTo(h + 29)
	requireOK(t, c.block(c.vote(testers[1], 0, h, false)))                                  // block h + 30 still takes a vote of height h ...
	checkRefused(t, c, "too old", testers[2], voteBody(0, h, false), punish.CodeVoteHeight) // ... block h + 31 does not
}

func voteBody(node int, h int64, pass bool) []byte {
	return punish.EncodeVote(punish.Vote{Node: pub(node), Height: h, Pass: pass})
}

// checkRefused sends body from signer through CheckTx and in a block and
// requires code both times and node 0's record (votes, state, pending) as
// it was.
func checkRefused(t *testing.T, c *chain, name string, signer int, body []byte, code uint32) {
	t.Helper()
	before := c.node(0)
	raw := c.signed(signer, body)
	chk, err := c.App.CheckTx(context.Background(), &abci.CheckTxRequest{Tx: raw, Type: abci.CHECK_TX_TYPE_CHECK})
	require.NoError(t, err)
	require.Equal(t, code, chk.Code, "%s: CheckTx: %s", name, chk.Log)
	require.Equal(t, punish.Name, chk.Codespace, name)
	res := c.block(raw)
	require.Equal(t, code, res.TxResults[0].Code, "%s: %s", name, res.TxResults[0].Log)
	require.Equal(t, punish.Name, res.TxResults[0].Codespace, name)
	after := c.node(0)
	var kept []punish.VoteView // what the block's begin pruned is not the vote's doing
	for _, v := range before.Votes {
		if v.Height >= c.Height-c.lifetime {
			kept = append(kept, v)
		}
	}
	require.Equal(t, kept, after.Votes, name)
	require.Equal(t, before.State, after.State, name)
	require.Equal(t, before.Pending, after.Pending, name)
}

func contains(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// TestLyingTesterChangesNothing: one node votes "fail" on every node it is
// asked to test, every block; it is one of five testers where three
// decide, so nobody is decommissioned. /tests lists what it may still vote
// on, oldest first, and drops what it voted.
func TestLyingTesterChangesNothing(t *testing.T) {
	c := newChain(t, 8, testParams())
	c.blocksTo(2)
	liar := 3
	for range 10 {
		var tasks []punish.Task
		c.Query("/tests/"+hex.EncodeToString(pub(liar)), &tasks)
		require.NotEmpty(t, tasks)
		for i := 1; i < len(tasks); i++ {
			require.LessOrEqual(t, tasks[i-1].Height, tasks[i].Height, "oldest first")
		}
		var txs [][]byte
		for _, task := range tasks {
			txs = append(txs, c.vote(liar, c.index(task.Node), task.Height, false))
		}
		requireOK(t, c.block(txs...))
		var left []punish.Task
		c.Query("/tests/"+hex.EncodeToString(pub(liar)), &left)
		for _, l := range left {
			require.Equal(t, c.Height, l.Height, "only this block's new tests are open")
		}
	}
	for i := range 8 {
		require.Equal(t, registry.StateActive, c.node(i).State, "node %d", i)
	}
	var ds []punish.Decision
	c.Query("/punishments", &ds)
	require.Empty(t, ds)
}

// TestQuorumQueries: /quorum answers the heights of the vote window with
// quorum_size distinct testers per node, none of them the node, and
// refuses heights outside it; bad arguments are refused.
func TestQuorumQueries(t *testing.T) {
	c := newChain(t, 8, testParams())
	c.blocksTo(12)
	for h := int64(7); h <= 12; h++ {
		var q punish.QuorumView
		c.Query(fmt.Sprintf("/quorum/%d", h), &q)
		require.Equal(t, h, q.Height)
		require.Len(t, q.Quorums, 8, "every node, every block, at a 1 s period")
		for _, x := range q.Quorums {
			require.Len(t, x.Testers, 5)
			seen := map[string]bool{}
			for _, tr := range x.Testers {
				require.NotEqual(t, x.Node, tr)
				require.False(t, seen[string(tr)])
				seen[string(tr)] = true
			}
		}
	}
	for _, path := range []string{"/quorum/6", "/quorum/13", "/punish/" + hex.EncodeToString(bytes.Repeat([]byte{9}, 32))} {
		require.Equal(t, app.CodeQueryNotFound, c.Query(path, nil).Code, path)
	}
	for _, path := range []string{"/quorum/x", "/quorum/0", "/tests/zz", "/punish/abcd"} {
		require.Equal(t, app.CodeQueryBadArgument, c.Query(path, nil).Code, path)
	}
}

// TestOneNodeNetworkRuns: a devnet of one node has nobody to test it: no
// quorum forms, the chain goes on.
func TestOneNodeNetworkRuns(t *testing.T) {
	p := testParams()
	p.QuorumSize, p.VotesNeeded = 1, 1
	c := newChain(t, 1, p)
	c.blocksTo(20)
	var q punish.QuorumView
	c.Query("/quorum/20", &q)
	require.Empty(t, q.Quorums)
	require.Equal(t, registry.StateActive, c.node(0).State)
}

// TestLiquidatedNodeIsNoLongerLiquidatable: a deregistered node is
// liquidatable from the end of its lock and buffer until the L2 reports
// that the contract let go of its stake: its liquidation
// (ServiceNodeLiquidated, then the ServiceNodeExit returning the rest, in
// one L2 transaction), or the exit alone (the operator's, after the
// contract's wait). Then /punish/<hex> says removed and not liquidatable,
// so honest bridges stop signing a liquidation of it. Fails before
// NodeView.Removed: liquidatable stayed true after the liquidation.
func TestLiquidatedNodeIsNoLongerLiquidatable(t *testing.T) {
	const node, id = 2, 3 // genesis service node ids are index + 1
	bls := bytes.Repeat([]byte{id}, 64)
	req := registry.DefaultParams().StakingRequirement
	liquidated := l2event.Event{Block: 1, LogIndex: 0, Kind: l2event.KindLiquidated,
		Payload: mustJSON(t, l2event.Liquidated{ServiceNodeID: id, Initiator: common.Address{7}, BLS: bls})}
	exit := l2event.Event{Block: 1, LogIndex: 1, Kind: l2event.KindExit,
		Payload: mustJSON(t, l2event.Exit{ServiceNodeID: id, ReturnedAmount: req - req/500, BLS: bls})}
	for _, tc := range []struct {
		name   string
		events []l2event.Event
	}{
		{"liquidation and the exit that follows", []l2event.Event{liquidated, exit}},
		{"the liquidation alone", []l2event.Event{liquidated}},
		{"the exit alone", []l2event.Event{exit}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := newChain(t, 6, testParams())
			c.blocksTo(4)
			requireOK(t, c.block(c.votes(4, node, 3, false)...)) // block 5, credit 25: runs out at t0+30
			c.blocksTo(30)
			v := c.node(node)
			require.Equal(t, registry.StateDeregistered, v.State)
			require.Equal(t, t0+38, v.LiquidatableTime, "deregistered at t0+30, lock 5 s, buffer 3 s")
			c.blocksTo(38)
			v = c.node(node)
			require.True(t, v.Liquidatable)
			require.False(t, v.Removed)

			// Block 39 carries the L2's report, attested by 4 of the 5
			// validators left.
			res := c.block(c.Injected(4, l2event.Observation{ScannedTo: 1, Events: tc.events}))
			require.Equal(t, app.CodeOK, res.TxResults[0].Code, res.TxResults[0].Log)
			for _, r := range apptest.Results(res) {
				require.Equal(t, "applied", r)
			}
			v = c.node(node)
			require.Equal(t, registry.StateDeregistered, v.State)
			require.True(t, v.Removed)
			require.False(t, v.Liquidatable, "nothing left to liquidate")
			c.blocksTo(45)
			require.False(t, c.node(node).Liquidatable, "and it stays so")
		})
	}
}

func mustJSON(t *testing.T, v any) []byte {
	t.Helper()
	raw, err := json.Marshal(v)
	require.NoError(t, err)
	return raw
}

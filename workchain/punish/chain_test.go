package punish

import (
	"bytes"
	"crypto/ed25519"
	"encoding/binary"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/workchain/exec"
	"github.com/seshnet/seshnet/workchain/registry"
	"github.com/seshnet/seshnet/workchain/state"
	"github.com/seshnet/seshnet/workchain/state/statetest"
)

// testChain runs the registry (with this module's hooks subscribed, as the
// application's router wires them) and the punish module block by block on
// badger, committing each height: for FailNode, which only other modules
// call, and the benchmarks.
type testChain struct {
	t      testing.TB
	store  *state.Store
	reg    *registry.Module
	keeper Keeper
	mod    exec.Module
	height int64
	time   int64
	blk    *state.Block
}

func newTestChain(t testing.TB, start int64) *testChain {
	t.Helper()
	reg := registry.NewModule()
	k := NewKeeper(reg)
	return &testChain{t: t, store: statetest.Store(t), reg: reg, keeper: k, mod: Module(k), time: start}
}

func (c *testChain) ctx() exec.Context {
	return exec.NewContext(c.blk, c.height, c.time, "punish-test", exec.Deliver)
}

// begin stages the next height at time now and runs the begin-block hook
// with hash.
func (c *testChain) begin(now int64, hash []byte) exec.Context {
	c.t.Helper()
	blk, err := c.store.Begin(c.height + 1)
	require.NoError(c.t, err)
	c.blk, c.height, c.time = blk, c.height+1, now
	require.NoError(c.t, c.mod.BeginBlock(c.ctx(), exec.Block{Hash: hash}))
	return c.ctx()
}

// end runs the end-block hooks (the registry's, then this module's) and
// commits.
func (c *testChain) end() {
	c.t.Helper()
	require.NoError(c.t, c.reg.EndBlock(c.ctx()))
	require.NoError(c.t, c.mod.EndBlock(c.ctx()))
	_, err := c.blk.Finish()
	require.NoError(c.t, err)
	_, err = c.store.Commit()
	require.NoError(c.t, err)
	c.blk = nil
}

func (c *testChain) view() state.KV {
	c.t.Helper()
	v, err := c.store.View(0)
	require.NoError(c.t, err)
	c.t.Cleanup(v.Close)
	return v.KV()
}

func nodeKeyOf(i int) []byte {
	var seed [32]byte
	binary.BigEndian.PutUint64(seed[:], uint64(i+1))
	return ed25519.NewKeyFromSeed(seed[:]).Public().(ed25519.PublicKey)
}

// addNodes registers n solo nodes, committing every 500 (badger takes a
// bounded write per commit).
func (c *testChain) addNodes(n int, p Params) {
	c.t.Helper()
	rp := registry.DefaultParams()
	c.begin(c.time, nil)
	require.NoError(c.t, ParamStore.Set(c.ctx().KV, p))
	for i := range n {
		if i > 0 && i%500 == 0 {
			c.end()
			c.begin(c.time, nil)
		}
		var bls [64]byte
		binary.BigEndian.PutUint64(bls[:], uint64(i+1))
		a := common.BytesToAddress(binary.BigEndian.AppendUint32([]byte{0xcc}, uint32(i)))
		require.NoError(c.t, c.reg.Keeper(c.ctx()).Add(rp, &registry.Node{
			ServiceNodeID: uint64(i + 1), Ed25519: nodeKeyOf(i), BLS: bls[:],
			Contributors: []registry.Contributor{{Staker: a, Beneficiary: a, Amount: rp.StakingRequirement}},
		}))
	}
	c.end()
}

func (c *testChain) status(i int) registry.NodeState {
	c.t.Helper()
	n, err := registry.New(c.view()).Node(nodeKeyOf(i))
	require.NoError(c.t, err)
	return n.Status()
}

// TestFailNodeDecidesWithinTheCap: liveness's FailNode decommissions an
// active node with credit enough and deregisters one without, at most
// max_deactivations_per_block a block, in the order decided; it leaves a
// node that is not active alone and refuses only an unknown key.
func TestFailNodeDecidesWithinTheCap(t *testing.T) {
	const start = 1_767_225_600
	p := DefaultParams()
	p.MaxDeactivationsPerBlock = 2
	p.CreditStartSeconds, p.CreditPerDaySeconds, p.CreditMaxSeconds = 10, day, 100
	c := newTestChain(t, start)
	c.addNodes(6, p)

	// 30 s later: nodes 0-4 have 40 s of credit. Node 5 is made short
	// by hand, as a recommission leaves a node.
	ctx := c.begin(start+30, []byte{1})
	s := newStore(ctx.KV)
	r := s.node(nodeKeyOf(5))
	r.Credit = -25 // 5 s at start+30
	s.setNode(nodeKeyOf(5), r)
	for _, i := range []int{5, 0, 1, 2, 3} {
		require.NoError(t, c.keeper.FailNode(ctx, nodeKeyOf(i), "absent from 60 of 100 commits"))
	}
	require.NoError(t, c.keeper.FailNode(ctx, nodeKeyOf(0), "twice"), "a second decision waits with the first")
	require.ErrorIs(t, c.keeper.FailNode(ctx, []byte("nobody"), "x"), registry.ErrUnknownNode)
	c.end()
	require.Equal(t, registry.StateDeregistered, c.status(5), "5 s of credit is under the 10 s start")
	require.Equal(t, registry.StateDecommissioned, c.status(0))
	require.Equal(t, registry.StateActive, c.status(1), "the cap: two a block")

	c.begin(start+31, []byte{2})
	c.end()
	require.Equal(t, registry.StateDecommissioned, c.status(1))
	require.Equal(t, registry.StateDecommissioned, c.status(2))
	require.Equal(t, registry.StateActive, c.status(3))
	ctx = c.begin(start+32, []byte{3})
	require.NoError(t, c.keeper.FailNode(ctx, nodeKeyOf(0), "already decommissioned"))
	c.end()
	require.Equal(t, registry.StateDecommissioned, c.status(3))
	require.Equal(t, registry.StateActive, c.status(4), "never failed")

	got, err := queryDecisions(c.view(), "")
	require.NoError(t, err)
	var order []string
	for _, d := range got.([]Decision) {
		order = append(order, d.Decision+" "+string(rune('0'+indexOf(d.Node))))
	}
	require.Equal(t, []string{"decommission 3", "decommission 2", "decommission 1", "decommission 0", "deregister 5"}, order, "newest first")
	require.Equal(t, int64(0), newStore(c.view()).global().FIFOLen)
}

func indexOf(pub []byte) int {
	for i := range 100 {
		if string(nodeKeyOf(i)) == string(pub) {
			return i
		}
	}
	return -1
}

// TestExpectedSinceIsTheChainStart: genesis nodes are registered at the
// genesis time, which the initial block carries, however long before the
// chain starts; they are expected to serve from the first block after it
// (the chain's start), a node registered later from its registration.
// Before the chain has started, nobody is expected yet (0).
func TestExpectedSinceIsTheChainStart(t *testing.T) {
	const genesis = 1_767_225_600
	c := newTestChain(t, genesis)
	c.addNodes(2, DefaultParams()) // the initial block, at the genesis time
	expected := func(pub []byte) int64 {
		t.Helper()
		v, err := View(c.view(), pub)
		require.NoError(t, err)
		return v.ExpectedSince
	}
	require.Zero(t, expected(nodeKeyOf(0)), "the chain has not started")

	c.begin(genesis+3600, []byte{1}) // its first blocks come an hour later
	c.end()
	require.EqualValues(t, genesis+3600, expected(nodeKeyOf(0)))
	require.Equal(t, int64(genesis+3600), newStore(c.view()).global().StartTime)

	ctx := c.begin(genesis+3700, []byte{2})
	rp := registry.DefaultParams()
	a := common.BytesToAddress([]byte{0xdd})
	require.NoError(t, c.reg.Keeper(ctx).Add(rp, &registry.Node{
		ServiceNodeID: 99, Ed25519: nodeKeyOf(9), BLS: bytes.Repeat([]byte{9}, 64),
		Contributors: []registry.Contributor{{Staker: a, Beneficiary: a, Amount: rp.StakingRequirement}},
	}))
	c.end()
	c.begin(genesis+3800, []byte{3})
	c.end()
	require.EqualValues(t, genesis+3700, expected(nodeKeyOf(9)), "registered after the start")
	require.EqualValues(t, genesis+3600, expected(nodeKeyOf(0)), "the start is kept")
}

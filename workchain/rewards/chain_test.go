package rewards

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/workchain/exec"
	"github.com/seshnet/seshnet/workchain/registry"
	"github.com/seshnet/seshnet/workchain/state"
	"github.com/seshnet/seshnet/workchain/state/statetest"
)

// testChain runs the registry (with the rewards hooks subscribed, as the
// application's router wires them) and the rewards module block by block
// on badger, committing each height.
type testChain struct {
	t      testing.TB
	store  *state.Store
	reg    *registry.Module
	mod    exec.Module
	height int64
	time   int64
	blk    *state.Block
}

func newTestChain(t testing.TB, start int64) *testChain {
	t.Helper()
	reg := registry.NewModule()
	return &testChain{t: t, store: statetest.Store(t), reg: reg, mod: Module(reg), time: start}
}

// begin stages the next height at time now and runs the rewards
// begin-block hook.
func (c *testChain) begin(now int64) exec.Context {
	c.t.Helper()
	blk, err := c.store.Begin(c.height + 1)
	require.NoError(c.t, err)
	c.blk, c.height, c.time = blk, c.height+1, now
	ctx := c.ctx()
	require.NoError(c.t, c.mod.BeginBlock(ctx, exec.Block{}))
	return ctx
}

func (c *testChain) ctx() exec.Context {
	return exec.NewContext(c.blk, c.height, c.time, "rewards-test", exec.Deliver)
}

// apply runs fn in a cache of the block, kept only if it succeeds, as the
// application runs an L2 event or a transaction.
func (c *testChain) apply(fn func(c exec.Context) error) error {
	cache := c.blk.Cache()
	if err := fn(c.ctx().WithKV(cache)); err != nil {
		return err
	}
	cache.Write()
	return nil
}

// end runs the registry's end of block (unlocks) and commits.
func (c *testChain) end() {
	c.t.Helper()
	require.NoError(c.t, c.reg.EndBlock(c.ctx()))
	_, err := c.blk.Finish()
	require.NoError(c.t, err)
	_, err = c.store.Commit()
	require.NoError(c.t, err)
	c.blk = nil
}

// view is committed state at the last height.
func (c *testChain) view() state.KV {
	c.t.Helper()
	v, err := c.store.View(0)
	require.NoError(c.t, err)
	c.t.Cleanup(v.Close)
	return v.KV()
}

package rewards

import (
	"bytes"
	"crypto/ed25519"
	"fmt"
	"math/big"
	"math/rand/v2"
	"sort"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/core/l2event"
	"github.com/seshnet/seshnet/workchain/exec"
	"github.com/seshnet/seshnet/workchain/registry"
)

// model is the naive accounting the lazy one must equal: every block it
// loops over every payable node and every contributor and credits each
// address its part of the node's new cumulative reward (the rounding rule
// of docs/rewards.md, written again here with math/big).
type model struct {
	rate, emitted       *big.Int
	rateHeight          uint64
	lastTime            int64
	timeCarry, splitPot *big.Int
	nodes               map[string]*modelNode
	rewards, stakes     map[common.Address]*big.Int
	stakesReturned      *big.Int
}

type modelNode struct {
	feeBP        uint32
	contributors []registry.Contributor
	cum          *big.Int
	payable      bool
	activeSince  int64
}

func newModel() *model {
	return &model{
		rate: new(big.Int), emitted: new(big.Int), timeCarry: new(big.Int), splitPot: new(big.Int),
		nodes: map[string]*modelNode{}, rewards: map[common.Address]*big.Int{}, stakes: map[common.Address]*big.Int{},
		stakesReturned: new(big.Int),
	}
}

func add(m map[common.Address]*big.Int, a common.Address, v *big.Int) {
	if m[a] == nil {
		m[a] = new(big.Int)
	}
	m[a].Add(m[a], v)
}

// modelParts is the rule: fee = floor(c·fee/10000) to the operator's
// beneficiary; share_i = floor((c−fee)·amount_i/total) to beneficiary i.
func modelParts(n *modelNode, c *big.Int) (map[common.Address]*big.Int, *big.Int) {
	out := map[common.Address]*big.Int{}
	fee := new(big.Int).Mul(c, big.NewInt(int64(n.feeBP)))
	fee.Div(fee, big.NewInt(10_000))
	add(out, n.contributors[0].Beneficiary, fee)
	rest := new(big.Int).Sub(c, fee)
	total := new(big.Int)
	for _, ct := range n.contributors {
		total.Add(total, new(big.Int).SetUint64(ct.Amount))
	}
	dust := new(big.Int).Set(rest)
	for _, ct := range n.contributors {
		share := new(big.Int).Mul(rest, new(big.Int).SetUint64(ct.Amount))
		share.Div(share, total)
		dust.Sub(dust, share)
		add(out, ct.Beneficiary, share)
	}
	return out, dust
}

// block pays the block at time now, then makes due nodes payable; nodes
// are as the registry left them at the end of the last block.
func (m *model) block(now int64, p Params, nodes []*registry.Node) {
	keys := m.sortedKeys()
	payable := 0
	for _, k := range keys {
		if m.nodes[k].payable {
			payable++
		}
	}
	if m.lastTime != 0 && now > m.lastTime && payable > 0 {
		dt := min(now-m.lastTime, p.MaxBlockSeconds)
		num := new(big.Int).Mul(m.rate, big.NewInt(dt))
		num.Add(num, m.timeCarry)
		e, carry := new(big.Int).QuoRem(num, big.NewInt(120), new(big.Int))
		m.timeCarry = carry
		m.emitted.Add(m.emitted, e)
		pot := new(big.Int).Add(e, m.splitPot)
		share, rem := new(big.Int).QuoRem(pot, big.NewInt(int64(payable)), new(big.Int))
		m.splitPot = rem
		for _, k := range keys { // every payable node, every contributor
			n := m.nodes[k]
			if !n.payable {
				continue
			}
			before, _ := modelParts(n, n.cum)
			n.cum = new(big.Int).Add(n.cum, share)
			after, _ := modelParts(n, n.cum)
			for a, v := range after {
				add(m.rewards, a, new(big.Int).Sub(v, before[a]))
			}
		}
	}
	for _, n := range nodes {
		mn := m.nodes[string(n.Ed25519)]
		if n.InActiveSet() && !mn.payable && now-n.ActiveSinceTime >= p.PayableAfterSeconds {
			mn.payable = true
		}
	}
	m.lastTime = now
}

// sync takes the registry's nodes at the end of a block: new nodes, and
// nodes that left the active set or came back (a new active-since time)
// stop earning.
func (m *model) sync(nodes []*registry.Node) {
	for _, n := range nodes {
		mn, ok := m.nodes[string(n.Ed25519)]
		if !ok {
			mn = &modelNode{feeBP: n.FeeBP, contributors: n.Contributors, cum: new(big.Int), activeSince: n.ActiveSinceTime}
			m.nodes[string(n.Ed25519)] = mn
		}
		if !n.InActiveSet() || n.ActiveSinceTime != mn.activeSince {
			mn.payable = false
		}
		mn.activeSince = n.ActiveSinceTime
	}
}

// returnStake is Session's rule; false when the exit must be refused.
func (m *model) returnStake(n *registry.Node, returned uint64) bool {
	total := n.TotalStake()
	returned = min(returned, total)
	slash := total - returned
	if slash > n.Contributors[0].Amount {
		return false
	}
	for i, c := range n.Contributors {
		amt := c.Amount
		if i == 0 {
			amt -= slash
		}
		add(m.stakes, c.Staker, new(big.Int).SetUint64(amt))
	}
	m.stakesReturned.Add(m.stakesReturned, new(big.Int).SetUint64(returned))
	return true
}

func (m *model) sortedKeys() []string {
	keys := make([]string, 0, len(m.nodes))
	for k := range m.nodes {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// randomStake is 1..10 contributors that pass the registry's stake rules,
// over a small set of addresses so that addresses share roles and nodes.
func randomStake(rng *rand.Rand, p registry.Params, addrs []common.Address) []registry.Contributor {
	n := 1 + rng.IntN(int(p.MaxContributors))
	req := p.StakingRequirement
	op := req/4 + rng.Uint64N(req-req/4+1)
	if n == 1 {
		op = req
	}
	out := []registry.Contributor{{Staker: addrs[rng.IntN(len(addrs))], Beneficiary: addrs[rng.IntN(len(addrs))], Amount: op}}
	remaining := req - op
	for i := 1; i < n && remaining > 0; i++ {
		slots := uint64(p.MaxContributors) - uint64(i)
		minAmt := (remaining + slots - 1) / slots
		amt := remaining
		if i < n-1 {
			amt = minAmt + rng.Uint64N((remaining-minAmt)/uint64(n-i)+1)
		}
		out = append(out, registry.Contributor{Staker: addrs[rng.IntN(len(addrs))], Beneficiary: addrs[rng.IntN(len(addrs))], Amount: amt})
		remaining -= amt
	}
	if remaining > 0 {
		out[0].Amount += remaining // the operator takes what no slot could
	}
	return out
}

// TestLazyEqualsNaive: random registrations (1..10 contributors, random
// fees), exits (requested, unlocked, returned in full or in part),
// deregistrations, decommissions and recommissions, rate changes (stale
// ones refused), parameter changes and blocks of random spacing (halts
// included), run through the registry and the rewards module on badger,
// with every height committed. After every block each address's accrued
// rewards and returned stakes equal the naive per-block loop's to the
// atomic unit, the emission is the same, and sum(balances) + dust +
// undistributed == emitted. At the end every node is settled and the
// pool's own totals close: settled + dust + undistributed == emitted.
func TestLazyEqualsNaive(t *testing.T) {
	seeds := 12
	if testing.Short() {
		seeds = 3
	}
	for seed := range seeds {
		t.Run(fmt.Sprint(seed), func(t *testing.T) { runProperty(t, uint64(seed)) })
	}
}

func runProperty(t *testing.T, seed uint64) {
	rng := rand.New(rand.NewPCG(seed, 0x5e5))
	const start = 1_767_225_600 // 2026-01-01
	c := newTestChain(t, start)
	m := newModel()
	addrs := make([]common.Address, 6)
	for i := range addrs {
		addrs[i] = common.BytesToAddress([]byte{0xbe, byte(i)})
	}
	regParams := registry.DefaultParams()
	regParams.StakingRequirement = 1_000_003 + rng.Uint64N(50_000_000_000) // odd sizes make remainders
	p := Params{PayableAfterSeconds: int64(rng.IntN(40)), MaxBlockSeconds: 30}
	var nextID uint64
	var rateHeight uint64 = 10

	// Genesis: parameters, two nodes.
	ctx := c.begin(start)
	require.NoError(t, registry.ParamStore.Set(ctx.KV, regParams))
	require.NoError(t, ParamStore.Set(ctx.KV, p))
	now := int64(start)
	nodes := func() []*registry.Node {
		var out []*registry.Node
		require.NoError(t, registry.New(c.view()).Nodes(func(n *registry.Node) bool { out = append(out, n); return true }))
		return out
	}
	register := func() {
		nextID++
		seed := bytes.Repeat([]byte{byte(nextID), byte(nextID >> 8), 0x77}, 11)[:32]
		n := &registry.Node{
			ServiceNodeID: nextID, Ed25519: registry.Hex(ed25519.NewKeyFromSeed(seed).Public().(ed25519.PublicKey)),
			BLS: bytes.Repeat([]byte{byte(nextID)}, 64), FeeBP: uint32(rng.IntN(10_001)),
			Contributors: randomStake(rng, regParams, addrs),
		}
		require.NoError(t, c.apply(func(x exec.Context) error { return c.reg.Keeper(x).Add(regParams, n) }))
	}
	register()
	register()
	m.block(now, p, nil)
	c.end()
	m.sync(nodes())

	for range 120 + rng.IntN(80) {
		switch r := rng.IntN(20); {
		case r == 0:
			now += 31 + int64(rng.IntN(500)) // a halt: bounded by max_block_seconds
		case r < 4:
			now += 0 // no time passes (CometBFT would not, but the rule must hold)
		default:
			now += 1 + int64(rng.IntN(12))
		}
		before := nodes()
		m.block(now, p, before)
		c.begin(now)
		for range rng.IntN(4) {
			step(t, rng, c, m, &p, &rateHeight, register)
		}
		c.end()
		m.sync(nodes())
		checkBalances(t, c, m, addrs)
	}
	settleAll(t, c, m)
}

// step is one random event inside a block.
func step(t *testing.T, rng *rand.Rand, c *testChain, m *model, p *Params, rateHeight *uint64, register func()) {
	// Nodes as earlier events of this block left them.
	pick := func(ok func(*registry.Node) bool) *registry.Node {
		var cands []*registry.Node
		require.NoError(t, registry.New(c.blk).Nodes(func(n *registry.Node) bool {
			if ok(n) {
				cands = append(cands, n)
			}
			return true
		}))
		if len(cands) == 0 {
			return nil
		}
		return cands[rng.IntN(len(cands))]
	}
	transition := func(n *registry.Node, ch registry.Change) {
		if n != nil {
			require.NoError(t, c.apply(func(x exec.Context) error { _, err := c.reg.Keeper(x).Transition(n.Ed25519, ch); return err }))
		}
	}
	switch rng.IntN(12) {
	case 0, 1:
		register()
	case 2:
		transition(pick(func(n *registry.Node) bool { return n.InActiveSet() }), registry.Change{Service: registry.ServiceDecommissioned})
	case 3:
		transition(pick(func(n *registry.Node) bool { return n.Staked() && n.Service == registry.ServiceDecommissioned }), registry.Change{Service: registry.ServiceActive})
	case 4:
		if n := pick(func(n *registry.Node) bool { return n.Stake == registry.StakeRegistered }); n != nil {
			require.NoError(t, c.apply(func(x exec.Context) error {
				rp := registry.ParamStore.Get(x)
				rp.ExitUnlockSeconds = int64(rng.IntN(40))
				return c.reg.Keeper(x).ApplyExitRequest(rp, l2event.ExitRequest{ServiceNodeID: n.ServiceNodeID})
			}))
		}
	case 5, 6:
		// ServiceNodeExit: of a node still staked or one that unlocked;
		// sometimes less than the stake (kept back from the operator, or
		// refused when more than the operator's part is kept).
		n := pick(func(n *registry.Node) bool {
			return n.Staked() || n.Stake == registry.StakeExited && n.ReturnedAmount == 0
		})
		if n == nil {
			return
		}
		returned := n.TotalStake()
		if rng.IntN(3) == 0 {
			returned = rng.Uint64N(returned + 1)
		}
		err := c.apply(func(x exec.Context) error {
			return c.reg.Keeper(x).ApplyExit(l2event.Exit{ServiceNodeID: n.ServiceNodeID, ReturnedAmount: returned})
		})
		if m.returnStake(n, returned) {
			require.NoError(t, err)
		} else {
			require.ErrorIs(t, err, ErrStakeReturn)
		}
	case 7:
		transition(pick(func(n *registry.Node) bool { return n.Staked() }), registry.Change{Stake: registry.StakeDeregistered})
	case 8, 9:
		rates := []uint64{0, 1, 119, 120, 7_777, 23_000_000_000, 1 << 62}
		rate := rates[rng.IntN(len(rates))] + rng.Uint64N(1000)
		height := *rateHeight + 1 + rng.Uint64N(5)
		stale := m.rateHeight > 0 && rng.IntN(6) == 0
		if stale {
			height = m.rateHeight - rng.Uint64N(2) // the same height or an older one
		}
		payload := l2event.RewardRate{L2Height: height, Rate: l2event.NewAmount(rate)}.Encode()
		err := c.apply(func(x exec.Context) error { return onRewardRate(x, payload) })
		if stale {
			require.ErrorIs(t, err, ErrStaleRate)
			return
		}
		require.NoError(t, err)
		m.rate.SetUint64(rate)
		m.rateHeight, *rateHeight = height, height
	case 10:
		p.PayableAfterSeconds = int64(rng.IntN(40))
		require.NoError(t, c.apply(func(x exec.Context) error { return ParamStore.Update(x, exec.AuthorityGov, *p) }))
	case 11:
		// A block's events may leave and re-enter the active set at once.
		if n := pick(func(n *registry.Node) bool { return n.InActiveSet() }); n != nil {
			transition(n, registry.Change{Service: registry.ServiceDecommissioned})
			transition(n, registry.Change{Service: registry.ServiceActive})
		}
	}
}

func checkBalances(t *testing.T, c *testChain, m *model, addrs []common.Address) {
	t.Helper()
	kv := c.view()
	sum := new(big.Int)
	for _, a := range addrs {
		rewards, stakes, err := Accrued(kv, a)
		require.NoError(t, err)
		want := m.rewards[a]
		if want == nil {
			want = new(big.Int)
		}
		require.Equal(t, want.String(), rewards.Dec(), "rewards of %s at height %d", a, c.height)
		wantStakes := m.stakes[a]
		if wantStakes == nil {
			wantStakes = new(big.Int)
		}
		require.Equal(t, wantStakes.String(), stakes.Dec(), "stakes of %s at height %d", a, c.height)
		sum.Add(sum, want)
	}
	pool := store{kv: kv}.pool()
	require.Equal(t, m.emitted.String(), pool.Emitted.Dec(), "emitted at height %d", c.height)
	require.Equal(t, m.splitPot.Uint64(), pool.SplitCarry)
	require.Equal(t, m.timeCarry.Uint64(), pool.TimeCarry)
	require.Equal(t, m.stakesReturned.String(), pool.StakesReturned.Dec())
	// sum(balances) + the nodes' dust + the split's remainder == emitted.
	for _, n := range m.nodes {
		_, dust := modelParts(n, n.cum)
		sum.Add(sum, dust)
	}
	sum.Add(sum, m.splitPot)
	require.Equal(t, m.emitted.String(), sum.String(), "nothing lost or created at height %d", c.height)
}

// settleAll settles every node (as a state change would) and checks the
// pool's own totals close, with its dust equal to the model's.
func settleAll(t *testing.T, c *testChain, m *model) {
	t.Helper()
	c.begin(c.time + 1)
	m.block(c.time, Params{MaxBlockSeconds: 30, PayableAfterSeconds: 1 << 40}, nil)
	k := NewKeeper(c.ctx())
	require.NoError(t, registry.New(c.blk).Nodes(func(n *registry.Node) bool { k.beforeChange(n); return true }))
	c.end()
	pool := store{kv: c.view()}.pool()
	modelDust := new(big.Int)
	for _, n := range m.nodes {
		_, dust := modelParts(n, n.cum)
		modelDust.Add(modelDust, dust)
	}
	require.Equal(t, modelDust.String(), pool.Dust.Dec())
	var total = pool.Settled
	total.Add(&total, &pool.Dust)
	total.AddUint64(&total, pool.SplitCarry)
	require.Equal(t, pool.Emitted.Dec(), total.Dec(), "settled + dust + undistributed == emitted")
	v, err := queryPool(c.view(), "")
	require.NoError(t, err)
	require.Equal(t, "0", v.(PoolView).Unsettled)
}

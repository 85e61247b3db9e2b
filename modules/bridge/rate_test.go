package bridge

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/rs/zerolog"
	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/core/l2event"
	"github.com/seshnet/seshnet/modules/bridge/devchain"
	"github.com/seshnet/seshnet/plugins/kit/kittest"
	pluginv1 "github.com/seshnet/seshnet/plugins/proto/seshnet/plugin/v1"
)

// noCalls wraps an endpoint whose contract calls fail while down is set
// (logs and headers still answer).
type noCalls struct {
	Chain
	down  bool
	calls int
}

func (n *noCalls) CallContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error) {
	n.calls++
	if n.down {
		return nil, errDown
	}
	return n.Chain.CallContract(ctx, msg, block)
}

func head(t *testing.T, c *devchain.Chain) uint64 {
	t.Helper()
	h, err := c.Backend.Client().HeaderByNumber(context.Background(), nil)
	require.NoError(t, err)
	return h.Number.Uint64()
}

// commitTo mines until the head is at least n.
func commitTo(t *testing.T, c *devchain.Chain, n uint64) {
	t.Helper()
	for head(t, c) < n {
		c.Backend.Commit()
	}
}

// rates are an observation's reward rate events.
func rates(o l2event.Observation) []l2event.Event {
	var out []l2event.Event
	for _, e := range o.Events {
		if e.Kind == l2event.KindRewardRate {
			out = append(out, e)
		}
	}
	return out
}

// poolRate is the contract's own rewardRate() at block n.
func poolRate(t *testing.T, c *devchain.Chain, n uint64) *big.Int {
	t.Helper()
	r, err := c.Pool.RewardRate(&bind.CallOpts{BlockNumber: new(big.Int).SetUint64(n)})
	require.NoError(t, err)
	return r
}

// requireRateEvent checks one reported rate against the contract at its block.
func requireRateEvent(t *testing.T, c *devchain.Chain, e l2event.Event, every uint64) *big.Int {
	t.Helper()
	require.Zero(t, e.Block%every, "a rate is reported at multiples of rate_every_blocks only")
	require.Equal(t, l2event.RewardRateLogIndex, e.LogIndex)
	r, err := l2event.DecodeRewardRate(e.Payload)
	require.NoError(t, err)
	require.Equal(t, e.Block, r.L2Height)
	want := poolRate(t, c, e.Block)
	require.Equal(t, want.String(), r.Rate.Dec())
	return want
}

func TestScannerReportsThePoolRateAtEveryCheckpoint(t *testing.T) {
	c, op := newDevchain(t)
	const every = 5
	start := head(t, c)
	s, err := NewScanner(ScanConfig{Contract: c.StakingAddr, Depth: 1, MaxRange: 3, StartBlock: start, RateEvery: every},
		[]Chain{c.Backend.Client()}, t.TempDir(), zerolog.Nop())
	require.NoError(t, err)
	// A registration in a checkpoint's block: the rate sorts after its log.
	commitTo(t, c, (start/every+1)*every-1)
	register(t, c, op, 1)
	regBlock := head(t, c)
	require.Zero(t, regBlock%every)
	commitTo(t, c, regBlock+2*every+1)
	require.NoError(t, s.Scan(context.Background()))

	obs := s.Observation(l2event.Cursor{})
	got := rates(obs)
	var want []uint64
	for n := regBlock; n <= obs.ScannedTo; n += every {
		want = append(want, n)
	}
	require.Len(t, got, len(want))
	for i, e := range got {
		require.Equal(t, want[i], e.Block)
		requireRateEvent(t, c, e, every)
	}
	require.Equal(t, l2event.KindRegistration, obs.Events[0].Kind)
	require.Equal(t, regBlock, obs.Events[0].Block)
	require.Equal(t, l2event.KindRewardRate, obs.Events[1].Kind, "after its block's logs")
	require.Equal(t, regBlock, obs.Events[1].Block)
	decoded, err := l2event.Decode(obs.Encode())
	require.NoError(t, err, "events in L2 order, a well-formed extension")
	require.Equal(t, obs, decoded)

	// Passed by the workchain, a checkpoint is forgotten and not read again.
	left := s.Observation(l2event.At(got[0]))
	require.Equal(t, got[1:], rates(left))
}

// Two witnesses that poll at different moments, with different ranges,
// report the same bytes for every checkpoint both have scanned: what
// reaches 2/3 on the workchain.
func TestTwoWitnessesReportByteIdenticalRates(t *testing.T) {
	c, _ := newDevchain(t)
	const every = 4
	start := head(t, c)
	cfg := ScanConfig{Contract: c.StakingAddr, Depth: 2, MaxRange: 1, StartBlock: start, RateEvery: every}
	eager, err := NewScanner(cfg, []Chain{c.Backend.Client()}, t.TempDir(), zerolog.Nop())
	require.NoError(t, err)
	cfg.MaxRange = 1000
	lazy, err := NewScanner(cfg, []Chain{c.Backend.Client()}, t.TempDir(), zerolog.Nop())
	require.NoError(t, err)
	for i := 0; i < 3*every+3; i++ {
		c.Backend.Commit()
		require.NoError(t, eager.Scan(context.Background())) // every block
		if i == every+1 {
			require.NoError(t, lazy.Scan(context.Background())) // once midway
		}
	}
	require.NoError(t, lazy.Scan(context.Background()))
	a, b := eager.Observation(l2event.Cursor{}), lazy.Observation(l2event.Cursor{})
	require.Equal(t, a.ScannedTo, b.ScannedTo)
	ra, rb := rates(a), rates(b)
	require.GreaterOrEqual(t, len(ra), 3)
	require.Len(t, rb, len(ra))
	for i := range ra {
		require.Equal(t, ra[i].Encode(), rb[i].Encode())
		requireRateEvent(t, c, ra[i], every)
	}
}

func TestFundingThePoolReportsTheNewRateAtALaterBlock(t *testing.T) {
	c, _ := newDevchain(t)
	const every = 3
	start := head(t, c)
	s, err := NewScanner(ScanConfig{Contract: c.StakingAddr, Depth: 1, StartBlock: start, RateEvery: every},
		[]Chain{c.Backend.Client()}, t.TempDir(), zerolog.Nop())
	require.NoError(t, err)
	commitTo(t, c, (start+every-1)/every*every+1) // depth 1: up to the first checkpoint
	require.NoError(t, s.Scan(context.Background()))
	before := rates(s.Observation(l2event.Cursor{}))
	require.Len(t, before, 1)
	old := requireRateEvent(t, c, before[0], every)
	require.Positive(t, old.Sign(), "devchain funds the pool")

	// Triple the pool: its rate triples from the next checkpoint on.
	_, err = c.Mined(c.Token.Mint(c.Owner, c.PoolAddr, new(big.Int).Mul(devchain.PoolFunding, big.NewInt(2))))
	require.NoError(t, err)
	commitTo(t, c, head(t, c)+every+1)
	require.NoError(t, s.Scan(context.Background()))
	after := rates(s.Observation(l2event.At(before[0])))
	require.NotEmpty(t, after)
	require.Greater(t, after[0].Block, before[0].Block)
	fresh := requireRateEvent(t, c, after[0], every)
	require.Positive(t, fresh.Cmp(new(big.Int).Mul(old, big.NewInt(2))), "the new balance is read: %s then %s", old, fresh)
}

// A pool that cannot be called holds up nothing: the registration is
// reported, the scan passes the checkpoint, and the rate is read on a
// later poll once calls work again, back at its place.
func TestFailingPoolCallDoesNotStopRegistrations(t *testing.T) {
	c, op := newDevchain(t)
	const every = 4
	start := head(t, c)
	ep := &noCalls{Chain: c.Backend.Client(), down: true}
	s, err := NewScanner(ScanConfig{Contract: c.StakingAddr, Depth: 1, StartBlock: start, RateEvery: every},
		[]Chain{ep}, t.TempDir(), zerolog.Nop())
	require.NoError(t, err)
	commitTo(t, c, (start/every+1)*every)
	checkpoint := head(t, c)
	register(t, c, op, 1)
	commitTo(t, c, head(t, c)+2*every)
	require.NoError(t, s.Scan(context.Background()))
	require.Equal(t, 1, ep.calls, "after a failure, the scan's later checkpoints wait for the next poll")
	obs := s.Observation(l2event.Cursor{})
	require.Len(t, obs.Events, 1)
	require.Equal(t, l2event.KindRegistration, obs.Events[0].Kind)
	require.GreaterOrEqual(t, obs.ScannedTo, checkpoint+1, "the scan went past the checkpoint")

	// Healed: the latest checkpoint passed is read (older ones are
	// superseded by it), in its place after the registration.
	ep.down = false
	require.NoError(t, s.Scan(context.Background()))
	obs = s.Observation(l2event.Cursor{})
	require.Len(t, obs.Events, 2)
	require.Equal(t, l2event.KindRegistration, obs.Events[0].Kind)
	require.Equal(t, obs.ScannedTo/every*every, obs.Events[1].Block)
	require.Greater(t, obs.Events[1].Block, checkpoint)
	requireRateEvent(t, c, obs.Events[1], every)

	// A later poll reads the next checkpoint as usual.
	commitTo(t, c, head(t, c)+every)
	require.NoError(t, s.Scan(context.Background()))
	require.Len(t, rates(s.Observation(l2event.Cursor{})), 2)
}

// A rate position the workchain refuted is read again from the pool.
func TestRefutedRateIsReadAgain(t *testing.T) {
	c, _ := newDevchain(t)
	const every = 4
	start := head(t, c)
	s, err := NewScanner(ScanConfig{Contract: c.StakingAddr, Depth: 1, StartBlock: start, RateEvery: every},
		[]Chain{c.Backend.Client()}, t.TempDir(), zerolog.Nop())
	require.NoError(t, err)
	commitTo(t, c, (start+every-1)/every*every+1)
	require.NoError(t, s.Scan(context.Background()))
	first := rates(s.Observation(l2event.Cursor{}))
	require.Len(t, first, 1)
	passed := l2event.At(first[0])
	require.Empty(t, rates(s.Observation(passed)))

	require.NoError(t, s.Reattest(context.Background(), []l2event.Cursor{passed}))
	again := rates(s.Observation(passed))
	require.Len(t, again, 1)
	require.Equal(t, first[0].Encode(), again[0].Encode())
}

func TestModuleReportsThePoolRate(t *testing.T) {
	c, _ := newDevchain(t)
	head0 := head(t, c)
	commitTo(t, c, head0+4)
	m := New()
	m.dial = func(context.Context, string) (Chain, error) { return c.Backend.Client(), nil }
	h := kittest.Start(t, m, kittest.Options{API: workchain{cursor: `{"started":false}`}, Settings: map[string]any{
		"rpc": []string{"simulated"}, "contract": c.StakingAddr.Hex(), "depth": 1, "poll_ms": 20, "rate_every_blocks": 2,
	}})
	var got []l2event.Event
	require.Eventually(t, func() bool {
		res, err := h.Client.VoteExt.Observe(context.Background(), &pluginv1.ObserveRequest{Height: 5, DeadlineMs: 500, Applied: []byte(`{"started":false}`)})
		require.NoError(t, err)
		obs, err := l2event.Decode(res.Observation)
		require.NoError(t, err)
		got = rates(obs)
		return len(got) > 0 && got[len(got)-1].Block > head0
	}, 10*time.Second, 20*time.Millisecond)
	// From the pool's deployment on (before it, the call reverts and no
	// rate is reported); the funded pool's rate is not 0.
	for _, e := range got {
		requireRateEvent(t, c, e, 2)
	}
	require.Positive(t, requireRateEvent(t, c, got[len(got)-1], 2).Sign())
}

func TestRateCheckpointsDependOnBlockNumbersOnly(t *testing.T) {
	for _, tc := range []struct {
		from, to, every uint64
		want            []uint64
	}{
		{0, 10, 5, []uint64{5, 10}}, // never block 0, the L2's genesis
		{1, 4, 5, nil},
		{5, 5, 5, []uint64{5}},
		{6, 14, 5, []uint64{10}},
		{100, 300, 100, []uint64{100, 200, 300}},
		{1<<64 - 3, 1<<64 - 1, 1<<64 - 2, []uint64{1<<64 - 2}}, // no wrap past the top
	} {
		require.Equal(t, tc.want, rateCheckpoints(tc.from, tc.to, tc.every), "%d..%d every %d", tc.from, tc.to, tc.every)
	}
	// Cut into ranges anyhow, the union is the same.
	var pieces []uint64
	for from := uint64(3); from <= 97; from += 7 {
		pieces = append(pieces, rateCheckpoints(from, min(from+6, 97), 10)...)
	}
	require.Equal(t, rateCheckpoints(3, 97, 10), pieces)
}

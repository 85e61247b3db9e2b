package bridge

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/json"
	"errors"
	"github.com/seshnet/seshnet/core/bls"
	"github.com/seshnet/seshnet/modules/bridge/l2sign"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/rs/zerolog"
	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/core/l2event"
	"github.com/seshnet/seshnet/modules/bridge/contracts/bindings"
	"github.com/seshnet/seshnet/modules/bridge/devchain"
)

var requirement = big.NewInt(25_000_000_000_000)

func register(t *testing.T, c *devchain.Chain, op devchain.Account, seed byte) {
	t.Helper()
	k := ed25519.NewKeyFromSeed(bytes.Repeat([]byte{seed}, 32))
	pub := []byte(k.Public().(ed25519.PublicKey))
	sk, err := bls.SecretKeyFromBig(big.NewInt(int64(seed) + 1000))
	require.NoError(t, err)
	blsPub := sk.PublicKey().Bytes()
	sig := ed25519.Sign(k, append(append([]byte{}, pub...), blsPub[:]...))
	params := bindings.ServiceNodeRewardsServiceNodeParams{
		ServiceNodePubkey: new(big.Int).SetBytes(pub), ServiceNodeSignature1: new(big.Int).SetBytes(sig[:32]),
		ServiceNodeSignature2: new(big.Int).SetBytes(sig[32:]), Fee: 100,
	}
	cs := []bindings.ServiceNodeRewardsContributor{{Staker: bindings.ServiceNodeRewardsStaker{Addr: op.Opts.From, Beneficiary: op.Opts.From}, StakedAmount: requirement}}
	pop, err := l2sign.ProofOfPossession(context.Background(), c.Staking, sk, op.Opts.From, pub)
	require.NoError(t, err)
	_, err = c.Mined(c.Staking.AddBLSPublicKey(op.Opts, l2sign.G1(sk.PublicKey()), pop, params, cs))
	require.NoError(t, err)
}

func newDevchain(t *testing.T) (*devchain.Chain, devchain.Account) {
	t.Helper()
	op, err := devchain.NewAccount()
	require.NoError(t, err)
	c, err := devchain.New([]devchain.Account{op}, requirement, big.NewInt(100), new(big.Int).Mul(requirement, big.NewInt(10)))
	require.NoError(t, err)
	t.Cleanup(func() { c.Close() })
	return c, op
}

// flaky wraps an endpoint: while down it fails every call, and it records
// the ranges asked.
type flaky struct {
	Chain
	mu     sync.Mutex
	down   bool
	hang   bool // answer nothing until the caller gives up
	ranges [][2]uint64
}

func (f *flaky) hung(ctx context.Context) bool {
	f.mu.Lock()
	h := f.hang
	f.mu.Unlock()
	if h {
		<-ctx.Done()
	}
	return h
}

var errDown = errors.New("endpoint down")

func (f *flaky) HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	if f.hung(ctx) {
		return nil, ctx.Err()
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.down {
		return nil, errDown
	}
	return f.Chain.HeaderByNumber(ctx, n)
}

func (f *flaky) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	f.mu.Lock()
	if f.down {
		f.mu.Unlock()
		return nil, errDown
	}
	f.ranges = append(f.ranges, [2]uint64{q.FromBlock.Uint64(), q.ToBlock.Uint64()})
	f.mu.Unlock()
	return f.Chain.FilterLogs(ctx, q)
}

func TestScannerSeesEveryEventOnceAcrossRestartAndFailover(t *testing.T) {
	c, op := newDevchain(t)
	start := c.Backend.Client()
	head, err := start.HeaderByNumber(context.Background(), nil)
	require.NoError(t, err)
	cfg := ScanConfig{Contract: c.StakingAddr, Depth: 2, MaxRange: 2, StartBlock: head.Number.Uint64()}
	primary, backup := &flaky{Chain: start}, &flaky{Chain: start}
	dir := t.TempDir()
	s, err := NewScanner(cfg, []Chain{primary, backup}, dir, zerolog.Nop())
	require.NoError(t, err)

	register(t, c, op, 1)
	register(t, c, op, 2)
	for i := 0; i < 3; i++ {
		c.Backend.Commit() // depth 2: let the registrations sink
	}
	require.NoError(t, s.Scan(context.Background()))
	require.Len(t, s.Observation(l2event.Cursor{}).Events, 2)

	// The primary goes down: the backup takes over.
	primary.down = true
	_, err = c.Mined(c.Staking.InitiateExitBLSPublicKey(op.Opts, 1))
	require.NoError(t, err)
	register(t, c, op, 3)
	for i := 0; i < 3; i++ {
		c.Backend.Commit()
	}
	require.NoError(t, s.Scan(context.Background()))

	// A restart resumes from the saved state: nothing read twice.
	s2, err := NewScanner(cfg, []Chain{backup}, dir, zerolog.Nop())
	require.NoError(t, err)
	_, err = c.Mined(c.Staking.SetStakingRequirement(c.Owner, big.NewInt(30_000_000_000_000)))
	require.NoError(t, err)
	for i := 0; i < 3; i++ {
		c.Backend.Commit()
	}
	require.NoError(t, s2.Scan(context.Background()))

	obs := s2.Observation(l2event.Cursor{})
	kinds := []byte{}
	for _, e := range obs.Events {
		kinds = append(kinds, e.Kind)
	}
	require.Equal(t, []byte{l2event.KindRegistration, l2event.KindRegistration, l2event.KindExitRequest, l2event.KindRegistration, l2event.KindRequirementUpdated}, kinds)
	_, err = l2event.Decode(obs.Encode())
	require.NoError(t, err, "a well-formed extension")

	var r l2event.Registration
	require.NoError(t, json.Unmarshal(obs.Events[0].Payload, &r))
	require.Equal(t, uint64(1), r.ServiceNodeID)
	require.Len(t, r.Ed25519, 32)
	require.Len(t, r.BLS, 64)
	k := ed25519.NewKeyFromSeed(bytes.Repeat([]byte{1}, 32))
	require.True(t, ed25519.Verify(k.Public().(ed25519.PublicKey), append(append([]byte{}, r.Ed25519...), r.BLS...), r.Ed25519Sig), "the proof of possession survives the trip")

	// Bounded ranges; no block asked twice by the ranges that succeeded.
	seen := map[uint64]bool{}
	for _, f := range []*flaky{primary, backup} {
		for _, rg := range f.ranges {
			require.LessOrEqual(t, rg[1]-rg[0]+1, cfg.MaxRange)
			for b := rg[0]; b <= rg[1]; b++ {
				require.False(t, seen[b], "block %d read twice", b)
				seen[b] = true
			}
		}
	}

	// Once the workchain applied the first three, they are no longer reported.
	applied := obs.Events[2]
	left := s2.Observation(l2event.At(applied))
	require.Len(t, left.Events, 2)

	// Every endpoint down: Scan says so and keeps its place.
	backup.down = true
	before, _ := s2.ScannedTo()
	c.Backend.Commit()
	require.ErrorContains(t, s2.Scan(context.Background()), "every L2 endpoint failed")
	after, _ := s2.ScannedTo()
	require.Equal(t, before, after)
}

func TestHungEndpointFailsOverAndNeverBlocksObservations(t *testing.T) {
	c, op := newDevchain(t)
	register(t, c, op, 1)
	for i := 0; i < 3; i++ {
		c.Backend.Commit()
	}
	hung := &flaky{Chain: c.Backend.Client(), hang: true}
	s, err := NewScanner(ScanConfig{Contract: c.StakingAddr, Depth: 1, CallTimeout: 200 * time.Millisecond},
		[]Chain{hung, &flaky{Chain: c.Backend.Client()}}, t.TempDir(), zerolog.Nop())
	require.NoError(t, err)

	// A scan against only the hung endpoint stalls until its timeout...
	alone, err := NewScanner(ScanConfig{Contract: c.StakingAddr, Depth: 1, CallTimeout: 2 * time.Second}, []Chain{hung}, t.TempDir(), zerolog.Nop())
	require.NoError(t, err)
	done := make(chan error, 1)
	go func() { done <- alone.Scan(context.Background()) }()
	// ...and observations are answered meanwhile.
	for i := 0; i < 5; i++ {
		_ = alone.Observation(l2event.Cursor{})
	}
	require.ErrorContains(t, <-done, "every L2 endpoint failed")

	// With a second endpoint the scan fails over and sees the registration.
	require.NoError(t, s.Scan(context.Background()))
	require.Len(t, s.Observation(l2event.Cursor{}).Events, 1)
}

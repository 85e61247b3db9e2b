package registry

import (
	"bytes"
	"crypto/ed25519"
	"fmt"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/workchain/state/statetest"

	"github.com/seshnet/seshnet/core/l2event"
)

// registration builds a valid registration of a node with key seed.
func registration(seed byte, id uint64, cs []Contributor) l2event.Registration {
	k := ed25519.NewKeyFromSeed(bytes.Repeat([]byte{seed}, 32))
	pub := []byte(k.Public().(ed25519.PublicKey))
	bls := bytes.Repeat([]byte{seed}, 64)
	lc := make([]l2event.Contributor, len(cs))
	for i, c := range cs {
		lc[i] = l2event.Contributor(c)
	}
	return l2event.Registration{
		ServiceNodeID: id, Initiator: addr(seed), BLS: bls, Ed25519: pub,
		Ed25519Sig: ed25519.Sign(k, ProofMessage(pub, bls)), Contributors: lc,
	}
}

func TestRegistrationRulesAreCheckedAgain(t *testing.T) {
	p := DefaultParams()
	req, q := p.StakingRequirement, p.StakingRequirement/4
	solo := []Contributor{contrib(1, req)}
	cases := []struct {
		name   string
		reg    func() l2event.Registration
		reason string
	}{
		{"valid", func() l2event.Registration { return registration(1, 10, solo) }, ""},
		{"no contributors", func() l2event.Registration { return registration(1, 10, nil) }, "0 contributors"},
		{"eleven contributors", func() l2event.Registration {
			cs := []Contributor{contrib(1, q)}
			for i := 0; i < 10; i++ {
				cs = append(cs, contrib(byte(i+2), (req-q)/10))
			}
			return registration(1, 10, cs)
		}, "11 contributors"},
		{"operator under 25%", func() l2event.Registration {
			return registration(1, 10, []Contributor{contrib(1, q-1), contrib(2, req-q+1)})
		}, "operator stakes"},
		{"later contributor under its minimum", func() l2event.Registration {
			return registration(1, 10, []Contributor{contrib(1, q), contrib(2, 1), contrib(3, req-q-1)})
		}, "contributor 1 stakes 1"},
		{"not fully staked", func() l2event.Registration { return registration(1, 10, []Contributor{contrib(1, req-1)}) }, "total stake"},
		{"fee over 10000 bp", func() l2event.Registration {
			r := registration(1, 10, solo)
			r.FeeBP = 10_001
			return r
		}, "fee 10001"},
		{"signature by another key", func() l2event.Registration {
			r := registration(1, 10, solo)
			r.Ed25519Sig = registration(2, 10, solo).Ed25519Sig
			return r
		}, "prove possession"},
		{"signature over another BLS key", func() l2event.Registration {
			r := registration(1, 10, solo)
			r.BLS = bytes.Repeat([]byte{9}, 64)
			return r
		}, "prove possession"},
		{"short key", func() l2event.Registration {
			r := registration(1, 10, solo)
			r.Ed25519 = r.Ed25519[:31]
			return r
		}, "wrong size"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			k := at(statetest.Block(t), 5, 1000, nil)
			r := tc.reg()
			rej, err := k.ApplyRegistration(p, r)
			require.NoError(t, err)
			if tc.reason == "" {
				require.Nil(t, rej)
				n, err := k.NodeByID(10)
				require.NoError(t, err)
				require.Equal(t, StateActive, n.Status())
				require.Equal(t, int64(5), n.RegisteredHeight)
				return
			}
			require.NotNil(t, rej)
			require.Contains(t, rej.Reason, tc.reason)
			stored, err := k.Rejected(10)
			require.NoError(t, err)
			require.Equal(t, rej, stored)
			_, err = k.NodeByID(10)
			require.ErrorIs(t, err, ErrUnknownServiceID, "a rejected registration adds no node")
		})
	}
}

func TestKeyRegisteredOnce(t *testing.T) {
	p := DefaultParams()
	kv := statetest.Block(t)
	solo := []Contributor{contrib(1, p.StakingRequirement)}
	rej, err := at(kv, 5, 1000, nil).ApplyRegistration(p, registration(1, 10, solo))
	require.NoError(t, err)
	require.Nil(t, rej)
	rej, err = at(kv, 6, 1001, nil).ApplyRegistration(p, registration(1, 11, solo))
	require.NoError(t, err)
	require.Contains(t, rej.Reason, "already registered")
}

// twoSoloNodes is a registry holding nodes 10 and 11 (keys 1 and 2), each
// staked alone, registered at height 1; at(height, time) is a keeper over it
// in a later block.
func twoSoloNodes(t *testing.T, p Params) func(height, blockTime int64) Keeper {
	t.Helper()
	kv := statetest.Block(t)
	solo := []Contributor{contrib(1, p.StakingRequirement)}
	for i, seed := range []byte{1, 2} {
		rej, err := at(kv, 1, 1000, nil).ApplyRegistration(p, registration(seed, uint64(10+i), solo))
		require.NoError(t, err)
		require.Nil(t, rej)
	}
	return func(height, blockTime int64) Keeper { return at(kv, height, blockTime, nil) }
}

func TestExitUnlocksAfterThePeriod(t *testing.T) {
	p := DefaultParams()
	p.ExitUnlockSeconds = 100
	blockAt := twoSoloNodes(t, p)
	k := blockAt(2, 2000)
	require.NoError(t, k.ApplyExitRequest(p, l2event.ExitRequest{ServiceNodeID: 10}))
	require.NoError(t, blockAt(3, 2050).ApplyExitRequest(p, l2event.ExitRequest{ServiceNodeID: 10}), "repeated request")
	n, err := k.NodeByID(10)
	require.NoError(t, err)
	require.Equal(t, StateExiting, n.Status())
	require.Equal(t, int64(2100), n.UnlockTime, "the first request sets the clock")

	// Still serving during the unlock period.
	active, err := k.ActiveKeys()
	require.NoError(t, err)
	require.Len(t, active, 2)
	moved, err := blockAt(4, 2099).UnlockDue()
	require.NoError(t, err)
	require.Zero(t, moved)

	moved, err = blockAt(5, 2100).UnlockDue()
	require.NoError(t, err)
	require.Equal(t, 1, moved)
	n, err = k.NodeByID(10)
	require.NoError(t, err)
	require.Equal(t, StateExited, n.Status())
	active, err = k.ActiveKeys()
	require.NoError(t, err)
	require.Len(t, active, 1)
	moved, err = blockAt(6, 5000).UnlockDue()
	require.NoError(t, err)
	require.Zero(t, moved, "unlocked once")

	require.NoError(t, k.ApplyExit(l2event.Exit{ServiceNodeID: 11, ReturnedAmount: 77}))
	n, err = k.NodeByID(11)
	require.NoError(t, err)
	require.Equal(t, StateExited, n.Status())
	require.Equal(t, uint64(77), n.ReturnedAmount)

	require.ErrorIs(t, k.ApplyExitRequest(p, l2event.ExitRequest{ServiceNodeID: 99}), ErrUnknownServiceID)
	require.ErrorIs(t, k.ApplyExit(l2event.Exit{ServiceNodeID: 99}), ErrUnknownServiceID)

	// The contract's removal after the unlock records what it returned.
	require.NoError(t, k.ApplyExit(l2event.Exit{ServiceNodeID: 10, ReturnedAmount: 55}))
	n, err = k.NodeByID(10)
	require.NoError(t, err)
	require.Equal(t, uint64(55), n.ReturnedAmount)
}

// TestExitRequestRevivesDecommissioned (review D15): an exit request for a
// decommissioned node must not put it back in the active set (exiting
// counts as serving). It stays out, leaves at its unlock time, and serves
// as exiting if recommissioned meanwhile. Fails on a96bbb3 (the request
// moved it to exiting: back in the active set).
func TestExitRequestRevivesDecommissioned(t *testing.T) {
	p := DefaultParams()
	p.ExitUnlockSeconds = 100
	blockAt := twoSoloNodes(t, p)
	k := blockAt(2, 1500)
	inActive := func(id uint64) bool {
		t.Helper()
		n, err := k.NodeByID(id)
		require.NoError(t, err)
		keys, err := k.ActiveKeys()
		require.NoError(t, err)
		for _, key := range keys {
			if bytes.Equal(key, n.Ed25519) {
				return true
			}
		}
		return false
	}
	for _, id := range []uint64{10, 11} {
		n, err := k.NodeByID(id)
		require.NoError(t, err)
		_, err = k.Transition(n.Ed25519, Change{Service: ServiceDecommissioned})
		require.NoError(t, err)
		require.NoError(t, blockAt(3, 2000).ApplyExitRequest(p, l2event.ExitRequest{ServiceNodeID: id}))
		require.False(t, inActive(id), "an exit request revived decommissioned node %d", id)
	}

	// Node 11 is recommissioned before its unlock: it serves, as exiting.
	n11, err := k.NodeByID(11)
	require.NoError(t, err)
	_, err = blockAt(4, 2050).Transition(n11.Ed25519, Change{Service: ServiceActive})
	require.NoError(t, err)
	n11, err = k.NodeByID(11)
	require.NoError(t, err)
	require.Equal(t, StateExiting, n11.Status())
	require.True(t, inActive(11))

	// At the unlock both leave.
	moved, err := blockAt(5, 2100).UnlockDue()
	require.NoError(t, err)
	require.Equal(t, 2, moved)
	for _, id := range []uint64{10, 11} {
		n, err := k.NodeByID(id)
		require.NoError(t, err)
		require.Equal(t, StateExited, n.Status())
	}
}

// TestLiquidationIsRecorded: a liquidation of a known node under its own
// BLS key is recorded and changes nothing else (the ServiceNodeExit that
// follows removes the node); an unknown id or another key is refused and
// records nothing.
func TestLiquidationIsRecorded(t *testing.T) {
	p := DefaultParams()
	k := twoSoloNodes(t, p)(2, 2000)
	before, err := k.NodeByID(10)
	require.NoError(t, err)

	require.ErrorIs(t, k.ApplyLiquidation(l2event.Liquidated{ServiceNodeID: 99, BLS: bytes.Repeat([]byte{1}, 64)}), ErrUnknownServiceID)
	require.ErrorIs(t, k.ApplyLiquidation(l2event.Liquidated{ServiceNodeID: 10, BLS: bytes.Repeat([]byte{2}, 64)}), ErrUnknownNode)
	for _, id := range []uint64{10, 99} {
		l, err := k.Liquidated(id)
		require.NoError(t, err)
		require.Nil(t, l)
	}

	require.NoError(t, k.ApplyLiquidation(l2event.Liquidated{ServiceNodeID: 10, Initiator: addr(7), BLS: bytes.Repeat([]byte{1}, 64)}))
	l, err := k.Liquidated(10)
	require.NoError(t, err)
	require.Equal(t, &Liquidation{ServiceNodeID: 10, Initiator: addr(7), Height: 2}, l)
	after, err := k.NodeByID(10)
	require.NoError(t, err)
	require.Equal(t, before, after, "recorded only")

	require.NoError(t, k.ApplyExit(l2event.Exit{ServiceNodeID: 10, ReturnedAmount: p.StakingRequirement / 2}))
	n, err := k.NodeByID(10)
	require.NoError(t, err)
	require.Equal(t, StateExited, n.Status())
}

// TestLiquidatedDeregisteredNodeReturnsTheRest: the contract liquidates a
// deregistered node (the only node it may liquidate) and then removes it
// with a ServiceNodeExit carrying the stake less its penalty. The registry
// records that amount and tells the hooks once, so the rewards module
// credits it to the stakers; the node stays deregistered. Before the fix
// the exit of a deregistered node was dropped and the operator never got
// the rest of the stake back.
func TestLiquidatedDeregisteredNodeReturnsTheRest(t *testing.T) {
	p := DefaultParams()
	kv := statetest.Block(t)
	rec := &recorder{}
	solo := []Contributor{contrib(1, p.StakingRequirement)}
	r := registration(1, 10, solo)
	rej, err := at(kv, 1, 1000, rec).ApplyRegistration(p, r)
	require.NoError(t, err)
	require.Nil(t, rej)
	k := at(kv, 2, 2000, rec)
	_, err = k.Transition(r.Ed25519, Change{Stake: StakeDeregistered, Reason: "credit ran out"})
	require.NoError(t, err)
	rec.calls = nil

	returned := p.StakingRequirement - p.StakingRequirement/500 // 0.2% kept back
	require.NoError(t, k.ApplyLiquidation(l2event.Liquidated{ServiceNodeID: 10, Initiator: addr(7), BLS: bytes.Repeat([]byte{1}, 64)}))
	require.NoError(t, k.ApplyExit(l2event.Exit{ServiceNodeID: 10, ReturnedAmount: returned}))
	require.NoError(t, k.ApplyExit(l2event.Exit{ServiceNodeID: 10, ReturnedAmount: returned}), "a repeated exit changes nothing")
	require.Equal(t, []string{fmt.Sprintf("returned 10 %d", returned)}, rec.calls, "the hooks hear of the returned stake once")
	n, err := k.NodeByID(10)
	require.NoError(t, err)
	require.Equal(t, StateDeregistered, n.Status())
	require.Equal(t, returned, n.ReturnedAmount)
}

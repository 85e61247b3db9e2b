package main

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/modules/bridge/contracts/bindings"
	"github.com/seshnet/seshnet/modules/bridge/devchain"
	"github.com/seshnet/seshnet/workchain/app"
	"github.com/seshnet/seshnet/workchain/registry"
)

// TestL2RegistrationAndExitReachEveryValidator runs four validators whose
// bridge modules read a real L2 over HTTP JSON-RPC (go-ethereum's simulated
// chain with our contracts, mining every 500 ms): a node registered on the
// L2 becomes active and joins a swarm on every validator, and leaves after
// its exit request's unlock period.
func TestL2RegistrationAndExitReachEveryValidator(t *testing.T) {
	if testing.Short() {
		t.Skip("starts four seshd processes and an L2")
	}
	const base = 45656
	operator, err := devchain.NewAccount()
	require.NoError(t, err)
	requirement := big.NewInt(25_000_000_000_000)
	l2, err := devchain.New([]devchain.Account{operator}, requirement, big.NewInt(1), new(big.Int).Mul(requirement, big.NewInt(4)), devchain.WithHTTP("127.0.0.1", base+90))
	require.NoError(t, err)
	t.Cleanup(func() { l2.Close() })
	ctx, stop := context.WithCancel(context.Background())
	t.Cleanup(stop)
	go l2.MineEvery(ctx, 500*time.Millisecond)
	start, err := l2.Backend.Client().BlockNumber(ctx)
	require.NoError(t, err)

	procs := startTestnet(t, 4, base, "--l2", l2.URL(), "--l2-contract", l2.StakingAddr.Hex(),
		"--l2-depth", "1", "--l2-start-block", fmt.Sprint(start), "--exit-unlock-seconds", "6")
	waitFor(t, "four validators at height 3", 90*time.Second, func() bool {
		for _, p := range procs {
			if p.height(t) < 3 {
				return false
			}
		}
		return true
	})

	// Register a fifth node on the L2, with its Ed25519 proof of possession.
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	require.NoError(t, err)
	x, y := big.NewInt(1234), big.NewInt(5678)
	bls := append(x.FillBytes(make([]byte, 32)), y.FillBytes(make([]byte, 32))...)
	sig := ed25519.Sign(priv, append(append([]byte{}, pub...), bls...))
	rcpt, err := l2.Mined(l2.Staking.AddBLSPublicKey(operator.Opts, bindings.ServiceNodeRewardsG1Point{X: x, Y: y},
		bindings.ServiceNodeRewardsServiceNodeParams{
			ServiceNodePubkey: new(big.Int).SetBytes(pub), ServiceNodeSignature1: new(big.Int).SetBytes(sig[:32]),
			ServiceNodeSignature2: new(big.Int).SetBytes(sig[32:]), Fee: 250,
		},
		[]bindings.ServiceNodeRewardsContributor{{Staker: bindings.ServiceNodeRewardsStaker{Addr: operator.Opts.From, Beneficiary: operator.Opts.From}, StakedAmount: requirement}}))
	require.NoError(t, err)
	registeredAt := time.Now()
	id := hex.EncodeToString(pub)

	nodeOn := func(p *proc) (app.NodeView, bool) {
		var nv app.NodeView
		ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
		defer cancel()
		c, err := p.client()
		if err != nil || queryJSON(ctx, c, "/node/"+id, 0, &nv) != nil {
			return nv, false
		}
		return nv, true
	}
	waitFor(t, "the new node active and in a swarm on every validator", 90*time.Second, func() bool {
		for _, p := range procs {
			nv, ok := nodeOn(p)
			if !ok || nv.State != registry.StateActive || nv.Swarm == nil {
				return false
			}
		}
		return true
	})
	nv, _ := nodeOn(procs[0])
	t.Logf("registered in L2 block %d; active on all four validators at workchain height %d, %.1f s later",
		rcpt.BlockNumber.Uint64(), nv.RegisteredHeight, time.Since(registeredAt).Seconds())
	require.Equal(t, uint32(250), nv.FeeBP)
	require.Equal(t, requirement.Uint64(), nv.TotalStake())

	// Exit: requested on the L2, the node leaves after the 6 s unlock.
	_, err = l2.Mined(l2.Staking.InitiateExitBLSPublicKey(operator.Opts, 1))
	require.NoError(t, err)
	waitFor(t, "the node exiting", 60*time.Second, func() bool {
		nv, ok := nodeOn(procs[1])
		return ok && nv.State == registry.StateExiting
	})
	waitFor(t, "the node exited on every validator", 90*time.Second, func() bool {
		for _, p := range procs {
			nv, ok := nodeOn(p)
			if !ok || nv.State != registry.StateExited || nv.Swarm != nil {
				return false
			}
		}
		return true
	})
}

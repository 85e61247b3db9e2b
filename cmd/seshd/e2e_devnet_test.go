package main

import (
	"context"
	"encoding/json"
	"fmt"
	"github.com/ethereum/go-ethereum/common"
	"github.com/seshnet/seshnet/workchain/rewards"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/cmd/internal/chainclient"
	"github.com/seshnet/seshnet/core/keys"
	"github.com/seshnet/seshnet/modules/bridge/devchain"
	"github.com/seshnet/seshnet/workchain/app"
	"github.com/seshnet/seshnet/workchain/gov"
	"github.com/seshnet/seshnet/workchain/punish"
	"github.com/seshnet/seshnet/workchain/registry"
)

// `seshd devnet` as a developer runs it: its own L2 with the contract
// deployed and funded dev keys; a node registered there with the operator
// tools becomes active; after a restart the L2 is where it was and a second
// registration lands too.
func TestDevnetRunsItsOwnL2AcrossRestarts(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a devnet with its L2")
	}
	const base = 15656
	home := filepath.Join(t.TempDir(), "devnet")
	require.NoError(t, os.MkdirAll(home, 0o700))
	dn := &proc{home: home, rpc: fmt.Sprintf("http://127.0.0.1:%d", base+1),
		args: []string{"devnet", "--home", home, "--base-port", fmt.Sprint(base), "--exit-unlock-seconds", "5"}}
	t.Cleanup(func() {
		if t.Failed() {
			b, _ := os.ReadFile(filepath.Join(home, "seshd.log"))
			t.Logf("devnet log tail:\n%s", tail(b, 4000))
		}
	})
	dn.start(t)
	waitFor(t, "devnet at height 3", 90*time.Second, func() bool { return dn.height(t) >= 3 })

	var info devchain.Devnet
	raw, err := os.ReadFile(filepath.Join(home, "l2", "devnet.json"))
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(raw, &info))
	l2URL := fmt.Sprintf("http://127.0.0.1:%d", base-11)

	activeOnDevnet := func(key string) func() bool {
		return func() bool {
			ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
			defer cancel()
			c, err := dn.client()
			var nv app.NodeView
			return err == nil && chainclient.Query(ctx, c, "/node/"+key, 0, &nv) == nil && nv.State == registry.StateActive && nv.Swarm != nil
		}
	}
	register := func(name, keyFile string) string {
		h := filepath.Join(t.TempDir(), name)
		runSeshd(t, "init", "--home", h, "--moniker", name)
		runSeshd(t, "l2", "register", "--home", h, "--l2", l2URL, "--contract", info.Staking.Hex(), "--key", keyFile)
		var nk struct{ Ed25519 string }
		require.NoError(t, json.Unmarshal(runSeshd(t, "keys", "node", "--home", h, "-o", "json"), &nk))
		return nk.Ed25519
	}

	// The devnet operator's rewards grow (the rate is attested every 10 L2
	// blocks, the validator earns after a minute) and it claims them on the
	// devnet's L2 with the command the banner gives: the devnet seeded its
	// validator into the staking contract, so its signature is the network's.
	// (Before nodes are registered below: registered nodes that do not run
	// would be non-signers, two of three too many for the contract.)
	opKey := filepath.Join(home, "config", "operator_eth_key.json")
	k, err := keys.LoadEth(opKey)
	require.NoError(t, err)
	operator := keys.EthAddress(k).Hex()
	accrued := func() *big.Int {
		var a rewards.AccountView
		if json.Unmarshal(runSeshd(t, "query", "rewards", operator, "--node", dn.rpc, "-o", "json"), &a) != nil {
			return new(big.Int)
		}
		v, _ := new(big.Int).SetString(a.Accrued, 10)
		return v
	}
	waitFor(t, "the devnet operator's rewards", 3*time.Minute, func() bool { return accrued().Sign() > 0 })
	// The claim signs at the latest height minus 2: let it pass the first credit.
	firstPaid := dn.height(t)
	waitFor(t, "three more blocks", time.Minute, func() bool { return dn.height(t) >= firstPaid+3 })
	var claimed struct {
		Amount     string   `json:"amount"`
		ClaimedNow string   `json:"claimed_now"`
		Before     string   `json:"balance_before"`
		After      string   `json:"balance_after"`
		Signers    []uint64 `json:"signers"`
	}
	out := runSeshd(t, "rewards", "claim", "--home", home, "--node", dn.rpc, "--key", opKey, "-o", "json")
	require.NoError(t, json.Unmarshal(out, &claimed), "%s", out)
	t.Logf("the devnet operator claimed %s", claimed.ClaimedNow)
	require.Equal(t, []uint64{1}, claimed.Signers, "the devnet's validator is service node 1 of its contract")
	require.Equal(t, claimed.Amount, claimed.ClaimedNow)
	require.Equal(t, new(big.Int).Add(bigOf(t, claimed.Before), bigOf(t, claimed.Amount)).String(), claimed.After)

	// The operator (the one node's whole stake) passes a parameter change
	// with the commands the banner gives, within the local 30 s vote.
	proposed := time.Now()
	var prop struct {
		ProposalID uint64 `json:"proposal_id"`
	}
	out = runSeshd(t, "tx", "gov", "propose", "param-change", "--param", "punish.test_period_seconds=120", "--title", "slower tests",
		"--key", opKey, "--node", dn.rpc, "-o", "json")
	require.NoError(t, json.Unmarshal(out, &prop), "%s", out)
	runSeshd(t, "tx", "gov", "vote", fmt.Sprint(prop.ProposalID), "yes", "--key", opKey, "--node", dn.rpc)
	var pv gov.ProposalView
	waitFor(t, "the devnet's proposal to pass", 2*time.Minute, func() bool {
		out := runSeshd(t, "query", "gov", "proposal", fmt.Sprint(prop.ProposalID), "--node", dn.rpc, "-o", "json")
		return json.Unmarshal(out, &pv) == nil && pv.Status != gov.StatusVoting
	})
	require.Equal(t, gov.StatusPassed, pv.Status, "reason %q", pv.Reason)
	var pp punish.Params
	c, err := dn.client()
	require.NoError(t, err)
	require.NoError(t, chainclient.Query(context.Background(), c, "/params/"+punish.Name, 0, &pp))
	require.EqualValues(t, 120, pp.TestPeriodSeconds)
	t.Logf("the devnet operator proposed, voted and saw the change applied in %.0f s", time.Since(proposed).Seconds())

	first := register("second", info.DevKeyFiles[0])
	waitFor(t, "a node registered on the devnet's L2 active", 60*time.Second, activeOnDevnet(first))

	l2Head := func() uint64 {
		c, err := ethclient.Dial(l2URL)
		if err != nil {
			return 0
		}
		defer c.Close()
		n, _ := c.BlockNumber(context.Background())
		return n
	}
	headBefore, heightBefore := l2Head(), dn.height(t)
	require.NotZero(t, headBefore)
	dn.stop(syscall.SIGINT)

	dn.start(t)
	waitFor(t, "the devnet going on after a restart", 60*time.Second, func() bool { return dn.height(t) > heightBefore+2 })
	require.GreaterOrEqual(t, l2Head(), headBefore, "the devnet's L2 went back after a restart")
	require.True(t, activeOnDevnet(first)(), "the registered node is gone after a restart")

	second := register("third", info.DevKeyFiles[1])
	waitFor(t, "a registration after the restart active", 60*time.Second, activeOnDevnet(second))

	var pool rewards.PoolView
	require.NoError(t, json.Unmarshal(runSeshd(t, "query", "pool", "--node", dn.rpc, "-o", "json"), &pool))
	emitted, ok := new(big.Int).SetString(pool.Emitted, 10)
	require.True(t, ok && emitted.Sign() > 0, "emitted %q", pool.Emitted)
	var acct rewards.AccountView
	stranger := common.HexToAddress("0x00000000000000000000000000000000000000aa").Hex()
	require.NoError(t, json.Unmarshal(runSeshd(t, "query", "rewards", stranger, "--node", dn.rpc, "-o", "json"), &acct))
	require.Equal(t, stranger, acct.Address.Hex())
	require.Equal(t, "0", acct.Accrued, "nothing is credited to an address that staked nothing")
	out, err = exec.Command(seshdBin, "query", "rewards", "0xnot-an-address", "--node", dn.rpc).CombinedOutput()
	require.Error(t, err)
	require.Contains(t, string(out), "code 101", "a bad address is a bad argument")
}

func tail(b []byte, n int) []byte {
	if len(b) > n {
		return b[len(b)-n:]
	}
	return b
}

package main

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/cmd/internal/claim"
	"github.com/seshnet/seshnet/core/keys"
	"github.com/seshnet/seshnet/plugins/host"
	"github.com/seshnet/seshnet/workchain/app"
	"github.com/seshnet/seshnet/workchain/registry"
	"github.com/seshnet/seshnet/workchain/rewards"
)

// The liquidation network: four validators seeded into the staking
// contract on geth --dev (blsNonSignerThreshold = 4/3 = 1, so the three
// survivors of a killed node sign for the network), with punishments
// shortened so that a killed node is deregistered within a minute and
// liquidatable liqLock+liqBuffer seconds later (docs/punishments.md,
// "Liquidation on the L2, end to end").
const (
	liqBase        = 24656
	liqNodes       = 4
	liqCreditStart = 15
	liqLock        = 40
	liqBuffer      = 10
)

func liqGenesisParams() []string {
	var args []string
	for _, p := range []string{
		"punish.test_period_seconds=5",
		fmt.Sprintf("punish.credit_start_seconds=%d", liqCreditStart),
		"punish.credit_per_day_seconds=0",
		fmt.Sprintf("punish.dereg_lock_seconds=%d", liqLock),
		fmt.Sprintf("punish.liquidation_buffer_seconds=%d", liqBuffer),
	} {
		args = append(args, "--genesis-param", p)
	}
	return args
}

// liqNet is the running network of TestLiquidationOnTheL2: the punishment
// test's view of the nodes and the rewards test's view of the L2.
type liqNet struct {
	*punishNet
	rw     *rewardsNet
	bls    []string // node k's BLS key, hex
	ids    []uint64 // node k's id in the contract
	pool   common.Address
	caller string // the liquidator's key file
	from   common.Address
}

// leaveResult is `seshd l2 liquidate -o json` (claim.ExitResult).
type leaveResult struct {
	ID         uint64            `json:"service_node_id"`
	Signers    []uint64          `json:"signers"`
	NonSigners []claim.NonSigner `json:"non_signers"`
	Tx         common.Hash       `json:"tx"`
}

// TestLiquidationOnTheL2 is issue 13's last step end to end, on four
// validators seeded into the staking contract on geth --dev and started as
// an operator starts them, with the storage modules' testers on: `seshd l2
// liquidate` of a healthy node is refused by every node (nothing sent to
// the L2), as is one of an unknown key; a SIGKILLed node is decommissioned
// by its testers, deregistered when its credit runs out, refused while its
// stake is locked, then liquidated with the three survivors' signature: the
// caller and the pool receive exactly the contract's shares (0.03% and
// 0.17% of the deposit), computed here from the contract's own ratios and
// read back from balances and the receipt's events; the node is gone from
// the contract; every workchain node records the liquidation and the
// returned stake, which its operator then claims on the L2; a second
// liquidation is refused.
func TestLiquidationOnTheL2(t *testing.T) {
	if testing.Short() {
		t.Skip("starts four seshd processes with their modules, and geth")
	}
	gethBin := gethBinary()
	if gethBin == "" {
		t.Skip("needs geth (make geth): the liquidation is tested on a real L2")
	}
	began := time.Now()
	n := startLiquidationNet(t, gethBin)
	t.Logf("network up, seeded and testing after %s", time.Since(began).Round(time.Second))

	const victim = 3
	n.healthyRefused(victim)
	n.unknownKeyRefused()
	n.killAndWaitDeregistered(victim)
	n.lockedRefused(victim)
	res := n.liquidate(victim)
	returned := n.checkL2(victim, res)
	n.checkWorkchain(victim, res, returned)
	n.liquidateAgainRefused(victim)
	t.Logf("TestLiquidationOnTheL2 wall time %s", time.Since(began).Round(time.Second))
}

// startLiquidationNet runs geth --dev with the contracts deployed (pool
// funded; seshd l2 seed backs the seeded stakes), writes and seeds a four-validator
// testnet with the shortened parameters, starts it, waits until every node
// serves and publishes its bridge endpoint, then turns the testers on.
func startLiquidationNet(t *testing.T, gethBin string) *liqNet {
	t.Helper()
	u := deployUnstarted(t, gethBin, liqBase+90)
	g, c := u.geth, u.c
	// The seeded stakes are backed by `seshd l2 seed` below (devchain.Seed
	// mints and sends their sum to the contract: the owner is the token's
	// minter); a liquidation pays its shares out of the contract's balance.
	procs := writeTestnet(t, liqNodes, liqBase, u.genesisArgs(liqGenesisParams()...)...)
	pn := &punishNet{t: t, procs: procs, dead: map[int]bool{}, dir: t.TempDir()}
	n := &liqNet{punishNet: pn, pool: c.Pool}
	for _, p := range procs {
		// Testers off until every node has sent its first uptime proof (a
		// tester fails a node without one), as in TestPunishments.
		appendConfig(t, p.home, "\n[modules.storage.settings]\ntesting = false\ntest_poll_ms = 1000\n")
		var k struct {
			Ed25519 string `json:"ed25519"`
			BLS     string `json:"bls"`
		}
		require.NoError(t, json.Unmarshal(runSeshd(t, "keys", "node", "--home", p.home, "-o", "json"), &k))
		pn.keys, n.bls = append(pn.keys, k.Ed25519), append(n.bls, k.BLS)
	}
	u.seed(t, procs[0].home)
	for _, p := range procs {
		p.start(t)
	}
	n.rw = u.net(t, procs)
	for k := range procs {
		id, err := c.StakingC.Ed25519ToServiceNodeID(&bind.CallOpts{}, new(big.Int).SetBytes(hexBytes(t, pn.keys[k])))
		require.NoError(t, err)
		require.NotZero(t, id, "node %d is not in the contract", k)
		n.ids = append(n.ids, id)
	}
	pool, err := c.StakingC.FoundationPool(&bind.CallOpts{})
	require.NoError(t, err)
	require.Equal(t, c.Pool, pool, "the liquidation's pool share goes to the reward pool")

	var why string
	t.Cleanup(func() {
		if t.Failed() && why != "" {
			t.Logf("the last wait for the network: %s", why)
		}
	})
	pn.onEvery("every node active, serving relay and storage, publishing its bridge endpoint", 5*time.Minute, func(k int) bool {
		if !n.rw.publishesBridge(k) {
			why = fmt.Sprintf("node %d shows no bridge endpoint of its own", k)
			return false
		}
		for i, key := range pn.keys {
			nv, err := pn.node(k, key)
			if err != nil || nv.State != registry.StateActive || nv.Uptime == nil ||
				!slices.Contains(nv.Uptime.Modules, "storage") || !slices.Contains(nv.Uptime.Modules, "relay") {
				why = fmt.Sprintf("node %d's view of node %d: state %q, uptime %+v, err %v", k, i, nv.State, nv.Uptime, err)
				return false
			}
		}
		why = ""
		return true
	})
	n.testersOn()

	callerKey, err := crypto.GenerateKey()
	require.NoError(t, err)
	n.caller = filepath.Join(t.TempDir(), "liquidator.json")
	require.NoError(t, keys.SaveEth(n.caller, callerKey))
	n.from = keys.EthAddress(callerKey)
	g.fund(t, 1, n.from)
	return n
}

// appendConfig appends text to the home's seshd.toml.
func appendConfig(t *testing.T, homeDir, text string) {
	t.Helper()
	f, err := os.OpenFile(filepath.Join(homeDir, "config", "seshd.toml"), os.O_APPEND|os.O_WRONLY, 0)
	require.NoError(t, err)
	_, err = f.WriteString(text)
	require.NoError(t, err)
	require.NoError(t, f.Close())
}

// testersOn turns every node's storage testers on the way an operator
// changes a module's settings.
func (n *liqNet) testersOn() {
	t := n.t
	t.Helper()
	for k, p := range n.procs {
		path := filepath.Join(p.home, "config", "seshd.toml")
		raw, err := os.ReadFile(path)
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(path, []byte(strings.Replace(string(raw), "testing = false", "testing = true", 1)), 0o600))
		runSeshd(t, "modules", "reload", "storage", "--home", p.home)
		waitFor(t, fmt.Sprintf("node %d's storage module running with testing on", k), time.Minute, func() bool {
			st, ok := n.module(k, "storage")
			return ok && st.State == host.StateRunning && st.PID > 0
		})
	}
}

// runLiquidate runs `seshd l2 liquidate` for bls (hex) as the caller.
func (n *liqNet) runLiquidate(bls string) ([]byte, error) {
	cmd := exec.Command(seshdBin, "l2", "liquidate", "--bls", bls, "--key", n.caller, "--l2", n.rw.geth.url,
		"--node", n.procs[0].rpc, "-o", "json")
	var stdout, stderr strings.Builder
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	return []byte(stdout.String() + stderr.String()), err
}

// l2Snapshot is what a refused liquidation must leave as it was.
type l2Snapshot struct {
	nonce                  uint64
	callerSESH, poolSESH   string
	contractSESH, nodes    string
	totalNodes, aggregated string
}

func (n *liqNet) snapshot() l2Snapshot {
	t := n.t
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	nonce, err := n.rw.geth.client.PendingNonceAt(ctx, n.from)
	require.NoError(t, err)
	call := &bind.CallOpts{Context: ctx}
	all, err := n.rw.staking.AllServiceNodeIDs(call)
	require.NoError(t, err)
	total, err := n.rw.staking.TotalNodes(call)
	require.NoError(t, err)
	agg, err := n.rw.staking.AggregatePubkey(call)
	require.NoError(t, err)
	return l2Snapshot{
		nonce: nonce, callerSESH: n.rw.tokenBalance(t, n.from).String(), poolSESH: n.rw.tokenBalance(t, n.pool).String(),
		contractSESH: n.rw.tokenBalance(t, n.rw.addr).String(), nodes: fmt.Sprint(all.Ids), totalNodes: total.String(),
		aggregated: agg.X.String() + "," + agg.Y.String(),
	}
}

// refused runs a liquidation of bls that must fail before anything is
// sent, with want in its output wantCount times (once per refusing node),
// and the L2 left as it was.
func (n *liqNet) refused(what, bls, want string, wantCount int, also ...string) {
	t := n.t
	t.Helper()
	before := n.snapshot()
	out, err := n.runLiquidate(bls)
	require.Error(t, err, "%s: %s", what, out)
	require.Equal(t, wantCount, strings.Count(string(out), want), "%s: %q once per refusing node in %s", what, want, out)
	for _, s := range also {
		require.Contains(t, string(out), s, "%s", what)
	}
	require.Equal(t, before, n.snapshot(), "%s: the L2 changed", what)
	t.Logf("%s: refused, nothing sent: %s", what, strings.TrimSpace(string(out)))
}

// healthyRefused is step 1: a liquidation of a healthy node is refused by
// every node, the node itself included.
func (n *liqNet) healthyRefused(k int) {
	n.t.Helper()
	pv := n.punishView(0, n.keys[k])
	require.False(n.t, pv.Liquidatable)
	require.Zero(n.t, pv.DeregisteredTime)
	n.refused("liquidation of healthy node "+fmt.Sprint(k), n.bls[k], `the node is not deregistered (state \"active\")`, liqNodes,
		fmt.Sprintf("only 0 of %d nodes signed", liqNodes))
}

// unknownKeyRefused: a BLS key the contract does not hold is refused
// before any node is asked.
func (n *liqNet) unknownKeyRefused() {
	n.t.Helper()
	sk, err := keys.GenerateBLS()
	require.NoError(n.t, err)
	n.refused("liquidation of an unknown BLS key", fmt.Sprintf("%x", sk.Public[:]), "the staking contract has no node with BLS key", 1)
}

// killAndWaitDeregistered is step 2's start: node k and its modules are
// SIGKILLed; its testers decommission it, and it is deregistered when its
// credit runs out.
func (n *liqNet) killAndWaitDeregistered(k int) {
	t := n.t
	t.Helper()
	// The module processes `seshd modules` names, and any other module
	// process of the node (/proc): one left running would hold its ports
	// and keep answering (a storage process outlived its node once, seen
	// after a `seshd modules reload`).
	pids := n.modulePIDs(k)
	for _, name := range []string{"seshd-bridge", "seshd-relay", "seshd-storage", "seshd-example"} {
		for _, pid := range childrenNamed(n.procs[k].cmd.Process.Pid, name) {
			if !slices.Contains(pids, pid) {
				t.Logf("node %d: module process %d (%s) not listed by seshd modules", k, pid, name)
				pids = append(pids, pid)
			}
		}
	}
	killed := time.Now()
	n.procs[k].stop(syscall.SIGKILL)
	for _, pid := range pids {
		_ = syscall.Kill(pid, syscall.SIGKILL)
	}
	n.dead[k] = true
	key := n.keys[k]
	n.onEvery(fmt.Sprintf("node %d deregistered", k), liqCreditStart*time.Second+3*time.Minute, func(i int) bool {
		return n.isState(i, key, registry.StateDeregistered)
	})
	pv := n.punishView(0, key)
	require.Equal(t, pv.DeregisteredTime+liqLock, pv.LockedUntil)
	require.Equal(t, pv.LockedUntil+liqBuffer, pv.LiquidatableTime)
	require.False(t, pv.Liquidatable)
	t.Logf("node %d (contract id %d) SIGKILLed with its modules %v: deregistered %s later (%q); locked until %d, liquidatable from %d",
		k, n.ids[k], pids, time.Since(killed).Round(time.Second), pv.LastReason, pv.LockedUntil, pv.LiquidatableTime)
}

// lockedRefused: during the lock every running node refuses, and the
// killed one does not answer.
func (n *liqNet) lockedRefused(k int) {
	n.t.Helper()
	n.refused(fmt.Sprintf("liquidation of node %d during its lock", k), n.bls[k], "the node's stake is locked: liquidatable from", liqNodes-1,
		fmt.Sprintf("only 0 of %d nodes signed", liqNodes))
}

// liquidate waits until every running node says node k is liquidatable
// and liquidates it with `seshd l2 liquidate`.
func (n *liqNet) liquidate(k int) leaveResult {
	t := n.t
	t.Helper()
	n.onEvery(fmt.Sprintf("node %d liquidatable", k), (liqLock+liqBuffer)*time.Second+time.Minute, func(i int) bool {
		var pv struct {
			Liquidatable bool `json:"liquidatable"`
		}
		return n.query(i, "/punish/"+n.keys[k], &pv) == nil && pv.Liquidatable
	})
	start := time.Now()
	out, err := n.runLiquidate(n.bls[k])
	require.NoError(t, err, "seshd l2 liquidate: %s", out)
	var res leaveResult
	require.NoError(t, json.Unmarshal(out, &res), "%s", out)
	t.Logf("seshd l2 liquidate in %.1f s: %s", time.Since(start).Seconds(), strings.TrimSpace(string(out)))
	require.Equal(t, n.ids[k], res.ID)
	var others []uint64
	for i, id := range n.ids {
		if i != k {
			others = append(others, id)
		}
	}
	slices.Sort(others)
	require.Equal(t, others, res.Signers, "the three survivors sign")
	require.Len(t, res.NonSigners, 1)
	require.Equal(t, n.ids[k], res.NonSigners[0].ID, "the killed node is the one non-signer")
	require.Contains(t, res.NonSigners[0].Reason, "no answer")
	return res
}

// checkL2 reads the liquidation back from the L2 itself: the shares from
// the contract's ratios, the balances before and after the transaction's
// block, its events, and the node gone from the contract. It returns what
// the contract returned to the stakers.
func (n *liqNet) checkL2(k int, res leaveResult) uint64 {
	t := n.t
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	rc, err := n.rw.geth.client.TransactionReceipt(ctx, res.Tx)
	require.NoError(t, err)
	require.Equal(t, types.ReceiptStatusSuccessful, rc.Status)
	before := &bind.CallOpts{Context: ctx, BlockNumber: new(big.Int).Sub(rc.BlockNumber, big.NewInt(1))}
	after := &bind.CallOpts{Context: ctx, BlockNumber: rc.BlockNumber}

	// The contract's own parameters, as they were when it liquidated.
	ratio := func(get func(*bind.CallOpts) (*big.Int, error)) *big.Int {
		v, err := get(before)
		require.NoError(t, err)
		return v
	}
	liqR, poolR, recR := ratio(n.rw.staking.LiquidatorRewardRatio), ratio(n.rw.staking.PoolShareOfLiquidationRatio), ratio(n.rw.staking.RecipientRatio)
	sn, err := n.rw.staking.ServiceNodes(before, n.ids[k])
	require.NoError(t, err)
	deposit := sn.Deposit
	require.Equal(t, stakingRequirement.String(), deposit.String())
	sum := new(big.Int).Add(new(big.Int).Add(liqR, poolR), recR)
	// liquidatorAmount = deposit × liquidator / sum, rounded down; poolAmount
	// = ⌈deposit × pool / sum⌉ (the contract's rounding).
	wantLiq := new(big.Int).Div(new(big.Int).Mul(deposit, liqR), sum)
	wantPool := new(big.Int).Div(new(big.Int).Add(new(big.Int).Mul(deposit, poolR), new(big.Int).Sub(sum, big.NewInt(1))), sum)
	wantReturned := new(big.Int).Sub(new(big.Int).Sub(deposit, wantLiq), wantPool)
	// With the ratios 3 : 17 : 9980 these are exactly 0.03% and 0.17%.
	require.Equal(t, "3 17 9980", fmt.Sprint(liqR, poolR, recR), "the devchain's liquidation ratios")
	require.Equal(t, new(big.Int).Mul(deposit, big.NewInt(3)).String(), new(big.Int).Mul(wantLiq, big.NewInt(10_000)).String(), "0.03%")
	require.Equal(t, new(big.Int).Mul(deposit, big.NewInt(17)).String(), new(big.Int).Mul(wantPool, big.NewInt(10_000)).String(), "0.17%")

	balance := func(opts *bind.CallOpts, a common.Address) *big.Int {
		b, err := n.rw.token.BalanceOf(opts, a)
		require.NoError(t, err)
		return b
	}
	delta := func(a common.Address) *big.Int { return new(big.Int).Sub(balance(after, a), balance(before, a)) }
	require.Equal(t, wantLiq.String(), delta(n.from).String(), "the caller's SESH")
	require.Equal(t, wantPool.String(), delta(n.pool).String(), "the pool's SESH")
	require.Equal(t, new(big.Int).Neg(new(big.Int).Add(wantLiq, wantPool)).String(), delta(n.rw.addr).String(),
		"the staking contract keeps the rest for the stakers' claims")

	// The events: liquidated by the caller, then the exit returning the rest.
	var liquidated, exited bool
	var transfers []string
	for _, lg := range rc.Logs {
		if ev, err := n.rw.staking.ParseServiceNodeLiquidated(*lg); err == nil {
			require.Equal(t, n.ids[k], ev.ServiceNodeID)
			require.Equal(t, n.from, ev.Initiator)
			liquidated = true
		}
		if ev, err := n.rw.staking.ParseServiceNodeExit(*lg); err == nil {
			require.Equal(t, n.ids[k], ev.ServiceNodeID)
			require.Equal(t, wantReturned.String(), ev.ReturnedAmount.String(), "returned to the stakers")
			exited = true
		}
		if ev, err := n.rw.token.ParseTransfer(*lg); err == nil {
			transfers = append(transfers, fmt.Sprintf("%s->%s:%s", ev.From.Hex(), ev.To.Hex(), ev.Value))
		}
	}
	require.True(t, liquidated && exited, "ServiceNodeLiquidated and ServiceNodeExit in %s", res.Tx.Hex())
	require.ElementsMatch(t, []string{
		fmt.Sprintf("%s->%s:%s", n.rw.addr.Hex(), n.from.Hex(), wantLiq),
		fmt.Sprintf("%s->%s:%s", n.rw.addr.Hex(), n.pool.Hex(), wantPool),
	}, transfers)

	// The node is gone from the contract; the threshold follows.
	all, err := n.rw.staking.AllServiceNodeIDs(after)
	require.NoError(t, err)
	require.NotContains(t, all.Ids, n.ids[k])
	require.Len(t, all.Ids, liqNodes-1)
	id, err := n.rw.staking.Ed25519ToServiceNodeID(after, new(big.Int).SetBytes(hexBytes(t, n.keys[k])))
	require.NoError(t, err)
	require.Zero(t, id)
	t.Logf("L2 block %d: deposit %s; ratios %s:%s:%s; caller +%s (0.03%%), pool +%s (0.17%%), returned to the stakers %s; node %d gone",
		rc.BlockNumber, deposit, liqR, poolR, recR, wantLiq, wantPool, wantReturned, n.ids[k])
	return wantReturned.Uint64()
}

// checkWorkchain: every running node records the liquidation (witnessed
// ServiceNodeLiquidated, event node_liquidated) and the returned stake;
// the operator then claims it on the L2 with the network's signature.
func (n *liqNet) checkWorkchain(k int, res leaveResult, returned uint64) {
	t := n.t
	t.Helper()
	key := n.keys[k]
	var nv app.NodeView
	n.onEvery("the liquidation's returned stake recorded", 2*time.Minute, func(i int) bool {
		v, err := n.node(i, key)
		nv = v
		return err == nil && v.ReturnedAmount != 0
	})
	require.Equal(t, registry.StateDeregistered, nv.State, "a liquidated node stays deregistered")
	require.Equal(t, returned, nv.ReturnedAmount)
	for i := range n.procs {
		if !n.dead[i] {
			v, err := n.node(i, key)
			require.NoError(t, err)
			require.Equal(t, returned, v.ReturnedAmount, "node %d", i)
		}
	}
	operator := nv.Contributors[0].Staker
	var acc rewards.AccountView
	require.NoError(t, n.query(0, "/rewards/"+operator.Hex(), &acc))
	require.Equal(t, fmt.Sprint(returned), acc.StakesReturned, "the operator's returned stake")

	ev := n.liquidationEvent(res)
	require.Equal(t, fmt.Sprint(n.ids[k]), ev["service_node_id"])
	require.Equal(t, n.from.Hex(), ev["initiator"])

	// The operator takes the rest back: a claim of its accrued total, which
	// holds the returned stake at the signed height.
	// A claim signs at the latest height less a margin: it must be past the
	// block that credited the stake.
	credited := n.procs[0].height(t)
	waitFor(t, "the workchain past the credit", time.Minute, func() bool {
		return n.procs[0].height(t) >= credited+claim.DefaultHeightMargin
	})
	opKey := filepath.Join(n.procs[k].home, "config", "operator_eth_key.json")
	n.rw.fundKeyFile(t, opKey)
	cl := n.rw.claim(t, opKey)
	require.GreaterOrEqual(t, cl.Height, credited)
	require.Equal(t, operator, cl.Address)
	var atHeight rewards.AccountView
	require.NoError(t, n.rw.query(0, "/rewards/"+operator.Hex(), cl.Height, &atHeight))
	require.Equal(t, fmt.Sprint(returned), atHeight.StakesReturned)
	require.Equal(t, atHeight.Accrued, cl.Amount)
	require.Equal(t, cl.Amount, cl.Claimed, "the operator's first claim")
	require.Equal(t, new(big.Int).Add(bigOf(t, cl.Before), bigOf(t, cl.Claimed)).String(), cl.After)
	require.Equal(t, cl.After, n.rw.tokenBalance(t, operator).String())
	t.Logf("workchain: node %d deregistered with returned_amount %d on every running node; node_liquidated %v; the operator claimed %s (stake %d + rewards %s)",
		k, returned, ev, cl.Claimed, returned, atHeight.Rewards)
}

// liquidationEvent finds the registry's node_liquidated event in node 0's
// blocks since the liquidation was sent and returns its attributes.
func (n *liqNet) liquidationEvent(res leaveResult) map[string]string {
	t := n.t
	t.Helper()
	c, err := n.procs[0].client()
	require.NoError(t, err)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	last := n.procs[0].height(t)
	for h := last; h > 0 && h > last-200; h-- {
		br, err := c.BlockResults(ctx, &h)
		require.NoError(t, err)
		events := br.FinalizeBlockEvents
		for _, tx := range br.TxResults {
			events = append(events, tx.Events...)
		}
		for _, e := range events {
			if e.Type != "node_liquidated" {
				continue
			}
			attrs := map[string]string{}
			for _, a := range e.Attributes {
				attrs[a.Key] = a.Value
			}
			return attrs
		}
	}
	t.Fatalf("no node_liquidated event in node 0's last 200 blocks (liquidation tx %s)", res.Tx.Hex())
	return nil
}

// liquidateAgainRefused: the node is gone from the contract, so a second
// liquidation is refused before any node is asked.
func (n *liqNet) liquidateAgainRefused(k int) {
	n.t.Helper()
	n.refused(fmt.Sprintf("a second liquidation of node %d", k), n.bls[k], "the staking contract has no node with BLS key", 1,
		"liquidated or exited already")
}

func hexBytes(t *testing.T, s string) []byte {
	t.Helper()
	b, err := hex.DecodeString(s)
	require.NoError(t, err)
	return b
}

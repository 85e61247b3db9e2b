package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/cmd/internal/chainclient"
	"github.com/seshnet/seshnet/modules/client"
	"github.com/seshnet/seshnet/plugins/host"
	"github.com/seshnet/seshnet/workchain/gov"
	"github.com/seshnet/seshnet/workchain/rewards"
)

// govNet is a four-validator testnet whose operators vote with the CLI.
type govNet struct {
	*msgNet
	t *testing.T
}

func (n *govNet) operatorKey(k int) string {
	return filepath.Join(n.procs[k].home, "config", "operator_eth_key.json")
}

// seshd runs the CLI against node k's RPC.
func (n *govNet) seshd(k int, args ...string) []byte {
	n.t.Helper()
	return runSeshd(n.t, append(args, "--node", n.procs[k].rpc, "--home", n.procs[k].home)...)
}

// propose submits a proposal from operator k and returns its id.
func (n *govNet) propose(k int, args ...string) uint64 {
	n.t.Helper()
	var out struct {
		ProposalID uint64 `json:"proposal_id"`
	}
	raw := n.seshd(k, append(append([]string{"tx", "gov", "propose"}, args...), "--key", n.operatorKey(k), "-o", "json")...)
	require.NoError(n.t, json.Unmarshal(raw, &out), "%s", raw)
	require.NotZero(n.t, out.ProposalID)
	return out.ProposalID
}

func (n *govNet) vote(k int, id uint64, option string) {
	n.t.Helper()
	n.seshd(k, "tx", "gov", "vote", fmt.Sprint(id), option, "--key", n.operatorKey(k))
}

func (n *govNet) proposal(k int, id uint64) gov.ProposalView {
	n.t.Helper()
	var p gov.ProposalView
	require.NoError(n.t, json.Unmarshal(n.seshd(k, "query", "gov", "proposal", fmt.Sprint(id), "-o", "json"), &p))
	return p
}

// waitFinished waits for the proposal's end on node 0 and returns it.
func (n *govNet) waitFinished(id uint64) gov.ProposalView {
	n.t.Helper()
	var p gov.ProposalView
	waitFor(n.t, fmt.Sprintf("proposal %d's voting period to end", id), 2*time.Minute, func() bool {
		p = n.proposal(0, id)
		return p.Status != gov.StatusVoting
	})
	return p
}

// rewardsParamsAt reads node k's rewards parameters at a height.
func (n *govNet) rewardsParamsAt(k int, height int64) rewards.Params {
	n.t.Helper()
	c, err := n.procs[k].client()
	require.NoError(n.t, err)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	var p rewards.Params
	require.NoError(n.t, chainclient.Query(ctx, c, "/params/"+rewards.Name, height, &p))
	return p
}

// buildRelay builds the relay module with another version string, as an
// operator does with `make module-build`, and returns its path and sha256.
func buildRelay(t *testing.T, version string) (string, string) {
	t.Helper()
	out := filepath.Join(t.TempDir(), "seshd-relay")
	b, err := exec.Command("go", "build", "-ldflags", "-X github.com/seshnet/seshnet/modules/relay.Version="+version, "-o", out, "../seshd-relay").CombinedOutput()
	require.NoError(t, err, "%s", b)
	raw, err := os.ReadFile(out)
	require.NoError(t, err)
	sum := sha256.Sum256(raw)
	return out, hex.EncodeToString(sum[:])
}

// TestGovernanceOnFourValidators runs four validators whose operators (one
// node's stake each) govern with the CLI: a parameter change passes and
// takes effect at the same height on all four, with the same app hash; a
// module upgrade of the relay to a second build swaps on the three nodes
// that hold the binary at the activation height while a client sends onion
// requests through all four, with no failed request, and the fourth keeps
// the old relay serving, warning that the binary is missing.
func TestGovernanceOnFourValidators(t *testing.T) {
	if testing.Short() {
		t.Skip("starts four seshd processes and their modules")
	}
	const base = 27656
	procs := startTestnet(t, 4, base)
	n := &govNet{msgNet: &msgNet{procs: procs, base: base, dir: t.TempDir()}, t: t}
	n.waitServing(t, 4, 2*time.Minute)

	n.paramChange()
	n.relayUpgrade()
}

// paramChange: rewards.payable_after_seconds from the local 60 to 90.
func (n *govNet) paramChange() {
	t := n.t
	before := n.rewardsParamsAt(0, 0)
	require.NotEqual(t, uint64(90), uint64(before.PayableAfterSeconds))
	id := n.propose(0, "param-change", "--param", "rewards.payable_after_seconds=90", "--title", "wait 90 s for rewards")
	for k := range 3 {
		n.vote(k, id, "yes")
	}
	n.vote(3, id, "no")
	p := n.waitFinished(id)
	require.Equal(t, gov.StatusPassed, p.Status, "reason %q", p.Reason)
	require.NotNil(t, p.Tally)
	require.True(t, p.Tally.QuorumReached)
	t.Logf("param change: proposal %d passed, tally yes %s no %s of %s", id, p.Tally.Yes, p.Tally.No, p.Tally.Total)

	// The height it took effect: the first at which node 0's params are
	// new. Heights at the tip are not asked for: CometBFT answers a query at
	// a height only once its own state has it, a moment after the app.
	tip := n.procs[0].height(t)
	waitFor(t, "two more blocks", time.Minute, func() bool { return n.procs[0].height(t) >= tip+2 })
	h := p.SubmitHeight
	for n.rewardsParamsAt(0, h).PayableAfterSeconds != 90 {
		h++
		require.LessOrEqual(t, h, tip, "the change is in no height up to %d, when the proposal had passed", tip)
	}
	for k := range n.procs {
		require.EqualValues(t, before.PayableAfterSeconds, n.rewardsParamsAt(k, h-1).PayableAfterSeconds, "node %d before height %d", k, h)
		require.EqualValues(t, 90, n.rewardsParamsAt(k, h).PayableAfterSeconds, "node %d at height %d", k, h)
	}
	hash := n.procs[0].appHashAfter(t, h)
	for k, p := range n.procs[1:] {
		require.Equal(t, hash, p.appHashAfter(t, h), "node %d's app hash after height %d", k+1, h)
	}
	t.Logf("param change: in effect from height %d on all four, app hash %s", h, hash)
}

// relayUpgrade: relay 0.2.0-gov on nodes 0..2, nothing on node 3.
func (n *govNet) relayUpgrade() {
	t := n.t
	const version = "0.2.0-gov"
	bin, sum := buildRelay(t, version)
	raw, err := os.ReadFile(bin)
	require.NoError(t, err)
	for k := range 3 {
		dir := filepath.Join(n.procs[k].home, "modules", "relay", version)
		require.NoError(t, os.MkdirAll(dir, 0o755))
		require.NoError(t, os.WriteFile(filepath.Join(dir, "seshd-relay"), raw, 0o755))
	}
	old := make([]host.ModuleStatus, len(n.procs))
	for k, p := range n.procs {
		old[k] = moduleStatus(t, p, "relay")
		require.NotEqual(t, version, old[k].Version)
	}

	// Activation a minute of blocks after the vote ends.
	activation := n.procs[0].height(t) + 75
	platform := runtime.GOOS + "/" + runtime.GOARCH
	id := n.propose(1, "module-upgrade", "--module", "relay", "--version", version, "--binary", platform+"="+sum,
		"--height", fmt.Sprint(activation), "--title", "relay "+version)
	for k := range 3 {
		n.vote(k, id, "yes")
	}
	p := n.waitFinished(id)
	require.Equal(t, gov.StatusPassed, p.Status, "reason %q", p.Reason)
	require.Less(t, n.procs[0].height(t), activation, "the vote ended after the activation height: the test's margin is too small")
	for k := range n.procs {
		require.Equal(t, old[k].PID, moduleStatus(t, n.procs[k], "relay").PID, "node %d swapped before the activation height", k)
	}

	// A client sends through three onion hops, over every relay, from
	// before the activation until every swap is done.
	_, aliceKey, _ := n.account(t, "alice")
	_, _, bob := n.account(t, "bob")
	cl, err := client.New(client.Options{Seeds: []string{n.relayAddr(0), n.relayAddr(3)}, Attempts: 1})
	require.NoError(t, err)
	defer cl.Close()
	_, err = cl.Send(context.Background(), aliceKey, bob, "before the upgrade", client.SendOptions{})
	require.NoError(t, err)
	load := &swapLoad{}
	load.swapping.Store("relay upgrade by governance")
	ctx, stop := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	load.send(ctx, &wg, cl, aliceKey, bob, 2)

	swappedAt := map[int]int64{}
	waitFor(t, "the relay upgraded on nodes 0, 1 and 2", 3*time.Minute, func() bool {
		for k := range 3 {
			if _, ok := swappedAt[k]; ok {
				continue
			}
			if s := moduleStatus(t, n.procs[k], "relay"); s.Version == version && s.State == host.StateRunning {
				swappedAt[k] = n.procs[k].height(t)
			}
		}
		return len(swappedAt) == 3
	})
	time.Sleep(3 * time.Second) // load on the new processes
	stop()
	wg.Wait()

	for k := range 3 {
		s := moduleStatus(t, n.procs[k], "relay")
		require.Equal(t, version, s.Version)
		require.NotEqual(t, old[k].PID, s.PID)
		require.Empty(t, s.Upgrade, "node %d", k)
		require.GreaterOrEqual(t, swappedAt[k], activation, "node %d ran %s before the activation height", k, version)
		t.Logf("relay upgrade: node %d runs %s (seen at height %d, activation %d)", k, version, swappedAt[k], activation)
	}
	lacking := moduleStatus(t, n.procs[3], "relay")
	require.Equal(t, old[3].Version, lacking.Version, "node 3 has no binary: it keeps the old relay")
	require.Equal(t, old[3].PID, lacking.PID)
	require.Equal(t, host.StateRunning, lacking.State)
	require.Equal(t, host.UpgradePending, lacking.Upgrade)
	require.Equal(t, version, lacking.UpgradeVersion)
	logged, err := os.ReadFile(filepath.Join(n.procs[3].home, "seshd.log"))
	require.NoError(t, err)
	warns := 0
	for _, line := range strings.Split(string(logged), "\n") {
		if strings.Contains(line, `"level":"warn"`) && strings.Contains(line, "pending: missing binary") {
			warns++
		}
	}
	require.Greater(t, warns, 1, "node 3 warns about the missing binary every block")

	t.Logf("relay upgrade: %d sends (%d failed) through the four relays during the upgrade; node 3 warned %d times",
		load.sends.Load(), load.sendFails.Load(), warns)
	require.Zero(t, load.sendFails.Load(), "failed client requests during the upgrade: %v", load.errors)
	require.Greater(t, len(load.acked), 10, "too little load to show anything")
}

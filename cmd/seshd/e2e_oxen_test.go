package main

// Issue 15's migration end to end: a 4-validator network started from an
// imported Oxen snapshot (TestOxenSnapshotNetwork), and holders' coin
// claims through the oxen module, the CLI and the L2 (TestOxenClaimsEndToEnd).
// Ports: 28656 (snapshot network), 29656 (claims network, geth on 29746),
// 30656 (the closed-claims network).

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/cmd/internal/chainclient"
	"github.com/seshnet/seshnet/cmd/internal/claim"
	"github.com/seshnet/seshnet/cmd/internal/oxensnap"
	"github.com/seshnet/seshnet/core/keys"
	coreoxen "github.com/seshnet/seshnet/core/oxen"
	"github.com/seshnet/seshnet/genesis"
	"github.com/seshnet/seshnet/workchain/app"
	"github.com/seshnet/seshnet/workchain/oxen"
	"github.com/seshnet/seshnet/workchain/registry"
	"github.com/seshnet/seshnet/workchain/rewards"
)

// TestOxenSnapshotNetwork: `seshd genesis oxen-sample` (2,000 nodes, 20,000
// holders) imported by `seshd testnet --oxen-snapshot`; the report and the
// genesis conserve every atomic unit by the test's own arithmetic over the
// snapshot file; the four validators start from it with every carried node
// active and in a swarm, agree on the app hash, and keep making blocks while
// the carried nodes, which never run, are failed by the testers and
// decommissioned.
func TestOxenSnapshotNetwork(t *testing.T) {
	if testing.Short() {
		t.Skip("starts four seshd processes on a 2,000-node snapshot")
	}
	const base = 28656
	dir := t.TempDir()
	snap := filepath.Join(dir, "oxen.json")
	began := time.Now()
	runSeshd(t, "genesis", "oxen-sample", "--nodes", "2000", "--holders", "20000", "--out", snap)
	sampleTook := time.Since(began)

	began = time.Now()
	out := filepath.Join(dir, "net")
	text := runSeshd(t, "testnet", "--validators", "4", "--output", out, "--base-port", fmt.Sprint(base), "--oxen-snapshot", snap)
	testnetTook := time.Since(began)
	require.Contains(t, string(text), "CONSERVATION", "testnet prints the import's report")
	raw, err := os.ReadFile(filepath.Join(out, OxenReportFile))
	require.NoError(t, err)
	var rep oxenReport
	require.NoError(t, json.Unmarshal(raw, &rep), "%s", raw)
	genesisFile := filepath.Join(out, "node0", "config", "genesis.json")
	st, err := os.Stat(genesisFile)
	require.NoError(t, err)
	_, doc, err := genesis.ReadFile(genesisFile)
	require.NoError(t, err)

	// Conservation, from the snapshot file by the test's own arithmetic.
	s := readSnapshotFile(t, snap)
	carried := checkOxenConservation(t, s, rep, doc)
	t.Logf("sample in %.1f s; testnet with the import in %.1f s; genesis.json %.1f MB; %d of %d nodes carried (%v), %d budgets, %d coin claims (%s)",
		sampleTook.Seconds(), testnetTook.Seconds(), float64(st.Size())/1e6, carried, len(s.ServiceNodes), rep.DroppedBy,
		len(doc.Oxen.Budgets), len(doc.Oxen.Coins), rep.Sesh.CoinsMode)

	// The four validators start from that genesis.
	procs := make([]*proc, 4)
	for k := range procs {
		procs[k] = &proc{home: filepath.Join(out, fmt.Sprintf("node%d", k)), rpc: fmt.Sprintf("http://127.0.0.1:%d", base+1+100*k)}
	}
	t.Cleanup(func() {
		if t.Failed() {
			for _, p := range procs {
				tail, _ := exec.Command("tail", "-n", "30", filepath.Join(p.home, "seshd.log")).Output()
				t.Logf("--- %s ---\n%s", p.home, tail)
			}
		}
	})
	began = time.Now()
	for _, p := range procs {
		p.start(t)
	}
	waitFor(t, "all four validators at height 3", 5*time.Minute, func() bool {
		for _, p := range procs {
			if p.height(t) < 3 {
				return false
			}
		}
		return true
	})
	startTook := time.Since(began)

	// Every validator: the carried nodes active and in swarms, the
	// validators the four, /oxen/totals as imported, the budgets credited.
	var budgets, coins uint64
	for _, b := range doc.Oxen.Budgets {
		budgets += b.Amount
	}
	for _, c := range doc.Oxen.Coins {
		coins += c.Amount
	}
	h := procs[0].height(t) - 1
	for i, p := range procs {
		var nodes []app.NodeView
		require.NoError(t, queryAt(p, "/nodes", h, &nodes))
		require.Len(t, nodes, 4+carried, "validator %d", i)
		for _, n := range nodes {
			require.Equal(t, registry.StateActive, n.State, "validator %d: node %d", i, n.ServiceNodeID)
			require.NotNil(t, n.Swarm, "validator %d: node %d is in no swarm", i, n.ServiceNodeID)
		}
		var tot oxen.TotalsView
		require.NoError(t, queryAt(p, "/oxen/totals", h, &tot))
		require.Equal(t, uint64(carried), tot.NodesCarried)
		require.Equal(t, fmt.Sprint(budgets), tot.Budgets.Imported)
		require.Equal(t, uint64(len(doc.Oxen.Budgets)), tot.Budgets.Addresses)
		require.Equal(t, fmt.Sprint(coins), tot.Coins.Imported)
		require.Equal(t, fmt.Sprint(coins), tot.Coins.Unclaimed)
		require.Equal(t, uint64(len(doc.Oxen.Coins)), tot.Coins.Addresses)
		require.Equal(t, s.Hash, tot.Snapshot.Hash.String())
		var pool rewards.PoolView
		require.NoError(t, queryAt(p, "/pool", h, &pool))
		require.Equal(t, fmt.Sprint(budgets), pool.Credited[rewards.CreditOxenBudget], "validator %d", i)
		// A few coin claims, read back one by one.
		for _, c := range []oxen.Coin{doc.Oxen.Coins[0], doc.Oxen.Coins[len(doc.Oxen.Coins)/2], doc.Oxen.Coins[len(doc.Oxen.Coins)-1]} {
			var v oxen.ClaimView
			require.NoError(t, queryAt(p, "/oxen/claim/"+c.OxenAddress, h, &v))
			require.Equal(t, fmt.Sprint(c.Amount), v.Amount)
			require.False(t, v.Claimed)
		}
	}
	want := procs[0].appHashAfter(t, h)
	for i, p := range procs[1:] {
		require.Equal(t, want, p.appHashAfter(t, h), "validator %d app hash after height %d", i+1, h)
	}

	// Block time with the carried nodes registered: heights over a minute.
	h0, t0 := procs[0].height(t), time.Now()
	time.Sleep(time.Minute)
	h1, t1 := procs[0].height(t), time.Now()
	require.Greater(t, h1, h0, "no block in a minute with %d carried nodes", carried)
	t.Logf("start: all four at height 3 in %.1f s; block time with %d registered nodes that never run: %.2f s (%d blocks in %.0f s)",
		startTook.Seconds(), 4+carried, t1.Sub(t0).Seconds()/float64(h1-h0), h1-h0, t1.Sub(t0).Seconds())

	// The carried nodes never send an uptime proof. Once the start-up grace
	// (uptime.validity_seconds after the chain's start) is over the
	// validators' testers fail them and vote, but each test's quorum is
	// drawn from every active node: with 4 live nodes in 748, two live
	// testers in a quorum of three almost never happen, so the carried
	// nodes stay active (docs/migration.md "End to end"). What must hold:
	// the chain goes on through the votes, and no validator is punished.
	var params struct {
		ValiditySeconds   int64 `json:"validity_seconds"`
		TestPeriodSeconds int64 `json:"test_period_seconds"`
	}
	require.NoError(t, queryAt(procs[0], "/params/uptime", 0, &params))
	require.NoError(t, queryAt(procs[0], "/params/punish", 0, &params))
	past := time.Duration(params.ValiditySeconds+2*params.TestPeriodSeconds) * time.Second
	waitFor(t, "the grace and two test periods over", past+time.Minute, func() bool { return time.Since(began) > past })
	counts := map[registry.NodeState]int{}
	var nodes []app.NodeView
	require.NoError(t, queryAt(procs[0], "/nodes", 0, &nodes))
	votes := 0
	for _, n := range nodes {
		if isCarried(doc, n.Ed25519) {
			counts[n.State]++
			if n.Punish != nil {
				votes += len(n.Punish.Votes)
			}
		}
	}
	t.Logf("%.0f s after the start (grace %d s, test period %d s): carried nodes by state %v, %d fail votes pending on them",
		time.Since(began).Seconds(), params.ValiditySeconds, params.TestPeriodSeconds, counts, votes)
	hEnd := procs[0].height(t)
	waitFor(t, "the chain to go on after the decommissions", 2*time.Minute, func() bool { return procs[0].height(t) > hEnd+5 })
	h = procs[0].height(t) - 1
	require.NoError(t, queryAt(procs[0], "/nodes", h, &nodes))
	validators := 0
	for _, n := range nodes {
		if !isCarried(doc, n.Ed25519) {
			validators++
			require.Equal(t, registry.StateActive, n.State, "validator %d was punished", n.ServiceNodeID)
		}
	}
	require.Equal(t, 4, validators)
	want = procs[0].appHashAfter(t, h)
	for i, p := range procs[1:] {
		require.Equal(t, want, p.appHashAfter(t, h), "validator %d app hash after height %d", i+1, h)
	}
	var punished []struct {
		Decision string `json:"decision"`
		Reason   string `json:"reason"`
	}
	require.NoError(t, queryAt(procs[0], "/punishments", 0, &punished))
	byDecision := map[string]int{}
	for _, d := range punished {
		byDecision[d.Decision+": "+d.Reason]++
	}
	t.Logf("at height %d: the last %d punishment decisions %v; app hash %s on all four", h, len(punished), byDecision, want)
}

// isCarried is whether a node is one the import carried over.
func isCarried(doc genesis.Doc, ed25519 []byte) bool {
	for _, k := range doc.Oxen.Nodes {
		if bytes.Equal(k, ed25519) {
			return true
		}
	}
	return false
}

func queryAt(p *proc, path string, height int64, out any) error {
	c, err := p.client()
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	return chainclient.Query(ctx, c, path, height, out)
}

// oxenReport is the import's report as written (DIR/oxen-report.json).
type oxenReport struct {
	Oxen      oxensnap.OxenSide `json:"oxen"`
	Sesh      oxensnap.SeshSide `json:"sesh"`
	DroppedBy map[string]int    `json:"dropped_by_reason"`
	Checks    []oxensnap.Check  `json:"checks"`
}

// snapFile is the snapshot as the test reads it itself (docs/migration.md
// "The snapshot"), amounts as big integers: the conservation checks below
// do not use oxensnap's parser or arithmetic.
type snapFile struct {
	Hash   string `json:"hash"`
	Params struct {
		Ratio      string `json:"ratio"`
		BonusPool  string `json:"bonus_pool"`
		ClaimsPool string `json:"claims_pool"`
	} `json:"params"`
	ServiceNodes []struct {
		Ed25519            string  `json:"ed25519"`
		BLS                *string `json:"bls"`
		StakingRequirement string  `json:"staking_requirement"`
		Contributors       []struct {
			OxenAddress string  `json:"oxen_address"`
			Amount      string  `json:"amount"`
			EthAddress  *string `json:"eth_address"`
		} `json:"contributors"`
	} `json:"service_nodes"`
	Rewards []struct {
		OxenAddress string  `json:"oxen_address"`
		Amount      string  `json:"amount"`
		EthAddress  *string `json:"eth_address"`
	} `json:"rewards"`
	BonusPoints []struct {
		EthAddress string `json:"eth_address"`
		Points     string `json:"points"`
	} `json:"bonus_points"`
	Coins []struct {
		OxenAddress string `json:"oxen_address"`
		Amount      string `json:"amount"`
	} `json:"coins"`
	Totals struct {
		Staked      string `json:"staked"`
		Rewards     string `json:"rewards"`
		Coins       string `json:"coins"`
		BonusPoints string `json:"bonus_points"`
	} `json:"totals"`
}

func readSnapshotFile(t *testing.T, path string) snapFile {
	t.Helper()
	raw, err := os.ReadFile(path)
	require.NoError(t, err)
	var s snapFile
	require.NoError(t, json.Unmarshal(raw, &s))
	return s
}

func bigs(t *testing.T, s string) *big.Int {
	t.Helper()
	return bigOf(t, s)
}

func add(a, b *big.Int) *big.Int { return new(big.Int).Add(a, b) }

// checkOxenConservation recomputes the import's totals from the snapshot
// and checks the report and the genesis against them to the atomic unit:
// the OXEN in (stakes, rewards, coins, points, registered or not), the
// conversion ⌊amount × NUM / DEN⌋ per entry and its dust, each Ethereum
// address's converted OXEN + bonus share = its stakes in carried nodes + its
// budget (the bonus's largest-remainder units at most one per address,
// adding up to the pool), and the coins prorated to the claims pool. It
// returns the number of carried nodes.
func checkOxenConservation(t *testing.T, s snapFile, rep oxenReport, doc genesis.Doc) int {
	t.Helper()
	numS, denS, ok := strings.Cut(s.Params.Ratio, "/")
	require.True(t, ok)
	num, den := bigs(t, numS), bigs(t, denS)
	zero := func() *big.Int { return new(big.Int) }

	// What came in, registered or not, and the conversion per entry.
	stakesIn, stakesReg, rewardsIn, rewardsReg, coinsIn, pointsIn := zero(), zero(), zero(), zero(), zero(), zero()
	converted, dust := zero(), zero()
	perAddr := map[common.Address]*big.Int{} // converted OXEN per Ethereum address
	convert := func(amount *big.Int, eth *string) {
		if eth == nil {
			return
		}
		q, r := new(big.Int).QuoRem(new(big.Int).Mul(amount, num), den, new(big.Int))
		converted.Add(converted, q)
		dust.Add(dust, r)
		a := common.HexToAddress(*eth)
		if perAddr[a] == nil {
			perAddr[a] = zero()
		}
		perAddr[a].Add(perAddr[a], q)
	}
	snapNodes := map[string]int{}
	for i, n := range s.ServiceNodes {
		snapNodes[n.Ed25519] = i
		for _, c := range n.Contributors {
			a := bigs(t, c.Amount)
			stakesIn.Add(stakesIn, a)
			if c.EthAddress != nil {
				stakesReg.Add(stakesReg, a)
			}
			convert(a, c.EthAddress)
		}
	}
	for _, r := range s.Rewards {
		a := bigs(t, r.Amount)
		rewardsIn.Add(rewardsIn, a)
		if r.EthAddress != nil {
			rewardsReg.Add(rewardsReg, a)
		}
		convert(a, r.EthAddress)
	}
	for _, c := range s.Coins {
		coinsIn.Add(coinsIn, bigs(t, c.Amount))
	}
	for _, p := range s.BonusPoints {
		pointsIn.Add(pointsIn, bigs(t, p.Points))
	}
	for _, c := range []struct{ name, total, ours string }{
		{"staked", s.Totals.Staked, stakesIn.String()}, {"rewards", s.Totals.Rewards, rewardsIn.String()},
		{"coins", s.Totals.Coins, coinsIn.String()}, {"bonus points", s.Totals.BonusPoints, pointsIn.String()},
	} {
		require.Equal(t, c.total, c.ours, "the snapshot's own totals.%s", c.name)
	}
	in := rep.Oxen
	require.Equal(t, stakesIn.String(), in.StakesIn.String())
	require.Equal(t, stakesReg.String(), in.StakesConverted.String())
	require.Equal(t, new(big.Int).Sub(stakesIn, stakesReg).String(), in.StakesUnconverted.String())
	require.Equal(t, rewardsIn.String(), in.RewardsIn.String())
	require.Equal(t, rewardsReg.String(), in.RewardsConverted.String())
	require.Equal(t, new(big.Int).Sub(rewardsIn, rewardsReg).String(), in.RewardsUnconverted.String())
	require.Equal(t, coinsIn.String(), in.CoinsIn.String())
	require.Equal(t, pointsIn.String(), in.BonusPoints.String())
	require.Equal(t, converted.String(), rep.Sesh.Converted.String(), "Σ ⌊amount × %s⌋ over registered stakes and rewards", s.Params.Ratio)
	require.Equal(t, dust.String(), rep.Sesh.ConversionDust.String(), "the conversion's dust in 1/%s units", denS)
	for _, c := range rep.Checks {
		require.True(t, c.OK, "report check %s: %s ≠ %s", c.Name, c.Left, c.Right)
	}

	// The carried nodes in the genesis: after the four validators, each a
	// snapshot node with its BLS key, fully funded by registered
	// contributors, staked at the registry's requirement by them.
	requirement := new(big.Int).SetUint64(doc.Registry.Params.StakingRequirement)
	staked := map[common.Address]*big.Int{}
	carried := 0
	require.Len(t, doc.Validators(), 4, "the carried nodes do not validate")
	for _, n := range doc.Registry.Nodes {
		if !isCarried(doc, n.Ed25519) {
			continue
		}
		carried++
		i, ok := snapNodes[hex.EncodeToString(n.Ed25519)]
		require.True(t, ok, "genesis node %d is not a snapshot node", n.ServiceNodeID)
		sn := s.ServiceNodes[i]
		require.NotNil(t, sn.BLS, "carried node %d has no BLS key in the snapshot", n.ServiceNodeID)
		require.Equal(t, *sn.BLS, hex.EncodeToString(n.BLS))
		funded := zero()
		for _, c := range sn.Contributors {
			require.NotNil(t, c.EthAddress, "carried node %d has an unregistered contributor", n.ServiceNodeID)
			funded.Add(funded, bigs(t, c.Amount))
		}
		require.Equal(t, sn.StakingRequirement, funded.String(), "carried node %d is not fully funded", n.ServiceNodeID)
		sum := zero()
		for _, c := range n.Contributors {
			require.Equal(t, c.Staker, c.Beneficiary)
			if staked[c.Staker] == nil {
				staked[c.Staker] = zero()
			}
			staked[c.Staker].Add(staked[c.Staker], new(big.Int).SetUint64(c.Amount))
			sum.Add(sum, new(big.Int).SetUint64(c.Amount))
		}
		require.Equal(t, requirement.String(), sum.String(), "carried node %d's stakes", n.ServiceNodeID)
	}
	require.Equal(t, uint64(carried), rep.Sesh.NodesCarried)
	require.Len(t, doc.Oxen.Nodes, carried)

	// Per address: converted + ⌊points × pool / total⌋ + (0 or 1) = staked
	// + budget; the extra units add up to the pool.
	pool := bigs(t, s.Params.BonusPool)
	bonus := map[common.Address]*big.Int{}
	bonusFloor := zero()
	for _, p := range s.BonusPoints {
		b := new(big.Int).Quo(new(big.Int).Mul(bigs(t, p.Points), pool), pointsIn)
		bonus[common.HexToAddress(p.EthAddress)] = b
		bonusFloor.Add(bonusFloor, b)
	}
	budget := map[common.Address]*big.Int{}
	budgets := zero()
	for _, b := range doc.Oxen.Budgets {
		budget[b.Address] = new(big.Int).SetUint64(b.Amount)
		budgets.Add(budgets, budget[b.Address])
	}
	addrs := map[common.Address]bool{}
	for _, m := range []map[common.Address]*big.Int{perAddr, bonus, budget, staked} {
		for a := range m {
			addrs[a] = true
		}
	}
	extra := zero()
	get := func(m map[common.Address]*big.Int, a common.Address) *big.Int {
		if v := m[a]; v != nil {
			return v
		}
		return zero()
	}
	for a := range addrs {
		in := add(get(perAddr, a), get(bonus, a))
		out := add(get(staked, a), get(budget, a))
		d := new(big.Int).Sub(out, in)
		require.True(t, d.Sign() >= 0 && d.Cmp(big.NewInt(1)) <= 0, "%s: converted + bonus %s, staked + budget %s", a.Hex(), in, out)
		extra.Add(extra, d)
	}
	require.Equal(t, new(big.Int).Sub(pool, bonusFloor).String(), extra.String(), "the bonus's remainder units")
	require.Equal(t, fmt.Sprint(rep.Sesh.BonusRemainderUnits), extra.String())
	require.Equal(t, add(converted, pool).String(), add(new(big.Int).Mul(requirement, big.NewInt(int64(carried))), budgets).String(),
		"converted + bonus pool = staked in carried nodes + budgets")

	// Coins: prorated to the claims pool (the sample's balances exceed it at
	// the ratio), each ⌊balance × pool / total⌋ or one unit more, all of
	// the pool given out.
	claims := bigs(t, s.Params.ClaimsPool)
	require.Equal(t, 1, new(big.Int).Mul(coinsIn, num).Cmp(new(big.Int).Mul(claims, den)), "the sample's coins exceed the pool")
	require.Equal(t, "prorated", rep.Sesh.CoinsMode)
	balance := map[string]*big.Int{}
	for _, c := range s.Coins {
		balance[c.OxenAddress] = bigs(t, c.Amount)
	}
	given := zero()
	for _, c := range doc.Oxen.Coins {
		b, ok := balance[c.OxenAddress]
		require.True(t, ok, "coin claim for %s, not in the snapshot", c.OxenAddress)
		floor := new(big.Int).Quo(new(big.Int).Mul(b, claims), coinsIn)
		d := new(big.Int).Sub(new(big.Int).SetUint64(c.Amount), floor)
		require.True(t, d.Sign() >= 0 && d.Cmp(big.NewInt(1)) <= 0, "%s: balance %s gets %d, floor %s", c.OxenAddress, b, c.Amount, floor)
		given.Add(given, new(big.Int).SetUint64(c.Amount))
	}
	require.Equal(t, claims.String(), given.String(), "the whole claims pool is claimable")
	require.Equal(t, len(s.Coins), len(doc.Oxen.Coins)+int(rep.Sesh.CoinsBelowOneUnit))
	return carried
}

// ---------------------------------------------------------------- claims

// claimAnswer is the oxen module's answer to POST /oxen/v1/claim.
type claimAnswer struct {
	status int
	TxHash string `json:"tx_hash"`
	Amount string `json:"amount"`
	Error  string `json:"error"`
	Code   string `json:"code"`
	raw    string
}

// postClaim posts a claim body to an oxen endpoint.
func postClaim(t *testing.T, endpoint string, body any) claimAnswer {
	t.Helper()
	raw, err := json.Marshal(body)
	require.NoError(t, err)
	resp, err := http.Post(endpoint+"/oxen/v1/claim", "application/json", bytes.NewReader(raw))
	require.NoError(t, err)
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	a := claimAnswer{status: resp.StatusCode, raw: string(b)}
	require.NoError(t, json.Unmarshal(b, &a), "%d %s", resp.StatusCode, b)
	return a
}

type claimBody struct {
	OxenAddress string `json:"oxen_address"`
	To          string `json:"to"`
	Signature   string `json:"signature"`
}

// holderKeys are a sample holder's Oxen wallet keys.
func holderKeys(t *testing.T, h oxensnap.HolderKeys) coreoxen.Keys {
	t.Helper()
	var k coreoxen.Keys
	for _, f := range []struct {
		hex string
		out *[coreoxen.KeySize]byte
	}{{h.SpendSecret, &k.SpendSecret}, {h.SpendPublic, &k.Spend}, {h.ViewSecret, &k.ViewSecret}, {h.ViewPublic, &k.View}} {
		b, err := hex.DecodeString(f.hex)
		require.NoError(t, err)
		require.Len(t, b, coreoxen.KeySize)
		copy(f.out[:], b)
	}
	require.Equal(t, h.OxenAddress, k.Address(coreoxen.Mainnet).String(), "the sample's keys give its address")
	return k
}

// walletSignClaim is what a holder's wallet does: sign_value of the claim message
// of this chain for to.
func walletSignClaim(k coreoxen.Keys, chainID string, to common.Address) string {
	return coreoxen.Sign(k, coreoxen.ClaimMessage(chainID, to))
}

// claimView is the chain's /oxen/claim/<address> as the test reads it: raw,
// so a field the chain does not answer is seen missing.
func claimView(t *testing.T, p *proc, addr string) map[string]any {
	t.Helper()
	var v map[string]any
	require.NoError(t, queryAt(p, "/oxen/claim/"+addr, 0, &v))
	return v
}

// TestOxenClaimsEndToEnd: a small sample on a 4-validator network seeded
// into the staking contract on geth --dev. A holder's wallet keys sign the
// claim message; the claim through node 0's oxen endpoint lands once on
// every validator; the same claim again, a signature for another `to` or
// another address, a bad signature and an address without coins are
// refused with their codes; a second holder claims with `seshd oxen
// claim`; a network past its close height refuses (410); and both claims
// are redeemed on the L2 with `seshd rewards claim`, to the atomic unit.
func TestOxenClaimsEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("starts four seshd processes and geth")
	}
	gethBin := gethBinary()
	if gethBin == "" {
		t.Skip("needs geth (make geth): the claims are redeemed on a real L2")
	}
	const base = 29656
	dir := t.TempDir()
	snap := filepath.Join(dir, "oxen.json")
	// 4 nodes, 50 holders (seed 1): 2 nodes carried, so the contract holds
	// 6 nodes and the 4 validators' signatures are enough (2 of 6 may be
	// missing).
	runSeshd(t, "genesis", "oxen-sample", "--nodes", "4", "--holders", "50", "--out", snap)
	var sk oxensnap.SampleKeys
	raw, err := os.ReadFile(snap + ".keys.json")
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(raw, &sk))

	n := startOxenNet(t, gethBin, base, snap)
	_, doc, err := genesis.ReadFile(filepath.Join(n.procs[0].home, "config", "genesis.json"))
	require.NoError(t, err)
	require.Len(t, doc.Oxen.Nodes, 2, "the sample's carried nodes")
	coins := map[string]uint64{}
	for _, c := range doc.Oxen.Coins {
		coins[c.OxenAddress] = c.Amount
	}
	budgets := map[common.Address]uint64{}
	for _, b := range doc.Oxen.Budgets {
		budgets[b.Address] = b.Amount
	}
	carriedStakers := map[common.Address]bool{}
	for _, nd := range doc.Registry.Nodes {
		if !isCarried(doc, nd.Ed25519) {
			continue
		}
		for _, c := range nd.Contributors {
			carriedStakers[c.Staker] = true
		}
	}
	// Holder A claims to a new Ethereum address; holder B (through the CLI)
	// to its own registered address, whose budget (if any) is paid with
	// the claim. Neither stakes in a carried node (whose rewards would
	// grow its balance while the test runs). C has coins and never claims;
	// D has none.
	pick := func(skip []*oxensnap.HolderKeys, ok func(h *oxensnap.HolderKeys) bool) *oxensnap.HolderKeys {
		for i := range sk.Holders {
			h := &sk.Holders[i]
			taken := false
			for _, s := range skip {
				taken = taken || s == h
			}
			if !taken && ok(h) {
				return h
			}
		}
		return nil
	}
	claimable := func(h *oxensnap.HolderKeys) bool {
		_, has := coins[h.OxenAddress]
		return has && !carriedStakers[common.HexToAddress(h.EthAddress)]
	}
	withBudget := func(h *oxensnap.HolderKeys) bool {
		return claimable(h) && budgets[common.HexToAddress(h.EthAddress)] > 0
	}
	b := pick(nil, withBudget)
	if b == nil {
		b = pick(nil, claimable)
	}
	a := pick([]*oxensnap.HolderKeys{b}, claimable)
	c := pick([]*oxensnap.HolderKeys{a, b}, claimable)
	d := pick(nil, func(h *oxensnap.HolderKeys) bool { _, has := coins[h.OxenAddress]; return !has })
	require.True(t, a != nil && b != nil && c != nil && d != nil, "the sample has the holders the test needs")
	chainID := n.chainID(t)
	node0 := fmt.Sprintf("http://127.0.0.1:%d", base+38)
	node1 := fmt.Sprintf("http://127.0.0.1:%d", base+38+100)

	toKey, err := crypto.GenerateKey()
	require.NoError(t, err)
	toA := crypto.PubkeyToAddress(toKey.PublicKey)
	keysA := holderKeys(t, *a)
	claimA := claimBody{OxenAddress: a.OxenAddress, To: strings.ToLower(toA.Hex()), Signature: walletSignClaim(keysA, chainID, toA)}
	if _, ok := claimView(t, n.procs[0], a.OxenAddress)["claimed"]; !ok {
		t.Skip("needs the oxen_claim transaction")
	}
	first := postClaim(t, node0, claimA)
	if first.status == http.StatusBadGateway && strings.Contains(first.raw, "unknown transaction type") {
		t.Skip("needs the oxen_claim transaction: " + first.raw)
	}
	require.Equal(t, http.StatusOK, first.status, "%s", first.raw)
	require.Equal(t, fmt.Sprint(coins[a.OxenAddress]), first.Amount)
	require.NotEmpty(t, first.TxHash)

	// It lands once, on every validator, at one height, to toA.
	var landed float64
	waitFor(t, "the claim on every validator", time.Minute, func() bool {
		for _, p := range n.procs {
			if v := claimView(t, p, a.OxenAddress); v["claimed"] != true {
				return false
			}
		}
		return true
	})
	for i, p := range n.procs {
		v := claimView(t, p, a.OxenAddress)
		require.Equal(t, fmt.Sprint(coins[a.OxenAddress]), v["amount"], "validator %d", i)
		require.True(t, strings.EqualFold(toA.Hex(), fmt.Sprint(v["to"])), "validator %d: to %v", i, v["to"])
		if i == 0 {
			landed, _ = v["claimed_height"].(float64)
			require.Positive(t, landed)
		}
		require.Equal(t, landed, v["claimed_height"], "validator %d", i)
	}

	// Refusals, each with its code; nothing reaches the chain.
	otherTo := common.HexToAddress("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed")
	keysC := holderKeys(t, *c)
	keysD := holderKeys(t, *d)
	for _, tc := range []struct {
		name     string
		endpoint string
		body     claimBody
		status   int
		code     string
	}{
		{"the same claim again (this node)", node0, claimA, http.StatusConflict, "already_claimed"},
		{"the same claim again (another node: the chain's record)", node1, claimA, http.StatusConflict, "already_claimed"},
		{"a signature for another to", node0, claimBody{c.OxenAddress, strings.ToLower(otherTo.Hex()), walletSignClaim(keysC, chainID, toA)}, http.StatusForbidden, "bad_signature"},
		{"A's signature for C's address", node0, claimBody{c.OxenAddress, claimA.To, claimA.Signature}, http.StatusForbidden, "bad_signature"},
		{"a signature over another chain's message", node0, claimBody{c.OxenAddress, claimA.To, walletSignClaim(keysC, chainID+"-other", toA)}, http.StatusForbidden, "bad_signature"},
		{"an address with no coins", node0, claimBody{d.OxenAddress, claimA.To, walletSignClaim(keysD, chainID, toA)}, http.StatusNotFound, "no_balance"},
	} {
		got := postClaim(t, tc.endpoint, tc.body)
		require.Equal(t, tc.status, got.status, "%s: %s", tc.name, got.raw)
		require.Equal(t, tc.code, got.Code, "%s: %s", tc.name, got.raw)
	}
	require.Equal(t, false, claimView(t, n.procs[0], c.OxenAddress)["claimed"], "a refused claim changed C's coins")

	// Holder B through the CLI, to its own address.
	toB := common.HexToAddress(b.EthAddress)
	keysB := holderKeys(t, *b)
	out := runSeshd(t, "oxen", "claim", "--oxen-address", b.OxenAddress, "--signature", walletSignClaim(keysB, chainID, toB),
		"--to", toB.Hex(), "--node", n.procs[1].rpc, "-o", "json")
	t.Logf("seshd oxen claim: %s", out)
	require.Contains(t, string(out), fmt.Sprint(coins[b.OxenAddress]), "the CLI prints the amount")
	for i, p := range n.procs {
		waitFor(t, fmt.Sprintf("B's claim on validator %d", i), time.Minute, func() bool { return claimView(t, p, b.OxenAddress)["claimed"] == true })
	}
	var tot map[string]any
	require.NoError(t, queryAt(n.procs[2], "/oxen/totals", 0, &tot))
	require.Equal(t, fmt.Sprint(coins[a.OxenAddress]+coins[b.OxenAddress]), tot["coins"].(map[string]any)["claimed"], "%v", tot)

	// `seshd rewards claim` claims at claim.DefaultHeightMargin below node
	// 0's latest height (a height every node has committed): wait until
	// that is past both claims, or it claims an accrued balance of 0 (CI
	// saw "amount 0" when the two claims landed within two blocks of it).
	bLanded, _ := claimView(t, n.procs[0], b.OxenAddress)["claimed_height"].(float64)
	past := int64(max(landed, bLanded)) + claim.DefaultHeightMargin
	waitFor(t, fmt.Sprintf("node 0 at height %d", past), time.Minute, func() bool { return n.procs[0].height(t) >= past })

	// Redeemed on the L2: each balance grows by exactly the claim plus the
	// address's budget, and the workchain's accrued says the same.
	fileA := filepath.Join(dir, "to-a.json")
	require.NoError(t, keys.SaveEth(fileA, toKey))
	ethB, err := crypto.HexToECDSA(b.EthPrivateKey)
	require.NoError(t, err)
	fileB := filepath.Join(dir, "to-b.json")
	require.NoError(t, keys.SaveEth(fileB, ethB))
	for _, r := range []struct {
		file string
		to   common.Address
		want uint64
	}{{fileA, toA, coins[a.OxenAddress]}, {fileB, toB, coins[b.OxenAddress] + budgets[toB]}} {
		require.Equal(t, fmt.Sprint(r.want), n.accrued(t, 0, r.to, 0), "%s's accrued balance", r.to.Hex())
		n.fundKeyFile(t, r.file)
		before := n.tokenBalance(t, r.to)
		got := n.claim(t, r.file)
		require.Equal(t, fmt.Sprint(r.want), got.Claimed, "%s", r.to.Hex())
		require.Equal(t, new(big.Int).Add(before, new(big.Int).SetUint64(r.want)).String(), n.tokenBalance(t, r.to).String(),
			"%s's L2 balance grew by exactly the claim and its budget", r.to.Hex())
	}

	// After the close height: a network whose claims closed at height 1.
	closed := startTestnet(t, 1, 30656, "--oxen-snapshot", snap, "--genesis-param", "oxen.claims_close_height=1")
	waitFor(t, "the closed network at height 2", 2*time.Minute, func() bool { return closed[0].height(t) >= 2 })
	late := postClaim(t, "http://127.0.0.1:30694", claimBody{c.OxenAddress, claimA.To, walletSignClaim(keysC, "seshnet-testnet", toA)})
	require.Equal(t, http.StatusGone, late.status, "%s", late.raw)
	require.Equal(t, "closed", late.Code)
	require.Equal(t, false, claimView(t, closed[0], c.OxenAddress)["claimed"])
}

// startOxenNet is startRewardsNet with the Oxen import: geth --dev with the
// contracts, a testnet from snap seeded into the contract (the validators
// 1-4, the carried nodes after them), the contract funded with the
// migration's budgets and claims (its claim cap raised above them), the
// validators started.
func startOxenNet(t *testing.T, gethBin string, base int, snap string) *rewardsNet {
	u := deployUnstarted(t, gethBin, base+90)
	procs := writeTestnet(t, 4, base, u.genesisArgs("--oxen-snapshot", snap)...)
	_, doc, err := genesis.ReadFile(filepath.Join(procs[0].home, "config", "genesis.json"))
	require.NoError(t, err)
	// The migration's SESH: Session funded the pools into the contract.
	funding := new(big.Int)
	for _, b := range doc.Oxen.Budgets {
		funding.Add(funding, new(big.Int).SetUint64(b.Amount))
	}
	for _, coin := range doc.Oxen.Coins {
		funding.Add(funding, new(big.Int).SetUint64(coin.Amount))
	}
	u.geth.mined(t)(u.c.TokenC.Mint(u.owner, u.c.Staking, funding))
	u.geth.mined(t)(u.c.StakingC.SetClaimThreshold(u.owner, funding))
	// The carried nodes never run: no testers, so no votes on them.
	testersOff(t, procs)
	u.seed(t, procs[0].home)
	for _, p := range procs {
		p.start(t)
	}
	n := u.net(t, procs)
	n.waitBridges()
	return n
}

func (n *rewardsNet) chainID(t *testing.T) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	st, err := n.client(0).Status(ctx)
	require.NoError(t, err)
	return st.NodeInfo.Network
}

package main

import (
	"context"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	rpchttp "github.com/cometbft/cometbft/rpc/client/http"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/cmd/internal/chainclient"
	"github.com/seshnet/seshnet/cmd/internal/claim"
	"github.com/seshnet/seshnet/core/bls"
	"github.com/seshnet/seshnet/core/keys"
	"github.com/seshnet/seshnet/modules/bridge/contracts/bindings"
	"github.com/seshnet/seshnet/modules/bridge/devchain"
	"github.com/seshnet/seshnet/modules/bridge/l2sign"
	"github.com/seshnet/seshnet/workchain/app"
	"github.com/seshnet/seshnet/workchain/registry"
	"github.com/seshnet/seshnet/workchain/rewards"
)

// claimResult is `seshd rewards claim -o json`.
type claimResult struct {
	Address    common.Address `json:"address"`
	Height     int64          `json:"height"`
	Amount     string         `json:"amount"`
	Recorded   string         `json:"previously_recorded"`
	Claimed    string         `json:"claimed_now"`
	Before     string         `json:"balance_before"`
	After      string         `json:"balance_after"`
	Signers    []uint64       `json:"signers"`
	NonSigners []struct {
		ID     uint64 `json:"service_node_id"`
		Reason string `json:"reason"`
	} `json:"non_signers"`
	Signature string `json:"signature"`
}

func (r claimResult) nonSignerIDs() []uint64 {
	var out []uint64
	for _, n := range r.NonSigners {
		out = append(out, n.ID)
	}
	return out
}

// rewardsNet is the network of the rewards test: four validators seeded
// into a staking contract on geth --dev.
type rewardsNet struct {
	t       *testing.T
	geth    gethDev
	procs   []*proc
	staking *bindings.ServiceNodeRewards
	token   *bindings.TestSESH
	owner   *bind.TransactOpts
	addr    common.Address // the staking contract
}

// TestRewardsClaimedOnTheL2 is issue 12's money path end to end: four
// validators seeded into the staking contract on geth --dev, the pool
// funded, a node registered solo and one through the contribution contract
// (three contributors, a 5% fee); every validator's accounting equals the
// test's own block-by-block computation; claims pay exactly what accrued,
// a repeated claim pays nothing, a stopped validator is a named non-signer,
// more than a third stopped refuses the claim, forged and replayed
// signatures are refused by the contract, and exits complete with the
// network's signature, their stakes then claimable.
func TestRewardsClaimedOnTheL2(t *testing.T) {
	if testing.Short() {
		t.Skip("starts four seshd processes and geth")
	}
	gethBin := gethBinary()
	if gethBin == "" {
		t.Skip("needs geth (make geth): the claim path is tested on a real L2")
	}
	const base = 21656
	n := startRewardsNet(t, gethBin, base)

	// A node registered solo by its operator with `seshd l2 register`, and
	// one through the contribution contract with three contributors.
	solo := n.register(t, "solo")
	contributed := n.registerThroughContribution(t, "pooled", 500)
	for _, key := range []string{solo.ed25519, contributed.ed25519} {
		waitFor(t, "the L2 nodes active on every validator", 2*time.Minute, n.activeEverywhere(key))
	}
	// Every node payable, and a few paid blocks after that.
	c0 := n.client(0)
	nv := n.node(0, contributed.ed25519)
	payableAt := nv.ActiveSinceTime + 60
	waitFor(t, "the registered nodes payable", 3*time.Minute, func() bool { return time.Now().Unix() > payableAt+10 })

	// Accounting: every validator agrees with the test's own computation.
	h := n.procs[0].height(t) - 1
	want := expectedRewards(t, c0, n.geth.client, h)
	require.Len(t, want, 4+1+3, "four validator operators, the solo operator, three contributors")
	for addr, amount := range want {
		require.Positive(t, amount.Sign(), "%s earned nothing by height %d", addr.Hex(), h)
		for i := range n.procs {
			require.Equal(t, amount.String(), n.accrued(t, i, addr, h), "validator %d: %s at height %d", i, addr.Hex(), h)
		}
	}
	t.Logf("at height %d every validator's balances equal the block-by-block computation: %v", h, want)

	// Claims: validator 0's operator claims; the balance rises by exactly
	// what accrued at the signed height.
	opKey := filepath.Join(n.procs[0].home, "config", "operator_eth_key.json")
	n.fundKeyFile(t, opKey)
	first := n.claim(t, opKey)
	// Six nodes in the contract; the two registered by the test do not
	// run, and a third of six may be missing.
	require.ElementsMatch(t, []uint64{solo.id, contributed.id}, first.nonSignerIDs())
	require.ElementsMatch(t, []uint64{1, 2, 3, 4}, first.Signers)
	require.Equal(t, n.accrued(t, 0, first.Address, first.Height), first.Amount)
	require.Equal(t, first.Amount, first.Claimed)
	require.Equal(t, bigOf(t, first.Before).Add(bigOf(t, first.Before), bigOf(t, first.Amount)).String(), first.After)
	require.Equal(t, first.After, n.tokenBalance(t, first.Address).String())

	// The same claim again (same height) pays nothing.
	again := n.claim(t, opKey, "--height", fmt.Sprint(first.Height))
	require.Equal(t, "0", again.Claimed)
	require.Equal(t, first.After, n.tokenBalance(t, first.Address).String())

	// Attacks on the contract: the first claim's signature replayed, and a
	// signature by keys that are not the network's.
	n.refusedByContract(t, opKey, first, "RecipientRewardsTooLow")
	forged := first
	forged.Amount = new(big.Int).Add(bigOf(t, first.Amount), big.NewInt(1_000_000)).String()
	n.refusedByContract(t, opKey, forged, "InvalidBLSSignature")
	forged.Signature = randomSignature(t, forged)
	n.refusedByContract(t, opKey, forged, "InvalidBLSSignature")

	// Bad input from the shell: a height the node has not reached, a key
	// file that is not one. Nothing is paid.
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--height", "99999999"}, "past the workchain node's latest"},
	} {
		out, err := n.runClaim(opKey, tc.args...)
		require.Error(t, err, "%v: %s", tc.args, out)
		require.Contains(t, string(out), tc.want, "%v", tc.args)
	}
	garbageKey := filepath.Join(t.TempDir(), "garbage.json")
	require.NoError(t, os.WriteFile(garbageKey, []byte("not a key"), 0o600))
	out, err := n.runClaim(garbageKey)
	require.Error(t, err, "%s", out)
	require.Equal(t, first.After, n.tokenBalance(t, first.Address).String())

	// Exits with the network's signature; the stakes are then claimable.
	for _, node := range []registeredNode{solo, contributed} {
		runSeshd(t, "l2", "exit", "--id", fmt.Sprint(node.id), "--l2", n.geth.url, "--contract", n.addr.Hex(), "--key", node.keyFile)
		waitFor(t, "the exit unlocked on the workchain", 2*time.Minute, func() bool {
			v := n.node(0, node.ed25519)
			return v.Stake == registry.StakeExited || v.Stake == registry.StakeExiting && v.UnlockTime < time.Now().Unix()-2
		})
		out := runSeshd(t, "l2", "exit", "--complete", "--id", fmt.Sprint(node.id), "--l2", n.geth.url, "--key", node.keyFile,
			"--node", n.procs[0].rpc, "-o", "json")
		t.Logf("exit of node %d: %s", node.id, out)
		all, err := n.staking.AllServiceNodeIDs(&bind.CallOpts{})
		require.NoError(t, err)
		require.NotContains(t, all.Ids, node.id, "the contract still lists node %d", node.id)
		waitFor(t, "the stake returned on the workchain", time.Minute, func() bool {
			var v rewards.AccountView
			return n.query(0, "/rewards/"+node.operator.Hex(), 0, &v) == nil && v.StakesReturned != "0"
		})
	}
	soloClaim := n.claim(t, solo.keyFile)
	require.GreaterOrEqual(t, bigOf(t, soloClaim.Claimed).Cmp(stakingRequirement), 0, "the solo operator's stake came back: %+v", soloClaim)

	// One validator stopped: the claim passes, naming it.
	n.procs[3].stop(syscall.SIGTERM)
	oneDown := n.claim(t, opKey)
	require.Equal(t, []uint64{4}, oneDown.nonSignerIDs())
	require.Positive(t, bigOf(t, oneDown.Claimed).Sign())

	// Two of four stopped: more than a third; refused before any
	// transaction. (The chain halts with them; it has gone on past the last
	// claim first, so there is a new total to sign.)
	waitFor(t, "the chain past the last claim", time.Minute, func() bool { return n.procs[0].height(t) > oneDown.Height+4 })
	n.procs[2].stop(syscall.SIGTERM)
	before := n.tokenBalance(t, first.Address)
	out, err = n.runClaim(opKey)
	require.Error(t, err, "a claim with half the network stopped: %s", out)
	require.Contains(t, string(out), "only 2 of 4 nodes signed", "%s", out)
	require.Equal(t, before.String(), n.tokenBalance(t, first.Address).String())
}

// startRewardsNet runs geth --dev with the contracts deployed and not
// started, the pool funded, writes a four-validator testnet whose witnesses
// read it, seeds the validators into the contract with `seshd l2 seed` and
// starts them.
// unstartedL2 is a geth dev chain with the staking contracts deployed but
// not started and the reward pool funded: a network's genesis seeds it
// (`--l2-seed`) and `seshd l2 seed` then backs the seeded stakes.
type unstartedL2 struct {
	geth     gethDev
	c        devchain.Contracts
	owner    *bind.TransactOpts
	ownerKey *ecdsa.PrivateKey
	start    uint64 // the L2 height the workchain reads from
}

// deployUnstarted runs geth on port and deploys the contracts unstarted.
func deployUnstarted(t *testing.T, gethBin string, port int) *unstartedL2 {
	t.Helper()
	g := runGeth(t, gethBin, port)
	ownerKey, err := crypto.GenerateKey()
	require.NoError(t, err)
	owner := g.transactor(t, ownerKey)
	g.fund(t, 10, owner.From)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	owner.Context = ctx
	wait := func(tx *types.Transaction) error { _, err := bind.WaitMined(ctx, g.client, tx); return err }
	c, err := devchain.DeployWith(g.client, owner, wait, stakingRequirement, big.NewInt(6), devchain.DeployOptions{NoStart: true})
	require.NoError(t, err)
	g.mined(t)(c.TokenC.Mint(owner, c.Pool, devchain.PoolFunding))
	start, err := g.client.BlockNumber(ctx)
	require.NoError(t, err)
	owner.Context = nil
	return &unstartedL2{geth: g, c: c, owner: owner, ownerKey: ownerKey, start: start}
}

// genesisArgs are `seshd testnet`'s flags for a network over this L2,
// seeded from its validators.
func (u *unstartedL2) genesisArgs(extra ...string) []string {
	return append([]string{"--l2", u.geth.url, "--l2-contract", u.c.Staking.Hex(), "--l2-depth", "2",
		"--l2-start-block", fmt.Sprint(u.start), "--l2-seed"}, extra...)
}

// ownerFile is the owner's key saved as `seshd l2 seed --key` reads it.
func (u *unstartedL2) ownerFile(t *testing.T) string {
	t.Helper()
	f := filepath.Join(t.TempDir(), "owner.json")
	require.NoError(t, keys.SaveEth(f, u.ownerKey))
	return f
}

// seed runs `seshd l2 seed` from home (the contract then holds the
// genesis's stakes, minted by the owner) and logs what it did.
func (u *unstartedL2) seed(t *testing.T, home string) {
	t.Helper()
	t.Logf("seed: %s", runSeshd(t, "l2", "seed", "--home", home, "--l2", u.geth.url, "--key", u.ownerFile(t), "-o", "json"))
}

// net is the rewards network of procs over this L2.
func (u *unstartedL2) net(t *testing.T, procs []*proc) *rewardsNet {
	return &rewardsNet{t: t, geth: u.geth, procs: procs, staking: u.c.StakingC, token: u.c.TokenC, owner: u.owner, addr: u.c.Staking}
}

// testersOff turns every node's storage testers off: a test about the
// money path registers nodes that never run, which the testers would fail
// (correctly).
func testersOff(t *testing.T, procs []*proc) {
	t.Helper()
	for _, p := range procs {
		appendConfig(t, p.home, "\n[modules.storage.settings]\ntesting = false\n")
	}
}

// waitBridges waits for the four validators at height 3, each publishing
// its bridge endpoint.
func (n *rewardsNet) waitBridges() {
	n.t.Helper()
	waitFor(n.t, "four validators at height 3, each publishing its bridge endpoint", 2*time.Minute, func() bool {
		for i, p := range n.procs {
			if p.height(n.t) < 3 || !n.publishesBridge(i) {
				return false
			}
		}
		return true
	})
}

func startRewardsNet(t *testing.T, gethBin string, base int) *rewardsNet {
	u := deployUnstarted(t, gethBin, base+90)
	procs := writeTestnet(t, 4, base, u.genesisArgs("--exit-unlock-seconds", "6")...)
	testersOff(t, procs)
	u.seed(t, procs[0].home)
	// Seeding twice, or a started contract, is refused with a reason.
	again, err := exec.Command(seshdBin, "l2", "seed", "--home", procs[0].home, "--l2", u.geth.url, "--key", u.ownerFile(t)).CombinedOutput()
	require.Error(t, err)
	require.Contains(t, string(again), "has started", "%s", again)
	for _, p := range procs {
		p.start(t)
	}
	n := u.net(t, procs)
	n.waitBridges()
	return n
}

func (n *rewardsNet) client(i int) *rpchttp.HTTP {
	c, err := n.procs[i].client()
	require.NoError(n.t, err)
	return c
}

func (n *rewardsNet) query(i int, path string, height int64, out any) error {
	c, err := n.procs[i].client()
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	return chainclient.Query(ctx, c, path, height, out)
}

func (n *rewardsNet) node(i int, ed25519Hex string) app.NodeView {
	var v app.NodeView
	require.NoError(n.t, n.query(i, "/node/"+ed25519Hex, 0, &v))
	return v
}

func (n *rewardsNet) publishesBridge(i int) bool {
	var nodes []app.NodeView
	if n.query(i, "/nodes", 0, &nodes) != nil {
		return false
	}
	key, err := keys.LoadNodeKey(filepath.Join(n.procs[i].home, "config", "priv_validator_key.json"))
	require.NoError(n.t, err)
	for _, v := range nodes {
		if hex.EncodeToString(v.Ed25519) != hex.EncodeToString(key.Public()) || v.Uptime == nil {
			continue
		}
		for _, e := range v.Uptime.Endpoints {
			if e.Service == "bridge" {
				return true
			}
		}
	}
	return false
}

func (n *rewardsNet) activeEverywhere(ed25519Hex string) func() bool {
	return func() bool {
		for i := range n.procs {
			var v app.NodeView
			if n.query(i, "/node/"+ed25519Hex, 0, &v) != nil || v.State != registry.StateActive {
				return false
			}
		}
		return true
	}
}

func (n *rewardsNet) accrued(t *testing.T, i int, addr common.Address, height int64) string {
	t.Helper()
	var v rewards.AccountView
	require.NoError(t, n.query(i, "/rewards/"+addr.Hex(), height, &v))
	return v.Accrued
}

func (n *rewardsNet) tokenBalance(t *testing.T, addr common.Address) *big.Int {
	t.Helper()
	b, err := n.token.BalanceOf(&bind.CallOpts{}, addr)
	require.NoError(t, err)
	return b
}

// fundKeyFile gives the key file's account ether for gas.
func (n *rewardsNet) fundKeyFile(t *testing.T, file string) {
	t.Helper()
	k, err := keys.LoadEth(file)
	require.NoError(t, err)
	n.geth.fund(t, 1, keys.EthAddress(k))
}

func (n *rewardsNet) runClaim(keyFile string, extra ...string) ([]byte, error) {
	args := append([]string{"rewards", "claim", "--key", keyFile, "--l2", n.geth.url, "--node", n.procs[0].rpc, "-o", "json"}, extra...)
	var stdout, stderr strings.Builder
	cmd := exec.Command(seshdBin, args...)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	return []byte(stdout.String() + stderr.String()), err
}

func (n *rewardsNet) claim(t *testing.T, keyFile string, extra ...string) claimResult {
	t.Helper()
	start := time.Now()
	out, err := n.runClaim(keyFile, extra...)
	took := time.Since(start)
	require.NoError(t, err, "seshd rewards claim: %s", out)
	var r claimResult
	require.NoError(t, json.Unmarshal(out, &r), "%s", out)
	t.Logf("claim in %.1f s: height %d amount %s claimed %s; non-signers %+v", took.Seconds(), r.Height, r.Amount, r.Claimed, r.NonSigners)
	return r
}

// refusedByContract sends updateRewardsBalance with r's amount, signature
// and non-signers itself, as an attacker would, and wants the contract's
// error.
func (n *rewardsNet) refusedByContract(t *testing.T, keyFile string, r claimResult, wantErr string) {
	t.Helper()
	k, err := keys.LoadEth(keyFile)
	require.NoError(t, err)
	opts := n.geth.transactor(t, k)
	sig, err := hex.DecodeString(strings.TrimPrefix(r.Signature, "0x"))
	require.NoError(t, err)
	require.Len(t, sig, 128)
	params := bindings.ServiceNodeRewardsBLSSignatureParams{
		Sigs0: new(big.Int).SetBytes(sig[0:32]), Sigs1: new(big.Int).SetBytes(sig[32:64]),
		Sigs2: new(big.Int).SetBytes(sig[64:96]), Sigs3: new(big.Int).SetBytes(sig[96:128]),
	}
	_, err = n.staking.UpdateRewardsBalance(opts, r.Address, bigOf(t, r.Amount), params, r.nonSignerIDs())
	require.Error(t, err, "the contract took %s", wantErr)
	require.Equal(t, wantErr, claim.RevertName(err), "%v", err)
}

// randomSignature is a valid BLS signature over r's message by a key that
// is not a node's.
func randomSignature(t *testing.T, r claimResult) string {
	t.Helper()
	sk, err := bls.GenerateSecretKey(rand.Reader)
	require.NoError(t, err)
	sig, err := bls.Sign(sk, []byte("not the reward message of "+r.Address.Hex()), [32]byte{1})
	require.NoError(t, err)
	b := sig.Bytes()
	return "0x" + hex.EncodeToString(b[:])
}

// registeredNode is a node registered on the L2 by the test (it does not
// run: the validators sign for the network).
type registeredNode struct {
	id       uint64
	ed25519  string
	keyFile  string // the operator's key file
	operator common.Address
}

// register registers a new node solo with `seshd l2 register`, staked by
// a new operator key.
func (n *rewardsNet) register(t *testing.T, name string) registeredNode {
	t.Helper()
	home := filepath.Join(t.TempDir(), name)
	runSeshd(t, "init", "--home", home, "--moniker", name)
	opFile := filepath.Join(home, "config", "operator_eth_key.json")
	op := n.newStaker(t, opFile)
	var reg struct {
		ID uint64 `json:"service_node_id"`
	}
	out := runSeshd(t, "l2", "register", "--home", home, "--l2", n.geth.url, "--contract", n.addr.Hex(), "--key", opFile, "-o", "json")
	require.NoError(t, json.Unmarshal(out, &reg), "%s", out)
	nk, err := keys.LoadNodeKey(filepath.Join(home, "config", "priv_validator_key.json"))
	require.NoError(t, err)
	return registeredNode{id: reg.ID, ed25519: hex.EncodeToString(nk.Public()), keyFile: opFile, operator: op}
}

// newStaker funds a new key (ether for gas, stakes of SESH) and saves it
// (or the one at file, if there).
func (n *rewardsNet) newStaker(t *testing.T, file string) common.Address {
	t.Helper()
	k, err := keys.LoadEth(file)
	if os.IsNotExist(err) || err != nil {
		k, err = crypto.GenerateKey()
		require.NoError(t, err)
		require.NoError(t, keys.SaveEth(file, k))
	}
	addr := keys.EthAddress(k)
	n.geth.fund(t, 1, addr)
	n.geth.mined(t)(n.token.Mint(n.owner, addr, new(big.Int).Mul(stakingRequirement, big.NewInt(2))))
	return addr
}

// registerThroughContribution opens a ServiceNodeContribution for a new
// node with fee (basis points): the operator puts half, contributor A 30%
// and contributor B the rest; B's contribution fills it and registers it.
func (n *rewardsNet) registerThroughContribution(t *testing.T, name string, fee uint16) registeredNode {
	t.Helper()
	dir := t.TempDir()
	home := filepath.Join(dir, name)
	runSeshd(t, "init", "--home", home, "--moniker", name)
	nk, err := keys.LoadNodeKey(filepath.Join(home, "config", "priv_validator_key.json"))
	require.NoError(t, err)
	blsKey, err := keys.LoadBLS(filepath.Join(home, "config", "bls_key.json"))
	require.NoError(t, err)
	opFile := filepath.Join(home, "config", "operator_eth_key.json")
	op := n.newStaker(t, opFile)
	opKey, err := keys.LoadEth(opFile)
	require.NoError(t, err)
	opOpts := n.geth.transactor(t, opKey)

	pub := []byte(nk.Public())
	edSig := ed25519.Sign(nk.Priv, append(append([]byte{}, pub...), blsKey.Public[:]...))
	sk, err := blsKey.SecretKey()
	require.NoError(t, err)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	pop, err := l2sign.ProofOfPossession(ctx, n.staking, sk, op, pub)
	require.NoError(t, err)
	addr, tx, sc, err := bindings.DeployServiceNodeContribution(opOpts, n.geth.client, n.addr, big.NewInt(devchain.MaxContributors),
		bindings.ServiceNodeContributionG1Point{X: new(big.Int).SetBytes(blsKey.Public[:32]), Y: new(big.Int).SetBytes(blsKey.Public[32:])},
		bindings.ServiceNodeContributionBLSSignatureParams(pop),
		bindings.ServiceNodeContributionServiceNodeParams{
			ServiceNodePubkey: new(big.Int).SetBytes(pub), ServiceNodeSignature1: new(big.Int).SetBytes(edSig[:32]),
			ServiceNodeSignature2: new(big.Int).SetBytes(edSig[32:]), Fee: fee,
		}, nil, op, false)
	n.geth.mined(t)(tx, err)

	half := new(big.Int).Div(stakingRequirement, big.NewInt(2))
	a30 := new(big.Int).Div(new(big.Int).Mul(stakingRequirement, big.NewInt(3)), big.NewInt(10))
	rest := new(big.Int).Sub(new(big.Int).Sub(stakingRequirement, half), a30)
	var last *types.Receipt
	for i, amount := range []*big.Int{half, a30, rest} {
		k := opKey
		if i > 0 {
			file := filepath.Join(dir, fmt.Sprintf("contributor-%d.json", i))
			n.newStaker(t, file)
			k, err = keys.LoadEth(file)
			require.NoError(t, err)
		}
		o := n.geth.transactor(t, k)
		n.geth.mined(t)(n.token.Approve(o, addr, amount))
		last = n.geth.mined(t)(sc.ContributeFunds(o, amount, common.Address{}))
	}
	var id uint64
	for _, lg := range last.Logs {
		if ev, err := n.staking.ParseNewServiceNodeV2(*lg); err == nil {
			id = ev.ServiceNodeID
		}
	}
	require.NotZero(t, id, "the last contribution did not register the node")
	return registeredNode{id: id, ed25519: hex.EncodeToString(pub), keyFile: opFile, operator: op}
}

func bigOf(t *testing.T, s string) *big.Int {
	t.Helper()
	v, ok := new(big.Int).SetString(s, 10)
	require.True(t, ok, "%q is not an amount", s)
	return v
}

package bindings

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"github.com/seshnet/seshnet/core/bls"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"
)

const sesh = 1_000_000_000 // atomic units

var requirement = big.NewInt(25_000 * sesh)

// TestCommittedArtifactsMatchSources recompiles the contracts with the
// pinned solcjs (make contracts-tools installs it; CI does) and compares the
// output with the committed ABI and bytecode, and those with the bindings.
func TestCommittedArtifactsMatchSources(t *testing.T) {
	solcjs := filepath.Join("..", "..", "..", "..", ".tools", "solc", "node_modules", "solc", "solc.js")
	if _, err := os.Stat(solcjs); err != nil {
		t.Skip("solcjs not installed (make contracts-tools)")
	}
	out := t.TempDir()
	abs, err := filepath.Abs(solcjs)
	require.NoError(t, err)
	// The sources and types of the Makefile's CONTRACT_SOURCES and CONTRACT_TYPES.
	sources := []string{"TestSESH.sol", "Admin.sol", "BLS.sol", "ServiceNodeRewards.sol", "RewardRatePool.sol", "ServiceNodeContribution.sol", "BLSTestHarness.sol"}
	cmd := exec.Command("node", append([]string{abs, "--optimize", "--abi", "--bin", "-o", out}, sources...)...)
	cmd.Dir = ".."
	b, err := cmd.CombinedOutput()
	require.NoError(t, err, "%s", b)
	for _, c := range []struct {
		name, abi, bin string
	}{
		{"TestSESH", TestSESHMetaData.ABI, TestSESHMetaData.Bin},
		{"ServiceNodeRewards", ServiceNodeRewardsMetaData.ABI, ServiceNodeRewardsMetaData.Bin},
		{"RewardRatePool", RewardRatePoolMetaData.ABI, RewardRatePoolMetaData.Bin},
		{"ServiceNodeContribution", ServiceNodeContributionMetaData.ABI, ServiceNodeContributionMetaData.Bin},
		{"BLSTestHarness", BLSTestHarnessMetaData.ABI, BLSTestHarnessMetaData.Bin},
	} {
		fresh := func(ext string) string {
			b, err := os.ReadFile(filepath.Join(out, c.name+"_sol_"+c.name+"."+ext))
			require.NoError(t, err)
			return strings.TrimSpace(string(b))
		}
		committed := func(ext string) string {
			b, err := os.ReadFile(filepath.Join("..", "build", c.name+"."+ext))
			require.NoError(t, err)
			return strings.TrimSpace(string(b))
		}
		require.Equal(t, fresh("bin"), committed("bin"), "%s bytecode: run make contracts", c.name)
		require.JSONEq(t, fresh("abi"), committed("abi"), "%s ABI: run make contracts", c.name)
		require.Equal(t, "0x"+committed("bin"), c.bin, "%s binding's bytecode: run make contracts", c.name)
		require.Equal(t, signatures(t, committed("abi")), signatures(t, c.abi), "%s binding's ABI: run make contracts", c.name)
	}
}

// signatures lists an ABI's methods and events by signature (abigen
// rewrites cosmetic fields such as internalType).
func signatures(t *testing.T, raw string) []string {
	t.Helper()
	parsed, err := abi.JSON(strings.NewReader(raw))
	require.NoError(t, err)
	var out []string
	for _, m := range parsed.Methods {
		out = append(out, "method "+m.Sig+" -> "+fmt.Sprint(m.Outputs))
	}
	for _, e := range parsed.Events {
		out = append(out, "event "+e.Sig)
	}
	for _, e := range parsed.Errors {
		out = append(out, "error "+e.Sig)
	}
	if parsed.Constructor.Inputs != nil {
		out = append(out, "constructor "+fmt.Sprint(parsed.Constructor.Inputs))
	}
	sort.Strings(out)
	return out
}

// Mainnet's wait times (ServiceNodeRewards constants upstream).
var (
	exitWait     = 30 * 24 * time.Hour
	smallDelay   = 30 * 24 * time.Hour
	minExitAge   = 2 * time.Hour
	seconds      = func(d time.Duration) *big.Int { return big.NewInt(int64(d / time.Second)) }
	maxContribs  = big.NewInt(10)
	stakeAmount  = func(s int64) *big.Int { return new(big.Int).Mul(big.NewInt(s), big.NewInt(sesh)) }
	fundsPerUser = stakeAmount(1_000_000)
)

// chain is a simulated L2 with the token, the staking contract (mainnet's
// wait times and liquidation ratios) and the reward pool, initialised, plus
// the BLS harness that hashes messages for the signing helpers.
type chain struct {
	t       *testing.T
	backend *simulated.Backend
	owner   *bind.TransactOpts
	token   *TestSESH
	staking *ServiceNodeRewards
	pool    *RewardRatePool
	harness *BLSTestHarness
	addr    common.Address
	tokenA  common.Address
	poolA   common.Address
	hashTag [32]byte
	keys    map[uint64]blsKey // registered nodes' BLS keys by service node id
}

func account(t *testing.T) (*ecdsa.PrivateKey, *bind.TransactOpts) {
	t.Helper()
	k, err := crypto.GenerateKey()
	require.NoError(t, err)
	opts, err := bind.NewKeyedTransactorWithChainID(k, big.NewInt(1337))
	require.NoError(t, err)
	return k, opts
}

// fixedAccount is an account whose key derives from name.
func fixedAccount(t *testing.T, name string) *bind.TransactOpts {
	t.Helper()
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte("seshnet contract tests " + name)))
	require.NoError(t, err)
	opts, err := bind.NewKeyedTransactorWithChainID(k, big.NewInt(1337))
	require.NoError(t, err)
	return opts
}

// newChain deploys and initialises the contracts; started says whether to
// call start() (seeding needs it not started). Every user gets ether and
// fundsPerUser SESH approved for the staking contract.
func newChain(t *testing.T, started bool, users ...*bind.TransactOpts) *chain {
	t.Helper()
	// A fixed owner gives fixed contract addresses, so fixed tags and
	// messages: the number of hash-to-G2 tries, and so gas, repeats.
	owner := fixedAccount(t, "owner")
	alloc := types.GenesisAlloc{owner.From: {Balance: big.NewInt(1e18)}}
	for _, u := range users {
		alloc[u.From] = types.Account{Balance: big.NewInt(1e18)}
	}
	b := simulated.NewBackend(alloc, simulated.WithBlockGasLimit(60_000_000))
	t.Cleanup(func() { b.Close() })
	c := &chain{t: t, backend: b, owner: owner, keys: map[uint64]blsKey{}}
	// One block per deployment: the simulated pool may not yet count a sent
	// transaction in the pending nonce ("replacement transaction underpriced").
	var err error
	c.tokenA, _, c.token, err = DeployTestSESH(owner, b.Client())
	require.NoError(t, err)
	b.Commit()
	c.addr, _, c.staking, err = DeployServiceNodeRewards(owner, b.Client(), seconds(exitWait), seconds(smallDelay), seconds(minExitAge))
	require.NoError(t, err)
	b.Commit()
	c.poolA, _, c.pool, err = DeployRewardRatePool(owner, b.Client())
	require.NoError(t, err)
	b.Commit()
	_, _, c.harness, err = DeployBLSTestHarness(owner, b.Client())
	require.NoError(t, err)
	b.Commit()
	c.mined(c.staking.Initialize(owner, c.tokenA, c.poolA, requirement, maxContribs, big.NewInt(3), big.NewInt(17), big.NewInt(9980)))
	c.mined(c.pool.Initialize(owner, c.addr, c.tokenA))
	if started {
		c.mined(c.staking.Start(owner))
	}
	c.hashTag, err = c.staking.HashToG2Tag(nil)
	require.NoError(t, err)
	for _, u := range users {
		c.fund(u, c.addr)
	}
	return c
}

// fund gives u fundsPerUser SESH approved for spender.
func (c *chain) fund(u *bind.TransactOpts, spender common.Address) {
	c.mined(c.token.Mint(c.owner, u.From, fundsPerUser))
	c.mined(c.token.Approve(u, spender, fundsPerUser))
}

// mined commits the transaction's block and requires it to succeed.
func (c *chain) mined(tx *types.Transaction, err error) *types.Receipt {
	c.t.Helper()
	require.NoError(c.t, err)
	c.backend.Commit()
	r, err := c.backend.Client().TransactionReceipt(context.Background(), tx.Hash())
	require.NoError(c.t, err)
	require.Equal(c.t, types.ReceiptStatusSuccessful, r.Status)
	return r
}

// wait moves the chain's clock forward by d and mines a block.
func (c *chain) wait(d time.Duration) {
	c.t.Helper()
	require.NoError(c.t, c.backend.AdjustTime(d))
	c.backend.Commit()
}

func (c *chain) now() uint64 {
	c.t.Helper()
	h, err := c.backend.Client().HeaderByNumber(context.Background(), nil)
	require.NoError(c.t, err)
	return h.Time
}

func (c *chain) balance(a common.Address) *big.Int {
	c.t.Helper()
	b, err := c.token.BalanceOf(nil, a)
	require.NoError(c.t, err)
	return b
}

// revertedWith requires err to be a revert with the named custom error of
// the staking, contribution or pool contract and returns its arguments. The
// simulated backend surfaces the revert data when estimating gas.
func revertedWith(t *testing.T, err error, name string) []any {
	t.Helper()
	require.Error(t, err)
	var de rpc.DataError
	require.True(t, errors.As(err, &de), "not a revert: %v", err)
	hexData, ok := de.ErrorData().(string)
	require.True(t, ok, "revert without data: %v", err)
	data := common.FromHex(hexData)
	require.GreaterOrEqual(t, len(data), 4, "revert without selector: %v", err)
	for _, meta := range []*bind.MetaData{ServiceNodeRewardsMetaData, ServiceNodeContributionMetaData, RewardRatePoolMetaData} {
		parsed, perr := meta.GetAbi()
		require.NoError(t, perr)
		for _, e := range parsed.Errors {
			if bytes.Equal(e.ID[:4], data[:4]) {
				require.Equal(t, name, e.Name, "reverted with %s", e.Sig)
				args, uerr := e.Inputs.Unpack(data[4:])
				require.NoError(t, uerr)
				return args
			}
		}
	}
	require.Failf(t, "unknown revert", "want %s, got %v (%x)", name, err, data)
	return nil
}

// ------------------------------------------------------------ signing

// hashToG2 is H(m) under the contract's hashToG2Tag. With core/bls this
// becomes a Go call (and the on-chain hash a cross-check).
func (c *chain) hashToG2(msg []byte) bn254.G2Affine {
	c.t.Helper()
	// H(m) from Go (core/bls): every signature these tests make is then the
	// nodes' own, checked by the contract's own hash in BLS.sol.
	p, err := bls.HashToG2(msg, c.hashTag)
	require.NoError(c.t, err)
	return p
}

// aggregate is the sum of the keys' signatures over msg.
func (c *chain) aggregate(msg []byte, signers []blsKey) ServiceNodeRewardsBLSSignatureParams {
	hm := c.hashToG2(msg)
	var sum bn254.G2Affine
	for i, k := range signers {
		s := k.signPoint(hm)
		if i == 0 {
			sum = s
		} else {
			sum.Add(&sum, &s)
		}
	}
	return sigParams(sum)
}

func sigParams(s bn254.G2Affine) ServiceNodeRewardsBLSSignatureParams {
	w := g2Words(&s)
	return ServiceNodeRewardsBLSSignatureParams{Sigs0: w[0], Sigs1: w[1], Sigs2: w[2], Sigs3: w[3]}
}

func word(v *big.Int) []byte { return common.LeftPadBytes(v.Bytes(), 32) }

func tag(t *testing.T, get func(*bind.CallOpts) ([32]byte, error)) []byte {
	t.Helper()
	v, err := get(nil)
	require.NoError(t, err)
	return v[:]
}

// popMessage is proofOfPossessionTag || X || Y || operator || Ed25519 key
// (148 bytes).
func (c *chain) popMessage(k blsKey, operator common.Address, ed *big.Int) []byte {
	pk := k.pubWords()
	return bytes.Join([][]byte{tag(c.t, c.staking.ProofOfPossessionTag), word(pk[0]), word(pk[1]), operator.Bytes(), word(ed)}, nil)
}

// rewardMessage is rewardTag || recipient || cumulative amount (84 bytes).
func (c *chain) rewardMessage(to common.Address, amount *big.Int) []byte {
	return bytes.Join([][]byte{tag(c.t, c.staking.RewardTag), to.Bytes(), word(amount)}, nil)
}

// exitMessage is exitTag || X || Y || timestamp (128 bytes).
func (c *chain) exitMessage(k blsKey, ts uint64) []byte {
	pk := k.pubWords()
	return bytes.Join([][]byte{tag(c.t, c.staking.ExitTag), word(pk[0]), word(pk[1]), word(new(big.Int).SetUint64(ts))}, nil)
}

func g1Point(k blsKey) ServiceNodeRewardsG1Point {
	w := k.pubWords()
	return ServiceNodeRewardsG1Point{X: w[0], Y: w[1]}
}

func edKey(b byte) *big.Int { return new(big.Int).SetBytes(bytes.Repeat([]byte{b}, 32)) }

func params(ed *big.Int, fee uint16) ServiceNodeRewardsServiceNodeParams {
	return ServiceNodeRewardsServiceNodeParams{
		ServiceNodePubkey: ed, ServiceNodeSignature1: big.NewInt(1), ServiceNodeSignature2: big.NewInt(2), Fee: fee,
	}
}

func contributor(a common.Address, amount *big.Int) ServiceNodeRewardsContributor {
	return ServiceNodeRewardsContributor{Staker: ServiceNodeRewardsStaker{Addr: a, Beneficiary: a}, StakedAmount: amount}
}

// registerSolo registers a node staked entirely by op and records its key.
func (c *chain) registerSolo(op *bind.TransactOpts, ed *big.Int) (uint64, blsKey) {
	c.t.Helper()
	k := newBLSKey(c.t)
	pop := c.aggregate(c.popMessage(k, op.From, ed), []blsKey{k})
	r := c.mined(c.staking.AddBLSPublicKey(op, g1Point(k), pop, params(ed, 0), nil))
	ev, err := c.staking.ParseNewServiceNodeV2(*r.Logs[0])
	require.NoError(c.t, err)
	c.keys[ev.ServiceNodeID] = k
	return ev.ServiceNodeID, k
}

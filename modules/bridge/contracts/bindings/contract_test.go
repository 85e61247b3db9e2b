package bindings

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
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
	cmd := exec.Command("node", abs, "--optimize", "--abi", "--bin", "-o", out, "TestSESH.sol", "ServiceNodeRewards.sol")
	cmd.Dir = ".."
	b, err := cmd.CombinedOutput()
	require.NoError(t, err, "%s", b)
	for _, c := range []struct {
		name, abi, bin string
	}{
		{"TestSESH", TestSESHMetaData.ABI, TestSESHMetaData.Bin},
		{"ServiceNodeRewards", ServiceNodeRewardsMetaData.ABI, ServiceNodeRewardsMetaData.Bin},
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
	if parsed.Constructor.Inputs != nil {
		out = append(out, "constructor "+fmt.Sprint(parsed.Constructor.Inputs))
	}
	sort.Strings(out)
	return out
}

// chain is a simulated L2 with the token and staking contract deployed.
type chain struct {
	t       *testing.T
	backend *simulated.Backend
	owner   *bind.TransactOpts
	token   *TestSESH
	staking *ServiceNodeRewards
	addr    common.Address
}

func account(t *testing.T) (*ecdsa.PrivateKey, *bind.TransactOpts) {
	t.Helper()
	k, err := crypto.GenerateKey()
	require.NoError(t, err)
	opts, err := bind.NewKeyedTransactorWithChainID(k, big.NewInt(1337))
	require.NoError(t, err)
	return k, opts
}

func newChain(t *testing.T, operators ...*bind.TransactOpts) *chain {
	t.Helper()
	_, owner := account(t)
	alloc := types.GenesisAlloc{owner.From: {Balance: big.NewInt(1e18)}}
	for _, o := range operators {
		alloc[o.From] = types.Account{Balance: big.NewInt(1e18)}
	}
	b := simulated.NewBackend(alloc)
	t.Cleanup(func() { b.Close() })
	c := &chain{t: t, backend: b, owner: owner}
	tokenAddr, _, token, err := DeployTestSESH(owner, b.Client())
	require.NoError(t, err)
	b.Commit()
	addr, _, staking, err := DeployServiceNodeRewards(owner, b.Client(), tokenAddr, requirement, big.NewInt(100))
	require.NoError(t, err)
	b.Commit()
	c.token, c.staking, c.addr = token, staking, addr
	for _, o := range operators {
		c.mined(c.token.Mint(owner, o.From, big.NewInt(100_000*sesh)))
		c.mined(c.token.Approve(o, addr, big.NewInt(100_000*sesh)))
	}
	return c
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

func params(ed byte, fee uint16) ServiceNodeRewardsServiceNodeParams {
	return ServiceNodeRewardsServiceNodeParams{
		ServiceNodePubkey:     new(big.Int).SetBytes(bytes.Repeat([]byte{ed}, 32)),
		ServiceNodeSignature1: big.NewInt(1), ServiceNodeSignature2: big.NewInt(2), Fee: fee,
	}
}

func bls(x int64) ServiceNodeRewardsG1Point {
	return ServiceNodeRewardsG1Point{X: big.NewInt(x), Y: big.NewInt(x + 1)}
}

func contributor(a common.Address, amount *big.Int) ServiceNodeRewardsContributor {
	return ServiceNodeRewardsContributor{Staker: ServiceNodeRewardsStaker{Addr: a, Beneficiary: a}, StakedAmount: amount}
}

func TestRegistrationEmitsSessionEvent(t *testing.T) {
	_, op := account(t)
	c := newChain(t, op)
	q := new(big.Int).Div(requirement, big.NewInt(4))
	other := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	cs := []ServiceNodeRewardsContributor{contributor(op.From, q), contributor(other, new(big.Int).Sub(requirement, q))}
	c.mined(c.staking.AddBLSPublicKey(op, bls(7), params(1, 500), cs))

	it, err := c.staking.FilterNewServiceNodeV2(&bind.FilterOpts{Start: 0}, nil)
	require.NoError(t, err)
	require.True(t, it.Next())
	ev := it.Event
	require.Equal(t, uint64(1), ev.ServiceNodeID)
	require.Equal(t, op.From, ev.Initiator)
	require.Equal(t, int64(7), ev.Pubkey.X.Int64())
	require.Equal(t, uint16(500), ev.ServiceNode.Fee)
	require.Len(t, ev.Contributors, 2)
	require.Equal(t, other, ev.Contributors[1].Staker.Addr)

	// The event's signature is Session's, so a witness of the real contract
	// reads ours.
	parsed, err := ServiceNodeRewardsMetaData.GetAbi()
	require.NoError(t, err)
	require.Equal(t, crypto.Keccak256Hash([]byte("NewServiceNodeV2(uint64,address,(uint256,uint256),(uint256,uint256,uint256,uint16),((address,address),uint256)[])")), parsed.Events["NewServiceNodeV2"].ID)
	require.Equal(t, crypto.Keccak256Hash([]byte("ServiceNodeExitRequest(uint64,address,(uint256,uint256))")), parsed.Events["ServiceNodeExitRequest"].ID)
	require.Equal(t, crypto.Keccak256Hash([]byte("ServiceNodeExit(uint64,address,uint256,(uint256,uint256))")), parsed.Events["ServiceNodeExit"].ID)
	require.Equal(t, crypto.Keccak256Hash([]byte("StakingRequirementUpdated(uint256)")), parsed.Events["StakingRequirementUpdated"].ID)
}

func TestStakeRulesAreEnforced(t *testing.T) {
	_, op := account(t)
	c := newChain(t, op)
	q := new(big.Int).Div(requirement, big.NewInt(4))
	rest := new(big.Int).Sub(requirement, q)
	a := func(b byte) common.Address { return common.BytesToAddress([]byte{b}) }
	cases := []struct {
		name string
		key  byte
		bls  int64
		fee  uint16
		cs   []ServiceNodeRewardsContributor
		want string
	}{
		{"no contributors", 1, 1, 0, nil, "1 to 10 contributors"},
		{"eleven contributors", 1, 1, 0, func() []ServiceNodeRewardsContributor {
			cs := []ServiceNodeRewardsContributor{contributor(op.From, q)}
			for i := 0; i < 10; i++ {
				cs = append(cs, contributor(a(byte(i+2)), new(big.Int).Div(rest, big.NewInt(10))))
			}
			return cs
		}(), "1 to 10 contributors"},
		{"operator is not the sender", 1, 1, 0, []ServiceNodeRewardsContributor{contributor(a(9), requirement)}, "the operator registers"},
		{"operator under 25%", 1, 1, 0, []ServiceNodeRewardsContributor{contributor(op.From, new(big.Int).Sub(q, big.NewInt(1))), contributor(a(2), new(big.Int).Add(rest, big.NewInt(1)))}, "under 25%"},
		{"later contribution under its minimum", 1, 1, 0, []ServiceNodeRewardsContributor{contributor(op.From, q), contributor(a(2), big.NewInt(1)), contributor(a(3), new(big.Int).Sub(rest, big.NewInt(1)))}, "under its minimum"},
		{"underfunded", 1, 1, 0, []ServiceNodeRewardsContributor{contributor(op.From, new(big.Int).Sub(requirement, big.NewInt(1)))}, "equal the requirement"},
		{"fee over 10000", 1, 1, 10_001, []ServiceNodeRewardsContributor{contributor(op.From, requirement)}, "fee above"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			// Gas estimation runs the call and surfaces the revert reason.
			_, err := c.staking.AddBLSPublicKey(op, bls(tc.bls), params(tc.key, tc.fee), tc.cs)
			require.ErrorContains(t, err, tc.want)
		})
	}
	// Keys are unique.
	c.mined(c.staking.AddBLSPublicKey(op, bls(1), params(1, 0), []ServiceNodeRewardsContributor{contributor(op.From, requirement)}))
	_, err := c.staking.AddBLSPublicKey(op, bls(1), params(2, 0), []ServiceNodeRewardsContributor{contributor(op.From, requirement)})
	require.ErrorContains(t, err, "bls key already registered")
	_, err = c.staking.AddBLSPublicKey(op, bls(5), params(1, 0), []ServiceNodeRewardsContributor{contributor(op.From, requirement)})
	require.ErrorContains(t, err, "ed25519 key already registered")
}

func TestExitAfterUnlockAndRequirementUpdate(t *testing.T) {
	_, op := account(t)
	c := newChain(t, op)
	c.mined(c.staking.AddBLSPublicKey(op, bls(3), params(3, 0), []ServiceNodeRewardsContributor{contributor(op.From, requirement)}))
	c.mined(c.staking.InitiateExitBLSPublicKey(op, 1))
	_, err := c.staking.ExitAfterUnlock(op, 1)
	require.ErrorContains(t, err, "still locked")
	require.NoError(t, c.backend.AdjustTime(101*time.Second))
	c.backend.Commit()
	before, err := c.token.BalanceOf(nil, op.From)
	require.NoError(t, err)
	c.mined(c.staking.ExitAfterUnlock(op, 1))
	after, err := c.token.BalanceOf(nil, op.From)
	require.NoError(t, err)
	require.Equal(t, requirement, new(big.Int).Sub(after, before), "stake returned")

	exits, err := c.staking.FilterServiceNodeExit(&bind.FilterOpts{Start: 0}, nil)
	require.NoError(t, err)
	require.True(t, exits.Next())
	require.Equal(t, requirement, exits.Event.ReturnedAmount)

	c.mined(c.staking.SetStakingRequirement(c.owner, big.NewInt(30_000*sesh)))
	ups, err := c.staking.FilterStakingRequirementUpdated(&bind.FilterOpts{Start: 0})
	require.NoError(t, err)
	require.True(t, ups.Next())
	require.Equal(t, int64(30_000*sesh), ups.Event.NewRequirement.Int64())
	_, err = c.staking.SetStakingRequirement(op, big.NewInt(1))
	require.ErrorContains(t, err, "only the owner")
}

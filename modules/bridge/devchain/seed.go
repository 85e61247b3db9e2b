package devchain

import (
	"bytes"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/seshnet/seshnet/modules/bridge/contracts/bindings"
)

// SeedBatch is how many nodes one seedPublicKeyList transaction carries. A
// seeded node costs about 1.8M gas on the simulated backend (measured:
// 3.73M for two, 9.21M for five), and a transaction may use at most 2^24
// (16,777,216) there.
const SeedBatch = 5

// DeployOptions are what DeployWith does beyond Deploy.
type DeployOptions struct {
	// Seed are nodes put in the staking contract before it starts, in
	// order: the contract gives them the ids 1..len(Seed).
	Seed []SeedNode
	// NoStart leaves the staking contract unstarted, for nodes to be
	// seeded later (seshd l2 seed), which starts it.
	NoStart bool
}

// SeedNode is one node to seed, as seedPublicKeyList takes it: keys as the
// contract stores them (BLS: X then Y, 32 bytes big-endian each).
type SeedNode struct {
	Ed25519        [32]byte
	BLS            [64]byte
	AddedTimestamp uint64 // unix seconds; the contract's addedTimestamp
	Contributors   []SeedContributor
}

// SeedContributor is one staker of a seeded node; the first is the
// operator. Amounts are atomic SESH and must add up to the requirement.
type SeedContributor struct {
	Staker, Beneficiary common.Address
	Amount              uint64
}

// checkSeeds refuses, before anything is deployed, what seedPublicKeyList
// would revert on (with a reason the revert would not give): no or too many
// contributors, a zero staker, a total other than the requirement, a zero
// key, a key used twice.
func checkSeeds(seed []SeedNode, requirement *big.Int) error {
	var errs []error
	seenEd, seenBLS := map[[32]byte]int{}, map[[64]byte]int{}
	for i, n := range seed {
		what := fmt.Sprintf("seed node %d", i+1)
		if n.Ed25519 == ([32]byte{}) {
			errs = append(errs, fmt.Errorf("%s: zero ed25519 key", what))
		}
		if isZero(n.BLS[:32]) || isZero(n.BLS[32:]) {
			errs = append(errs, fmt.Errorf("%s: bls key has a zero coordinate", what))
		}
		if j, dup := seenEd[n.Ed25519]; dup {
			errs = append(errs, fmt.Errorf("%s: same ed25519 key as seed node %d", what, j+1))
		}
		if j, dup := seenBLS[n.BLS]; dup {
			errs = append(errs, fmt.Errorf("%s: same bls key as seed node %d", what, j+1))
		}
		seenEd[n.Ed25519], seenBLS[n.BLS] = i, i
		if len(n.Contributors) == 0 || len(n.Contributors) > MaxContributors {
			errs = append(errs, fmt.Errorf("%s: %d contributors, want 1 to %d", what, len(n.Contributors), MaxContributors))
		}
		total := new(big.Int)
		for _, c := range n.Contributors {
			if c.Staker == (common.Address{}) {
				errs = append(errs, fmt.Errorf("%s: zero staker address", what))
			}
			total.Add(total, new(big.Int).SetUint64(c.Amount))
		}
		if total.Cmp(requirement) != 0 {
			errs = append(errs, fmt.Errorf("%s: contributions total %s, the requirement is %s", what, total, requirement))
		}
	}
	return errors.Join(errs...)
}

func isZero(b []byte) bool { return len(bytes.Trim(b, "\x00")) == 0 }

// Seed seeds nodes into a staking contract that has not started and has
// seeded nothing yet, in batches of SeedBatch, and checks that seed node i
// got id i+1 with its keys. It returns the block of the first seeding
// event (0 when nothing was seeded).
//
// seedPublicKeyList records the deposits without taking any tokens, so
// Seed first backs them: it transfers the seeded stakes' sum from the
// owner to the contract (see back). Without that the contract would hold
// no SESH for the seeded stakes, and a liquidation or an exit of a seeded
// node would be paid out of other nodes' stakes.
func Seed(backend bind.ContractBackend, stakingAddr common.Address, owner *bind.TransactOpts, wait func(*types.Transaction) error, requirement *big.Int, nodes []SeedNode) (uint64, error) {
	if err := checkSeeds(nodes, requirement); err != nil {
		return 0, err
	}
	staking, err := bindings.NewServiceNodeRewards(stakingAddr, backend)
	if err != nil {
		return 0, fmt.Errorf("bind the staking contract %s: %w", stakingAddr.Hex(), err)
	}
	if err := back(backend, staking, stakingAddr, owner, wait, requirement, len(nodes)); err != nil {
		return 0, err
	}
	for from := 0; from < len(nodes); from += SeedBatch {
		batch := nodes[from:min(from+SeedBatch, len(nodes))]
		tx, err := staking.SeedPublicKeyList(owner, seedArgs(batch))
		if err == nil {
			err = wait(tx)
		}
		if err != nil {
			return 0, fmt.Errorf("seed nodes %d to %d: %w", from+1, from+len(batch), err)
		}
	}
	return checkSeeded(staking, nodes)
}

// back transfers n stakes of requirement from the owner to the staking
// contract, in its designated token. An owner short of them that is the
// token's minter (TestSESH on local chains, where the deployer mints and
// holds nothing) mints what it lacks first; any other owner short of them
// is refused before anything is sent.
func back(backend bind.ContractBackend, staking *bindings.ServiceNodeRewards, stakingAddr common.Address, owner *bind.TransactOpts, wait func(*types.Transaction) error, requirement *big.Int, n int) error {
	if n == 0 {
		return nil
	}
	call := &bind.CallOpts{Context: owner.Context}
	tokenAddr, err := staking.DesignatedToken(call)
	if err != nil {
		return fmt.Errorf("read the staking contract's token: %w", err)
	}
	token, err := bindings.NewTestSESH(tokenAddr, backend)
	if err != nil {
		return fmt.Errorf("bind the token %s: %w", tokenAddr.Hex(), err)
	}
	sum := new(big.Int).Mul(requirement, big.NewInt(int64(n)))
	have, err := token.BalanceOf(call, owner.From)
	if err != nil {
		return fmt.Errorf("read the owner's SESH balance: %w", err)
	}
	send := func(what string, tx *types.Transaction, err error) error {
		if err == nil {
			err = wait(tx)
		}
		if err != nil {
			return fmt.Errorf("%s: %w", what, err)
		}
		return nil
	}
	if short := new(big.Int).Sub(sum, have); short.Sign() > 0 {
		minter, err := token.Minter(call)
		if err != nil || minter != owner.From {
			return fmt.Errorf("the seeded stakes total %s atomic SESH, which the owner %s sends to the staking contract, and it holds %s: fund it first",
				sum, owner.From.Hex(), have)
		}
		tx, err := token.Mint(owner, owner.From, short)
		if err := send("mint the seeded stakes", tx, err); err != nil {
			return err
		}
	}
	tx, err := token.Transfer(owner, stakingAddr, sum)
	return send("transfer the seeded stakes to the staking contract", tx, err)
}

// seedArgs are the nodes as the binding takes them.
func seedArgs(nodes []SeedNode) []bindings.ServiceNodeRewardsSeedServiceNode {
	out := make([]bindings.ServiceNodeRewardsSeedServiceNode, len(nodes))
	for i, n := range nodes {
		cs := make([]bindings.ServiceNodeRewardsContributor, len(n.Contributors))
		for j, c := range n.Contributors {
			cs[j] = bindings.ServiceNodeRewardsContributor{
				Staker:       bindings.ServiceNodeRewardsStaker{Addr: c.Staker, Beneficiary: c.Beneficiary},
				StakedAmount: new(big.Int).SetUint64(c.Amount),
			}
		}
		out[i] = bindings.ServiceNodeRewardsSeedServiceNode{
			BlsPubkey:      g1(n.BLS),
			Ed25519Pubkey:  new(big.Int).SetBytes(n.Ed25519[:]),
			AddedTimestamp: new(big.Int).SetUint64(n.AddedTimestamp),
			Contributors:   cs,
		}
	}
	return out
}

func g1(b [64]byte) bindings.ServiceNodeRewardsG1Point {
	return bindings.ServiceNodeRewardsG1Point{X: new(big.Int).SetBytes(b[:32]), Y: new(big.Int).SetBytes(b[32:])}
}

// checkSeeded reads the NewSeededServiceNode events back and checks the
// contract gave seed node i the id i+1 with its keys: a workchain genesis
// names its nodes by these ids, and a seeding event is accepted only for a
// genesis node with the same id and keys (docs/registry.md). It returns
// the block of the first event (0 when nothing was seeded).
func checkSeeded(staking *bindings.ServiceNodeRewards, seed []SeedNode) (uint64, error) {
	if len(seed) == 0 {
		return 0, nil
	}
	it, err := staking.FilterNewSeededServiceNode(&bind.FilterOpts{}, nil)
	if err != nil {
		return 0, fmt.Errorf("read seeded nodes back: %w", err)
	}
	defer it.Close()
	var first uint64
	i := 0
	for ; it.Next(); i++ {
		e := it.Event
		if i == 0 {
			first = e.Raw.BlockNumber
		}
		if i >= len(seed) {
			return 0, fmt.Errorf("the contract seeded %d nodes or more, %d were given", i+1, len(seed))
		}
		want := g1(seed[i].BLS)
		switch {
		case e.ServiceNodeID != uint64(i+1):
			return 0, fmt.Errorf("seed node %d: the contract gave it id %d", i+1, e.ServiceNodeID)
		case e.BlsPubkey.X.Cmp(want.X) != 0 || e.BlsPubkey.Y.Cmp(want.Y) != 0:
			return 0, fmt.Errorf("seed node %d: the contract seeded another bls key", i+1)
		case e.Ed25519Pubkey.Cmp(new(big.Int).SetBytes(seed[i].Ed25519[:])) != 0:
			return 0, fmt.Errorf("seed node %d: the contract seeded another ed25519 key", i+1)
		}
	}
	if err := it.Error(); err != nil {
		return 0, fmt.Errorf("read seeded nodes back: %w", err)
	}
	if i != len(seed) {
		return 0, fmt.Errorf("the contract seeded %d nodes, %d were given", i, len(seed))
	}
	return first, nil
}

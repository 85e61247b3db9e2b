package devchain

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/seshnet/seshnet/modules/bridge/contracts/bindings"
)

// Parameters of the staking contract on test and local chains, as Session's
// mainnet deployment (session-token-contracts scripts/deploy-common.js):
// at most 10 contributors, liquidation ratios 3 : 17 : 9980.
const (
	MaxContributors       = 10
	liquidatorRewardRatio = 3
	poolShareRatio        = 17
	recipientRatio        = 9980
)

// PoolFunding is what New and StartDevnet put in the reward pool: 1,000,000
// SESH (9 decimals), so that rewardRate() is non-zero on local networks
// (15.1% a year: about 0.57 SESH, 574,581,430 atomic units, per 2 minutes).
var PoolFunding = new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(1_000_000_000))

// Contracts are a seshnet L2's deployed contracts.
type Contracts struct {
	Token, Staking, Pool common.Address
	TokenC               *bindings.TestSESH
	StakingC             *bindings.ServiceNodeRewards
	PoolC                *bindings.RewardRatePool
	// SeedBlock is the L2 block of the first NewSeededServiceNode (0: no
	// node was seeded): a witness that is to report the seeding starts
	// there.
	SeedBlock uint64
}

// Deploy deploys the token, the staking contract and the reward
// pool, initialises them (the pool pays the staking contract, which pays
// claims) and starts the staking contract so nodes can register. An exit
// completes unlockSeconds after its request (MAX_SERVICE_NODE_EXIT_WAIT_TIME;
// also SMALL_CONTRIBUTOR_LEAVE_DELAY) and the minimum exit age is 0, as
// upstream's LocalDevnetServiceNodeRewards; mainnet has 30 days, 30 days and
// 2 hours. wait returns once a transaction is mined and fails if it reverted.
func Deploy(backend bind.ContractBackend, owner *bind.TransactOpts, wait func(*types.Transaction) error, requirement, unlockSeconds *big.Int) (Contracts, error) {
	return DeployWith(backend, owner, wait, requirement, unlockSeconds, DeployOptions{})
}

// DeployWith is Deploy with options: with Seed, the nodes are seeded into
// the staking contract (seedPublicKeyList) between its initialisation and
// start(), as Session seeded the nodes of the network it came from.
func DeployWith(backend bind.ContractBackend, owner *bind.TransactOpts, wait func(*types.Transaction) error, requirement, unlockSeconds *big.Int, o DeployOptions) (Contracts, error) {
	var c Contracts
	var tx *types.Transaction
	var err error
	step := func(what string) error {
		if err == nil {
			err = wait(tx)
		}
		if err != nil {
			return fmt.Errorf("%s: %w", what, err)
		}
		return nil
	}
	if err := checkSeeds(o.Seed, requirement); err != nil {
		return c, err
	}
	c.Token, tx, c.TokenC, err = bindings.DeployTestSESH(owner, backend)
	if err := step("deploy token"); err != nil {
		return c, err
	}
	c.Staking, tx, c.StakingC, err = bindings.DeployServiceNodeRewards(owner, backend, unlockSeconds, unlockSeconds, new(big.Int))
	if err := step("deploy staking contract"); err != nil {
		return c, err
	}
	c.Pool, tx, c.PoolC, err = bindings.DeployRewardRatePool(owner, backend)
	if err := step("deploy reward pool"); err != nil {
		return c, err
	}
	tx, err = c.StakingC.Initialize(owner, c.Token, c.Pool, requirement, big.NewInt(MaxContributors),
		big.NewInt(liquidatorRewardRatio), big.NewInt(poolShareRatio), big.NewInt(recipientRatio))
	if err := step("initialize staking contract"); err != nil {
		return c, err
	}
	tx, err = c.PoolC.Initialize(owner, c.Staking, c.Token)
	if err := step("initialize reward pool"); err != nil {
		return c, err
	}
	if c.SeedBlock, err = Seed(backend, c.Staking, owner, wait, requirement, o.Seed); err != nil {
		return c, err
	}
	if o.NoStart {
		return c, nil
	}
	tx, err = c.StakingC.Start(owner)
	if err := step("start staking contract"); err != nil {
		return c, err
	}
	return c, nil
}

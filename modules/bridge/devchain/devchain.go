// Package devchain is an L2 for tests and local networks: go-ethereum's
// simulated backend with the test SESH token, the staking contract and the
// reward pool deployed and started, and accounts funded with ether and SESH.
package devchain

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"net"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"

	"github.com/seshnet/seshnet/modules/bridge/contracts/bindings"
)

// ChainID of the simulated chain.
const ChainID = 1337

// Chain is a running simulated L2.
type Chain struct {
	Backend     *simulated.Backend
	Owner       *bind.TransactOpts
	Token       *bindings.TestSESH
	Staking     *bindings.ServiceNodeRewards
	Pool        *bindings.RewardRatePool
	TokenAddr   common.Address
	StakingAddr common.Address
	PoolAddr    common.Address
	// SeedBlock is the block of the first seeded node (0: none).
	SeedBlock uint64
	url       string
}

// Account is a funded key with its transactor.
type Account struct {
	Key  *ecdsa.PrivateKey
	Opts *bind.TransactOpts
}

// NewAccount makes a key (not yet funded).
func NewAccount() (Account, error) {
	k, err := crypto.GenerateKey()
	if err != nil {
		return Account{}, err
	}
	opts, err := bind.NewKeyedTransactorWithChainID(k, big.NewInt(ChainID))
	return Account{Key: k, Opts: opts}, err
}

// Option changes the simulated node.
type Option = func(*node.Config, *ethconfig.Config)

// WithHTTP serves the chain's JSON-RPC (eth, net, web3) on host:port.
func WithHTTP(host string, port int) Option {
	return func(nc *node.Config, _ *ethconfig.Config) {
		nc.HTTPHost, nc.HTTPPort = host, port
		nc.HTTPModules = []string{"eth", "net", "web3"}
	}
}

// URL is the HTTP JSON-RPC address of a chain made WithHTTP.
func (c *Chain) URL() string { return c.url }

// MineEvery commits a block every d until ctx ends.
func (c *Chain) MineEvery(ctx context.Context, d time.Duration) {
	t := time.NewTicker(d)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			c.Backend.Commit()
		}
	}
}

// New deploys the contracts (Deploy: an exit completes
// unlockSeconds after its request), puts PoolFunding in the reward pool and
// funds accounts with ether and sesh atomic units of SESH, approved for the
// staking contract.
func New(accounts []Account, requirement, unlockSeconds, sesh *big.Int, opts ...Option) (*Chain, error) {
	return NewWith(accounts, requirement, unlockSeconds, sesh, DeployOptions{}, opts...)
}

// NewWith is New deploying with options (DeployWith): seeded nodes.
func NewWith(accounts []Account, requirement, unlockSeconds, sesh *big.Int, d DeployOptions, opts ...Option) (*Chain, error) {
	owner, err := NewAccount()
	if err != nil {
		return nil, err
	}
	alloc := types.GenesisAlloc{owner.Opts.From: {Balance: big.NewInt(1e18)}}
	for _, a := range accounts {
		alloc[a.Opts.From] = types.Account{Balance: big.NewInt(1e18)}
	}
	var nc node.Config
	for _, o := range opts {
		o(&nc, &ethconfig.Config{})
	}
	if nc.HTTPHost != "" {
		// The simulated backend panics when it cannot listen: say why first.
		l, err := net.Listen("tcp", fmt.Sprintf("%s:%d", nc.HTTPHost, nc.HTTPPort))
		if err != nil {
			return nil, fmt.Errorf("L2 JSON-RPC: %w", err)
		}
		l.Close()
	}
	c := &Chain{Backend: simulated.NewBackend(alloc, opts...), Owner: owner.Opts}
	if nc.HTTPHost != "" {
		c.url = fmt.Sprintf("http://%s:%d", nc.HTTPHost, nc.HTTPPort)
	}
	deployed, err := DeployWith(c.Backend.Client(), owner.Opts, func(tx *types.Transaction) error {
		_, err := c.Mined(tx, nil)
		return err
	}, requirement, unlockSeconds, d)
	if err != nil {
		c.Backend.Close()
		return nil, err
	}
	c.SeedBlock = deployed.SeedBlock
	c.TokenAddr, c.StakingAddr, c.PoolAddr = deployed.Token, deployed.Staking, deployed.Pool
	c.Token, c.Staking, c.Pool = deployed.TokenC, deployed.StakingC, deployed.PoolC
	if _, err := c.Mined(c.Token.Mint(owner.Opts, c.PoolAddr, PoolFunding)); err != nil {
		return nil, fmt.Errorf("fund the reward pool: %w", err)
	}
	for _, a := range accounts {
		if _, err := c.Mined(c.Token.Mint(owner.Opts, a.Opts.From, sesh)); err != nil {
			return nil, err
		}
		if _, err := c.Mined(c.Token.Approve(a.Opts, c.StakingAddr, sesh)); err != nil {
			return nil, err
		}
	}
	return c, nil
}

// Mined commits the transaction's block and fails unless it succeeded.
func (c *Chain) Mined(tx *types.Transaction, err error) (*types.Receipt, error) {
	if err != nil {
		return nil, err
	}
	c.Backend.Commit()
	r, err := c.Backend.Client().TransactionReceipt(context.Background(), tx.Hash())
	if err != nil {
		return nil, err
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return r, fmt.Errorf("transaction %s reverted", tx.Hash())
	}
	return r, nil
}

// Close stops the chain.
func (c *Chain) Close() error { return c.Backend.Close() }

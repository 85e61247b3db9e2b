// Package devchain is an L2 for tests and local networks: go-ethereum's
// simulated backend with the test SESH token and the staking contract
// deployed, and accounts funded with ether and SESH.
package devchain

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

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
	TokenAddr   common.Address
	StakingAddr common.Address
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

// New deploys the contracts and funds accounts with ether and sesh atomic
// units of SESH, approved for the staking contract.
func New(accounts []Account, requirement, unlockSeconds, sesh *big.Int) (*Chain, error) {
	owner, err := NewAccount()
	if err != nil {
		return nil, err
	}
	alloc := types.GenesisAlloc{owner.Opts.From: {Balance: big.NewInt(1e18)}}
	for _, a := range accounts {
		alloc[a.Opts.From] = types.Account{Balance: big.NewInt(1e18)}
	}
	c := &Chain{Backend: simulated.NewBackend(alloc), Owner: owner.Opts}
	client := c.Backend.Client()
	if c.TokenAddr, _, c.Token, err = bindings.DeployTestSESH(owner.Opts, client); err != nil {
		return nil, fmt.Errorf("deploy token: %w", err)
	}
	c.Backend.Commit()
	if c.StakingAddr, _, c.Staking, err = bindings.DeployServiceNodeRewards(owner.Opts, client, c.TokenAddr, requirement, unlockSeconds); err != nil {
		return nil, fmt.Errorf("deploy staking: %w", err)
	}
	c.Backend.Commit()
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

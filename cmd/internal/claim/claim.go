// Package claim is the client side of the network's BLS signatures on the
// staking contract: it finds the contract's nodes on the workchain, asks
// each for its signature over one of the contract's messages, checks every
// answer against the key the contract holds, aggregates, and sends the
// transaction (updateRewardsBalance then claimRewards; or
// exitBLSPublicKeyWithSignature). `seshd rewards claim` and `seshd l2 exit
// --complete` are built on it. See docs/rewards.md, "Claiming".
package claim

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"time"

	rpcclient "github.com/cometbft/cometbft/rpc/client"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/seshnet/seshnet/modules/bridge/contracts/bindings"
)

// Defaults of Options.
const (
	// DefaultNodeTimeout bounds one node's answer: a node that does not
	// answer in time is a non-signer, it does not hold the claim up.
	DefaultNodeTimeout = 10 * time.Second
	// DefaultHeightMargin is how far below the workchain node's latest
	// height the claim's height is: every node has committed it by then,
	// and it is well within the heights nodes sign for (the bridge's
	// sign_window, 100 by default).
	DefaultHeightMargin = 2
	// DefaultParallel bounds the requests in flight at once.
	DefaultParallel = 64
)

// Backend is the L2 as the client needs it (ethclient.Client and the
// simulated backend's client are ones).
type Backend interface {
	bind.ContractBackend
	TransactionReceipt(ctx context.Context, txHash common.Hash) (*types.Receipt, error)
	ChainID(ctx context.Context) (*big.Int, error)
}

// Options tune a Client; the zero value is the defaults.
type Options struct {
	NodeTimeout  time.Duration // per node; DefaultNodeTimeout when 0
	HeightMargin int64         // DefaultHeightMargin when 0; negative: the latest height itself
	// Height, when positive, is the workchain height to claim at (it must
	// be within the heights the nodes sign for); HeightMargin is then unused.
	Height   int64
	Parallel int // DefaultParallel when 0
	// Wait returns a transaction's receipt once it is mined (bind.WaitMined
	// on the backend when nil; tests commit a simulated block instead).
	Wait func(ctx context.Context, tx *types.Transaction) (*types.Receipt, error)
	// Now is the exit signatures' timestamp source (time.Now when nil).
	Now func() time.Time
}

// Client talks to the staking contract on the L2 and to one workchain node
// (the CLI's --node) for the node list and the claimable amount.
type Client struct {
	l2          Backend
	stakingAddr common.Address
	staking     *bindings.ServiceNodeRewards
	workchain   rpcclient.ABCIClient
	opts        Options
}

// New is a client of the staking contract at staking on l2, reading the
// workchain through workchain.
func New(l2 Backend, staking common.Address, workchain rpcclient.ABCIClient, opts Options) (*Client, error) {
	if l2 == nil || workchain == nil {
		return nil, errors.New("claim: an L2 backend and a workchain client are both needed")
	}
	if staking == (common.Address{}) {
		return nil, errors.New("claim: no staking contract address")
	}
	c, err := bindings.NewServiceNodeRewards(staking, l2)
	if err != nil {
		return nil, fmt.Errorf("claim: staking contract binding: %w", err)
	}
	if opts.NodeTimeout <= 0 {
		opts.NodeTimeout = DefaultNodeTimeout
	}
	if opts.HeightMargin == 0 {
		opts.HeightMargin = DefaultHeightMargin
	}
	if opts.HeightMargin < 0 {
		opts.HeightMargin = 0
	}
	if opts.Parallel <= 0 {
		opts.Parallel = DefaultParallel
	}
	if opts.Wait == nil {
		opts.Wait = func(ctx context.Context, tx *types.Transaction) (*types.Receipt, error) {
			return bind.WaitMined(ctx, l2, tx)
		}
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	return &Client{l2: l2, stakingAddr: staking, staking: c, workchain: workchain, opts: opts}, nil
}

// transactor signs with key for the L2's chain.
func (c *Client) transactor(ctx context.Context, key *ecdsa.PrivateKey) (*bind.TransactOpts, error) {
	id, err := c.l2.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("L2 chain id: %w", err)
	}
	opts, err := bind.NewKeyedTransactorWithChainID(key, id)
	if err != nil {
		return nil, fmt.Errorf("L2 transactor: %w", err)
	}
	opts.Context = ctx
	return opts, nil
}

// mined waits for tx and fails unless it succeeded.
func (c *Client) mined(ctx context.Context, what string, tx *types.Transaction) (*types.Receipt, error) {
	r, err := c.opts.Wait(ctx, tx)
	if err != nil {
		return nil, fmt.Errorf("%s: waiting for %s: %w", what, tx.Hash().Hex(), err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return r, fmt.Errorf("%s: transaction %s reverted", what, tx.Hash().Hex())
	}
	return r, nil
}

package devchain

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/seshnet/seshnet/core/keys"
	"github.com/seshnet/seshnet/modules/bridge/contracts/bindings"
)

// DevAccounts is how many funded accounts a devnet L2 has.
const DevAccounts = 4

// Devnet describes the L2 of a local network, as saved in its directory.
type Devnet struct {
	Token      common.Address `json:"token"`
	Staking    common.Address `json:"staking"`
	Pool       common.Address `json:"pool"`
	StartBlock uint64         `json:"start_block"`
	// DevKeyFiles are Ethereum key files (seshd keys eth format) of accounts
	// funded with ether and SESH approved for the staking contract.
	DevKeyFiles []string `json:"dev_key_files"`
}

func devnetInfoPath(dir string) string { return filepath.Join(dir, "devnet.json") }
func ownerKeyPath(dir string) string   { return filepath.Join(dir, "owner.key") }
func devKeyPath(dir string, i int) string {
	return filepath.Join(dir, fmt.Sprintf("dev-%d.key", i))
}

// StartDevnet opens the devnet L2 kept in dir, serving JSON-RPC on
// 127.0.0.1:port with a block a second. The first time, it makes the keys,
// deploys the token and the staking contract (requirement and unlock
// seconds as given), puts PoolFunding in the reward pool and funds the dev
// accounts; later it reopens the same
// chain and checks the contract is still there.
//
// seed are the devnet's genesis nodes, seeded into the staking contract
// before it starts (so the contract checks the network's signatures
// against their keys); used only on the first start.
func StartDevnet(ctx context.Context, dir string, port int, requirement, unlockSeconds *big.Int, seed ...SeedNode) (*Persistent, Devnet, error) {
	fresh := false
	if _, err := os.Stat(devnetInfoPath(dir)); errors.Is(err, os.ErrNotExist) {
		fresh = true
		if err := makeDevnetKeys(dir); err != nil {
			return nil, Devnet{}, err
		}
	}
	all, err := loadDevnetKeys(dir)
	if err != nil {
		return nil, Devnet{}, err
	}
	alloc := types.GenesisAlloc{}
	for _, k := range all {
		alloc[keys.EthAddress(k)] = types.Account{Balance: new(big.Int).Mul(big.NewInt(1e18), big.NewInt(1000))}
	}
	chain, err := OpenPersistent(filepath.Join(dir, "chain"), alloc, "127.0.0.1", port, 1)
	if err != nil {
		return nil, Devnet{}, err
	}
	var info Devnet
	if fresh {
		info, err = deployDevnet(ctx, chain.Client(), all, requirement, unlockSeconds, seed)
		if err == nil {
			info.DevKeyFiles = devKeyFiles(dir)
			err = saveJSON(devnetInfoPath(dir), info)
		}
	} else {
		info, err = checkDevnet(ctx, chain.Client(), dir)
	}
	if err != nil {
		chain.Close()
		return nil, Devnet{}, err
	}
	return chain, info, nil
}

// makeDevnetKeys writes the owner key and the dev keys, so the genesis
// alloc (and so the chain) is the same at every start.
func makeDevnetKeys(dir string) error {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("make %s: %w", dir, err)
	}
	for _, p := range append([]string{ownerKeyPath(dir)}, devKeyFiles(dir)...) {
		k, err := keys.GenerateEth()
		if err != nil {
			return err
		}
		if err := keys.SaveEth(p, k); err != nil {
			return err
		}
	}
	return nil
}

func devKeyFiles(dir string) []string {
	out := make([]string, DevAccounts)
	for i := range out {
		out[i] = devKeyPath(dir, i)
	}
	return out
}

// loadDevnetKeys returns the owner key first, then the dev keys.
func loadDevnetKeys(dir string) ([]*ecdsa.PrivateKey, error) {
	var out []*ecdsa.PrivateKey
	for _, p := range append([]string{ownerKeyPath(dir)}, devKeyFiles(dir)...) {
		k, err := keys.LoadEth(p)
		if err != nil {
			return nil, fmt.Errorf("devnet L2 key: %w", err)
		}
		out = append(out, k)
	}
	return out, nil
}

func deployDevnet(ctx context.Context, c *ethclient.Client, all []*ecdsa.PrivateKey, requirement, unlockSeconds *big.Int, seed []SeedNode) (Devnet, error) {
	ctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	chainID, err := c.ChainID(ctx)
	if err != nil {
		return Devnet{}, fmt.Errorf("L2 chain id: %w", err)
	}
	opts := make([]*bind.TransactOpts, len(all))
	for i, k := range all {
		if opts[i], err = bind.NewKeyedTransactorWithChainID(k, chainID); err != nil {
			return Devnet{}, err
		}
		opts[i].Context = ctx
	}
	owner := opts[0]
	var info Devnet
	deployed, err := DeployWith(c, owner, func(tx *types.Transaction) error {
		r, err := bind.WaitMined(ctx, c, tx)
		if err == nil && r.Status != types.ReceiptStatusSuccessful {
			err = fmt.Errorf("transaction %s reverted", tx.Hash())
		}
		return err
	}, requirement, unlockSeconds, DeployOptions{Seed: seed})
	if err != nil {
		return Devnet{}, err
	}
	token, stakingAddr := deployed.TokenC, deployed.Staking
	info.Token, info.Staking, info.Pool = deployed.Token, deployed.Staking, deployed.Pool
	// Each dev account gets ten stakes' worth of SESH, approved. The
	// owner's transactions go out without waiting for each other, so their
	// nonces are counted here: geth adds a sent transaction to its pool in
	// the background, and a pending nonce read right after a send can be
	// the same again ("replacement transaction underpriced").
	amount := new(big.Int).Mul(requirement, big.NewInt(10))
	nonce, err := c.PendingNonceAt(ctx, owner.From)
	if err != nil {
		return Devnet{}, fmt.Errorf("the owner's nonce: %w", err)
	}
	ownerTx := withNonces(owner, nonce)
	tx, err := token.Mint(ownerTx(), info.Pool, PoolFunding)
	if err != nil {
		return Devnet{}, fmt.Errorf("fund the reward pool: %w", err)
	}
	sent := []*types.Transaction{tx}
	for _, o := range opts[1:] {
		tx, err := token.Mint(ownerTx(), o.From, amount)
		if err != nil {
			return Devnet{}, fmt.Errorf("mint: %w", err)
		}
		sent = append(sent, tx)
		if tx, err = token.Approve(o, stakingAddr, amount); err != nil {
			return Devnet{}, fmt.Errorf("approve: %w", err)
		}
		sent = append(sent, tx)
	}
	for _, tx := range sent {
		r, err := bind.WaitMined(ctx, c, tx)
		if err != nil {
			return Devnet{}, fmt.Errorf("fund dev accounts: %w", err)
		}
		if r.Status != types.ReceiptStatusSuccessful {
			return Devnet{}, fmt.Errorf("fund dev accounts: transaction %s reverted", tx.Hash())
		}
		info.StartBlock = max(info.StartBlock, r.BlockNumber.Uint64())
	}
	// The seeded nodes' operators get ether, to pay for their claims.
	for _, n := range seed {
		if err := sendEther(ctx, c, owner, n.Contributors[0].Staker, devEther); err != nil {
			return Devnet{}, fmt.Errorf("fund seeded operator: %w", err)
		}
	}
	if deployed.SeedBlock > 0 {
		// The witnesses must see the seeding events.
		info.StartBlock = deployed.SeedBlock
	}
	return info, nil
}

// withNonces hands out copies of opts with nonces counted from next.
func withNonces(opts *bind.TransactOpts, next uint64) func() *bind.TransactOpts {
	return func() *bind.TransactOpts {
		o := *opts
		o.Nonce = new(big.Int).SetUint64(next)
		next++
		return &o
	}
}

// checkDevnet reads the saved description and checks the chain still has
// the staking contract (a chain directory deleted by hand would not).
func checkDevnet(ctx context.Context, c *ethclient.Client, dir string) (Devnet, error) {
	var info Devnet
	b, err := os.ReadFile(devnetInfoPath(dir))
	if err != nil {
		return info, fmt.Errorf("devnet L2: %w", err)
	}
	if err := json.Unmarshal(b, &info); err != nil {
		return info, fmt.Errorf("devnet L2 %s: %w", devnetInfoPath(dir), err)
	}
	code, err := c.CodeAt(ctx, info.Staking, nil)
	if err != nil {
		return info, fmt.Errorf("devnet L2: %w", err)
	}
	if len(code) == 0 {
		return info, fmt.Errorf("devnet L2 in %s has no staking contract at %s: its chain was lost; delete the devnet home to start over", dir, info.Staking)
	}
	// A devnet made before the contract took Session's interface (issue 12)
	// has a contract without isStarted().
	staking, err := bindings.NewServiceNodeRewards(info.Staking, c)
	if err != nil {
		return info, err
	}
	if _, err := staking.IsStarted(&bind.CallOpts{Context: ctx}); err != nil {
		return info, fmt.Errorf("devnet L2 in %s has an older staking contract at %s (%v); delete the devnet home to start over", dir, info.Staking, err)
	}
	return info, nil
}

func saveJSON(path string, v any) error {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(b, '\n'), 0o600)
}

// devEther is what the devnet's seeded operators get for gas: 10 ether.
var devEther = new(big.Int).Mul(big.NewInt(10), big.NewInt(1e18))

// sendEther transfers value from the sender of opts to to and waits for it.
func sendEther(ctx context.Context, c *ethclient.Client, opts *bind.TransactOpts, to common.Address, value *big.Int) error {
	nonce, err := c.PendingNonceAt(ctx, opts.From)
	if err != nil {
		return err
	}
	price, err := c.SuggestGasPrice(ctx)
	if err != nil {
		return err
	}
	tx, err := opts.Signer(opts.From, types.NewTransaction(nonce, to, value, 21_000, price, nil))
	if err != nil {
		return err
	}
	if err := c.SendTransaction(ctx, tx); err != nil {
		return err
	}
	r, err := bind.WaitMined(ctx, c, tx)
	if err == nil && r.Status != types.ReceiptStatusSuccessful {
		err = fmt.Errorf("transfer %s failed", tx.Hash())
	}
	return err
}

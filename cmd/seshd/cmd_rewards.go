package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/spf13/cobra"

	"github.com/seshnet/seshnet/cmd/internal/chainclient"
	"github.com/seshnet/seshnet/cmd/internal/claim"
	"github.com/seshnet/seshnet/core/config"
	"github.com/seshnet/seshnet/core/keys"
	"github.com/seshnet/seshnet/workchain/l2"
)

// networkFlags are what a command that gathers the network's signature
// needs: the L2 and the key that sends the transactions. The workchain node
// is the global --node; the staking contract is the one it names.
type networkFlags struct {
	l2URL, keyFile string
	timeout        time.Duration
}

func (f *networkFlags) add(cmd *cobra.Command) {
	cmd.Flags().StringVar(&f.l2URL, "l2", "", "L2 JSON-RPC URL (default: the first rpc of HOME's [modules.bridge.settings])")
	cmd.Flags().StringVar(&f.keyFile, "key", "", "Ethereum key file of the account that sends (and, for claims, receives)")
	cmd.Flags().DurationVar(&f.timeout, "timeout", 3*time.Minute, "give up after this long")
	_ = cmd.MarkFlagRequired("key")
}

// open is a claim client over the workchain node and the L2, with the
// sender's key.
func (f networkFlags) open(ctx context.Context, g *globals, opts claim.Options) (*claim.Client, *ecdsa.PrivateKey, error) {
	key, err := keys.LoadEth(f.keyFile)
	if err != nil {
		return nil, nil, err
	}
	wc, err := g.client()
	if err != nil {
		return nil, nil, err
	}
	var chain l2.Genesis
	if err := chainclient.Query(ctx, wc, "/l2", 0, &chain); err != nil {
		return nil, nil, fmt.Errorf("the workchain's L2 settings from %s: %w", g.node, err)
	}
	if chain.StakingContract == (common.Address{}) {
		return nil, nil, errors.New("this workchain has no staking contract (its genesis has no L2)")
	}
	url := f.l2URL
	if url == "" {
		if url, err = homeL2URL(home(g.home)); err != nil {
			return nil, nil, err
		}
	}
	eth, err := ethclient.DialContext(ctx, url)
	if err != nil {
		return nil, nil, fmt.Errorf("L2 %s: %w", url, err)
	}
	if id, err := eth.ChainID(ctx); err != nil {
		return nil, nil, fmt.Errorf("L2 %s: chain id: %w", url, err)
	} else if id.Uint64() != chain.ChainID {
		return nil, nil, fmt.Errorf("L2 %s is chain %s; the workchain's staking contract is on chain %d", url, id, chain.ChainID)
	}
	c, err := claim.New(eth, chain.StakingContract, wc, opts)
	return c, key, err
}

// homeL2URL is the first L2 endpoint of the home's bridge settings.
func homeL2URL(h home) (string, error) {
	c, err := config.Load(h.SeshdConfig())
	if err != nil {
		return "", fmt.Errorf("no --l2 given, and %w", err)
	}
	var bridge struct {
		Settings struct {
			RPC []string `toml:"rpc"`
		} `toml:"settings"`
	}
	ok, err := c.DecodeModule("bridge", &bridge)
	if err != nil {
		return "", err
	}
	if !ok || len(bridge.Settings.RPC) == 0 {
		return "", fmt.Errorf("no --l2 given, and %s has no [modules.bridge.settings] rpc", h.SeshdConfig())
	}
	return bridge.Settings.RPC[0], nil
}

func rewardsCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{Use: "rewards", Short: "Claim what the network owes an Ethereum address on the L2"}
	var f networkFlags
	var height int64
	claimCmd := &cobra.Command{
		Use:   "claim",
		Short: "Gather the nodes' signature for the key's accrued total, record it on the staking contract and claim it",
		Long: `claim reads the key's accrued total on the workchain (seshd query rewards),
asks every node in the staking contract for its BLS signature over it at
one height, aggregates them and names the non-signers (at most a third),
then calls updateRewardsBalance and claimRewards on the contract. A claim
with nothing new sends nothing. The transactions are paid by the key.`,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx, cancel := context.WithTimeout(context.Background(), f.timeout)
			defer cancel()
			c, key, err := f.open(ctx, g, claim.Options{Height: height})
			if err != nil {
				return err
			}
			res, err := c.Claim(ctx, key)
			if res != nil {
				if perr := g.print(cmd, res, func() string { return claimText(res) }); perr != nil {
					return errors.Join(err, perr)
				}
			}
			return err
		},
	}
	f.add(claimCmd)
	claimCmd.Flags().Int64Var(&height, "height", 0, "claim the total at this workchain height (default: the latest minus 2)")
	cmd.AddCommand(claimCmd)
	return cmd
}

func claimText(r *claim.ClaimResult) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: accrued %s at workchain height %d; the contract recorded %s, claimed %s before\n",
		r.Address.Hex(), r.Amount, r.Height, r.Recorded, r.PreviouslyClaimed)
	fmt.Fprintf(&b, "claimed now %s; token balance %s -> %s\n", r.ClaimedNow, r.BalanceBefore, r.BalanceAfter)
	if len(r.Signers) > 0 {
		fmt.Fprintf(&b, "signed by %d nodes %v\n", len(r.Signers), r.Signers)
	}
	for _, n := range r.NonSigners {
		fmt.Fprintf(&b, "non-signer %d: %s\n", n.ID, n.Reason)
	}
	if r.Note != "" {
		fmt.Fprintln(&b, r.Note)
	}
	return strings.TrimRight(b.String(), "\n")
}

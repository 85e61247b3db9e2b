package main

import (
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/spf13/cobra"

	"github.com/seshnet/seshnet/cmd/internal/claim"
	"github.com/seshnet/seshnet/core/keys"
	"github.com/seshnet/seshnet/modules/bridge/contracts/bindings"
	"github.com/seshnet/seshnet/modules/bridge/l2sign"
)

// l2Flags are what every `seshd l2` command needs.
type l2Flags struct {
	url, contract, keyFile string
}

func (f *l2Flags) add(cmd *cobra.Command) {
	cmd.Flags().StringVar(&f.url, "l2", "", "L2 JSON-RPC URL")
	cmd.Flags().StringVar(&f.contract, "contract", "", "staking contract address")
	cmd.Flags().StringVar(&f.keyFile, "key", "", "Ethereum key file of the sender (seshd keys eth new)")
	for _, n := range []string{"l2", "contract", "key"} {
		_ = cmd.MarkFlagRequired(n)
	}
}

type l2Session struct {
	client  *ethclient.Client
	opts    *bind.TransactOpts
	staking *bindings.ServiceNodeRewards
	addr    common.Address
}

func (f l2Flags) open(ctx context.Context) (*l2Session, error) {
	if !common.IsHexAddress(f.contract) {
		return nil, fmt.Errorf("--contract %q is not an address", f.contract)
	}
	key, err := keys.LoadEth(f.keyFile)
	if err != nil {
		return nil, err
	}
	client, err := ethclient.DialContext(ctx, f.url)
	if err != nil {
		return nil, fmt.Errorf("L2 %s: %w", f.url, err)
	}
	chainID, err := client.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("L2 chain id: %w", err)
	}
	opts, err := bind.NewKeyedTransactorWithChainID(key, chainID)
	if err != nil {
		return nil, err
	}
	opts.Context = ctx
	addr := common.HexToAddress(f.contract)
	staking, err := bindings.NewServiceNodeRewards(addr, client)
	if err != nil {
		return nil, err
	}
	return &l2Session{client: client, opts: opts, staking: staking, addr: addr}, nil
}

func (s *l2Session) wait(ctx context.Context, sent txResult, what string) (*types.Receipt, error) {
	tx, err := sent.tx, sent.err
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	r, err := bind.WaitMined(ctx, s.client, tx)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return nil, fmt.Errorf("%s: transaction %s reverted", what, tx.Hash())
	}
	return r, nil
}

// contribution is ADDR:AMOUNT (atomic SESH).
func parseContribution(s string) (bindings.ServiceNodeRewardsContributor, error) {
	a, amt, ok := strings.Cut(s, ":")
	v, good := new(big.Int).SetString(amt, 10)
	if !ok || !common.IsHexAddress(a) || !good || v.Sign() <= 0 {
		return bindings.ServiceNodeRewardsContributor{}, fmt.Errorf("--contributor %q: want ADDRESS:AMOUNT (atomic SESH)", s)
	}
	addr := common.HexToAddress(a)
	return bindings.ServiceNodeRewardsContributor{Staker: bindings.ServiceNodeRewardsStaker{Addr: addr, Beneficiary: addr}, StakedAmount: v}, nil
}

func l2Cmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{Use: "l2", Short: "Register this node on the L2 staking contract, or exit"}
	var reg l2Flags
	var fee uint16
	var others []string
	register := &cobra.Command{
		Use:   "register",
		Short: "Register this node (its Ed25519 and BLS keys, with the Ed25519 proof of possession); the key's account stakes the rest",
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
			defer cancel()
			nk, bls, err := loadNodeKeys(home(g.home))
			if err != nil {
				return err
			}
			s, err := reg.open(ctx)
			if err != nil {
				return err
			}
			req, err := s.staking.StakingRequirement(&bind.CallOpts{Context: ctx})
			if err != nil {
				return fmt.Errorf("read staking requirement: %w", err)
			}
			contributors := []bindings.ServiceNodeRewardsContributor{{Staker: bindings.ServiceNodeRewardsStaker{Addr: s.opts.From, Beneficiary: s.opts.From}}}
			rest := new(big.Int).Set(req)
			for _, o := range others {
				c, err := parseContribution(o)
				if err != nil {
					return err
				}
				rest.Sub(rest, c.StakedAmount)
				contributors = append(contributors, c)
			}
			if rest.Sign() <= 0 {
				return errors.New("the other contributions leave nothing for the operator")
			}
			contributors[0].StakedAmount = rest
			tokenAddr, err := s.staking.DesignatedToken(&bind.CallOpts{Context: ctx})
			if err != nil {
				return err
			}
			token, err := bindings.NewTestSESH(tokenAddr, s.client)
			if err != nil {
				return err
			}
			if _, err := s.wait(ctx, wrap(token.Approve(s.opts, s.addr, req)), "approve stake"); err != nil {
				return err
			}
			pub := []byte(nk.Public())
			sig := ed25519.Sign(nk.Priv, append(append([]byte{}, pub...), bls.Public[:]...))
			params := bindings.ServiceNodeRewardsServiceNodeParams{
				ServiceNodePubkey: new(big.Int).SetBytes(pub), ServiceNodeSignature1: new(big.Int).SetBytes(sig[:32]),
				ServiceNodeSignature2: new(big.Int).SetBytes(sig[32:]), Fee: fee,
			}
			point := bindings.ServiceNodeRewardsG1Point{X: new(big.Int).SetBytes(bls.Public[:32]), Y: new(big.Int).SetBytes(bls.Public[32:])}
			sk, err := bls.SecretKey()
			if err != nil {
				return err
			}
			pop, err := l2sign.ProofOfPossession(ctx, s.staking, sk, contributors[0].Staker.Addr, pub)
			if err != nil {
				return fmt.Errorf("BLS proof of possession: %w", err)
			}
			r, err := s.wait(ctx, wrap(s.staking.AddBLSPublicKey(s.opts, point, pop, params, contributors)), "register")
			if err != nil {
				return err
			}
			var id uint64
			for _, lg := range r.Logs {
				if ev, err := s.staking.ParseNewServiceNodeV2(*lg); err == nil {
					id = ev.ServiceNodeID
				}
			}
			out := map[string]any{"service_node_id": id, "l2_block": r.BlockNumber.Uint64(), "tx": r.TxHash.Hex()}
			return g.print(cmd, out, func() string {
				return fmt.Sprintf("registered as service node %d in L2 block %d (%s)", id, r.BlockNumber.Uint64(), r.TxHash.Hex())
			})
		},
	}
	reg.add(register)
	register.Flags().Uint16Var(&fee, "fee", 0, "operator fee in basis points (0..10000)")
	register.Flags().StringArrayVar(&others, "contributor", nil, "another contributor as ADDRESS:AMOUNT (atomic SESH); repeatable")

	var ex l2Flags
	var net networkFlags
	var id uint64
	var complete, afterWait bool
	exit := &cobra.Command{
		Use:   "exit",
		Short: "Request a node's exit; --complete: finish it with the network's signature once the workchain has unlocked it",
		Long: `exit --id N requests the exit of node N on the staking contract
(initiateExitBLSPublicKey, by one of its contributors). The workchain
unlocks it after registry.exit_unlock_seconds. Then
  exit --complete --id N
asks the nodes to sign the node's exit, aggregates their signatures and
removes it from the contract (exitBLSPublicKeyWithSignature); its stake is
then claimable with seshd rewards claim. --after-wait removes it without
signatures once the contract's own wait has passed (30 days on mainnet).`,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
			defer cancel()
			if complete {
				return exitWithSignature(ctx, cmd, g, net, id)
			}
			ex.url, ex.keyFile = net.l2URL, net.keyFile
			if ex.url == "" || ex.contract == "" {
				return errors.New("--l2 and --contract are needed to request an exit or to complete it --after-wait")
			}
			s, err := ex.open(ctx)
			if err != nil {
				return err
			}
			call, what := s.staking.InitiateExitBLSPublicKey, "exit request"
			if afterWait {
				call, what = s.staking.ExitBLSPublicKeyAfterWaitTime, "exit after the wait"
			}
			r, err := s.wait(ctx, wrap(call(s.opts, id)), what)
			if err != nil {
				return err
			}
			return g.print(cmd, map[string]any{"service_node_id": id, "l2_block": r.BlockNumber.Uint64()}, func() string {
				return fmt.Sprintf("%s for service node %d in L2 block %d", what, id, r.BlockNumber.Uint64())
			})
		},
	}
	net.add(exit)
	exit.Flags().StringVar(&ex.contract, "contract", "", "staking contract address (not needed with --complete: the workchain names it)")
	exit.Flags().Uint64Var(&id, "id", 0, "service node id (seshd query node)")
	exit.Flags().BoolVar(&complete, "complete", false, "complete an unlocked exit with the network's signature")
	exit.Flags().BoolVar(&afterWait, "after-wait", false, "complete an exit without signatures once the contract's wait has passed")
	exit.MarkFlagsMutuallyExclusive("complete", "after-wait")
	_ = exit.MarkFlagRequired("id")
	cmd.AddCommand(register, exit, l2SeedCmd(g), l2LiquidateCmd(g))
	return cmd
}

type txResult struct {
	tx  *types.Transaction
	err error
}

// wrap lets a binding call's two results feed wait.
func wrap(tx *types.Transaction, err error) txResult { return txResult{tx, err} }

// exitWithSignature completes node id's exit with the network's signature.
func exitWithSignature(ctx context.Context, cmd *cobra.Command, g *globals, f networkFlags, id uint64) error {
	c, key, err := f.open(ctx, g, claim.Options{})
	if err != nil {
		return err
	}
	res, err := c.ExitByID(ctx, key, id)
	return printLeave(cmd, g, res, err, "removed from the staking contract")
}

// printLeave prints what an exit or a liquidation did (also after an
// error, when there is a result: a transaction sent that then failed).
func printLeave(cmd *cobra.Command, g *globals, res *claim.ExitResult, err error, what string) error {
	if res == nil {
		return err
	}
	text := func() string {
		return fmt.Sprintf("service node %d %s with the signature of nodes %v (non-signers %v); tx %s",
			res.ServiceNodeID, what, res.Signers, nonSignerIDs(res.NonSigners), res.Tx.Hex())
	}
	if perr := g.print(cmd, res, text); perr != nil {
		return errors.Join(err, perr)
	}
	return err
}

func nonSignerIDs(ns []claim.NonSigner) []uint64 {
	out := make([]uint64, len(ns))
	for i, n := range ns {
		out[i] = n.ID
	}
	return out
}

// l2LiquidateCmd removes a deregistered node whose lock is over from the
// staking contract with the network's signature; the sender earns the
// contract's liquidator share.
func l2LiquidateCmd(g *globals) *cobra.Command {
	var f networkFlags
	var blsHex string
	cmd := &cobra.Command{
		Use:   "liquidate",
		Short: "Liquidate a deregistered node whose stake lock is over, with the network's signature (the sender earns 0.03% of its stake)",
		RunE: func(cmd *cobra.Command, _ []string) error {
			pub, err := hex.DecodeString(strings.TrimPrefix(blsHex, "0x"))
			if err != nil || len(pub) != 64 {
				return fmt.Errorf("--bls must be the node's 64-byte BLS key in hex (X ‖ Y), as seshd query node shows it")
			}
			ctx, cancel := context.WithTimeout(context.Background(), f.timeout)
			defer cancel()
			c, key, err := f.open(ctx, g, claim.Options{})
			if err != nil {
				return err
			}
			node, err := c.NodeKeyOfBLS(ctx, pub)
			if err != nil {
				return err
			}
			res, err := c.Liquidate(ctx, key, node)
			return printLeave(cmd, g, res, err, "liquidated")
		},
	}
	f.add(cmd)
	cmd.Flags().StringVar(&blsHex, "bls", "", "the node's BLS key (hex, 64 bytes)")
	_ = cmd.MarkFlagRequired("bls")
	return cmd
}

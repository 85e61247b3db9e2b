package main

import (
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	rpchttp "github.com/cometbft/cometbft/rpc/client/http"
	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/seshnet/seshnet/cmd/internal/chainclient"
	"github.com/seshnet/seshnet/cmd/internal/govvote"
	"github.com/seshnet/seshnet/core/keys"
	"github.com/seshnet/seshnet/workchain/gov"
)

// parseParamChange reads MODULE.KEY=VALUE; VALUE is JSON (10, true,
// "text") or else taken as a string, as seshd testnet --genesis-param.
func parseParamChange(set string) (gov.Change, error) {
	name, value, ok := strings.Cut(set, "=")
	module, key, dotted := strings.Cut(name, ".")
	if !ok || !dotted || module == "" || key == "" {
		return gov.Change{}, fmt.Errorf("--param %q: want MODULE.KEY=VALUE, e.g. punish.quorum_size=7", set)
	}
	v := json.RawMessage(value)
	if !json.Valid(v) {
		quoted, err := json.Marshal(value)
		if err != nil {
			return gov.Change{}, err
		}
		v = quoted
	}
	return gov.Change{Module: module, Key: key, Value: v}, nil
}

// parseBinaries reads GOOS/GOARCH=SHA256 flags.
func parseBinaries(sets []string) (map[string]string, error) {
	out := map[string]string{}
	for _, s := range sets {
		plat, sum, ok := strings.Cut(s, "=")
		if !ok || plat == "" || sum == "" {
			return nil, fmt.Errorf("--binary %q: want GOOS/GOARCH=SHA256", s)
		}
		out[plat] = strings.ToLower(sum)
	}
	return out, nil
}

func govTxCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{Use: "gov", Short: "Propose and vote on the workchain's governance (docs/governance.md)"}
	cmd.AddCommand(govProposeCmd(g), govVoteCmd(g))
	return cmd
}

func govProposeCmd(g *globals) *cobra.Command {
	var keyFile, title, description string
	cmd := &cobra.Command{Use: "propose", Short: "Submit a proposal, signed by a staker's Ethereum key"}
	cmd.PersistentFlags().StringVar(&keyFile, "key", "", "the proposer's Ethereum key file (seshd keys eth new)")
	cmd.PersistentFlags().StringVar(&title, "title", "", "the proposal's title")
	cmd.PersistentFlags().StringVar(&description, "description", "", "what it does and why")
	submit := func(cmd *cobra.Command, p gov.Proposal) error {
		if keyFile == "" || title == "" {
			return errors.New("--key and --title are required")
		}
		p.Title, p.Description = title, description
		return sendProposal(cmd, g, keyFile, p)
	}
	var params []string
	pc := &cobra.Command{
		Use: "param-change", Short: "Change module parameters: --param MODULE.KEY=VALUE (repeat for several, applied together or not at all)",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if len(params) == 0 {
				return errors.New("at least one --param MODULE.KEY=VALUE")
			}
			p := gov.Proposal{Kind: gov.KindParamChange}
			for _, s := range params {
				c, err := parseParamChange(s)
				if err != nil {
					return err
				}
				p.Changes = append(p.Changes, c)
			}
			return submit(cmd, p)
		},
	}
	pc.Flags().StringArrayVar(&params, "param", nil, "MODULE.KEY=VALUE (VALUE is JSON, or a string)")
	var up gov.Upgrade
	var binaries []string
	mu := &cobra.Command{
		Use: "module-upgrade", Short: "Swap a module to a new build on every node at a height",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			bins, err := parseBinaries(binaries)
			if err != nil {
				return err
			}
			up.Binaries = bins
			return submit(cmd, gov.Proposal{Kind: gov.KindModuleUpgrade, Upgrade: &up})
		},
	}
	mu.Flags().StringVar(&up.Module, "module", "", "module name (relay, storage, bridge...)")
	mu.Flags().StringVar(&up.Version, "version", "", "the new build's version")
	mu.Flags().StringArrayVar(&binaries, "binary", nil, "GOOS/GOARCH=SHA256 of the plugin binary (repeat per platform)")
	mu.Flags().Int64Var(&up.Height, "height", 0, "activation height")
	mu.Flags().StringVar(&up.URL, "url", "", "where operators download it (seshd modules fetch)")
	text := &cobra.Command{
		Use: "text", Short: "A proposal that changes nothing: a signal of the stakers' will", Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error { return submit(cmd, gov.Proposal{Kind: gov.KindText}) },
	}
	cmd.AddCommand(pc, mu, text)
	return cmd
}

// sendProposal signs and sends a proposal and waits for its block to learn
// its id.
func sendProposal(cmd *cobra.Command, g *globals, keyFile string, p gov.Proposal) error {
	key, err := keys.LoadEth(keyFile)
	if err != nil {
		return err
	}
	body := gov.EncodeProposal(p)
	c, err := g.client()
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	st, err := c.Status(ctx)
	if err != nil {
		return fmt.Errorf("status of %s: %w", g.node, err)
	}
	hash, err := chainclient.NewEthSigner(c, st.NodeInfo.Network, key).Send(ctx, gov.TxPropose, body)
	if err != nil {
		return fmt.Errorf("propose: %w", err)
	}
	attrs, height, err := waitTxEvent(ctx, c, hash, "proposal_submitted")
	if err != nil {
		return err
	}
	id, err := strconv.ParseUint(attrs["proposal_id"], 10, 64)
	if err != nil {
		return fmt.Errorf("proposal_submitted event without a proposal id: %q", attrs["proposal_id"])
	}
	out := map[string]any{"proposal_id": id, "tx_hash": fmt.Sprintf("%X", hash), "height": height}
	return g.print(cmd, out, func() string {
		return fmt.Sprintf("proposal %d submitted at height %d (tx %X)", id, height, hash)
	})
}

// waitTxEvent waits until the transaction is in a block and returns the
// attributes of its first event of type typ; a transaction the block refused
// is an error with the workchain's code and message.
func waitTxEvent(ctx context.Context, c *rpchttp.HTTP, hash []byte, typ string) (map[string]string, int64, error) {
	for {
		res, err := c.Tx(ctx, hash, false)
		if err == nil {
			if res.TxResult.Code != 0 {
				return nil, res.Height, fmt.Errorf("refused in block %d: code %d (%s): %s", res.Height, res.TxResult.Code, res.TxResult.Codespace, res.TxResult.Log)
			}
			for _, ev := range res.TxResult.Events {
				if ev.Type != typ {
					continue
				}
				attrs := map[string]string{}
				for _, a := range ev.Attributes {
					attrs[a.Key] = a.Value
				}
				return attrs, res.Height, nil
			}
			return nil, res.Height, fmt.Errorf("transaction in block %d has no %s event", res.Height, typ)
		}
		select {
		case <-ctx.Done():
			return nil, 0, fmt.Errorf("transaction %X not in a block yet: %w", hash, ctx.Err())
		case <-time.After(300 * time.Millisecond):
		}
	}
}

func govVoteCmd(g *globals) *cobra.Command {
	var keyFile, sigHex, voter string
	var printTD bool
	var nonce int64
	cmd := &cobra.Command{
		Use:   "vote PROPOSAL OPTION",
		Short: "Vote yes, no, abstain or veto with a staker's key, or relay a vote signed in a wallet",
		Long: "Signs the vote as EIP-712 typed data with --key, or sends the wallet's --signature for --voter\n" +
			"(signed over the JSON --print-typed-data prints, with eth_signTypedData_v4), relayed with --key.",
		Args: cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := strconv.ParseUint(args[0], 10, 64)
			if err != nil {
				return fmt.Errorf("proposal id %q: %w", args[0], err)
			}
			option, err := govvote.ParseOption(args[1])
			if err != nil {
				return err
			}
			return runVote(cmd, g, voteArgs{id: id, option: option, keyFile: keyFile, sigHex: sigHex, voter: voter, printTD: printTD, nonce: nonce})
		},
	}
	cmd.Flags().StringVar(&keyFile, "key", "", "Ethereum key file: the voter's (signs the vote and sends it) or, with --signature, the relayer's (default: a throwaway key)")
	cmd.Flags().StringVar(&sigHex, "signature", "", "a wallet's 65-byte signature (hex) over the typed data")
	cmd.Flags().StringVar(&voter, "voter", "", "the address that signed --signature (or that --print-typed-data is for)")
	cmd.Flags().BoolVar(&printTD, "print-typed-data", false, "print the EIP-712 typed data to sign in a wallet and stop")
	cmd.Flags().Int64Var(&nonce, "nonce", -1, "the voter's governance nonce (default: read from the chain)")
	return cmd
}

// relayKey is the key that signs the transaction carrying the vote: the
// voter's own, or, for a vote signed in a wallet, --key if given and else a
// throwaway key (the workchain holds no token: relaying costs nothing, and
// the vote's own signature is what counts).
func relayKey(a voteArgs) (*ecdsa.PrivateKey, error) {
	if a.keyFile != "" {
		return keys.LoadEth(a.keyFile)
	}
	if a.sigHex == "" {
		return nil, errors.New("--key is required to sign the vote")
	}
	return keys.GenerateEth()
}

type voteArgs struct {
	id                     uint64
	option                 uint8
	keyFile, sigHex, voter string
	printTD                bool
	nonce                  int64
}

func runVote(cmd *cobra.Command, g *globals, a voteArgs) error {
	c, err := g.client()
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	var voterAddr common.Address
	switch {
	case a.voter != "":
		if !common.IsHexAddress(a.voter) {
			return fmt.Errorf("--voter %q is not an address", a.voter)
		}
		voterAddr = common.HexToAddress(a.voter)
	case a.sigHex == "" && a.keyFile != "":
		key, err := keys.LoadEth(a.keyFile)
		if err != nil {
			return err
		}
		voterAddr = keys.EthAddress(key)
	default:
		return errors.New("give --key (the voter's), or --voter with --signature or --print-typed-data")
	}
	var dom govvote.Domain
	if err := chainclient.Query(ctx, c, "/gov/domain", 0, &dom); err != nil {
		return err
	}
	n := uint64(a.nonce)
	if a.nonce < 0 {
		var nv struct {
			Nonce uint64 `json:"nonce"`
		}
		if err := chainclient.Query(ctx, c, "/gov/nonce/"+voterAddr.Hex(), 0, &nv); err != nil {
			return err
		}
		n = nv.Nonce
	}
	td := govvote.TypedData(dom, a.id, a.option, n)
	if a.printTD {
		out, err := govvote.JSON(td)
		if err != nil {
			return err
		}
		_, err = fmt.Fprintln(cmd.OutOrStdout(), string(out))
		return err
	}
	key, err := relayKey(a)
	if err != nil {
		return err
	}
	var sig []byte
	if a.sigHex != "" {
		if sig, err = hex.DecodeString(strings.TrimPrefix(a.sigHex, "0x")); err != nil {
			return fmt.Errorf("--signature: %w", err)
		}
		signer, err := govvote.Recover(td, sig)
		if err != nil {
			return err
		}
		if signer != voterAddr {
			return fmt.Errorf("the signature is %s's over this vote (proposal %d, option %d, nonce %d), not %s's", signer.Hex(), a.id, a.option, n, voterAddr.Hex())
		}
	} else if sig, err = govvote.Sign(td, key); err != nil {
		return err
	}
	body := gov.EncodeVote(gov.Vote{Proposal: a.id, Option: a.option, Nonce: n, Voter: voterAddr, Signature: sig})
	st, err := c.Status(ctx)
	if err != nil {
		return fmt.Errorf("status of %s: %w", g.node, err)
	}
	hash, err := chainclient.NewEthSigner(c, st.NodeInfo.Network, key).Send(ctx, gov.TxVote, body)
	if err != nil {
		return fmt.Errorf("vote: %w", err)
	}
	_, height, err := waitTxEvent(ctx, c, hash, "proposal_vote")
	if err != nil {
		return err
	}
	out := map[string]any{"proposal_id": a.id, "option": govvote.OptionName(a.option), "voter": voterAddr.Hex(), "nonce": n, "height": height, "tx_hash": fmt.Sprintf("%X", hash)}
	return g.print(cmd, out, func() string {
		return fmt.Sprintf("%s voted %s on proposal %d at height %d", voterAddr.Hex(), govvote.OptionName(a.option), a.id, height)
	})
}

func proposalLine(p gov.ProposalView) string {
	s := fmt.Sprintf("%-4d %-14s %-9s ends %s  %s", p.ID, p.Kind, p.Status, p.VotingEndTime, p.Title)
	if p.Reason != "" {
		s += "  (" + p.Reason + ")"
	}
	return s
}

func proposalText(p gov.ProposalView) string {
	var b strings.Builder
	fmt.Fprintf(&b, "proposal %d (%s) by %s at height %d: %s\n%s", p.ID, p.Kind, p.Proposer.Hex(), p.SubmitHeight, p.Title, p.Description)
	for _, c := range p.Changes {
		fmt.Fprintf(&b, "\n  set %s.%s = %s", c.Module, c.Key, c.Value)
	}
	if u := p.Upgrade; u != nil {
		fmt.Fprintf(&b, "\n  upgrade %s to %s at height %d %s", u.Module, u.Version, u.Height, u.URL)
		plats := make([]string, 0, len(u.Binaries))
		for plat := range u.Binaries {
			plats = append(plats, plat)
		}
		sort.Strings(plats)
		for _, plat := range plats {
			fmt.Fprintf(&b, "\n    %s sha256 %s", plat, u.Binaries[plat])
		}
	}
	fmt.Fprintf(&b, "\nstatus %s, voting ends %s", p.Status, p.VotingEndTime)
	if p.Reason != "" {
		fmt.Fprintf(&b, " (%s)", p.Reason)
	}
	if p.Tally != nil {
		fmt.Fprintf(&b, "\n%s", tallyText(*p.Tally))
	}
	return b.String()
}

func tallyText(t gov.TallyView) string {
	state := "live"
	if t.Final {
		state = "final"
	}
	return fmt.Sprintf("%s tally: yes %s  no %s  abstain %s  veto %s\nvoted %s of %s active stake (quorum reached: %v)",
		state, t.Yes, t.No, t.Abstain, t.Veto, t.Voted, t.Total, t.QuorumReached)
}

// govQueryCmd reads workchain/gov; -o json prints the workchain's answers
// whole.
func govQueryCmd(g *globals, ask func(cmd *cobra.Command, path string, out any) error) *cobra.Command {
	cmd := &cobra.Command{Use: "gov", Short: "Read governance: proposals, tallies, votes"}
	raw := func(cmd *cobra.Command, path string, text func(json.RawMessage) (string, error)) error {
		var r json.RawMessage
		if err := ask(cmd, path, &r); err != nil {
			return err
		}
		var s string
		var terr error
		if g.output != "json" {
			s, terr = text(r)
			if terr != nil {
				return terr
			}
		}
		return g.print(cmd, r, func() string { return s })
	}
	id := func(s string) (string, error) {
		if _, err := strconv.ParseUint(s, 10, 64); err != nil {
			return "", fmt.Errorf("proposal id %q is not a number", s)
		}
		return s, nil
	}
	cmd.AddCommand(
		&cobra.Command{
			Use: "proposals", Short: "List every proposal", Args: cobra.NoArgs,
			RunE: func(cmd *cobra.Command, _ []string) error {
				return raw(cmd, "/gov/proposals", func(r json.RawMessage) (string, error) {
					var ps []gov.ProposalView
					if err := json.Unmarshal(r, &ps); err != nil {
						return "", err
					}
					if len(ps) == 0 {
						return "no proposals", nil
					}
					lines := make([]string, len(ps))
					for i, p := range ps {
						lines[i] = proposalLine(p)
					}
					return strings.Join(lines, "\n"), nil
				})
			},
		},
		&cobra.Command{
			Use: "proposal ID", Short: "Show one proposal", Args: cobra.ExactArgs(1),
			RunE: func(cmd *cobra.Command, args []string) error {
				n, err := id(args[0])
				if err != nil {
					return err
				}
				return raw(cmd, "/gov/proposal/"+n, func(r json.RawMessage) (string, error) {
					var p gov.ProposalView
					if err := json.Unmarshal(r, &p); err != nil {
						return "", err
					}
					return proposalText(p), nil
				})
			},
		},
		&cobra.Command{
			Use: "tally ID", Short: "Show a proposal's tally: live while voting, final after", Args: cobra.ExactArgs(1),
			RunE: func(cmd *cobra.Command, args []string) error {
				n, err := id(args[0])
				if err != nil {
					return err
				}
				return raw(cmd, "/gov/tally/"+n, func(r json.RawMessage) (string, error) {
					var t gov.TallyView
					if err := json.Unmarshal(r, &t); err != nil {
						return "", err
					}
					return "proposal " + n + ": " + tallyText(t), nil
				})
			},
		},
		&cobra.Command{
			Use: "votes ID", Short: "List a proposal's votes", Args: cobra.ExactArgs(1),
			RunE: func(cmd *cobra.Command, args []string) error {
				n, err := id(args[0])
				if err != nil {
					return err
				}
				return raw(cmd, "/gov/votes/"+n, func(r json.RawMessage) (string, error) {
					var vs []gov.VoteView
					if err := json.Unmarshal(r, &vs); err != nil {
						return "", err
					}
					if len(vs) == 0 {
						return "no votes", nil
					}
					lines := make([]string, len(vs))
					for i, v := range vs {
						lines[i] = fmt.Sprintf("%s %-7s at height %d", v.Voter.Hex(), govvote.OptionName(v.Option), v.Height)
					}
					return strings.Join(lines, "\n"), nil
				})
			},
		},
	)
	return cmd
}

package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/seshnet/seshnet/cmd/internal/chainclient"
	"github.com/seshnet/seshnet/cmd/internal/oxensnap"
	"github.com/seshnet/seshnet/core/keys"
	coreoxen "github.com/seshnet/seshnet/core/oxen"
	"github.com/seshnet/seshnet/workchain/oxen"
)

// oxenCmd is `seshd oxen`: a holder's side of the Oxen coin claims
// (docs/migration.md, "Claiming (holders)").
func oxenCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{Use: "oxen", Short: "Claim the SESH an Oxen address was given in the migration"}
	cmd.AddCommand(oxenClaimCmd(g), oxenSignClaimCmd(g))
	return cmd
}

// claimArgs are `seshd oxen claim`'s inputs, checked before any network.
type claimArgs struct {
	address coreoxen.Address
	to      common.Address
	sig     string
}

// parseClaimArgs reads the flags: a standard Oxen address (the wallet's
// primary), an Ethereum address in any case, a SigV1 signature.
func parseClaimArgs(address, to, sig string) (claimArgs, error) {
	var a claimArgs
	var err error
	if address == "" || to == "" || sig == "" {
		return a, errors.New("--oxen-address, --to and --signature are all required")
	}
	if a.address, err = coreoxen.ParseAddress(address); err != nil {
		return a, fmt.Errorf("--oxen-address: %w", err)
	}
	switch a.address.Kind {
	case coreoxen.Standard:
	case coreoxen.Integrated:
		return a, errors.New("--oxen-address: an integrated address; claim with the wallet's primary (standard) address")
	default:
		return a, errors.New("--oxen-address: a subaddress; claim with the wallet's primary (standard) address")
	}
	if a.to, err = oxen.ParseEth(to); err != nil {
		return a, fmt.Errorf("--to: %w", err)
	}
	a.sig = strings.TrimSpace(sig)
	return a, nil
}

// verify checks the signature as the workchain will, over this chain's
// claim message for "to".
func (a claimArgs) verify(chainID string) error {
	if err := coreoxen.Verify(a.address, coreoxen.ClaimMessage(chainID, a.to), a.sig); err != nil {
		return fmt.Errorf("the signature is not this address's over %q: %w", coreoxen.ClaimMessage(chainID, a.to), err)
	}
	return nil
}

func (a claimArgs) body() []byte {
	raw, _ := json.Marshal(oxen.ClaimBody{OxenAddress: a.address.String(), To: a.to.Hex(), Signature: a.sig})
	return raw
}

func oxenClaimCmd(g *globals) *cobra.Command {
	var address, to, sig string
	cmd := &cobra.Command{
		Use:   "claim --oxen-address ADDR --signature SIG --to ETHADDR",
		Short: "Claim an Oxen address's coins with its wallet's signature; the SESH go to --to",
		Long: `claim checks the signature locally over this chain's claim message
  seshnet oxen claim v1 chain=<chain id> to=<EIP-55 address>
(the chain id from the node's status; "seshd oxen sign-claim" or the Oxen
wallet's sign_value make it), checks the address's coins on the chain,
relays the oxen_claim transaction with a throwaway Ethereum key, waits for
its block and prints the amount credited to --to (claimed on the L2 like
rewards: seshd rewards claim).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			a, err := parseClaimArgs(address, to, sig)
			if err != nil {
				return err
			}
			return runClaim(cmd, g, a)
		},
	}
	cmd.Flags().StringVar(&address, "oxen-address", "", "the Oxen address (standard) whose coins are claimed")
	cmd.Flags().StringVar(&to, "to", "", "Ethereum address to credit")
	cmd.Flags().StringVar(&sig, "signature", "", "the wallet's SigV1… signature of the claim message")
	return cmd
}

func runClaim(cmd *cobra.Command, g *globals, a claimArgs) error {
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
	chainID := st.NodeInfo.Network
	if err := a.verify(chainID); err != nil {
		return claimError(oxen.CodeBadSignature, err)
	}
	var view oxen.ClaimView
	if err := chainclient.Query(ctx, c, "/oxen/claim/"+a.address.String(), 0, &view); err != nil {
		return explainClaim(err)
	}
	if view.Claimed {
		return claimError(oxen.CodeAlreadyClaimed, fmt.Errorf("claimed at height %d to %s", view.ClaimedHeight, view.To))
	}
	key, err := keys.GenerateEth() // the relayer's: the claim's own signature is what counts
	if err != nil {
		return err
	}
	hash, err := chainclient.NewEthSigner(c, chainID, key).Send(ctx, oxen.TxClaim, a.body())
	if err != nil {
		return explainClaim(fmt.Errorf("claim: %w", err))
	}
	attrs, height, err := waitTxEvent(ctx, c, hash, "oxen_claimed")
	if err != nil {
		return explainClaim(err)
	}
	out := map[string]any{"oxen_address": a.address.String(), "to": attrs["to"], "amount": attrs["amount"], "height": height, "tx_hash": fmt.Sprintf("%X", hash)}
	return g.print(cmd, out, func() string {
		return fmt.Sprintf("claimed %s atomic SESH to %s at height %d (tx %X); claim them on the L2 with seshd rewards claim", attrs["amount"], attrs["to"], height, hash)
	})
}

// claimReasons say, per code of the oxen codespace, why a claim was
// refused, in the holder's words.
var claimReasons = map[uint32]string{
	oxen.CodeBadRequest:     "the claim is malformed, or the address is not a standard address of the snapshot's Oxen network",
	oxen.CodeBadSignature:   "the signature is not the address's wallet's over this chain's claim message for this --to",
	oxen.CodeNoBalance:      "the snapshot gave this Oxen address no coins",
	oxen.CodeAlreadyClaimed: "this address's coins were claimed already (once per wallet spend key)",
	oxen.CodeClosed:         "claims are closed (past oxen.claims_close_height)",
}

// claimError is a refusal with its code and the holder's reason.
func claimError(code uint32, err error) error {
	return fmt.Errorf("claim refused (oxen code %d): %s: %w", code, claimReasons[code], err)
}

// oxenCode finds "code N (oxen)", as CheckTx (chainclient's Send) and the
// block (waitTxEvent) report a claim's refusal.
var oxenCode = regexp.MustCompile(`code (\d+) \(oxen\)`)

// explainClaim puts the holder's reason before a refusal the chain gave.
func explainClaim(err error) error {
	if m := oxenCode.FindStringSubmatch(err.Error()); m != nil {
		code, _ := strconv.ParseUint(m[1], 10, 32)
		if _, ok := claimReasons[uint32(code)]; ok {
			return claimError(uint32(code), err)
		}
	}
	if strings.Contains(err.Error(), "/oxen/claim/") && strings.Contains(err.Error(), "code 102:") {
		return claimError(oxen.CodeNoBalance, err)
	}
	return err
}

func oxenSignClaimCmd(g *globals) *cobra.Command {
	var keysFile, address, to, chainID string
	var holder int
	cmd := &cobra.Command{
		Use:   "sign-claim --keys FILE.keys.json (--holder N | --oxen-address ADDR) --to ETHADDR",
		Short: "Sign a claim with a sample holder's keys (seshd genesis oxen-sample), as an Oxen wallet would",
		Long: `sign-claim prints the SigV1 signature an Oxen wallet's sign_value makes of
  seshnet oxen claim v1 chain=<chain id> to=<EIP-55 address>
with a holder's keys from the FILE.keys.json seshd genesis oxen-sample wrote,
for trying the claims without an Oxen wallet. The chain id is --chain-id, or
the node's (--node).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			toAddr, err := oxen.ParseEth(to)
			if err != nil {
				return fmt.Errorf("--to: %w", err)
			}
			hk, err := sampleHolderKeys(keysFile, holder, address)
			if err != nil {
				return err
			}
			if chainID == "" {
				if chainID, err = nodeChainID(g); err != nil {
					return err
				}
			}
			addr, sig, err := signClaim(hk, chainID, toAddr)
			if err != nil {
				return err
			}
			out := map[string]string{"oxen_address": addr.String(), "to": toAddr.Hex(), "chain_id": chainID,
				"message": string(coreoxen.ClaimMessage(chainID, toAddr)), "signature": sig}
			return g.print(cmd, out, func() string { return sig })
		},
	}
	cmd.Flags().StringVar(&keysFile, "keys", "", "the sample's FILE.keys.json")
	cmd.Flags().IntVar(&holder, "holder", -1, "the holder's index in the keys file")
	cmd.Flags().StringVar(&address, "oxen-address", "", "or the holder's Oxen address")
	cmd.Flags().StringVar(&to, "to", "", "Ethereum address to credit")
	cmd.Flags().StringVar(&chainID, "chain-id", "", "the workchain's chain id (default: the node's)")
	return cmd
}

func nodeChainID(g *globals) (string, error) {
	c, err := g.client()
	if err != nil {
		return "", err
	}
	ctx, cancel := timeout()
	defer cancel()
	st, err := c.Status(ctx)
	if err != nil {
		return "", fmt.Errorf("status of %s (or give --chain-id): %w", g.node, err)
	}
	return st.NodeInfo.Network, nil
}

// sampleHolderKeys finds a holder in a sample's keys file, by index or by
// address.
func sampleHolderKeys(path string, index int, address string) (oxensnap.HolderKeys, error) {
	if path == "" {
		return oxensnap.HolderKeys{}, errors.New("--keys is required")
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		return oxensnap.HolderKeys{}, err
	}
	var sk oxensnap.SampleKeys
	if err := json.Unmarshal(raw, &sk); err != nil {
		return oxensnap.HolderKeys{}, fmt.Errorf("%s: %w", path, err)
	}
	switch {
	case (index >= 0) == (address != ""):
		return oxensnap.HolderKeys{}, errors.New("give one of --holder and --oxen-address")
	case index >= len(sk.Holders):
		return oxensnap.HolderKeys{}, fmt.Errorf("--holder %d: %s has %d holders", index, path, len(sk.Holders))
	case index >= 0:
		return sk.Holders[index], nil
	}
	for _, h := range sk.Holders {
		if h.OxenAddress == address {
			return h, nil
		}
	}
	return oxensnap.HolderKeys{}, fmt.Errorf("--oxen-address: not a holder of %s", path)
}

// signClaim signs the claim message with a holder's spend key and checks
// the signature against the holder's address (keys that do not match it
// are an error, not a signature the chain would refuse).
func signClaim(hk oxensnap.HolderKeys, chainID string, to common.Address) (coreoxen.Address, string, error) {
	addr, err := coreoxen.ParseAddress(hk.OxenAddress)
	if err != nil {
		return addr, "", fmt.Errorf("holder's oxen_address: %w", err)
	}
	var k coreoxen.Keys
	for _, f := range []struct {
		name, hex string
		out       *[coreoxen.KeySize]byte
	}{{"spend_secret", hk.SpendSecret, &k.SpendSecret}, {"view_secret", hk.ViewSecret, &k.ViewSecret}} {
		b, err := hex.DecodeString(f.hex)
		if err != nil || len(b) != coreoxen.KeySize {
			return addr, "", fmt.Errorf("holder's %s: want 32 bytes of hex", f.name)
		}
		copy(f.out[:], b)
	}
	k.Spend, k.View = addr.Spend, addr.View
	msg := coreoxen.ClaimMessage(chainID, to)
	sig, err := coreoxen.SignWith(rand.Reader, k, msg)
	if err != nil {
		return addr, "", err
	}
	if err := coreoxen.Verify(addr, msg, sig); err != nil {
		return addr, "", fmt.Errorf("the holder's spend secret is not its address's: %w", err)
	}
	return addr, sig, nil
}

// oxenQueryCmd reads workchain/oxen: `seshd query oxen claim ADDR` and
// `seshd query oxen totals`; -o json prints the workchain's answers whole.
func oxenQueryCmd(g *globals, ask func(cmd *cobra.Command, path string, out any) error) *cobra.Command {
	cmd := &cobra.Command{Use: "oxen", Short: "Read the Oxen migration: an address's coin claim, the totals"}
	cmd.AddCommand(
		&cobra.Command{
			Use: "claim ADDR", Short: "Show an Oxen address's coins and whether they were claimed", Args: cobra.ExactArgs(1),
			RunE: func(cmd *cobra.Command, args []string) error {
				var v oxen.ClaimView
				if err := ask(cmd, "/oxen/claim/"+args[0], &v); err != nil {
					return err
				}
				return g.print(cmd, v, func() string { return claimViewText(v) })
			},
		},
		&cobra.Command{
			Use: "totals", Short: "Show what the migration imported, and what was claimed", Args: cobra.NoArgs,
			RunE: func(cmd *cobra.Command, _ []string) error {
				var v oxen.TotalsView
				if err := ask(cmd, "/oxen/totals", &v); err != nil {
					return err
				}
				return g.print(cmd, v, func() string { return totalsText(v) })
			},
		},
	)
	return cmd
}

func claimViewText(v oxen.ClaimView) string {
	if !v.Claimed {
		return fmt.Sprintf("%s: %s atomic SESH, not claimed", v.OxenAddress, v.Amount)
	}
	return fmt.Sprintf("%s: %s atomic SESH, claimed at height %d to %s", v.OxenAddress, v.Amount, v.ClaimedHeight, v.To)
}

func totalsText(v oxen.TotalsView) string {
	var b strings.Builder
	fmt.Fprintf(&b, "snapshot: Oxen %s height %d, hash %x\n", v.Snapshot.Network, v.Snapshot.Height, []byte(v.Snapshot.Hash))
	fmt.Fprintf(&b, "nodes carried: %d\n", v.NodesCarried)
	for _, p := range []struct {
		name string
		t    oxen.PoolTotals
	}{{"budgets", v.Budgets}, {"coins", v.Coins}} {
		fmt.Fprintf(&b, "%-8s %d addresses, imported %s, claimed %s, unclaimed %s\n", p.name+":", p.t.Addresses, p.t.Imported, p.t.Claimed, p.t.Unclaimed)
	}
	fmt.Fprintf(&b, "pools: bonus %s, claims %s\n", v.BonusPool, v.ClaimsPool)
	switch {
	case v.Closed != nil:
		fmt.Fprintf(&b, "claims closed at height %d: %s atomic SESH of %d addresses never claimed", v.Closed.Height, v.Closed.NeverClaimed, v.Closed.Addresses)
	case v.ClaimsCloseHeight > 0:
		fmt.Fprintf(&b, "claims close after height %d", v.ClaimsCloseHeight)
	default:
		b.WriteString("claims never close")
	}
	return b.String()
}

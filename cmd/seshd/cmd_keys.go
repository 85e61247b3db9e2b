package main

import (
	"encoding/hex"
	"fmt"

	"github.com/cometbft/cometbft/crypto/ed25519"
	"github.com/spf13/cobra"

	"github.com/seshnet/seshnet/core/keys"
	"github.com/seshnet/seshnet/genesis"
)

func keysCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{Use: "keys", Short: "Show the node's keys; make, import and show Ethereum keys"}
	node := &cobra.Command{
		Use: "node", Short: "Show the node's Ed25519 key (its identity and validator key) and BLS key",
		RunE: func(cmd *cobra.Command, _ []string) error {
			nk, bls, err := loadNodeKeys(home(g.home))
			if err != nil {
				return err
			}
			v := map[string]string{
				"ed25519":           hex.EncodeToString(nk.Public()),
				"validator_address": ed25519.PubKey(nk.Public()).Address().String(),
				"bls":               hex.EncodeToString(bls.Public[:]),
			}
			return g.print(cmd, v, func() string {
				return fmt.Sprintf("ed25519 %s\nvalidator address %s\nbls %s", v["ed25519"], v["validator_address"], v["bls"])
			})
		},
	}
	eth := &cobra.Command{Use: "eth", Short: "Ethereum (secp256k1) keys for stakers and voters"}
	showEth := func(cmd *cobra.Command, file string) error {
		k, err := keys.LoadEth(file)
		if err != nil {
			return err
		}
		addr := keys.EthAddress(k).Hex()
		return g.print(cmd, map[string]string{"address": addr, "file": file}, func() string { return addr })
	}
	eth.AddCommand(
		&cobra.Command{
			Use: "new FILE", Short: "Make a new key in FILE (0600)", Args: cobra.ExactArgs(1),
			RunE: func(cmd *cobra.Command, args []string) error {
				k, err := keys.GenerateEth()
				if err != nil {
					return err
				}
				if err := keys.SaveEth(args[0], k); err != nil {
					return err
				}
				return showEth(cmd, args[0])
			},
		},
		&cobra.Command{
			Use: "import FILE HEX", Short: "Store a private key given in hex in FILE", Args: cobra.ExactArgs(2),
			RunE: func(cmd *cobra.Command, args []string) error {
				k, err := keys.ParseEthHex(args[1])
				if err != nil {
					return err
				}
				if err := keys.SaveEth(args[0], k); err != nil {
					return err
				}
				return showEth(cmd, args[0])
			},
		},
		&cobra.Command{
			Use: "show FILE", Short: "Show the address of the key in FILE", Args: cobra.ExactArgs(1),
			RunE: func(cmd *cobra.Command, args []string) error { return showEth(cmd, args[0]) },
		},
	)
	cmd.AddCommand(node, eth)
	return cmd
}

func genesisCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{Use: "genesis", Short: "Check genesis documents; import an Oxen snapshot"}
	cmd.AddCommand(importOxenCmd(g), oxenSampleCmd(g))
	cmd.AddCommand(&cobra.Command{
		Use: "validate FILE", Short: "Check a genesis.json: CometBFT's part, every workchain field, and the validators", Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := genesis.ValidateFile(args[0]); err != nil {
				return err
			}
			return g.print(cmd, map[string]any{"file": args[0], "valid": true}, func() string { return args[0] + " is valid" })
		},
	})
	return cmd
}

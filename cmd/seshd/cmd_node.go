package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/seshnet/seshnet/core/config"
	"github.com/seshnet/seshnet/genesis"
)

func initCmd(g *globals) *cobra.Command {
	var moniker, chainID string
	cmd := &cobra.Command{
		Use:   "init",
		Short: "Make a node home: CometBFT config, keys, seshd.toml and a one-node genesis",
		Long: `init makes a node home. Its genesis registers this node alone, which is
what you want to start a new network; to join an existing one, replace
config/genesis.json with the network's and set persistent_peers in
config/config.toml.`,
		RunE: func(cmd *cobra.Command, _ []string) error {
			h := home(g.home)
			id, err := makeHome(h, initOptions{moniker: moniker, ports: ports{26656, 26657}, seshd: config.Default()})
			if err != nil {
				return err
			}
			if err := writeGenesis(chainID, genesisFor(genesis.Default(), []nodeIdentity{id}), []home{h}); err != nil {
				return err
			}
			return g.print(cmd, map[string]string{"home": g.home, "node_id": fmt.Sprintf("%x", id.ed25519), "chain_id": chainID},
				func() string {
					return fmt.Sprintf("initialized %s\nnode id %x\nchain id %s", g.home, id.ed25519, chainID)
				})
		},
	}
	cmd.Flags().StringVar(&moniker, "moniker", hostname(), "node name shown to peers")
	cmd.Flags().StringVar(&chainID, "chain-id", "seshnet-local", "chain id of the new network")
	return cmd
}

func hostname() string {
	h, err := os.Hostname()
	if err != nil {
		return "seshnode"
	}
	return h
}

func startCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "start",
		Short: "Run the node",
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx, stop := signalContext()
			defer stop()
			return runNode(ctx, home(g.home), g.log, nil)
		},
	}
}

func devnetCmd(g *globals) *cobra.Command {
	var chainID string
	cmd := &cobra.Command{
		Use:   "devnet",
		Short: "Make (if absent) and run a single-validator local network with every built-in module",
		RunE: func(cmd *cobra.Command, _ []string) error {
			h := home(g.home)
			if !cmd.Flags().Changed("home") {
				h = home(filepath.Join(".seshnet", "devnet"))
			}
			if !h.exists() {
				if err := makeDevnet(h, chainID); err != nil {
					return err
				}
				fmt.Fprintf(cmd.OutOrStdout(), "made devnet home %s\n", h)
			}
			ctx, stop := signalContext()
			defer stop()
			return runNode(ctx, h, g.log, func(rpc string) {
				fmt.Fprintf(cmd.OutOrStdout(), "devnet running: RPC listens on %s (home %s). Ctrl-C stops it.\n"+
					"modules: `seshd modules --home %s`; the example module serves http://127.0.0.1:26690/\n",
					strings.TrimPrefix(rpc, "tcp://"), h, h)
			})
		},
	}
	cmd.Flags().StringVar(&chainID, "chain-id", "seshnet-devnet", "chain id of the devnet")
	return cmd
}

func makeDevnet(h home, chainID string) error {
	sc := config.Default()
	id, err := makeHome(h, initOptions{moniker: "devnet", ports: ports{26656, 26657}, seshd: sc, fastPace: true, modules: builtinModules(26690)})
	if err != nil {
		return err
	}
	doc := genesis.Default()
	doc.Params = localParams(1)
	return writeGenesis(chainID, genesisFor(doc, []nodeIdentity{id}), []home{h})
}

// builtinModules is the [modules] part of seshd.toml for local networks:
// every module that ships with seshd, enabled, each on ports of its own.
// So far that is the example module (its block status page on
// examplePort); relay, storage and the L2 witness join as they come.
func builtinModules(examplePort int) string {
	return fmt.Sprintf(`[modules.example]
enabled = true
listen = ["127.0.0.1:%d"]
allowed_txs = []

[modules.example.settings]
keep = 20
`, examplePort)
}

func testnetCmd(g *globals) *cobra.Command {
	var n, extra, base int
	var out, chainID string
	cmd := &cobra.Command{
		Use:   "testnet",
		Short: "Write the homes of an N-validator network on loopback",
		Long: `testnet writes DIR/node0 .. DIR/node{N-1}, wired to each other on
127.0.0.1. With the default --base-port 26656, node K listens for p2p on
26656+100*K, for RPC on 26657+100*K, for its admin API on 26680+100*K and
the example module serves its page on 26690+100*K. Start each with
  seshd start --home DIR/nodeK
With --extra-nodes M it also registers M non-validator nodes in genesis and
writes their keys to DIR/extra-keys.json (for load generation).`,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if n < 1 {
				return fmt.Errorf("--validators must be at least 1")
			}
			res, err := makeTestnet(out, chainID, n, extra, base)
			if err != nil {
				return err
			}
			return g.print(cmd, res, func() string {
				var b strings.Builder
				fmt.Fprintf(&b, "wrote %d node homes in %s (chain id %s)\n", n, out, chainID)
				for _, nd := range res.Nodes {
					fmt.Fprintf(&b, "  seshd start --home %s   # rpc %s\n", nd.Home, nd.RPC)
				}
				return strings.TrimRight(b.String(), "\n")
			})
		},
	}
	cmd.Flags().IntVar(&n, "validators", 4, "number of validators")
	cmd.Flags().IntVar(&extra, "extra-nodes", 0, "non-validator genesis nodes whose keys are written for load generation")
	cmd.Flags().StringVar(&out, "output", "./testnet", "directory for the node homes")
	cmd.Flags().StringVar(&chainID, "chain-id", "seshnet-testnet", "chain id")
	cmd.Flags().IntVar(&base, "base-port", 26656, "node K uses ports base+100K (p2p), base+1+100K (RPC), base+24+100K (admin), base+34+100K (example module)")
	return cmd
}

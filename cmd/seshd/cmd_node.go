package main

import (
	"context"
	"fmt"
	"github.com/seshnet/seshnet/core/keys"
	"math/big"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	gethlog "github.com/ethereum/go-ethereum/log"
	"github.com/spf13/cobra"

	"github.com/seshnet/seshnet/cmd/internal/node"
	"github.com/seshnet/seshnet/core/config"
	"github.com/seshnet/seshnet/genesis"
	"github.com/seshnet/seshnet/modules/bridge/devchain"
	"github.com/seshnet/seshnet/workchain/l2"
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
			if err := writeGenesis(chainID, genesisFor(genesis.Default(), []nodeIdentity{id}, false), []home{h}); err != nil {
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
			return node.Run(ctx, node.Config{Home: home(g.home), Version: version, Log: g.log})
		},
	}
}

func devnetCmd(g *globals) *cobra.Command {
	var chainID string
	var l2 l2Options
	var l2Port, base int
	cmd := &cobra.Command{
		Use:   "devnet",
		Short: "Make (if absent) and run a single-validator local network with every built-in module and an L2 of its own",
		Long: `devnet runs a one-validator network in ./.seshnet/devnet (or --home) with
every built-in module. Unless given --l2 URL of a chain you run, it also
runs an L2 in the same process (go-ethereum's dev engine, a block a second,
JSON-RPC on 127.0.0.1:--l2-port, kept in HOME/l2 across restarts) with the
test SESH token and the staking contract deployed and dev accounts funded:
register nodes on it with ` + "`seshd l2 register`" + `.`,
		RunE: func(cmd *cobra.Command, _ []string) error {
			h := home(g.home)
			if !cmd.Flags().Changed("home") {
				h = home(filepath.Join(".seshnet", "devnet"))
			}
			ctx, stop := signalContext()
			defer stop()
			embedded := len(l2.urls) == 0 && (!h.Exists() || embeddedL2Exists(h))
			var banner string
			if !cmd.Flags().Changed("l2-port") {
				l2Port = base - 11
			}
			fresh := !h.Exists()
			var id nodeIdentity
			if fresh {
				// The keys first: the devnet's own L2 seeds the validator
				// into its staking contract before starting it.
				var err error
				if id, err = makeHome(h, initOptions{moniker: "devnet", ports: testnetPorts(base, 0), seshd: devnetConfig(base), fastPace: true}); err != nil {
					return err
				}
			}
			if embedded {
				chain, info, err := startDevnetL2(ctx, h, l2Port, l2.exitUnlockSeconds, id)
				if err != nil {
					if fresh {
						// A home without its L2 could not start: take back what
						// this run made (not the directory, which may hold more).
						for _, d := range []string{"config", "data", "l2"} {
							_ = os.RemoveAll(h.Path(d))
						}
					}
					return err
				}
				defer chain.Close()
				l2.urls, l2.contract, l2.startBlock, l2.depth = []string{chain.URL()}, info.Staking.Hex(), info.StartBlock, 1
				l2.seed = true
				banner = fmt.Sprintf("L2: %s, staking contract %s, token %s; funded dev keys: %s\n",
					chain.URL(), info.Staking.Hex(), info.Token.Hex(), strings.Join(info.DevKeyFiles, " "))
			}
			if fresh {
				if err := finishDevnet(h, chainID, base, l2, id); err != nil {
					return err
				}
				fmt.Fprintf(cmd.OutOrStdout(), "made devnet home %s\n", h)
			}
			if embedded {
				banner += rewardsBanner(h)
			}
			banner += govBanner(h)
			return node.Run(ctx, node.Config{Home: h, Version: version, Log: g.log, OnReady: func(rpc string) {
				fmt.Fprintf(cmd.OutOrStdout(), "devnet running: RPC listens on %s (home %s). Ctrl-C stops it.\n"+
					"modules: `seshd modules --home %s`; the example module serves http://127.0.0.1:%d/\n"+
					"messaging: relay https://127.0.0.1:%d, storage https://127.0.0.1:%d; try `seshd account new --out a.key`, then\n"+
					"  `seshd msg send --from a.key --to 05... --text hi --seed 127.0.0.1:%d --allow-short-paths` (one node: no 3 relays to pick)\n%s",
					strings.TrimPrefix(rpc, "tcp://"), h, h, base+34, base+35, base+36, base+35, banner)
			}})
		},
	}
	cmd.Flags().StringVar(&chainID, "chain-id", "seshnet-devnet", "chain id of the devnet")
	cmd.Flags().IntVar(&base, "base-port", 26656, "p2p port; RPC listens on base+1, the admin API on base+24, the example module on base+34, the oxen claims endpoint on base+38")
	cmd.Flags().IntVar(&l2Port, "l2-port", 26645, "JSON-RPC port of the devnet's own L2 (when no --l2 is given; default base-port - 11)")
	l2.flags(cmd)
	return cmd
}

// devnetConfig is the devnet's seshd.toml without its modules.
func devnetConfig(base int) config.Config {
	sc := config.Default()
	sc.Admin.Listen = fmt.Sprintf("127.0.0.1:%d", base+24)
	return sc
}

// finishDevnet writes the modules of the devnet home made with id (its
// witness reads the L2 in l2) and its genesis.
func finishDevnet(h home, chainID string, base int, l2 l2Options, id nodeIdentity) error {
	if err := config.Write(h.SeshdConfig(), devnetConfig(base), builtinModules(base+34, l2)); err != nil {
		return err
	}
	doc := genesis.Local(1)
	// The devnet's validator stays its only signer: nodes registered on its
	// L2 become active and join swarms without having to run, where a second
	// validator that does not run would halt a one-validator chain.
	doc.Registry.Params.MaxValidators = 1
	if err := l2.apply(&doc); err != nil {
		return err
	}
	return writeGenesis(chainID, genesisFor(doc, []nodeIdentity{id}, l2.seed), []home{h})
}

// builtinModules is the [modules] part of seshd.toml for local networks:
// every module that ships with seshd, enabled, each on ports of its own
// from port up: the example module's block status page (port), the relay's
// onion endpoint (port+1), the storage RPC (port+2), with an L2 the
// bridge's signing endpoints for claims and exits (port+3), and the Oxen
// holders' coin claim endpoint (port+4, plain HTTP: docs/migration.md).
// Relay, storage and bridge get the node key: they serve HTTPS with a
// certificate made from it (relay and storage also sign node-to-node
// requests with it). The oxen module needs no key: the host signs the
// oxen_claim transactions it submits.
func builtinModules(port int, l2 l2Options) string {
	out := fmt.Sprintf(`[modules.example]
enabled = true
listen = ["127.0.0.1:%d"]
allowed_txs = []

[modules.example.settings]
keep = 20

[modules.relay]
enabled = true
listen = ["127.0.0.1:%d"]
node_key = true
allowed_txs = []

[modules.storage]
enabled = true
listen = ["127.0.0.1:%d"]
node_key = true
# The storage module tests its peers for the punishment quorums and votes.
allowed_txs = ["punish_vote"]

[modules.oxen]
enabled = true
listen = ["127.0.0.1:%d"]
# It relays holders' coin claims, signed by the node key.
allowed_txs = ["oxen_claim"]
`, port, port+1, port+2, port+4)
	if len(l2.urls) > 0 {
		quoted := make([]string, len(l2.urls))
		for i, u := range l2.urls {
			quoted[i] = strconv.Quote(u)
		}
		out += fmt.Sprintf(`
[modules.bridge]
enabled = true
listen = ["127.0.0.1:%d"]
node_key = true

[modules.bridge.settings]
rpc = [%s]
contract = %q
depth = %d
start_block = %d
poll_ms = 100
# The pool's rate every 10 L2 blocks (a production node reads every 100):
# a local network's L2 makes a block a second.
rate_every_blocks = 10
`, port+3, strings.Join(quoted, ", "), l2.contract, l2.depth, l2.startBlock)
	}
	return out
}

// l2Options point a local network's witnesses at an L2.
type l2Options struct {
	urls              []string
	contract          string
	depth, startBlock uint64
	chainID           uint64
	exitUnlockSeconds int64
	// seed: the genesis nodes will be seeded into the staking contract
	// before it starts (seshd l2 seed; the devnet's own L2 does it), so
	// genesis numbers them as the contract will.
	seed bool
}

func (o *l2Options) flags(cmd *cobra.Command) {
	f := cmd.Flags()
	f.StringSliceVar(&o.urls, "l2", nil, "JSON-RPC URLs of the L2 whose staking contract the witnesses read, comma-separated, tried in order (enables the bridge module and vote extensions)")
	f.StringVar(&o.contract, "l2-contract", "", "staking contract address on the L2")
	f.Uint64Var(&o.depth, "l2-depth", 2, "read the L2 up to head minus this many blocks")
	f.Uint64Var(&o.startBlock, "l2-start-block", 0, "L2 block the contract was deployed at")
	f.Uint64Var(&o.chainID, "l2-chain-id", 1337, "L2 chain id")
	f.Int64Var(&o.exitUnlockSeconds, "exit-unlock-seconds", 0, "override registry.exit_unlock_seconds (0: the default, 15 days)")
	f.BoolVar(&o.seed, "l2-seed", false, "number the genesis nodes 1..N, as the staking contract will when `seshd l2 seed` seeds them before it starts (needed for claims: the contract checks the network's signatures against the nodes it holds)")
}

// apply puts the L2 settings into genesis.
func (o l2Options) apply(doc *genesis.Doc) error {
	if o.exitUnlockSeconds > 0 {
		doc.Registry.Params.ExitUnlockSeconds = o.exitUnlockSeconds
	}
	if len(o.urls) == 0 {
		return nil
	}
	if !common.IsHexAddress(o.contract) {
		return fmt.Errorf("--l2-contract %q is not an address", o.contract)
	}
	doc.L2 = l2.Genesis{ChainID: o.chainID, StakingContract: common.HexToAddress(o.contract), ConfirmationDepth: o.depth}
	return nil
}

func testnetCmd(g *globals) *cobra.Command {
	var n, extra, base int
	var out, chainID string
	var l2 l2Options
	var gopt genesisOptions
	cmd := &cobra.Command{
		Use:   "testnet",
		Short: "Write the homes of an N-validator network on loopback",
		Long: `testnet writes DIR/node0 .. DIR/node{N-1}, wired to each other on
127.0.0.1. With the default --base-port 26656, node K listens for p2p on
26656+100*K, for RPC on 26657+100*K, for its admin API on 26680+100*K,
the example module serves its page on 26690+100*K and the oxen module
takes holders' coin claims on 26694+100*K. Start each with
  seshd start --home DIR/nodeK
With --extra-nodes M it also registers M non-validator nodes in genesis and
writes their keys to DIR/extra-keys.json (for load generation).
With --max-validators M < N, N-M nodes serve without validating and take
the place of a validator that is punished. --genesis-param MODULE.KEY=VALUE
(repeatable) sets a module parameter in genesis, checked by the module's
own rules, e.g. --genesis-param punish.test_period_seconds=10.
--oxen-snapshot FILE imports an Oxen snapshot (seshd genesis oxen-sample)
into the genesis: its carried nodes are registered, active and in swarms,
after the validators; budgets and coin claims are in the oxen section. Its
conservation report is printed and written to DIR/oxen-report.json.`,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if n < 1 {
				return fmt.Errorf("--validators must be at least 1")
			}
			res, err := makeTestnet(out, chainID, n, extra, base, l2, gopt)
			if err != nil {
				return err
			}
			return g.print(cmd, res, func() string {
				var b strings.Builder
				fmt.Fprintf(&b, "wrote %d node homes in %s (chain id %s)\n", n, out, chainID)
				for _, nd := range res.Nodes {
					fmt.Fprintf(&b, "  seshd start --home %s   # rpc %s\n", nd.Home, nd.RPC)
				}
				if res.Oxen != nil {
					fmt.Fprintf(&b, "\n%s\n\n(report as JSON in %s)\n", res.Oxen.Text(), filepath.Join(out, OxenReportFile))
				}
				return strings.TrimRight(b.String(), "\n")
			})
		},
	}
	cmd.Flags().IntVar(&n, "validators", 4, "number of validators")
	cmd.Flags().IntVar(&extra, "extra-nodes", 0, "non-validator genesis nodes whose keys are written for load generation")
	cmd.Flags().StringVar(&out, "output", "./testnet", "directory for the node homes")
	cmd.Flags().StringVar(&chainID, "chain-id", "seshnet-testnet", "chain id")
	cmd.Flags().IntVar(&gopt.maxValidators, "max-validators", 0, "registry.max_validators: at most this many nodes validate, the others wait to take a punished validator's place (0: all)")
	cmd.Flags().StringArrayVar(&gopt.params, "genesis-param", nil, "MODULE.KEY=VALUE: set a module parameter in genesis (repeatable; checked by the module's rules), e.g. punish.test_period_seconds=10")
	cmd.Flags().StringVar(&gopt.oxenSnapshot, "oxen-snapshot", "", "import this Oxen snapshot into the genesis (docs/migration.md)")
	gopt.oxen.register(cmd, "oxen-")
	l2.flags(cmd)
	cmd.Flags().IntVar(&base, "base-port", 26656, "node K uses ports base+100K (p2p), base+1+100K (RPC), base+24+100K (admin), base+34..38+100K (modules: example, relay, storage, bridge, oxen)")
	return cmd
}

// embeddedL2Exists says whether a devnet home was made with an L2 of its own.
func embeddedL2Exists(h home) bool {
	_, err := os.Stat(h.Path("l2", "devnet.json"))
	return err == nil
}

// startDevnetL2 runs the devnet's own L2 in HOME/l2. Its contract takes the
// staking requirement and exit unlock period of the devnet's genesis
// parameters (--exit-unlock-seconds changes both).
//
// A fresh L2 seeds the devnet's validator (id, when its keys are given)
// into the contract before starting it, as service node 1, so that the
// contract checks the network's signatures against its key.
func startDevnetL2(ctx context.Context, h home, port int, unlockSeconds int64, id nodeIdentity) (*devchain.Persistent, devchain.Devnet, error) {
	// go-ethereum logs through its own root logger; its chatter is not the
	// operator's business at the default level.
	gethlog.SetDefault(gethlog.NewLogger(gethlog.DiscardHandler()))
	p := genesis.Local(1).Registry.Params
	if unlockSeconds <= 0 {
		unlockSeconds = p.ExitUnlockSeconds
	}
	req := new(big.Int).SetUint64(p.StakingRequirement)
	var seed []devchain.SeedNode
	if id.ed25519 != nil {
		n := devchain.SeedNode{AddedTimestamp: uint64(time.Now().Unix()),
			Contributors: []devchain.SeedContributor{{Staker: id.operator, Beneficiary: id.operator, Amount: p.StakingRequirement}}}
		copy(n.Ed25519[:], id.ed25519)
		n.BLS = id.bls.Public
		seed = append(seed, n)
	}
	return devchain.StartDevnet(ctx, h.Path("l2"), port, req, big.NewInt(unlockSeconds), seed...)
}

// govBanner says how to pass a proposal on the devnet: its operator holds
// the one node's stake, and local networks vote for 30 s (genesis.Local).
func govBanner(h home) string {
	if _, err := os.Stat(h.OperatorKey()); err != nil {
		return ""
	}
	return fmt.Sprintf("governance: propose with `seshd tx gov propose param-change --param rewards.payable_after_seconds=120 --title T --key %s`, "+
		"vote with `seshd tx gov vote 1 yes --key %s`; it passes 30 s later (`seshd query gov proposal 1`)\n",
		h.OperatorKey(), h.OperatorKey())
}

// rewardsBanner says how to watch and claim the devnet operator's rewards:
// the pool is funded, its rate is attested every 10 L2 blocks, nodes are
// payable after a minute (genesis.Local), and the validator is seeded into
// the staking contract, so its signature is the network's.
func rewardsBanner(h home) string {
	op, err := keys.LoadEth(h.OperatorKey())
	if err != nil {
		return ""
	}
	return fmt.Sprintf("rewards: the pool's rate is attested every 10 L2 blocks and nodes earn after a minute; watch `seshd query pool` and "+
		"`seshd query rewards %s` (the devnet operator), then claim them on the L2: `seshd rewards claim --home %s --key %s`\n",
		keys.EthAddress(op).Hex(), h, h.OperatorKey())
}

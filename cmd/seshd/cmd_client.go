package main

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/seshnet/seshnet/cmd/internal/chainclient"
	"github.com/seshnet/seshnet/cmd/internal/node"
	"github.com/seshnet/seshnet/core/keys"
	"github.com/seshnet/seshnet/workchain/app"
	"github.com/seshnet/seshnet/workchain/punish"
	"github.com/seshnet/seshnet/workchain/rewards"
	"github.com/seshnet/seshnet/workchain/swarm"
	"github.com/seshnet/seshnet/workchain/uptime"
)

func timeout() (context.Context, context.CancelFunc) {
	return context.WithTimeout(context.Background(), 15*time.Second)
}

type statusView struct {
	ChainID   string `json:"chain_id"`
	Moniker   string `json:"moniker"`
	Height    int64  `json:"latest_block_height"`
	AppHash   string `json:"latest_app_hash"`
	BlockTime string `json:"latest_block_time"`
	CatchUp   bool   `json:"catching_up"`
	Validator string `json:"validator_address"`
}

func statusCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "status",
		Short: "Show the height, app hash and sync state of a running node",
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, err := g.client()
			if err != nil {
				return err
			}
			ctx, cancel := timeout()
			defer cancel()
			st, err := c.Status(ctx)
			if err != nil {
				return fmt.Errorf("status of %s: %w", g.node, err)
			}
			v := statusView{
				ChainID: st.NodeInfo.Network, Moniker: st.NodeInfo.Moniker, Height: st.SyncInfo.LatestBlockHeight,
				AppHash: st.SyncInfo.LatestAppHash.String(), BlockTime: st.SyncInfo.LatestBlockTime.UTC().Format(time.RFC3339),
				CatchUp: st.SyncInfo.CatchingUp, Validator: st.ValidatorInfo.Address.String(),
			}
			return g.print(cmd, v, func() string {
				return fmt.Sprintf("chain %s  node %s\nheight %d  app hash %s\nblock time %s  catching up %v",
					v.ChainID, v.Moniker, v.Height, v.AppHash, v.BlockTime, v.CatchUp)
			})
		},
	}
}

func queryCmd(g *globals) *cobra.Command {
	var height int64
	cmd := &cobra.Command{Use: "query", Short: "Read workchain state from a running node"}
	cmd.PersistentFlags().Int64Var(&height, "height", 0, "height to read at (0 = latest)")
	ask := func(cmd *cobra.Command, path string, out any) error {
		c, err := g.client()
		if err != nil {
			return err
		}
		ctx, cancel := timeout()
		defer cancel()
		return chainclient.Query(ctx, c, path, height, out)
	}
	cmd.AddCommand(
		&cobra.Command{
			Use: "nodes", Short: "List registered nodes",
			RunE: func(cmd *cobra.Command, _ []string) error {
				var nodes []app.NodeView
				if err := ask(cmd, "/nodes", &nodes); err != nil {
					return err
				}
				return g.print(cmd, nodes, func() string { return nodesTable(nodes) })
			},
		},
		&cobra.Command{
			Use: "node ID", Short: "Show one node by its Ed25519 key (hex)", Args: cobra.ExactArgs(1),
			RunE: func(cmd *cobra.Command, args []string) error {
				var n app.NodeView
				if err := ask(cmd, "/node/"+strings.ToLower(args[0]), &n); err != nil {
					return err
				}
				return g.print(cmd, n, func() string { return nodeText(n) })
			},
		},
		&cobra.Command{
			Use: "rewards ADDRESS", Short: "Show an Ethereum address's rewards: accrued on the workchain, claimed on the L2, claimable now", Args: cobra.ExactArgs(1),
			RunE: func(cmd *cobra.Command, args []string) error {
				var b rewards.AccountView
				if err := ask(cmd, "/rewards/"+args[0], &b); err != nil {
					return err
				}
				return g.print(cmd, b, func() string {
					return fmt.Sprintf("%s: accrued %s (rewards %s, stakes returned %s), claimed %s, claimable %s (atomic SESH)",
						b.Address.Hex(), b.Accrued, b.Rewards, b.StakesReturned, b.Claimed, b.Claimable)
				})
			},
		},
		&cobra.Command{
			Use: "pool", Short: "Show the reward pool's rate and the workchain's emission totals",
			RunE: func(cmd *cobra.Command, _ []string) error {
				var p rewards.PoolView
				if err := ask(cmd, "/pool", &p); err != nil {
					return err
				}
				return g.print(cmd, p, func() string {
					return fmt.Sprintf("rate %s per %d s (L2 block %d), %d payable nodes; emitted %s, settled %s, unsettled %s, dust %s (atomic SESH)",
						p.RewardRate, p.RatePeriodSeconds, p.RateL2Height, p.PayableNodes, p.Emitted, p.Settled, p.Unsettled, p.Dust)
				})
			},
		},
		&cobra.Command{
			Use: "params", Short: "Show every module's parameters",
			RunE: func(cmd *cobra.Command, _ []string) error {
				var p map[string]any
				if err := ask(cmd, "/params", &p); err != nil {
					return err
				}
				old := g.output
				g.output = "json" // parameters read best as JSON either way
				defer func() { g.output = old }()
				return g.print(cmd, p, nil)
			},
		},
		&cobra.Command{
			Use: "validators", Short: "List the workchain's validator set",
			RunE: func(cmd *cobra.Command, _ []string) error {
				var vals []string
				if err := ask(cmd, "/validators", &vals); err != nil {
					return err
				}
				return g.print(cmd, vals, func() string { return strings.Join(vals, "\n") })
			},
		},
		&cobra.Command{
			Use: "swarms", Short: "List the swarms and their members",
			RunE: func(cmd *cobra.Command, _ []string) error {
				var sws []swarm.View
				if err := ask(cmd, "/swarms", &sws); err != nil {
					return err
				}
				return g.print(cmd, sws, func() string {
					var b strings.Builder
					for _, s := range sws {
						fmt.Fprintf(&b, "swarm %016x  %d members\n", s.ID, len(s.Members))
						for _, m := range s.Members {
							fmt.Fprintf(&b, "  %s\n", m)
						}
					}
					return strings.TrimRight(b.String(), "\n")
				})
			},
		},
		&cobra.Command{
			Use: "swarm-of ACCOUNT", Short: "Show the swarm that holds an account's messages (05-prefixed Session ID or 32-byte key, hex)", Args: cobra.ExactArgs(1),
			RunE: func(cmd *cobra.Command, args []string) error {
				var of app.SwarmOf
				if err := ask(cmd, "/swarm-of/"+strings.ToLower(args[0]), &of); err != nil {
					return err
				}
				return g.print(cmd, of, func() string {
					return fmt.Sprintf("swarm %016x: %s", of.Swarm.ID, strings.Join(of.Swarm.Members, " "))
				})
			},
		},
		&cobra.Command{
			Use: "account SIGNER", Short: "Show a signer's next nonce (node:<hex> or eth:<address>)", Args: cobra.ExactArgs(1),
			RunE: func(cmd *cobra.Command, args []string) error {
				var a app.Account
				if err := ask(cmd, "/account/"+args[0], &a); err != nil {
					return err
				}
				return g.print(cmd, a, func() string { return fmt.Sprintf("%s next nonce %d", a.Signer, a.NextNonce) })
			},
		},
	)
	cmd.AddCommand(punishCmds(g, ask)...)
	cmd.AddCommand(govQueryCmd(g, ask))
	cmd.AddCommand(oxenQueryCmd(g, ask))
	return cmd
}

func nodesTable(nodes []app.NodeView) string {
	sort.Slice(nodes, func(i, j int) bool { return nodes[i].ServiceNodeID < nodes[j].ServiceNodeID })
	var b strings.Builder
	fmt.Fprintf(&b, "%-4s %-64s %-15s %-16s %-8s %s\n", "ID", "ED25519", "STATE", "SWARM", "STAKERS", "LAST UPTIME PROOF")
	for _, n := range nodes {
		up := "never"
		if n.Uptime != nil {
			up = fmt.Sprintf("height %d (%s)", n.Uptime.Height, n.Uptime.Version)
		}
		sw := "-"
		if n.Swarm != nil {
			sw = fmt.Sprintf("%016x", *n.Swarm)
		}
		fmt.Fprintf(&b, "%-4d %-64s %-15s %-16s %-8d %s\n", n.ServiceNodeID, n.Ed25519, n.State, sw, len(n.Contributors), up)
	}
	return strings.TrimRight(b.String(), "\n")
}

func nodeText(n app.NodeView) string {
	var b strings.Builder
	fmt.Fprintf(&b, "node %d  %s\nstate %s since height %d\nbls %s\nfee %d bp, stake %d\n",
		n.ServiceNodeID, n.Ed25519, n.State, n.ActiveSinceHeight, n.BLS, n.FeeBP, n.TotalStake())
	for _, c := range n.Contributors {
		fmt.Fprintf(&b, "  contributor %s (beneficiary %s): %d\n", c.Staker.Hex(), c.Beneficiary.Hex(), c.Amount)
	}
	if n.Uptime != nil {
		fmt.Fprintf(&b, "last uptime proof at height %d: %s, modules [%s]", n.Uptime.Height, n.Uptime.Version, strings.Join(n.Uptime.Modules, " "))
	} else {
		b.WriteString("no uptime proof yet")
	}
	if p := n.Punish; p != nil {
		fmt.Fprintf(&b, "\ncredit %d s (%s h)", p.CreditSeconds, p.CreditHours)
		if p.LastReason != "" {
			fmt.Fprintf(&b, "; last punished: %s", p.LastReason)
		}
		if p.LiquidatableTime != 0 {
			fmt.Fprintf(&b, "; stake locked until %d, liquidatable from %d (now: %v)", p.LockedUntil, p.LiquidatableTime, p.Liquidatable)
		}
		for _, v := range p.Votes {
			verdict := "fail"
			if v.Pass {
				verdict = "pass"
			}
			fmt.Fprintf(&b, "\n  test of height %d: %s by %s", v.Height, verdict, v.Tester)
		}
	}
	return b.String()
}

// punishCmds are the queries of workchain/punish.
func punishCmds(g *globals, ask func(cmd *cobra.Command, path string, out any) error) []*cobra.Command {
	return []*cobra.Command{
		{
			Use: "quorum HEIGHT", Short: "Show the nodes tested at a height and their testers (recent heights only)", Args: cobra.ExactArgs(1),
			RunE: func(cmd *cobra.Command, args []string) error {
				var q punish.QuorumView
				if err := ask(cmd, "/quorum/"+args[0], &q); err != nil {
					return err
				}
				return g.print(cmd, q, func() string {
					var b strings.Builder
					fmt.Fprintf(&b, "height %d: %d nodes tested", q.Height, len(q.Quorums))
					for _, t := range q.Quorums {
						fmt.Fprintf(&b, "\n  %s tested by %d: %v", t.Node, len(t.Testers), t.Testers)
					}
					return b.String()
				})
			},
		},
		{
			Use: "punishments", Short: "List the recent punishment decisions, newest first",
			RunE: func(cmd *cobra.Command, _ []string) error {
				var ds []punish.Decision
				if err := ask(cmd, "/punishments", &ds); err != nil {
					return err
				}
				return g.print(cmd, ds, func() string {
					if len(ds) == 0 {
						return "no punishment decisions"
					}
					var b strings.Builder
					for _, d := range ds {
						fmt.Fprintf(&b, "height %d  %s  %s: %s\n", d.Height, d.Node, d.Decision, d.Reason)
					}
					return strings.TrimRight(b.String(), "\n")
				})
			},
		},
	}
}

func txCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{Use: "tx", Short: "Sign and send workchain transactions"}
	var modules []string
	up := &cobra.Command{
		Use:   "uptime-proof",
		Short: "Send this node's uptime proof now (the node also sends it on its own schedule)",
		RunE: func(cmd *cobra.Command, _ []string) error {
			key, err := keys.LoadNodeKey(home(g.home).NodeKey())
			if err != nil {
				return err
			}
			c, err := g.client()
			if err != nil {
				return err
			}
			ctx, cancel := timeout()
			defer cancel()
			st, err := c.Status(ctx)
			if err != nil {
				return err
			}
			sort.Strings(modules)
			sender := chainclient.NewSigner(c, st.NodeInfo.Network, key.Priv)
			hash, err := sender.Send(ctx, uptime.TxProof, node.UptimeBody(version, modules))
			if err != nil {
				return err
			}
			return g.print(cmd, map[string]string{"tx_hash": fmt.Sprintf("%X", hash)}, func() string { return fmt.Sprintf("sent %X", hash) })
		},
	}
	up.Flags().StringSliceVar(&modules, "modules", nil, "module names to report")
	cmd.AddCommand(up, govTxCmd(g))
	return cmd
}

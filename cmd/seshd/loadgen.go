package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/seshnet/seshnet/cmd/internal/loadgen"
)

func loadgenCmd(g *globals) *cobra.Command {
	var o loadgen.Options
	var nodes string
	cmd := &cobra.Command{
		Use:   "loadgen",
		Short: "Send signed transactions to a network and report committed tx/s and commit latency",
		Long: `loadgen runs --senders concurrent senders, each sending transactions one at a
time (broadcast_tx_sync) to one of --nodes in turn. Against seshd it sends
uptime proofs signed by the keys of --keys (seshd testnet --extra-nodes
writes them). With --kvstore it sends key=value transactions, for CometBFT's
kvstore example app. Only blocks seen after --warmup count. With --max-size
every proof is the largest the chain accepts (about 2 KiB: the longest
version, every module and endpoint slot filled); --senders 1 sends from one
key only.

With --rate N the load is open-loop instead: N transactions a second are due
at fixed intervals whatever the network does, each sent by the next free
sender (one not waiting on a broadcast; it may have many transactions in the
mempool, its nonces in order), refused sends retried. Latency runs from the
due time, so waiting for a free sender or a retry counts (no coordinated
omission); transactions due in the window may still go out and commit up to
--drain after it, so that the window's last (slowest) ones count too. The result adds the offered
rate, the sends that went out late for want of a free sender, those never
sent, and the maximum latency.`,
		RunE: func(cmd *cobra.Command, _ []string) error {
			o.Nodes = strings.Split(nodes, ",")
			ctx, stop := signalContext()
			defer stop()
			res, err := loadgen.Run(ctx, o)
			if err != nil {
				return err
			}
			return g.print(cmd, res, func() string {
				if res.Load == loadgen.OpenLoop {
					return fmt.Sprintf("%s: %.0f tx/s offered by %d senders, %.0f s: %d committed in %d blocks = %.0f tx/s; commit latency from due time p50 %.0f ms, p99 %.0f ms, max %.0f ms (%d late for want of a free sender, %d refused, %d unsent, %d not committed after the drain)",
						res.Mode, res.OfferedTPS, res.Senders, res.WindowSec, res.Committed, res.Blocks, res.CommittedTPS, res.P50ms, res.P99ms, res.MaxMs, res.NoFreeKey, res.Refused, res.Unsent, res.Uncommitted)
				}
				return fmt.Sprintf("%s: %d senders, %.0f s: %d committed in %d blocks = %.0f tx/s; commit latency p50 %.0f ms, p99 %.0f ms (%d refused)",
					res.Mode, res.Senders, res.WindowSec, res.Committed, res.Blocks, res.CommittedTPS, res.P50ms, res.P99ms, res.Refused)
			})
		},
	}
	f := cmd.Flags()
	f.StringVar(&nodes, "nodes", "http://127.0.0.1:26657", "comma-separated RPC addresses")
	f.StringVar(&o.KeysFile, "keys", "", "registered node keys to sign with (seshd testnet --extra-nodes writes DIR/extra-keys.json)")
	f.BoolVar(&o.KVStore, "kvstore", false, "send key=value transactions for CometBFT's kvstore app")
	f.IntVar(&o.Senders, "senders", 32, "concurrent senders (at most one per key)")
	f.DurationVar(&o.Duration, "duration", 30*time.Second, "measured time")
	f.DurationVar(&o.Warmup, "warmup", 5*time.Second, "time before measuring")
	f.Float64Var(&o.Rate, "rate", 0, "open-loop: transactions a second offered at fixed intervals (0: closed-loop senders)")
	f.DurationVar(&o.Drain, "drain", 15*time.Second, "open-loop: how long after the window its late transactions may still be sent and committed")
	f.BoolVar(&o.MaxSize, "max-size", false, "send the largest valid uptime proofs (a flood of full blocks)")
	f.IntVar(&o.Prebuild, "prebuild", 0, "transactions each sender builds and signs before the load starts (a client signs on its own machine, not the nodes')")
	f.BoolVar(&o.Latencies, "latencies", false, "put every latency sample (ms, sorted) in the JSON output, to pool several runs")
	return cmd
}

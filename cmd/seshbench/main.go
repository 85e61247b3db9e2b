// Command seshbench runs the load comparison of `make bench`: the same
// 4-validator loopback layout with seshd and with CometBFT's own kvstore
// example app (built from the same cometbft version), each driven by `seshd
// loadgen`. It measures in two parts:
//
//   - saturation: -runs rounds, each on a fresh network per app, closed-loop
//     senders: committed tx/s and the ratio, and the CPU time per committed
//     transaction of the nodes and of the load generator (from /proc)
//     during the measured windows;
//   - latency: open-loop loads (loadgen --rate) at 25, 50 and 75 % of
//     kvstore's median saturated tx/s, a fresh network per app and point:
//     commit latency p50/p99 of both.
//
// In a round or point both networks are up, and each app's measured time
// is cut into slices (-slice) that alternate with the other app's, the idle
// network frozen (slices.go): a slow stretch of the shared machine falls on
// both apps instead of on one.
//
// It runs loadgen as a subprocess, as an operator would, so the load
// generator is a process of its own beside the nodes, and its CPU time can
// be told from theirs.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"os/exec"
	"os/signal"
	"syscall"
	"time"
)

type options struct {
	seshd, cometbft, out, jsonOut string
	validators, senders, runs     int
	sweepSenders                  int
	modules                       bool
	duration, warmup, slice       time.Duration
	sweepDuration, drain          time.Duration
	keep                          bool // out was given: keep every network's directory
	// prebuildTPS is the rate a closed-loop run's senders build (and sign)
	// transactions ahead for: enough for the whole run at that rate.
	prebuildTPS float64
	// kvstoreMempool, above 0, is the kvstore nodes' mempool size instead
	// of CometBFT's default (a control run: seshd's own is larger).
	kvstoreMempool int
	// kvstoreStores is how the kvstore nodes open CometBFT's stores
	// (storesCometBFT or storesSeshd, kvnode.go).
	kvstoreStores string
	// seshdMempool, above 0, is the seshd nodes' mempool size instead of
	// the one seshd writes (a control run of that choice).
	seshdMempool int
	// profileDir, when set, gets CPU profiles of every node during the
	// last slice of each app in the first saturated round (profile.go).
	profileDir string
	// timeline: the nodes log their consensus steps and block execution
	// (CometBFT's consensus and state modules at info) to nodeK.log, with
	// milliseconds: where a block's time goes (-out keeps the logs).
	timeline bool
}

// prebuild is the --prebuild of a run of d at rate transactions a second
// over senders: all it can send, plus a fifth for refusals and drains.
func prebuild(rate float64, warmup, d time.Duration, senders int) string {
	n := rate * (warmup + d).Seconds() * 1.2 / float64(max(senders, 1))
	return fmt.Sprint(int(math.Ceil(n)))
}

func main() {
	if len(os.Args) > 1 && os.Args[1] == kvstoreNodeCmd {
		if err := kvstoreNode(os.Args[2:]); err != nil {
			fmt.Fprintln(os.Stderr, "seshbench kvstore-node:", err)
			os.Exit(1)
		}
		return
	}
	var o options
	flag.StringVar(&o.seshd, "seshd", "bin/seshd", "seshd binary")
	flag.StringVar(&o.cometbft, "cometbft", ".tools/bin/cometbft", "cometbft binary (make tools)")
	flag.StringVar(&o.out, "out", "", "work directory, kept (default: a temporary one, removed)")
	flag.StringVar(&o.jsonOut, "json", "", "write every figure to this file as JSON")
	flag.IntVar(&o.validators, "validators", 4, "validators")
	flag.IntVar(&o.senders, "senders", 32, "concurrent senders (closed-loop) and sender keys (open-loop)")
	flag.IntVar(&o.sweepSenders, "sweep-senders", 256, "sender keys of the open-loop latency points (both apps): enough that a slow broadcast never leaves a due transaction without a key")
	flag.BoolVar(&o.modules, "modules", false, "run seshd's plugin modules too (default: the workchain alone, as kvstore is a bare ABCI app)")
	flag.Float64Var(&o.prebuildTPS, "prebuild-tps", 5000, "closed-loop runs: build and sign, before the load, the transactions of a whole run at this rate (the load generator signs on the nodes' machine; a client would on its own); past them loadgen signs as it sends")
	flag.IntVar(&o.seshdMempool, "seshd-mempool-size", 0, "seshd nodes' mempool size (0: the one seshd testnet writes)")
	flag.IntVar(&o.kvstoreMempool, "kvstore-mempool-size", 0, "kvstore nodes' mempool size (0: CometBFT's default, 5000; a control run gives it seshd's, 20000)")
	flag.StringVar(&o.kvstoreStores, "kvstore-stores", storesCometBFT, "how kvstore's nodes open CometBFT's stores: cometbft (`cometbft start`, cometbft-db's pebble defaults) or seshd (kvstore's app in seshbench's own binary on the pebble settings seshd uses: the control of those settings)")
	flag.StringVar(&o.profileDir, "profile", "", "write a CPU profile of each node during the last slice of each app in the first saturated round (a full mempool) to this directory (pprof_laddr on the nodes)")
	flag.BoolVar(&o.timeline, "timeline", false, "nodes log their consensus steps and block execution at info (keep them with -out): where a block's time goes")
	flag.IntVar(&o.runs, "runs", 3, "saturated rounds, each on a fresh network per app, their slices alternating")
	flag.DurationVar(&o.duration, "duration", 30*time.Second, "measured time per app and saturated run")
	flag.DurationVar(&o.slice, "slice", 10*time.Second, "longest measured slice: a run's (or point's) measured time per app is cut into slices of at most this, the apps alternating (0: one slice each)")
	flag.DurationVar(&o.warmup, "warmup", 5*time.Second, "warm-up of each slice, after its network is thawed")
	flag.DurationVar(&o.sweepDuration, "sweep-duration", 20*time.Second, "measured time per app and latency point (0: no latency sweep)")
	flag.DurationVar(&o.drain, "drain", 15*time.Second, "longest wait after an open-loop load for its last transactions")
	flag.Parse()
	// Interrupted, stop the networks (a frozen one would outlive seshbench).
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	go func() {
		s := <-sigs
		fmt.Fprintf(os.Stderr, "seshbench: %s: stopping the networks\n", s)
		stopAll()
		os.Exit(1)
	}()
	if err := run(o); err != nil {
		fmt.Fprintln(os.Stderr, "seshbench:", err)
		os.Exit(1)
	}
}

func run(o options) error {
	if o.runs < 1 {
		return fmt.Errorf("-runs %d: at least one run", o.runs)
	}
	if o.kvstoreStores != storesCometBFT && o.kvstoreStores != storesSeshd {
		return fmt.Errorf("-kvstore-stores %q: %s or %s", o.kvstoreStores, storesCometBFT, storesSeshd)
	}
	if o.out == "" {
		dir, err := os.MkdirTemp("", "seshbench")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		o.out = dir
	} else {
		o.keep = true
	}
	rep := report{Validators: o.validators, Senders: o.senders, DurationSec: o.duration.Seconds(),
		WarmupSec: o.warmup.Seconds(), SweepDurationSec: o.sweepDuration.Seconds()}
	if err := saturate(o, &rep); err != nil {
		return err
	}
	if o.sweepDuration > 0 {
		if err := sweep(o, &rep); err != nil {
			return err
		}
	}
	if o.jsonOut != "" {
		raw, err := json.MarshalIndent(rep, "", "  ")
		if err != nil {
			return err
		}
		if err := os.WriteFile(o.jsonOut, append(raw, '\n'), 0o644); err != nil {
			return fmt.Errorf("write %s: %w", o.jsonOut, err)
		}
	}
	return nil
}

// saturate runs the saturated rounds: in each, both apps' fresh networks,
// their measured time in alternating slices (slices.go).
func saturate(o options, rep *report) error {
	n := sliceCount(o.duration, o.slice)
	fmt.Printf("\nSaturation: %d validators, %d closed-loop senders, %s measured per app and run in %d alternating slices (each after %s warm-up), fresh networks per run\n\n",
		o.validators, o.senders, o.duration, n, o.warmup)
	printRunHeader()
	d := o.duration / time.Duration(n)
	pre := []string{"--prebuild", prebuild(o.prebuildTPS, o.warmup, d, o.senders)}
	for i := 1; i <= o.runs; i++ {
		label := fmt.Sprintf("run%d", i)
		got, err := measurePair(o, slicePlan{label: label, round: i, n: n, d: d, senders: o.senders,
			args: pre, profile: o.profileDir != "" && i == 1})
		if err != nil {
			return fmt.Errorf("run %d: %w", i, err)
		}
		r := newRound(i, got[appSeshnet], got[appKVStore])
		rep.Runs = append(rep.Runs, r)
		printRun(r)
	}
	rep.summarise()
	printSummary(*rep)
	return nil
}

// measurePair starts a pair of fresh networks, runs plan on them and stops
// them.
func measurePair(o options, plan slicePlan) (map[string]measurement, error) {
	p, err := startPair(o, plan.label)
	if err != nil {
		return nil, err
	}
	defer p.stop(o)
	return interleave(o, p, plan)
}

// sweepPercents are the offered loads of the latency sweep, in percent of
// kvstore's median saturated tx/s.
var sweepPercents = []int{25, 50, 75}

// sweep measures latency at fixed offered loads. Each point gets a fresh
// pair of networks, as the saturated runs do, so every point starts from
// the same state (no chain grown by an earlier point), and alternating
// slices: each slice an open-loop loadgen of its own that drains before
// its network is frozen.
func sweep(o options, rep *report) error {
	n := sliceCount(o.sweepDuration, o.slice)
	fmt.Printf("\nLatency at a fixed offered load (open-loop, fixed intervals, latency from the due time, %d sender keys): %s measured per app and point in %d alternating slices (each after %s warm-up), fresh networks per point\n\n",
		o.sweepSenders, o.sweepDuration, n, o.warmup)
	printSweepHeader()
	// The open-loop points register and use more keys than the saturated
	// runs: a key sends one transaction at a time (nonce order), so with
	// too few a slow broadcast leaves due transactions without a key and
	// the point measures the load generator.
	po := o
	po.senders = o.sweepSenders
	d := o.sweepDuration / time.Duration(n)
	for i, pct := range sweepPercents {
		rate := rep.KVStoreMedianTPS * float64(pct) / 100
		args := []string{"--rate", fmt.Sprintf("%.1f", rate), "--drain", o.drain.String(),
			"--prebuild", prebuild(rate, o.warmup, d, po.senders)}
		got, err := measurePair(po, slicePlan{label: fmt.Sprintf("sweep%d", pct), round: i + 1, n: n, d: d,
			senders: po.senders, args: args})
		if err != nil {
			return fmt.Errorf("latency at %d%%: %w", pct, err)
		}
		p := newPoint(pct, rate, got[appSeshnet], got[appKVStore])
		rep.Sweep = append(rep.Sweep, p)
		printPoint(p)
	}
	rep.judgeLatency()
	printLatencyVerdict(*rep)
	return nil
}

// runLoadgen runs loadgen while sampling the CPU time of the nodes and of
// loadgen itself, and keeps what they used in loadgen's measured window.
func runLoadgen(seshd string, args []string, nodes []int) (measurement, error) {
	cmd := exec.Command(seshd, args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Start(); err != nil {
		return measurement{}, fmt.Errorf("loadgen: %w", err)
	}
	s := startSampler("/proc", 250*time.Millisecond, newCPUGroup(nodes...), newCPUGroup(cmd.Process.Pid))
	err := cmd.Wait()
	samples := s.finish()
	if err != nil {
		return measurement{}, fmt.Errorf("loadgen: %w: %s", err, stderr.String())
	}
	var m measurement
	if err := json.Unmarshal(stdout.Bytes(), &m.Result); err != nil {
		return m, fmt.Errorf("loadgen output %q: %w", stdout.String(), err)
	}
	m.CPU = cpuOf(samples, m.Result)
	return m, nil
}

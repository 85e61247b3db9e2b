package main

import (
	"fmt"
	"os"
	"path/filepath"
	"syscall"
	"time"

	"github.com/seshnet/seshnet/cmd/internal/loadgen"
)

// The slices: within a round (or a latency point) both apps' networks are
// up side by side, and the measured time of each is cut into slices that
// alternate between them (seshnet, kvstore, seshnet, ...), the idle
// network frozen with SIGSTOP. A slow stretch of the shared machine then
// falls on both apps' slices instead of on one app's whole run, which is
// what the ratio of a round is most sensitive to (docs/performance.md).
//
// A frozen network uses no CPU and loses no state: its four nodes stop
// together, so none of them sees its peers go quiet, and they go on where
// they were when thawed. A node's p2p connection pings its peers and drops
// one whose pong takes longer than 45 s (CometBFT's default), so a network
// must not stay frozen that long: slices alternate one by one (no
// seshnet-kvstore-kvstore-seshnet order that would freeze a network for
// two slices), which keeps a freeze to one slice of the other app (about
// 15-30 s at the defaults).

// appsInOrder is the apps' order in round i (1-based): seshnet first in odd
// rounds, kvstore first in even ones, so that neither app always has the
// first slice after a fresh start.
func appsInOrder(i int) [2]string {
	if i%2 == 0 {
		return [2]string{appKVStore, appSeshnet}
	}
	return [2]string{appSeshnet, appKVStore}
}

// sliceCount cuts d into slices of at most slice (0: one slice).
func sliceCount(d, slice time.Duration) int {
	if slice <= 0 || d <= slice {
		return 1
	}
	return int((d + slice - 1) / slice)
}

// pair is both apps' networks of one round or point, one running at a time.
type pair struct {
	nets map[string]*network
	dirs []string
}

// startPair starts both apps' fresh networks in dir o.out/label-APP and
// freezes each once it is up.
func startPair(o options, label string) (*pair, error) {
	p := &pair{nets: map[string]*network{}}
	for _, app := range []string{appSeshnet, appKVStore} {
		dir := filepath.Join(o.out, label+"-"+app)
		p.dirs = append(p.dirs, dir)
		t0 := time.Now()
		n, err := startNetwork(o, app, dir)
		if err != nil {
			p.stop(o)
			return nil, fmt.Errorf("%s: %w", app, err)
		}
		p.nets[app] = n
		if err := n.signal(syscall.SIGSTOP); err != nil {
			p.stop(o)
			return nil, fmt.Errorf("freeze %s: %w", app, err)
		}
		fmt.Fprintf(os.Stderr, "seshbench: %s %s: network up in %.0f s\n", label, app, time.Since(t0).Seconds())
	}
	return p, nil
}

// stop ends both networks (thawing them first) and removes their
// directories unless -out keeps them.
func (p *pair) stop(o options) {
	for _, n := range p.nets {
		n.stop()
	}
	if !o.keep {
		for _, d := range p.dirs {
			_ = os.RemoveAll(d)
		}
	}
}

// slicePlan is what interleave runs: n slices of d per app, each a loadgen
// with the arguments of its app besides the common ones.
type slicePlan struct {
	label   string
	round   int // appsInOrder's round
	n       int
	d       time.Duration
	senders int
	args    []string // loadgen's arguments of this plan, the same for both apps
	profile bool     // a CPU profile of each app's nodes during its last slice (a full mempool: the steady state)
}

// interleave runs the plan's slices, the apps alternating, each on its
// network thawed for the slice and frozen after it, and returns each app's
// slices combined.
func interleave(o options, p *pair, plan slicePlan) (map[string]measurement, error) {
	slices := map[string][]measurement{}
	for k := 0; k < plan.n; k++ {
		for _, app := range appsInOrder(plan.round) {
			m, err := runSlice(o, p.nets[app], app, plan, k == plan.n-1 && plan.profile)
			if err != nil {
				return nil, fmt.Errorf("%s slice %d of %d: %w", app, k+1, plan.n, err)
			}
			fmt.Fprintf(os.Stderr, "seshbench: %s %s slice %d/%d: %.0f tx/s, p50 %.0f ms, nodes %.0f µs/tx, loadgen %.0f µs/tx\n",
				plan.label, app, k+1, plan.n, m.Result.CommittedTPS, m.Result.P50ms, m.CPU.NodesUsPerTx, m.CPU.LoadgenUsPerTx)
			slices[app] = append(slices[app], m)
		}
	}
	out := map[string]measurement{}
	for app, ms := range slices {
		m, err := combine(ms)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", app, err)
		}
		out[app] = m
	}
	return out, nil
}

// runSlice thaws n, runs one loadgen against it and freezes it again.
func runSlice(o options, n *network, app string, plan slicePlan, profile bool) (measurement, error) {
	if err := n.signal(syscall.SIGCONT); err != nil {
		return measurement{}, fmt.Errorf("thaw: %w", err)
	}
	args := append([]string{"loadgen", "-o", "json", "--latencies", "--nodes", joinURLs(n.urls),
		"--senders", fmt.Sprint(plan.senders), "--duration", plan.d.String(), "--warmup", o.warmup.String()}, n.loadArg...)
	if profile {
		done := profileNodes(o, app, n, plan.d)
		defer func() {
			if err := <-done; err != nil {
				fmt.Fprintf(os.Stderr, "seshbench: profile of %s: %v\n", app, err)
			}
		}()
	}
	m, err := runLoadgen(o.seshd, append(args, plan.args...), n.pids())
	if ferr := n.signal(syscall.SIGSTOP); err == nil && ferr != nil {
		err = fmt.Errorf("freeze: %w", ferr)
	}
	return m, err
}

// combine is one app's slices taken as one measurement: loadgen.Combine's
// figures, CPU time summed over the slices' windows and divided by what
// they committed. The slices are kept without their latency samples.
func combine(slices []measurement) (measurement, error) {
	results := make([]loadgen.Result, len(slices))
	var out measurement
	out.CPU.Measured = true
	for i, s := range slices {
		results[i] = s.Result
		out.CPU.Measured = out.CPU.Measured && s.CPU.Measured
		out.CPU.NodesMs += s.CPU.NodesMs
		out.CPU.LoadgenMs += s.CPU.LoadgenMs
		s.Result.LatenciesMs = nil
		out.Slices = append(out.Slices, s)
	}
	r, err := loadgen.Combine(results...)
	if err != nil {
		return measurement{}, err
	}
	out.Result = r
	if !out.CPU.Measured {
		out.CPU = cpuFigures{}
		return out, nil
	}
	if r.WindowSec > 0 {
		out.CPU.NodesCores = out.CPU.NodesMs / 1000 / r.WindowSec
	}
	if r.Committed > 0 {
		out.CPU.NodesUsPerTx = out.CPU.NodesMs * 1000 / float64(r.Committed)
		out.CPU.LoadgenUsPerTx = out.CPU.LoadgenMs * 1000 / float64(r.Committed)
	}
	return out, nil
}

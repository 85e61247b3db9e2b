package main

import (
	"fmt"
	"slices"
	"sort"
	"time"

	"github.com/seshnet/seshnet/cmd/internal/loadgen"
)

// The targets of issue 16.
const (
	targetMedianRatio = 0.90 // median seshnet/kvstore committed tx/s
	targetWorstRatio  = 0.80 // no run below
	targetP50         = 1.2  // seshnet p50 / kvstore p50 at 50 % of kvstore's rate, at most
	targetP99         = 1.5  // and p99
	targetPercent     = 50
)

// measurement is one loadgen run (a slice), or one app's slices of a round
// or point combined (slices.go), which keeps the slices.
type measurement struct {
	Result loadgen.Result `json:"loadgen"`
	CPU    cpuFigures     `json:"cpu"`
	Slices []measurement  `json:"slices,omitempty"`
}

// cpuFigures is the CPU time used in the measured window: by every process
// of the nodes (and their plugin processes), and by the load generator.
type cpuFigures struct {
	Measured       bool    `json:"measured"` // false where there is no /proc
	NodesMs        float64 `json:"nodes_cpu_ms"`
	LoadgenMs      float64 `json:"loadgen_cpu_ms"`
	NodesCores     float64 `json:"nodes_cores_busy"` // nodes' CPU time / window: cores they kept busy
	NodesUsPerTx   float64 `json:"nodes_cpu_us_per_committed_tx"`
	LoadgenUsPerTx float64 `json:"loadgen_cpu_us_per_committed_tx"`
}

// cpuOf reads the CPU time of the two sampled groups (nodes, loadgen) in
// r's window.
func cpuOf(samples []cpuSample, r loadgen.Result) cpuFigures {
	from, to := time.UnixMilli(r.WindowFrom), time.UnixMilli(r.WindowTo)
	nodes, okN := cpuIn(samples, 0, from, to)
	gen, okL := cpuIn(samples, 1, from, to)
	if !okN || !okL {
		return cpuFigures{}
	}
	c := cpuFigures{Measured: true, NodesMs: ms(nodes), LoadgenMs: ms(gen)}
	if secs := to.Sub(from).Seconds(); secs > 0 {
		c.NodesCores = nodes.Seconds() / secs
	}
	if r.Committed > 0 {
		c.NodesUsPerTx = float64(nodes.Microseconds()) / float64(r.Committed)
		c.LoadgenUsPerTx = float64(gen.Microseconds()) / float64(r.Committed)
	}
	return c
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

// round is one saturated run of each app.
type round struct {
	Run      int         `json:"run"`
	Seshnet  measurement `json:"seshnet"`
	KVStore  measurement `json:"kvstore"`
	Ratio    float64     `json:"tps_ratio"`              // seshnet / kvstore committed tx/s
	CPURatio float64     `json:"nodes_cpu_per_tx_ratio"` // seshnet / kvstore nodes' CPU per committed tx
}

func newRound(i int, ours, theirs measurement) round {
	r := round{Run: i, Seshnet: ours, KVStore: theirs,
		Ratio: ratio(ours.Result.CommittedTPS, theirs.Result.CommittedTPS)}
	if ours.CPU.Measured && theirs.CPU.Measured {
		r.CPURatio = ratio(ours.CPU.NodesUsPerTx, theirs.CPU.NodesUsPerTx)
	}
	return r
}

func ratio(a, b float64) float64 {
	if b == 0 {
		return 0
	}
	return a / b
}

// point is one offered load of the latency sweep, both apps.
type point struct {
	Percent    int         `json:"percent_of_kvstore_saturated"`
	OfferedTPS float64     `json:"offered_tx_per_second"`
	Seshnet    measurement `json:"seshnet"`
	KVStore    measurement `json:"kvstore"`
	P50Ratio   float64     `json:"p50_ratio"` // seshnet / kvstore
	P99Ratio   float64     `json:"p99_ratio"`
}

// lost is how many of r's transactions due in the window have no latency:
// never sent, or sent and not committed by the end of the drain. Above 0,
// the percentiles are those of the transactions that made it, a lower bound.
func lost(r loadgen.Result) int64 { return r.Unsent + int64(r.Uncommitted) }

func newPoint(pct int, rate float64, ours, theirs measurement) point {
	return point{Percent: pct, OfferedTPS: rate, Seshnet: ours, KVStore: theirs,
		P50Ratio: ratio(ours.Result.P50ms, theirs.Result.P50ms),
		P99Ratio: ratio(ours.Result.P99ms, theirs.Result.P99ms)}
}

// report is every figure of one seshbench (-json writes it).
type report struct {
	Validators       int     `json:"validators"`
	Senders          int     `json:"senders"`
	DurationSec      float64 `json:"duration_seconds"`
	WarmupSec        float64 `json:"warmup_seconds"`
	SweepDurationSec float64 `json:"sweep_duration_seconds"`

	Runs               []round `json:"runs"`
	RatioMedian        float64 `json:"tps_ratio_median"`
	RatioMin           float64 `json:"tps_ratio_min"`
	RatioMax           float64 `json:"tps_ratio_max"`
	ThroughputTarget   bool    `json:"throughput_target_met"` // median >= 0.90, no run < 0.80
	KVStoreMedianTPS   float64 `json:"kvstore_median_tx_per_second"`
	SeshnetMedianTPS   float64 `json:"seshnet_median_tx_per_second"`
	CPURatioMedian     float64 `json:"nodes_cpu_per_tx_ratio_median"`
	SeshnetCPUUsMedian float64 `json:"seshnet_nodes_cpu_us_per_tx_median"`
	KVStoreCPUUsMedian float64 `json:"kvstore_nodes_cpu_us_per_tx_median"`

	Sweep         []point `json:"latency_sweep,omitempty"`
	LatencyTarget bool    `json:"latency_target_met"` // at 50 %: p50 within 1.2x, p99 within 1.5x
}

// summarise computes the medians and the throughput verdict of the runs.
func (r *report) summarise() {
	var ratios, ours, theirs, cpu, ourCPU, theirCPU []float64
	for _, x := range r.Runs {
		ratios = append(ratios, x.Ratio)
		ours = append(ours, x.Seshnet.Result.CommittedTPS)
		theirs = append(theirs, x.KVStore.Result.CommittedTPS)
		if x.CPURatio > 0 {
			cpu = append(cpu, x.CPURatio)
			ourCPU = append(ourCPU, x.Seshnet.CPU.NodesUsPerTx)
			theirCPU = append(theirCPU, x.KVStore.CPU.NodesUsPerTx)
		}
	}
	r.RatioMedian, r.RatioMin, r.RatioMax = median(ratios), minOf(ratios), maxOf(ratios)
	r.ThroughputTarget = r.RatioMedian >= targetMedianRatio && r.RatioMin >= targetWorstRatio
	r.SeshnetMedianTPS, r.KVStoreMedianTPS = median(ours), median(theirs)
	r.CPURatioMedian, r.SeshnetCPUUsMedian, r.KVStoreCPUUsMedian = median(cpu), median(ourCPU), median(theirCPU)
}

// judgeLatency gives the latency verdict: at 50 % of kvstore's saturated
// rate, p50 within 1.2x of kvstore's and p99 within 1.5x, with no seshnet
// transaction lost.
func (r *report) judgeLatency() {
	r.LatencyTarget = false
	for _, p := range r.Sweep {
		if p.Percent == targetPercent {
			// seshnet's figures must be whole: lost transactions would hide
			// its slowest ones (kvstore's losses only flatter kvstore).
			r.LatencyTarget = p.P50Ratio > 0 && p.P50Ratio <= targetP50 && p.P99Ratio > 0 && p.P99Ratio <= targetP99 &&
				lost(p.Seshnet.Result) == 0
		}
	}
}

// median of v (the mean of the middle two for an even count); 0 for none.
func median(v []float64) float64 {
	if len(v) == 0 {
		return 0
	}
	s := append([]float64{}, v...)
	sort.Float64s(s)
	m := len(s) / 2
	if len(s)%2 == 0 {
		return (s[m-1] + s[m]) / 2
	}
	return s[m]
}

// minOf and maxOf are slices.Min and slices.Max, 0 for no runs.
func minOf(v []float64) float64 {
	if len(v) == 0 {
		return 0
	}
	return slices.Min(v)
}

func maxOf(v []float64) float64 {
	if len(v) == 0 {
		return 0
	}
	return slices.Max(v)
}

func verdict(ok bool) string {
	if ok {
		return "MET"
	}
	return "NOT MET"
}

func printRunHeader() {
	fmt.Println("| run | seshnet tx/s | kvstore tx/s | ratio | seshnet p50 / p99 | kvstore p50 / p99 | nodes CPU µs/tx seshnet | kvstore | CPU ratio | nodes' cores busy seshnet / kvstore | loadgen CPU µs/tx seshnet / kvstore |")
	fmt.Println("|---|---|---|---|---|---|---|---|---|---|---|")
}

func printRun(r round) {
	s, k := r.Seshnet, r.KVStore
	fmt.Printf("| %d | %.0f | %.0f | %.2f | %.0f / %.0f ms | %.0f / %.0f ms | %.0f | %.0f | %.2f | %.2f / %.2f | %.0f / %.0f |\n",
		r.Run, s.Result.CommittedTPS, k.Result.CommittedTPS, r.Ratio,
		s.Result.P50ms, s.Result.P99ms, k.Result.P50ms, k.Result.P99ms,
		s.CPU.NodesUsPerTx, k.CPU.NodesUsPerTx, r.CPURatio, s.CPU.NodesCores, k.CPU.NodesCores,
		s.CPU.LoadgenUsPerTx, k.CPU.LoadgenUsPerTx)
}

func printSummary(r report) {
	fmt.Printf("\nseshnet / kvstore committed tx/s over %d runs: median %.2f, range %.2f-%.2f (target: median >= %.2f, no run below %.2f): %s\n",
		len(r.Runs), r.RatioMedian, r.RatioMin, r.RatioMax, targetMedianRatio, targetWorstRatio, verdict(r.ThroughputTarget))
	fmt.Printf("median committed tx/s: seshnet %.0f, kvstore %.0f; median nodes' CPU per committed tx: seshnet %.0f µs, kvstore %.0f µs (ratio %.2f)\n",
		r.SeshnetMedianTPS, r.KVStoreMedianTPS, r.SeshnetCPUUsMedian, r.KVStoreCPUUsMedian, r.CPURatioMedian)
}

func printSweepHeader() {
	fmt.Println("| offered | tx/s seshnet / kvstore | seshnet p50 | kvstore p50 | p50 ratio | seshnet p99 | kvstore p99 | p99 ratio | max seshnet / kvstore | late (no free sender) seshnet / kvstore | refused seshnet / kvstore | lost (unsent or not committed after the drain) seshnet / kvstore |")
	fmt.Println("|---|---|---|---|---|---|---|---|---|---|---|---|")
}

func printPoint(p point) {
	s, k := p.Seshnet.Result, p.KVStore.Result
	fmt.Printf("| %d%% = %.0f tx/s | %.0f / %.0f | %.0f ms | %.0f ms | %.2f | %.0f ms | %.0f ms | %.2f | %.0f / %.0f ms | %d / %d | %d / %d | %d / %d |\n",
		p.Percent, p.OfferedTPS, s.CommittedTPS, k.CommittedTPS, s.P50ms, k.P50ms, p.P50Ratio, s.P99ms, k.P99ms, p.P99Ratio,
		s.MaxMs, k.MaxMs, s.NoFreeKey, k.NoFreeKey, s.Refused, k.Refused, lost(s), lost(k))
}

func printLatencyVerdict(r report) {
	for _, p := range r.Sweep {
		for _, m := range []measurement{p.Seshnet, p.KVStore} {
			if m.Result.CommittedTPS < 0.9*p.OfferedTPS {
				// Below saturation an app commits what it is offered; if it
				// did not, it was saturated here (a busy machine?), and the
				// point says little about latency below saturation.
				fmt.Printf("note: at %d%%, %s committed %.0f tx/s of the %.0f offered\n", p.Percent, m.Result.Mode, m.Result.CommittedTPS, p.OfferedTPS)
			}
		}
	}
	for _, p := range r.Sweep {
		if p.Percent == targetPercent {
			fmt.Printf("\nat %d%% of kvstore's saturated rate: p50 ratio %.2f (target <= %.1f), p99 ratio %.2f (target <= %.1f), %d seshnet transactions lost (target 0): %s\n",
				p.Percent, p.P50Ratio, targetP50, p.P99Ratio, targetP99, lost(p.Seshnet.Result), verdict(r.LatencyTarget))
		}
	}
}

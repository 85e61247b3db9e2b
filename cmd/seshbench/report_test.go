package main

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/cmd/internal/loadgen"
)

func TestMedianAndRange(t *testing.T) {
	for _, c := range []struct {
		v             []float64
		med, min, max float64
	}{
		{nil, 0, 0, 0},
		{[]float64{0.7}, 0.7, 0.7, 0.7},
		{[]float64{0.9, 0.7, 0.8}, 0.8, 0.7, 0.9},
		{[]float64{4, 1, 3, 2}, 2.5, 1, 4},
	} {
		require.Equal(t, c.med, median(c.v), "%v", c.v)
		require.Equal(t, c.min, minOf(c.v), "%v", c.v)
		require.Equal(t, c.max, maxOf(c.v), "%v", c.v)
	}
	v := []float64{3, 1, 2}
	median(v)
	require.Equal(t, []float64{3, 1, 2}, v, "median leaves its input alone")
}

func saturated(tps float64, committed int, nodesUs float64) measurement {
	return measurement{Result: loadgen.Result{CommittedTPS: tps, Committed: committed},
		CPU: cpuFigures{Measured: true, NodesUsPerTx: nodesUs}}
}

// TestThroughputVerdict: the median must reach 0.90 and no run fall below
// 0.80.
func TestThroughputVerdict(t *testing.T) {
	for _, c := range []struct {
		name   string
		ratios []float64
		met    bool
	}{
		{"all good", []float64{0.95, 0.91, 0.93}, true},
		{"median short", []float64{0.95, 0.85, 0.89}, false},
		{"one run too low", []float64{0.95, 0.79, 0.93}, false},
		{"at the limits", []float64{0.80, 0.90, 0.95}, true},
	} {
		var r report
		for i, x := range c.ratios {
			r.Runs = append(r.Runs, newRound(i+1, saturated(1000*x, 100, 200), saturated(1000, 100, 100)))
		}
		r.summarise()
		require.Equal(t, c.met, r.ThroughputTarget, c.name)
		require.InDelta(t, 1000, r.KVStoreMedianTPS, 1e-9, c.name)
		require.InDelta(t, 2, r.CPURatioMedian, 1e-9, c.name)
	}
}

func TestLatencyVerdict(t *testing.T) {
	lat := func(p50, p99 float64) measurement {
		return measurement{Result: loadgen.Result{P50ms: p50, P99ms: p99}}
	}
	for _, c := range []struct {
		name       string
		ours       measurement
		met        bool
		pct        int
		theirP50ms float64
	}{
		{"within", lat(1200, 1500), true, 50, 1000},
		{"p50 over", lat(1201, 1000), false, 50, 1000},
		{"p99 over", lat(1000, 1501), false, 50, 1000},
		{"a slow 25 % point does not count, only the 50 % one", lat(5000, 5000), true, 25, 1000},
		{"no kvstore figure", lat(1000, 1000), false, 50, 0},
		{"seshnet lost transactions", measurement{Result: loadgen.Result{P50ms: 900, P99ms: 900, Uncommitted: 1}}, false, 50, 1000},
		{"seshnet left some unsent", measurement{Result: loadgen.Result{P50ms: 900, P99ms: 900, Unsent: 1}}, false, 50, 1000},
	} {
		r := report{Sweep: []point{newPoint(c.pct, 100, c.ours, lat(c.theirP50ms, 1000))}}
		if c.pct != 50 {
			r.Sweep = append(r.Sweep, newPoint(50, 200, lat(1, 1), lat(1, 1)))
		}
		r.judgeLatency()
		require.Equal(t, c.met, r.LatencyTarget, c.name)
	}
}

func TestCPUOf(t *testing.T) {
	t0 := time.UnixMilli(1_700_000_000_000)
	samples := []cpuSample{
		{at: t0, ticks: []uint64{0, 0}},
		{at: t0.Add(10 * time.Second), ticks: []uint64{1000, 100}}, // 10 s on the nodes, 1 s on loadgen
	}
	r := loadgen.Result{Committed: 5000, WindowFrom: t0.UnixMilli(), WindowTo: t0.Add(10 * time.Second).UnixMilli()}
	c := cpuOf(samples, r)
	require.True(t, c.Measured)
	require.InDelta(t, 10_000, c.NodesMs, 1e-6)
	require.InDelta(t, 1_000, c.LoadgenMs, 1e-6)
	require.InDelta(t, 1, c.NodesCores, 1e-9)
	require.InDelta(t, 2000, c.NodesUsPerTx, 1e-9)
	require.InDelta(t, 200, c.LoadgenUsPerTx, 1e-9)

	r.WindowTo = t0.Add(11 * time.Second).UnixMilli()
	require.False(t, cpuOf(samples, r).Measured, "a window the samples do not cover")
}

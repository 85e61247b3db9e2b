package main

import (
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/cmd/internal/loadgen"
)

func TestSliceCount(t *testing.T) {
	for _, c := range []struct {
		d, slice time.Duration
		want     int
	}{
		{30 * time.Second, 10 * time.Second, 3},
		{20 * time.Second, 10 * time.Second, 2},
		{25 * time.Second, 10 * time.Second, 3}, // slices of 8.3 s, none longer than 10
		{5 * time.Second, 10 * time.Second, 1},
		{30 * time.Second, 0, 1},
	} {
		require.Equal(t, c.want, sliceCount(c.d, c.slice), "%s in slices of %s", c.d, c.slice)
	}
}

// TestAppsInOrderAlternateFirst: neither app always has a round's first
// slice.
func TestAppsInOrderAlternateFirst(t *testing.T) {
	require.Equal(t, [2]string{appSeshnet, appKVStore}, appsInOrder(1))
	require.Equal(t, [2]string{appKVStore, appSeshnet}, appsInOrder(2))
	require.Equal(t, [2]string{appSeshnet, appKVStore}, appsInOrder(3))
}

func slice(committed int, secs, nodesMs, loadgenMs float64, lat ...float64) measurement {
	return measurement{
		Result: loadgen.Result{Mode: "seshnet", Load: loadgen.ClosedLoop, Committed: committed, WindowSec: secs,
			CommittedTPS: float64(committed) / secs, Samples: len(lat), LatenciesMs: lat},
		CPU: cpuFigures{Measured: true, NodesMs: nodesMs, LoadgenMs: loadgenMs},
	}
}

// TestCombineTakesSlicesAsOne: tx/s and CPU per transaction over all the
// slices' windows (not the mean of each slice's), the pooled latencies,
// and the slices kept without their samples.
func TestCombineTakesSlicesAsOne(t *testing.T) {
	got, err := combine([]measurement{
		slice(30_000, 10, 20_000, 3_000, 500, 900, 1000),
		slice(10_000, 10, 12_000, 1_000, 1100, 1200),
	})
	require.NoError(t, err)
	require.InDelta(t, 2000, got.Result.CommittedTPS, 1e-9)
	require.True(t, got.CPU.Measured)
	require.InDelta(t, 32_000, got.CPU.NodesMs, 1e-9)
	require.InDelta(t, 800, got.CPU.NodesUsPerTx, 1e-9, "32 s of CPU over 40,000 transactions")
	require.InDelta(t, 100, got.CPU.LoadgenUsPerTx, 1e-9)
	require.InDelta(t, 1.6, got.CPU.NodesCores, 1e-9, "32 s of CPU in 20 s of windows")
	require.Equal(t, 1000.0, got.Result.P50ms)
	require.Len(t, got.Slices, 2)
	for _, s := range got.Slices {
		require.Nil(t, s.Result.LatenciesMs, "the report keeps no samples")
	}

	unmeasured := slice(10_000, 10, 0, 0)
	unmeasured.CPU = cpuFigures{}
	got, err = combine([]measurement{slice(30_000, 10, 20_000, 3_000), unmeasured})
	require.NoError(t, err)
	require.False(t, got.CPU.Measured, "one slice without CPU figures leaves the whole without")
	require.Zero(t, got.CPU.NodesUsPerTx)

	_, err = combine(nil)
	require.Error(t, err)
}

// procState is field 3 of /proc/PID/stat: T when stopped.
func procState(t *testing.T, pid int) string {
	t.Helper()
	raw, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	require.NoError(t, err)
	s := string(raw)
	return strings.Fields(s[strings.LastIndexByte(s, ')')+1:])[0]
}

// TestSignalFreezesTheWholeTree: a frozen network's processes and their
// children (a node's plugin processes) stop, thaw together, and stop ends
// a frozen network.
func TestSignalFreezesTheWholeTree(t *testing.T) {
	sh := procAnd(t, "sh")
	// A "node" with a child of its own; both sleep, so the test burns no CPU.
	node := exec.Command(sh, "-c", "sleep 60 & wait")
	require.NoError(t, node.Start())
	n := &network{procs: []*exec.Cmd{node}}
	var child int
	require.Eventually(t, func() bool {
		for _, pid := range descendants(readProcs("/proc"), n.pids()) {
			if pid != node.Process.Pid {
				child = pid
				return true
			}
		}
		return false
	}, 10*time.Second, 10*time.Millisecond)
	t.Cleanup(func() { _ = syscall.Kill(child, syscall.SIGKILL) })

	require.NoError(t, n.signal(syscall.SIGSTOP))
	for _, pid := range []int{node.Process.Pid, child} {
		require.Eventually(t, func() bool { return procState(t, pid) == "T" }, 10*time.Second, 10*time.Millisecond, "pid %d frozen", pid)
	}
	require.NoError(t, n.signal(syscall.SIGCONT))
	for _, pid := range []int{node.Process.Pid, child} {
		require.Eventually(t, func() bool { return procState(t, pid) != "T" }, 10*time.Second, 10*time.Millisecond, "pid %d thawed", pid)
	}

	require.NoError(t, n.signal(syscall.SIGSTOP))
	stopped := make(chan struct{})
	go func() { n.stop(); close(stopped) }()
	select {
	case <-stopped:
	case <-time.After(30 * time.Second):
		t.Fatal("stop did not end a frozen network")
	}
}

// TestStopAllEndsFrozenNetworks: what an interrupted seshbench runs, so
// that no frozen node outlives it holding its ports.
func TestStopAllEndsFrozenNetworks(t *testing.T) {
	sleep := procAnd(t, "sleep")
	var nets []*network
	for range 2 {
		n, err := launch(t.TempDir(), [][]string{{sleep, "60"}, {sleep, "60"}}, nil)
		require.NoError(t, err)
		require.NoError(t, n.signal(syscall.SIGSTOP))
		nets = append(nets, n)
	}
	done := make(chan struct{})
	go func() { stopAll(); close(done) }()
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		t.Fatal("stopAll did not end frozen networks")
	}
	for _, n := range nets {
		for _, p := range n.procs {
			require.NotNil(t, p.ProcessState, "pid %d waited for", p.Process.Pid)
		}
	}
	nets[0].stop() // a second stop is a no-op
	running.Lock()
	defer running.Unlock()
	require.Empty(t, running.set)
}

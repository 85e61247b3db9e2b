package main

import (
	"os"
	"os/exec"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

func TestParseStat(t *testing.T) {
	for _, c := range []struct {
		name, line string
		want       procStat
		bad        bool
	}{
		{name: "plain", line: "4242 (seshd) S 4000 4242 4000 0 -1 4194560 1 0 0 0 120 30 0 0 20 0 12 0 100 0 0",
			want: procStat{ppid: 4000, ticks: 150}},
		{name: "name with spaces and parentheses", line: "77 (a) b (c)) R 1 77 77 0 -1 0 0 0 0 0 5 6 0 0 20 0 1 0 1 0 0",
			want: procStat{ppid: 1, ticks: 11}},
		{name: "no name", line: "77 R 1", bad: true},
		{name: "short", line: "77 (x) R 1 2 3", bad: true},
		{name: "not a number", line: "77 (x) R 1 2 3 4 5 6 7 8 9 10 x 6 0", bad: true},
	} {
		got, err := parseStat(c.line)
		if c.bad {
			require.Error(t, err, c.name)
			continue
		}
		require.NoError(t, err, c.name)
		require.Equal(t, c.want, got, c.name)
	}
}

func TestDescendants(t *testing.T) {
	procs := map[int]procStat{
		1: {ppid: 0}, 10: {ppid: 1}, 11: {ppid: 10}, 12: {ppid: 11}, 20: {ppid: 1}, 21: {ppid: 20}, 30: {ppid: 1},
	}
	require.Equal(t, []int{10, 11, 12, 20, 21}, descendants(procs, []int{10, 20}))
	require.Equal(t, []int{99}, descendants(procs, []int{99}), "a root that is gone is kept, with nothing below")
}

// TestCPUGroupKeepsExitedProcesses: a process that ended keeps its last
// reading in the group's total; a new one adds from zero.
func TestCPUGroupKeepsExitedProcesses(t *testing.T) {
	g := newCPUGroup(10)
	require.EqualValues(t, 7, g.update(map[int]procStat{10: {ticks: 5}, 11: {ppid: 10, ticks: 2}, 99: {ticks: 1000}}))
	require.EqualValues(t, 13, g.update(map[int]procStat{10: {ticks: 8}, 11: {ppid: 10, ticks: 5}}))
	require.EqualValues(t, 17, g.update(map[int]procStat{10: {ticks: 9}, 12: {ppid: 10, ticks: 3}}), "11 exited at 5")
}

func TestCPUIn(t *testing.T) {
	t0 := time.Unix(1_700_000_000, 0)
	samples := []cpuSample{
		{at: t0, ticks: []uint64{0, 0}},
		{at: t0.Add(time.Second), ticks: []uint64{100, 10}},
		{at: t0.Add(3 * time.Second), ticks: []uint64{300, 10}},
	}
	for _, c := range []struct {
		name     string
		g        int
		from, to time.Duration
		want     time.Duration
		ok       bool
	}{
		{"whole", 0, 0, 3 * time.Second, 3 * time.Second, true},
		{"interpolated both ends", 0, 500 * time.Millisecond, 2 * time.Second, 1500 * time.Millisecond, true},
		{"second group", 1, 0, 2 * time.Second, 100 * time.Millisecond, true},
		{"before the samples", 0, -time.Second, time.Second, 0, false},
		{"after the samples", 0, time.Second, 4 * time.Second, 0, false},
	} {
		got, ok := cpuIn(samples, c.g, t0.Add(c.from), t0.Add(c.to))
		require.Equal(t, c.ok, ok, c.name)
		require.Equal(t, c.want, got, c.name)
	}
	_, ok := cpuIn(nil, 0, t0, t0)
	require.False(t, ok, "no samples (no /proc)")
}

// TestSamplerFollowsAChild reads the real /proc: a busy child of this
// process is found below it and its CPU time counted.
func TestSamplerFollowsAChild(t *testing.T) {
	sh := procAnd(t, "sh")
	// A busy shell, this test's child, killed at the end.
	child := exec.Command(sh, "-c", "while :; do :; done")
	require.NoError(t, child.Start())
	t.Cleanup(func() { _ = child.Process.Kill(); _ = child.Wait() })

	procs := readProcs("/proc")
	require.Contains(t, procs, os.Getpid())
	require.Equal(t, os.Getpid(), procs[child.Process.Pid].ppid)
	require.Contains(t, descendants(procs, []int{os.Getpid()}), child.Process.Pid)

	s := startSampler("/proc", 10*time.Millisecond, newCPUGroup(os.Getpid()))
	mine := newCPUGroup(child.Process.Pid)
	require.Eventually(t, func() bool { return mine.update(readProcs("/proc")) > 0 }, time.Minute, 20*time.Millisecond,
		"a busy child's CPU time shows")
	samples := s.finish()
	require.GreaterOrEqual(t, len(samples), 2)
	require.Positive(t, samples[len(samples)-1].ticks[0])
}

// procAnd skips a test that reads the real /proc, or runs prog, where the
// machine has no /proc or no prog; it returns prog's path.
func procAnd(t *testing.T, prog string) string {
	t.Helper()
	if _, err := os.Stat("/proc/self/stat"); err != nil {
		t.Skip("no /proc")
	}
	path, err := exec.LookPath(prog)
	if err != nil {
		t.Skip("no " + prog)
	}
	return path
}

package host

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/rs/zerolog"
	"github.com/stretchr/testify/require"
)

// ownBinary copies the test plugin to a path of the test's own, so the
// processes running it can be counted without seeing other tests'.
func ownBinary(t *testing.T) string {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join(binDir, "seshd-testplugin"))
	require.NoError(t, err)
	path := filepath.Join(t.TempDir(), "seshd-testplugin")
	require.NoError(t, os.WriteFile(path, raw, 0o755))
	return path
}

// liveProcesses lists the pids of live (not zombie) processes running the
// binary at path, read from /proc: it sees orphans the host lost track of.
func liveProcesses(t *testing.T, path string) []int {
	t.Helper()
	ents, err := os.ReadDir("/proc")
	require.NoError(t, err)
	var out []int
	for _, e := range ents {
		pid, err := strconv.Atoi(e.Name())
		if err != nil {
			continue
		}
		exe, err := os.Readlink(filepath.Join("/proc", e.Name(), "exe"))
		if err != nil || strings.TrimSuffix(exe, " (deleted)") != path {
			continue
		}
		stat, err := os.ReadFile(filepath.Join("/proc", e.Name(), "stat"))
		if err != nil {
			continue
		}
		if f := strings.Fields(string(stat[strings.LastIndexByte(string(stat), ')')+1:])); len(f) > 0 && f[0] == "Z" {
			continue
		}
		out = append(out, pid)
	}
	return out
}

// requireOneProcess checks that exactly the module's recorded process runs
// the binary: no orphan beside it.
func requireOneProcess(t *testing.T, h *Host, name, bin string) {
	t.Helper()
	st := modStatus(t, h, name)
	require.Equal(t, StateRunning, st.State, st.LastError)
	require.Equal(t, []int{st.PID}, liveProcesses(t, bin), "live processes of %s", name)
}

// slowBackoff makes the supervisor wait long enough before a restart for a
// test to act in between; set before the host starts, restored after it
// stopped.
func slowBackoff(t *testing.T, d time.Duration) {
	t.Helper()
	prev := backoffFirst
	backoffFirst = d
	t.Cleanup(func() { backoffFirst = prev })
}

// TestHostRace_CrashedAfterSwapLeavesNoOrphan: the supervisor finds the
// process unhealthy while a reload is swapping it. Fails on a96bbb3:
// crashed() sees the instance already swapped and returns, supervise falls
// through and launches a third process over the reloaded one, which is
// never retired (two live processes).
func TestHostRace_CrashedAfterSwapLeavesNoOrphan(t *testing.T) {
	bin := ownBinary(t)
	h, _ := newHost(t, map[string]ModuleConfig{"alpha": {Enabled: true, Path: bin, Settings: map[string]any{"start_delay_ms": 600}}})
	_, err := h.Call(context.Background(), "alpha", "sick", nil)
	require.NoError(t, err)
	// The reload holds the module's swap lock through a slow start, while
	// the supervisor counts its misses and wants to drop the sick process.
	require.NoError(t, h.Reload("alpha"))
	swapped := modStatus(t, h, "alpha").PID
	// Let the supervisor finish what it was doing: several health rounds.
	time.Sleep(10*healthEvery + 2*time.Duration(600)*time.Millisecond)
	requireOneProcess(t, h, "alpha", bin)
	require.Equal(t, swapped, modStatus(t, h, "alpha").PID, "the reloaded process is still the one in service")
}

// TestHostRace_ReloadDuringBackoffLeavesNoOrphan: the module crashed and its
// supervisor waits out the backoff; the operator reloads meanwhile. Fails
// on a96bbb3: launchInto does not check that a process is already current,
// so after the backoff it launches a second one over the reloaded one.
func TestHostRace_ReloadDuringBackoffLeavesNoOrphan(t *testing.T) {
	slowBackoff(t, 1500*time.Millisecond)
	bin := ownBinary(t)
	h, _ := newHost(t, map[string]ModuleConfig{"alpha": {Enabled: true, Path: bin}})
	require.NoError(t, syscall.Kill(modStatus(t, h, "alpha").PID, syscall.SIGKILL))
	eventually(t, "the crash noticed", func() bool { return modStatus(t, h, "alpha").State == StateRestarting })
	require.NoError(t, h.Reload("alpha"))
	time.Sleep(2*backoffFirst + 5*healthEvery) // past the supervisor's backoff
	requireOneProcess(t, h, "alpha", bin)
}

// TestHostRace_StopDuringBackoffLaunchesNothing: a module stopped while its
// supervisor waits out a backoff stays stopped. Fails on a96bbb3: the
// backoff is a time.Sleep that ignores stop, after which the module is
// launched again, and nothing ever stops that process.
func TestHostRace_StopDuringBackoffLaunchesNothing(t *testing.T) {
	slowBackoff(t, 1500*time.Millisecond)
	bin := ownBinary(t)
	h, _ := newHost(t, map[string]ModuleConfig{"alpha": {Enabled: true, Path: bin}})
	require.NoError(t, syscall.Kill(modStatus(t, h, "alpha").PID, syscall.SIGKILL))
	eventually(t, "the crash noticed", func() bool { return modStatus(t, h, "alpha").State == StateRestarting })
	h.Stop() // waits for the supervisors to end
	require.Empty(t, liveProcesses(t, bin), "no process after Stop")
}

// TestHostRace_ConcurrentApplyAndReload: config reloads (SIGHUP, the mtime
// watcher) and admin reloads race. Fails on a96bbb3: two Apply calls that
// both add a module both start it, and one of the two processes is lost
// to the host; run with -race it also reports h.cfg read by launch while
// Apply writes it.
func TestHostRace_ConcurrentApplyAndReload(t *testing.T) {
	bin := ownBinary(t)
	node := &fakeNode{}
	base := Config{Modules: map[string]ModuleConfig{}, BinDir: binDir, DataDir: t.TempDir(), ChainID: "test"}
	h, err := New(base, node, zerolog.New(zerolog.NewTestWriter(t)).Level(zerolog.WarnLevel))
	require.NoError(t, err)
	h.Start(context.Background())
	t.Cleanup(h.Stop)

	with := func(gen int) Config {
		c := base
		c.Modules = map[string]ModuleConfig{"beta": {Enabled: true, Path: bin, Settings: map[string]any{"generation": gen}}}
		return c
	}
	var wg sync.WaitGroup
	for i := range 4 {
		wg.Add(2)
		go func() { defer wg.Done(); _ = h.Apply(with(i % 2)) }()
		go func() { defer wg.Done(); _ = h.Reload("beta") }()
	}
	wg.Wait()
	eventually(t, "beta running", func() bool { return modStatus(t, h, "beta").State == StateRunning })
	requireOneProcess(t, h, "beta", bin)
	h.Stop()
	require.Empty(t, liveProcesses(t, bin), "no process after Stop")
}

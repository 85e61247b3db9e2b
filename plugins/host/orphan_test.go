package host

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/rs/zerolog"
	"github.com/stretchr/testify/require"
)

// hostHelperEnv, set to the directory of the built plugins, makes this
// test binary a helper process that hosts a module (TestHelperHostProcess).
// hostHelperBinEnv is the module binary it runs.
const (
	hostHelperEnv    = "SESHNET_HOST_HELPER"
	hostHelperBinEnv = "SESHNET_HOST_HELPER_BIN"
)

// TestHelperHostProcess is not a test: run by TestHostKilled_LeavesNoModule
// in a process of its own, it hosts two modules, "a" serving and "b" whose
// process is still starting (a slow Start: listed as swap_pid only, as a
// process in the middle of a reload is), prints "PIDS <a> <b>" and waits
// to be killed.
func TestHelperHostProcess(t *testing.T) {
	if os.Getenv(hostHelperEnv) == "" {
		t.Skip("helper process of TestHostKilled_LeavesNoModule")
	}
	bin := os.Getenv(hostHelperBinEnv)
	mods := map[string]ModuleConfig{
		"a": {Enabled: true, Path: bin},
		"b": {Enabled: true, Path: bin, Settings: map[string]any{"start_delay_ms": 60_000}},
	}
	h, err := New(Config{Modules: mods, BinDir: binDir, DataDir: t.TempDir(), ChainID: "test"}, &fakeNode{}, zerolog.Nop())
	require.NoError(t, err)
	go h.Start(context.Background()) // "a", then "b" until b's start times out
	for modStatusOK(h, "a").PID == 0 || modStatusOK(h, "b").SwapPID == 0 {
		time.Sleep(10 * time.Millisecond)
	}
	fmt.Printf("PIDS %d %d\n", modStatusOK(h, "a").PID, modStatusOK(h, "b").SwapPID)
	select {} // killed by the parent
}

// modStatusOK is modStatus without a test to fail.
func modStatusOK(h *Host, name string) ModuleStatus {
	for _, s := range h.Status() {
		if s.Name == name {
			return s
		}
	}
	return ModuleStatus{}
}

// TestHostKilled_LeavesNoModule: a host SIGKILLed (or crashing) never kills
// its modules; they must die with it, or an orphan holds the module's
// socket and store and the restarted node cannot serve (seen in the
// liquidation e2e: a storage process being started by a reload outlived
// its SIGKILLed node). The helper is killed while its module process is
// still starting (listed only as swap_pid). Fails before Pdeathsig: the
// module process lives on, reparented.
func TestHostKilled_LeavesNoModule(t *testing.T) {
	bin := ownBinary(t)
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperHostProcess$")
	cmd.Env = append(os.Environ(), hostHelperEnv+"="+binDir, hostHelperBinEnv+"="+bin)
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	require.NoError(t, err)
	require.NoError(t, cmd.Start())
	var once sync.Once
	reap := func() { once.Do(func() { _ = cmd.Process.Kill(); _ = cmd.Wait() }) }
	t.Cleanup(reap)
	t.Cleanup(func() { // whatever outlived the test
		for _, pid := range liveProcesses(t, bin) {
			_ = syscall.Kill(pid, syscall.SIGKILL)
		}
	})
	sc := bufio.NewScanner(out)
	var pids []int
	for len(pids) == 0 && sc.Scan() {
		if f := strings.Fields(sc.Text()); len(f) == 3 && f[0] == "PIDS" {
			for _, v := range f[1:] {
				pid, err := strconv.Atoi(v)
				require.NoError(t, err)
				pids = append(pids, pid)
			}
		}
	}
	require.Len(t, pids, 2, "the helper hosts two module processes")
	sort.Ints(pids)
	require.Equal(t, pids, liveProcesses(t, bin), "the helper's module processes are these")

	reap() // SIGKILL: the host gets no chance to kill its modules
	eventually(t, "the module process gone with its host", func() bool { return len(liveProcesses(t, bin)) == 0 })
}

// TestStatus_ListsBothProcessesOfASwap: while a reload swaps a module, the
// process coming up is listed (swap_pid) beside the serving one, so
// `seshd modules` shows every process of the node. Fails before swap_pid:
// the e2e found a storage process no status listed, in the middle of a
// handoff.
func TestStatus_ListsBothProcessesOfASwap(t *testing.T) {
	for _, handoff := range []bool{false, true} {
		t.Run(fmt.Sprintf("handoff=%v", handoff), func(t *testing.T) {
			if handoff {
				t.Setenv("TESTPLUGIN_HANDOFF", "1")
			}
			bin := ownBinary(t)
			h, _ := newHost(t, map[string]ModuleConfig{"alpha": {Enabled: true, Path: bin, Listen: []string{"127.0.0.1:0"},
				Settings: map[string]any{"start_delay_ms": 1500}}})
			before := modStatus(t, h, "alpha")
			require.Zero(t, before.SwapPID)
			done := make(chan error, 1)
			go func() { done <- h.Reload("alpha") }()
			eventually(t, "the new process listed", func() bool { return modStatus(t, h, "alpha").SwapPID != 0 })
			during := modStatus(t, h, "alpha")
			require.Equal(t, before.PID, during.PID, "the old process serves during the swap")
			both := []int{during.PID, during.SwapPID}
			sort.Ints(both)
			require.True(t, slices.Equal(both, liveProcesses(t, bin)) || slices.Equal([]int{during.SwapPID}, liveProcesses(t, bin)),
				"every live process is listed: %v, listed %v", liveProcesses(t, bin), both)
			require.NoError(t, <-done)
			after := modStatus(t, h, "alpha")
			require.Equal(t, during.SwapPID, after.PID, "the listed new process is the one put in service")
			require.Zero(t, after.SwapPID)
			requireOneProcess(t, h, "alpha", bin)
		})
	}
}

// TestReloadWith_SwapsOnceWithTheFileSettings: `seshd modules reload NAME`
// right after an edit of seshd.toml. Fails before ReloadWith: the named
// reload swapped with the settings the host applied last, and the file
// watcher's Apply of the edited file swapped the module a second time (the
// e2e's node was killed during that second swap).
func TestReloadWith_SwapsOnceWithTheFileSettings(t *testing.T) {
	t.Setenv("TESTPLUGIN_SERVE", "1")
	bin := ownBinary(t)
	h, _ := newHost(t, map[string]ModuleConfig{"alpha": {Enabled: true, Path: bin, Listen: []string{"127.0.0.1:0"},
		Settings: map[string]any{"generation": 1}}})
	before := modStatus(t, h, "alpha")
	edited := h.config()
	edited.Modules = map[string]ModuleConfig{"alpha": {Enabled: true, Path: bin, Listen: edited.Modules["alpha"].Listen,
		Settings: map[string]any{"generation": 2}}}

	require.NoError(t, h.ReloadWith(edited, "alpha"))
	swapped := modStatus(t, h, "alpha")
	require.NotEqual(t, before.PID, swapped.PID)
	require.Equal(t, "2", servedGeneration(t, swapped.Listen[0]), "the new process runs the file's settings")
	require.NoError(t, h.Apply(edited)) // the file watcher, a moment later
	require.Equal(t, swapped.PID, modStatus(t, h, "alpha").PID, "nothing left to swap")

	// Unchanged settings: the named reload still swaps (a new binary at
	// the same path); a module the file does not enable is refused.
	require.NoError(t, h.ReloadWith(edited, "alpha"))
	require.NotEqual(t, swapped.PID, modStatus(t, h, "alpha").PID)
	require.ErrorContains(t, h.ReloadWith(edited, "beta"), `module "beta" is not enabled`)
	requireOneProcess(t, h, "alpha", bin)
}

// servedGeneration is the generation setting of the process answering on
// addr (the test plugin serves "<pid> <generation>").
func servedGeneration(t *testing.T, addr string) string {
	t.Helper()
	res, err := http.Post("http://"+addr+"/", "text/plain", strings.NewReader("x"))
	require.NoError(t, err)
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	require.NoError(t, err)
	f := strings.Fields(string(body))
	require.Len(t, f, 2, "answer %q", body)
	return f[1]
}

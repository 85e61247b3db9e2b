package host

import (
	"context"
	"syscall"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestSIGSTOPpedModuleIsRestarted: a module process that stops answering
// (SIGSTOP: alive, its socket open, nothing read) misses its health pings
// and is replaced by a new process; the hung one is killed, not waited for.
// go-plugin's Client.Kill asks the plugin to shut down with no deadline, so
// before the host killed with a grace of its own, the supervisor blocked in
// Kill for as long as the process stayed stopped and never restarted it.
func TestSIGSTOPpedModuleIsRestarted(t *testing.T) {
	bin := ownBinary(t)
	h, _ := newHost(t, map[string]ModuleConfig{"alpha": {Enabled: true, Path: bin}})
	before := modStatus(t, h, "alpha")
	require.Equal(t, StateRunning, before.State, before.LastError)
	require.NoError(t, syscall.Kill(before.PID, syscall.SIGSTOP))
	// Registered after newHost's h.Stop, so it runs first: a host stuck on
	// the stopped process must not hang the test's cleanup.
	t.Cleanup(func() { _ = syscall.Kill(before.PID, syscall.SIGCONT) })

	eventually(t, "a new process in place of the stopped one", func() bool {
		s := modStatus(t, h, "alpha")
		return s.State == StateRunning && s.PID != before.PID && s.Restarts == 1
	})
	eventually(t, "the stopped process killed", func() bool {
		return len(liveProcesses(t, bin)) == 1
	})
	requireOneProcess(t, h, "alpha", bin)
	out, err := h.Call(context.Background(), "alpha", "echo", []byte("back"))
	require.NoError(t, err)
	require.Equal(t, "back", string(out))
}

package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/modules/example"
	"github.com/seshnet/seshnet/plugins/host"
)

func moduleStatus(t testing.TB, p *proc, name string) host.ModuleStatus {
	t.Helper()
	var st []host.ModuleStatus
	require.NoError(t, json.Unmarshal(runSeshd(t, "modules", "--home", p.home, "-o", "json"), &st))
	for _, s := range st {
		if s.Name == name {
			return s
		}
	}
	t.Fatalf("module %s not listed: %+v", name, st)
	return host.ModuleStatus{}
}

func examplePage(url string) (example.Status, error) {
	var s example.Status
	c := http.Client{Timeout: 5 * time.Second}
	res, err := c.Get(url)
	if err != nil {
		return s, err
	}
	defer res.Body.Close()
	return s, json.NewDecoder(res.Body).Decode(&s)
}

// TestModulesOnARunningNode runs the example module under a real node: it
// follows the node's blocks through the host API; killed, it is restarted;
// frozen, it is replaced while blocks go on; reloaded from the CLI, it is
// swapped for a new process.
func TestModulesOnARunningNode(t *testing.T) {
	if testing.Short() {
		t.Skip("starts seshd and its modules")
	}
	const base = 12656
	p := startTestnet(t, 1, base)[0]
	page := fmt.Sprintf("http://127.0.0.1:%d/", base+34)
	waitFor(t, "the node at height 3", 60*time.Second, func() bool { return p.height(t) >= 3 })
	waitFor(t, "the example module running", 30*time.Second, func() bool {
		return moduleStatus(t, p, "example").State == host.StateRunning
	})
	st := moduleStatus(t, p, "example")
	require.Len(t, st.SHA256, 64)
	require.NotZero(t, st.PID)

	// Blocks reach the module through the host API.
	waitFor(t, "blocks on the example page", 30*time.Second, func() bool {
		s, err := examplePage(page)
		return err == nil && len(s.Blocks) >= 2
	})

	// SIGKILL: restarted, and the restart is reported.
	require.NoError(t, syscall.Kill(st.PID, syscall.SIGKILL))
	waitFor(t, "a restart after SIGKILL", 60*time.Second, func() bool {
		s := moduleStatus(t, p, "example")
		return s.State == host.StateRunning && s.PID != st.PID && s.Restarts == 1
	})

	// A frozen module (SIGSTOP: it hangs) does not stop blocks; the host
	// notices its health pings go unanswered and replaces it.
	frozen := moduleStatus(t, p, "example").PID
	require.NoError(t, syscall.Kill(frozen, syscall.SIGSTOP))
	h0 := p.height(t)
	waitFor(t, "blocks while the module hangs", 30*time.Second, func() bool { return p.height(t) >= h0+3 })
	waitFor(t, "the hung module replaced", 60*time.Second, func() bool {
		s := moduleStatus(t, p, "example")
		return s.State == host.StateRunning && s.PID != frozen
	})
	_ = syscall.Kill(frozen, syscall.SIGKILL)

	// Reload from the CLI swaps the process.
	before := moduleStatus(t, p, "example").PID
	runSeshd(t, "modules", "reload", "example", "--home", p.home)
	after := moduleStatus(t, p, "example")
	require.NotEqual(t, before, after.PID)
	require.Equal(t, host.StateRunning, after.State)
	s, err := examplePage(page)
	require.NoError(t, err)
	require.Equal(t, after.PID, s.PID)

	// The node reports its running modules in its uptime proofs: a proof
	// sent while the module was being replaced leaves it out, and the node
	// sends a fresh one naming it once the floor between proofs (5 s here)
	// has passed.
	waitFor(t, "an uptime proof naming the example module", 30*time.Second, func() bool {
		out := runSeshd(t, "query", "nodes", "--node", p.rpc, "-o", "json")
		return strings.Contains(string(out), `"example"`)
	})
}

package main

// End-to-end tests: they build bin/seshd, write homes with `seshd testnet`,
// and start each validator as its own process, the way an operator would.

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	rpchttp "github.com/cometbft/cometbft/rpc/client/http"
	"github.com/stretchr/testify/require"
)

var seshdBin string

func TestMain(m *testing.M) {
	code := func() int {
		dir, err := os.MkdirTemp("", "seshd-e2e-bin")
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
		defer os.RemoveAll(dir)
		if !isShort() {
			// The node and its module binaries side by side, as `make build` puts them.
			seshdBin = filepath.Join(dir, "seshd")
			for out, pkg := range map[string]string{seshdBin: ".", filepath.Join(dir, "seshd-example"): "../seshd-example", filepath.Join(dir, "seshd-bridge"): "../seshd-bridge", filepath.Join(dir, "seshd-relay"): "../seshd-relay", filepath.Join(dir, "seshd-storage"): "../seshd-storage", filepath.Join(dir, "seshd-oxen"): "../seshd-oxen", filepath.Join(dir, "seshd-liar"): "./testdata/liar"} {
				if b, err := exec.Command("go", "build", "-o", out, pkg).CombinedOutput(); err != nil {
					fmt.Fprintf(os.Stderr, "build %s: %v\n%s", pkg, err, b)
					return 1
				}
			}
		}
		return m.Run()
	}()
	os.Exit(code)
}

func isShort() bool {
	for _, a := range os.Args {
		if a == "-test.short" || a == "-test.short=true" {
			return true
		}
	}
	return false
}

// proc is one running seshd.
type proc struct {
	home string
	rpc  string
	args []string // seshd's arguments; `start --home HOME` when nil
	cmd  *exec.Cmd
	log  *os.File
}

func runSeshd(t testing.TB, args ...string) []byte {
	t.Helper()
	out, err := exec.Command(seshdBin, args...).CombinedOutput()
	require.NoError(t, err, "seshd %s: %s", strings.Join(args, " "), out)
	return out
}

func (p *proc) start(t testing.TB) {
	t.Helper()
	if p.log == nil {
		f, err := os.Create(filepath.Join(p.home, "seshd.log"))
		require.NoError(t, err)
		p.log = f
		t.Cleanup(func() { f.Close() })
	}
	args := p.args
	if args == nil {
		args = []string{"start", "--home", p.home}
	}
	p.cmd = exec.Command(seshdBin, append(args, "--log-format", "json")...)
	p.cmd.Stdout, p.cmd.Stderr = p.log, p.log
	require.NoError(t, p.cmd.Start())
	t.Cleanup(func() { p.stop(syscall.SIGTERM) })
}

func (p *proc) stop(sig syscall.Signal) {
	if p.cmd == nil || p.cmd.Process == nil || p.cmd.ProcessState != nil {
		return
	}
	_ = p.cmd.Process.Signal(sig)
	done := make(chan struct{})
	go func() { _ = p.cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(20 * time.Second):
		_ = p.cmd.Process.Kill()
		<-done
	}
}

func (p *proc) height(t testing.TB) int64 {
	c, err := rpchttp.New(p.rpc)
	require.NoError(t, err)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	st, err := c.Status(ctx)
	if err != nil {
		return -1
	}
	return st.SyncInfo.LatestBlockHeight
}

// appHashAfter is the app hash a node's block at height+1 carries, which is
// its state after executing height.
func (p *proc) appHashAfter(t testing.TB, height int64) string {
	t.Helper()
	c, err := rpchttp.New(p.rpc)
	require.NoError(t, err)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	h := height + 1
	b, err := c.Block(ctx, &h)
	require.NoError(t, err)
	return b.Block.AppHash.String()
}

func waitFor(t testing.TB, what string, limit time.Duration, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(limit)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %s waiting for %s", limit, what)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// startTestnet starts n validators on ports from base. Every e2e test has
// its own base, all below 32768: Linux hands out ephemeral ports from 32768
// up (ip_local_port_range), and a fixed port in that range can be taken by
// any outgoing connection on the machine just before a node restarts on it
// (seen: "bind: address already in use" on a restarted validator).
func startTestnet(t testing.TB, n, base int, extra ...string) []*proc {
	t.Helper()
	procs := writeTestnet(t, n, base, extra...)
	for _, p := range procs {
		p.start(t)
	}
	return procs
}

// writeTestnet writes the homes with `seshd testnet` without starting them.
func writeTestnet(t testing.TB, n, base int, extra ...string) []*proc {
	t.Helper()
	dir := t.TempDir()
	runSeshd(t, append([]string{"testnet", "--validators", fmt.Sprint(n), "--output", dir, "--base-port", fmt.Sprint(base)}, extra...)...)
	procs := make([]*proc, n)
	for k := range procs {
		// The documented layout: DIR/nodeK, RPC on base+1+100K.
		procs[k] = &proc{home: filepath.Join(dir, fmt.Sprintf("node%d", k)), rpc: fmt.Sprintf("http://127.0.0.1:%d", base+1+100*k)}
	}
	t.Cleanup(func() {
		if t.Failed() {
			for _, p := range procs {
				tail, _ := exec.Command("tail", "-n", "30", filepath.Join(p.home, "seshd.log")).Output()
				t.Logf("--- %s ---\n%s", p.home, tail)
			}
		}
	})
	return procs
}

func TestFourValidatorsSurviveSIGKILLAndCatchUp(t *testing.T) {
	if testing.Short() {
		t.Skip("starts four seshd processes")
	}
	procs := startTestnet(t, 4, 11656)
	waitFor(t, "all four validators at height 3", 90*time.Second, func() bool {
		for _, p := range procs {
			if p.height(t) < 3 {
				return false
			}
		}
		return true
	})

	// Transactions through the CLI, signed by two different nodes.
	for _, i := range []int{0, 1} {
		runSeshd(t, "tx", "uptime-proof", "--home", procs[i].home, "--node", procs[i].rpc, "--modules", "relay")
	}

	victim := procs[3]
	victim.stop(syscall.SIGKILL)
	killedAt := procs[0].height(t)
	waitFor(t, "the chain to go on with three of four validators", 60*time.Second, func() bool {
		return procs[0].height(t) >= killedAt+5
	})
	runSeshd(t, "tx", "uptime-proof", "--home", procs[2].home, "--node", procs[2].rpc)

	victim.start(t)
	var target int64
	waitFor(t, "the restarted validator to catch up", 90*time.Second, func() bool {
		target = procs[0].height(t)
		return victim.height(t) >= target
	})
	// Compare the state every node reached at a height all four have built on.
	common := target - 1
	want := procs[0].appHashAfter(t, common)
	for i, p := range procs[1:] {
		require.Equal(t, want, p.appHashAfter(t, common), "node %d app hash after height %d", i+1, common)
	}

	t.Logf("killed node 3 at height %d; it caught up to height %d; app hash after %d on all four: %s", killedAt, target, common, want)

	// The transactions landed on the restarted node's state too.
	var nodes []json.RawMessage
	out := runSeshd(t, "query", "nodes", "--node", victim.rpc, "-o", "json")
	require.NoError(t, json.Unmarshal(out, &nodes))
	require.Len(t, nodes, 4)
	require.True(t, bytes.Contains(out, []byte(`"relay"`)), "uptime proof with module relay missing: %s", out)
}

func (p *proc) client() (*rpchttp.HTTP, error) { return rpchttp.New(p.rpc) }

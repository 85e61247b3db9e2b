package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"time"

	cmtcfg "github.com/cometbft/cometbft/config"
	"github.com/cometbft/cometbft/p2p"
	rpchttp "github.com/cometbft/cometbft/rpc/client/http"

	"github.com/seshnet/seshnet/core/config"
)

// The two apps and their base ports (nothing else on the machine uses them).
const (
	appSeshnet  = "seshnet"
	appKVStore  = "kvstore"
	seshnetBase = 46656
	kvstoreBase = 56656
)

// network is a running 4-validator loopback network of one app.
type network struct {
	dir     string
	urls    []string
	procs   []*exec.Cmd
	logs    []*os.File
	loadArg []string // what loadgen needs besides --nodes for this app
	stopped sync.Once
}

// running are the networks started and not stopped yet. An interrupted
// seshbench stops them (stopAll): a frozen network would otherwise stay
// stopped after seshbench is gone, holding its ports, and the next run
// could not start.
var running = struct {
	sync.Mutex
	set map[*network]bool
}{set: map[*network]bool{}}

// stopAll stops every running network.
func stopAll() {
	running.Lock()
	nets := make([]*network, 0, len(running.set))
	for n := range running.set {
		nets = append(nets, n)
	}
	running.Unlock()
	for _, n := range nets {
		n.stop()
	}
}

// startNetwork writes a fresh network of app into dir, starts it and waits
// until every node is at height 2.
func startNetwork(o options, app, dir string) (*network, error) {
	var n *network
	var err error
	switch app {
	case appSeshnet:
		n, err = writeSeshnet(o, dir, seshnetBase)
	case appKVStore:
		n, err = writeKVStore(o, dir, kvstoreBase)
	default:
		return nil, fmt.Errorf("unknown app %q", app)
	}
	if err != nil {
		return nil, err
	}
	if err := n.waitHeight(2, 2*time.Minute); err != nil {
		n.stop()
		return nil, err
	}
	return n, nil
}

func rpcURLs(base, n int) []string {
	urls := make([]string, n)
	for k := range urls {
		urls[k] = fmt.Sprintf("http://127.0.0.1:%d", base+1+100*k)
	}
	return urls
}

func writeSeshnet(o options, dir string, base int) (*network, error) {
	if out, err := exec.Command(o.seshd, "testnet", "--validators", fmt.Sprint(o.validators), "--output", dir,
		"--extra-nodes", fmt.Sprint(o.senders), "--base-port", fmt.Sprint(base)).CombinedOutput(); err != nil {
		return nil, fmt.Errorf("testnet: %v: %s", err, out)
	}
	var cmds [][]string
	for k := 0; k < o.validators; k++ {
		home := filepath.Join(dir, fmt.Sprintf("node%d", k))
		if !o.modules {
			if err := disableModules(filepath.Join(home, "config", "seshd.toml")); err != nil {
				return nil, err
			}
		}
		if err := tuneComet(home, func(c *cmtcfg.Config) {
			if o.profileDir != "" {
				c.RPC.PprofListenAddress = pprofAddr(base, k)
			}
			if o.seshdMempool > 0 {
				c.Mempool.Size = o.seshdMempool
			}
		}); err != nil {
			return nil, err
		}
		// seshd's own lines at info: a few, among them at its stop how many
		// transactions the mempool client checked in how many batches
		// (docs/abci.md), which -out keeps in nodeK.log.
		level := "*:warn,seshd:info"
		if o.timeline {
			level += ",consensus:info,state:info"
		}
		cmds = append(cmds, []string{o.seshd, "start", "--home", home, "--log-level", level})
	}
	return launch(dir, cmds, rpcURLs(base, o.validators), "--keys", filepath.Join(dir, "extra-keys.json"))
}

// disableModules turns off every plugin module of a seshd.toml: the
// comparison is of the workchain with kvstore, a bare ABCI app; the
// modules' processes (relay, storage, oxen, example) are the node's other
// services, whose own load (testers, polling) would take CPU from the
// workchain on the shared cores (-modules keeps them).
func disableModules(path string) error {
	raw, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	lines := strings.Split(string(raw), "\n")
	section := ""
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if strings.HasPrefix(t, "[") {
			section = t
			continue
		}
		if strings.HasPrefix(section, "[modules.") && !strings.Contains(section, "settings") && t == "enabled = true" {
			lines[i] = strings.Replace(l, "true", "false", 1)
		}
	}
	return os.WriteFile(path, []byte(strings.Join(lines, "\n")), 0o600)
}

func writeKVStore(o options, dir string, base int) (*network, error) {
	if out, err := exec.Command(o.cometbft, "testnet", "--v", fmt.Sprint(o.validators), "--o", dir).CombinedOutput(); err != nil {
		return nil, fmt.Errorf("cometbft testnet: %v: %s", err, out)
	}
	if err := wireKVStore(o, dir, base); err != nil {
		return nil, err
	}
	level := "error"
	if o.timeline {
		level = "*:error,consensus:info,state:info"
	}
	var cmds [][]string
	for k := 0; k < o.validators; k++ {
		home := filepath.Join(dir, fmt.Sprintf("node%d", k))
		if o.kvstoreStores == storesSeshd {
			self, err := os.Executable()
			if err != nil {
				return nil, err
			}
			cmds = append(cmds, []string{self, kvstoreNodeCmd, "--home", home})
			continue
		}
		cmds = append(cmds, []string{o.cometbft, "start", "--home", home, "--proxy_app", "kvstore", "--log_level", level})
	}
	return launch(dir, cmds, rpcURLs(base, o.validators), "--kvstore")
}

// wireKVStore gives the kvstore homes the same settings seshd testnet
// writes: loopback ports base+100K, a full mesh of persistent peers, 1 s
// commit timeout, 2 s propose timeout, pebbledb, no Prometheus; and the
// controls: o.kvstoreMempool, pprof when o.profileDir is set.
func wireKVStore(o options, dir string, base int) error {
	n := o.validators
	var peers []string
	for k := 0; k < n; k++ {
		nk, err := p2p.LoadNodeKey(filepath.Join(dir, fmt.Sprintf("node%d", k), "config", "node_key.json"))
		if err != nil {
			return err
		}
		peers = append(peers, fmt.Sprintf("%s@127.0.0.1:%d", nk.ID(), base+100*k))
	}
	for k := 0; k < n; k++ {
		home := filepath.Join(dir, fmt.Sprintf("node%d", k))
		c, err := config.LoadComet(home)
		if err != nil {
			return err
		}
		c.P2P.ListenAddress = fmt.Sprintf("tcp://127.0.0.1:%d", base+100*k)
		c.RPC.ListenAddress = fmt.Sprintf("tcp://127.0.0.1:%d", base+1+100*k)
		c.ProxyApp = "kvstore"
		others := append(append([]string{}, peers[:k]...), peers[k+1:]...)
		c.P2P.PersistentPeers = strings.Join(others, ",")
		c.P2P.AddrBookStrict, c.P2P.AllowDuplicateIP = false, true
		c.Consensus.TimeoutCommit, c.Consensus.TimeoutPropose = time.Second, 2*time.Second
		c.DBBackend = "pebbledb"
		c.Instrumentation.Prometheus = false
		if o.kvstoreMempool > 0 {
			c.Mempool.Size = o.kvstoreMempool
		}
		if o.profileDir != "" {
			c.RPC.PprofListenAddress = pprofAddr(base, k)
		}
		cmtcfg.WriteConfigFile(filepath.Join(home, "config", "config.toml"), c)
	}
	return nil
}

// launch starts the nodes, each logging to DIR/nodeK.log.
func launch(dir string, cmds [][]string, urls []string, loadArg ...string) (*network, error) {
	n := &network{dir: dir, urls: urls, loadArg: loadArg}
	running.Lock()
	running.set[n] = true
	running.Unlock()
	for k, args := range cmds {
		logf, err := os.Create(filepath.Join(dir, fmt.Sprintf("node%d.log", k)))
		if err != nil {
			n.stop()
			return nil, err
		}
		n.logs = append(n.logs, logf)
		p := exec.Command(args[0], args[1:]...)
		p.Stdout, p.Stderr = logf, logf
		if err := p.Start(); err != nil {
			n.stop()
			return nil, err
		}
		n.procs = append(n.procs, p)
	}
	return n, nil
}

func (n *network) waitHeight(h int64, limit time.Duration) error {
	deadline := time.Now().Add(limit)
	for _, u := range n.urls {
		for height(u) < h {
			if time.Now().After(deadline) {
				return fmt.Errorf("%s did not reach height %d (logs in %s)", u, h, n.dir)
			}
			time.Sleep(300 * time.Millisecond)
		}
	}
	return nil
}

// pids are the nodes' processes (their plugin processes are found below
// them in /proc).
func (n *network) pids() []int {
	out := make([]int, len(n.procs))
	for i, p := range n.procs {
		out[i] = p.Process.Pid
	}
	return out
}

// signal sends sig to the nodes and every process below them (a node's
// plugin processes freeze and thaw with it).
func (n *network) signal(sig syscall.Signal) error {
	for _, pid := range descendants(readProcs("/proc"), n.pids()) {
		if err := syscall.Kill(pid, sig); err != nil && err != syscall.ESRCH {
			return fmt.Errorf("%s to %d: %w", sig, pid, err)
		}
	}
	return nil
}

func joinURLs(urls []string) string { return strings.Join(urls, ",") }

// stop ends the nodes (thawed first: a frozen process would keep its
// SIGTERM until then) and waits for them; only the first call does.
func (n *network) stop() {
	n.stopped.Do(func() {
		_ = n.signal(syscall.SIGCONT)
		for _, p := range n.procs {
			_ = p.Process.Signal(syscall.SIGTERM)
		}
		for _, p := range n.procs {
			_ = p.Wait()
		}
		for _, f := range n.logs {
			_ = f.Close()
		}
		running.Lock()
		delete(running.set, n)
		running.Unlock()
	})
}

func height(url string) int64 {
	c, err := rpchttp.New(url)
	if err != nil {
		return -1
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	st, err := c.Status(ctx)
	if err != nil {
		return -1
	}
	return st.SyncInfo.LatestBlockHeight
}

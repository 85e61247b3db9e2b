// Command seshbench runs the load comparison of `make bench`: the same
// 4-validator loopback layout, once with seshd and once with CometBFT's own
// kvstore example app (built from the same cometbft version), each driven by
// `seshd loadgen` with the same senders, in one run on one machine. It runs
// loadgen as a subprocess, as an operator would, so the load generator is a
// process of its own beside the nodes, as in every earlier run.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	cmtcfg "github.com/cometbft/cometbft/config"
	"github.com/cometbft/cometbft/p2p"
	rpchttp "github.com/cometbft/cometbft/rpc/client/http"

	"github.com/seshnet/seshnet/cmd/internal/loadgen"
	"github.com/seshnet/seshnet/core/config"
)

type options struct {
	seshd, cometbft, out string
	validators, senders  int
	duration, warmup     time.Duration
}

func main() {
	var o options
	flag.StringVar(&o.seshd, "seshd", "bin/seshd", "seshd binary")
	flag.StringVar(&o.cometbft, "cometbft", ".tools/bin/cometbft", "cometbft binary (make tools)")
	flag.StringVar(&o.out, "out", "", "work directory (default: a temporary one)")
	flag.IntVar(&o.validators, "validators", 4, "validators")
	flag.IntVar(&o.senders, "senders", 32, "concurrent senders")
	flag.DurationVar(&o.duration, "duration", 30*time.Second, "measured time per run")
	flag.DurationVar(&o.warmup, "warmup", 5*time.Second, "warm-up per run")
	flag.Parse()
	if err := run(o); err != nil {
		fmt.Fprintln(os.Stderr, "seshbench:", err)
		os.Exit(1)
	}
}

// result is one run's figures: what `seshd loadgen -o json` prints.
type result = loadgen.Result

func run(o options) error {
	if o.out == "" {
		dir, err := os.MkdirTemp("", "seshbench")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		o.out = dir
	}
	ours, err := runSeshnet(o, 46656)
	if err != nil {
		return fmt.Errorf("seshnet run: %w", err)
	}
	theirs, err := runKVStore(o, 56656)
	if err != nil {
		return fmt.Errorf("kvstore run: %w", err)
	}
	fmt.Printf("\n| app | committed tx/s | commit latency p50 | p99 | blocks | refused sends |\n|---|---|---|---|---|---|\n")
	for _, r := range []result{ours, theirs} {
		fmt.Printf("| %s | %.0f | %.0f ms | %.0f ms | %d | %d |\n", r.Mode, r.CommittedTPS, r.P50ms, r.P99ms, r.Blocks, r.Refused)
	}
	fmt.Printf("\nseshnet / kvstore committed tx/s: %.2f (target >= 0.80); %d validators, %d senders, %s measured after %s warm-up\n",
		ours.CommittedTPS/theirs.CommittedTPS, o.validators, o.senders, o.duration, o.warmup)
	return nil
}

func rpcURLs(base, n int) []string {
	urls := make([]string, n)
	for k := range urls {
		urls[k] = fmt.Sprintf("http://127.0.0.1:%d", base+1+100*k)
	}
	return urls
}

func runSeshnet(o options, base int) (result, error) {
	dir := filepath.Join(o.out, "seshnet")
	if out, err := exec.Command(o.seshd, "testnet", "--validators", fmt.Sprint(o.validators), "--output", dir,
		"--extra-nodes", fmt.Sprint(o.senders), "--base-port", fmt.Sprint(base)).CombinedOutput(); err != nil {
		return result{}, fmt.Errorf("testnet: %v: %s", err, out)
	}
	var cmds [][]string
	for k := 0; k < o.validators; k++ {
		cmds = append(cmds, []string{o.seshd, "start", "--home", filepath.Join(dir, fmt.Sprintf("node%d", k)), "--log-level", "*:warn"})
	}
	return withNetwork(dir, cmds, rpcURLs(base, o.validators), func(urls []string) (result, error) {
		return runLoadgen(o, urls, "--keys", filepath.Join(dir, "extra-keys.json"))
	})
}

func runKVStore(o options, base int) (result, error) {
	dir := filepath.Join(o.out, "kvstore")
	if out, err := exec.Command(o.cometbft, "testnet", "--v", fmt.Sprint(o.validators), "--o", dir).CombinedOutput(); err != nil {
		return result{}, fmt.Errorf("cometbft testnet: %v: %s", err, out)
	}
	if err := wireKVStore(dir, o.validators, base); err != nil {
		return result{}, err
	}
	var cmds [][]string
	for k := 0; k < o.validators; k++ {
		cmds = append(cmds, []string{o.cometbft, "start", "--home", filepath.Join(dir, fmt.Sprintf("node%d", k)), "--proxy_app", "kvstore", "--log_level", "error"})
	}
	return withNetwork(dir, cmds, rpcURLs(base, o.validators), func(urls []string) (result, error) {
		return runLoadgen(o, urls, "--kvstore")
	})
}

// wireKVStore gives the kvstore homes the same settings seshd testnet
// writes: loopback ports base+100K, a full mesh of persistent peers, 1 s
// commit timeout, 2 s propose timeout, pebbledb, no Prometheus.
func wireKVStore(dir string, n, base int) error {
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
		cmtcfg.WriteConfigFile(filepath.Join(home, "config", "config.toml"), c)
	}
	return nil
}

// withNetwork starts the nodes, waits for height 2 on all, runs fn, and
// stops them.
func withNetwork(dir string, cmds [][]string, urls []string, fn func([]string) (result, error)) (result, error) {
	var procs []*exec.Cmd
	defer func() {
		for _, p := range procs {
			_ = p.Process.Signal(syscall.SIGTERM)
		}
		for _, p := range procs {
			_ = p.Wait()
		}
	}()
	for k, args := range cmds {
		logf, err := os.Create(filepath.Join(dir, fmt.Sprintf("node%d.log", k)))
		if err != nil {
			return result{}, err
		}
		defer logf.Close()
		p := exec.Command(args[0], args[1:]...)
		p.Stdout, p.Stderr = logf, logf
		if err := p.Start(); err != nil {
			return result{}, err
		}
		procs = append(procs, p)
	}
	deadline := time.Now().Add(2 * time.Minute)
	for _, u := range urls {
		for height(u) < 2 {
			if time.Now().After(deadline) {
				return result{}, fmt.Errorf("%s did not reach height 2 (logs in %s)", u, dir)
			}
			time.Sleep(300 * time.Millisecond)
		}
	}
	return fn(urls)
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

func runLoadgen(o options, urls []string, extra ...string) (result, error) {
	args := append([]string{"loadgen", "-o", "json", "--nodes", strings.Join(urls, ","), "--senders", fmt.Sprint(o.senders),
		"--duration", o.duration.String(), "--warmup", o.warmup.String()}, extra...)
	out, err := exec.Command(o.seshd, args...).Output()
	if err != nil {
		return result{}, fmt.Errorf("loadgen: %w", err)
	}
	var r result
	if err := json.Unmarshal(out, &r); err != nil {
		return result{}, fmt.Errorf("loadgen output %q: %w", out, err)
	}
	return r, nil
}

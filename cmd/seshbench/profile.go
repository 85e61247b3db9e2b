package main

import (
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"sync"
	"time"

	cmtcfg "github.com/cometbft/cometbft/config"

	"github.com/seshnet/seshnet/core/config"
)

// pprofAddr is node k's pprof listener: base+7+100k, beside its p2p
// (base+100k) and RPC (base+1+100k) ports.
func pprofAddr(base, k int) string { return fmt.Sprintf("127.0.0.1:%d", base+7+100*k) }

// tuneComet rewrites a node's config.toml with change applied.
func tuneComet(home string, change func(*cmtcfg.Config)) error {
	c, err := config.LoadComet(home)
	if err != nil {
		return err
	}
	change(c)
	cmtcfg.WriteConfigFile(filepath.Join(home, "config", "config.toml"), c)
	return nil
}

// profileNodes takes a CPU profile of every node of n at once, starting
// one second after the warm-up and lasting the measured window less two
// seconds (at most 20 s), into o.profileDir/APP-nodeK.pprof. The figures
// per transaction come from dividing by the run's committed tx/s
// (docs/performance.md, "Throughput (issue 16): profile").
func profileNodes(o options, app string, n *network, d time.Duration) <-chan error {
	secs := int(min(d-2*time.Second, 20*time.Second).Seconds())
	done := make(chan error, 1)
	if err := os.MkdirAll(o.profileDir, 0o755); err != nil {
		done <- err
		return done
	}
	base := seshnetBase
	if app == appKVStore {
		base = kvstoreBase
	}
	go func() {
		time.Sleep(o.warmup + time.Second)
		var wg sync.WaitGroup
		errs := make([]error, len(n.urls))
		for k := range n.urls {
			wg.Add(1)
			go func() {
				defer wg.Done()
				url := fmt.Sprintf("http://%s/debug/pprof/profile?seconds=%d", pprofAddr(base, k), secs)
				errs[k] = fetchTo(url, filepath.Join(o.profileDir, fmt.Sprintf("%s-node%d.pprof", app, k)), time.Duration(secs+30)*time.Second)
			}()
		}
		wg.Wait()
		for _, err := range errs {
			if err != nil {
				done <- err
				return
			}
		}
		fmt.Fprintf(os.Stderr, "seshbench: %s: %d s CPU profiles of %d nodes in %s\n", app, secs, len(n.urls), o.profileDir)
		done <- nil
	}()
	return done
}

func fetchTo(url, path string, timeout time.Duration) error {
	c := http.Client{Timeout: timeout}
	res, err := c.Get(url)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		return fmt.Errorf("%s: %s", url, res.Status)
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if _, err := io.Copy(f, res.Body); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

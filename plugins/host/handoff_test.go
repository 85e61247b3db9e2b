package host

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// handoffLoad posts to the module's socket from a few keep-alive clients
// until stopped, counting answers by the pid that gave them and failures.
type handoffLoad struct {
	url    string
	stop   chan struct{}
	wg     sync.WaitGroup
	ok     atomic.Int64
	failed atomic.Int64
	mu     sync.Mutex
	byPID  map[string]int
}

func startHandoffLoad(t *testing.T, addr string, workers int) *handoffLoad {
	t.Helper()
	l := &handoffLoad{url: "http://" + addr + "/", stop: make(chan struct{}), byPID: map[string]int{}}
	client := &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: workers}}
	for range workers {
		l.wg.Add(1)
		go func() {
			defer l.wg.Done()
			for n := 0; n < 5000; n++ { // bounded
				select {
				case <-l.stop:
					return
				default:
				}
				res, err := client.Post(l.url, "text/plain", bytes.NewReader([]byte("x")))
				if err != nil {
					l.failed.Add(1)
					t.Logf("request failed: %v", err)
					continue
				}
				body, err := io.ReadAll(res.Body)
				res.Body.Close()
				if err != nil || res.StatusCode != http.StatusOK {
					l.failed.Add(1)
					t.Logf("bad answer: %d %v", res.StatusCode, err)
					continue
				}
				l.ok.Add(1)
				l.mu.Lock()
				l.byPID[strings.Fields(string(body))[0]]++
				l.mu.Unlock()
			}
		}()
	}
	return l
}

func (l *handoffLoad) answeredBy(pid int) int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.byPID[fmt.Sprint(pid)]
}

func (l *handoffLoad) end() {
	close(l.stop)
	l.wg.Wait()
}

// TestHandoff_StoreOwnerIsSwappedUnderLoad swaps a module that holds an
// exclusive lock on its store (as storage holds badger's) while clients
// post to it. Fails on a96bbb3: the new process is started while the old
// one holds the lock, its Start fails with "cannot acquire directory lock",
// and the reload is refused (the pid never changes).
func TestHandoff_StoreOwnerIsSwappedUnderLoad(t *testing.T) {
	t.Setenv("TESTPLUGIN_HANDOFF", "1")
	h, _ := newHost(t, map[string]ModuleConfig{"store": {Enabled: true, Listen: []string{"127.0.0.1:0"}}})
	before := modStatus(t, h, "store")
	require.Equal(t, StateRunning, before.State, before.LastError)
	require.Contains(t, before.Capabilities, "CAPABILITY_HANDOFF")

	load := startHandoffLoad(t, before.Listen[0], 16)
	eventually(t, "load on the old process", func() bool { return load.answeredBy(before.PID) > 100 })
	require.NoError(t, h.Reload("store"))
	after := modStatus(t, h, "store")
	require.NotEqual(t, before.PID, after.PID)
	require.Equal(t, StateRunning, after.State)
	require.Empty(t, after.LastError)
	require.Equal(t, before.Listen, after.Listen, "the socket survived the swap")
	eventually(t, "load on the new process", func() bool { return load.answeredBy(after.PID) > 100 })
	load.end()
	t.Logf("%d requests answered (%v by pid), %d failed", load.ok.Load(), load.byPID, load.failed.Load())
	require.Zero(t, load.failed.Load())
}

// TestHandoff_FailedStartRestartsTheOldProcess: the new process of a
// handoff swap cannot start (a bad new version); the old one, already
// drained and stopped, is started again, takes its lock back and serves,
// and the reload reports the error.
func TestHandoff_FailedStartRestartsTheOldProcess(t *testing.T) {
	t.Setenv("TESTPLUGIN_HANDOFF", "1")
	h, _ := newHost(t, map[string]ModuleConfig{"store": {Enabled: true, Listen: []string{"127.0.0.1:0"}}})
	before := modStatus(t, h, "store")
	require.Equal(t, StateRunning, before.State, before.LastError)
	load := startHandoffLoad(t, before.Listen[0], 4)
	eventually(t, "load on the old process", func() bool { return load.answeredBy(before.PID) > 50 })

	cfg := h.config()
	cfg.Modules = map[string]ModuleConfig{"store": {Enabled: true, Path: cfg.Modules["store"].Path,
		Listen: cfg.Modules["store"].Listen, Settings: map[string]any{"fail_start": true}}}
	err := h.Apply(cfg)
	require.ErrorContains(t, err, "told to fail at start")
	require.ErrorContains(t, err, "old process restarted")
	after := modStatus(t, h, "store")
	require.Equal(t, before.PID, after.PID, "the old process is back in service")
	require.Equal(t, StateRunning, after.State)
	q, err := h.Call(context.Background(), "store", "query", []byte("/params"))
	require.NoError(t, err, "the restarted process reaches the host API")
	require.JSONEq(t, `{"path":"/params"}`, string(q))
	served := load.answeredBy(before.PID)
	eventually(t, "the old process serving again", func() bool { return load.answeredBy(before.PID) > served+50 })
	load.end()
	t.Logf("%d requests answered (%v by pid), %d failed", load.ok.Load(), load.byPID, load.failed.Load())
	require.Zero(t, load.failed.Load())

	// And a later good reload still hands the store over.
	cfg.Modules = map[string]ModuleConfig{"store": {Enabled: true, Path: cfg.Modules["store"].Path,
		Listen: cfg.Modules["store"].Listen, Settings: map[string]any{"generation": 2}}}
	require.NoError(t, h.Apply(cfg))
	require.NotEqual(t, before.PID, modStatus(t, h, "store").PID)
}

// TestHandoff_RollbackFailsTooThenRecovers: the new process cannot start
// and the old one cannot start again either. The module is left with no
// process (state restarting, both errors said), no process is left
// behind, and a fixed configuration brings it back.
func TestHandoff_RollbackFailsTooThenRecovers(t *testing.T) {
	t.Setenv("TESTPLUGIN_HANDOFF", "1")
	bin := ownBinary(t)
	h, _ := newHost(t, map[string]ModuleConfig{"store": {Enabled: true, Path: bin, Listen: []string{"127.0.0.1:0"}}})
	before := modStatus(t, h, "store")
	require.Equal(t, StateRunning, before.State, before.LastError)
	_, err := h.Call(context.Background(), "store", "fail_restart", nil)
	require.NoError(t, err)

	cfg := h.config()
	with := func(s map[string]any) Config {
		c := cfg
		c.Modules = map[string]ModuleConfig{"store": {Enabled: true, Path: bin, Listen: cfg.Modules["store"].Listen, Settings: s}}
		return c
	}
	err = h.Apply(with(map[string]any{"fail_start": true}))
	require.ErrorContains(t, err, "told to fail at start")
	require.ErrorContains(t, err, "told to fail at restart")
	require.NotContains(t, liveProcesses(t, bin), before.PID, "the old process was killed")

	require.NoError(t, h.Apply(with(map[string]any{"generation": 3})))
	eventually(t, "the module back", func() bool { return modStatus(t, h, "store").State == StateRunning })
	requireOneProcess(t, h, "store", bin)
	res, err := http.Post("http://"+before.Listen[0]+"/", "text/plain", strings.NewReader("x"))
	require.NoError(t, err)
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	require.Equal(t, fmt.Sprintf("%d 3", modStatus(t, h, "store").PID), string(body), "the new process serves on the same socket")
}

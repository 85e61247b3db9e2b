package upgrade

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/rs/zerolog"
	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/plugins/host"
	pluginv1 "github.com/seshnet/seshnet/plugins/proto/seshnet/plugin/v1"
)

// binDir holds two builds of the host's test plugin: version 1.0.0 and
// 2.0.0 (the second build a governance upgrade names).
var binDir string

func TestMain(m *testing.M) {
	code := func() int {
		dir, err := os.MkdirTemp("", "seshnet-upgrade")
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
		defer os.RemoveAll(dir)
		binDir = dir
		for out, ldflags := range map[string]string{"plugin-1.0.0": "", "plugin-2.0.0": "-X main.version=2.0.0"} {
			b, err := exec.Command("go", "build", "-ldflags", ldflags, "-o", filepath.Join(dir, out), "../../../plugins/host/testdata/testplugin").CombinedOutput()
			if err != nil {
				fmt.Fprintf(os.Stderr, "build %s: %v\n%s", out, err, b)
				return 1
			}
		}
		return m.Run()
	}()
	os.Exit(code)
}

// noNode is the host API's node side; the test plugin asks nothing of it.
type noNode struct{}

func (noNode) QueryState(context.Context, string, int64) ([]byte, int64, error) { return nil, 0, nil }
func (noNode) SubmitTx(context.Context, string, string, []byte) ([]byte, error) { return nil, nil }
func (noNode) SubscribeBlocks(ctx context.Context, _ int64) (<-chan *pluginv1.Block, error) {
	return make(chan *pluginv1.Block), nil
}

// chain stands in for the local app's answer to gov/upgrades: the passed
// upgrades as the workchain's gov concern writes them, at a height.
type chain struct {
	mu     sync.Mutex
	ups    []Upgrade
	height int64
}

func (c *chain) set(height int64, ups ...Upgrade) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.height, c.ups = height, ups
}

func (c *chain) query(_ context.Context, path string) ([]byte, int64, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if path != QueryPath {
		return nil, 0, fmt.Errorf("unknown path %s", path)
	}
	raw, err := json.Marshal(c.ups)
	return raw, c.height, err
}

// syncBuffer is a log sink the test reads while the host writes.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// node is a plugin host running module "relay" (the test plugin, version
// 1.0.0, serving HTTP on a host socket) with a watcher over home.
type node struct {
	host    *host.Host
	watcher *Watcher
	logs    *syncBuffer
	home    string
}

func startNode(t *testing.T, home string, c *chain, listen string) *node {
	t.Helper()
	logs := &syncBuffer{}
	log := zerolog.New(io.MultiWriter(logs, zerolog.NewTestWriter(t))).Level(zerolog.InfoLevel)
	recordPath := filepath.Join(home, "data", "upgrades.json")
	recs, err := LoadRecords(recordPath)
	require.NoError(t, err)
	pins, errs := Pins(recs)
	require.Empty(t, errs)
	mods := map[string]host.ModuleConfig{"relay": {Enabled: true, Path: filepath.Join(binDir, "plugin-1.0.0"), Listen: []string{listen}}}
	h, err := host.New(host.Config{Modules: mods, BinDir: binDir, DataDir: filepath.Join(home, "data", "modules"), ChainID: "test"},
		noNode{}, log, host.WithPins(pins))
	require.NoError(t, err)
	h.Start(context.Background())
	w, err := NewWatcher(h, c.query, Config{ModulesRoot: filepath.Join(home, "modules"), RecordPath: recordPath}, log)
	require.NoError(t, err)
	return &node{host: h, watcher: w, logs: logs, home: home}
}

func (n *node) relay(t *testing.T) host.ModuleStatus {
	t.Helper()
	for _, s := range n.host.Status() {
		if s.Name == "relay" {
			return s
		}
	}
	t.Fatal("no relay")
	return host.ModuleStatus{}
}

// load posts to addr from a few clients until stopped, counting answers by
// the pid that gave them, and failures.
type load struct {
	stop   chan struct{}
	wg     sync.WaitGroup
	failed atomic.Int64
	mu     sync.Mutex
	byPID  map[string]int
}

func startLoad(t *testing.T, addr string) *load {
	t.Helper()
	l := &load{stop: make(chan struct{}), byPID: map[string]int{}}
	client := &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: 8}}
	for range 8 {
		l.wg.Add(1)
		go func() {
			defer l.wg.Done()
			for n := 0; n < 20000; n++ { // bounded
				select {
				case <-l.stop:
					return
				default:
				}
				res, err := client.Post("http://"+addr+"/", "text/plain", strings.NewReader("x"))
				if err != nil {
					l.failed.Add(1)
					t.Logf("request failed: %v", err)
					continue
				}
				body, err := io.ReadAll(res.Body)
				res.Body.Close()
				if err != nil || res.StatusCode != http.StatusOK {
					l.failed.Add(1)
					continue
				}
				l.mu.Lock()
				l.byPID[strings.Fields(string(body))[0]]++
				l.mu.Unlock()
			}
		}()
	}
	t.Cleanup(l.end)
	return l
}

func (l *load) by(pid int) int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.byPID[fmt.Sprint(pid)]
}

func (l *load) end() {
	select {
	case <-l.stop:
		return
	default:
	}
	close(l.stop)
	l.wg.Wait()
}

func eventually(t *testing.T, what string, cond func() bool) {
	t.Helper()
	require.Eventually(t, cond, 30*time.Second, 20*time.Millisecond, what)
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	raw, err := os.ReadFile(from)
	require.NoError(t, err)
	require.NoError(t, os.MkdirAll(filepath.Dir(to), 0o755))
	require.NoError(t, os.WriteFile(to, raw, 0o755))
}

// TestWatcher_UpgradesAtTheHeightUnderLoad walks one node through a
// governance upgrade of its relay with real plugin processes, clients
// posting to the relay's socket throughout: before the activation height
// nothing happens; at it, without the binary, the old version runs on and
// the status and a warning (every block) say the upgrade is pending; a file
// with the wrong hash is not used; once the right binary is in place the
// module is swapped with no failed request; a restarted node runs the new
// version from the start and swaps nothing.
func TestWatcher_UpgradesAtTheHeightUnderLoad(t *testing.T) {
	t.Setenv("TESTPLUGIN_SERVE", "1")
	v2 := filepath.Join(binDir, "plugin-2.0.0")
	v2sum, err := FileSHA256(v2)
	require.NoError(t, err)
	v1sum, err := FileSHA256(filepath.Join(binDir, "plugin-1.0.0"))
	require.NoError(t, err)
	u := Upgrade{ProposalID: 3, Module: "relay", Version: "2.0.0", Height: 120,
		Binaries: map[string]string{Platform(): v2sum, "plan9/386": v1sum}}
	c := &chain{}
	home := t.TempDir()
	n := startNode(t, home, c, "127.0.0.1:0")
	before := n.relay(t)
	require.Equal(t, host.StateRunning, before.State, before.LastError)
	require.Equal(t, "1.0.0", before.Version)
	l := startLoad(t, before.Listen[0])
	eventually(t, "load on 1.0.0", func() bool { return l.by(before.PID) > 50 })

	// Passed, not yet active.
	c.set(119, u)
	n.watcher.Check(context.Background())
	st := n.relay(t)
	require.Equal(t, "", st.Upgrade)
	require.Equal(t, before.PID, st.PID)

	// Active, no binary: pending, said at every block.
	c.set(120, u)
	n.watcher.Check(context.Background())
	c.set(121, u)
	n.watcher.Check(context.Background())
	st = n.relay(t)
	require.Equal(t, host.UpgradePending, st.Upgrade)
	require.Equal(t, "2.0.0", st.UpgradeVersion)
	require.Equal(t, "1.0.0", st.Version)
	require.Equal(t, before.PID, st.PID)
	require.Equal(t, 2, strings.Count(n.logs.String(), "upgrade of relay to 2.0.0 pending: missing binary with sha256 "+v2sum))
	require.Contains(t, n.logs.String(), `"level":"warn"`)

	// A file with the wrong hash (the old build) is not used.
	dir := Dir(filepath.Join(home, "modules"), "relay", "2.0.0")
	copyFile(t, filepath.Join(binDir, "plugin-1.0.0"), filepath.Join(dir, "seshd-relay"))
	c.set(122, u)
	n.watcher.Check(context.Background())
	st = n.relay(t)
	require.Equal(t, host.UpgradePending, st.Upgrade)
	require.Equal(t, before.PID, st.PID)
	require.Empty(t, n.host.Pins())

	// The right binary arrives: swapped at the next block, no request lost.
	copyFile(t, v2, filepath.Join(dir, "seshd-relay-linux"))
	c.set(123, u)
	n.watcher.Check(context.Background())
	after := n.relay(t)
	require.Equal(t, "2.0.0", after.Version)
	require.Equal(t, "", after.Upgrade)
	require.Equal(t, host.StateRunning, after.State)
	require.NotEqual(t, before.PID, after.PID)
	require.Equal(t, before.Listen, after.Listen)
	eventually(t, "load on 2.0.0", func() bool { return l.by(after.PID) > 50 })
	c.set(124, u)
	n.watcher.Check(context.Background()) // applied: nothing more
	require.Equal(t, after.PID, n.relay(t).PID)
	l.end()
	t.Logf("answers by pid %v, %d failed", l.byPID, l.failed.Load())
	require.Zero(t, l.failed.Load())

	recs, err := LoadRecords(filepath.Join(home, "data", "upgrades.json"))
	require.NoError(t, err)
	require.Equal(t, map[string]Record{"relay": {ProposalID: 3, Version: "2.0.0", Path: filepath.Join(dir, "seshd-relay-linux"), SHA256: v2sum, Height: 123}}, recs)

	// Restart: the upgraded binary runs from the start; nothing to swap.
	n.host.Stop()
	n2 := startNode(t, home, c, after.Listen[0])
	defer n2.host.Stop()
	st = n2.relay(t)
	require.Equal(t, host.StateRunning, st.State, st.LastError)
	require.Equal(t, "2.0.0", st.Version)
	n2.watcher.Check(context.Background())
	require.Equal(t, st.PID, n2.relay(t).PID)
	require.NotContains(t, n2.logs.String(), "pending")
}

// TestWatcher_RunFollowsBlocks: Run checks at start and after each block;
// a chain without governance is said once, not every block.
func TestWatcher_RunFollowsBlocks(t *testing.T) {
	logs := &syncBuffer{}
	var asked atomic.Int64
	q := func(context.Context, string) ([]byte, int64, error) {
		asked.Add(1)
		return nil, 0, fmt.Errorf("code 6: unknown query path gov/upgrades")
	}
	w, err := NewWatcher(&fakeHost{}, q, Config{ModulesRoot: t.TempDir(), RecordPath: filepath.Join(t.TempDir(), "u.json")}, zerolog.New(logs))
	require.NoError(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	blocks := make(chan int64)
	done := make(chan struct{})
	go func() { w.Run(ctx, blocks); close(done) }()
	for h := int64(1); h <= 3; h++ {
		blocks <- h
	}
	eventually(t, "checked at start and per block", func() bool { return asked.Load() >= 2 })
	cancel()
	<-done
	require.Equal(t, 1, strings.Count(logs.String(), "cannot read the module upgrades"))
}

// fakeHost runs no module.
type fakeHost struct{}

func (fakeHost) Status() []host.ModuleStatus             { return nil }
func (fakeHost) Pins() map[string]host.Binary            { return nil }
func (fakeHost) Upgrade(string, host.Binary) error       { return nil }
func (fakeHost) SetUpgradeStatus(string, string, string) {}

package host

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/rs/zerolog"
	"github.com/stretchr/testify/require"

	pluginv1 "github.com/seshnet/seshnet/plugins/proto/seshnet/plugin/v1"
)

// binDir holds real plugin binaries built once for the package's tests.
var binDir string

func TestMain(m *testing.M) {
	code := func() int {
		if dir := os.Getenv(hostHelperEnv); dir != "" {
			binDir = dir // a helper host process: the parent built them
			return m.Run()
		}
		dir, err := os.MkdirTemp("", "seshnet-plugins")
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
		defer os.RemoveAll(dir)
		binDir = dir
		for out, b := range map[string]struct{ pkg, ldflags string }{
			"seshd-testplugin": {pkg: "./testdata/testplugin"},
			"seshd-example":    {pkg: "../../cmd/seshd-example"},
			// A second version of the test plugin, and one that speaks a
			// plugin protocol the host refuses (governance upgrades).
			testpluginV2:       {pkg: "./testdata/testplugin", ldflags: "-X main.version=2.0.0"},
			testpluginBadProto: {pkg: "./testdata/testplugin", ldflags: "-X main.version=3.0.0 -X main.protocol=99"},
		} {
			if out, err := exec.Command("go", "build", "-ldflags", b.ldflags, "-o", filepath.Join(dir, out), b.pkg).CombinedOutput(); err != nil {
				fmt.Fprintf(os.Stderr, "build %s: %v\n%s", b.pkg, err, out)
				return 1
			}
		}
		// Supervise briskly in tests.
		healthEvery, backoffFirst = 100*time.Millisecond, 50*time.Millisecond
		return m.Run()
	}()
	os.Exit(code)
}

// fakeNode is the node side for host tests: a real node's API is exercised
// by the seshd end-to-end tests.
type fakeNode struct {
	mu        sync.Mutex
	submitted []string
}

func (f *fakeNode) QueryState(_ context.Context, path string, height int64) ([]byte, int64, error) {
	return []byte(`{"path":"` + path + `"}`), 7, nil
}

func (f *fakeNode) SubscribeBlocks(ctx context.Context, from int64) (<-chan *pluginv1.Block, error) {
	ch := make(chan *pluginv1.Block)
	go func() {
		defer close(ch)
		for h := int64(1); ; h++ {
			select {
			case <-ctx.Done():
				return
			case ch <- &pluginv1.Block{Height: h, TimeUnixNano: time.Now().UnixNano(), Hash: []byte{byte(h)}}:
			}
			time.Sleep(20 * time.Millisecond)
		}
	}()
	return ch, nil
}

func (f *fakeNode) SubmitTx(_ context.Context, module, txType string, body []byte) ([]byte, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.submitted = append(f.submitted, module+":"+txType)
	return []byte{1, 2, 3}, nil
}

func (f *fakeNode) calls() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]string(nil), f.submitted...)
}

// testNodeSeed is the node key the test host gives modules with node_key.
var testNodeSeed = bytes.Repeat([]byte{7}, ed25519.SeedSize)

func newHost(t *testing.T, mods map[string]ModuleConfig) (*Host, *fakeNode) {
	t.Helper()
	for name, mc := range mods {
		if mc.Path == "" {
			mc.Path = filepath.Join(binDir, "seshd-testplugin")
		}
		mods[name] = mc
	}
	node := &fakeNode{}
	h, err := New(Config{Modules: mods, BinDir: binDir, DataDir: t.TempDir(), ChainID: "test", NodeKeySeed: testNodeSeed}, node, zerolog.New(zerolog.NewTestWriter(t)).Level(zerolog.WarnLevel))
	require.NoError(t, err)
	h.Start(context.Background())
	t.Cleanup(h.Stop)
	return h, node
}

func modStatus(t *testing.T, h *Host, name string) ModuleStatus {
	t.Helper()
	for _, s := range h.Status() {
		if s.Name == name {
			return s
		}
	}
	t.Fatalf("no module %s", name)
	return ModuleStatus{}
}

func eventually(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func TestLaunchCallAndStatus(t *testing.T) {
	h, _ := newHost(t, map[string]ModuleConfig{"alpha": {Enabled: true}})
	st := modStatus(t, h, "alpha")
	require.Equal(t, StateRunning, st.State, st.LastError)
	require.Equal(t, "1.0.0", st.Version)
	require.NotZero(t, st.PID)
	require.Len(t, st.SHA256, 64)
	require.Contains(t, st.Capabilities, "CAPABILITY_VOTE_EXTENSION")

	out, err := h.Call(context.Background(), "alpha", "echo", []byte("hi"))
	require.NoError(t, err)
	require.Equal(t, "hi", string(out))
	_, err = h.Call(context.Background(), "alpha", "nope", nil)
	require.ErrorContains(t, err, "unknown method nope")
	_, err = h.Call(context.Background(), "ghost", "echo", nil)
	require.ErrorIs(t, err, ErrNotRunning)
	require.ErrorContains(t, h.Reload("ghost"), `module "ghost" is not enabled`)

	res, err := h.CallBatch(context.Background(), "alpha", []*pluginv1.CallRequest{{Method: "echo", Payload: []byte("a")}, {Method: "bad"}})
	require.NoError(t, err)
	require.Equal(t, "a", string(res[0].Payload))
	require.Contains(t, res[1].Error, "unknown method")

	q, err := h.Call(context.Background(), "alpha", "query", []byte("/params"))
	require.NoError(t, err)
	require.JSONEq(t, `{"path":"/params"}`, string(q))
	require.Equal(t, []string{"alpha"}, h.Running())
}

func TestSIGKILLedModuleIsRestarted(t *testing.T) {
	h, _ := newHost(t, map[string]ModuleConfig{"alpha": {Enabled: true}})
	before := modStatus(t, h, "alpha")
	require.NoError(t, syscall.Kill(before.PID, syscall.SIGKILL))
	eventually(t, "a restart", func() bool {
		s := modStatus(t, h, "alpha")
		return s.State == StateRunning && s.Restarts == 1 && s.PID != before.PID
	})
	out, err := h.Call(context.Background(), "alpha", "echo", []byte("back"))
	require.NoError(t, err)
	require.Equal(t, "back", string(out))
}

func TestCrashLoopGivesUp(t *testing.T) {
	h, _ := newHost(t, map[string]ModuleConfig{"alpha": {Enabled: true}})
	for i := 0; i < crashesToFail; i++ {
		eventually(t, "running before crash", func() bool {
			return modStatus(t, h, "alpha").State == StateRunning || modStatus(t, h, "alpha").State == StateFailed
		})
		if modStatus(t, h, "alpha").State == StateFailed {
			break
		}
		require.NoError(t, syscall.Kill(modStatus(t, h, "alpha").PID, syscall.SIGKILL))
		eventually(t, "crash noticed", func() bool { return modStatus(t, h, "alpha").State != StateRunning })
	}
	eventually(t, "state failed", func() bool { return modStatus(t, h, "alpha").State == StateFailed })
	// A reload by the operator brings it back.
	require.NoError(t, h.Reload("alpha"))
	require.Equal(t, StateRunning, modStatus(t, h, "alpha").State)
}

func TestChecksumPin(t *testing.T) {
	bin := filepath.Join(binDir, "seshd-testplugin")
	raw, err := os.ReadFile(bin)
	require.NoError(t, err)
	sum := sha256.Sum256(raw)
	good := hex.EncodeToString(sum[:])
	wrong := strings.Repeat("0", 64)

	h, _ := newHost(t, map[string]ModuleConfig{
		"pinned": {Enabled: true, SHA256: good},
		"bad":    {Enabled: true, SHA256: wrong},
	})
	require.Equal(t, StateRunning, modStatus(t, h, "pinned").State)
	bad := modStatus(t, h, "bad")
	require.NotEqual(t, StateRunning, bad.State)
	require.Contains(t, bad.LastError, "does not match its sha256 pin")
	require.Zero(t, bad.PID)

	// A reload to a binary that does not match its new pin leaves the
	// running process in place.
	pid := modStatus(t, h, "pinned").PID
	cfg := h.cfg
	cfg.Modules = map[string]ModuleConfig{"pinned": {Enabled: true, SHA256: wrong, Path: bin}, "bad": cfg.Modules["bad"]}
	err = h.Apply(cfg)
	require.ErrorIs(t, err, ErrChecksum)
	after := modStatus(t, h, "pinned")
	require.Equal(t, pid, after.PID)
	require.Equal(t, StateRunning, after.State)
	require.Contains(t, after.LastError, "does not match")
}

func TestProtocolMismatchNamesBothVersions(t *testing.T) {
	t.Setenv("TESTPLUGIN_PROTOCOL", "2")
	h, _ := newHost(t, map[string]ModuleConfig{"future": {Enabled: true}})
	st := modStatus(t, h, "future")
	require.NotEqual(t, StateRunning, st.State)
	require.Contains(t, st.LastError, "this node speaks seshnet plugin protocol 1")
	require.Contains(t, st.LastError, "Plugin version: 2")
}

func TestObserveNeverBlocksPastDeadline(t *testing.T) {
	h, _ := newHost(t, map[string]ModuleConfig{
		"good":  {Enabled: true, Settings: map[string]any{"observation": "saw"}},
		"hangs": {Enabled: true, Settings: map[string]any{"hang_observe": true}},
		"huge":  {Enabled: true, Settings: map[string]any{"big_observe": true}},
	})
	got := h.Observe(context.Background(), 42, nil, 300*time.Millisecond)
	// The hung and the oversized module contribute nothing; the good one answers.
	require.Equal(t, map[string][]byte{"good": []byte("saw:42")}, got)
}

func TestBadInputFromPluginChangesNothing(t *testing.T) {
	h, node := newHost(t, map[string]ModuleConfig{"alpha": {Enabled: true, AllowedTxs: []string{"uptime_proof"}}})
	cases := []struct {
		name, method, payload, want string
	}{
		{"type not allowed", "submit", "mint_money", `may not submit "mint_money"`},
		{"oversized body", "submit_big", "uptime_proof", "exceeds 8192"},
		{"empty query path", "query", "", "query path must be"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := h.Call(context.Background(), "alpha", tc.method, []byte(tc.payload))
			require.ErrorContains(t, err, tc.want)
		})
	}
	require.Empty(t, node.calls(), "the node saw none of the refused calls")
	_, err := h.Call(context.Background(), "alpha", "submit", []byte("uptime_proof"))
	require.NoError(t, err)
	require.Equal(t, []string{"alpha:uptime_proof"}, node.calls())
}

// The node key reaches only the modules the operator gave it to.
func TestNodeKeyOnlyWhereGranted(t *testing.T) {
	h, _ := newHost(t, map[string]ModuleConfig{"relay": {Enabled: true, NodeKey: true}, "other": {Enabled: true}})
	require.Equal(t, StateRunning, modStatus(t, h, "relay").State)
	got, err := h.Call(context.Background(), "relay", "node-key", nil)
	require.NoError(t, err)
	require.Equal(t, []byte(ed25519.NewKeyFromSeed(testNodeSeed).Public().(ed25519.PublicKey)), got)
	got, err = h.Call(context.Background(), "other", "node-key", nil)
	require.NoError(t, err)
	require.Empty(t, got)
}

package storage

import (
	"context"
	"crypto/ed25519"
	"encoding/json"
	"net"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/plugins/kit"
)

// Configure refuses what the module cannot run with, each with a message
// that says what to set.
func TestConfigureRefusesWhatItCannotRunWith(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	t.Cleanup(func() { ln.Close() })
	good := func() kit.Env {
		return kit.Env{Name: "storage", DataDir: t.TempDir(), Host: &kit.Host{}, Listeners: []net.Listener{ln},
			NodeKey: ed25519.NewKeyFromSeed(make([]byte, 32))}
	}
	cases := []struct {
		name   string
		change func(*kit.Env)
		want   string
	}{
		{"no node key", func(e *kit.Env) { e.NodeKey = nil }, "node_key = true"},
		{"no host API", func(e *kit.Env) { e.Host = nil }, "host API"},
		{"no socket", func(e *kit.Env) { e.Listeners = nil }, "listen"},
		{"unknown setting (a typo)", func(e *kit.Env) { e.Settings = json.RawMessage(`{"timeout_msec":1000}`) }, "unknown field"},
		{"no data directory", func(e *kit.Env) { e.DataDir = "" }, "data directory"},
		{"settings not JSON", func(e *kit.Env) { e.Settings = json.RawMessage(`{"replicate_timeout_ms":`) }, "storage settings"},
		{"settings of the wrong type", func(e *kit.Env) { e.Settings = json.RawMessage(`{"purge_seconds":"soon"}`) }, "storage settings"},
		{"replicate timeout too short", func(e *kit.Env) { e.Settings = json.RawMessage(`{"replicate_timeout_ms":10}`) }, "replicate_timeout_ms"},
		{"replicate timeout too long", func(e *kit.Env) { e.Settings = json.RawMessage(`{"replicate_timeout_ms":600000}`) }, "replicate_timeout_ms"},
		{"purge interval zero", func(e *kit.Env) { e.Settings = json.RawMessage(`{"purge_seconds":0}`) }, "purge_seconds"},
		{"test poll too short", func(e *kit.Env) { e.Settings = json.RawMessage(`{"test_poll_ms":10}`) }, "test_poll_ms"},
		{"test timeout too long", func(e *kit.Env) { e.Settings = json.RawMessage(`{"test_timeout_ms":600000}`) }, "test_timeout_ms"},
		{"test concurrency zero", func(e *kit.Env) { e.Settings = json.RawMessage(`{"test_concurrency":0}`) }, "test_concurrency"},
		{"bad tester setting with testing off", func(e *kit.Env) { e.Settings = json.RawMessage(`{"testing":false,"test_poll_ms":0}`) }, "test_poll_ms"},
		{"testing not a bool", func(e *kit.Env) { e.Settings = json.RawMessage(`{"testing":"no"}`) }, "storage settings"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			env := good()
			tc.change(&env)
			err := New().Configure(context.Background(), env)
			require.ErrorContains(t, err, tc.want)
		})
	}
	require.NoError(t, New().Configure(context.Background(), good()))
}

// The tester runs by default, every 5 s with 5 s checks; an operator may
// turn it off or tune it.
func TestTesterSettings(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	t.Cleanup(func() { ln.Close() })
	configure := func(settings string) Settings {
		m := New()
		env := kit.Env{Name: "storage", DataDir: t.TempDir(), Host: &kit.Host{}, Listeners: []net.Listener{ln},
			NodeKey: ed25519.NewKeyFromSeed(make([]byte, 32)), Settings: json.RawMessage(settings)}
		require.NoError(t, m.Configure(context.Background(), env))
		return m.set
	}
	def := configure(``)
	require.True(t, def.Testing)
	require.Equal(t, 5_000, def.TestPollMs)
	require.Equal(t, 5_000, def.TestTimeoutMs)
	require.Equal(t, 4, def.TestConcurrency)
	set := configure(`{"testing":false,"test_poll_ms":1000,"test_timeout_ms":2000,"test_concurrency":8}`)
	require.Equal(t, Settings{ReplicateTimeoutMs: 5_000, PurgeSeconds: 60, TestPollMs: 1000, TestTimeoutMs: 2000, TestConcurrency: 8}, set)
}

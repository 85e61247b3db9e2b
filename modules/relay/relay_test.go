package relay

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
		return kit.Env{Name: "relay", Host: &kit.Host{}, Listeners: []net.Listener{ln}, NodeKey: ed25519.NewKeyFromSeed(make([]byte, 32))}
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
		{"settings not JSON", func(e *kit.Env) { e.Settings = json.RawMessage(`{"timeout_ms":`) }, "relay settings"},
		{"timeout too short", func(e *kit.Env) { e.Settings = json.RawMessage(`{"timeout_ms":5}`) }, "timeout_ms"},
		{"timeout too long", func(e *kit.Env) { e.Settings = json.RawMessage(`{"timeout_ms":3600000}`) }, "timeout_ms"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			env := good()
			tc.change(&env)
			require.ErrorContains(t, New().Configure(context.Background(), env), tc.want)
		})
	}
	require.NoError(t, New().Configure(context.Background(), good()))
}

package main

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"
	"time"

	cmtcfg "github.com/cometbft/cometbft/config"
	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/core/config"
)

// tuneComet changes what it is told and keeps the rest of config.toml.
func TestTuneCometKeepsTheRestOfTheConfig(t *testing.T) {
	home := t.TempDir()
	require.NoError(t, os.MkdirAll(filepath.Join(home, "config"), 0o755))
	c := cmtcfg.DefaultConfig()
	c.Mempool.Size = 1234
	cmtcfg.WriteConfigFile(filepath.Join(home, "config", "config.toml"), c)

	require.NoError(t, tuneComet(home, func(c *cmtcfg.Config) { c.RPC.PprofListenAddress = pprofAddr(seshnetBase, 2) }))
	got, err := config.LoadComet(home)
	require.NoError(t, err)
	require.Equal(t, "127.0.0.1:46863", got.RPC.PprofListenAddress)
	require.Equal(t, 1234, got.Mempool.Size)
}

// A profile that fails to come is an error, not an empty file.
func TestFetchToRefusesAFailedAnswer(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/ok" {
			_, _ = w.Write([]byte("profile"))
			return
		}
		http.Error(w, "no", http.StatusInternalServerError)
	}))
	defer srv.Close()
	dir := t.TempDir()
	require.Error(t, fetchTo(srv.URL+"/bad", filepath.Join(dir, "bad"), 0))
	require.NoFileExists(t, filepath.Join(dir, "bad"))
	require.NoError(t, fetchTo(srv.URL+"/ok", filepath.Join(dir, "ok"), 0))
	raw, err := os.ReadFile(filepath.Join(dir, "ok"))
	require.NoError(t, err)
	require.Equal(t, "profile", string(raw))
}

// prebuild covers the whole run at the rate, a fifth more, split over the
// senders and rounded up.
func TestPrebuildCoversTheRun(t *testing.T) {
	require.Equal(t, "6563", prebuild(5000, 5*time.Second, 30*time.Second, 32))
	require.Equal(t, "1", prebuild(1, 0, time.Second, 32))
	require.Equal(t, "12", prebuild(10, 0, time.Second, 0), "no senders counts as one")
}

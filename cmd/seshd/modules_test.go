package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/plugins/host"
)

// TestModulesFetchCommand runs `seshd modules fetch` against a real HTTP
// server: the checked binary lands in HOME/modules/NAME/VERSION/; a wrong
// sha256 is refused and leaves nothing.
func TestModulesFetchCommand(t *testing.T) {
	body := []byte("#!/bin/sh\necho relay 1.2.0\n")
	raw := sha256.Sum256(body)
	sum := hex.EncodeToString(raw[:])
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { _, _ = w.Write(body) }))
	defer srv.Close()
	run := func(args ...string) (string, error) {
		root := newRoot()
		var out bytes.Buffer
		root.SetOut(&out)
		root.SetArgs(args)
		err := root.Execute()
		return out.String(), err
	}

	home := t.TempDir()
	out, err := run("modules", "fetch", "relay", "1.2.0", "--url", srv.URL+"/seshd-relay", "--sha256", sum, "--home", home, "-o", "json")
	require.NoError(t, err)
	var v fetchView
	require.NoError(t, json.Unmarshal([]byte(out), &v))
	want := filepath.Join(home, "modules", "relay", "1.2.0", "seshd-relay")
	require.Equal(t, want, v.Path)
	require.Equal(t, sum, v.SHA256)
	got, err := os.ReadFile(want)
	require.NoError(t, err)
	require.Equal(t, body, got)

	other := t.TempDir()
	_, err = run("modules", "fetch", "relay", "1.2.0", "--url", srv.URL+"/seshd-relay", "--sha256", hex.EncodeToString(make([]byte, 32)), "--home", other)
	require.ErrorContains(t, err, "refused")
	entries, err := os.ReadDir(other)
	require.NoError(t, err)
	require.Empty(t, entries)
}

func TestUpgradeCell(t *testing.T) {
	cases := []struct {
		st   host.ModuleStatus
		want string
	}{
		{host.ModuleStatus{}, "-"},
		{host.ModuleStatus{Upgrade: host.UpgradePending, UpgradeVersion: "1.2.0"}, "upgrade pending: missing binary (1.2.0)"},
		{host.ModuleStatus{Upgrade: "upgrade failed: reload relay: protocol version mismatch: ...", UpgradeVersion: "1.2.0"}, "upgrade failed (see -o json) (1.2.0)"},
	}
	for _, tc := range cases {
		require.Equal(t, tc.want, upgradeCell(tc.st))
	}
}

package host

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/rs/zerolog"
	"github.com/stretchr/testify/require"
)

// Builds of the test plugin made by TestMain besides seshd-testplugin
// (version 1.0.0).
const (
	testpluginV2       = "testplugin-2.0.0"    // version 2.0.0
	testpluginBadProto = "testplugin-badproto" // version 3.0.0, plugin protocol 99
)

// govBinary is a build of the test plugin as a governance upgrade names it.
func govBinary(t *testing.T, file, version string) Binary {
	t.Helper()
	path := filepath.Join(binDir, file)
	sum, err := fileSHA256(path)
	require.NoError(t, err)
	return Binary{Path: path, SHA256: sum, Version: version}
}

// TestUpgrade_SwapsToTheSecondBuildUnderLoad upgrades a network module to a
// second build (another version string) while clients post to it, with
// both swap policies: no request fails, the new version serves on the same
// socket, and the governance binary stays in place through a config reload
// and a crash.
func TestUpgrade_SwapsToTheSecondBuildUnderLoad(t *testing.T) {
	for name, env := range map[string]string{"swap": "TESTPLUGIN_SERVE", "handoff": "TESTPLUGIN_HANDOFF"} {
		t.Run(name, func(t *testing.T) {
			t.Setenv(env, "1")
			h, _ := newHost(t, map[string]ModuleConfig{"mod": {Enabled: true, Listen: []string{"127.0.0.1:0"}}})
			before := modStatus(t, h, "mod")
			require.Equal(t, StateRunning, before.State, before.LastError)
			require.Equal(t, "1.0.0", before.Version)

			load := startHandoffLoad(t, before.Listen[0], 16)
			eventually(t, "load on the old process", func() bool { return load.answeredBy(before.PID) > 100 })
			require.NoError(t, h.Upgrade("mod", govBinary(t, testpluginV2, "2.0.0")))
			after := modStatus(t, h, "mod")
			require.Equal(t, "2.0.0", after.Version)
			require.Equal(t, StateRunning, after.State)
			require.Empty(t, after.Upgrade)
			require.Equal(t, "2.0.0", after.UpgradeVersion)
			require.NotEqual(t, before.PID, after.PID)
			require.Equal(t, before.Listen, after.Listen, "the socket survived the upgrade")
			eventually(t, "load on the new process", func() bool { return load.answeredBy(after.PID) > 100 })
			load.end()
			t.Logf("%d requests answered (%v by pid), %d failed", load.ok.Load(), load.byPID, load.failed.Load())
			require.Zero(t, load.failed.Load())

			// A changed seshd.toml reloads the module: still the governance binary.
			cfg := h.config()
			mc := cfg.Modules["mod"]
			mc.Settings = map[string]any{"generation": 2}
			cfg.Modules = map[string]ModuleConfig{"mod": mc}
			require.NoError(t, h.Apply(cfg))
			require.Equal(t, "2.0.0", modStatus(t, h, "mod").Version)

			// A crash: the supervisor restarts the governance binary.
			killed := modStatus(t, h, "mod").PID
			h.mu.Lock()
			h.modules["mod"].current().client.Kill()
			h.mu.Unlock()
			eventually(t, "restarted", func() bool {
				s := modStatus(t, h, "mod")
				return s.State == StateRunning && s.PID != killed && s.PID != 0
			})
			require.Equal(t, "2.0.0", modStatus(t, h, "mod").Version)
		})
	}
}

// TestUpgrade_RefusedBinaryKeepsTheOldServing: the scheduled binary speaks
// a plugin protocol the host refuses, or its file does not hash to the
// voted sha256. The upgrade fails loudly, the old process serves on
// without a failed request, and nothing is pinned.
func TestUpgrade_RefusedBinaryKeepsTheOldServing(t *testing.T) {
	wrongHash := govBinary(t, testpluginV2, "2.0.0")
	wrongHash.SHA256 = govBinary(t, "seshd-testplugin", "1.0.0").SHA256
	cases := []struct {
		name    string
		bin     Binary
		wantErr string
	}{
		{"protocol", govBinary(t, testpluginBadProto, "3.0.0"), "protocol version mismatch"},
		{"hash", wrongHash, ErrChecksum.Error()},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Setenv("TESTPLUGIN_SERVE", "1")
			h, _ := newHost(t, map[string]ModuleConfig{"mod": {Enabled: true, Listen: []string{"127.0.0.1:0"}}})
			before := modStatus(t, h, "mod")
			require.Equal(t, StateRunning, before.State, before.LastError)
			load := startHandoffLoad(t, before.Listen[0], 4)
			eventually(t, "load on the old process", func() bool { return load.answeredBy(before.PID) > 50 })

			err := h.Upgrade("mod", tc.bin)
			require.ErrorContains(t, err, tc.wantErr)
			after := modStatus(t, h, "mod")
			require.Equal(t, before.PID, after.PID, "the old process serves on")
			require.Equal(t, "1.0.0", after.Version)
			require.Equal(t, StateRunning, after.State)
			require.Contains(t, after.Upgrade, "upgrade failed: ")
			require.Contains(t, after.Upgrade, tc.wantErr)
			require.Equal(t, tc.bin.Version, after.UpgradeVersion)
			require.Empty(t, h.Pins())

			served := load.answeredBy(before.PID)
			eventually(t, "still serving", func() bool { return load.answeredBy(before.PID) > served+50 })
			load.end()
			require.Zero(t, load.failed.Load())
		})
	}
}

// TestUpgrade_PinsAtStart: a host started with an upgrade applied before a
// restart runs the governance binary at once; one whose governance binary
// no longer starts runs the configured binary and says the upgrade failed.
func TestUpgrade_PinsAtStart(t *testing.T) {
	cases := []struct {
		name, file, version, want, upgrade string
	}{
		{"runs the pinned binary", testpluginV2, "2.0.0", "2.0.0", ""},
		{"falls back to the configured one", testpluginBadProto, "3.0.0", "1.0.0", "upgrade failed: "},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			pin := govBinary(t, tc.file, tc.version)
			mods := map[string]ModuleConfig{"mod": {Enabled: true, Path: filepath.Join(binDir, "seshd-testplugin")}}
			h, err := New(Config{Modules: mods, BinDir: binDir, DataDir: t.TempDir(), ChainID: "test"}, &fakeNode{},
				zerolog.New(zerolog.NewTestWriter(t)).Level(zerolog.WarnLevel), WithPins(map[string]Binary{"mod": pin}))
			require.NoError(t, err)
			h.Start(context.Background())
			t.Cleanup(h.Stop)
			st := modStatus(t, h, "mod")
			require.Equal(t, StateRunning, st.State, st.LastError)
			require.Equal(t, tc.want, st.Version)
			if tc.upgrade == "" {
				require.Empty(t, st.Upgrade)
				require.Equal(t, map[string]Binary{"mod": pin}, h.Pins())
			} else {
				require.Contains(t, st.Upgrade, tc.upgrade)
				require.Empty(t, h.Pins())
			}
		})
	}
}

// TestUpgrade_PendingStatus: the status says what the watcher reports.
func TestUpgrade_PendingStatus(t *testing.T) {
	h, _ := newHost(t, map[string]ModuleConfig{"mod": {Enabled: true}})
	h.SetUpgradeStatus("mod", UpgradePending, "2.0.0")
	h.SetUpgradeStatus("nosuch", UpgradePending, "2.0.0") // ignored
	st := modStatus(t, h, "mod")
	require.Equal(t, "upgrade pending: missing binary", st.Upgrade)
	require.Equal(t, "2.0.0", st.UpgradeVersion)
	require.Equal(t, "1.0.0", st.Version, "the old version runs on")
	require.Error(t, h.Upgrade("nosuch", govBinary(t, testpluginV2, "2.0.0")))
	require.ErrorContains(t, h.Upgrade("mod", Binary{Path: "x", SHA256: "zz"}), "64 hex")
}

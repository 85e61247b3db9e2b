package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestDisableModulesTurnsOffOnlyModules: every [modules.X] section is
// disabled; [uptime] and the modules' settings are left as they were.
func TestDisableModulesTurnsOffOnlyModules(t *testing.T) {
	in := "[uptime]\n  enabled = true\n\n[modules.relay]\nenabled = true\nlisten = [\"127.0.0.1:1\"]\n\n[modules.example.settings]\nenabled = true\n\n[modules.storage]\n  enabled = true\n"
	want := "[uptime]\n  enabled = true\n\n[modules.relay]\nenabled = false\nlisten = [\"127.0.0.1:1\"]\n\n[modules.example.settings]\nenabled = true\n\n[modules.storage]\n  enabled = false\n"
	path := filepath.Join(t.TempDir(), "seshd.toml")
	require.NoError(t, os.WriteFile(path, []byte(in), 0o600))
	require.NoError(t, disableModules(path))
	got, err := os.ReadFile(path)
	require.NoError(t, err)
	require.Equal(t, want, string(got))
}

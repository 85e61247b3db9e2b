package config

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

func TestWriteLoadRoundTrip(t *testing.T) {
	path := filepath.Join(t.TempDir(), "seshd.toml")
	c := Default()
	c.Uptime.Interval = Duration{90 * time.Second}
	require.NoError(t, Write(path, c, "[modules.example]\nenabled = true\nsettings = { listen = \"127.0.0.1:1\" }\n"))
	got, err := Load(path)
	require.NoError(t, err)
	require.Equal(t, 90*time.Second, got.Uptime.Interval.Duration)
	require.Equal(t, []string{"example"}, got.ModuleNames())
	var mod struct {
		Enabled  bool           `toml:"enabled"`
		Settings map[string]any `toml:"settings"`
	}
	ok, err := got.DecodeModule("example", &mod)
	require.NoError(t, err)
	require.True(t, ok)
	require.True(t, mod.Enabled)
	require.Equal(t, "127.0.0.1:1", mod.Settings["listen"])
}

func TestLoadRefusesUnknownAndBadValues(t *testing.T) {
	cases := map[string]string{
		"[log]\nformat = \"json\"\nlevl = \"info\"\n": "unknown settings: log.levl",
		"[uptime]\ninterval = \"soon\"\n":             "duration",
		"not toml at all [":                           "read",
	}
	for body, want := range cases {
		path := filepath.Join(t.TempDir(), "seshd.toml")
		require.NoError(t, os.WriteFile(path, []byte(body), 0o644))
		_, err := Load(path)
		require.ErrorContains(t, err, want)
	}
}

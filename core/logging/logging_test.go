package logging

import (
	"bytes"
	"testing"

	"github.com/rs/zerolog"
	"github.com/stretchr/testify/require"
)

func TestParseLevels(t *testing.T) {
	cases := []struct {
		in      string
		def     zerolog.Level
		mod     map[string]zerolog.Level
		wantErr string
	}{
		{in: "", def: zerolog.InfoLevel, mod: map[string]zerolog.Level{}},
		{in: "debug", def: zerolog.DebugLevel, mod: map[string]zerolog.Level{}},
		{in: "p2p:error, *:warn", def: zerolog.WarnLevel, mod: map[string]zerolog.Level{"p2p": zerolog.ErrorLevel}},
		{in: "p2p:loud", wantErr: `unknown level "loud"`},
		{in: "p2p:", wantErr: `unknown level ""`},
	}
	for _, tc := range cases {
		t.Run(tc.in, func(t *testing.T) {
			lv, err := ParseLevels(tc.in)
			if tc.wantErr != "" {
				require.ErrorContains(t, err, tc.wantErr)
				return
			}
			require.NoError(t, err)
			require.Equal(t, tc.def, lv.Default)
			require.Equal(t, tc.mod, lv.PerModule)
		})
	}
}

func TestCometAdapterLevelsAndRedaction(t *testing.T) {
	var buf bytes.Buffer
	levels, err := ParseLevels("p2p:error,consensus:debug,*:info")
	require.NoError(t, err)
	root, err := New(Config{Format: "json", Levels: levels, Out: &buf})
	require.NoError(t, err)
	c := NewComet(root, levels)

	c.With("module", "p2p").Info("p2p info is below error")
	require.Empty(t, buf.String())

	c.With("module", "consensus").Debug("consensus debug passes", "height", 3)
	require.Contains(t, buf.String(), `"height":3`)
	buf.Reset()

	c.With("module", "rpc-server").Info("served", "remote", "10.1.2.3:5555", "method", "status")
	require.NotContains(t, buf.String(), "10.1.2.3")
	require.Contains(t, buf.String(), `"method":"status"`)
}

func TestHCLogAdapterKeepsLevelAndFields(t *testing.T) {
	var buf bytes.Buffer
	root, err := New(Config{Format: "json", Out: &buf})
	require.NoError(t, err)
	h := NewHCLog(root.Level(zerolog.InfoLevel).With().Str("module", "relay").Logger(), "relay")
	h.Debug("hidden at info")
	h.Warn("peer slow", "hops", 3)
	out := buf.String()
	require.NotContains(t, out, "hidden at info")
	require.Contains(t, out, `"level":"warn"`)
	require.Contains(t, out, `"module":"relay"`)
	require.Contains(t, out, `"hops":3`)
	require.Contains(t, out, `"message":"peer slow"`)
}

// TestTimesCarryMilliseconds: a block's steps are tens of milliseconds
// apart, so both formats print the time to the millisecond.
func TestTimesCarryMilliseconds(t *testing.T) {
	for format, pattern := range map[string]string{
		"json":    `"time":"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}(Z|[+-]\d\d:\d\d)"`,
		"console": `\d\d:\d\d:\d\d\.\d{3}\b`, // colored: escapes around it
	} {
		var buf bytes.Buffer
		root, err := New(Config{Format: format, Out: &buf})
		require.NoError(t, err)
		root.Info().Msg("step")
		require.Regexp(t, pattern, buf.String(), format)
	}
}

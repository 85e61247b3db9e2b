package tester

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// FuzzAnswers feeds the decoders of what a tester reads from outside: a
// tested node's info answer (directly or through its relay's sealed
// reply) and the host's answers (tests, node, uptime and gov parameters,
// scheduled upgrades). None may panic; what parseTests keeps
// is always a valid test and what parseNode accepts is the node asked for.
func FuzzAnswers(f *testing.F) {
	key := pubHex(testedKey)
	for _, s := range []string{
		`{"version":[0,1,0],"timestamp":1700000000000,"t":1700000000000,"hf":[1,0]}`,
		`[{"height":90,"node":"` + key + `"}]`, `[]`, `null`, `{}`, `[{"height":-1}]`,
		`{"ed25519":"` + key + `","state":"active","uptime":{"timestamp":1,"modules":["relay"],"endpoints":[{"service":"storage","addr":"a:1"}]}}`,
		`{"validity_seconds":7500}`, `{"status":200,"body":"{}"}`,
		`[{"proposal_id":1,"module":"relay","version":"1.2.0","binaries":{},"height":40}]`, `{"upgrade_grace_blocks":600}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		_ = checkInfo(b)
		tests, _, err := parseTests(b)
		if err == nil {
			for _, ts := range tests {
				require.True(t, ts.Height > 0 && isKeyHex(ts.Node))
			}
		}
		if v, err := parseNode(b, key); err == nil {
			require.Equal(t, key, v.Ed25519)
			_ = v.Uptime.endpoint("storage")
		}
		if p, err := parseUptimeParams(b); err == nil {
			require.Positive(t, p.ValiditySeconds)
		}
		// The same bytes as the upgrades and as the gov parameters.
		if g, err := parseGov(b, 100, b); err == nil {
			require.True(t, g.graceBlocks >= 0 && g.graceBlocks <= maxGraceBlocks)
			for _, u := range g.upgrades {
				require.True(t, u.Module != "" && u.Version != "" && u.Height > 0)
			}
			u := &uptime{Modules: []string{"relay"}, ModuleVersions: []string{"0"}}
			_ = checkUpgrades(u, g, uptimeParams{ValiditySeconds: 1}, time.Unix(0, 0))
		}
		if g, err := parseGov([]byte(`[{"proposal_id":1,"module":"relay","version":"1","height":1}]`), 100, b); err == nil {
			require.True(t, g.graceBlocks >= 0 && g.graceBlocks <= maxGraceBlocks)
		}
	})
}

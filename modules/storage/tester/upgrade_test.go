package tester

import (
	"context"
	"testing"
	"time"

	"github.com/rs/zerolog"
	"github.com/stretchr/testify/require"
)

// A node whose last proof shows a module at another version than
// governance's newest upgrade of it fails once the chain is past that
// upgrade's height + gov.upgrade_grace_blocks, and not before; a proof
// without versions, or without the module, is judged as before.
func TestCheckUpgrades(t *testing.T) {
	now := time.Unix(1_800_000_000, 0)
	relay := func(id uint64, version string, height int64) scheduledUpgrade {
		return scheduledUpgrade{ProposalID: id, Module: "relay", Version: version, Height: height}
	}
	p := uptimeParams{ValiditySeconds: 7500, MinIntervalSeconds: 1800}
	// A proof taken at height h, sent a minute ago, naming relay and
	// storage at these versions.
	proof := func(h int64, relayV, storageV string) *uptime {
		return &uptime{Modules: []string{"relay", "storage"}, ModuleVersions: []string{relayV, storageV}, Height: h, BlockTime: now.Unix() - 60}
	}
	// old is such a proof sent long enough ago for the node to have sent
	// another since, so only the heights decide.
	old := func(h int64, relayV string) *uptime {
		u := proof(h, relayV, "0.1.0")
		u.BlockTime = now.Unix() - p.MinIntervalSeconds - proofSlack - 1
		return u
	}
	for _, tc := range []struct {
		name     string
		height   int64 // the chain's
		upgrades []scheduledUpgrade
		u        *uptime
		want     string // in the error; "" passes
	}{
		{"no upgrade", 1000, nil, proof(950, "0.1.0", "0.1.0"), ""},
		{"in the grace, old version", 1000, []scheduledUpgrade{relay(1, "1.2.0", 500)}, old(950, "0.1.0"), ""},
		{"at the last block of the grace", 1100, []scheduledUpgrade{relay(1, "1.2.0", 500)}, old(1050, "0.1.0"), ""},
		{"the first block past the grace", 1101, []scheduledUpgrade{relay(1, "1.2.0", 500)}, old(1050, "0.1.0"), "scheduled 1.2.0"},
		{"past the grace, old version", 1101, []scheduledUpgrade{relay(1, "1.2.0", 500)}, proof(1101, "0.1.0", "0.1.0"),
			"module relay runs version 0.1.0, governance scheduled 1.2.0 at height 500 (proposal 1); the grace of 600 blocks ended at height 1100"},
		{"past the grace, the voted version", 1101, []scheduledUpgrade{relay(1, "1.2.0", 500)}, proof(1101, "1.2.0", "0.1.0"), ""},
		{"past the grace, no versions in the proof", 1101, []scheduledUpgrade{relay(1, "1.2.0", 500)},
			&uptime{Modules: []string{"relay", "storage"}, Height: 1101}, ""},
		{"past the grace, the relay's version unknown", 1101, []scheduledUpgrade{relay(1, "1.2.0", 500)}, proof(1101, "", "0.1.0"), ""},
		{"past the grace, versions not one per module", 1101, []scheduledUpgrade{relay(1, "1.2.0", 500)},
			&uptime{Modules: []string{"relay", "storage"}, ModuleVersions: []string{"0.1.0"}, Height: 1101}, ""},
		{"past the grace, the node runs no relay", 1101, []scheduledUpgrade{relay(1, "1.2.0", 500)},
			&uptime{Modules: []string{"storage"}, ModuleVersions: []string{"0.1.0"}, Height: 1101}, ""},
		{"another module's upgrade", 1101, []scheduledUpgrade{{ProposalID: 1, Module: "storage", Version: "2.0.0", Height: 500}},
			proof(1101, "0.1.0", "0.1.0"), "module storage runs version 0.1.0, governance scheduled 2.0.0"},
		{"proof from the grace, too recent to have been replaced", 1101, []scheduledUpgrade{relay(1, "1.2.0", 500)},
			proof(1000, "0.1.0", "0.1.0"), ""},
		{"proof from the grace, old enough to have been replaced", 1101, []scheduledUpgrade{relay(1, "1.2.0", 500)},
			old(1000, "0.1.0"), "governance scheduled 1.2.0"},
		{"proof from the grace, just young enough", 1101, []scheduledUpgrade{relay(1, "1.2.0", 500)},
			&uptime{Modules: []string{"relay"}, ModuleVersions: []string{"0.1.0"}, Height: 1000, BlockTime: now.Unix() - 1800 - proofSlack}, ""},
		{"an older upgrade due, a newer one in its grace: either version", 1000,
			[]scheduledUpgrade{relay(1, "1.1.0", 100), relay(2, "1.2.0", 800)}, proof(1000, "1.2.0", "0.1.0"), ""},
		{"an older upgrade due, a newer one in its grace: the older", 1000,
			[]scheduledUpgrade{relay(1, "1.1.0", 100), relay(2, "1.2.0", 800)}, proof(1000, "1.1.0", "0.1.0"), ""},
		{"an older upgrade due, a newer one in its grace: neither", 1000,
			[]scheduledUpgrade{relay(1, "1.1.0", 100), relay(2, "1.2.0", 800)}, proof(1000, "0.1.0", "0.1.0"), "scheduled 1.1.0 at height 100"},
		{"two upgrades due: the older is behind", 1000,
			[]scheduledUpgrade{relay(2, "1.2.0", 200), relay(1, "1.1.0", 100)}, proof(1000, "1.1.0", "0.1.0"), "scheduled 1.2.0 at height 200"},
		{"same height: the later proposal", 1000,
			[]scheduledUpgrade{relay(4, "1.3.0", 200), relay(3, "1.2.0", 200)}, proof(1000, "1.2.0", "0.1.0"), "scheduled 1.3.0 at height 200 (proposal 4)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := checkUpgrades(tc.u, &govView{upgrades: tc.upgrades, graceBlocks: 600, height: tc.height}, p, now)
			if tc.want == "" {
				require.NoError(t, err)
				return
			}
			require.ErrorContains(t, err, tc.want)
		})
	}
	require.NoError(t, checkUpgrades(nil, &govView{height: 1}, p, now), "no proof: the uptime check's business")
	require.NoError(t, checkUpgrades(proof(1, "0.1.0", "0.1.0"), nil, p, now), "governance unread: skipped")
}

// Through a round: a healthy node still running relay 0.1.0 after the
// grace of an upgrade to 1.2.0 gets a fail vote for the upgrade check
// alone; in the grace, or when governance cannot be read, none.
func TestUpgradeGraceVotes(t *testing.T) {
	tested := pubHex(testedKey)
	upgrades := `[{"proposal_id":1,"module":"relay","version":"1.2.0","binaries":{"linux/amd64":"` + pubHex(otherKey) + `"},"height":40}]`
	for _, tc := range []struct {
		name     string
		upgrades string // /gov/upgrades, at the fake's height 100
		grace    string // /params/gov
		versions []string
		voted    bool
	}{
		{"past the grace, old version", upgrades, `{"upgrade_grace_blocks":50}`, []string{"0.1.0", "0.1.0"}, true},
		{"past the grace, upgraded", upgrades, `{"upgrade_grace_blocks":50}`, []string{"1.2.0", "0.1.0"}, false},
		{"in the grace", upgrades, `{"upgrade_grace_blocks":60}`, []string{"0.1.0", "0.1.0"}, false},
		{"an older node: no versions", upgrades, `{"upgrade_grace_blocks":50}`, nil, false},
		{"upgrades unreadable", `{"module":"relay"}`, `{"upgrade_grace_blocks":50}`, []string{"0.1.0", "0.1.0"}, false},
		{"grace missing", upgrades, `{}`, []string{"0.1.0", "0.1.0"}, false},
		{"grace out of range", upgrades, `{"upgrade_grace_blocks":-1}`, []string{"0.1.0", "0.1.0"}, false},
		{"upgrade at an absurd height", `[{"proposal_id":1,"module":"relay","version":"1.2.0","height":9223372036854775807}]`,
			`{"upgrade_grace_blocks":50}`, []string{"0.1.0", "0.1.0"}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := newHost()
			h.set("/tests/"+pubHex(selfKey), testsJSON(Test{Height: testHeight, Node: tested}))
			h.set("/node/"+tested, view{key: testedKey, state: "active", n: startNode(t, testedKey, nodeOpts{}),
				versions: tc.versions, proofHeight: 95}.JSON(time.Now()))
			h.set("/gov/upgrades", tc.upgrades)
			h.set("/params/gov", tc.grace)
			out := newTester(h, nil, zerolog.DebugLevel, 5*time.Second).Round(context.Background())
			require.Len(t, out, 1)
			require.Equal(t, tc.voted, out[0].Voted, out[0].Reason)
			if tc.voted {
				require.Equal(t, []string{CheckUpgrade}, out[0].Failed)
				require.Equal(t, []vote{{Node: tested, Height: testHeight, Pass: false}}, h.votes())
			} else {
				require.Empty(t, out[0].Failed)
			}
		})
	}
}

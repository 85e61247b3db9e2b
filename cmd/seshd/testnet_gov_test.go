package main

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/genesis"
)

// TestGovTestnetGenesisParams: `seshd testnet --genesis-param gov.KEY=VALUE`
// sets governance's parameters through its own rules (a local network
// starts with a 30 s vote) and refuses what they refuse, the field named.
func TestGovTestnetGenesisParams(t *testing.T) {
	base := genesis.WithSoloNodes(genesis.Local(4), []genesis.LocalNode{{Ed25519: bytes.Repeat([]byte{1}, 32), BLS: bytes.Repeat([]byte{1}, 64), Operator: [20]byte{1}}})
	require.EqualValues(t, 30, base.Gov.Params.VotingPeriodSeconds)
	doc, err := applyGenesisParams(base, []string{"gov.voting_period_seconds=60", `gov.upgradable_modules=["relay","mymod"]`, "gov.quorum_bp=5000"})
	require.NoError(t, err)
	require.EqualValues(t, 60, doc.Gov.Params.VotingPeriodSeconds)
	require.Equal(t, []string{"relay", "mymod"}, doc.Gov.Params.UpgradableModules)
	require.EqualValues(t, 5000, doc.Gov.Params.QuorumBP)
	require.Equal(t, base.Gov.Params.MinProposerStake, doc.Gov.Params.MinProposerStake, "the others kept")
	for _, c := range []struct{ set, want string }{
		{"gov.voting_period_seconds=0", "gov.voting_period_seconds: must be 1.."},
		{"gov.quorum_bp=10001", "gov.quorum_bp: must be 0..10000"},
		{"gov.veto_bp=0", "gov.veto_bp: must be 1..10000"},
		{"gov.upgradable_modules=relay", "upgradable_modules of type []string"},
		{`gov.upgradable_modules=["../x"]`, "gov.upgradable_modules"},
		{"gov.voting_period=30", `no parameter "voting_period"`},
	} {
		_, err := applyGenesisParams(base, []string{c.set})
		require.ErrorContains(t, err, c.want, c.set)
	}
}

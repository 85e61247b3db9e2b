package params

import (
	"testing"

	"github.com/stretchr/testify/require"
)

func TestDefaultIsValid(t *testing.T) {
	require.NoError(t, Default().Validate())
}

func TestValidateNamesField(t *testing.T) {
	cases := []struct {
		name   string
		mutate func(p *Params)
		want   string
	}{
		{"zero requirement", func(p *Params) { p.Registry.StakingRequirement = 0 }, "params.registry.staking_requirement: must be positive"},
		{"eleven contributors", func(p *Params) { p.Registry.MaxContributors = 11 }, "params.registry.max_contributors"},
		{"swarm min above ideal", func(p *Params) { p.Swarm.MinSize = 8 }, "params.swarm.ideal_size"},
		{"ideal above max", func(p *Params) { p.Swarm.IdealSize = 11 }, "params.swarm.max_size"},
		{"votes above quorum", func(p *Params) { p.Punish.QuorumVotes = 11 }, "params.punish.quorum_votes"},
		{"no validators", func(p *Params) { p.Registry.MaxValidators = 0 }, "params.registry.max_validators"},
		{"min uptime interval above the interval", func(p *Params) { p.Uptime.MinIntervalSeconds = p.Uptime.IntervalSeconds + 1 }, "params.uptime.min_interval_seconds"},
		{"total voting power over CometBFT's limit (D27)", func(p *Params) { p.Registry.ValidatorPower = 1 << 60 }, "params.registry.max_validators"},
		{"negative min uptime interval", func(p *Params) { p.Uptime.MinIntervalSeconds = -1 }, "params.uptime.min_interval_seconds"},
		{"veto over 100%", func(p *Params) { p.Gov.VetoBP = 10_001 }, "params.gov.veto_bp"},
		{"negative pending", func(p *Params) { p.Attest.MaxPendingBlocks = -1 }, "params.attest.max_pending_blocks"},
		{"negative v2 height", func(p *Params) { p.Attest.ExtensionFormatV2Height = -1 }, "params.attest.extension_format_v2_height"},
		{"huge refuted list", func(p *Params) { p.Attest.MaxRefuted = MaxRefutedLimit + 1 }, "params.attest.max_refuted"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p := Default()
			tc.mutate(&p)
			require.ErrorContains(t, p.Validate(), tc.want)
		})
	}
}

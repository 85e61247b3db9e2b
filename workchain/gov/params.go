package gov

import (
	"errors"
	"fmt"
	"regexp"
	"slices"

	"github.com/seshnet/seshnet/workchain/exec"
	"github.com/seshnet/seshnet/workchain/registry"
)

// Params of governance (docs/governance.md says why each default).
// Amounts are atomic SESH, durations whole seconds, shares basis points.
type Params struct {
	// MinProposerStake is the stake a proposer must hold in active nodes:
	// the workchain has no token to take a deposit in.
	MinProposerStake uint64 `json:"min_proposer_stake"`
	// VotingPeriodSeconds runs from the proposal's block time.
	VotingPeriodSeconds uint64 `json:"voting_period_seconds"`
	// QuorumBP of the active stake must have voted.
	QuorumBP uint32 `json:"quorum_bp"`
	// ThresholdBP: yes / (yes + no) must be above it.
	ThresholdBP uint32 `json:"threshold_bp"`
	// VetoBP: veto / (all voted stake) at or above it rejects.
	VetoBP uint32 `json:"veto_bp"`
	// UpgradeGraceBlocks is how long after an upgrade's activation height
	// a node may still run the old binary before the punishment rules
	// count it (read by the plugin host and the punishment rules).
	UpgradeGraceBlocks uint64 `json:"upgrade_grace_blocks"`
	// UpgradableModules are the plugin modules a module_upgrade may name.
	UpgradableModules []string `json:"upgradable_modules"`
	// MaxTitleLen and MaxDescriptionLen bound a proposal's texts, in bytes.
	MaxTitleLen       uint32 `json:"max_title_len"`
	MaxDescriptionLen uint32 `json:"max_description_len"`
	// MaxOpenProposalsPerProposer bounds the proposals one address has
	// being voted on at once: proposing costs no deposit, so without it
	// one staker could fill the list voters read and the tally's work.
	MaxOpenProposalsPerProposer uint32 `json:"max_open_proposals_per_proposer"`
}

const (
	day  = uint64(24 * 3600)
	year = 365 * day
	// bpOne is 100% in basis points.
	bpOne = 10_000
)

// DefaultParams are cosmos x/gov's numbers (two days, 33.4% quorum, more
// than 50% yes, 33.4% veto) and one full node's stake to propose.
func DefaultParams() Params {
	return Params{
		MinProposerStake:    registry.DefaultParams().StakingRequirement,
		VotingPeriodSeconds: 2 * day,
		QuorumBP:            3340, ThresholdBP: 5000, VetoBP: 3340,
		UpgradeGraceBlocks: 600,
		UpgradableModules:  []string{"bridge", "oxen", "relay", "storage"},
		MaxTitleLen:        140, MaxDescriptionLen: 10_000,
		MaxOpenProposalsPerProposer: 3,
	}
}

// moduleName is a plugin module's name: it becomes a directory name under
// HOME/modules, so nothing that could leave it.
var moduleName = regexp.MustCompile(`^[a-z0-9][a-z0-9_-]{0,31}$`)

// Validate names each wrong field.
func (p Params) Validate() error {
	var errs []error
	check := func(ok bool, field, format string, args ...any) {
		if !ok {
			errs = append(errs, fmt.Errorf("gov.%s: "+format, append([]any{field}, args...)...))
		}
	}
	check(p.MinProposerStake >= 1, "min_proposer_stake", "must be positive")
	check(p.VotingPeriodSeconds >= 1 && p.VotingPeriodSeconds <= year, "voting_period_seconds", "must be 1..%d, is %d", year, p.VotingPeriodSeconds)
	check(p.QuorumBP <= bpOne, "quorum_bp", "must be 0..10000, is %d", p.QuorumBP)
	// 10000 would make every proposal fail: yes can never be above all.
	check(p.ThresholdBP < bpOne, "threshold_bp", "must be 0..9999, is %d", p.ThresholdBP)
	// 0 would veto every proposal: any vote is at least 0% veto.
	check(p.VetoBP >= 1 && p.VetoBP <= bpOne, "veto_bp", "must be 1..10000, is %d", p.VetoBP)
	check(p.UpgradeGraceBlocks <= 1_000_000, "upgrade_grace_blocks", "must be 0..1000000, is %d", p.UpgradeGraceBlocks)
	check(len(p.UpgradableModules) <= 64, "upgradable_modules", "at most 64, has %d", len(p.UpgradableModules))
	for i, m := range p.UpgradableModules {
		check(moduleName.MatchString(m), "upgradable_modules", "%q is not a module name (%s)", m, moduleName)
		check(!slices.Contains(p.UpgradableModules[:i], m), "upgradable_modules", "%q is listed twice", m)
	}
	check(p.MaxTitleLen >= 1 && p.MaxTitleLen <= 1_000, "max_title_len", "must be 1..1000, is %d", p.MaxTitleLen)
	check(p.MaxDescriptionLen <= 14_000, "max_description_len", "must be 0..14000 (a transaction is at most 16 KiB), is %d", p.MaxDescriptionLen)
	check(p.MaxOpenProposalsPerProposer >= 1 && p.MaxOpenProposalsPerProposer <= 1_000, "max_open_proposals_per_proposer", "must be 1..1000, is %d", p.MaxOpenProposalsPerProposer)
	return errors.Join(errs...)
}

// ParamStore keeps the parameters under params/gov; only a passed
// proposal changes them.
var ParamStore = exec.Params[Params]{
	Module: Name, Default: DefaultParams, Validate: Params.Validate,
	Authorities: []string{exec.AuthorityGov},
}

// Genesis is the gov section of app_state: its parameters (a new network
// has no proposals).
type Genesis struct {
	Params Params `json:"params"`
}

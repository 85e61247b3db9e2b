// Package params holds every workchain module's parameters with the defaults
// of DESIGN.md, and their validation. Durations are whole seconds and amounts
// atomic SESH units (9 decimals): no floats anywhere in state.
package params

import (
	"errors"
	"fmt"

	cmttypes "github.com/cometbft/cometbft/types"
)

// SESH is one token in atomic units.
const SESH uint64 = 1_000_000_000

// Params are the parameters of all workchain concerns.
type Params struct {
	Registry Registry `json:"registry"`
	Swarm    Swarm    `json:"swarm"`
	Uptime   Uptime   `json:"uptime"`
	Rewards  Rewards  `json:"rewards"`
	Punish   Punish   `json:"punish"`
	Gov      Gov      `json:"gov"`
	Attest   Attest   `json:"attest"`
}

// Attest governs how L2 events are attested (docs/bridge.md). Zero values
// are the rules before these parameters existed, so a chain whose stored
// parameters lack them keeps deciding as before until governance sets them.
type Attest struct {
	// ExtensionFormatV2Height is the first vote height whose extensions are
	// read as format 2, with the tally rules that come with it; 0 never
	// (format 1). New chains use 1.
	ExtensionFormatV2Height int64 `json:"extension_format_v2_height"`
	// MaxPendingBlocks is how long a position more than half the power has
	// scanned past may stay undecided before it is refuted ("timeout"); 0
	// never times out.
	MaxPendingBlocks int64 `json:"max_pending_blocks"`
	// MaxRefuted bounds the refuted positions kept for re-attestation.
	MaxRefuted uint32 `json:"max_refuted"`
}

// Registry governs stakes and the validator set (DESIGN.md §4).
type Registry struct {
	StakingRequirement  uint64 `json:"staking_requirement"`
	MaxContributors     uint32 `json:"max_contributors"`
	OperatorMinBP       uint32 `json:"operator_min_bp"`
	MaxFeeBP            uint32 `json:"max_fee_bp"`
	ExitUnlockSeconds   int64  `json:"exit_unlock_seconds"`
	MaxValidators       uint32 `json:"max_validators"`
	ValidatorPower      int64  `json:"validator_power"`
	PayableAfterSeconds int64  `json:"payable_after_seconds"`
}

// Swarm sizes (DESIGN.md §5).
type Swarm struct {
	MinSize   uint32 `json:"min_size"`
	IdealSize uint32 `json:"ideal_size"`
	MaxSize   uint32 `json:"max_size"`
}

// Uptime proof timing (DESIGN.md §7).
type Uptime struct {
	IntervalSeconds       int64 `json:"interval_seconds"`
	ValiditySeconds       int64 `json:"validity_seconds"`
	ClockToleranceSeconds int64 `json:"clock_tolerance_seconds"`
	// MinIntervalSeconds is the least block time between two accepted proofs
	// of one node, so that one node cannot fill blocks with proofs (0: no
	// minimum). Half the interval leaves room for a node that restarts.
	MinIntervalSeconds int64 `json:"min_interval_seconds"`
}

// Rewards (DESIGN.md §6). The rate is in parts per million a year.
type Rewards struct {
	AnnualRatePPM uint64 `json:"annual_rate_ppm"`
}

// Punish holds the punishment rules (DESIGN.md §7).
type Punish struct {
	QuorumSize               uint32 `json:"quorum_size"`
	QuorumVotes              uint32 `json:"quorum_votes"`
	CreditInitialSeconds     int64  `json:"credit_initial_seconds"`
	CreditPerDaySeconds      int64  `json:"credit_per_day_seconds"`
	CreditMaxSeconds         int64  `json:"credit_max_seconds"`
	DeregisteredLockSeconds  int64  `json:"deregistered_lock_seconds"`
	MaxDeactivationsPerBlock uint32 `json:"max_deactivations_per_block"`
	LiquidatorRewardBP       uint32 `json:"liquidator_reward_bp"`
	LiquidationPoolBP        uint32 `json:"liquidation_pool_bp"`
}

// Gov holds the governance rules (DESIGN.md §8).
type Gov struct {
	MinDeposit          uint64 `json:"min_deposit"`
	VotingPeriodSeconds int64  `json:"voting_period_seconds"`
	QuorumBP            uint32 `json:"quorum_bp"`
	ThresholdBP         uint32 `json:"threshold_bp"`
	VetoBP              uint32 `json:"veto_bp"`
}

// MaxRefutedLimit caps attest.max_refuted: the list is one state value,
// read and written at every height that attests.
const MaxRefutedLimit = 4096

const (
	hour = int64(3600)
	day  = 24 * hour
)

// Default returns the parameters of DESIGN.md for a production network.
func Default() Params {
	return Params{
		Registry: Registry{
			StakingRequirement:  25_000 * SESH,
			MaxContributors:     10,
			OperatorMinBP:       2_500,
			MaxFeeBP:            10_000,
			ExitUnlockSeconds:   15 * day,
			MaxValidators:       100,
			ValidatorPower:      10,
			PayableAfterSeconds: day,
		},
		Swarm:  Swarm{MinSize: 5, IdealSize: 7, MaxSize: 10},
		Uptime: Uptime{IntervalSeconds: hour, ValiditySeconds: 2*hour + 5*60, ClockToleranceSeconds: 5 * 60, MinIntervalSeconds: hour / 2},
		Rewards: Rewards{
			AnnualRatePPM: 151_000,
		},
		Punish: Punish{
			QuorumSize:               10,
			QuorumVotes:              7,
			CreditInitialSeconds:     2 * hour,
			CreditPerDaySeconds:      48 * 60,
			CreditMaxSeconds:         48 * hour,
			DeregisteredLockSeconds:  30 * day,
			MaxDeactivationsPerBlock: 10,
			LiquidatorRewardBP:       3,
			LiquidationPoolBP:        17,
		},
		Gov: Gov{
			MinDeposit:          1_000 * SESH,
			VotingPeriodSeconds: 7 * day,
			QuorumBP:            3_340,
			ThresholdBP:         5_000,
			VetoBP:              3_340,
		},
		Attest: Attest{ExtensionFormatV2Height: 1, MaxPendingBlocks: 100, MaxRefuted: 256},
	}
}

// Validate checks every field and names each one that is wrong.
func (p Params) Validate() error {
	var errs []error
	check := func(ok bool, field, format string, args ...any) {
		if !ok {
			errs = append(errs, fmt.Errorf("params.%s: "+format, append([]any{field}, args...)...))
		}
	}
	r := p.Registry
	check(r.StakingRequirement > 0, "registry.staking_requirement", "must be positive")
	check(r.MaxContributors >= 1 && r.MaxContributors <= 10, "registry.max_contributors", "must be 1..10, is %d", r.MaxContributors)
	check(r.OperatorMinBP <= 10_000, "registry.operator_min_bp", "must be at most 10000, is %d", r.OperatorMinBP)
	check(r.MaxFeeBP <= 10_000, "registry.max_fee_bp", "must be at most 10000, is %d", r.MaxFeeBP)
	check(r.ExitUnlockSeconds >= 0, "registry.exit_unlock_seconds", "must not be negative")
	check(r.MaxValidators >= 1, "registry.max_validators", "must be at least 1")
	check(r.ValidatorPower >= 1, "registry.validator_power", "must be at least 1")
	// CometBFT refuses a validator set whose total power is over its
	// MaxTotalVotingPower: such parameters would halt the chain (review D27).
	check(r.ValidatorPower < 1 || int64(r.MaxValidators) <= cmttypes.MaxTotalVotingPower/r.ValidatorPower,
		"registry.max_validators", "times validator_power must be at most %d", cmttypes.MaxTotalVotingPower)
	check(r.PayableAfterSeconds >= 0, "registry.payable_after_seconds", "must not be negative")

	s := p.Swarm
	check(s.MinSize >= 1, "swarm.min_size", "must be at least 1")
	check(s.MinSize <= s.IdealSize, "swarm.ideal_size", "must be at least min_size (%d), is %d", s.MinSize, s.IdealSize)
	check(s.IdealSize <= s.MaxSize, "swarm.max_size", "must be at least ideal_size (%d), is %d", s.IdealSize, s.MaxSize)

	u := p.Uptime
	check(u.IntervalSeconds > 0, "uptime.interval_seconds", "must be positive")
	check(u.ValiditySeconds >= u.IntervalSeconds, "uptime.validity_seconds", "must be at least interval_seconds (%d)", u.IntervalSeconds)
	check(u.ClockToleranceSeconds >= 0, "uptime.clock_tolerance_seconds", "must not be negative")
	check(u.MinIntervalSeconds >= 0 && u.MinIntervalSeconds <= u.IntervalSeconds, "uptime.min_interval_seconds", "must be 0..interval_seconds (%d), is %d", u.IntervalSeconds, u.MinIntervalSeconds)

	check(p.Rewards.AnnualRatePPM <= 1_000_000, "rewards.annual_rate_ppm", "must be at most 1000000 (100%%)")

	q := p.Punish
	check(q.QuorumSize >= 1, "punish.quorum_size", "must be at least 1")
	check(q.QuorumVotes >= 1 && q.QuorumVotes <= q.QuorumSize, "punish.quorum_votes", "must be 1..quorum_size (%d), is %d", q.QuorumSize, q.QuorumVotes)
	check(q.CreditInitialSeconds >= 0 && q.CreditInitialSeconds <= q.CreditMaxSeconds, "punish.credit_initial_seconds", "must be 0..credit_max_seconds")
	check(q.CreditPerDaySeconds >= 0, "punish.credit_per_day_seconds", "must not be negative")
	check(q.DeregisteredLockSeconds >= 0, "punish.deregistered_lock_seconds", "must not be negative")
	check(q.MaxDeactivationsPerBlock >= 1, "punish.max_deactivations_per_block", "must be at least 1")
	check(q.LiquidatorRewardBP+q.LiquidationPoolBP <= 10_000, "punish.liquidation_pool_bp", "liquidation shares exceed 10000 bp")

	g := p.Gov
	check(g.VotingPeriodSeconds > 0, "gov.voting_period_seconds", "must be positive")
	for _, f := range []struct {
		name string
		v    uint32
	}{{"gov.quorum_bp", g.QuorumBP}, {"gov.threshold_bp", g.ThresholdBP}, {"gov.veto_bp", g.VetoBP}} {
		check(f.v <= 10_000, f.name, "must be at most 10000, is %d", f.v)
	}

	a := p.Attest
	check(a.ExtensionFormatV2Height >= 0, "attest.extension_format_v2_height", "must not be negative")
	check(a.MaxPendingBlocks >= 0, "attest.max_pending_blocks", "must not be negative")
	check(a.MaxRefuted <= MaxRefutedLimit, "attest.max_refuted", "must be at most %d, is %d", MaxRefutedLimit, a.MaxRefuted)
	return errors.Join(errs...)
}

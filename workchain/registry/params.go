package registry

import (
	"errors"
	"fmt"

	cmttypes "github.com/cometbft/cometbft/types"

	"github.com/seshnet/seshnet/workchain/exec"
)

// SESH is one token in atomic units (9 decimals).
const SESH uint64 = 1_000_000_000

// Params govern stakes and the validator set (DESIGN.md §4). Durations are
// whole seconds and amounts atomic SESH units.
type Params struct {
	StakingRequirement uint64 `json:"staking_requirement"`
	MaxContributors    uint32 `json:"max_contributors"`
	OperatorMinBP      uint32 `json:"operator_min_bp"`
	MaxFeeBP           uint32 `json:"max_fee_bp"`
	ExitUnlockSeconds  int64  `json:"exit_unlock_seconds"`
	MaxValidators      uint32 `json:"max_validators"`
	ValidatorPower     int64  `json:"validator_power"`
}

const day = int64(24 * 3600)

// DefaultParams are DESIGN.md's for a production network.
func DefaultParams() Params {
	return Params{
		StakingRequirement: 25_000 * SESH, MaxContributors: 10, OperatorMinBP: 2_500, MaxFeeBP: 10_000,
		ExitUnlockSeconds: 15 * day, MaxValidators: 100, ValidatorPower: 10,
	}
}

// Validate names each wrong field.
func (r Params) Validate() error {
	var errs []error
	check := func(ok bool, field, format string, args ...any) {
		if !ok {
			errs = append(errs, fmt.Errorf("registry.%s: "+format, append([]any{field}, args...)...))
		}
	}
	check(r.StakingRequirement > 0, "staking_requirement", "must be positive")
	check(r.MaxContributors >= 1 && r.MaxContributors <= 10, "max_contributors", "must be 1..10, is %d", r.MaxContributors)
	check(r.OperatorMinBP <= 10_000, "operator_min_bp", "must be at most 10000, is %d", r.OperatorMinBP)
	check(r.MaxFeeBP <= 10_000, "max_fee_bp", "must be at most 10000, is %d", r.MaxFeeBP)
	check(r.ExitUnlockSeconds >= 0, "exit_unlock_seconds", "must not be negative")
	check(r.MaxValidators >= 1, "max_validators", "must be at least 1")
	check(r.ValidatorPower >= 1, "validator_power", "must be at least 1")
	// CometBFT refuses a validator set whose total power is over its
	// MaxTotalVotingPower: such parameters would halt the chain (review D27).
	check(r.ValidatorPower < 1 || int64(r.MaxValidators) <= cmttypes.MaxTotalVotingPower/r.ValidatorPower,
		"max_validators", "times validator_power must be at most %d", cmttypes.MaxTotalVotingPower)
	return errors.Join(errs...)
}

// ParamStore keeps the parameters under params/registry. The L2 changes
// the staking requirement (StakingRequirementUpdated); governance any.
var ParamStore = exec.Params[Params]{
	Module: Name, Default: DefaultParams, Validate: Params.Validate,
	Authorities: []string{exec.AuthorityL2, exec.AuthorityGov},
}

package registry

import (
	"errors"
	"fmt"
)

// Registration errors name the rule that was broken.
var (
	ErrStakeRule = errors.New("stake rule broken")
	ErrKeyReuse  = errors.New("key already registered")
)

// CheckStake applies the stake rules of DESIGN.md §4 to a fully funded node:
// 1..max contributors, the operator (first) holds at least operator_min_bp
// of the requirement, each later contributor at least
// ceil(remaining / (max - contributors so far)), the total equals the
// requirement, and the fee is within max_fee_bp.
func CheckStake(p Params, contributors []Contributor, feeBP uint32) error {
	n := uint32(len(contributors))
	if n == 0 || n > p.MaxContributors {
		return fmt.Errorf("%w: %d contributors, want 1..%d", ErrStakeRule, n, p.MaxContributors)
	}
	if feeBP > p.MaxFeeBP {
		return fmt.Errorf("%w: fee %d bp above %d", ErrStakeRule, feeBP, p.MaxFeeBP)
	}
	req := p.StakingRequirement
	operatorMin := mulDivCeil(req, uint64(p.OperatorMinBP), 10_000)
	if contributors[0].Amount < operatorMin {
		return fmt.Errorf("%w: operator stakes %d, minimum is %d (%d bp of %d)", ErrStakeRule, contributors[0].Amount, operatorMin, p.OperatorMinBP, req)
	}
	var total uint64
	for i, c := range contributors {
		if c.Staker == ([20]byte{}) {
			return fmt.Errorf("%w: contributor %d has no staker address", ErrStakeRule, i)
		}
		if i > 0 {
			remaining := req - total
			slots := uint64(p.MaxContributors) - uint64(i)
			min := (remaining + slots - 1) / slots
			if c.Amount < min {
				return fmt.Errorf("%w: contributor %d stakes %d, minimum is %d", ErrStakeRule, i, c.Amount, min)
			}
		}
		if c.Amount > req-total {
			return fmt.Errorf("%w: contributions exceed the requirement %d", ErrStakeRule, req)
		}
		total += c.Amount
	}
	if total != req {
		return fmt.Errorf("%w: total stake %d, requirement is %d", ErrStakeRule, total, req)
	}
	return nil
}

func mulDivCeil(a, b, d uint64) uint64 {
	// a*b may overflow 64 bits for large requirements; split to stay exact.
	q, r := a/d, a%d
	return q*b + (r*b+d-1)/d
}

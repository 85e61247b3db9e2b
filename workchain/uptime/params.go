package uptime

import (
	"errors"
	"fmt"

	"github.com/seshnet/seshnet/workchain/exec"
)

// Params are the uptime proof timing rules (DESIGN.md §7), in seconds.
type Params struct {
	IntervalSeconds       int64 `json:"interval_seconds"`
	ValiditySeconds       int64 `json:"validity_seconds"`
	ClockToleranceSeconds int64 `json:"clock_tolerance_seconds"`
	// MinIntervalSeconds is the least block time between two accepted proofs
	// of one node, so that one node cannot fill blocks with proofs (0: no
	// minimum). Half the interval leaves room for a node that restarts.
	MinIntervalSeconds int64 `json:"min_interval_seconds"`
}

const hour = int64(3600)

// DefaultParams are DESIGN.md's: a proof an hour, valid 2 h 5 min.
func DefaultParams() Params {
	return Params{IntervalSeconds: hour, ValiditySeconds: 2*hour + 5*60, ClockToleranceSeconds: 5 * 60, MinIntervalSeconds: hour / 2}
}

// Validate names each wrong field.
func (u Params) Validate() error {
	var errs []error
	check := func(ok bool, field, format string, args ...any) {
		if !ok {
			errs = append(errs, fmt.Errorf("uptime.%s: "+format, append([]any{field}, args...)...))
		}
	}
	check(u.IntervalSeconds > 0, "interval_seconds", "must be positive")
	check(u.ValiditySeconds >= u.IntervalSeconds, "validity_seconds", "must be at least interval_seconds (%d)", u.IntervalSeconds)
	check(u.ClockToleranceSeconds >= 0, "clock_tolerance_seconds", "must not be negative")
	check(u.MinIntervalSeconds >= 0 && u.MinIntervalSeconds <= u.IntervalSeconds, "min_interval_seconds", "must be 0..interval_seconds (%d), is %d", u.IntervalSeconds, u.MinIntervalSeconds)
	return errors.Join(errs...)
}

// ParamStore keeps the parameters under params/uptime; governance may
// change them.
var ParamStore = exec.Params[Params]{
	Module: Name, Default: DefaultParams, Validate: Params.Validate, Authorities: []string{exec.AuthorityGov},
}

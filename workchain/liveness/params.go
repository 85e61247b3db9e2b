package liveness

import (
	"errors"
	"fmt"

	"github.com/seshnet/seshnet/workchain/exec"
)

// MaxWindow bounds liveness_window: a validator's bitmap is at most
// MaxWindow bits (in chunks of chunkBits), and a window of a day of
// one-second blocks is already more than any liveness rule needs.
const MaxWindow = 100_000

// Params are the liveness rule's parameters (docs/punishments.md).
type Params struct {
	// Window is how many of the last commits are counted.
	Window int64 `json:"liveness_window"`
	// MaxMissed is how many of them a validator may miss; one more is a
	// failed test of its node.
	MaxMissed int64 `json:"liveness_max_missed"`
}

// DefaultParams are issue 13's: more than 50 of the last 100 commits.
func DefaultParams() Params { return Params{Window: 100, MaxMissed: 50} }

// ParamStore keeps them under params/liveness; governance may change them.
var ParamStore = exec.Params[Params]{
	Module:      Name,
	Default:     DefaultParams,
	Validate:    Params.Validate,
	Authorities: []string{exec.AuthorityGov},
}

// Validate names each field that is wrong.
func (p Params) Validate() error {
	var errs []error
	if p.Window < 1 || p.Window > MaxWindow {
		errs = append(errs, fmt.Errorf("liveness.liveness_window: must be 1..%d, is %d", MaxWindow, p.Window))
	}
	// max_missed >= window would never fail anyone: a rule that cannot
	// fire is a mistake, not a way to turn it off.
	if p.MaxMissed < 0 || p.MaxMissed >= p.Window {
		errs = append(errs, fmt.Errorf("liveness.liveness_max_missed: must be 0..liveness_window-1 (%d), is %d", p.Window-1, p.MaxMissed))
	}
	return errors.Join(errs...)
}

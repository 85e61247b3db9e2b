package rewards

import (
	"errors"
	"fmt"

	"github.com/seshnet/seshnet/workchain/exec"
)

// Params of the rewards concern. Durations are whole seconds.
type Params struct {
	// PayableAfterSeconds is how long a node must have been in the active
	// set (since it registered or was last recommissioned) before it earns:
	// DESIGN.md §4's 24 hours (Session: 720 blocks of 2 minutes).
	PayableAfterSeconds int64 `json:"payable_after_seconds"`
	// MaxBlockSeconds bounds the time one block pays for: after a halt the
	// chain pays this much, not the whole gap.
	MaxBlockSeconds int64 `json:"max_block_seconds"`
}

const (
	day = int64(24 * 3600)
	// maxSeconds bounds both parameters (a year): it keeps rate × seconds
	// far inside 256 bits (see MaxRate).
	maxSeconds = 365 * day
)

// DefaultParams are those of a production network: payable after 24 hours;
// a block pays for at most 10 minutes (the workchain makes a block every
// few seconds; a few failed rounds stay well under that).
func DefaultParams() Params {
	return Params{PayableAfterSeconds: day, MaxBlockSeconds: 600}
}

// Validate names each wrong field.
func (p Params) Validate() error {
	var errs []error
	if p.PayableAfterSeconds < 0 || p.PayableAfterSeconds > maxSeconds {
		errs = append(errs, fmt.Errorf("rewards.payable_after_seconds: must be 0..%d, is %d", maxSeconds, p.PayableAfterSeconds))
	}
	if p.MaxBlockSeconds < 1 || p.MaxBlockSeconds > maxSeconds {
		errs = append(errs, fmt.Errorf("rewards.max_block_seconds: must be 1..%d, is %d", maxSeconds, p.MaxBlockSeconds))
	}
	return errors.Join(errs...)
}

// ParamStore keeps the parameters under params/rewards; governance may
// change them.
var ParamStore = exec.Params[Params]{
	Module: Name, Default: DefaultParams, Validate: Params.Validate,
	Authorities: []string{exec.AuthorityGov},
}

// Genesis is the rewards section of app_state: its parameters. Balances
// start at zero and the rate comes from the L2.
type Genesis struct {
	Params Params `json:"params"`
}

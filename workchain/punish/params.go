package punish

import (
	"errors"
	"fmt"

	"github.com/seshnet/seshnet/workchain/exec"
)

// Params of the punishment rules (docs/punishments.md). Durations are
// whole seconds, counts whole numbers.
type Params struct {
	// TestPeriodSeconds is how often each node is tested, on average: each
	// block tests nodes × (seconds since the last block) / this many.
	TestPeriodSeconds int64 `json:"test_period_seconds"`
	// QuorumSize is how many testers test one node (fewer when there are
	// not enough other active nodes).
	QuorumSize uint32 `json:"quorum_size"`
	// VotesNeeded of QuorumSize votes carry a decision; a smaller quorum
	// needs ceil(VotesNeeded × size / QuorumSize).
	VotesNeeded uint32 `json:"votes_needed"`
	// VoteLifetimeBlocks is how many heights after its quorum a vote is
	// taken (and the quorum kept).
	VoteLifetimeBlocks int64 `json:"vote_lifetime_blocks"`
	// MaxTestsPerBlock bounds the nodes one block tests (after a halt, or
	// with more nodes than the period allows).
	MaxTestsPerBlock uint32 `json:"max_tests_per_block"`
	// CreditStartSeconds is a new node's credit, and the least a failing
	// active node needs to be decommissioned rather than deregistered.
	CreditStartSeconds int64 `json:"credit_start_seconds"`
	// CreditPerDaySeconds is the credit a node earns per day active.
	CreditPerDaySeconds int64 `json:"credit_per_day_seconds"`
	// CreditMaxSeconds caps the credit.
	CreditMaxSeconds int64 `json:"credit_max_seconds"`
	// MaxDeactivationsPerBlock bounds the decommissions and deregistrations
	// the punishment rules make in one block; the rest wait their turn.
	MaxDeactivationsPerBlock uint32 `json:"max_deactivations_per_block"`
	// DeregLockSeconds is how long a deregistered node's stake stays locked.
	DeregLockSeconds int64 `json:"dereg_lock_seconds"`
	// LiquidationBufferSeconds is how long after the lock the node becomes
	// liquidatable: time for its operator to take the stake back first.
	LiquidationBufferSeconds int64 `json:"liquidation_buffer_seconds"`
}

const (
	day  = int64(24 * 3600)
	year = 365 * day
	// maxDuration bounds every duration (ten years): it keeps the credit
	// arithmetic far inside int64.
	maxDuration = 10 * year
)

// DefaultParams are those of a production network (DESIGN.md §7): every
// node tested about hourly by 10 peers, 7 votes decide; credit 2 h at
// start, +48 min a day, at most 48 h; 10 deactivations a block; the stake
// of a deregistered node locked 30 days, liquidatable 2 h after.
func DefaultParams() Params {
	return Params{
		TestPeriodSeconds: 3600, QuorumSize: 10, VotesNeeded: 7, VoteLifetimeBlocks: 60, MaxTestsPerBlock: 100,
		CreditStartSeconds: 7200, CreditPerDaySeconds: 2880, CreditMaxSeconds: 172800,
		MaxDeactivationsPerBlock: 10, DeregLockSeconds: 30 * day, LiquidationBufferSeconds: 7200,
	}
}

// Validate names each wrong field.
func (p Params) Validate() error {
	var errs []error
	check := func(ok bool, field, format string, args ...any) {
		if !ok {
			errs = append(errs, fmt.Errorf("punish.%s: "+format, append([]any{field}, args...)...))
		}
	}
	check(p.TestPeriodSeconds >= 1 && p.TestPeriodSeconds <= year, "test_period_seconds", "must be 1..%d, is %d", year, p.TestPeriodSeconds)
	check(p.QuorumSize >= 1 && p.QuorumSize <= 100, "quorum_size", "must be 1..100, is %d", p.QuorumSize)
	check(p.VotesNeeded >= 1 && p.VotesNeeded <= p.QuorumSize, "votes_needed", "must be 1..quorum_size (%d), is %d", p.QuorumSize, p.VotesNeeded)
	check(p.VoteLifetimeBlocks >= 1 && p.VoteLifetimeBlocks <= 10_000, "vote_lifetime_blocks", "must be 1..10000, is %d", p.VoteLifetimeBlocks)
	check(p.MaxTestsPerBlock >= 1 && p.MaxTestsPerBlock <= 1_000, "max_tests_per_block", "must be 1..1000, is %d", p.MaxTestsPerBlock)
	check(p.CreditMaxSeconds >= 0 && p.CreditMaxSeconds <= maxDuration, "credit_max_seconds", "must be 0..%d, is %d", maxDuration, p.CreditMaxSeconds)
	check(p.CreditStartSeconds >= 0 && p.CreditStartSeconds <= p.CreditMaxSeconds, "credit_start_seconds", "must be 0..credit_max_seconds (%d), is %d", p.CreditMaxSeconds, p.CreditStartSeconds)
	check(p.CreditPerDaySeconds >= 0 && p.CreditPerDaySeconds <= maxDuration, "credit_per_day_seconds", "must be 0..%d, is %d", maxDuration, p.CreditPerDaySeconds)
	check(p.MaxDeactivationsPerBlock >= 1 && p.MaxDeactivationsPerBlock <= 1_000, "max_deactivations_per_block", "must be 1..1000, is %d", p.MaxDeactivationsPerBlock)
	check(p.DeregLockSeconds >= 0 && p.DeregLockSeconds <= maxDuration, "dereg_lock_seconds", "must be 0..%d, is %d", maxDuration, p.DeregLockSeconds)
	check(p.LiquidationBufferSeconds >= 0 && p.LiquidationBufferSeconds <= maxDuration, "liquidation_buffer_seconds", "must be 0..%d, is %d", maxDuration, p.LiquidationBufferSeconds)
	return errors.Join(errs...)
}

// needed is the votes a quorum of size testers needs: votes_needed scaled
// to the quorum, rounded up, at least one (7 of 10; 3 of 4; 1 of 1).
func (p Params) needed(size int) uint32 {
	if size >= int(p.QuorumSize) {
		return p.VotesNeeded
	}
	n := (uint64(p.VotesNeeded)*uint64(size) + uint64(p.QuorumSize) - 1) / uint64(p.QuorumSize)
	return uint32(max(n, 1))
}

// gain is the credit earned in seconds active, rounded down, computed so
// that no product leaves int64.
func (p Params) gain(seconds int64) int64 {
	if seconds <= 0 {
		return 0
	}
	return seconds/day*p.CreditPerDaySeconds + seconds%day*p.CreditPerDaySeconds/day
}

// ParamStore keeps the parameters under params/punish; governance may
// change them.
var ParamStore = exec.Params[Params]{
	Module: Name, Default: DefaultParams, Validate: Params.Validate,
	Authorities: []string{exec.AuthorityGov},
}

// Genesis is the punish section of app_state: its parameters.
type Genesis struct {
	Params Params `json:"params"`
}

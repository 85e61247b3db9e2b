package rewards

import (
	"bytes"
	"errors"
	"fmt"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/seshnet/seshnet/workchain/exec"
	"github.com/seshnet/seshnet/workchain/state"
)

// CreditReason says why an address is credited with something that is not
// the reward pool's emission nor a returned stake. Only the reasons listed
// here are taken: each is a source of SESH the L2 contract was funded for
// (docs/migration.md), and a new source is a new reason, reviewed here.
type CreditReason string

// Credit reasons.
const (
	// CreditOxenBudget is an Oxen migration budget imported at genesis
	// (workchain/oxen): converted stake, converted rewards and bonus share.
	CreditOxenBudget CreditReason = "oxen_budget"
	// CreditOxenClaim is an accepted Oxen coin claim (workchain/oxen).
	CreditOxenClaim CreditReason = "oxen_claim"
)

var creditReasons = []CreditReason{CreditOxenBudget, CreditOxenClaim}

// ErrCredit is a credit refused: an unknown reason, a zero amount or
// address, or a total that would pass 2^256−1.
var ErrCredit = errors.New("credit refused")

// CodeCredit is ErrCredit's code in the rewards codespace.
const CodeCredit uint32 = 6

// State keys of credits: their own records, so that an account that was
// never credited keeps its encoding (and the app hash of older state).
var (
	creditPrefix   = []byte("rewards/credit/")   // + 20-byte address -> cumulative credit
	creditedPrefix = []byte("rewards/credited/") // + reason -> total credited for it
)

func creditKey(a common.Address) []byte { return append(bytes.Clone(creditPrefix), a.Bytes()...) }
func creditedKey(r CreditReason) []byte { return append(bytes.Clone(creditedPrefix), r...) }

// Crediter is the rewards concern's narrow door for other concerns: it
// credits an address's cumulative claimable balance with a reason, as the
// registry's AfterStakeReturned hook credits a returned stake. What is
// credited is signed by the nodes and claimed on the L2 exactly as rewards
// are (updateRewardsBalance, claimRewards).
type Crediter struct{}

// Credit adds amount to addr's claimable balance for reason.
func (Crediter) Credit(c exec.Context, addr common.Address, amount *uint256.Int, reason CreditReason) error {
	return NewKeeper(c).Credit(addr, amount, reason)
}

// Credit adds amount to addr's cumulative credit and to the reason's total,
// or changes nothing and says why.
func (k Keeper) Credit(addr common.Address, amount *uint256.Int, reason CreditReason) error {
	if !knownReason(reason) {
		return fmt.Errorf("%w: unknown reason %q", ErrCredit, reason)
	}
	if amount == nil || amount.IsZero() {
		return fmt.Errorf("%w: %s credit of 0 to %s", ErrCredit, reason, addr)
	}
	if addr == (common.Address{}) {
		return fmt.Errorf("%w: %s credit to the zero address", ErrCredit, reason)
	}
	acc, total := k.s.u256(creditKey(addr)), k.s.u256(creditedKey(reason))
	if _, over := acc.AddOverflow(&acc, amount); over {
		return fmt.Errorf("%w: %s's credit would pass 2^256-1", ErrCredit, addr)
	}
	if _, over := total.AddOverflow(&total, amount); over {
		return fmt.Errorf("%w: the %s total would pass 2^256-1", ErrCredit, reason)
	}
	k.c.KV.Set(creditKey(addr), acc.Bytes())
	k.c.KV.Set(creditedKey(reason), total.Bytes())
	k.c.Emit(abci.Event{Type: "rewards_credited", Attributes: []abci.EventAttribute{
		{Key: "address", Value: addr.Hex(), Index: true},
		{Key: "amount", Value: amount.Dec()},
		{Key: "reason", Value: string(reason)},
	}})
	return nil
}

func knownReason(r CreditReason) bool {
	for _, known := range creditReasons {
		if r == known {
			return true
		}
	}
	return false
}

// Credited is what was credited to addr for any reason.
func Credited(kv state.KV, addr common.Address) (uint256.Int, error) {
	var readErr error
	v := store{kv: kv, readErr: &readErr}.u256(creditKey(addr))
	return v, readErr
}

// CreditedTotals is the total credited for each reason, in creditReasons'
// order.
func CreditedTotals(kv state.KV) (map[CreditReason]string, error) {
	var readErr error
	s := store{kv: kv, readErr: &readErr}
	out := make(map[CreditReason]string, len(creditReasons))
	for _, r := range creditReasons {
		v := s.u256(creditedKey(r))
		out[r] = v.Dec()
	}
	return out, readErr
}

// u256 reads a minimal big-endian amount (absent: 0).
func (s store) u256(key []byte) uint256.Int {
	var v uint256.Int
	s.read(key, func(b []byte) error {
		if len(b) > 32 {
			return fmt.Errorf("%d bytes", len(b))
		}
		v.SetBytes(b)
		return nil
	})
	return v
}

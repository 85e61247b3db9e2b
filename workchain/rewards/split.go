package rewards

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// The rounding rule (docs/rewards.md), on a node's cumulative reward c,
// never on one block's:
//
//	fee(c)      = floor(c × fee_bp / 10000)          to the operator's beneficiary
//	rest(c)     = c − fee(c)
//	share_i(c)  = floor(rest(c) × amount_i / total)  to contributor i's beneficiary
//	dust(c)     = rest(c) − Σ share_i(c)             (less than the number of contributors)
//
// Each address's credit from a node is its part at the node's cumulative
// reward, so settling once after a thousand blocks or once per block gives
// the same balances to the atomic unit, and a node's dust never grows past
// its number of contributors.

var bpDenominator = uint256.NewInt(10_000)

// credit is one address's part of a node's cumulative reward.
type credit struct {
	To     common.Address
	Amount uint256.Int
}

// parts returns each recipient's part of cumulative reward c (the fee
// first, then the contributors in order; an address may appear more than
// once) and the dust.
func parts(n *nodeAcc, c *uint256.Int) ([]credit, uint256.Int) {
	out := make([]credit, 0, len(n.Recipients)+1)
	var fee, rest, total, dust uint256.Int
	fee.MulDivOverflow(c, uint256.NewInt(uint64(n.FeeBP)), bpDenominator)
	out = append(out, credit{To: n.Recipients[0].Beneficiary, Amount: fee})
	rest.Sub(c, &fee)
	for _, r := range n.Recipients {
		total.Add(&total, uint256.NewInt(r.Amount))
	}
	dust.Set(&rest)
	for _, r := range n.Recipients {
		var share uint256.Int
		share.MulDivOverflow(&rest, uint256.NewInt(r.Amount), &total)
		dust.Sub(&dust, &share)
		out = append(out, credit{To: r.Beneficiary, Amount: share})
	}
	return out, dust
}

// gains returns what each recipient gains when the node's cumulative reward
// goes from before to after, and how the node's dust changes (dust may go
// down by as much as it went up before: the change is returned as the two
// dusts).
func gains(n *nodeAcc, before, after *uint256.Int) (g []credit, dustBefore, dustAfter uint256.Int) {
	was, dustBefore := parts(n, before)
	now, dustAfter := parts(n, after)
	for i := range now {
		now[i].Amount.Sub(&now[i].Amount, &was[i].Amount)
	}
	return now, dustBefore, dustAfter
}

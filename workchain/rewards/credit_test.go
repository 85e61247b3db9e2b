package rewards_test

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/workchain/exec"
	"github.com/seshnet/seshnet/workchain/rewards"
	"github.com/seshnet/seshnet/workchain/state/statetest"
)

// TestCreditIsGuarded: only known reasons, positive amounts, a real
// address and totals within 256 bits are credited; a refused credit
// changes nothing.
func TestCreditIsGuarded(t *testing.T) {
	blk := statetest.Block(t)
	c := exec.NewContext(blk, 1, 0, "chain", exec.Deliver)
	k := rewards.NewKeeper(c)
	a := addr(9)
	require.NoError(t, k.Credit(a, uint256.NewInt(5), rewards.CreditOxenBudget))
	require.NoError(t, k.Credit(a, uint256.NewInt(7), rewards.CreditOxenClaim))
	max := new(uint256.Int).SetAllOne()
	for _, tc := range []struct {
		name   string
		to     common.Address
		amount *uint256.Int
		reason rewards.CreditReason
		want   string
	}{
		{"unknown reason", a, uint256.NewInt(1), "gift", `unknown reason "gift"`},
		{"zero", a, uint256.NewInt(0), rewards.CreditOxenBudget, "credit of 0"},
		{"nil", a, nil, rewards.CreditOxenBudget, "credit of 0"},
		{"zero address", common.Address{}, uint256.NewInt(1), rewards.CreditOxenBudget, "zero address"},
		{"overflow", a, max, rewards.CreditOxenBudget, "would pass 2^256-1"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := k.Credit(tc.to, tc.amount, tc.reason)
			require.ErrorIs(t, err, rewards.ErrCredit)
			require.ErrorContains(t, err, tc.want)
		})
	}
	got, err := rewards.Credited(blk, a)
	require.NoError(t, err)
	require.Equal(t, "12", got.Dec())
	totals, err := rewards.CreditedTotals(blk)
	require.NoError(t, err)
	require.Equal(t, map[rewards.CreditReason]string{rewards.CreditOxenBudget: "5", rewards.CreditOxenClaim: "7"}, totals)
}

package l2event

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"
)

const maxU256 = "115792089237316195423570985008687907853269984665640564039457584007913129639935"

var who = common.HexToAddress("0x00000000000000000000000000000000000000aa")

func TestRewardsClaimedRoundTrip(t *testing.T) {
	for _, r := range []RewardsClaimed{
		{Recipient: who, Amount: NewAmount(0)},
		{Recipient: who, Amount: NewAmount(1_000_000_000)},
		{Recipient: who, Amount: Amount{*uint256.MustFromDecimal(maxU256)}},
	} {
		got, err := DecodeRewardsClaimed(r.Encode())
		require.NoError(t, err)
		require.Equal(t, r, got)
	}
	require.JSONEq(t, `{"recipient":"0x00000000000000000000000000000000000000aa","amount":"120"}`,
		string(RewardsClaimed{Recipient: who, Amount: NewAmount(120)}.Encode()))
}

func TestRewardsBalanceRoundTrip(t *testing.T) {
	r := RewardsBalance{Recipient: who, Balance: Amount{*uint256.MustFromDecimal(maxU256)}, PreviousBalance: NewAmount(7)}
	got, err := DecodeRewardsBalance(r.Encode())
	require.NoError(t, err)
	require.Equal(t, r, got)
	require.JSONEq(t, `{"recipient":"0x00000000000000000000000000000000000000aa","balance":"9","previous_balance":"0"}`,
		string(RewardsBalance{Recipient: who, Balance: NewAmount(9)}.Encode()))
}

// TestDecodeRewardsClaimedRefuses: each malformed payload is refused with
// ErrMalformed and a reason.
func TestDecodeRewardsClaimedRefuses(t *testing.T) {
	const a = `"0x00000000000000000000000000000000000000aa"`
	for name, tc := range map[string]struct{ payload, want string }{
		"garbage":        {`no`, "invalid character"},
		"empty":          {``, "EOF"},
		"array":          {`[]`, "cannot unmarshal array"},
		"unknown field":  {`{"recipient":` + a + `,"amount":"1","extra":1}`, `unknown field "extra"`},
		"trailing":       {`{"recipient":` + a + `,"amount":"1"}{}`, "trailing data"},
		"stray bracket":  {`{"recipient":` + a + `,"amount":"1"}]`, "trailing data"},
		"stray brace":    {`{"recipient":` + a + `,"amount":"1"}}`, "trailing data"},
		"no amount":      {`{"recipient":` + a + `}`, "amount missing"},
		"null amount":    {`{"recipient":` + a + `,"amount":null}`, "amount missing"},
		"no recipient":   {`{"amount":"1"}`, "recipient missing"},
		"zero recipient": {`{"recipient":"0x0000000000000000000000000000000000000000","amount":"1"}`, "zero address"},
		"short address":  {`{"recipient":"0xaa","amount":"1"}`, "hex string has length 2"},
		"no 0x":          {`{"recipient":"00000000000000000000000000000000000000aa","amount":"1"}`, "without 0x prefix"},
		"negative":       {`{"recipient":` + a + `,"amount":"-5"}`, "decimal digits"},
		"number":         {`{"recipient":` + a + `,"amount":5}`, "decimal digits"},
		"leading zero":   {`{"recipient":` + a + `,"amount":"05"}`, "decimal digits"},
		"exponent":       {`{"recipient":` + a + `,"amount":"5e3"}`, "decimal digits"},
		"2^256":          {`{"recipient":` + a + `,"amount":"115792089237316195423570985008687907853269984665640564039457584007913129639936"}`, "below 2^256"},
	} {
		t.Run(name, func(t *testing.T) {
			_, err := DecodeRewardsClaimed([]byte(tc.payload))
			require.ErrorIs(t, err, ErrMalformed)
			require.ErrorContains(t, err, tc.want)
		})
	}
}

func TestDecodeRewardsBalanceRefuses(t *testing.T) {
	const a = `"0x00000000000000000000000000000000000000aa"`
	for name, tc := range map[string]struct{ payload, want string }{
		"no previous":    {`{"recipient":` + a + `,"balance":"1"}`, "previous_balance missing"},
		"no balance":     {`{"recipient":` + a + `,"previous_balance":"1"}`, "balance missing"},
		"no recipient":   {`{"balance":"2","previous_balance":"1"}`, "recipient missing"},
		"zero recipient": {`{"recipient":"0x0000000000000000000000000000000000000000","balance":"2","previous_balance":"1"}`, "zero address"},
		"not above":      {`{"recipient":` + a + `,"balance":"5","previous_balance":"5"}`, "not above previous_balance"},
		"below":          {`{"recipient":` + a + `,"balance":"4","previous_balance":"5"}`, "not above previous_balance"},
		"unknown field":  {`{"recipient":` + a + `,"balance":"2","previous_balance":"1","x":0}`, `unknown field "x"`},
		"trailing":       {`{"recipient":` + a + `,"balance":"2","previous_balance":"1"} 1`, "trailing data"},
		"bad amount":     {`{"recipient":` + a + `,"balance":"2.0","previous_balance":"1"}`, "decimal digits"},
	} {
		t.Run(name, func(t *testing.T) {
			_, err := DecodeRewardsBalance([]byte(tc.payload))
			require.ErrorIs(t, err, ErrMalformed)
			require.ErrorContains(t, err, tc.want)
		})
	}
}

// FuzzDecodeRewardsClaimed: whatever the payload, the decoder never
// panics, and what it accepts encodes and decodes to the same value.
func FuzzDecodeRewardsClaimed(f *testing.F) {
	f.Add(RewardsClaimed{Recipient: who, Amount: NewAmount(1_000_000_000)}.Encode())
	f.Add([]byte(`{"recipient":"0x00000000000000000000000000000000000000AA","amount":"0"}`))
	f.Add([]byte(`{"recipient":"0x00000000000000000000000000000000000000aa","amount":"1"}]`))
	f.Add([]byte(`{"amount":"1","recipient":"0x0000000000000000000000000000000000000001","amount":"2"}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		r, err := DecodeRewardsClaimed(b)
		if err != nil {
			return
		}
		again, err := DecodeRewardsClaimed(r.Encode())
		if err != nil || again != r {
			t.Fatalf("accepted payload %q does not round-trip: %v", b, err)
		}
	})
}

// FuzzDecodeRewardsBalance: as FuzzDecodeRewardsClaimed, and an accepted
// balance is always above its previous balance.
func FuzzDecodeRewardsBalance(f *testing.F) {
	f.Add(RewardsBalance{Recipient: who, Balance: NewAmount(100), PreviousBalance: NewAmount(0)}.Encode())
	f.Add([]byte(`{"recipient":"0x00000000000000000000000000000000000000aa","balance":"1","previous_balance":"1"}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		r, err := DecodeRewardsBalance(b)
		if err != nil {
			return
		}
		if !r.Balance.Gt(&r.PreviousBalance.Int) {
			t.Fatalf("accepted %q with a balance not above the previous one", b)
		}
		again, err := DecodeRewardsBalance(r.Encode())
		if err != nil || again != r {
			t.Fatalf("accepted payload %q does not round-trip: %v", b, err)
		}
	})
}

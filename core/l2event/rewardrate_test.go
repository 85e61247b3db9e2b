package l2event

import (
	"testing"

	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"
)

func TestRewardRateRoundTrip(t *testing.T) {
	max := uint256.MustFromDecimal("115792089237316195423570985008687907853269984665640564039457584007913129639935")
	for _, r := range []RewardRate{
		{L2Height: 1, Rate: NewAmount(0)},
		{L2Height: 100, Rate: NewAmount(23_000_000_000)},
		{L2Height: 1<<64 - 1, Rate: Amount{*max}},
	} {
		got, err := DecodeRewardRate(r.Encode())
		require.NoError(t, err)
		require.Equal(t, r, got)
	}
	require.JSONEq(t, `{"l2_height":7,"reward_rate":"120"}`, string(RewardRate{L2Height: 7, Rate: NewAmount(120)}.Encode()))
}

// TestDecodeRewardRateRefuses: each malformed payload is refused with
// ErrMalformed and a reason.
func TestDecodeRewardRateRefuses(t *testing.T) {
	for name, tc := range map[string]struct{ payload, want string }{
		"garbage":          {`no`, "invalid character"},
		"empty":            {``, "EOF"},
		"array":            {`[]`, "cannot unmarshal array"},
		"unknown field":    {`{"l2_height":1,"reward_rate":"1","extra":1}`, `unknown field "extra"`},
		"trailing":         {`{"l2_height":1,"reward_rate":"1"}{}`, "trailing data"},
		"stray bracket":    {`{"l2_height":1,"reward_rate":"1"}]`, "trailing data"},
		"no rate":          {`{"l2_height":1}`, "reward_rate missing"},
		"null rate":        {`{"l2_height":1,"reward_rate":null}`, "reward_rate missing"},
		"no height":        {`{"reward_rate":"1"}`, "l2_height missing"},
		"height 0":         {`{"l2_height":0,"reward_rate":"1"}`, "l2_height 0"},
		"negative height":  {`{"l2_height":-1,"reward_rate":"1"}`, "cannot unmarshal number -1"},
		"negative rate":    {`{"l2_height":1,"reward_rate":"-5"}`, "decimal digits"},
		"plus sign":        {`{"l2_height":1,"reward_rate":"+5"}`, "decimal digits"},
		"number rate":      {`{"l2_height":1,"reward_rate":5}`, "decimal digits"},
		"float rate":       {`{"l2_height":1,"reward_rate":"5.0"}`, "decimal digits"},
		"exponent":         {`{"l2_height":1,"reward_rate":"5e3"}`, "decimal digits"},
		"leading zero":     {`{"l2_height":1,"reward_rate":"05"}`, "decimal digits"},
		"hex":              {`{"l2_height":1,"reward_rate":"0x10"}`, "decimal digits"},
		"empty rate":       {`{"l2_height":1,"reward_rate":""}`, "decimal digits"},
		"2^256":            {`{"l2_height":1,"reward_rate":"115792089237316195423570985008687907853269984665640564039457584007913129639936"}`, "below 2^256"},
		"79 digits":        {`{"l2_height":1,"reward_rate":"1000000000000000000000000000000000000000000000000000000000000000000000000000000"}`, "below 2^256"},
		"height too large": {`{"l2_height":18446744073709551616,"reward_rate":"1"}`, "cannot unmarshal number"},
	} {
		t.Run(name, func(t *testing.T) {
			_, err := DecodeRewardRate([]byte(tc.payload))
			require.ErrorIs(t, err, ErrMalformed)
			require.ErrorContains(t, err, tc.want)
		})
	}
}

// FuzzDecodeRewardRate: whatever the payload, the decoder never panics,
// and what it accepts encodes canonically and decodes to the same value.
func FuzzDecodeRewardRate(f *testing.F) {
	f.Add([]byte(`{"l2_height":1,"reward_rate":"0"}`))
	f.Add(RewardRate{L2Height: 100, Rate: NewAmount(23_000_000_000)}.Encode())
	f.Add([]byte(`{"l2_height":1,"reward_rate":"-5"}`))
	f.Add([]byte(`{"reward_rate":"1","l2_height":2,"l2_height":3}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		r, err := DecodeRewardRate(b)
		if err != nil {
			return
		}
		again, err := DecodeRewardRate(r.Encode())
		if err != nil || again != r {
			t.Fatalf("accepted payload %q does not round-trip: %v", b, err)
		}
	})
}

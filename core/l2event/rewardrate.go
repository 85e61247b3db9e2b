package l2event

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/holiman/uint256"
)

// RewardRateLogIndex is the log index a witness reports a reward rate at:
// after every log of its L2 block, so that events of that block apply first.
const RewardRateLogIndex uint32 = 1<<32 - 1

// RewardRatePeriodSeconds is the period the pool's rate is stated for:
// RewardRatePool.rewardRate() is "the current 2-minute block reward"
// (session-token-contracts contracts/RewardRatePool.sol, rewardRate()).
const RewardRatePeriodSeconds = 120

// RewardRate is the payload of KindRewardRate: the value of the public
// RewardRatePool's rewardRate() (atomic SESH per RewardRatePeriodSeconds)
// as read at L2 block L2Height.
type RewardRate struct {
	L2Height uint64 `json:"l2_height"`
	Rate     Amount `json:"reward_rate"`
}

// Amount is an unsigned 256-bit integer written as a JSON string of
// decimal digits: no sign, no leading zero (but "0" itself), no exponent,
// so that one value has one encoding. JSON numbers are refused (a float64
// cannot carry a uint256).
type Amount struct{ uint256.Int }

// MaxAmountDigits is the length of 2^256-1 in decimal.
const MaxAmountDigits = 78

// ErrBadAmount is an Amount that is not a canonical decimal uint256.
var ErrBadAmount = errors.New("amount must be a string of decimal digits without sign or leading zero, below 2^256")

// NewAmount is the Amount v.
func NewAmount(v uint64) Amount {
	var a Amount
	a.SetUint64(v)
	return a
}

// MarshalJSON writes the decimal string.
func (a Amount) MarshalJSON() ([]byte, error) { return json.Marshal(a.Dec()) }

// UnmarshalJSON reads a canonical decimal string.
func (a *Amount) UnmarshalJSON(b []byte) error {
	var s string
	if len(b) == 0 || b[0] != '"' || json.Unmarshal(b, &s) != nil {
		return fmt.Errorf("%w: got %.40s", ErrBadAmount, b)
	}
	return a.parse(s)
}

func (a *Amount) parse(s string) error {
	if s == "" || len(s) > MaxAmountDigits || (len(s) > 1 && s[0] == '0') {
		return fmt.Errorf("%w: got %q", ErrBadAmount, s)
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return fmt.Errorf("%w: got %q", ErrBadAmount, s)
		}
	}
	if err := a.SetFromDecimal(s); err != nil {
		return fmt.Errorf("%w: got %q", ErrBadAmount, s)
	}
	return nil
}

// DecodeRewardRate reads a KindRewardRate payload strictly: exactly the two
// fields, both present, nothing after the object, the rate a canonical
// decimal uint256 and the L2 height above zero (block 0 is the L2's genesis,
// before any pool).
func DecodeRewardRate(payload []byte) (RewardRate, error) {
	var raw struct {
		L2Height *uint64 `json:"l2_height"`
		Rate     *Amount `json:"reward_rate"`
	}
	dec := json.NewDecoder(bytes.NewReader(payload))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&raw); err != nil {
		return RewardRate{}, fmt.Errorf("%w: reward rate: %v", ErrMalformed, err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return RewardRate{}, fmt.Errorf("%w: reward rate: trailing data after the object", ErrMalformed)
	}
	switch {
	case raw.L2Height == nil:
		return RewardRate{}, fmt.Errorf("%w: reward rate: l2_height missing", ErrMalformed)
	case raw.Rate == nil:
		return RewardRate{}, fmt.Errorf("%w: reward rate: reward_rate missing", ErrMalformed)
	case *raw.L2Height == 0:
		return RewardRate{}, fmt.Errorf("%w: reward rate: l2_height 0", ErrMalformed)
	}
	return RewardRate{L2Height: *raw.L2Height, Rate: *raw.Rate}, nil
}

// Encode is the payload's canonical bytes.
func (r RewardRate) Encode() []byte {
	b, err := json.Marshal(r)
	if err != nil {
		panic(err) // two fields that always encode
	}
	return b
}

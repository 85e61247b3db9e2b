package l2event

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/ethereum/go-ethereum/common"
)

// The staking contract's reward events (session-token-contracts
// contracts/ServiceNodeRewards.sol):
//
//	event RewardsClaimed(address indexed recipientAddress, uint256 amount);
//	event RewardsBalanceUpdated(address indexed recipientAddress, uint256 amount, uint256 previousBalance);
//
// RewardsClaimed's amount is what one claim paid (the contract adds it to
// the recipient's claimed total); RewardsBalanceUpdated's amount is the
// recipient's new cumulative balance, the total the network signed.

// RewardsClaimed is KindRewardsClaimed's payload.
type RewardsClaimed struct {
	Recipient common.Address `json:"recipient"`
	Amount    Amount         `json:"amount"`
}

// RewardsBalance is KindRewardsBalance's payload: RewardsBalanceUpdated.
type RewardsBalance struct {
	Recipient       common.Address `json:"recipient"`
	Balance         Amount         `json:"balance"`
	PreviousBalance Amount         `json:"previous_balance"`
}

// Encode is the payload's canonical bytes.
func (r RewardsClaimed) Encode() []byte { return mustJSON(r) }

// Encode is the payload's canonical bytes.
func (r RewardsBalance) Encode() []byte { return mustJSON(r) }

func mustJSON(v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err) // addresses and amounts always encode
	}
	return b
}

// DecodeRewardsClaimed reads a KindRewardsClaimed payload strictly: exactly
// the two fields, both present, nothing after the object, a recipient other
// than the zero address (the contract pays msg.sender) and the amount a
// canonical decimal uint256. A zero amount is valid: claimRewards(0) emits it.
func DecodeRewardsClaimed(payload []byte) (RewardsClaimed, error) {
	var raw struct {
		Recipient *common.Address `json:"recipient"`
		Amount    *Amount         `json:"amount"`
	}
	if err := decodeStrict(payload, &raw, "rewards claimed"); err != nil {
		return RewardsClaimed{}, err
	}
	switch {
	case raw.Recipient == nil:
		return RewardsClaimed{}, fmt.Errorf("%w: rewards claimed: recipient missing", ErrMalformed)
	case raw.Amount == nil:
		return RewardsClaimed{}, fmt.Errorf("%w: rewards claimed: amount missing", ErrMalformed)
	case *raw.Recipient == (common.Address{}):
		return RewardsClaimed{}, fmt.Errorf("%w: rewards claimed: recipient is the zero address", ErrMalformed)
	}
	return RewardsClaimed{Recipient: *raw.Recipient, Amount: *raw.Amount}, nil
}

// DecodeRewardsBalance reads a KindRewardsBalance payload strictly, as
// DecodeRewardsClaimed, and refuses a balance not above the previous one:
// updateRewardsBalance reverts unless the new cumulative total exceeds the
// stored one (RecipientRewardsTooLow), so no such event exists.
func DecodeRewardsBalance(payload []byte) (RewardsBalance, error) {
	var raw struct {
		Recipient *common.Address `json:"recipient"`
		Balance   *Amount         `json:"balance"`
		Previous  *Amount         `json:"previous_balance"`
	}
	if err := decodeStrict(payload, &raw, "rewards balance"); err != nil {
		return RewardsBalance{}, err
	}
	switch {
	case raw.Recipient == nil:
		return RewardsBalance{}, fmt.Errorf("%w: rewards balance: recipient missing", ErrMalformed)
	case raw.Balance == nil:
		return RewardsBalance{}, fmt.Errorf("%w: rewards balance: balance missing", ErrMalformed)
	case raw.Previous == nil:
		return RewardsBalance{}, fmt.Errorf("%w: rewards balance: previous_balance missing", ErrMalformed)
	case *raw.Recipient == (common.Address{}):
		return RewardsBalance{}, fmt.Errorf("%w: rewards balance: recipient is the zero address", ErrMalformed)
	case !raw.Balance.Gt(&raw.Previous.Int):
		return RewardsBalance{}, fmt.Errorf("%w: rewards balance: balance %s is not above previous_balance %s",
			ErrMalformed, raw.Balance.Dec(), raw.Previous.Dec())
	}
	return RewardsBalance{Recipient: *raw.Recipient, Balance: *raw.Balance, PreviousBalance: *raw.Previous}, nil
}

// decodeStrict decodes one JSON object into dst refusing unknown fields and
// anything but white space after it.
func decodeStrict(payload []byte, dst any, what string) error {
	dec := json.NewDecoder(bytes.NewReader(payload))
	dec.DisallowUnknownFields()
	if err := dec.Decode(dst); err != nil {
		return fmt.Errorf("%w: %s: %v", ErrMalformed, what, err)
	}
	// Token, not More: More reports false before a stray ']' or '}'.
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return fmt.Errorf("%w: %s: trailing data after the object", ErrMalformed, what)
	}
	return nil
}

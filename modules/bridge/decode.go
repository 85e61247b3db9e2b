// Package bridge is the L2 witness module: it reads the staking contract's
// logs through go-ethereum, up to the chain's finalized block (or head
// minus a depth), in bounded ranges, from several endpoints with failover,
// and reports what it saw in its vote extensions (DESIGN.md §4).
package bridge

import (
	"encoding/json"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/seshnet/seshnet/core/l2event"
	"github.com/seshnet/seshnet/modules/bridge/contracts/bindings"
)

// Decoder turns the contract's logs into l2event events.
type Decoder struct {
	f      *bindings.ServiceNodeRewardsFilterer
	ids    map[[32]byte]byte
	events map[[32]byte]abi.Event
}

// NewDecoder reads logs of the contract's ABI.
func NewDecoder() (*Decoder, error) {
	f, err := bindings.NewServiceNodeRewardsFilterer([20]byte{}, nil)
	if err != nil {
		return nil, err
	}
	parsed, err := bindings.ServiceNodeRewardsMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	ids := map[[32]byte]byte{
		parsed.Events["NewServiceNodeV2"].ID:          l2event.KindRegistration,
		parsed.Events["ServiceNodeExitRequest"].ID:    l2event.KindExitRequest,
		parsed.Events["ServiceNodeExit"].ID:           l2event.KindExit,
		parsed.Events["StakingRequirementUpdated"].ID: l2event.KindRequirementUpdated,
		parsed.Events["RewardsClaimed"].ID:            l2event.KindRewardsClaimed,
		parsed.Events["RewardsBalanceUpdated"].ID:     l2event.KindRewardsBalance,
		parsed.Events["ServiceNodeLiquidated"].ID:     l2event.KindLiquidated,
		parsed.Events["NewSeededServiceNode"].ID:      l2event.KindSeeded,
	}
	events := map[[32]byte]abi.Event{}
	for _, e := range parsed.Events {
		if _, ok := ids[e.ID]; ok {
			events[e.ID] = e
		}
	}
	return &Decoder{f: f, ids: ids, events: events}, nil
}

// checkShape refuses a log whose topics or data cannot be its event's: the
// bindings skip unpacking empty data and would hand back nil amounts
// (found by FuzzDecodeLog), and a missing indexed topic is no event.
func (d *Decoder) checkShape(lg types.Log) error {
	e := d.events[lg.Topics[0]]
	indexed, plain := 0, 0
	for _, in := range e.Inputs {
		if in.Indexed {
			indexed++
		} else {
			plain++
		}
	}
	if len(lg.Topics) != 1+indexed {
		return fmt.Errorf("%s log has %d topics, want %d", e.Name, len(lg.Topics), 1+indexed)
	}
	if plain > 0 && len(lg.Data) == 0 {
		return fmt.Errorf("%s log has no data", e.Name)
	}
	return nil
}

// Decode returns the event of a log; ok is false for logs of other events.
func (d *Decoder) Decode(lg types.Log) (l2event.Event, bool, error) {
	if len(lg.Topics) == 0 {
		return l2event.Event{}, false, nil
	}
	kind, ok := d.ids[lg.Topics[0]]
	if !ok {
		return l2event.Event{}, false, nil
	}
	err := d.checkShape(lg)
	var payload any
	if err == nil {
		payload, err = d.payload(kind, lg)
	}
	if err != nil {
		return l2event.Event{}, false, fmt.Errorf("log %d of block %d: %w", lg.Index, lg.BlockNumber, err)
	}
	raw, err := json.Marshal(payload)
	if err != nil {
		return l2event.Event{}, false, err
	}
	return l2event.Event{Block: lg.BlockNumber, LogIndex: uint32(lg.Index), Kind: kind, Payload: raw}, true, nil
}

func (d *Decoder) payload(kind byte, lg types.Log) (any, error) {
	switch kind {
	case l2event.KindRegistration:
		e, err := d.f.ParseNewServiceNodeV2(lg)
		if err != nil {
			return nil, err
		}
		r := l2event.Registration{
			ServiceNodeID: e.ServiceNodeID, Initiator: e.Initiator, BLS: point(e.Pubkey),
			Ed25519:    word(e.ServiceNode.ServiceNodePubkey),
			Ed25519Sig: append(word(e.ServiceNode.ServiceNodeSignature1), word(e.ServiceNode.ServiceNodeSignature2)...),
			FeeBP:      uint32(e.ServiceNode.Fee),
		}
		for _, c := range e.Contributors {
			amount, err := atomic(c.StakedAmount)
			if err != nil {
				return nil, err
			}
			r.Contributors = append(r.Contributors, l2event.Contributor{Staker: c.Staker.Addr, Beneficiary: c.Staker.Beneficiary, Amount: amount})
		}
		return r, nil
	case l2event.KindExitRequest:
		e, err := d.f.ParseServiceNodeExitRequest(lg)
		if err != nil {
			return nil, err
		}
		return l2event.ExitRequest{ServiceNodeID: e.ServiceNodeID, Initiator: e.Initiator, BLS: point(e.Pubkey)}, nil
	case l2event.KindExit:
		e, err := d.f.ParseServiceNodeExit(lg)
		if err != nil {
			return nil, err
		}
		amount, err := atomic(e.ReturnedAmount)
		if err != nil {
			return nil, err
		}
		return l2event.Exit{ServiceNodeID: e.ServiceNodeID, Initiator: e.Initiator, ReturnedAmount: amount, BLS: point(e.Pubkey)}, nil
	case l2event.KindLiquidated:
		e, err := d.f.ParseServiceNodeLiquidated(lg)
		if err != nil {
			return nil, err
		}
		return l2event.Liquidated{ServiceNodeID: e.ServiceNodeID, Initiator: e.Initiator, BLS: point(e.Pubkey)}, nil
	case l2event.KindSeeded:
		e, err := d.f.ParseNewSeededServiceNode(lg)
		if err != nil {
			return nil, err
		}
		// The ABI decoder bounds a uint256 to 32 bytes: word cannot cut it.
		return l2event.Seeded{ServiceNodeID: e.ServiceNodeID, BLS: point(e.BlsPubkey), Ed25519: word(e.Ed25519Pubkey)}, nil
	case l2event.KindRequirementUpdated:
		e, err := d.f.ParseStakingRequirementUpdated(lg)
		if err != nil {
			return nil, err
		}
		amount, err := atomic(e.NewRequirement)
		if err != nil {
			return nil, err
		}
		return l2event.RequirementUpdated{NewRequirement: amount}, nil
	default:
		return d.rewardPayload(kind, lg)
	}
}

// rewardPayload is the payload of a reward event. Amounts stay 256-bit:
// a claimed total or a signed balance is not bounded by the token supply
// the way a stake is, and the workchain keeps them as uint256.
func (d *Decoder) rewardPayload(kind byte, lg types.Log) (any, error) {
	switch kind {
	case l2event.KindRewardsClaimed:
		e, err := d.f.ParseRewardsClaimed(lg)
		if err != nil {
			return nil, err
		}
		amount, err := amount256(e.Amount)
		if err != nil {
			return nil, err
		}
		return l2event.RewardsClaimed{Recipient: e.RecipientAddress, Amount: amount}, nil
	case l2event.KindRewardsBalance:
		e, err := d.f.ParseRewardsBalanceUpdated(lg)
		if err != nil {
			return nil, err
		}
		balance, err := amount256(e.Amount)
		if err != nil {
			return nil, err
		}
		previous, err := amount256(e.PreviousBalance)
		if err != nil {
			return nil, err
		}
		return l2event.RewardsBalance{Recipient: e.RecipientAddress, Balance: balance, PreviousBalance: previous}, nil
	}
	return nil, fmt.Errorf("no decoder for kind %d", kind)
}

// amount256 is a uint256 the ABI decoder gave as a big.Int.
func amount256(v *big.Int) (l2event.Amount, error) {
	var a l2event.Amount
	if v.Sign() < 0 || a.SetFromBig(v) {
		return a, fmt.Errorf("amount %s is not a uint256", v)
	}
	return a, nil
}

// word is a uint256 as 32 big-endian bytes.
func word(v *big.Int) []byte { return v.FillBytes(make([]byte, 32)) }

func point(p bindings.ServiceNodeRewardsG1Point) []byte { return append(word(p.X), word(p.Y)...) }

// atomic is an amount in atomic SESH, which the workchain keeps in 64 bits.
func atomic(v *big.Int) (uint64, error) {
	if !v.IsUint64() {
		return 0, fmt.Errorf("amount %s does not fit in 64 bits", v)
	}
	return v.Uint64(), nil
}

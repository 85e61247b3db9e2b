// Package rewards accounts the reward pool's emission on the workchain
// (DESIGN.md §6, docs/rewards.md): the rate the L2 witness attests, paid
// each block for the time since the last one, split equally among payable
// nodes and within a node by fee and stake, into cumulative balances per
// Ethereum address that claims on the L2 are checked against. Per-node
// accumulators are settled lazily at each node's state change, as cosmos
// x/distribution's F1, so a block costs the same whatever the number of
// nodes and contributors. Exited stakes are credited to the same balances.
package rewards

import (
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/seshnet/seshnet/core/l2event"
	"github.com/seshnet/seshnet/workchain/exec"
	"github.com/seshnet/seshnet/workchain/state"
)

// Name is the module's genesis section, parameter key and codespace.
const Name = "rewards"

// Codes of the rewards codespace.
const (
	CodeStaleRate     uint32 = 1
	CodeRateTooLarge  uint32 = 2
	CodeStakeReturn   uint32 = 3
	CodeClaimOverflow uint32 = 4
	CodeStaleBalance  uint32 = 5
)

// Module is the rewards concern for the application's router. It subscribes
// its hooks to reg: the accounting is wrong without them, so the two cannot
// be wired apart.
func Module(reg Registry) exec.Module {
	reg.AddHooks(Hooks{})
	return exec.Module{
		Name:  Name,
		Codes: codeOf,
		L2: map[byte]exec.L2Handler{
			l2event.KindRewardRate:     onRewardRate,
			l2event.KindRewardsClaimed: onRewardsClaimed,
			l2event.KindRewardsBalance: onRewardsBalance,
		},
		Queries: map[string]exec.Query{"rewards": queryAccount, "pool": queryPool},
		Params:  ParamStore,
		Genesis: exec.ParamsGenesis(ParamStore),
		BeginBlock: func(c exec.Context, _ exec.Block) error {
			NewKeeper(c).BeginBlock(ParamStore.Get(c))
			return nil
		},
	}
}

func codeOf(err error) uint32 {
	switch {
	case errors.Is(err, ErrStaleRate):
		return CodeStaleRate
	case errors.Is(err, ErrRateTooLarge):
		return CodeRateTooLarge
	case errors.Is(err, ErrStakeReturn):
		return CodeStakeReturn
	case errors.Is(err, ErrClaimOverflow):
		return CodeClaimOverflow
	case errors.Is(err, ErrStaleBalance):
		return CodeStaleBalance
	case errors.Is(err, ErrCredit):
		return CodeCredit
	}
	return 0
}

func onRewardRate(c exec.Context, payload []byte) error {
	r, err := l2event.DecodeRewardRate(payload)
	if err != nil {
		return fmt.Errorf("event payload: %w", err)
	}
	return NewKeeper(c).SetRate(r)
}

func onRewardsClaimed(c exec.Context, payload []byte) error {
	r, err := l2event.DecodeRewardsClaimed(payload)
	if err != nil {
		return fmt.Errorf("event payload: %w", err)
	}
	return NewKeeper(c).Claimed(r)
}

func onRewardsBalance(c exec.Context, payload []byte) error {
	r, err := l2event.DecodeRewardsBalance(payload)
	if err != nil {
		return fmt.Errorf("event payload: %w", err)
	}
	return NewKeeper(c).SetL2Balance(r)
}

// AccountView is /rewards/<address>: amounts are atomic SESH as decimal
// strings.
type AccountView struct {
	Address common.Address `json:"address"`
	// Accrued is everything credited to the address, cumulative: rewards
	// (settled or not), returned stakes and credits (Credited). It is the
	// amount the nodes sign for a claim (updateRewardsBalance takes the
	// cumulative amount).
	Accrued        string `json:"accrued"`
	Rewards        string `json:"rewards"`
	StakesReturned string `json:"stakes_returned"`
	// Credited is what other concerns credited through Crediter (the Oxen
	// migration's budgets and coin claims: docs/migration.md).
	Credited string `json:"credited"`
	// Claimed is what the address has claimed on the L2: the sum of the
	// contract's RewardsClaimed amounts the witnesses attested.
	Claimed string `json:"claimed"`
	// Claimable is Accrued − Claimed, or "0" when more was claimed than
	// the workchain credited (a balance signed before this network, for
	// one); OverClaimed is then Claimed − Accrued, and absent otherwise.
	Claimable   string `json:"claimable"`
	OverClaimed string `json:"over_claimed,omitempty"`
	// L2Balance is the cumulative balance the contract holds for the
	// address (its last RewardsBalanceUpdated): what signatures already
	// carried there. Accrued above it is not yet signed for.
	L2Balance string `json:"l2_balance"`
}

// queryAccount is /rewards/<0x address>. An address nothing was credited to
// answers zeros: any address may ask.
func queryAccount(kv state.KV, arg string) (any, error) {
	if !common.IsHexAddress(arg) {
		return nil, fmt.Errorf("%w: address must be 20 bytes of hex (0x optional)", exec.ErrBadArgument)
	}
	addr := common.HexToAddress(arg)
	rewards, stakes, err := Accrued(kv, addr)
	if err != nil {
		return nil, err
	}
	credited, err := Credited(kv, addr)
	if err != nil {
		return nil, err
	}
	var readErr error
	l2 := store{kv: kv, readErr: &readErr}.l2Account(addr)
	if readErr != nil {
		return nil, readErr
	}
	var total uint256.Int
	total.Add(&rewards, &stakes)
	total.Add(&total, &credited)
	v := AccountView{
		Address: addr, Accrued: total.Dec(), Rewards: rewards.Dec(), StakesReturned: stakes.Dec(), Credited: credited.Dec(),
		Claimed: l2.Claimed.Dec(), L2Balance: l2.L2Balance.Dec(),
	}
	var diff uint256.Int
	if l2.Claimed.Gt(&total) {
		v.Claimable, v.OverClaimed = "0", diff.Sub(&l2.Claimed, &total).Dec()
	} else {
		v.Claimable = diff.Sub(&total, &l2.Claimed).Dec()
	}
	return v, nil
}

// Accrued is what was credited to addr up to the state kv holds: rewards,
// including what its nodes earned since they were last settled, and
// returned stakes. It costs one read per node the address is a
// beneficiary of.
func Accrued(kv state.KV, addr common.Address) (rewards, stakes uint256.Int, err error) {
	var readErr error
	s := store{kv: kv, readErr: &readErr}
	acc := s.account(addr)
	rewards, stakes = acc.Rewards, acc.Stakes
	pool := s.pool()
	prefix := append(benefPrefix[:len(benefPrefix):len(benefPrefix)], addr.Bytes()...)
	err = kv.Iterate(prefix, func(key, _ []byte) bool {
		n := s.node(key[len(prefix):])
		if n == nil || !n.Payable || n.Index == pool.Index {
			return true
		}
		var cum uint256.Int
		cum.Sub(&pool.Index, &n.Index)
		cum.Add(&cum, &n.Cum)
		g, _, _ := gains(n, &n.Cum, &cum)
		for _, cr := range g {
			if cr.To == addr {
				rewards.Add(&rewards, &cr.Amount)
			}
		}
		return true
	})
	if err = errors.Join(err, readErr); err != nil {
		return rewards, stakes, fmt.Errorf("rewards of %s: %w", addr, err)
	}
	return rewards, stakes, nil
}

// PoolView is /pool. Amounts are atomic SESH as decimal strings.
type PoolView struct {
	// RewardRate is RewardRatePool.rewardRate() as last attested: atomic
	// SESH per RatePeriodSeconds, read at L2 block RateL2Height (0: none
	// attested yet, nothing is paid).
	RewardRate        string `json:"reward_rate"`
	RatePeriodSeconds int    `json:"rate_period_seconds"`
	RateL2Height      uint64 `json:"rate_l2_height"`
	LastBlockTime     int64  `json:"last_block_time"`
	PayableNodes      uint64 `json:"payable_nodes"`
	// PerNodeIndex is what one node payable since the first block earned.
	PerNodeIndex string `json:"per_node_index"`
	// Emitted = Settled + Unsettled + Dust + Undistributed, always.
	Emitted   string `json:"emitted"`
	Settled   string `json:"settled"`
	Unsettled string `json:"unsettled"`
	// Dust is the settled nodes' rounding remainders (docs/rewards.md);
	// Undistributed the equal split's remainder, paid with the next block.
	Dust          string `json:"dust"`
	Undistributed string `json:"undistributed"`
	// TimeCarry120ths is rate × seconds mod 120 not yet emitted, in
	// 1/120ths of an atomic unit.
	TimeCarry120ths uint64 `json:"time_carry_120ths"`
	StakesReturned  string `json:"stakes_returned"`
	// Credited is the total credited through Crediter, by reason (not
	// emission: the L2 contract is funded for it apart).
	Credited map[CreditReason]string `json:"credited"`
}

func queryPool(kv state.KV, _ string) (any, error) {
	var readErr error
	p := store{kv: kv, readErr: &readErr}.pool()
	if readErr != nil {
		return nil, readErr
	}
	credited, err := CreditedTotals(kv)
	if err != nil {
		return nil, err
	}
	var unsettled uint256.Int
	unsettled.Sub(&p.Emitted, &p.Settled)
	unsettled.Sub(&unsettled, &p.Dust)
	unsettled.SubUint64(&unsettled, p.SplitCarry)
	return PoolView{
		RewardRate: p.Rate.Dec(), RatePeriodSeconds: l2event.RewardRatePeriodSeconds, RateL2Height: p.RateL2Height,
		LastBlockTime: p.LastTime, PayableNodes: p.Payable, PerNodeIndex: p.Index.Dec(),
		Emitted: p.Emitted.Dec(), Settled: p.Settled.Dec(), Unsettled: unsettled.Dec(), Dust: p.Dust.Dec(),
		Undistributed: uint256.NewInt(p.SplitCarry).Dec(), TimeCarry120ths: p.TimeCarry, StakesReturned: p.StakesReturned.Dec(),
		Credited: credited,
	}, nil
}

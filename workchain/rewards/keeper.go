package rewards

import (
	"encoding/binary"
	"errors"
	"fmt"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/holiman/uint256"

	"github.com/seshnet/seshnet/core/l2event"
	"github.com/seshnet/seshnet/workchain/exec"
	"github.com/seshnet/seshnet/workchain/registry"
)

// Errors of the rewards codespace.
var (
	ErrStaleRate    = errors.New("reward rate is not newer than the one in force")
	ErrRateTooLarge = errors.New("reward rate is implausibly large")
	ErrStakeReturn  = errors.New("returned stake cannot be credited")
	// ErrClaimOverflow is a claimed total past 2^256−1: the contract's own
	// total would have overflowed first, so such events are not the L2's.
	ErrClaimOverflow = errors.New("claimed total overflows 256 bits")
	// ErrStaleBalance is an L2 balance not above the one recorded: the
	// contract only ever raises a recipient's cumulative balance.
	ErrStaleBalance = errors.New("L2 rewards balance is not above the one recorded")
)

// MaxRate is the largest reward rate taken (2^128 − 1 atomic units per
// 120 s, a billion billion times any token supply): with it and
// max_block_seconds at most a year, no sum of the accounting comes near
// 2^256.
var MaxRate = new(uint256.Int).SubUint64(new(uint256.Int).Lsh(uint256.NewInt(1), 128), 1)

var ratePeriod = uint256.NewInt(l2event.RewardRatePeriodSeconds)

// Keeper is the rewards concern over one context.
type Keeper struct {
	c exec.Context
	s store
}

// NewKeeper is the keeper over c.
func NewKeeper(c exec.Context) Keeper { return Keeper{c: c, s: store{kv: c.KV}} }

// BeginBlock pays the time since the last block to the nodes payable until
// now, then makes payable the nodes whose wait is over (they earn from the
// next block on). It reads and writes one record, plus one per node that
// becomes payable: its cost does not depend on how many nodes or
// contributors there are.
func (k Keeper) BeginBlock(p Params) {
	pool := k.s.pool()
	k.pay(pool, p)
	k.promote(pool, p)
	pool.LastTime = k.c.Time
	k.s.setPool(pool)
}

// pay emits rate × seconds / 120 (the remainder carried in 120ths) and
// splits it equally among the payable nodes (the remainder carried to the
// next block's split). A block with no payable node emits nothing.
func (k Keeper) pay(pool *Pool, p Params) {
	if pool.LastTime == 0 || k.c.Time <= pool.LastTime || pool.Payable == 0 {
		return
	}
	seconds := min(k.c.Time-pool.LastTime, p.MaxBlockSeconds)
	var num, emitted, timeCarry uint256.Int
	num.Mul(&pool.Rate, uint256.NewInt(uint64(seconds)))
	num.AddUint64(&num, pool.TimeCarry)
	emitted.DivMod(&num, ratePeriod, &timeCarry)
	pool.TimeCarry = timeCarry.Uint64()
	pool.Emitted.Add(&pool.Emitted, &emitted)

	var pot, share, splitCarry uint256.Int
	pot.AddUint64(&emitted, pool.SplitCarry)
	share.DivMod(&pot, uint256.NewInt(pool.Payable), &splitCarry)
	pool.SplitCarry = splitCarry.Uint64()
	pool.Index.Add(&pool.Index, &share)
}

// promote makes payable the waiting nodes that have been active for
// payable_after_seconds. The queue is keyed by the time a node became
// active, so a change of the parameter applies to those waiting too. It
// reads the queue only when the earliest wait may be over.
func (k Keeper) promote(pool *Pool, p Params) {
	cutoff := k.c.Time - p.PayableAfterSeconds
	if pool.Waiting == 0 || cutoff < pool.NextWait {
		return
	}
	due, err := payableQueue.Due(k.c.KV, cutoff)
	if err != nil {
		panic(fmt.Sprintf("rewards: %v", err))
	}
	for _, it := range due {
		payableQueue.Remove(k.c.KV, it.At, it.ID)
		n := k.s.node(it.ID)
		if n == nil || !n.Waiting || n.WaitAt != it.At {
			continue // a leftover entry: stop removes a node's entry
		}
		n.Waiting, n.Payable, n.Index = false, true, pool.Index
		pool.Payable++
		pool.Waiting--
		k.s.setNode(it.ID, n)
		k.c.Emit(abci.Event{Type: "rewards_payable", Attributes: []abci.EventAttribute{
			{Key: "node", Value: fmt.Sprintf("%x", it.ID), Index: true},
		}})
	}
	pool.NextWait = k.firstWait()
}

// firstWait is the time of the first entry of the queue (0 if empty).
func (k Keeper) firstWait() int64 {
	var first int64
	err := k.c.KV.Iterate(waitPrefix, func(key, _ []byte) bool {
		if len(key) >= len(waitPrefix)+8 {
			first = int64(binary.BigEndian.Uint64(key[len(waitPrefix):]))
		}
		return false
	})
	if err != nil {
		panic(fmt.Sprintf("rewards: %v", err))
	}
	return first
}

// settle credits what a payable node earned since its last settlement to
// its recipients' balances and moves it to the pool's index.
func (k Keeper) settle(pool *Pool, n *nodeAcc) {
	if !n.Payable || n.Index == pool.Index {
		n.Index = pool.Index
		return
	}
	var cum uint256.Int
	cum.Sub(&pool.Index, &n.Index)
	cum.Add(&cum, &n.Cum)
	g, dustBefore, dustAfter := gains(n, &n.Cum, &cum)
	for _, cr := range g {
		if cr.Amount.IsZero() {
			continue
		}
		acc := k.s.account(cr.To)
		acc.Rewards.Add(&acc.Rewards, &cr.Amount)
		k.s.setAccount(cr.To, acc)
		pool.Settled.Add(&pool.Settled, &cr.Amount)
	}
	pool.Dust.Add(&pool.Dust, &dustAfter)
	pool.Dust.Sub(&pool.Dust, &dustBefore)
	n.Cum, n.Index = cum, pool.Index
}

// created starts the accumulator of a new node: waiting from the time it
// became active.
func (k Keeper) created(n *registry.Node) {
	acc := newAcc(n)
	for _, r := range acc.Recipients {
		k.c.KV.Set(benefKey(r.Beneficiary, n.Ed25519), []byte{1})
	}
	if n.InActiveSet() {
		pool := k.s.pool()
		k.wait(pool, acc, n.Ed25519, n.ActiveSinceTime)
		k.s.setPool(pool)
	}
	k.s.setNode(n.Ed25519, acc)
}

func newAcc(n *registry.Node) *nodeAcc {
	acc := &nodeAcc{FeeBP: n.FeeBP, Recipients: make([]recipient, len(n.Contributors))}
	for i, c := range n.Contributors {
		acc.Recipients[i] = recipient{Staker: c.Staker, Beneficiary: c.Beneficiary, Amount: c.Amount}
	}
	return acc
}

// wait queues a node until it has been active for payable_after_seconds.
func (k Keeper) wait(pool *Pool, acc *nodeAcc, pub []byte, at int64) {
	acc.Waiting, acc.WaitAt = true, at
	payableQueue.Push(k.c.KV, at, pub)
	if pool.Waiting == 0 || at < pool.NextWait {
		pool.NextWait = at
	}
	pool.Waiting++
}

// accOf is the accumulator of n; a node registered before this concern
// kept one gets one now, not waiting.
func (k Keeper) accOf(n *registry.Node) *nodeAcc {
	if acc := k.s.node(n.Ed25519); acc != nil {
		return acc
	}
	acc := newAcc(n)
	for _, r := range acc.Recipients {
		k.c.KV.Set(benefKey(r.Beneficiary, n.Ed25519), []byte{1})
	}
	return acc
}

// beforeChange settles a payable node before its state changes (x/
// distribution's withdrawal before a delegation changes).
func (k Keeper) beforeChange(n *registry.Node) {
	acc := k.accOf(n)
	if !acc.Payable {
		return
	}
	pool := k.s.pool()
	k.settle(pool, acc)
	k.s.setPool(pool)
	k.s.setNode(n.Ed25519, acc)
}

// afterChange stops a node that left the active set (settled, no longer
// counted, out of the queue) and starts the wait of one that came back.
func (k Keeper) afterChange(before, after *registry.Node) {
	acc := k.accOf(after)
	switch {
	case before.InActiveSet() && !after.InActiveSet():
		pool := k.s.pool()
		k.settle(pool, acc)
		if acc.Payable {
			acc.Payable = false
			pool.Payable--
		}
		if acc.Waiting {
			// NextWait stays a lower bound: at worst one needless scan.
			payableQueue.Remove(k.c.KV, acc.WaitAt, after.Ed25519)
			acc.Waiting = false
			pool.Waiting--
		}
		k.s.setPool(pool)
	case !before.InActiveSet() && after.InActiveSet():
		pool := k.s.pool()
		k.wait(pool, acc, after.Ed25519, after.ActiveSinceTime)
		k.s.setPool(pool)
	}
	k.s.setNode(after.Ed25519, acc)
}

// returnStake credits what the contract returned of n's stake to its
// stakers, as Session's nodes do on a confirmed ServiceNodeExit (oxen-core
// b208672 src/cryptonote_core/service_node_list.cpp:1829-1976,
// process_confirmed_event for ServiceNodeExit): the returned amount is at most the stake; what is kept
// back (a liquidation) comes off the operator's part, and if it is more
// than that the exit is refused; each contributor's amount goes to its
// staker address (contributor.ethereum_address), not its beneficiary.
func (k Keeper) returnStake(n *registry.Node) error {
	if len(n.Contributors) == 0 {
		return nil
	}
	total := n.TotalStake()
	returned := min(total, n.ReturnedAmount)
	slash := total - returned
	if slash > n.Contributors[0].Amount {
		return fmt.Errorf("%w: node %x returns %d of %d, more than the operator's %d is kept back",
			ErrStakeReturn, []byte(n.Ed25519), returned, total, n.Contributors[0].Amount)
	}
	for i, c := range n.Contributors {
		amount := c.Amount
		if i == 0 {
			amount -= slash
		}
		if amount == 0 {
			continue
		}
		acc := k.s.account(c.Staker)
		acc.Stakes.AddUint64(&acc.Stakes, amount)
		k.s.setAccount(c.Staker, acc)
	}
	pool := k.s.pool()
	pool.StakesReturned.AddUint64(&pool.StakesReturned, returned)
	k.s.setPool(pool)
	k.c.Emit(abci.Event{Type: "stake_returned", Attributes: []abci.EventAttribute{
		{Key: "node", Value: fmt.Sprintf("%x", []byte(n.Ed25519)), Index: true},
		{Key: "amount", Value: fmt.Sprint(returned)},
	}})
	return nil
}

// SetRate puts an attested pool rate in force from the next block: it must
// be read at a later L2 height than the one in force and at most MaxRate.
func (k Keeper) SetRate(r l2event.RewardRate) error {
	pool := k.s.pool()
	if r.L2Height <= pool.RateL2Height {
		return fmt.Errorf("%w: l2 height %d, the rate in force was read at %d", ErrStaleRate, r.L2Height, pool.RateL2Height)
	}
	if r.Rate.Gt(MaxRate) {
		return fmt.Errorf("%w: %s atomic units per %d s", ErrRateTooLarge, r.Rate.Dec(), l2event.RewardRatePeriodSeconds)
	}
	pool.Rate, pool.RateL2Height = r.Rate.Int, r.L2Height
	k.s.setPool(pool)
	k.c.Emit(abci.Event{Type: "reward_rate", Attributes: []abci.EventAttribute{
		{Key: "rate", Value: r.Rate.Dec()}, {Key: "l2_height", Value: fmt.Sprint(r.L2Height)},
	}})
	return nil
}

// Claimed adds a claim on the L2 to the recipient's claimed total.
func (k Keeper) Claimed(r l2event.RewardsClaimed) error {
	acc := k.s.l2Account(r.Recipient)
	if _, overflow := acc.Claimed.AddOverflow(&acc.Claimed, &r.Amount.Int); overflow {
		return fmt.Errorf("%w: %s claims %s", ErrClaimOverflow, r.Recipient, r.Amount.Dec())
	}
	k.s.setL2Account(r.Recipient, acc)
	k.c.Emit(abci.Event{Type: "rewards_claimed", Attributes: []abci.EventAttribute{
		{Key: "recipient", Value: r.Recipient.Hex(), Index: true},
		{Key: "amount", Value: r.Amount.Dec()},
		{Key: "claimed", Value: acc.Claimed.Dec()},
	}})
	return nil
}

// SetL2Balance records the recipient's cumulative balance on the L2, which
// must be above the one recorded (events apply in L2 order).
func (k Keeper) SetL2Balance(r l2event.RewardsBalance) error {
	acc := k.s.l2Account(r.Recipient)
	if !r.Balance.Gt(&acc.L2Balance) {
		return fmt.Errorf("%w: %s to %s, recorded %s", ErrStaleBalance, r.Recipient, r.Balance.Dec(), acc.L2Balance.Dec())
	}
	acc.L2Balance = r.Balance.Int
	k.s.setL2Account(r.Recipient, acc)
	return nil
}

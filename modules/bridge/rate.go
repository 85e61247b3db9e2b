package bridge

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/seshnet/seshnet/core/l2event"
	"github.com/seshnet/seshnet/modules/bridge/contracts/bindings"
)

// DefaultRateEvery is how many L2 blocks apart the witness reads the reward
// pool's rate when rate_every_blocks is not set.
const DefaultRateEvery = 100

// rateCheckpoints are the blocks of [from, to] at which the rate is read:
// the multiples of every. They depend on the chain only (never on when a
// witness polled or how its ranges were cut), so every honest witness with
// the same setting reports the same positions and, reading the same state,
// the same bytes.
func rateCheckpoints(from, to, every uint64) []uint64 {
	first := from / every * every
	if first < from {
		first += every
	}
	if first == 0 {
		first = every // block 0 is the L2's genesis: no pool there
	}
	var out []uint64
	for n := first; n <= to && n >= first; n += every {
		out = append(out, n)
	}
	return out
}

// readRates reads the rate at each checkpoint of [from, to] the workchain
// has not passed yet. A failed read never fails the scan (the range's
// registrations must not wait on the pool): the latest failed checkpoint
// after the last one read is returned as due, to be tried again next poll.
// After a failure (*down), the scan's later checkpoints are not tried: a
// hung endpoint would otherwise cost a call timeout per checkpoint.
func (s *Scanner) readRates(ctx context.Context, from, to uint64, down *bool) (found []pendingRecord, due uint64, errs []error) {
	applied := s.appliedCursor()
	for _, n := range rateCheckpoints(from, to, s.cfg.RateEvery) {
		if !applied.Before(rateEventAt(n)) {
			continue // the workchain is past it: nobody would tally it
		}
		if *down {
			due = n
			continue
		}
		p, err := s.readRate(ctx, n)
		if err != nil {
			due, errs, *down = n, append(errs, err), true
			continue
		}
		found, due = append(found, p), 0
	}
	return found, due, errs
}

func rateEventAt(n uint64) l2event.Event {
	return l2event.Event{Block: n, LogIndex: l2event.RewardRateLogIndex, Kind: l2event.KindRewardRate}
}

// readRate calls the reward pool's rewardRate() at block n, on an endpoint
// whose safe head is at or past n (the value must be as final as the logs
// the scanner reports).
func (s *Scanner) readRate(ctx context.Context, n uint64) (pendingRecord, error) {
	var rate *big.Int
	err := s.withFailover(ctx, "read reward rate", func(ctx context.Context, c Chain) error {
		head, err := s.safeHead(ctx, c)
		if err != nil {
			return err
		}
		if head < n {
			return errBehind
		}
		opts := &bind.CallOpts{Context: ctx, BlockNumber: new(big.Int).SetUint64(n)}
		pool, err := s.rewardPool(opts, c)
		if err != nil {
			return err
		}
		p, err := bindings.NewRewardRatePoolCaller(pool, c)
		if err != nil {
			return err
		}
		rate, err = p.RewardRate(opts)
		if err != nil {
			return fmt.Errorf("rewardRate(): %w", err)
		}
		return nil
	})
	if errors.Is(err, errBehind) {
		err = fmt.Errorf("no L2 endpoint is safely past block %d yet", n)
	}
	if err != nil {
		return pendingRecord{}, fmt.Errorf("reward rate at L2 block %d: %w", n, err)
	}
	amount, overflow := uint256.FromBig(rate)
	if overflow {
		return pendingRecord{}, fmt.Errorf("reward rate at L2 block %d: %s is above 2^256", n, rate)
	}
	payload := l2event.RewardRate{L2Height: n, Rate: l2event.Amount{Int: *amount}}.Encode()
	return pendingRecord{Block: n, LogIndex: l2event.RewardRateLogIndex, Kind: l2event.KindRewardRate, Payload: payload}, nil
}

// rewardPool is the pool the staking contract names (its public
// foundationPool(), set once at initialize): read once, then kept.
func (s *Scanner) rewardPool(opts *bind.CallOpts, c Chain) (common.Address, error) {
	if s.pool != (common.Address{}) {
		return s.pool, nil
	}
	staking, err := bindings.NewServiceNodeRewardsCaller(s.cfg.Contract, c)
	if err != nil {
		return common.Address{}, err
	}
	pool, err := staking.FoundationPool(opts)
	if err != nil {
		return common.Address{}, fmt.Errorf("staking contract's foundationPool(): %w", err)
	}
	if pool == (common.Address{}) {
		return common.Address{}, errors.New("the staking contract names no reward pool")
	}
	s.pool = pool
	return pool, nil
}

// retryRate reads again the checkpoint whose read failed at an earlier
// poll, unless the workchain has passed it. down says it failed again.
func (s *Scanner) retryRate(ctx context.Context) (down bool, err error) {
	s.mu.Lock()
	due := s.st.RateDue
	s.mu.Unlock()
	if due == 0 {
		return false, nil
	}
	if !s.appliedCursor().Before(rateEventAt(due)) {
		return false, s.settleDue(due, nil)
	}
	p, err := s.readRate(ctx, due)
	if err != nil {
		s.warnRate([]error{err})
		return true, nil
	}
	return false, s.settleDue(due, []pendingRecord{p})
}

// settleDue clears the due checkpoint (unless a newer one replaced it
// meanwhile) and adds what was read, in L2 order.
func (s *Scanner) settleDue(due uint64, found []pendingRecord) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.st.RateDue == due {
		s.st.RateDue = 0
	}
	s.st.Pending = mergeSorted(s.st.Pending, found)
	return s.save()
}

// warnRate logs failed rate reads at most once a scan. The errors name
// blocks and contract calls only: no key or address of anyone.
func (s *Scanner) warnRate(errs []error) {
	if len(errs) == 0 {
		return
	}
	s.log.Warn().Int("failed_reads", len(errs)).Err(errs[len(errs)-1]).
		Msg("L2 reward rate not read; the scan goes on, the latest one is retried next poll")
}

package bridge

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/rs/zerolog"

	"github.com/seshnet/seshnet/core/atomicfile"
	"github.com/seshnet/seshnet/core/l2event"
)

// Chain is what the scanner needs of one L2 endpoint (an ethclient.Client):
// headers and logs, and contract calls for the reward pool's rate.
type Chain interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
	bind.ContractCaller
}

// ScanConfig says what to read.
type ScanConfig struct {
	Contract common.Address
	// Depth: read up to head minus Depth; 0 reads up to the chain's
	// `finalized` block.
	Depth uint64
	// MaxRange bounds the blocks of one log query (default 1000).
	MaxRange uint64
	// StartBlock is the first block to read (the contract's deployment).
	StartBlock uint64
	// CallTimeout bounds each call to an endpoint (default 10 s): a hung
	// endpoint fails over instead of stalling the witness.
	CallTimeout time.Duration
	// ChainID is the workchain's: saved state of another chain (a new
	// genesis) is not resumed.
	ChainID string
	// RateEvery: the reward pool's rewardRate() is read and reported at
	// every L2 block that is a multiple of it (default DefaultRateEvery).
	// Every validator must use the same value (see docs/bridge.md).
	RateEvery uint64
}

// scanState is what survives a restart: how far the scan got, the events
// seen but not yet applied on the workchain, and the events found again at
// positions the workchain refuted. It names what it scanned (chain,
// contract, first block): state of anything else is not resumed.
type scanState struct {
	ChainID    string          `json:"chain_id"`
	Contract   common.Address  `json:"contract"`
	StartBlock uint64          `json:"start_block"`
	ScannedTo  uint64          `json:"scanned_to"`
	Started    bool            `json:"started"`
	Pending    []pendingRecord `json:"pending"`
	Reattest   []pendingRecord `json:"reattest,omitempty"`
	// RateDue is the latest rate checkpoint whose read failed (0: none).
	RateDue uint64 `json:"rate_due,omitempty"`
}

func (p pendingRecord) event() l2event.Event {
	return l2event.Event{Block: p.Block, LogIndex: p.LogIndex, Kind: p.Kind, Payload: p.Payload}
}

type pendingRecord struct {
	Block    uint64 `json:"block"`
	LogIndex uint32 `json:"log_index"`
	Kind     byte   `json:"kind"`
	Payload  []byte `json:"payload"`
}

// Scanner reads the contract's logs and keeps its cursor on disk. Scan runs
// in one goroutine; Observation may be called from another at any time: the
// state lock is never held across a call to an endpoint.
type Scanner struct {
	cfg    ScanConfig
	chains []Chain
	active int
	dec    *Decoder
	path   string
	log    zerolog.Logger

	mu sync.Mutex
	st scanState
	// empty are refuted positions read again where the contract has no
	// event (a liar's fakes): not read again while they stay refuted.
	empty map[l2event.Cursor]bool
	// applied is the workchain's cursor as last passed to Observation:
	// rate checkpoints it has passed are not read.
	applied l2event.Cursor
	// pool is the reward pool's address, once read (scan goroutine only).
	pool common.Address
}

// NewScanner resumes from dir's saved state, if any.
func NewScanner(cfg ScanConfig, chains []Chain, dir string, log zerolog.Logger) (*Scanner, error) {
	if len(chains) == 0 {
		return nil, errors.New("bridge: no L2 endpoint")
	}
	if cfg.MaxRange == 0 {
		cfg.MaxRange = 1000
	}
	if cfg.CallTimeout == 0 {
		cfg.CallTimeout = 10 * time.Second
	}
	if cfg.RateEvery == 0 {
		cfg.RateEvery = DefaultRateEvery
	}
	dec, err := NewDecoder()
	if err != nil {
		return nil, err
	}
	s := &Scanner{cfg: cfg, chains: chains, dec: dec, path: filepath.Join(dir, "scanner.json"), log: log, empty: map[l2event.Cursor]bool{}}
	raw, err := os.ReadFile(s.path)
	switch {
	case errors.Is(err, os.ErrNotExist):
	case err != nil:
		return nil, fmt.Errorf("read scanner state: %w", err)
	default:
		if err := json.Unmarshal(raw, &s.st); err != nil {
			return nil, fmt.Errorf("scanner state %s is corrupt: %w", s.path, err)
		}
	}
	if s.st.Started && !s.sameScan() {
		// A new genesis or another contract: the old place and events mean
		// nothing there, and resuming would skip what the new chain needs.
		log.Warn().Str("was_chain", s.st.ChainID).Str("was_contract", s.st.Contract.Hex()).Uint64("was_start_block", s.st.StartBlock).
			Msg("saved L2 scan is of another chain or contract; scanning again from start_block")
		s.st = scanState{}
	}
	s.st.ChainID, s.st.Contract, s.st.StartBlock = cfg.ChainID, cfg.Contract, cfg.StartBlock
	return s, nil
}

func (s *Scanner) sameScan() bool {
	return s.st.ChainID == s.cfg.ChainID && s.st.Contract == s.cfg.Contract && s.st.StartBlock == s.cfg.StartBlock
}

// ScannedTo is the last block read completely (ok false before any).
func (s *Scanner) ScannedTo() (uint64, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.st.ScannedTo, s.st.Started
}

// errBehind is an endpoint whose safe head is below the block to read next:
// the next endpoint is tried. An endpoint that answers this way is healthy,
// so when one does and none can serve the block, the scan is caught up as
// far as a working endpoint knows (as when the primary is down and the
// backup has nothing new: failover stays quiet).
var errBehind = errors.New("endpoint is not past the next block to read")

// withFailover runs call on the active endpoint, then on the others in turn.
func (s *Scanner) withFailover(ctx context.Context, what string, call func(context.Context, Chain) error) error {
	var errs []error
	behind := 0
	for i := 0; i < len(s.chains); i++ {
		idx := (s.active + i) % len(s.chains)
		cctx, cancel := context.WithTimeout(ctx, s.cfg.CallTimeout)
		err := call(cctx, s.chains[idx])
		cancel()
		if err == nil {
			if idx != s.active {
				s.log.Warn().Int("endpoint", idx).Msg("L2 endpoint failed over")
				s.active = idx
			}
			return nil
		}
		if errors.Is(err, errBehind) {
			behind++
		}
		errs = append(errs, fmt.Errorf("endpoint %d: %w", idx, err))
		if ctx.Err() != nil {
			break
		}
	}
	if behind > 0 {
		return errBehind
	}
	return fmt.Errorf("%s: every L2 endpoint failed: %w", what, errors.Join(errs...))
}

// safeHead is the highest block c itself says is safe to read: its
// finalized block, or its head minus the depth.
func (s *Scanner) safeHead(ctx context.Context, c Chain) (uint64, error) {
	tag := big.NewInt(int64(rpc.FinalizedBlockNumber))
	if s.cfg.Depth > 0 {
		tag = nil // latest
	}
	h, err := c.HeaderByNumber(ctx, tag)
	if err != nil {
		return 0, fmt.Errorf("read head: %w", err)
	}
	n := h.Number.Uint64()
	if s.cfg.Depth > 0 {
		if n < s.cfg.Depth {
			return 0, errBehind
		}
		n -= s.cfg.Depth
	}
	return n, nil
}

// readRange reads the logs of [from, at most from+MaxRange-1] from one
// endpoint, bounded by that same endpoint's safe head: an endpoint that
// lags (or was failed over to) never makes the scanner claim blocks it has
// not shown to be safe. It returns the last block read.
func (s *Scanner) readRange(ctx context.Context, c Chain, from uint64) (uint64, []types.Log, error) {
	head, err := s.safeHead(ctx, c)
	if err != nil {
		return 0, nil, err
	}
	if head < from {
		return 0, nil, errBehind
	}
	to := min(head, from+s.cfg.MaxRange-1)
	q := ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to), Addresses: []common.Address{s.cfg.Contract}}
	logs, err := c.FilterLogs(ctx, q)
	if err != nil {
		return 0, nil, fmt.Errorf("read logs %d-%d: %w", from, to, err)
	}
	return to, logs, nil
}

// Scan reads every block up to the safe head, a bounded range at a time,
// saving its place after each range: a restart never reads a range twice
// into pending nor skips one. A contract log it cannot decode stops the
// scan before its range (an error every poll) instead of being skipped: a
// changed contract ABI must be noticed, not lose events.
func (s *Scanner) Scan(ctx context.Context) error {
	rateDown, err := s.retryRate(ctx)
	if err != nil {
		return err
	}
	for {
		from := s.cfg.StartBlock
		if scanned, started := s.ScannedTo(); started {
			from = scanned + 1
		}
		var to uint64
		var logs []types.Log
		err := s.withFailover(ctx, "read logs", func(ctx context.Context, c Chain) error {
			var err error
			to, logs, err = s.readRange(ctx, c, from)
			return err
		})
		if errors.Is(err, errBehind) {
			return nil // caught up
		}
		if err != nil {
			return err
		}
		found, err := s.decodeAll(logs)
		if err != nil {
			return err
		}
		rates, due, errs := s.readRates(ctx, from, to, &rateDown)
		s.warnRate(errs)
		if err := s.advance(to, found, rates, due); err != nil {
			return err
		}
	}
}

// mergeSorted returns a and b in L2 order (both already are): a rate sorts
// after its block's logs, and a rate read late goes back to its place.
func mergeSorted(a, b []pendingRecord) []pendingRecord {
	if len(b) == 0 {
		return a
	}
	out := append(a, b...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].event().Before(out[j].event()) })
	return out
}

// appliedCursor is the workchain's cursor as last seen.
func (s *Scanner) appliedCursor() l2event.Cursor {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.applied
}

// decodeAll turns a range's logs into pending events, or fails on the first
// contract log of a known event that does not decode.
func (s *Scanner) decodeAll(logs []types.Log) ([]pendingRecord, error) {
	var found []pendingRecord
	for _, lg := range logs {
		if lg.Removed {
			continue
		}
		e, ok, err := s.dec.Decode(lg)
		if err != nil {
			return nil, fmt.Errorf("contract log does not decode, scan stopped before block %d (has the contract's ABI changed?): %w", lg.BlockNumber, err)
		}
		if ok {
			found = append(found, pendingRecord{Block: e.Block, LogIndex: e.LogIndex, Kind: e.Kind, Payload: e.Payload})
		}
	}
	return found, nil
}

// advance records a range read completely, and saves. due is the range's
// latest rate checkpoint whose read failed, if any: it replaces an older
// one, which a newer rate supersedes anyway.
func (s *Scanner) advance(to uint64, found, rates []pendingRecord, due uint64) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.st.Pending = mergeSorted(append(s.st.Pending, found...), rates)
	if due != 0 {
		s.st.RateDue = due
	} else if len(rates) > 0 {
		s.st.RateDue = 0 // a newer rate was read
	}
	s.st.ScannedTo, s.st.Started = to, true
	return s.save()
}

// save writes the state to a temporary file, syncs it, renames it over
// the old one and syncs the directory: after a crash or a power loss the
// file holds the old state or the new one, never an empty or partial one.
func (s *Scanner) save() error {
	raw, err := json.Marshal(s.st)
	if err != nil {
		return err
	}
	if err := atomicfile.Write(s.path, raw, 0o600); err != nil {
		return fmt.Errorf("save scanner state: %w", err)
	}
	return nil
}

// Observation is what to report, given the last event the workchain
// applied or passed: the pending events after it and the events found again
// at refuted positions (see Reattest), in L2 order, trimmed to
// l2event.Budget bytes with the claim cut to match. Events the workchain has
// passed are forgotten.
func (s *Scanner) Observation(applied l2event.Cursor) l2event.Observation {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.applied = applied
	keep := s.st.Pending[:0]
	for _, p := range s.st.Pending {
		if applied.Before(p.event()) {
			keep = append(keep, p)
		}
	}
	s.st.Pending = keep
	if !s.st.Started {
		return l2event.Observation{}
	}
	o := l2event.Observation{ScannedTo: s.st.ScannedTo}
	for _, p := range s.st.Reattest {
		if !applied.Before(p.event()) { // the pending ones are reported below
			o.Events = append(o.Events, p.event())
		}
	}
	for _, p := range keep {
		o.Events = append(o.Events, p.event())
	}
	return o.Trim(l2event.Budget)
}

// Reattest is told the positions the workchain refuted (a refuted event
// can be applied later when enough validators report it). For each it has
// scanned, it reads that block's logs again (from an endpoint whose safe
// head is past it) and keeps the contract event found there, if any, to
// report. Positions no longer refuted are forgotten. It runs in the scan
// goroutine only.
func (s *Scanner) Reattest(ctx context.Context, refuted []l2event.Cursor) error {
	want := map[l2event.Cursor]bool{}
	for _, c := range refuted {
		want[l2event.Cursor{Block: c.Block, LogIndex: c.LogIndex, Started: true}] = true
	}
	s.mu.Lock()
	var have []pendingRecord
	known := map[l2event.Cursor]bool{}
	for _, p := range s.st.Reattest {
		if c := l2event.At(p.event()); want[c] {
			have, known[c] = append(have, p), true
		}
	}
	changed := len(have) != len(s.st.Reattest)
	s.st.Reattest = have
	scanned, started := s.st.ScannedTo, s.st.Started
	s.mu.Unlock()

	for c := range s.empty {
		if !want[c] {
			delete(s.empty, c)
		}
	}
	var todo []l2event.Cursor
	for c := range want {
		if !known[c] && !s.empty[c] && started && c.Block <= scanned {
			todo = append(todo, c)
		}
	}
	sort.Slice(todo, func(i, j int) bool {
		return todo[i].Before(l2event.Event{Block: todo[j].Block, LogIndex: todo[j].LogIndex})
	})
	var found []pendingRecord
	for _, c := range todo {
		p, ok, err := s.readAt(ctx, c)
		if err != nil && c.LogIndex == l2event.RewardRateLogIndex {
			s.warnRate([]error{err}) // the pool must not hold up refuted logs
			continue
		}
		if err != nil {
			return fmt.Errorf("re-read refuted position %d/%d: %w", c.Block, c.LogIndex, err)
		}
		if ok {
			found = append(found, p)
		} else {
			s.empty[c] = true
		}
	}
	if len(found) == 0 && !changed {
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.st.Reattest = append(s.st.Reattest, found...)
	sort.Slice(s.st.Reattest, func(i, j int) bool { return s.st.Reattest[i].event().Before(s.st.Reattest[j].event()) })
	return s.save()
}

// readAt reads the contract event at one position, from an endpoint whose
// safe head is at or past its block: the pool's rate at a rate position.
func (s *Scanner) readAt(ctx context.Context, c l2event.Cursor) (pendingRecord, bool, error) {
	if c.LogIndex == l2event.RewardRateLogIndex {
		if c.Block%s.cfg.RateEvery != 0 {
			return pendingRecord{}, false, nil // not a checkpoint of ours
		}
		p, err := s.readRate(ctx, c.Block)
		return p, err == nil, err
	}
	var logs []types.Log
	err := s.withFailover(ctx, "re-read block", func(ctx context.Context, ch Chain) error {
		head, err := s.safeHead(ctx, ch)
		if err != nil {
			return err
		}
		if head < c.Block {
			return errBehind
		}
		b := new(big.Int).SetUint64(c.Block)
		logs, err = ch.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: b, ToBlock: b, Addresses: []common.Address{s.cfg.Contract}})
		return err
	})
	if err != nil {
		return pendingRecord{}, false, err
	}
	for _, lg := range logs {
		if lg.Removed || lg.BlockNumber != c.Block || uint32(lg.Index) != c.LogIndex {
			continue
		}
		found, err := s.decodeAll([]types.Log{lg})
		if err != nil || len(found) == 0 {
			return pendingRecord{}, false, err
		}
		return found[0], true, nil
	}
	return pendingRecord{}, false, nil
}

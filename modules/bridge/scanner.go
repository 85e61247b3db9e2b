package bridge

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/rs/zerolog"

	"github.com/seshnet/seshnet/core/l2event"
)

// Chain is what the scanner needs of one L2 endpoint (an ethclient.Client).
type Chain interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
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
}

// scanState is what survives a restart: how far the scan got and the events
// seen but not yet applied on the workchain.
type scanState struct {
	ScannedTo uint64          `json:"scanned_to"`
	Started   bool            `json:"started"`
	Pending   []pendingRecord `json:"pending"`
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
	dec, err := NewDecoder()
	if err != nil {
		return nil, err
	}
	s := &Scanner{cfg: cfg, chains: chains, dec: dec, path: filepath.Join(dir, "scanner.json"), log: log}
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
	return s, nil
}

// ScannedTo is the last block read completely (ok false before any).
func (s *Scanner) ScannedTo() (uint64, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.st.ScannedTo, s.st.Started
}

// withFailover runs call on the active endpoint, then on the others in turn.
func (s *Scanner) withFailover(ctx context.Context, what string, call func(context.Context, Chain) error) error {
	var errs []error
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
		errs = append(errs, fmt.Errorf("endpoint %d: %w", idx, err))
		if ctx.Err() != nil {
			break
		}
	}
	return fmt.Errorf("%s: every L2 endpoint failed: %w", what, errors.Join(errs...))
}

// target is the highest block safe to read.
func (s *Scanner) target(ctx context.Context) (uint64, error) {
	var h *types.Header
	tag := big.NewInt(int64(rpc.FinalizedBlockNumber))
	if s.cfg.Depth > 0 {
		tag = nil // latest
	}
	err := s.withFailover(ctx, "read head", func(ctx context.Context, c Chain) error {
		var err error
		h, err = c.HeaderByNumber(ctx, tag)
		return err
	})
	if err != nil {
		return 0, err
	}
	n := h.Number.Uint64()
	if s.cfg.Depth > 0 {
		if n < s.cfg.Depth {
			return 0, nil
		}
		n -= s.cfg.Depth
	}
	return n, nil
}

// Scan reads every block up to the safe target, a bounded range at a time,
// saving its place after each range: a restart never reads a range twice into
// pending nor skips one.
func (s *Scanner) Scan(ctx context.Context) error {
	target, err := s.target(ctx)
	if err != nil {
		return err
	}
	for {
		from := s.cfg.StartBlock
		if scanned, started := s.ScannedTo(); started {
			from = scanned + 1
		}
		if from > target {
			return nil
		}
		to := min(target, from+s.cfg.MaxRange-1)
		var logs []types.Log
		q := ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to), Addresses: []common.Address{s.cfg.Contract}}
		if err := s.withFailover(ctx, "read logs", func(ctx context.Context, c Chain) error {
			var err error
			logs, err = c.FilterLogs(ctx, q)
			return err
		}); err != nil {
			return err
		}
		var found []pendingRecord
		for _, lg := range logs {
			if lg.Removed {
				continue
			}
			e, ok, err := s.dec.Decode(lg)
			if err != nil {
				s.log.Error().Err(err).Msg("undecodable contract log skipped")
				continue
			}
			if ok {
				found = append(found, pendingRecord{Block: e.Block, LogIndex: e.LogIndex, Kind: e.Kind, Payload: e.Payload})
			}
		}
		if err := s.advance(to, found); err != nil {
			return err
		}
	}
}

// advance records a range read completely, and saves.
func (s *Scanner) advance(to uint64, found []pendingRecord) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.st.Pending = append(s.st.Pending, found...)
	s.st.ScannedTo, s.st.Started = to, true
	return s.save()
}

func (s *Scanner) save() error {
	raw, err := json.Marshal(s.st)
	if err != nil {
		return err
	}
	tmp := s.path + ".tmp"
	if err := os.WriteFile(tmp, raw, 0o600); err != nil {
		return fmt.Errorf("save scanner state: %w", err)
	}
	return os.Rename(tmp, s.path) // atomic: a crash leaves the old or the new state
}

// Observation is what to report, given the last event the workchain applied
// (applied: its block and log index; started false when none): the pending
// events after it, at most l2event.MaxEvents, and the block scanned to. Events
// the workchain has applied are forgotten.
func (s *Scanner) Observation(appliedBlock uint64, appliedIndex uint32, started bool) l2event.Observation {
	s.mu.Lock()
	defer s.mu.Unlock()
	keep := s.st.Pending[:0]
	for _, p := range s.st.Pending {
		if !started || p.Block > appliedBlock || p.Block == appliedBlock && p.LogIndex > appliedIndex {
			keep = append(keep, p)
		}
	}
	s.st.Pending = keep
	o := l2event.Observation{ScannedTo: s.st.ScannedTo}
	for _, p := range keep {
		o.Events = append(o.Events, l2event.Event{Block: p.Block, LogIndex: p.LogIndex, Kind: p.Kind, Payload: p.Payload})
	}
	if len(o.Events) > l2event.MaxEvents {
		// Report a prefix, and claim to have scanned only up to just before
		// the first block left out, so the claim "no other event up to
		// scanned_to" stays true.
		cut := o.Events[l2event.MaxEvents].Block
		o.Events = o.Events[:l2event.MaxEvents]
		for len(o.Events) > 0 && o.Events[len(o.Events)-1].Block >= cut {
			o.Events = o.Events[:len(o.Events)-1]
		}
		o.ScannedTo = cut - 1
	}
	if !s.st.Started {
		o.ScannedTo = 0
	}
	return o
}

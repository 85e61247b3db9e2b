package bridge

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/rs/zerolog"
	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/core/l2event"
)

// tenContributorRegistration is the largest registration the contract
// admits: ten contributors, about 1.9 KB of JSON.
func tenContributorRegistration(t *testing.T, id uint64) []byte {
	t.Helper()
	r := l2event.Registration{ServiceNodeID: id, BLS: bytes.Repeat([]byte{1}, 64), Ed25519: bytes.Repeat([]byte{2}, 32), Ed25519Sig: bytes.Repeat([]byte{3}, 64)}
	for i := 0; i < 10; i++ {
		a := common.BytesToAddress([]byte{byte(i + 1), byte(id)})
		r.Contributors = append(r.Contributors, l2event.Contributor{Staker: a, Beneficiary: a, Amount: 2_500_000_000_000})
	}
	raw, err := json.Marshal(r)
	require.NoError(t, err)
	return raw
}

func seededScanner(t *testing.T, scannedTo uint64, pending []pendingRecord) *Scanner {
	t.Helper()
	s, err := NewScanner(ScanConfig{}, []Chain{&fakeChain{}}, t.TempDir(), zerolog.Nop())
	require.NoError(t, err)
	s.st = scanState{ScannedTo: scannedTo, Started: true, Pending: pending}
	return s
}

// TestWitnessStallBySize_FortyLargeRegistrations: fails on a96bbb3: the
// observation holds all 40 registrations (under the 64-event cap), encodes
// to about 76 KB, over l2event.MaxExtension, and does not decode.
func TestWitnessStallBySize_FortyLargeRegistrations(t *testing.T) {
	var pending []pendingRecord
	for i := 0; i < 40; i++ {
		pending = append(pending, pendingRecord{Block: 100 + uint64(i), LogIndex: 0, Kind: l2event.KindRegistration, Payload: tenContributorRegistration(t, uint64(i+1))})
	}
	s := seededScanner(t, 200, pending)
	obs, err := l2event.Decode(s.Observation(l2event.Cursor{}).Encode())
	require.NoError(t, err)
	require.NotEmpty(t, obs.Events, "a prefix of the backlog is reported")
	require.Less(t, len(obs.Events), 40)
	for i, e := range obs.Events {
		require.Equal(t, 100+uint64(i), e.Block, "a prefix, in L2 order")
	}
	last := obs.Events[len(obs.Events)-1]
	require.Equal(t, last.Block, obs.ScannedTo, "the claim stops before the first event left out")
	require.Zero(t, obs.NextBlockLogs)
	require.LessOrEqual(t, len(s.Observation(l2event.Cursor{}).Encode()), l2event.Budget)
}

// fakeChain is an L2 endpoint with a fixed head and logs; filterErr makes
// its log queries fail.
type fakeChain struct {
	head      uint64
	logs      []types.Log
	filterErr error
	queries   int
}

func (f *fakeChain) HeaderByNumber(context.Context, *big.Int) (*types.Header, error) {
	return &types.Header{Number: new(big.Int).SetUint64(f.head)}, nil
}

var errNoCalls = errors.New("fake endpoint: no contract calls")

func (f *fakeChain) CodeAt(context.Context, common.Address, *big.Int) ([]byte, error) {
	return nil, errNoCalls
}

func (f *fakeChain) CallContract(context.Context, ethereum.CallMsg, *big.Int) ([]byte, error) {
	return nil, errNoCalls
}

func (f *fakeChain) FilterLogs(_ context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	f.queries++
	if f.filterErr != nil {
		return nil, f.filterErr
	}
	var out []types.Log
	for _, lg := range f.logs {
		if lg.BlockNumber >= q.FromBlock.Uint64() && lg.BlockNumber <= q.ToBlock.Uint64() {
			out = append(out, lg)
		}
	}
	return out, nil
}

// TestWitnessSkipsAfterFailover_LaggingEndpoint: fails on a96bbb3: the
// target (100) comes from endpoint A, A's log query fails, B (head 50)
// answers the range up to 100 with what it has, and the scanner records
// ScannedTo = 100: blocks 51..100 are claimed read though nobody read them.
func TestWitnessSkipsAfterFailover_LaggingEndpoint(t *testing.T) {
	a := &fakeChain{head: 100, filterErr: errors.New("A: log query failed")}
	b := &fakeChain{head: 50}
	s, err := NewScanner(ScanConfig{StartBlock: 1, MaxRange: 1000}, []Chain{a, b}, t.TempDir(), zerolog.Nop())
	require.NoError(t, err)
	err = s.Scan(context.Background())
	to, _ := s.ScannedTo()
	require.LessOrEqual(t, to, uint64(50), "never past the serving endpoint's own head")
	require.NoError(t, err, "B is healthy and has nothing newer: caught up")

	// B alone and caught up: no error.
	alone, err := NewScanner(ScanConfig{StartBlock: 1, MaxRange: 1000}, []Chain{b}, t.TempDir(), zerolog.Nop())
	require.NoError(t, err)
	require.NoError(t, alone.Scan(context.Background()))
	require.NoError(t, alone.Scan(context.Background()))
	to, _ = alone.ScannedTo()
	require.Equal(t, uint64(50), to)
}

// TestWitnessStallBySize_SeventyEventsInOneBlock: fails on a96bbb3: the cut
// at 64 events falls in block 100, every event of that block is left out
// and the claim is block 99, at every height: the walk never enters it.
// Here the workchain's cursor follows what is reported (the tally side is
// TestWalkCrossesABlockOfSeventyEvents in workchain/app).
func TestWitnessStallBySize_SeventyEventsInOneBlock(t *testing.T) {
	var pending []pendingRecord
	for i := 0; i < 70; i++ {
		pending = append(pending, pendingRecord{Block: 100, LogIndex: uint32(i), Kind: l2event.KindExitRequest, Payload: []byte(`{}`)})
	}
	s := seededScanner(t, 120, pending)
	var cursor l2event.Cursor
	seen := 0
	for round := 0; seen < 70; round++ {
		require.Less(t, round, 10, "the walk must cross the block")
		obs, err := l2event.Decode(s.Observation(cursor).Encode())
		require.NoError(t, err)
		require.NotEmpty(t, obs.Events, "round %d reports nothing", round)
		for _, e := range obs.Events {
			require.Equal(t, uint32(seen), e.LogIndex, "in order, none skipped")
			seen++
		}
		last := obs.Events[len(obs.Events)-1]
		cursor = l2event.At(last)
	}
}

// TestScannerLosesEventsSilently_UndecodableLogStops: a log of the
// contract with a registration's topic that does not decode (the ABI has
// drifted) stops the scan before its block. Fails on a96bbb3: the log is
// skipped and the scanner claims the range read.
func TestScannerLosesEventsSilently_UndecodableLogStops(t *testing.T) {
	bad := types.Log{BlockNumber: 20, Index: 0, Topics: []common.Hash{registrationTopic()}, Data: []byte{1, 2, 3}}
	chain := &fakeChain{head: 40, logs: []types.Log{bad}}
	s, err := NewScanner(ScanConfig{StartBlock: 1, MaxRange: 10}, []Chain{chain}, t.TempDir(), zerolog.Nop())
	require.NoError(t, err)
	require.ErrorContains(t, s.Scan(context.Background()), "does not decode")
	to, _ := s.ScannedTo()
	require.Less(t, to, uint64(20), "never past the block it could not read")
}

// TestScannerStateNotTiedToChain_NewGenesisRescans: saved state of another
// workchain or contract is not resumed. Fails on a96bbb3 (the state names
// neither): a new genesis would resume at the old place and never report
// the events before it to the new chain.
func TestScannerStateNotTiedToChain_NewGenesisRescans(t *testing.T) {
	dir := t.TempDir()
	chain := &fakeChain{head: 40}
	cfg := ScanConfig{StartBlock: 1, MaxRange: 100, ChainID: "one", Contract: common.HexToAddress("0xabc")}
	s, err := NewScanner(cfg, []Chain{chain}, dir, zerolog.Nop())
	require.NoError(t, err)
	require.NoError(t, s.Scan(context.Background()))
	to, ok := s.ScannedTo()
	require.True(t, ok)
	require.Equal(t, uint64(40), to)

	again, err := NewScanner(cfg, []Chain{chain}, dir, zerolog.Nop())
	require.NoError(t, err)
	to, ok = again.ScannedTo()
	require.True(t, ok, "the same chain resumes")
	require.Equal(t, uint64(40), to)

	for name, other := range map[string]ScanConfig{
		"new genesis":    {StartBlock: 1, MaxRange: 100, ChainID: "two", Contract: cfg.Contract},
		"other contract": {StartBlock: 1, MaxRange: 100, ChainID: "one", Contract: common.HexToAddress("0xdef")},
		"other start":    {StartBlock: 5, MaxRange: 100, ChainID: "one", Contract: cfg.Contract},
	} {
		fresh, err := NewScanner(other, []Chain{chain}, dir, zerolog.Nop())
		require.NoError(t, err)
		_, ok := fresh.ScannedTo()
		require.False(t, ok, name)
	}
}

// TestReattestReadsAnEmptyPositionOnce: a refuted position where the
// contract has no event (a liar's fake) is read again once, not at every
// poll; one not scanned yet is not read; one no longer refuted is
// forgotten.
func TestReattestReadsAnEmptyPositionOnce(t *testing.T) {
	chain := &fakeChain{head: 100}
	s, err := NewScanner(ScanConfig{StartBlock: 1, MaxRange: 1000}, []Chain{chain}, t.TempDir(), zerolog.Nop())
	require.NoError(t, err)
	require.NoError(t, s.Scan(context.Background()))
	chain.queries = 0
	refuted := []l2event.Cursor{{Block: 30}, {Block: 500}}
	for i := 0; i < 3; i++ {
		require.NoError(t, s.Reattest(context.Background(), refuted))
	}
	require.Equal(t, 1, chain.queries, "block 30 once, block 500 not scanned")
	require.NoError(t, s.Reattest(context.Background(), nil))
	require.Empty(t, s.empty)
	require.Empty(t, s.Observation(l2event.Cursor{Block: 40, Started: true}).Events)
}

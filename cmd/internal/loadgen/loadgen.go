// Package loadgen sends signed transactions to a network at saturation and
// measures what it commits: committed tx/s and commit latency. `seshd
// loadgen` wires its flags into Run; seshbench reads Result from that
// command's JSON output.
package loadgen

import (
	"context"
	"crypto/sha256"
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
	"time"

	rpchttp "github.com/cometbft/cometbft/rpc/client/http"
)

// Options drive a load run.
type Options struct {
	Nodes    []string // RPC addresses; sender i sends to Nodes[i%len(Nodes)]
	KeysFile string   // registered node keys to sign with (ReadKeys)
	KVStore  bool     // key=value transactions for CometBFT's kvstore app
	Senders  int      // concurrent senders, at most one per key
	Duration time.Duration
	Warmup   time.Duration
	MaxSize  bool // the largest uptime proof the chain takes, not the smallest
}

// Result is what a run measured. Latency is from broadcast to the moment
// the block holding the transaction was seen committed on the first node.
type Result struct {
	Mode         string  `json:"mode"`
	Senders      int     `json:"senders"`
	WindowSec    float64 `json:"window_seconds"`
	Accepted     int64   `json:"accepted"`
	Refused      int64   `json:"refused"`
	Committed    int     `json:"committed_in_window"`
	Blocks       int     `json:"blocks_in_window"`
	CommittedTPS float64 `json:"committed_tx_per_second"`
	P50ms        float64 `json:"commit_latency_p50_ms"`
	P99ms        float64 `json:"commit_latency_p99_ms"`
}

// sentLog maps transaction hashes to when they were accepted.
type sentLog struct {
	mu sync.Mutex
	at map[[32]byte]time.Time
}

func (s *sentLog) put(raw []byte, t time.Time) {
	s.mu.Lock()
	s.at[sha256.Sum256(raw)] = t
	s.mu.Unlock()
}

func (s *sentLog) take(h [32]byte) (time.Time, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	t, ok := s.at[h]
	delete(s.at, h)
	return t, ok
}

// Run loads the network for o.Warmup+o.Duration (or until ctx ends) and
// reports the blocks seen after the warm-up.
func Run(ctx context.Context, o Options) (Result, error) {
	res := Result{Mode: "seshnet", Senders: o.Senders}
	if o.KVStore {
		res.Mode = "kvstore"
	}
	first, err := rpchttp.New(o.Nodes[0])
	if err != nil {
		return res, err
	}
	st, err := first.Status(ctx)
	if err != nil {
		return res, fmt.Errorf("status of %s: %w", o.Nodes[0], err)
	}
	senders, err := makeSenders(o, st.NodeInfo.Network)
	if err != nil {
		return res, err
	}
	res.Senders = len(senders)
	sent := &sentLog{at: map[[32]byte]time.Time{}}
	var accepted, refused atomic.Int64
	loadCtx, stopLoad := context.WithTimeout(ctx, o.Warmup+o.Duration)
	defer stopLoad()
	var wg sync.WaitGroup
	for i, s := range senders {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s.run(loadCtx, o.Nodes[i%len(o.Nodes)], sent, &accepted, &refused)
		}()
	}
	start := time.Now()
	obs, err := observe(loadCtx, first, sent, start.Add(o.Warmup), st.SyncInfo.LatestBlockHeight)
	wg.Wait()
	if err != nil {
		return res, err
	}
	window := time.Since(start) - o.Warmup
	res.WindowSec = window.Seconds()
	res.Accepted, res.Refused = accepted.Load(), refused.Load()
	res.Committed, res.Blocks = obs.committed, obs.blocks
	res.CommittedTPS = float64(obs.committed) / window.Seconds()
	res.P50ms, res.P99ms = percentileMs(obs.latencies, 50), percentileMs(obs.latencies, 99)
	return res, nil
}

func percentileMs(d []time.Duration, p int) float64 {
	if len(d) == 0 {
		return 0
	}
	sort.Slice(d, func(i, j int) bool { return d[i] < d[j] })
	return float64(d[(len(d)-1)*p/100]) / float64(time.Millisecond)
}

type observation struct {
	committed, blocks int
	latencies         []time.Duration
}

// observe follows committed blocks on one node and matches their
// transactions with the sent log.
func observe(ctx context.Context, c *rpchttp.HTTP, sent *sentLog, from time.Time, height int64) (observation, error) {
	var o observation
	for ctx.Err() == nil {
		st, err := c.Status(ctx)
		if err != nil {
			if ctx.Err() != nil {
				break
			}
			return o, fmt.Errorf("follow blocks: %w", err)
		}
		for height < st.SyncInfo.LatestBlockHeight {
			height++
			h := height
			b, err := c.Block(ctx, &h)
			if err != nil {
				if ctx.Err() != nil {
					return o, nil
				}
				return o, fmt.Errorf("block %d: %w", h, err)
			}
			seen := time.Now()
			counted := seen.After(from)
			if counted {
				o.blocks++
				o.committed += len(b.Block.Txs)
			}
			for _, raw := range b.Block.Txs {
				if t, ok := sent.take(sha256.Sum256(raw)); ok && counted && t.After(from) {
					o.latencies = append(o.latencies, seen.Sub(t))
				}
			}
		}
		select {
		case <-ctx.Done():
		case <-time.After(20 * time.Millisecond):
		}
	}
	return o, nil
}

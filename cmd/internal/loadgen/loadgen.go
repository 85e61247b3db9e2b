// Package loadgen sends signed transactions to a network and measures what
// it commits: committed tx/s and commit latency. It loads in one of two
// ways: closed-loop (the default: --senders senders, each sending its next
// transaction as soon as the last was accepted, which saturates the
// network) or open-loop (Options.Rate: transactions due at fixed intervals
// whatever the network does, latency from the due time). `seshd loadgen`
// wires its flags into Run; seshbench reads Result from that command's JSON
// output.
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
	// Prebuild is how many transactions each sender builds (and signs)
	// before the load starts; past them it builds each as it sends.
	Prebuild int
	// Latencies puts every latency sample in Result.LatenciesMs, so that
	// a caller can pool several runs' samples (seshbench's slices).
	Latencies bool

	// Rate, when above 0, makes the run open-loop: Rate transactions a
	// second are due at fixed intervals, each taken by the next free sender.
	Rate float64
	// Drain is how long an open-loop run may go on after the last due
	// time: sends that were due in the window but went out late, and the
	// blocks that commit them, so that the window's last transactions count
	// in the latency figures. It ends early once all of them are committed.
	Drain time.Duration
}

// Load modes of Result.Load.
const (
	ClosedLoop = "closed-loop"
	OpenLoop   = "open-loop"
)

// Result is what a run measured. Closed-loop latency is from the moment
// broadcast_tx_sync returned to the moment the block holding the
// transaction was seen committed on the first node; open-loop latency is
// from the transaction's due time (so time spent waiting for a free sender
// or retrying a refused send counts) to the same moment.
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

	Load       string  `json:"load"` // ClosedLoop or OpenLoop
	MaxMs      float64 `json:"commit_latency_max_ms"`
	Samples    int     `json:"latency_samples"`
	WindowFrom int64   `json:"window_start_unix_ms"` // when the measured window began
	WindowTo   int64   `json:"window_end_unix_ms"`   // and ended (wall clock)

	// Open-loop only.
	OfferedTPS float64 `json:"offered_tx_per_second,omitempty"`
	Scheduled  int64   `json:"scheduled"`        // transactions due during the load (warm-up too)
	NoFreeKey  int64   `json:"late_no_free_key"` // due while every sender was busy: went out late
	Unsent     int64   `json:"unsent"`           // due but never accepted, by the end of the drain
	LagP99ms   float64 `json:"send_lag_p99_ms"`  // how late, at p99, a send left after its due time
	// Uncommitted were due in the window, accepted, and not seen committed
	// by the end of the drain: left out of the latency figures.
	Uncommitted int `json:"uncommitted_after_drain"`

	// LatenciesMs is every latency sample, sorted (Options.Latencies).
	LatenciesMs []float64 `json:"latencies_ms,omitempty"`
}

// sentLog maps transaction hashes to their reference time: when they were
// accepted (closed-loop) or due (open-loop).
type sentLog struct {
	mu sync.Mutex
	at map[[32]byte]time.Time
}

func newSentLog() *sentLog { return &sentLog{at: map[[32]byte]time.Time{}} }

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

// pending counts the transactions of the window not seen committed yet.
func (s *sentLog) pending(w window) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	for _, t := range s.at {
		if w.holds(t) {
			n++
		}
	}
	return n
}

// window is the measured part of a run. Blocks seen in it count for
// committed tx/s; transactions whose reference time is in it count for
// latency, whenever their block is seen.
type window struct{ from, to time.Time }

func (w window) holds(t time.Time) bool { return !t.Before(w.from) && !t.After(w.to) }

// Run loads the network for o.Warmup+o.Duration (or until ctx ends) and
// reports the blocks seen after the warm-up.
func Run(ctx context.Context, o Options) (Result, error) {
	res := Result{Mode: "seshnet", Senders: o.Senders, Load: ClosedLoop}
	if o.KVStore {
		res.Mode = "kvstore"
	}
	if len(o.Nodes) == 0 {
		return res, fmt.Errorf("no node to send to")
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
	if o.Rate > 0 {
		res.Load, res.OfferedTPS = OpenLoop, o.Rate
		return runOpen(ctx, o, senders, first, st.SyncInfo.LatestBlockHeight, res)
	}
	return runClosed(ctx, o, senders, first, st.SyncInfo.LatestBlockHeight, res)
}

// runClosed: every sender sends its next transaction as soon as the last
// was accepted, so the network runs at saturation.
func runClosed(ctx context.Context, o Options, senders []*sender, first *rpchttp.HTTP, height int64, res Result) (Result, error) {
	clients, err := connect(ctx, o, senders)
	if err != nil {
		return res, err
	}
	sent := newSentLog()
	var accepted, refused atomic.Int64
	loadCtx, stopLoad := context.WithTimeout(ctx, o.Warmup+o.Duration)
	defer stopLoad()
	var wg sync.WaitGroup
	for i, s := range senders {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s.run(loadCtx, clients[i], sent, &accepted, &refused)
		}()
	}
	start := time.Now()
	// The window ends when the load does: blocks seen until then count.
	w := window{from: start.Add(o.Warmup), to: start.Add(24 * time.Hour)}
	obs, err := observe(loadCtx, first, sent, w, height, nil)
	wg.Wait()
	if err != nil {
		return res, err
	}
	end := time.Now()
	res.Accepted, res.Refused = accepted.Load(), refused.Load()
	res.fill(obs, window{from: w.from, to: end}, o.Latencies)
	return res, nil
}

// fill sets the figures of what was observed in w; keep keeps every
// latency sample too.
func (r *Result) fill(obs observation, w window, keep bool) {
	secs := w.to.Sub(w.from).Seconds()
	r.WindowSec = secs
	r.WindowFrom, r.WindowTo = w.from.UnixMilli(), w.to.UnixMilli()
	r.Committed, r.Blocks = obs.committed, obs.blocks
	if secs > 0 {
		r.CommittedTPS = float64(obs.committed) / secs
	}
	r.Samples = len(obs.latencies)
	r.P50ms, r.P99ms = percentileMs(obs.latencies, 50), percentileMs(obs.latencies, 99)
	r.MaxMs = percentileMs(obs.latencies, 100)
	if keep {
		r.LatenciesMs = make([]float64, len(obs.latencies)) // sorted by percentileMs
		for i, d := range obs.latencies {
			r.LatenciesMs[i] = float64(d) / float64(time.Millisecond)
		}
	}
}

// percentileMs is the p-th percentile of d in milliseconds (nearest rank
// below; p=100 is the maximum); it sorts d.
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
// transactions with the sent log, until ctx ends or done says so (checked
// after each poll).
func observe(ctx context.Context, c *rpchttp.HTTP, sent *sentLog, w window, height int64, done func() bool) (observation, error) {
	var o observation
	for ctx.Err() == nil {
		st, err := c.Status(ctx)
		if err != nil {
			if ctx.Err() != nil {
				break
			}
			return o, fmt.Errorf("follow blocks: %w", err)
		}
		// A block is committed once the node reports its height; fetching
		// its contents is the observer's own work, and takes longer the
		// larger the block, so it is not charged to the network's latency.
		seen := time.Now()
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
			o.add(b.Block.Txs.ToSliceOfBytes(), seen, w, sent)
		}
		if done != nil && done() {
			break
		}
		sleep(ctx, 20*time.Millisecond)
	}
	return o, nil
}

// add counts one block seen at seen.
func (o *observation) add(txs [][]byte, seen time.Time, w window, sent *sentLog) {
	if w.holds(seen) {
		o.blocks++
		o.committed += len(txs)
	}
	for _, raw := range txs {
		if t, ok := sent.take(sha256.Sum256(raw)); ok && seen.After(w.from) && w.holds(t) {
			o.latencies = append(o.latencies, seen.Sub(t))
		}
	}
}

// Combine takes several runs against the same network as one (seshbench's
// slices): counts and windows summed, tx/s over the summed windows, and
// the percentiles of every run's samples pooled, by the same rank as one
// run's. Each run must have kept its samples (Options.Latencies); the
// result keeps none. The window's ends are the first run's start and the
// last run's end; LagP99ms is the largest of the runs'.
func Combine(runs ...Result) (Result, error) {
	if len(runs) == 0 {
		return Result{}, fmt.Errorf("no run to combine")
	}
	out := Result{Mode: runs[0].Mode, Load: runs[0].Load, Senders: runs[0].Senders, OfferedTPS: runs[0].OfferedTPS,
		WindowFrom: runs[0].WindowFrom, WindowTo: runs[len(runs)-1].WindowTo}
	var pooled []float64
	for _, r := range runs {
		if r.Mode != out.Mode || r.Load != out.Load {
			return Result{}, fmt.Errorf("combine a %s %s run with a %s %s one", r.Mode, r.Load, out.Mode, out.Load)
		}
		if len(r.LatenciesMs) != r.Samples {
			return Result{}, fmt.Errorf("a run kept %d of its %d latency samples (--latencies)", len(r.LatenciesMs), r.Samples)
		}
		out.WindowSec += r.WindowSec
		out.Accepted += r.Accepted
		out.Refused += r.Refused
		out.Committed += r.Committed
		out.Blocks += r.Blocks
		out.Scheduled += r.Scheduled
		out.NoFreeKey += r.NoFreeKey
		out.Unsent += r.Unsent
		out.Uncommitted += r.Uncommitted
		out.LagP99ms = max(out.LagP99ms, r.LagP99ms)
		pooled = append(pooled, r.LatenciesMs...)
	}
	if out.WindowSec > 0 {
		out.CommittedTPS = float64(out.Committed) / out.WindowSec
	}
	sort.Float64s(pooled)
	out.Samples = len(pooled)
	out.P50ms, out.P99ms, out.MaxMs = rankOf(pooled, 50), rankOf(pooled, 99), rankOf(pooled, 100)
	return out, nil
}

// rankOf is percentileMs's rank in sorted milliseconds.
func rankOf(sorted []float64, p int) float64 {
	if len(sorted) == 0 {
		return 0
	}
	return sorted[(len(sorted)-1)*p/100]
}

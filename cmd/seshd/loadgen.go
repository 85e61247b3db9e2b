package main

import (
	"context"
	"crypto/ed25519"
	"crypto/sha256"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	rpchttp "github.com/cometbft/cometbft/rpc/client/http"
	"github.com/spf13/cobra"

	"github.com/seshnet/seshnet/workchain/app"
	"github.com/seshnet/seshnet/workchain/registry"
	"github.com/seshnet/seshnet/workchain/tx"
)

// loadOptions drive a load run.
type loadOptions struct {
	nodes    []string
	keysFile string
	kvstore  bool
	senders  int
	duration time.Duration
	warmup   time.Duration
	maxSize  bool // the largest uptime proof the chain takes, not the smallest
}

// loadResult is what a run measured. Latency is from broadcast to the moment
// the block holding the transaction was seen committed on the first node.
type loadResult struct {
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

func loadgenCmd(g *globals) *cobra.Command {
	var o loadOptions
	var nodes string
	cmd := &cobra.Command{
		Use:   "loadgen",
		Short: "Send signed transactions to a network and report committed tx/s and commit latency",
		Long: `loadgen runs --senders concurrent senders, each sending transactions one at a
time (broadcast_tx_sync) to one of --nodes in turn. Against seshd it sends
uptime proofs signed by the keys of --keys (seshd testnet --extra-nodes
writes them). With --kvstore it sends key=value transactions, for CometBFT's
kvstore example app. Only blocks seen after --warmup count. With --max-size
every proof is the largest the chain accepts (about 2 KiB: the longest
version, every module and endpoint slot filled); --senders 1 sends from one
key only.`,
		RunE: func(cmd *cobra.Command, _ []string) error {
			o.nodes = strings.Split(nodes, ",")
			ctx, stop := signalContext()
			defer stop()
			res, err := runLoad(ctx, o)
			if err != nil {
				return err
			}
			return g.print(cmd, res, func() string {
				return fmt.Sprintf("%s: %d senders, %.0f s: %d committed in %d blocks = %.0f tx/s; commit latency p50 %.0f ms, p99 %.0f ms (%d refused)",
					res.Mode, res.Senders, res.WindowSec, res.Committed, res.Blocks, res.CommittedTPS, res.P50ms, res.P99ms, res.Refused)
			})
		},
	}
	f := cmd.Flags()
	f.StringVar(&nodes, "nodes", "http://127.0.0.1:26657", "comma-separated RPC addresses")
	f.StringVar(&o.keysFile, "keys", "", "registered node keys to sign with (seshd testnet --extra-nodes writes DIR/extra-keys.json)")
	f.BoolVar(&o.kvstore, "kvstore", false, "send key=value transactions for CometBFT's kvstore app")
	f.IntVar(&o.senders, "senders", 32, "concurrent senders (at most one per key)")
	f.DurationVar(&o.duration, "duration", 30*time.Second, "measured time")
	f.DurationVar(&o.warmup, "warmup", 5*time.Second, "time before measuring")
	f.BoolVar(&o.maxSize, "max-size", false, "send the largest valid uptime proofs (a flood of full blocks)")
	return cmd
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

func runLoad(ctx context.Context, o loadOptions) (loadResult, error) {
	res := loadResult{Mode: "seshnet", Senders: o.senders}
	if o.kvstore {
		res.Mode = "kvstore"
	}
	first, err := rpchttp.New(o.nodes[0])
	if err != nil {
		return res, err
	}
	st, err := first.Status(ctx)
	if err != nil {
		return res, fmt.Errorf("status of %s: %w", o.nodes[0], err)
	}
	senders, err := makeSenders(o, st.NodeInfo.Network)
	if err != nil {
		return res, err
	}
	res.Senders = len(senders)
	sent := &sentLog{at: map[[32]byte]time.Time{}}
	var accepted, refused atomic.Int64
	loadCtx, stopLoad := context.WithTimeout(ctx, o.warmup+o.duration)
	defer stopLoad()
	var wg sync.WaitGroup
	for i, s := range senders {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s.run(loadCtx, o.nodes[i%len(o.nodes)], sent, &accepted, &refused)
		}()
	}
	start := time.Now()
	obs, err := observe(loadCtx, first, sent, start.Add(o.warmup), st.SyncInfo.LatestBlockHeight)
	wg.Wait()
	if err != nil {
		return res, err
	}
	window := time.Since(start) - o.warmup
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

// sender sends one transaction at a time, so its nonces arrive in order.
type sender struct {
	next func() []byte                           // builds the next transaction
	ok   func()                                  // the last one was accepted
	sync func(c *rpchttp.HTTP, reset bool) error // re-reads the nonce; reset drops the local count
}

func (s *sender) run(ctx context.Context, node string, sent *sentLog, accepted, refused *atomic.Int64) {
	c, err := rpchttp.New(node)
	if err != nil {
		return
	}
	if s.sync != nil && s.sync(c, true) != nil {
		return
	}
	for ctx.Err() == nil {
		raw := s.next()
		res, err := c.BroadcastTxSync(ctx, raw)
		switch {
		case err != nil:
			// Mempool full or node busy: back off a little and retry.
			refused.Add(1)
			sleep(ctx, 20*time.Millisecond)
		case res.Code != 0:
			refused.Add(1)
			if s.sync != nil {
				// A future nonce means our count ran ahead of what the node
				// holds (a queued transaction was dropped): restart from state.
				_ = s.sync(c, res.Code == app.CodeFutureNonce)
			}
			sleep(ctx, 20*time.Millisecond)
		default:
			sent.put(raw, time.Now())
			accepted.Add(1)
			s.ok()
		}
	}
}

func sleep(ctx context.Context, d time.Duration) {
	select {
	case <-ctx.Done():
	case <-time.After(d):
	}
}

func makeSenders(o loadOptions, chainID string) ([]*sender, error) {
	if o.kvstore {
		out := make([]*sender, o.senders)
		for i := range out {
			seq := 0
			out[i] = &sender{
				next: func() []byte { return []byte(fmt.Sprintf("lg%d-%d=%d", i, seq, time.Now().UnixNano())) },
				ok:   func() { seq++ },
			}
		}
		return out, nil
	}
	if o.keysFile == "" {
		return nil, errors.New("--keys is needed to sign seshnet transactions (or use --kvstore)")
	}
	keys, err := readExtraKeys(o.keysFile)
	if err != nil {
		return nil, err
	}
	if len(keys) > o.senders {
		keys = keys[:o.senders]
	}
	out := make([]*sender, len(keys))
	for i, k := range keys {
		out[i] = uptimeSender(chainID, k, o.maxSize)
	}
	return out, nil
}

// largestProof is the largest uptime proof the workchain accepts: every
// limit of registry's proof codec reached, sorted and valid.
func largestProof(ts int64) registry.UptimeProof {
	p := registry.UptimeProof{Version: strings.Repeat("v", registry.MaxVersionLen), Timestamp: ts}
	for i := 0; i < registry.MaxModules; i++ {
		p.Modules = append(p.Modules, fmt.Sprintf("m%02d", i)+strings.Repeat("x", registry.MaxModuleLen-3))
	}
	const port = ":65535"
	for i := 0; i < registry.MaxEndpoints; i++ {
		p.Endpoints = append(p.Endpoints, registry.Endpoint{
			Service: fmt.Sprintf("s%02d", i) + strings.Repeat("x", registry.MaxModuleLen-3),
			Addr:    strings.Repeat("h", registry.MaxAddrLen-len(port)) + port,
		})
	}
	return p
}

func uptimeSender(chainID string, key ed25519.PrivateKey, maxSize bool) *sender {
	var nonce uint64
	signer := nodeSigner(key.Public().(ed25519.PublicKey))
	return &sender{
		next: func() []byte {
			p := registry.UptimeProof{Version: "loadgen", Timestamp: time.Now().Unix()}
			if maxSize {
				p = largestProof(p.Timestamp)
			}
			return tx.NewNodeTx(chainID, key, nonce, registry.TxUptimeProof, registry.EncodeUptimeProof(p)).Encode()
		},
		ok: func() { nonce++ },
		sync: func(c *rpchttp.HTTP, reset bool) error {
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			var acct app.Account
			if err := queryJSON(ctx, c, "/account/"+signer, 0, &acct); err != nil {
				return err
			}
			if reset || acct.PendingNextNonce > nonce {
				nonce = acct.PendingNextNonce
			}
			return nil
		},
	}
}

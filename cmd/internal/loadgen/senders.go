package loadgen

import (
	"context"
	"crypto/ed25519"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"sync/atomic"
	"time"

	rpchttp "github.com/cometbft/cometbft/rpc/client/http"
	"golang.org/x/sync/errgroup"

	"github.com/seshnet/seshnet/cmd/internal/chainclient"
	"github.com/seshnet/seshnet/workchain/app"
	"github.com/seshnet/seshnet/workchain/tx"
	"github.com/seshnet/seshnet/workchain/uptime"
)

// sender sends one transaction at a time, so its nonces arrive in order. It
// is used by one goroutine at a time.
type sender struct {
	seq   uint64                  // the next transaction's nonce (kvstore: a counter)
	build func(seq uint64) []byte // builds, and signs, the transaction with sequence seq
	// pending reads the signer's pending next nonce from the node (nil for
	// kvstore, whose transactions have none).
	pending func(c *rpchttp.HTTP) (uint64, error)
	// built holds transactions built before the load for the sequences
	// from builtFrom on (Options.Prebuild).
	built     [][]byte
	builtFrom uint64
}

// next is the transaction with the sender's next sequence: the one built
// ahead if there is one, else built now.
func (s *sender) next() []byte {
	if s.seq >= s.builtFrom && s.seq-s.builtFrom < uint64(len(s.built)) {
		return s.built[s.seq-s.builtFrom]
	}
	return s.build(s.seq)
}

// ok says the last transaction was accepted.
func (s *sender) ok() { s.seq++ }

// sync re-reads the signer's nonce; reset drops the local count, else the
// node's is taken only if it is ahead.
func (s *sender) sync(c *rpchttp.HTTP, reset bool) error {
	if s.pending == nil {
		return nil
	}
	n, err := s.pending(c)
	if err != nil {
		return err
	}
	if reset || n > s.seq {
		s.seq = n
	}
	return nil
}

// prebuild builds the sender's next n transactions now, before the load:
// building a seshnet transaction signs it, and a client signs on its own
// machine, not on the one the nodes are measured on (docs/performance.md).
func (s *sender) prebuild(n int) {
	s.builtFrom, s.built = s.seq, make([][]byte, n)
	for i := range s.built {
		s.built[i] = s.build(s.seq + uint64(i))
	}
}

// connect gives each sender a client of its node (sender i sends to
// Nodes[i%len(Nodes)]), reads its nonce and builds its o.Prebuild
// transactions, the senders side by side, before any load.
func connect(ctx context.Context, o Options, senders []*sender) ([]*rpchttp.HTTP, error) {
	clients := make([]*rpchttp.HTTP, len(senders))
	g, _ := errgroup.WithContext(ctx)
	g.SetLimit(runtime.GOMAXPROCS(0))
	for i, s := range senders {
		g.Go(func() error {
			c, err := rpchttp.New(o.Nodes[i%len(o.Nodes)])
			if err != nil {
				return err
			}
			if err := s.sync(c, true); err != nil {
				return fmt.Errorf("nonce of sender %d: %w", i, err)
			}
			s.prebuild(o.Prebuild)
			clients[i] = c
			return nil
		})
	}
	return clients, g.Wait()
}

// run is a closed-loop sender: its next transaction goes out as soon as the
// last was accepted.
func (s *sender) run(ctx context.Context, c *rpchttp.HTTP, sent *sentLog, accepted, refused *atomic.Int64) {
	for ctx.Err() == nil {
		if raw, ok := s.try(ctx, c, refused); ok {
			sent.put(raw, time.Now())
			accepted.Add(1)
		}
	}
}

// try sends the sender's next transaction once and says whether it was
// accepted. A refusal is counted, re-reads the nonce where that can help,
// and backs off 20 ms.
func (s *sender) try(ctx context.Context, c *rpchttp.HTTP, refused *atomic.Int64) ([]byte, bool) {
	raw := s.next()
	res, err := c.BroadcastTxSync(ctx, raw)
	switch {
	case err != nil:
		if ctx.Err() != nil {
			return nil, false // the load stopped: not a refusal
		}
		// Mempool full or node busy: back off a little and retry.
		refused.Add(1)
	case res.Code != 0:
		refused.Add(1)
		// A future nonce means our count ran ahead of what the node holds
		// (a queued transaction was dropped): restart from state.
		_ = s.sync(c, res.Code == app.CodeFutureNonce)
	default:
		s.ok()
		return raw, true
	}
	sleep(ctx, 20*time.Millisecond)
	return nil, false
}

func sleep(ctx context.Context, d time.Duration) {
	select {
	case <-ctx.Done():
	case <-time.After(d):
	}
}

func makeSenders(o Options, chainID string) ([]*sender, error) {
	if o.KVStore {
		out := make([]*sender, o.Senders)
		for i := range out {
			out[i] = &sender{build: func(seq uint64) []byte {
				return []byte(fmt.Sprintf("lg%d-%d=%d", i, seq, time.Now().UnixNano()))
			}}
		}
		return out, nil
	}
	if o.KeysFile == "" {
		return nil, errors.New("--keys is needed to sign seshnet transactions (or use --kvstore)")
	}
	keys, err := ReadKeys(o.KeysFile)
	if err != nil {
		return nil, err
	}
	if len(keys) > o.Senders {
		keys = keys[:o.Senders]
	}
	out := make([]*sender, len(keys))
	for i, k := range keys {
		out[i] = uptimeSender(chainID, k, o.MaxSize)
	}
	return out, nil
}

// LargestProof is the largest uptime proof the workchain accepts: every
// limit of registry's proof codec reached, sorted and valid.
func LargestProof(ts int64) uptime.Proof {
	p := uptime.Proof{Version: strings.Repeat("v", uptime.MaxVersionLen), Timestamp: ts}
	for i := 0; i < uptime.MaxModules; i++ {
		p.Modules = append(p.Modules, fmt.Sprintf("m%02d", i)+strings.Repeat("x", uptime.MaxModuleLen-3))
	}
	const port = ":65535"
	for i := 0; i < uptime.MaxEndpoints; i++ {
		p.Endpoints = append(p.Endpoints, uptime.Endpoint{
			Service: fmt.Sprintf("s%02d", i) + strings.Repeat("x", uptime.MaxModuleLen-3),
			Addr:    strings.Repeat("h", uptime.MaxAddrLen-len(port)) + port,
		})
	}
	return p
}

func uptimeSender(chainID string, key ed25519.PrivateKey, maxSize bool) *sender {
	signer := chainclient.NodeSigner(key.Public().(ed25519.PublicKey))
	return &sender{
		build: func(nonce uint64) []byte {
			p := uptime.Proof{Version: "loadgen", Timestamp: time.Now().Unix()}
			if maxSize {
				p = LargestProof(p.Timestamp)
			}
			return tx.NewNodeTx(chainID, key, nonce, uptime.TxProof, uptime.Encode(p)).Encode()
		},
		pending: func(c *rpchttp.HTTP) (uint64, error) {
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			var acct app.Account
			if err := chainclient.Query(ctx, c, "/account/"+signer, 0, &acct); err != nil {
				return 0, err
			}
			return acct.PendingNextNonce, nil
		},
	}
}

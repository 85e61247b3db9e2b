package loadgen

import (
	"context"
	"crypto/ed25519"
	"errors"
	"fmt"
	"strings"
	"sync/atomic"
	"time"

	rpchttp "github.com/cometbft/cometbft/rpc/client/http"

	"github.com/seshnet/seshnet/cmd/internal/chainclient"
	"github.com/seshnet/seshnet/workchain/app"
	"github.com/seshnet/seshnet/workchain/tx"
	"github.com/seshnet/seshnet/workchain/uptime"
)

// sender sends one transaction at a time, so its nonces arrive in order. It
// is used by one goroutine at a time.
type sender struct {
	next func() []byte                           // builds the next transaction
	ok   func()                                  // the last one was accepted
	sync func(c *rpchttp.HTTP, reset bool) error // re-reads the nonce; reset drops the local count
}

// run is a closed-loop sender: its next transaction goes out as soon as the
// last was accepted.
func (s *sender) run(ctx context.Context, node string, sent *sentLog, accepted, refused *atomic.Int64) {
	c, err := rpchttp.New(node)
	if err != nil {
		return
	}
	if s.sync != nil && s.sync(c, true) != nil {
		return
	}
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
		if s.sync != nil {
			// A future nonce means our count ran ahead of what the node
			// holds (a queued transaction was dropped): restart from state.
			_ = s.sync(c, res.Code == app.CodeFutureNonce)
		}
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
			seq := 0
			out[i] = &sender{
				next: func() []byte { return []byte(fmt.Sprintf("lg%d-%d=%d", i, seq, time.Now().UnixNano())) },
				ok:   func() { seq++ },
			}
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
	var nonce uint64
	signer := chainclient.NodeSigner(key.Public().(ed25519.PublicKey))
	return &sender{
		next: func() []byte {
			p := uptime.Proof{Version: "loadgen", Timestamp: time.Now().Unix()}
			if maxSize {
				p = LargestProof(p.Timestamp)
			}
			return tx.NewNodeTx(chainID, key, nonce, uptime.TxProof, uptime.Encode(p)).Encode()
		},
		ok: func() { nonce++ },
		sync: func(c *rpchttp.HTTP, reset bool) error {
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			var acct app.Account
			if err := chainclient.Query(ctx, c, "/account/"+signer, 0, &acct); err != nil {
				return err
			}
			if reset || acct.PendingNextNonce > nonce {
				nonce = acct.PendingNextNonce
			}
			return nil
		},
	}
}

package main

import (
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"sync"
	"time"

	rpcclient "github.com/cometbft/cometbft/rpc/client"

	"github.com/seshnet/seshnet/workchain/app"
	"github.com/seshnet/seshnet/workchain/params"
	"github.com/seshnet/seshnet/workchain/registry"
	"github.com/seshnet/seshnet/workchain/tx"
)

// queryJSON asks the workchain a question and decodes the JSON answer.
func queryJSON(ctx context.Context, c rpcclient.ABCIClient, path string, height int64, out any) error {
	res, err := c.ABCIQueryWithOptions(ctx, path, nil, rpcclient.ABCIQueryOptions{Height: height})
	if err != nil {
		return fmt.Errorf("query %s: %w", path, err)
	}
	if res.Response.Code != 0 {
		return fmt.Errorf("query %s: code %d: %s", path, res.Response.Code, res.Response.Log)
	}
	if err := json.Unmarshal(res.Response.Value, out); err != nil {
		return fmt.Errorf("query %s: decode answer: %w", path, err)
	}
	return nil
}

func nodeSigner(pub ed25519.PublicKey) string { return "node:" + hex.EncodeToString(pub) }

// nextNonce is the nonce the signer's next transaction must carry, counting
// its transactions waiting in the node's mempool.
func nextNonce(ctx context.Context, c rpcclient.ABCIClient, signer string) (uint64, error) {
	var acct app.Account
	if err := queryJSON(ctx, c, "/account/"+signer, 0, &acct); err != nil {
		return 0, err
	}
	return acct.PendingNextNonce, nil
}

// txSender sends transactions signed by the node key, keeping its own nonce
// count so that several can wait in the mempool at once. The node's uptime
// loop and its modules share one; the CLI makes one per command. A nonce
// refusal (the node itself sent one meanwhile, or one was dropped) recounts
// and retries.
type txSender struct {
	mu      sync.Mutex
	client  rpcclient.Client
	chainID string
	key     ed25519.PrivateKey
	next    uint64
	synced  bool
}

func (s *txSender) send(ctx context.Context, txType string, body []byte) ([]byte, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var lastErr error
	for attempt := 0; attempt < 3; attempt++ {
		if !s.synced {
			n, err := nextNonce(ctx, s.client, nodeSigner(s.key.Public().(ed25519.PublicKey)))
			if err != nil {
				return nil, err
			}
			s.next, s.synced = n, true
		}
		res, err := s.client.BroadcastTxSync(ctx, tx.NewNodeTx(s.chainID, s.key, s.next, txType, body).Encode())
		if err != nil {
			return nil, fmt.Errorf("broadcast: %w", err)
		}
		if res.Code == 0 {
			s.next++
			return res.Hash, nil
		}
		lastErr = fmt.Errorf("transaction refused: code %d (%s): %s", res.Code, res.Codespace, res.Log)
		if res.Code != app.CodeStaleNonce && res.Code != app.CodeFutureNonce {
			break
		}
		s.synced = false
	}
	return nil, lastErr
}

// uptimeBody is this node's uptime proof, stamped now.
func uptimeBody(modules []string, endpoints ...registry.Endpoint) []byte {
	return registry.EncodeUptimeProof(registry.UptimeProof{Version: "seshd/" + version, Modules: modules, Timestamp: time.Now().Unix(), Endpoints: endpoints})
}

func chainParams(ctx context.Context, c rpcclient.ABCIClient) (params.Params, error) {
	var p params.Params
	return p, queryJSON(ctx, c, "/params", 0, &p)
}

package main

import (
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"fmt"
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

// sendUptimeProof signs and sends the node's uptime proof. The node itself
// may send one at the same moment with the same nonce; a nonce refusal is
// retried with a fresh count.
func sendUptimeProof(ctx context.Context, c rpcclient.Client, chainID string, key ed25519.PrivateKey, modules []string) ([]byte, error) {
	body := registry.EncodeUptimeProof(registry.UptimeProof{Version: "seshd/" + version, Modules: modules, Timestamp: time.Now().Unix()})
	var lastErr error
	for attempt := 0; attempt < 3; attempt++ {
		nonce, err := nextNonce(ctx, c, nodeSigner(key.Public().(ed25519.PublicKey)))
		if err != nil {
			return nil, err
		}
		res, err := c.BroadcastTxSync(ctx, tx.NewNodeTx(chainID, key, nonce, registry.TxUptimeProof, body).Encode())
		if err != nil {
			return nil, fmt.Errorf("broadcast: %w", err)
		}
		if res.Code == 0 {
			return res.Hash, nil
		}
		lastErr = fmt.Errorf("transaction refused: code %d (%s): %s", res.Code, res.Codespace, res.Log)
		if res.Code != app.CodeStaleNonce && res.Code != app.CodeFutureNonce {
			break
		}
	}
	return nil, lastErr
}

func chainParams(ctx context.Context, c rpcclient.ABCIClient) (params.Params, error) {
	var p params.Params
	return p, queryJSON(ctx, c, "/params", 0, &p)
}

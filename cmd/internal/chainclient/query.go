// Package chainclient asks a running workchain node questions and sends it
// node-signed transactions, through any CometBFT RPC client: the in-process
// local client of a running seshd, or HTTP from the CLI and the load
// generator.
package chainclient

import (
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"fmt"

	rpcclient "github.com/cometbft/cometbft/rpc/client"

	"github.com/seshnet/seshnet/workchain/app"
	"github.com/seshnet/seshnet/workchain/uptime"
)

// Query asks the workchain a question and decodes the JSON answer.
func Query(ctx context.Context, c rpcclient.ABCIClient, path string, height int64, out any) error {
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

// NodeSigner is the account name the workchain gives a node key's
// transactions.
func NodeSigner(pub ed25519.PublicKey) string { return "node:" + hex.EncodeToString(pub) }

// EthSigner is the account name the workchain gives an Ethereum address's
// transactions.
func EthSigner(address string) string { return "eth:" + address }

// NextNonce is the nonce the signer's next transaction must carry, counting
// its transactions waiting in the node's mempool.
func NextNonce(ctx context.Context, c rpcclient.ABCIClient, signer string) (uint64, error) {
	var acct app.Account
	if err := Query(ctx, c, "/account/"+signer, 0, &acct); err != nil {
		return 0, err
	}
	return acct.PendingNextNonce, nil
}

// UptimeParams are the chain's current uptime proof rules.
func UptimeParams(ctx context.Context, c rpcclient.ABCIClient) (uptime.Params, error) {
	var p uptime.Params
	return p, Query(ctx, c, "/params/"+uptime.Name, 0, &p)
}

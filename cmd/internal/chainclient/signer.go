package chainclient

import (
	"context"
	"crypto/ecdsa"
	"crypto/ed25519"
	"fmt"
	"regexp"
	"strconv"
	"sync"

	rpcclient "github.com/cometbft/cometbft/rpc/client"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/seshnet/seshnet/workchain/app"
	"github.com/seshnet/seshnet/workchain/tx"
)

// Signer sends transactions signed by a node key or an Ethereum key, keeping its own nonce
// count so that several can wait in the mempool at once. A running node's
// uptime duty and its modules share one; the CLI makes one per command. A
// nonce refusal (the node itself sent one meanwhile, or one was dropped)
// recounts and retries.
type Signer struct {
	mu      sync.Mutex
	client  rpcclient.ABCIClient
	chainID string
	account string // the workchain's name of the signer (node:<hex>, eth:<address>)
	sign    func(nonce uint64, txType string, body []byte) ([]byte, error)
	next    uint64
	synced  bool
}

// NewSigner signs with a node key for chainID and sends through c. It reads
// the nonce from the node at its first send.
func NewSigner(c rpcclient.ABCIClient, chainID string, key ed25519.PrivateKey) *Signer {
	return &Signer{client: c, chainID: chainID, account: NodeSigner(key.Public().(ed25519.PublicKey)),
		sign: func(nonce uint64, txType string, body []byte) ([]byte, error) {
			return tx.NewNodeTx(chainID, key, nonce, txType, body).Encode(), nil
		}}
}

// NewEthSigner signs with an Ethereum key (a staker's or proposer's) for
// chainID and sends through c.
func NewEthSigner(c rpcclient.ABCIClient, chainID string, key *ecdsa.PrivateKey) *Signer {
	return &Signer{client: c, chainID: chainID, account: EthSigner(crypto.PubkeyToAddress(key.PublicKey).Hex()),
		sign: func(nonce uint64, txType string, body []byte) ([]byte, error) {
			t, err := tx.NewEthTx(chainID, key, nonce, txType, body)
			if err != nil {
				return nil, err
			}
			return t.Encode(), nil
		}}
}

// refusalRE finds the code and codespace in CometBFT v1's error for a
// transaction its CheckTx refused (mempool.ErrInvalidTx: "tx %X is invalid:
// code=%d, data=%X, log='%s', codespace='%s'"), which broadcast_tx_sync
// returns as an RPC error rather than as a result code.
var refusalRE = regexp.MustCompile(`is invalid: code=(\d+), data=[0-9A-Fa-f]*, log='.*', codespace='([A-Za-z0-9_.-]*)'`)

// checkTxRefusal reads the code and codespace of a CheckTx refusal from a
// broadcast error; ok is false for any other error.
func checkTxRefusal(err error) (code uint32, space string, ok bool) {
	m := refusalRE.FindStringSubmatch(err.Error())
	if m == nil {
		return 0, "", false
	}
	n, perr := strconv.ParseUint(m[1], 10, 32)
	if perr != nil {
		return 0, "", false
	}
	return uint32(n), m[2], true
}

// sendAttempts bounds the recounts after nonce refusals: one recount fixes a
// count that drifted; more would hide a node that keeps refusing.
const sendAttempts = 3

// Send signs a transaction of txType carrying body and broadcasts it
// (broadcast_tx_sync); it returns the hash the node accepted it under.
func (s *Signer) Send(ctx context.Context, txType string, body []byte) ([]byte, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var lastErr error
	for attempt := 0; attempt < sendAttempts; attempt++ {
		if !s.synced {
			n, err := NextNonce(ctx, s.client, s.account)
			if err != nil {
				return nil, err
			}
			s.next, s.synced = n, true
		}
		raw, err := s.sign(s.next, txType, body)
		if err != nil {
			return nil, err
		}
		res, err := s.client.BroadcastTxSync(ctx, raw)
		if err != nil {
			if code, space, ok := checkTxRefusal(err); ok && space == app.Codespace && (code == app.CodeStaleNonce || code == app.CodeFutureNonce) {
				lastErr = fmt.Errorf("transaction refused: code %d (%s): %w", code, space, err)
				s.synced = false
				continue
			}
			return nil, fmt.Errorf("broadcast: %w", err)
		}
		if res.Code == 0 {
			s.next++
			return res.Hash, nil
		}
		lastErr = fmt.Errorf("transaction refused: code %d (%s): %s", res.Code, res.Codespace, res.Log)
		if res.Codespace != app.Codespace || (res.Code != app.CodeStaleNonce && res.Code != app.CodeFutureNonce) {
			break
		}
		s.synced = false
	}
	return nil, lastErr
}

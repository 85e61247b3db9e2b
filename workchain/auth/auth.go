// Package auth owns replay protection: each signer's next nonce in state,
// and a cache of signatures already verified so that a transaction's
// signature is checked once even though CheckTx, ProcessProposal and
// FinalizeBlock all see it.
package auth

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"sync"

	cmted "github.com/cometbft/cometbft/crypto/ed25519"

	"github.com/seshnet/seshnet/workchain/state"
	"github.com/seshnet/seshnet/workchain/tx"
)

// Nonce errors.
var (
	ErrStaleNonce  = errors.New("stale nonce (replay)")
	ErrFutureNonce = errors.New("future nonce")
)

var noncePrefix = []byte("auth/nonce/")

func nonceKey(s tx.Signer) []byte { return append(bytes.Clone(noncePrefix), s.Key()...) }

// NextNonce returns the nonce the signer's next transaction must carry.
func NextNonce(kv state.KV, s tx.Signer) (uint64, error) {
	raw, err := kv.Get(nonceKey(s))
	if err != nil || raw == nil {
		return 0, err
	}
	if len(raw) != 8 {
		panic(fmt.Sprintf("auth: corrupt nonce for %s", s))
	}
	return binary.BigEndian.Uint64(raw), nil
}

// SetNextNonce records the signer's next nonce.
func SetNextNonce(kv state.KV, s tx.Signer, n uint64) {
	kv.Set(nonceKey(s), binary.BigEndian.AppendUint64(nil, n))
}

// CheckNonce compares a transaction's nonce with the expected one.
func CheckNonce(got, want uint64) error {
	switch {
	case got < want:
		return fmt.Errorf("%w: nonce %d, expected %d", ErrStaleNonce, got, want)
	case got > want:
		return fmt.Errorf("%w: nonce %d, expected %d", ErrFutureNonce, got, want)
	}
	return nil
}

// VerifiedCache remembers the hashes of transactions whose signature and
// chain id verified. Verification is a pure function of the bytes, so
// skipping it for a remembered hash cannot change any result. It holds up to
// two generations of size entries.
type VerifiedCache struct {
	mu        sync.Mutex
	size      int
	cur, prev map[string]struct{}
}

// NewVerifiedCache keeps about size to 2*size hashes.
func NewVerifiedCache(size int) *VerifiedCache {
	return &VerifiedCache{size: size, cur: map[string]struct{}{}, prev: map[string]struct{}{}}
}

// Verify checks t unless its hash is remembered.
func (c *VerifiedCache) Verify(hash []byte, t *tx.Tx, chainID string) error {
	if c.Has(hash) {
		return nil
	}
	if err := t.Verify(chainID); err != nil {
		return err
	}
	c.remember(hash)
	return nil
}

// Has says whether hash is remembered.
func (c *VerifiedCache) Has(hash []byte) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	_, inCur := c.cur[string(hash)]
	_, inPrev := c.prev[string(hash)]
	return inCur || inPrev
}

func (c *VerifiedCache) remember(hash []byte) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.cur) >= c.size {
		c.prev, c.cur = c.cur, make(map[string]struct{}, c.size)
	}
	c.cur[string(hash)] = struct{}{}
}

// MinBatch is the fewest Ed25519 signatures verified as a batch: with the
// expanded keys cached (CometBFT's verifier), two in a batch already cost
// less than two alone (BenchmarkPreverifyCheckTxs, docs/performance.md).
const MinBatch = 2

// Preverify remembers, of the transactions not remembered yet, those whose
// chain id and Ed25519 signature verify, checking the signatures in one
// batch (curve25519-voi's, through CometBFT: about half the work per
// signature of one by one). It only fills the cache: what it leaves out is
// verified one by one by Verify, which gives the error. A batch's answer
// for each signature is the single verification's (both use the ZIP-215
// rules, and a failed batch falls back to each signature alone), so the
// cache stays a pure memo. hashes[i] is the hash of txs[i]; a nil tx is
// skipped.
func (c *VerifiedCache) Preverify(hashes [][]byte, txs []*tx.Tx, chainID string) {
	var idx []int
	for i, t := range txs {
		if t != nil && t.ChainID == chainID && t.Signer.Kind == tx.SignerNode && len(t.Sig) == cmted.SignatureSize && !c.Has(hashes[i]) {
			idx = append(idx, i)
		}
	}
	if len(idx) < MinBatch {
		return
	}
	bv := cmted.NewBatchVerifier()
	for _, i := range idx {
		if err := bv.Add(cmted.PubKey(txs[i].Signer.ID), txs[i].SignBytes(), txs[i].Sig); err != nil {
			return // not a well-formed key or signature: left to Verify
		}
	}
	_, valid := bv.Verify()
	for k, i := range idx {
		if k < len(valid) && valid[k] {
			c.remember(hashes[i])
		}
	}
}

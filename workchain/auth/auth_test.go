package auth

import (
	"bytes"
	"crypto/ed25519"
	"testing"

	"github.com/seshnet/seshnet/workchain/tx"
	"github.com/stretchr/testify/require"
)

func TestCheckNonce(t *testing.T) {
	require.NoError(t, CheckNonce(3, 3))
	require.ErrorIs(t, CheckNonce(2, 3), ErrStaleNonce)
	require.ErrorIs(t, CheckNonce(4, 3), ErrFutureNonce)
}

func TestVerifiedCacheNeverSkipsABadSignature(t *testing.T) {
	k := ed25519.NewKeyFromSeed(bytes.Repeat([]byte{1}, 32))
	good := tx.NewNodeTx("c", k, 0, "t", nil)
	bad := tx.NewNodeTx("c", k, 0, "t", nil)
	bad.Sig[0] ^= 1
	c := NewVerifiedCache(2)

	require.NoError(t, c.Verify(tx.Hash(good.Encode()), good, "c"))
	require.NoError(t, c.Verify(tx.Hash(good.Encode()), good, "c"), "remembered")
	for i := 0; i < 3; i++ {
		require.ErrorIs(t, c.Verify(tx.Hash(bad.Encode()), bad, "c"), tx.ErrBadSignature, "failures are never remembered")
	}
	// Fill past two generations: the first hash is forgotten and verified again.
	for i := uint64(1); i <= 4; i++ {
		o := tx.NewNodeTx("c", k, i, "t", nil)
		require.NoError(t, c.Verify(tx.Hash(o.Encode()), o, "c"))
	}
	_, inCur := c.cur[string(tx.Hash(good.Encode()))]
	_, inPrev := c.prev[string(tx.Hash(good.Encode()))]
	require.False(t, inCur || inPrev)
}

// A batch remembers exactly the transactions a verification one by one
// accepts: a bad signature among good ones, another chain's transaction and
// a missing one are left out.
func TestPreverifyRemembersWhatVerifies(t *testing.T) {
	for _, bad := range []int{-1, 0, 5, 11} {
		var txs []*tx.Tx
		var hashes [][]byte
		for i := 0; i < 12; i++ {
			k := ed25519.NewKeyFromSeed(bytes.Repeat([]byte{byte(i + 1)}, 32))
			chain := "c"
			if i == 7 {
				chain = "other"
			}
			tr := tx.NewNodeTx(chain, k, uint64(i), "t", []byte{byte(i)})
			if i == bad {
				tr.Body = []byte("tampered")
			}
			txs = append(txs, tr)
			hashes = append(hashes, tx.Hash(tr.Encode()))
		}
		txs[9] = nil
		c := NewVerifiedCache(100)
		c.Preverify(hashes, txs, "c")
		for i, tr := range txs {
			want := tr != nil && tr.Verify("c") == nil
			require.Equal(t, want, c.Has(hashes[i]), "bad=%d tx %d", bad, i)
		}
	}
}

// The smallest batch, MinBatch (two) signatures, one of them forged: the
// good one is remembered, the forged one is not; one alone is left to
// Verify.
func TestPreverifySmallestBatch(t *testing.T) {
	k := ed25519.NewKeyFromSeed(bytes.Repeat([]byte{1}, 32))
	good, forged := tx.NewNodeTx("c", k, 0, "t", nil), tx.NewNodeTx("c", k, 1, "t", nil)
	forged.Sig[0] ^= 1
	hashes := [][]byte{tx.Hash(good.Encode()), tx.Hash(forged.Encode())}
	c := NewVerifiedCache(100)
	c.Preverify(hashes[:1], []*tx.Tx{good}, "c")
	require.False(t, c.Has(hashes[0]), "below MinBatch: left to Verify")
	c.Preverify(hashes, []*tx.Tx{good, forged}, "c")
	require.True(t, c.Has(hashes[0]))
	require.False(t, c.Has(hashes[1]))
}

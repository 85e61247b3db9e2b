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

package onion

import (
	"crypto/ed25519"
	"crypto/sha512"
	"fmt"
)

// KeySize is the size of X25519 keys and of Ed25519 public keys.
const KeySize = 32

// EdPrivateToX25519 returns the X25519 private key of an Ed25519 key, as
// libsodium's crypto_sign_ed25519_sk_to_curve25519 does: the first half of
// SHA-512(seed), clamped. A node's onion key is derived this way from its
// one Ed25519 key (DESIGN.md §3).
func EdPrivateToX25519(priv ed25519.PrivateKey) ([]byte, error) {
	if len(priv) != ed25519.PrivateKeySize {
		return nil, fmt.Errorf("%w: ed25519 private key of %d bytes, want %d", ErrBadKey, len(priv), ed25519.PrivateKeySize)
	}
	h := sha512.Sum512(priv.Seed())
	out := make([]byte, KeySize)
	copy(out, h[:KeySize])
	out[0] &= 248
	out[31] &= 127
	out[31] |= 64
	clear(h[:])
	return out, nil
}

// EdPublicToX25519 returns the X25519 public key of an Ed25519 public key,
// as libsodium's crypto_sign_ed25519_pk_to_curve25519 does (u = (1+y)/(1-y)),
// and refuses the keys it refuses: encodings that are not a curve point,
// points of small order and points outside the prime-order subgroup. It
// costs a scalar multiplication in math/big (a few hundred microseconds):
// callers that convert the same key often should keep the result.
func EdPublicToX25519(pub ed25519.PublicKey) ([]byte, error) {
	if len(pub) != ed25519.PublicKeySize {
		return nil, fmt.Errorf("%w: ed25519 public key of %d bytes, want %d", ErrBadKey, len(pub), ed25519.PublicKeySize)
	}
	u, err := edwardsToMontgomery(pub)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadEd25519, err)
	}
	return u, nil
}

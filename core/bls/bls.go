// Package bls is the BLS signature scheme of Session's ServiceNodeRewards
// contract on BN254 (alt_bn128): public keys in G1, signatures in G2, the
// contract's own try-and-increment hash to G2, its point encodings and its
// verification equation e(G1, σ)·e(−pk, H(m)) = 1. Nodes, the CLI and tests
// all sign and verify through it. Field, curve and pairing arithmetic are
// gnark-crypto's. See docs/bls.md.
package bls

import (
	"errors"
	"fmt"
	"io"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
)

// ErrInvalidSignature is returned by Verify when the pairing check fails.
var ErrInvalidSignature = errors.New("bls: signature does not verify")

// g1Gen is the contract's BN256G1.P1() = (1, 2).
var g1Gen = func() bn254.G1Affine { _, _, g1, _ := bn254.Generators(); return g1 }()

// SecretKey is a scalar modulo the group order r, never zero.
type SecretKey struct{ s fr.Element }

// PublicKey is sk·G1. The zero value is the point at infinity, which only an
// aggregate can be (decoders refuse it, as the contract does).
type PublicKey struct{ p bn254.G1Affine }

// Signature is a point of G2: sk·H(m), or a sum of such points.
type Signature struct{ p bn254.G2Affine }

// GenerateSecretKey draws a key from rand (48 bytes reduced mod r, so the
// bias is below 2^-128).
func GenerateSecretKey(rand io.Reader) (SecretKey, error) {
	var buf [48]byte
	for {
		if _, err := io.ReadFull(rand, buf[:]); err != nil {
			return SecretKey{}, fmt.Errorf("bls: generate secret key: %w", err)
		}
		k, err := SecretKeyFromBig(new(big.Int).SetBytes(buf[:]))
		if err == nil {
			return k, nil
		}
	}
}

// SecretKeyFromBig takes any 0 < s < 2^384 and reduces it mod r. Oxen's
// keys are 255-bit random values that may exceed r; signing with s or s mod r
// is the same. s ≡ 0 is refused.
func SecretKeyFromBig(s *big.Int) (SecretKey, error) {
	if s == nil || s.Sign() <= 0 || s.BitLen() > 384 {
		return SecretKey{}, errors.New("bls: secret key must be a positive integer")
	}
	var k SecretKey
	k.s.SetBigInt(s) // reduces mod r
	if k.s.IsZero() {
		return SecretKey{}, errors.New("bls: secret key is a multiple of the group order")
	}
	return k, nil
}

// Big returns the scalar (reduced mod r).
func (k SecretKey) Big() *big.Int { return k.s.BigInt(new(big.Int)) }

// PublicKey returns sk·G1.
func (k SecretKey) PublicKey() PublicKey {
	var pk PublicKey
	pk.p.ScalarMultiplicationBase(k.Big())
	return pk
}

// Sign returns sk·HashToG2(msg, dst).
func Sign(k SecretKey, msg []byte, dst [32]byte) (Signature, error) {
	h, err := HashToG2(msg, dst)
	if err != nil {
		return Signature{}, err
	}
	var sig Signature
	sig.p.ScalarMultiplication(&h, k.Big())
	return sig, nil
}

// Verify checks sig against pk (one key or an aggregate) with the contract's
// equation, Pairing.pairing2(P1, σ, −pk, H(m)). It refuses a key at infinity:
// with it, the signature at infinity would verify for every message (the
// contract cannot reach that case, as non-signers are capped at a third).
func Verify(pk PublicKey, msg []byte, sig Signature, dst [32]byte) error {
	if pk.p.IsInfinity() {
		return errors.New("bls: verify against the point at infinity")
	}
	h, err := HashToG2(msg, dst)
	if err != nil {
		return err
	}
	var neg bn254.G1Affine
	neg.Neg(&pk.p)
	ok, err := bn254.PairingCheck([]bn254.G1Affine{g1Gen, neg}, []bn254.G2Affine{sig.p, h})
	if err != nil {
		return fmt.Errorf("bls: pairing: %w", err)
	}
	if !ok {
		return ErrInvalidSignature
	}
	return nil
}

// Aggregate sums signatures (on one message, by different keys).
func Aggregate(sigs []Signature) Signature {
	var acc bn254.G2Jac
	for i := range sigs {
		acc.AddMixed(&sigs[i].p)
	}
	var s Signature
	s.p.FromJacobian(&acc)
	return s
}

// AggregatePublicKeys sums public keys, as the contract's _aggregatePubkey
// does when nodes are added.
func AggregatePublicKeys(pks []PublicKey) PublicKey {
	var acc bn254.G1Jac
	for i := range pks {
		acc.AddMixed(&pks[i].p)
	}
	var pk PublicKey
	pk.p.FromJacobian(&acc)
	return pk
}

// SubtractNonSigners is the key a signature is checked against on chain
// (validateSignatureOrRevert): the stored aggregate minus the sum of the
// listed non-signers' keys. Like the contract it does not look for
// duplicates: a key listed twice is subtracted twice (and the check fails).
func SubtractNonSigners(aggregate PublicKey, nonSigners []PublicKey) PublicKey {
	sum := AggregatePublicKeys(nonSigners)
	var neg bn254.G1Jac
	neg.FromAffine(&sum.p)
	neg.Neg(&neg)
	neg.AddMixed(&aggregate.p)
	var pk PublicKey
	pk.p.FromJacobian(&neg)
	return pk
}

// IsInfinity reports whether pk is the point at infinity (an empty or
// cancelling aggregate).
func (pk PublicKey) IsInfinity() bool { return pk.p.IsInfinity() }

// Equal reports whether two keys are the same point.
func (pk PublicKey) Equal(o PublicKey) bool { return pk.p.Equal(&o.p) }

// Equal reports whether two signatures are the same point.
func (s Signature) Equal(o Signature) bool { return s.p.Equal(&o.p) }

// Point returns the G2 point (for callers doing their own pairing work).
func (s Signature) Point() bn254.G2Affine { return s.p }

// Point returns the G1 point.
func (pk PublicKey) Point() bn254.G1Affine { return pk.p }

package bls

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fp"
)

// Encodings are the contract's. A public key is G1Point(X, Y): 64 bytes,
// X ‖ Y, each a 32-byte big-endian integer below p. A signature is
// BLSSignatureParams(sigs0, sigs1, sigs2, sigs3) = (X.real, X.imag, Y.real,
// Y.imag): 128 bytes in that order. The contract passes it to the pairing
// precompile as G2Point([sigs1, sigs0], [sigs3, sigs2]) because EIP-197 puts
// the imaginary part first; Oxen's bls_signature bytes are the same 128 bytes
// (it swaps bn256's halves before returning, bls_crypto.cpp:446-463).

const (
	// PublicKeySize is the length of an encoded public key.
	PublicKeySize = 64
	// SignatureSize is the length of an encoded signature.
	SignatureSize = 128
)

// Bytes returns X ‖ Y (all zero for the point at infinity).
func (pk PublicKey) Bytes() [PublicKeySize]byte {
	var out [PublicKeySize]byte
	fp.BigEndian.PutElement((*[32]byte)(out[0:32]), pk.p.X)
	fp.BigEndian.PutElement((*[32]byte)(out[32:64]), pk.p.Y)
	return out
}

// XY returns the coordinates as the contract's G1Point fields.
func (pk PublicKey) XY() (x, y *big.Int) {
	return pk.p.X.BigInt(new(big.Int)), pk.p.Y.BigInt(new(big.Int))
}

// PublicKeyFromBytes decodes a key from outside. It refuses what the contract
// refuses: coordinates ≥ p (the precompiles fail on them), a point off the
// curve, and X == 0 or Y == 0 (serviceNodeAdd's NullBLSPubkey, which covers
// the point at infinity). G1 has cofactor 1, so on the curve is in the group.
func PublicKeyFromBytes(b []byte) (PublicKey, error) {
	if len(b) != PublicKeySize {
		return PublicKey{}, fmt.Errorf("bls: public key is %d bytes, want %d", len(b), PublicKeySize)
	}
	var pk PublicKey
	var err error
	if pk.p.X, err = fp.BigEndian.Element((*[32]byte)(b[0:32])); err != nil {
		return PublicKey{}, fmt.Errorf("bls: public key X: %w", err)
	}
	if pk.p.Y, err = fp.BigEndian.Element((*[32]byte)(b[32:64])); err != nil {
		return PublicKey{}, fmt.Errorf("bls: public key Y: %w", err)
	}
	if pk.p.X.IsZero() || pk.p.Y.IsZero() {
		return PublicKey{}, errors.New("bls: null public key (X or Y is zero)")
	}
	if !pk.p.IsOnCurve() || !pk.p.IsInSubGroup() {
		return PublicKey{}, errors.New("bls: public key is not a point of G1")
	}
	return pk, nil
}

// PublicKeyFromXY decodes the contract's G1Point(X, Y).
func PublicKeyFromXY(x, y *big.Int) (PublicKey, error) {
	var b [PublicKeySize]byte
	if err := putUint256(b[0:32], x); err != nil {
		return PublicKey{}, fmt.Errorf("bls: public key X: %w", err)
	}
	if err := putUint256(b[32:64], y); err != nil {
		return PublicKey{}, fmt.Errorf("bls: public key Y: %w", err)
	}
	return PublicKeyFromBytes(b[:])
}

// Bytes returns sigs0 ‖ sigs1 ‖ sigs2 ‖ sigs3.
func (s Signature) Bytes() [SignatureSize]byte {
	var out [SignatureSize]byte
	for i, e := range s.limbs() {
		fp.BigEndian.PutElement((*[32]byte)(out[i*32:(i+1)*32]), *e)
	}
	return out
}

// Params returns the contract's BLSSignatureParams (sigs0, sigs1, sigs2, sigs3).
func (s Signature) Params() [4]*big.Int {
	var out [4]*big.Int
	for i, e := range s.limbs() {
		out[i] = e.BigInt(new(big.Int))
	}
	return out
}

// limbs are the coordinates in the contract's sigs0..sigs3 order.
func (s *Signature) limbs() [4]*fp.Element {
	return [4]*fp.Element{&s.p.X.A0, &s.p.X.A1, &s.p.Y.A0, &s.p.Y.A1}
}

// SignatureFromBytes decodes sigs0 ‖ sigs1 ‖ sigs2 ‖ sigs3 from outside,
// refusing what the pairing precompile refuses: a coordinate ≥ p, a point off
// the twist or outside the order-r subgroup. Like the precompile it takes all
// zeros as the point at infinity; Verify then fails for any real key.
func SignatureFromBytes(b []byte) (Signature, error) {
	if len(b) != SignatureSize {
		return Signature{}, fmt.Errorf("bls: signature is %d bytes, want %d", len(b), SignatureSize)
	}
	var s Signature
	for i, e := range s.limbs() {
		v, err := fp.BigEndian.Element((*[32]byte)(b[i*32 : (i+1)*32]))
		if err != nil {
			return Signature{}, fmt.Errorf("bls: signature sigs%d: %w", i, err)
		}
		*e = v
	}
	if !s.p.IsOnCurve() {
		return Signature{}, errors.New("bls: signature is not on the twist")
	}
	if !s.p.IsInSubGroup() {
		return Signature{}, errors.New("bls: signature is not in G2")
	}
	return s, nil
}

// SignatureFromParams decodes the contract's BLSSignatureParams.
func SignatureFromParams(p [4]*big.Int) (Signature, error) {
	var b [SignatureSize]byte
	for i, v := range p {
		if err := putUint256(b[i*32:(i+1)*32], v); err != nil {
			return Signature{}, fmt.Errorf("bls: signature sigs%d: %w", i, err)
		}
	}
	return SignatureFromBytes(b[:])
}

// putUint256 writes v as a 32-byte big-endian uint256.
func putUint256(dst []byte, v *big.Int) error {
	if v == nil || v.Sign() < 0 || v.BitLen() > 256 {
		return errors.New("not a uint256")
	}
	v.FillBytes(dst[:32])
	return nil
}

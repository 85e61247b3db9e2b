package oxen

import (
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"strings"

	"filippo.io/edwards25519"
)

// SigPrefix starts every message signature an Oxen wallet makes or accepts
// (SIG_MAGIC in src/wallet/wallet2.cpp). Oxen has no "SigV2": that is
// Monero's later, domain-separated format, which oxen-core never adopted.
const SigPrefix = "SigV1"

// sigSize is a crypto::signature: c then r, 32 bytes each.
const sigSize = 64

// Errors Verify wraps; callers map them to answer codes with errors.Is.
var (
	ErrSigFormat  = errors.New("malformed signature")
	ErrSigScalar  = errors.New("non-canonical signature scalar")
	ErrSigInvalid = errors.New("signature does not match the message and address")
	// ErrWeakKey marks a spend key of small order (the identity among them):
	// no wallet can make one, and anyone can forge a signature for it.
	ErrWeakKey = errors.New("spend key of small order")
)

// Keys are a wallet's secret keys with the public keys they give.
type Keys struct {
	SpendSecret [KeySize]byte
	ViewSecret  [KeySize]byte
	Spend       [KeySize]byte
	View        [KeySize]byte
}

// GenerateKeys makes a wallet the way account_base::generate does for a new
// deterministic wallet (src/cryptonote_basic/account.cpp): a random spend
// secret (crypto::random_scalar), then the view secret from it
// (KeysFromSeed).
func GenerateKeys(r io.Reader) (Keys, error) {
	seed, err := randomScalar(r)
	if err != nil {
		return Keys{}, fmt.Errorf("oxen keys: %w", err)
	}
	var b [KeySize]byte
	copy(b[:], seed.Bytes())
	return KeysFromSeed(b), nil
}

// KeysFromSeed is account_base::generate(recovery_key, recover=true,
// two_random=false), what restoring a wallet from its seed does: spend
// secret = sc_reduce32(seed), view secret = sc_reduce32(keccak256(spend
// secret)), each public key = secret × G.
func KeysFromSeed(seed [KeySize]byte) Keys {
	spend := reduce32(seed)
	view := reduce32(keccak256(spend.Bytes()))
	var k Keys
	copy(k.SpendSecret[:], spend.Bytes())
	copy(k.ViewSecret[:], view.Bytes())
	copy(k.Spend[:], new(edwards25519.Point).ScalarBaseMult(spend).Bytes())
	copy(k.View[:], new(edwards25519.Point).ScalarBaseMult(view).Bytes())
	return k
}

// Address is the wallet's primary (Standard) address on a network.
func (k Keys) Address(n Network) Address {
	return Address{Network: n, Kind: Standard, Spend: k.Spend, View: k.View}
}

// Sign is wallet2::sign for the primary address (subaddress index 0/0):
// "SigV1" + base58(generate_signature(keccak256(message), spend public,
// spend secret)). The nonce comes from crypto/rand.
func Sign(k Keys, message []byte) string {
	s, err := SignWith(rand.Reader, k, message)
	if err != nil {
		panic(fmt.Sprintf("oxen sign: reading crypto/rand: %v", err))
	}
	return s
}

// SignWith is Sign with the nonce drawn from r, so tests can be repeatable.
func SignWith(r io.Reader, k Keys, message []byte) (string, error) {
	sec, err := edwards25519.NewScalar().SetCanonicalBytes(k.SpendSecret[:])
	if err != nil {
		return "", fmt.Errorf("oxen sign: spend secret: %w", err)
	}
	h := keccak256(message)
	sig, err := generateSignature(r, h, k.Spend, sec)
	if err != nil {
		return "", fmt.Errorf("oxen sign: %w", err)
	}
	return SigPrefix + b58Encode(sig[:]), nil
}

// Verify is wallet2::verify: the signature must be "SigV1" + base58 of 64
// bytes, and check_signature(keccak256(message), the address's spend key,
// signature) must hold. Only the spend key is bound: two addresses with the
// same spend key (a standard address and its integrated forms, or another
// view key) accept the same signatures, as they do in the Oxen wallet.
//
// One deliberate difference: Verify refuses a spend key of small order
// (ErrWeakKey), which check_signature accepts. No wallet can hold such a key
// (a secret × G always lies in the prime-order subgroup), and for it
// signatures can be forged without any secret, so refusing it turns away no
// real holder and closes a door upstream leaves open.
func Verify(addr Address, message []byte, sig string) error {
	raw, err := decodeSignature(sig)
	if err != nil {
		return err
	}
	if err := checkSpendKey(addr.Spend); err != nil {
		return err
	}
	return checkSignature(keccak256(message), addr.Spend, raw)
}

// checkSpendKey refuses a key that is not a point, or whose multiple by the
// cofactor 8 is the identity.
func checkSpendKey(pub [KeySize]byte) error {
	A, err := decodePoint(pub[:])
	if err != nil {
		return fmt.Errorf("oxen signature: spend key: %w", err)
	}
	if new(edwards25519.Point).MultByCofactor(A).Equal(edwards25519.NewIdentityPoint()) == 1 {
		return fmt.Errorf("oxen signature: %w: %x", ErrWeakKey, pub)
	}
	return nil
}

func decodeSignature(sig string) ([sigSize]byte, error) {
	var raw [sigSize]byte
	if !strings.HasPrefix(sig, SigPrefix) {
		return raw, fmt.Errorf("oxen signature: %w: it must start with %q (Oxen wallets make no other version)", ErrSigFormat, SigPrefix)
	}
	body := sig[len(SigPrefix):]
	// 64 bytes are always 88 base58 characters; refusing other lengths first
	// also bounds the work on hostile input.
	if len(body) != 88 {
		return raw, fmt.Errorf("oxen signature: %w: %d base58 characters, want 88", ErrSigFormat, len(body))
	}
	b, err := b58Decode(body)
	if err != nil {
		return raw, fmt.Errorf("oxen signature: %w: %w", ErrSigFormat, err)
	}
	copy(raw[:], b)
	return raw, nil
}

// generateSignature is crypto::generate_signature (src/crypto/crypto.cpp):
// k random in ]0, L[, c = H(h || A || kG), r = k − c·a, retried while c or r
// is zero. H is hash_to_scalar: keccak256 reduced mod L (sc_reduce32).
func generateSignature(rnd io.Reader, h [32]byte, pub [KeySize]byte, sec *edwards25519.Scalar) ([sigSize]byte, error) {
	var sig [sigSize]byte
	zero := edwards25519.NewScalar()
	for {
		k, err := randomScalar(rnd)
		if err != nil {
			return sig, err
		}
		comm := new(edwards25519.Point).ScalarBaseMult(k).Bytes()
		c := reduce32(keccak256(h[:], pub[:], comm))
		if c.Equal(zero) == 1 {
			continue
		}
		r := edwards25519.NewScalar().MultiplyAdd(edwards25519.NewScalar().Negate(c), sec, k)
		if r.Equal(zero) == 1 {
			continue
		}
		copy(sig[:32], c.Bytes())
		copy(sig[32:], r.Bytes())
		return sig, nil
	}
}

// checkSignature is crypto::check_signature, step for step: the key must be
// a canonical point (ge_frombytes_vartime); c and r must be canonical
// scalars below L (sc_check) and c non-zero; then R = c·A + r·G must not be
// the identity and H(h || A || R) must equal c.
func checkSignature(h [32]byte, pub [KeySize]byte, sig [sigSize]byte) error {
	A, err := decodePoint(pub[:])
	if err != nil {
		return fmt.Errorf("oxen signature: spend key: %w", err)
	}
	c, err := edwards25519.NewScalar().SetCanonicalBytes(sig[:32])
	if err != nil {
		return fmt.Errorf("oxen signature: %w: c is not below the group order", ErrSigScalar)
	}
	r, err := edwards25519.NewScalar().SetCanonicalBytes(sig[32:])
	if err != nil {
		return fmt.Errorf("oxen signature: %w: r is not below the group order", ErrSigScalar)
	}
	if c.Equal(edwards25519.NewScalar()) == 1 {
		return fmt.Errorf("oxen signature: %w: c is zero", ErrSigScalar)
	}
	R := new(edwards25519.Point).VarTimeDoubleScalarBaseMult(c, A, r)
	if R.Equal(edwards25519.NewIdentityPoint()) == 1 {
		return fmt.Errorf("oxen signature: %w: commitment is the identity", ErrSigInvalid)
	}
	if reduce32(keccak256(h[:], pub[:], R.Bytes())).Equal(c) != 1 {
		return fmt.Errorf("oxen signature: %w", ErrSigInvalid)
	}
	return nil
}

// reduce32 is sc_reduce32: a 32-byte little-endian integer mod L.
func reduce32(b [32]byte) *edwards25519.Scalar {
	var wide [64]byte
	copy(wide[:], b[:])
	s, err := edwards25519.NewScalar().SetUniformBytes(wide[:])
	if err != nil {
		panic(err) // 64 bytes is always accepted
	}
	return s
}

// randomScalar is crypto::random_scalar: 32 random bytes with the top 3
// bits cleared, drawn again until the value is below L and non-zero.
func randomScalar(r io.Reader) (*edwards25519.Scalar, error) {
	var b [32]byte
	for {
		if _, err := io.ReadFull(r, b[:]); err != nil {
			return nil, fmt.Errorf("random scalar: %w", err)
		}
		b[31] &= 0x1f
		s, err := edwards25519.NewScalar().SetCanonicalBytes(b[:])
		if err == nil && s.Equal(edwards25519.NewScalar()) == 0 {
			return s, nil
		}
	}
}

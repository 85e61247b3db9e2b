package sessionid

import (
	"bytes"
	"crypto/ed25519"
	"encoding/hex"
	"fmt"
	"sync"

	voi "github.com/oasisprotocol/curve25519-voi/primitives/ed25519"

	"github.com/seshnet/seshnet/core/onion"
)

// stdlibRules makes curve25519-voi (CometBFT's verifier, about twice as
// fast as crypto/ed25519 here) accept exactly the signatures Go's
// crypto/ed25519 accepts.
var stdlibRules = &voi.Options{Verify: voi.VerifyOptionsStdLib}

// Verifier checks that a request was signed by an account's owner. It keeps
// the Ed25519-to-X25519 conversions it has made, because a conversion costs
// far more than the signature check and the same clients sign again and
// again.
type Verifier struct {
	mu    sync.Mutex
	conv  map[[32]byte][32]byte
	limit int
}

// NewVerifier keeps at most limit conversions (0: 100,000).
func NewVerifier(limit int) *Verifier {
	if limit <= 0 {
		limit = 100_000
	}
	return &Verifier{conv: make(map[[32]byte][32]byte), limit: limit}
}

// SignerKey is the Ed25519 key that must have signed for the account: the
// account key itself for 03, or pubkeyEd25519Hex for 05 once it is shown to
// convert to the account's X25519 key.
func (v *Verifier) SignerKey(a Account, pubkeyEd25519Hex string) (ed25519.PublicKey, error) {
	switch a.Prefix() {
	case PrefixEd25519:
		k := a.Key()
		return ed25519.PublicKey(k[:]), nil
	case PrefixSession:
	default:
		return nil, ErrBadAccount
	}
	if pubkeyEd25519Hex == "" {
		return nil, ErrNeedEd25519
	}
	pub, err := hex.DecodeString(pubkeyEd25519Hex)
	if err != nil || len(pub) != ed25519.PublicKeySize {
		return nil, fmt.Errorf("%w: pubkey_ed25519 must be 64 hex characters", ErrKeyMismatch)
	}
	x, err := v.x25519(pub)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrKeyMismatch, err)
	}
	if k := a.Key(); !bytes.Equal(x[:], k[:]) {
		return nil, ErrKeyMismatch
	}
	return pub, nil
}

// Verify checks sig over msg for the account.
func (v *Verifier) Verify(a Account, pubkeyEd25519Hex string, msg, sig []byte) error {
	pub, err := v.SignerKey(a, pubkeyEd25519Hex)
	if err != nil {
		return err
	}
	if len(sig) != ed25519.SignatureSize || !voi.VerifyWithOptions(voi.PublicKey(pub), msg, sig, stdlibRules) {
		return ErrBadSignature
	}
	return nil
}

func (v *Verifier) x25519(pub []byte) ([32]byte, error) {
	var ed, x [32]byte
	copy(ed[:], pub)
	v.mu.Lock()
	x, ok := v.conv[ed]
	v.mu.Unlock()
	if ok {
		return x, nil
	}
	u, err := onion.EdPublicToX25519(pub)
	if err != nil {
		return x, err
	}
	copy(x[:], u)
	v.mu.Lock()
	if len(v.conv) >= v.limit {
		clear(v.conv) // crude but bounded: a full cache starts again
	}
	v.conv[ed] = x
	v.mu.Unlock()
	return x, nil
}

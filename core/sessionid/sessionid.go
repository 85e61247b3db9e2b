// Package sessionid holds the account rules of Session's storage network
// (DESIGN.md §9): 33-byte account IDs, the message hash, and the check that
// a request was signed by the account's owner. Clients and the storage
// module both use it, so the two sides cannot drift apart.
package sessionid

import (
	"crypto/ed25519"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"strconv"

	"golang.org/x/crypto/blake2b"

	"github.com/seshnet/seshnet/core/onion"
)

// Account prefixes.
const (
	// PrefixSession marks a Session ID: the key is X25519, and requests are
	// signed by the Ed25519 key it was derived from (given as pubkey_ed25519).
	PrefixSession byte = 0x05
	// PrefixEd25519 marks an account whose key is itself the Ed25519 signer.
	PrefixEd25519 byte = 0x03
)

// Size is the length of an account ID in bytes (prefix + 32-byte key).
const Size = 33

// Errors callers map to RPC answers.
var (
	ErrBadAccount   = errors.New("account must be 66 hex characters with prefix 05 or 03")
	ErrNeedEd25519  = errors.New("pubkey_ed25519 is required for 05 accounts")
	ErrKeyMismatch  = errors.New("pubkey_ed25519 does not match the account")
	ErrBadSignature = errors.New("signature verification failed")
)

// Account is a 33-byte account ID: prefix byte then key.
type Account [Size]byte

// Parse reads an account from its 66-character hex form.
func Parse(s string) (Account, error) {
	var a Account
	if len(s) != 2*Size {
		return a, ErrBadAccount
	}
	if _, err := hex.Decode(a[:], []byte(s)); err != nil {
		return a, ErrBadAccount
	}
	if a[0] != PrefixSession && a[0] != PrefixEd25519 {
		return a, ErrBadAccount
	}
	return a, nil
}

// Hex is the 66-character form ("05…").
func (a Account) Hex() string { return hex.EncodeToString(a[:]) }

// Prefix is the network prefix byte.
func (a Account) Prefix() byte { return a[0] }

// Key is the 32-byte key after the prefix.
func (a Account) Key() [32]byte {
	var k [32]byte
	copy(k[:], a[1:])
	return k
}

// FromEd25519 is the Session ID (05) of an Ed25519 public key: 05 followed
// by the key's X25519 form, as Session clients derive it.
func FromEd25519(pub ed25519.PublicKey) (Account, error) {
	x, err := onion.EdPublicToX25519(pub)
	if err != nil {
		return Account{}, fmt.Errorf("session id: %w", err)
	}
	var a Account
	a[0] = PrefixSession
	copy(a[1:], x)
	return a, nil
}

// New makes a new Ed25519 key and its Session ID.
func New(rand io.Reader) (ed25519.PrivateKey, Account, error) {
	pub, priv, err := ed25519.GenerateKey(rand)
	if err != nil {
		return nil, Account{}, fmt.Errorf("new account key: %w", err)
	}
	a, err := FromEd25519(pub)
	return priv, a, err
}

// NamespaceString is how a namespace enters hashes and signatures: empty
// for 0, otherwise decimal.
func NamespaceString(ns int16) string {
	if ns == 0 {
		return ""
	}
	return strconv.Itoa(int(ns))
}

// MessageHash is a stored message's ID: BLAKE2b-256 over prefix ‖ key ‖
// namespace string ‖ data, in unpadded standard base64.
func MessageHash(a Account, ns int16, data []byte) string {
	h, _ := blake2b.New256(nil) // cannot fail without a key
	h.Write(a[:])
	h.Write([]byte(NamespaceString(ns)))
	h.Write(data)
	return base64.RawStdEncoding.EncodeToString(h.Sum(nil))
}

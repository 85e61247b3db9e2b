package onion

import (
	"crypto/ecdh"
	"crypto/ed25519"
	"fmt"
)

// NodeKey is a node's onion key, ready for use. A node makes it once:
// crypto/ecdh computes the public half when the key is made, and the
// xchacha20 key derivation needs it, so making it per request would double
// the cost of a hop.
type NodeKey struct {
	priv *ecdh.PrivateKey
	pub  []byte
}

// NewNodeKey wraps a 32-byte X25519 private key.
func NewNodeKey(x25519Priv []byte) (*NodeKey, error) {
	if len(x25519Priv) != KeySize {
		return nil, fmt.Errorf("%w: x25519 private key of %d bytes, want %d", ErrBadKey, len(x25519Priv), KeySize)
	}
	priv, err := ecdh.X25519().NewPrivateKey(x25519Priv)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadKey, err)
	}
	return &NodeKey{priv: priv, pub: priv.PublicKey().Bytes()}, nil
}

// NodeKeyFromEd25519 is the onion key of a node's Ed25519 identity key
// (DESIGN.md §3: one Ed25519 key, converted to X25519 for onion requests).
func NodeKeyFromEd25519(priv ed25519.PrivateKey) (*NodeKey, error) {
	x, err := EdPrivateToX25519(priv)
	if err != nil {
		return nil, err
	}
	defer clear(x)
	return NewNodeKey(x)
}

// PublicKey is the node's X25519 public key, as clients encrypt to it.
func (k *NodeKey) PublicKey() []byte { return append([]byte(nil), k.pub...) }

// Open decrypts one layer: it derives the key from X25519(node key,
// ephemeralPub) and opens the ciphertext. It returns the plaintext and the
// layer key (the reply key when this node is the destination).
func (k *NodeKey) Open(enc EncType, ephemeralPub, ciphertext []byte) (plaintext, key []byte, err error) {
	if _, err := ParseEncType(string(enc)); err != nil {
		return nil, nil, err
	}
	shared, err := x25519(k.priv, ephemeralPub)
	if err != nil {
		return nil, nil, fmt.Errorf("ephemeral key: %w", err)
	}
	key, err = deriveKey(enc, shared, ephemeralPub, k.pub)
	clear(shared)
	if err != nil {
		return nil, nil, err
	}
	plaintext, err = openWithKey(enc, key, ciphertext)
	if err != nil {
		return nil, nil, fmt.Errorf("open layer: %w", err)
	}
	return plaintext, key, nil
}

// Open is NodeKey.Open for a one-off call with a raw X25519 private key. A
// node should keep a NodeKey instead (see NodeKey).
func Open(enc EncType, nodeX25519Priv, ephemeralPub, ciphertext []byte) (plaintext, key []byte, err error) {
	k, err := NewNodeKey(nodeX25519Priv)
	if err != nil {
		return nil, nil, err
	}
	return k.Open(enc, ephemeralPub, ciphertext)
}

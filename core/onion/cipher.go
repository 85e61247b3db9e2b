package onion

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/ecdh"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"fmt"
	"io"

	"golang.org/x/crypto/blake2b"
	"golang.org/x/crypto/chacha20poly1305"
)

// EncType is a hop cipher, named as on the wire ("enc_type").
type EncType string

// The two ciphers of DESIGN.md §10. Session's aes-cbc is gone from its
// storage server and is not offered here either.
const (
	// AESGCM is AES-256-GCM with key HMAC-SHA256("LOKI", shared secret);
	// wire: 12-byte IV ‖ ciphertext ‖ 16-byte tag.
	AESGCM EncType = "aes-gcm"
	// XChaCha20 is XChaCha20-Poly1305 (IETF) with key
	// BLAKE2b-256(shared secret ‖ client pub ‖ node pub); wire: 24-byte
	// nonce ‖ ciphertext ‖ 16-byte tag.
	XChaCha20 EncType = "xchacha20"
)

// ParseEncType reads an enc_type. Like Session's parse_enc_type it also
// takes the aliases "gcm" and "xchacha20-poly1305".
func ParseEncType(s string) (EncType, error) {
	switch s {
	case "aes-gcm", "gcm":
		return AESGCM, nil
	case "xchacha20", "xchacha20-poly1305":
		return XChaCha20, nil
	}
	return "", fmt.Errorf("%w: %q", ErrUnknownEncType, clip(s))
}

// hmacSalt is the HMAC key of the aes-gcm key derivation. The name is
// historical (Loki was Oxen's earlier name) and is part of the wire format.
var hmacSalt = []byte("LOKI")

// deriveKey turns an X25519 shared secret into the cipher's key. clientPub
// is the ephemeral key the client made for this layer, nodePub the node's
// X25519 key: the xchacha20 hash takes them in that order on both sides
// (Session's xchacha20_shared_key with local_first = !server).
func deriveKey(enc EncType, shared, clientPub, nodePub []byte) ([]byte, error) {
	switch enc {
	case AESGCM:
		m := hmac.New(sha256.New, hmacSalt)
		m.Write(shared)
		return m.Sum(nil), nil
	case XChaCha20:
		h, _ := blake2b.New256(nil) // cannot fail without a key
		h.Write(shared)
		h.Write(clientPub)
		h.Write(nodePub)
		return h.Sum(nil), nil
	}
	return nil, fmt.Errorf("%w: %q", ErrUnknownEncType, clip(string(enc)))
}

// newAEAD returns the cipher for a derived key.
func newAEAD(enc EncType, key []byte) (cipher.AEAD, error) {
	switch enc {
	case AESGCM:
		block, err := aes.NewCipher(key)
		if err != nil {
			return nil, fmt.Errorf("aes-gcm key: %w", err)
		}
		// Standard 12-byte nonce and 16-byte tag: the sizes Session's
		// gcm_iv_size and gcm_tag_size fix on the wire.
		return cipher.NewGCM(block)
	case XChaCha20:
		return chacha20poly1305.NewX(key)
	}
	return nil, fmt.Errorf("%w: %q", ErrUnknownEncType, clip(string(enc)))
}

// x25519 is the shared secret of priv and a peer's public key. A peer key of
// small order gives the all-zero secret, which crypto/ecdh refuses, as
// libsodium's crypto_scalarmult does on the Session side.
func x25519(priv *ecdh.PrivateKey, peer []byte) ([]byte, error) {
	if len(peer) != KeySize {
		return nil, fmt.Errorf("%w: x25519 public key of %d bytes, want %d", ErrBadKey, len(peer), KeySize)
	}
	pub, err := ecdh.X25519().NewPublicKey(peer)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadKey, err)
	}
	shared, err := priv.ECDH(pub)
	if err != nil {
		// The only failure of X25519 on 32-byte inputs is an all-zero output.
		return nil, fmt.Errorf("%w: %w", ErrLowOrderKey, err)
	}
	return shared, nil
}

// sealWithKey encrypts with a derived key and the given nonce, returning
// nonce ‖ ciphertext ‖ tag.
func sealWithKey(enc EncType, key, nonce, plaintext []byte) ([]byte, error) {
	aead, err := newAEAD(enc, key)
	if err != nil {
		return nil, err
	}
	if len(nonce) != aead.NonceSize() {
		return nil, fmt.Errorf("%s: nonce of %d bytes, want %d", enc, len(nonce), aead.NonceSize())
	}
	out := make([]byte, len(nonce), len(nonce)+len(plaintext)+aead.Overhead())
	copy(out, nonce)
	return aead.Seal(out, nonce, plaintext, nil), nil
}

// openWithKey reverses sealWithKey.
func openWithKey(enc EncType, key, ciphertext []byte) ([]byte, error) {
	aead, err := newAEAD(enc, key)
	if err != nil {
		return nil, err
	}
	ns := aead.NonceSize()
	if len(ciphertext) < ns+aead.Overhead() {
		return nil, fmt.Errorf("%w: %s needs at least %d bytes, got %d", ErrShortCiphertext, enc, ns+aead.Overhead(), len(ciphertext))
	}
	pt, err := aead.Open(nil, ciphertext[:ns], ciphertext[ns:], nil)
	if err != nil {
		return nil, fmt.Errorf("%w (%s)", ErrDecrypt, enc)
	}
	return pt, nil
}

// freshNonce draws a nonce of the cipher's size. Random nonces are safe for
// both: a layer key is used for at most two messages (the layer and, at the
// destination, the reply), and XChaCha20's and even GCM's 96-bit nonces
// make a collision between the two negligible.
func freshNonce(enc EncType, entropy io.Reader) ([]byte, error) {
	var n int
	switch enc {
	case AESGCM:
		n = 12
	case XChaCha20:
		n = chacha20poly1305.NonceSizeX
	default:
		return nil, fmt.Errorf("%w: %q", ErrUnknownEncType, clip(string(enc)))
	}
	nonce := make([]byte, n)
	if _, err := io.ReadFull(entropy, nonce); err != nil {
		return nil, fmt.Errorf("read nonce: %w", err)
	}
	return nonce, nil
}

// newEphemeral makes an X25519 key from entropy. It reads the scalar itself
// because crypto/ecdh ignores custom readers since Go 1.26, and the test
// vectors need a fixed key.
func newEphemeral(entropy io.Reader) (*ecdh.PrivateKey, error) {
	var seed [KeySize]byte
	if _, err := io.ReadFull(entropy, seed[:]); err != nil {
		return nil, fmt.Errorf("read ephemeral key: %w", err)
	}
	k, err := ecdh.X25519().NewPrivateKey(seed[:])
	clear(seed[:])
	if err != nil {
		return nil, fmt.Errorf("ephemeral key: %w", err)
	}
	return k, nil
}

// Seal encrypts plaintext for the node whose X25519 public key is nodePub,
// as a client does for one layer: it makes a fresh ephemeral key, derives
// the layer key and encrypts with a fresh nonce. It returns the wire
// ciphertext, the ephemeral public key the node needs (sent as
// "ephemeral_key") and the layer key, which at the destination is also the
// reply key.
func Seal(enc EncType, nodePub, plaintext []byte) (ciphertext, ephemeralPub, key []byte, err error) {
	return sealFrom(enc, nodePub, plaintext, rand.Reader)
}

// sealFrom is Seal with the entropy for the ephemeral key and nonce given.
func sealFrom(enc EncType, nodePub, plaintext []byte, entropy io.Reader) (ciphertext, ephemeralPub, key []byte, err error) {
	if _, err := ParseEncType(string(enc)); err != nil {
		return nil, nil, nil, err
	}
	eph, err := newEphemeral(entropy)
	if err != nil {
		return nil, nil, nil, err
	}
	nonce, err := freshNonce(enc, entropy)
	if err != nil {
		return nil, nil, nil, err
	}
	return sealWithNonce(enc, eph, nodePub, nonce, plaintext)
}

// sealWithNonce is the whole client-side layer encryption with every input
// fixed: the test vectors call it directly.
func sealWithNonce(enc EncType, eph *ecdh.PrivateKey, nodePub, nonce, plaintext []byte) (ciphertext, ephemeralPub, key []byte, err error) {
	shared, err := x25519(eph, nodePub)
	if err != nil {
		return nil, nil, nil, fmt.Errorf("seal for node: %w", err)
	}
	ephemeralPub = eph.PublicKey().Bytes()
	key, err = deriveKey(enc, shared, ephemeralPub, nodePub)
	clear(shared)
	if err != nil {
		return nil, nil, nil, err
	}
	ciphertext, err = sealWithKey(enc, key, nonce, plaintext)
	if err != nil {
		return nil, nil, nil, err
	}
	return ciphertext, ephemeralPub, key, nil
}

// SealReply encrypts the destination's reply with the key of its layer and
// a fresh nonce. Only the destination encrypts the reply, once; the hops
// back pass it on unchanged (Session base64-encodes it unless the request
// said "base64": false; that, and the {"status","body"} JSON inside, are
// the relay's business).
func SealReply(enc EncType, key, plaintext []byte) ([]byte, error) {
	nonce, err := freshNonce(enc, rand.Reader)
	if err != nil {
		return nil, err
	}
	return sealWithKey(enc, key, nonce, plaintext)
}

// OpenReply decrypts a reply with the key Build returned.
func OpenReply(enc EncType, key, ciphertext []byte) ([]byte, error) {
	pt, err := openWithKey(enc, key, ciphertext)
	if err != nil {
		return nil, fmt.Errorf("open reply: %w", err)
	}
	return pt, nil
}

// clip shortens attacker-supplied text before it goes into an error.
func clip(s string) string {
	const limit = 32
	if len(s) > limit {
		return s[:limit] + "…"
	}
	return s
}

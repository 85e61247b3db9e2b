package onion

import "errors"

// Errors callers can tell apart with errors.Is. Each failure wraps exactly
// one of them with context; a relay answers all of them with 400 and never
// logs the bytes (DESIGN.md §10: no hop logs who talks to whom).
var (
	// ErrTruncated: a frame shorter than its 4-byte length prefix.
	ErrTruncated = errors.New("onion: frame truncated")
	// ErrLengthOverflow: a frame whose length prefix exceeds what follows.
	ErrLengthOverflow = errors.New("onion: frame length exceeds body")
	// ErrBadJSON: a frame whose trailing JSON is missing, invalid or not an object.
	ErrBadJSON = errors.New("onion: frame JSON missing or invalid")
	// ErrTooLarge: a body over MaxBodySize.
	ErrTooLarge = errors.New("onion: body too large")
	// ErrUnknownEncType: an enc_type other than aes-gcm or xchacha20 (or their aliases).
	ErrUnknownEncType = errors.New("onion: unknown enc_type")
	// ErrShortCiphertext: a ciphertext too short to hold its nonce and tag.
	ErrShortCiphertext = errors.New("onion: ciphertext too short")
	// ErrDecrypt: authentication failed: wrong key, or altered bytes.
	ErrDecrypt = errors.New("onion: decryption failed (wrong key or corrupted ciphertext)")
	// ErrLowOrderKey: a public key of small order (all-zero shared secret).
	ErrLowOrderKey = errors.New("onion: low-order public key")
	// ErrBadKey: a key of the wrong length or not hex.
	ErrBadKey = errors.New("onion: malformed key")
	// ErrBadEd25519: an Ed25519 public key without an X25519 form.
	ErrBadEd25519 = errors.New("onion: ed25519 public key not convertible to x25519")
	// ErrBadLayer: a layer whose control JSON is neither a final nor a forward layer.
	ErrBadLayer = errors.New("onion: invalid layer control")
	// ErrUnsupportedLayer: a layer Session knows and this network does not
	// (proxying to a non-node server, the "host" layer).
	ErrUnsupportedLayer = errors.New("onion: unsupported layer kind")
	// ErrTooManyHops: a path longer than MaxHops, or a request past its last hop.
	ErrTooManyHops = errors.New("onion: too many hops")
	// ErrNoHops: an empty path.
	ErrNoHops = errors.New("onion: empty path")
)

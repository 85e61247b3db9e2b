package onion

import (
	"bytes"
	"crypto/rand"
	"testing"

	"github.com/stretchr/testify/require"
)

var encTypes = []EncType{AESGCM, XChaCha20}

func TestSealOpenRoundTrip(t *testing.T) {
	node := newTestNode(t, 1)
	for _, enc := range encTypes {
		t.Run(string(enc), func(t *testing.T) {
			for _, size := range []int{0, 1, 1000, 70000} {
				msg := make([]byte, size)
				_, err := rand.Read(msg)
				require.NoError(t, err)

				ct, eph, key, err := Seal(enc, node.key.PublicKey(), msg)
				require.NoError(t, err)
				require.Len(t, key, 32)
				require.Len(t, ct, size+nonceSize(t, enc)+16)

				pt, nodeKey, err := node.key.Open(enc, eph, ct)
				require.NoError(t, err)
				require.True(t, bytes.Equal(msg, pt))
				require.Equal(t, key, nodeKey, "client and node derive the same layer key")

				// The package-level Open with the raw private key agrees.
				priv, err := EdPrivateToX25519(node.ed)
				require.NoError(t, err)
				pt2, _, err := Open(enc, priv, eph, ct)
				require.NoError(t, err)
				require.True(t, bytes.Equal(msg, pt2))

				// The reply goes back under the same key with a fresh nonce.
				reply, err := SealReply(enc, nodeKey, msg)
				require.NoError(t, err)
				require.NotEqual(t, ct[:nonceSize(t, enc)], reply[:nonceSize(t, enc)])
				back, err := OpenReply(enc, key, reply)
				require.NoError(t, err)
				require.True(t, bytes.Equal(msg, back))
			}
		})
	}
}

func nonceSize(t *testing.T, enc EncType) int {
	t.Helper()
	switch enc {
	case AESGCM:
		return 12
	case XChaCha20:
		return 24
	}
	t.Fatalf("no nonce size for %q", enc)
	return 0
}

func TestParseEncType(t *testing.T) {
	for in, want := range map[string]EncType{
		"aes-gcm": AESGCM, "gcm": AESGCM, "xchacha20": XChaCha20, "xchacha20-poly1305": XChaCha20,
	} {
		got, err := ParseEncType(in)
		require.NoError(t, err)
		require.Equal(t, want, got)
	}
	for _, in := range []string{"", "aes-cbc", "cbc", "AES-GCM", "xchacha", "chacha20"} {
		_, err := ParseEncType(in)
		require.ErrorIs(t, err, ErrUnknownEncType, in)
	}
}

// Each way a layer can fail to open gives its own error.
func TestOpenErrors(t *testing.T) {
	node := newTestNode(t, 1)
	other := newTestNode(t, 2)
	for _, enc := range encTypes {
		t.Run(string(enc), func(t *testing.T) {
			ct, eph, _, err := Seal(enc, node.key.PublicKey(), []byte("hello, swarm"))
			require.NoError(t, err)
			flipped := func(i int) []byte {
				c := append([]byte(nil), ct...)
				c[i] ^= 0x01
				return c
			}
			otherEph := other.key.PublicKey()
			cases := []struct {
				name    string
				enc     EncType
				key     *NodeKey
				eph, ct []byte
				want    error
			}{
				{"unknown cipher", "aes-cbc", node.key, eph, ct, ErrUnknownEncType},
				{"empty cipher", "", node.key, eph, ct, ErrUnknownEncType},
				{"wrong node key", enc, other.key, eph, ct, ErrDecrypt},
				{"wrong ephemeral key", enc, node.key, otherEph, ct, ErrDecrypt},
				{"flipped nonce byte", enc, node.key, eph, flipped(0), ErrDecrypt},
				{"flipped ciphertext byte", enc, node.key, eph, flipped(len(ct) - 20), ErrDecrypt},
				{"flipped tag byte", enc, node.key, eph, flipped(len(ct) - 1), ErrDecrypt},
				{"truncated by one", enc, node.key, eph, ct[:len(ct)-1], ErrDecrypt},
				{"shorter than nonce and tag", enc, node.key, eph, ct[:nonceSize(t, enc)+15], ErrShortCiphertext},
				{"empty ciphertext", enc, node.key, eph, nil, ErrShortCiphertext},
				{"all-zero ephemeral key", enc, node.key, make([]byte, 32), ct, ErrLowOrderKey},
				{"order-8 ephemeral key", enc, node.key, unhex(t, "e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800"), ct, ErrLowOrderKey},
				{"ephemeral key of 31 bytes", enc, node.key, eph[:31], ct, ErrBadKey},
			}
			for _, tc := range cases {
				t.Run(tc.name, func(t *testing.T) {
					_, _, err := tc.key.Open(tc.enc, tc.eph, tc.ct)
					require.ErrorIs(t, err, tc.want)
				})
			}
		})
	}
}

func TestSealRefuses(t *testing.T) {
	node := newTestNode(t, 1)
	_, _, _, err := Seal("aes-cbc", node.key.PublicKey(), []byte("x"))
	require.ErrorIs(t, err, ErrUnknownEncType)
	_, _, _, err = Seal(AESGCM, make([]byte, 32), []byte("x"))
	require.ErrorIs(t, err, ErrLowOrderKey, "a low-order node key gives no shared secret")
	_, _, _, err = Seal(AESGCM, make([]byte, 31), []byte("x"))
	require.ErrorIs(t, err, ErrBadKey)
	_, err = OpenReply(XChaCha20, make([]byte, 32), make([]byte, 10))
	require.ErrorIs(t, err, ErrShortCiphertext)
	_, err = SealReply("nope", make([]byte, 32), nil)
	require.ErrorIs(t, err, ErrUnknownEncType)
}

func TestNewNodeKeyRefuses(t *testing.T) {
	_, err := NewNodeKey(make([]byte, 31))
	require.ErrorIs(t, err, ErrBadKey)
	_, err = NodeKeyFromEd25519(make([]byte, 10))
	require.ErrorIs(t, err, ErrBadKey)
}

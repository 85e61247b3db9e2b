package onion

import (
	"crypto/ecdh"
	"crypto/ed25519"
	"crypto/rand"
	"math/big"
	"testing"

	"github.com/stretchr/testify/require"
)

// Known answers of libsodium's crypto_sign_ed25519_{sk,pk}_to_curve25519:
// libsodium's own test (test/default/ed25519_convert.exp) and RFC 8032's
// first key, as other libsodium-compatible libraries check them.
func TestConversionKnownAnswers(t *testing.T) {
	cases := []struct {
		name, seed, xPriv, xPub string
	}{
		{
			name:  "libsodium ed25519_convert",
			seed:  "421151a459faeade3d247115f94aedae42318124095afabe4d1451a559faedee",
			xPriv: "8052030376d47112be7f73ed7a019293dd12ad910b654455798b4667d73de166",
			xPub:  "f1814f0e8ff1043d8a44d25babff3cedcae6c22c3edaa48f857ae70de2baae50",
		},
		{
			name: "RFC 8032 test 1",
			seed: "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60",
			xPub: "d85e07ec22b0ad881537c2f44d662d1a143cf830c57aca4305d85c7a90f6b62e",
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ed := ed25519.NewKeyFromSeed(unhex(t, tc.seed))
			xPub, err := EdPublicToX25519(ed.Public().(ed25519.PublicKey))
			require.NoError(t, err)
			require.Equal(t, tc.xPub, hexOf(xPub))
			xPriv, err := EdPrivateToX25519(ed)
			require.NoError(t, err)
			if tc.xPriv != "" {
				require.Equal(t, tc.xPriv, hexOf(xPriv))
			}
			requireBasepointAgrees(t, xPriv, xPub)
		})
	}
}

// requireBasepointAgrees checks X25519(priv, 9) == pub.
func requireBasepointAgrees(t *testing.T, xPriv, xPub []byte) {
	t.Helper()
	k, err := ecdh.X25519().NewPrivateKey(xPriv)
	require.NoError(t, err)
	require.Equal(t, hexOf(xPub), hexOf(k.PublicKey().Bytes()))
}

// The two conversions must agree for every key: a client encrypts to the
// converted public key, the node decrypts with the converted private key.
func TestConversionsAgree(t *testing.T) {
	n := 300
	if testing.Short() {
		n = 30
	}
	for range n {
		pub, priv, err := ed25519.GenerateKey(rand.Reader)
		require.NoError(t, err)
		xPub, err := EdPublicToX25519(pub)
		require.NoError(t, err)
		xPriv, err := EdPrivateToX25519(priv)
		require.NoError(t, err)
		requireBasepointAgrees(t, xPriv, xPub)
	}
}

// Keys libsodium refuses to convert are refused here.
func TestEdPublicToX25519Refuses(t *testing.T) {
	good, _, err := ed25519.GenerateKey(rand.Reader)
	require.NoError(t, err)
	cases := []struct {
		name string
		key  []byte
		want error
	}{
		{"short", good[:31], ErrBadKey},
		{"long", append(append([]byte(nil), good...), 0), ErrBadKey},
		{"all zero (order 4)", make([]byte, 32), errSmallOrder},
		{"identity", unhex(t, "0100000000000000000000000000000000000000000000000000000000000000"), errSmallOrder},
		{"order 2", unhex(t, "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f"), errSmallOrder},
		{"order 8", unhex(t, "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a"), errSmallOrder},
		{"order 8 (other)", unhex(t, "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05"), errSmallOrder},
		{"y = p (non-canonical zero)", unhex(t, "edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f"), errNonCanonical},
		{"y = p+1 (non-canonical identity)", unhex(t, "eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f"), errNonCanonical},
		{"not on curve", notOnCurve(t), errNotOnCurve},
		{"negative zero x", unhex(t, "0100000000000000000000000000000000000000000000000000000000000080"), errNotOnCurve},
		{"torsion component", withTorsion(t, good), errNotInGroup},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := EdPublicToX25519(tc.key)
			require.ErrorIs(t, err, tc.want)
			if tc.want != ErrBadKey {
				require.ErrorIs(t, err, ErrBadEd25519)
			}
		})
	}
}

// notOnCurve is the encoding of the first y for which no x exists.
func notOnCurve(t *testing.T) []byte {
	t.Helper()
	for y := int64(2); y < 1000; y++ {
		enc := leBytes32(big.NewInt(y))
		if _, _, err := decodePoint(enc); err == errNotOnCurve {
			return enc
		}
	}
	t.Fatal("no y off the curve below 1000")
	return nil
}

// withTorsion adds a point of order 8 to a valid key: the sum is on the
// curve and not of small order, but outside the prime-order subgroup.
func withTorsion(t *testing.T, key []byte) []byte {
	t.Helper()
	p, _, err := decodePoint(key)
	require.NoError(t, err)
	tor, _, err := decodePoint(unhex(t, "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a"))
	require.NoError(t, err)
	o := newFieldOps()
	t4 := tor.clone()
	o.double(t4)
	o.double(t4)
	require.False(t, t4.isIdentity(), "torsion point has order 8, not 4")
	o.double(t4)
	require.True(t, t4.isIdentity(), "torsion point has order 8")
	o.add(p, tor)
	return encodePoint(p)
}

func TestEncodeDecodePoint(t *testing.T) {
	for range 20 {
		pub, _, err := ed25519.GenerateKey(rand.Reader)
		require.NoError(t, err)
		p, _, err := decodePoint(pub)
		require.NoError(t, err)
		require.Equal(t, hexOf(pub), hexOf(encodePoint(p)))
		// [L]P is the identity for keys made by ed25519.
		require.True(t, scalarMul(p, groupL).isIdentity())
	}
}

func TestEdPrivateToX25519BadLength(t *testing.T) {
	_, err := EdPrivateToX25519(make([]byte, 32))
	require.ErrorIs(t, err, ErrBadKey)
}

package sessionid

import (
	"crypto/ed25519"
	"crypto/rand"
	"encoding/hex"
	"testing"

	"github.com/stretchr/testify/require"
)

// Vectors computed independently with libsodium (crypto_sign_seed_keypair,
// crypto_sign_ed25519_pk_to_curve25519) and Python's hashlib.blake2b; the
// script is in testdata/vectors.py.
const (
	vecEd  = "03a107bff3ce10be1d70dd18e74bc09967e4d6309ba50d5f1ddc8664125531b8"
	vecSID = "054701d08488451f545a409fb58ae3e58581ca40ac3f7f114698cd71deac73ca01"
)

func vecKey() ed25519.PrivateKey {
	seed := make([]byte, 32)
	for i := range seed {
		seed[i] = byte(i)
	}
	return ed25519.NewKeyFromSeed(seed)
}

func TestSessionIDOfSeed(t *testing.T) {
	k := vecKey()
	a, err := FromEd25519(k.Public().(ed25519.PublicKey))
	require.NoError(t, err)
	require.Equal(t, vecSID, a.Hex())
	back, err := Parse(vecSID)
	require.NoError(t, err)
	require.Equal(t, a, back)
}

func TestMessageHashVectors(t *testing.T) {
	a, err := Parse(vecSID)
	require.NoError(t, err)
	for _, tc := range []struct {
		ns   int16
		data string
		want string
	}{
		{0, "hello", "gwTFi7xJfaW/kuECEKV+HwjKWozToGIYTM7R9KyaH7M"},
		{-10, "hello", "tUxj9kNPllEvqJ7WmABF6b+ZT36fwvVBFFhv+7sbCzk"},
		{42, "", "gqw89k4wlle3Vzq712fqF3CVAlRbjKREH2/DpYe3WYY"},
	} {
		require.Equal(t, tc.want, MessageHash(a, tc.ns, []byte(tc.data)), "ns %d", tc.ns)
	}
}

func TestParseRefuses(t *testing.T) {
	for _, s := range []string{
		"", "05", vecSID[:64], vecSID + "00",
		"00" + vecSID[2:], // unknown prefix
		"zz" + vecSID[2:], // not hex
	} {
		_, err := Parse(s)
		require.ErrorIs(t, err, ErrBadAccount, s)
	}
}

func TestVerify(t *testing.T) {
	k := vecKey()
	sid, _ := Parse(vecSID)
	var ed Account
	ed[0] = PrefixEd25519
	copy(ed[1:], k.Public().(ed25519.PublicKey))
	msg := []byte("retrieve1700000000000")
	sig := ed25519.Sign(k, msg)
	other, otherSID, err := New(rand.Reader)
	require.NoError(t, err)

	v := NewVerifier(2)
	cases := []struct {
		name string
		acct Account
		pub  string
		msg  []byte
		sig  []byte
		want error
	}{
		{"session id", sid, vecEd, msg, sig, nil},
		{"ed25519 account", ed, "", msg, sig, nil},
		{"05 without pubkey_ed25519", sid, "", msg, sig, ErrNeedEd25519},
		{"pubkey_ed25519 of another key", sid, hexOf(other.Public().(ed25519.PublicKey)), msg, ed25519.Sign(other, msg), ErrKeyMismatch},
		{"pubkey_ed25519 not hex", sid, "xyz", msg, sig, ErrKeyMismatch},
		{"other message", sid, vecEd, []byte("retrieve1700000000001"), sig, ErrBadSignature},
		{"truncated signature", sid, vecEd, msg, sig[:63], ErrBadSignature},
		{"signature by another key", otherSID, hexOf(other.Public().(ed25519.PublicKey)), msg, sig, ErrBadSignature},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			err := v.Verify(tc.acct, tc.pub, tc.msg, tc.sig)
			if tc.want == nil {
				require.NoError(t, err)
			} else {
				require.ErrorIs(t, err, tc.want)
			}
		})
	}
	require.LessOrEqual(t, len(v.conv), 2, "the conversion cache stays within its limit")
}

func hexOf(b []byte) string { return hex.EncodeToString(b) }

func BenchmarkVerifySessionID(b *testing.B) {
	k := vecKey()
	sid, _ := Parse(vecSID)
	msg := []byte("retrieve1700000000000")
	sig := ed25519.Sign(k, msg)
	v := NewVerifier(0)
	for b.Loop() {
		if err := v.Verify(sid, vecEd, msg, sig); err != nil {
			b.Fatal(err)
		}
	}
}

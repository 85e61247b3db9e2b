package keys

import (
	"crypto/ed25519"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	bn256 "github.com/ethereum/go-ethereum/crypto/bn256/cloudflare"
	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/core/bls"
)

func TestNodeKeyRoundTrip(t *testing.T) {
	dir := t.TempDir()
	k, err := GenerateNodeKey(filepath.Join(dir, "config", "pv.json"), filepath.Join(dir, "data", "state.json"))
	require.NoError(t, err)
	loaded, err := LoadNodeKey(filepath.Join(dir, "config", "pv.json"))
	require.NoError(t, err)
	require.Equal(t, k.Public(), loaded.Public())
	sig := ed25519.Sign(loaded.Priv, []byte("m"))
	require.True(t, ed25519.Verify(k.Public(), []byte("m"), sig))
}

func TestBLSRoundTripAndTamper(t *testing.T) {
	path := filepath.Join(t.TempDir(), "bls.json")
	k, err := GenerateBLS()
	require.NoError(t, err)
	require.NoError(t, SaveBLS(path, k))
	got, err := LoadBLS(path)
	require.NoError(t, err)
	require.Equal(t, k.Public, got.Public)

	k.Public[5] ^= 1
	require.NoError(t, SaveBLS(path, k))
	_, err = LoadBLS(path)
	require.ErrorContains(t, err, "does not match")
}

// A key file written before core/bls existed (public point from go-ethereum's
// cloudflare bn256, as GenerateBLS used to make it) loads, and signs and
// verifies through core/bls with its stored public key.
func TestBLSOldFileWorksWithCoreBLS(t *testing.T) {
	secret, g1, err := bn256.RandomG1(rand.Reader)
	require.NoError(t, err)
	path := filepath.Join(t.TempDir(), "bls.json")
	require.NoError(t, os.WriteFile(path, []byte(fmt.Sprintf(`{"secret": %q, "public": %q}`,
		hex.EncodeToString(secret.Bytes()), hex.EncodeToString(g1.Marshal()))), 0o600))

	k, err := LoadBLS(path)
	require.NoError(t, err)
	require.Equal(t, g1.Marshal(), k.Public[:])
	sk, err := k.SecretKey()
	require.NoError(t, err)
	pk, err := k.PublicKey()
	require.NoError(t, err)
	require.True(t, pk.Equal(sk.PublicKey()))
	sig, err := bls.Sign(sk, []byte("m"), [32]byte{})
	require.NoError(t, err)
	require.NoError(t, bls.Verify(pk, []byte("m"), sig, [32]byte{}))

	// A new key is written in the same format and reads back the same.
	n, err := GenerateBLS()
	require.NoError(t, err)
	require.NoError(t, SaveBLS(path, n))
	var f map[string]string
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(b, &f))
	require.Equal(t, hex.EncodeToString(n.Public[:]), f["public"])
	require.Equal(t, hex.EncodeToString(new(bn256.G1).ScalarBaseMult(n.Secret).Marshal()), f["public"])
}

// A zero secret has no public key; the file is refused.
func TestBLSZeroSecretRefused(t *testing.T) {
	path := filepath.Join(t.TempDir(), "bls.json")
	require.NoError(t, os.WriteFile(path, []byte(`{"secret": "00", "public": ""}`), 0o600))
	_, err := LoadBLS(path)
	require.ErrorContains(t, err, "positive")
}

func TestEthKeyFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "eth.json")
	k, err := GenerateEth()
	require.NoError(t, err)
	require.NoError(t, SaveEth(path, k))
	require.ErrorContains(t, SaveEth(path, k), "already exists")
	got, err := LoadEth(path)
	require.NoError(t, err)
	require.Equal(t, EthAddress(k), EthAddress(got))
	_, err = ParseEthHex("zz")
	require.Error(t, err)
}

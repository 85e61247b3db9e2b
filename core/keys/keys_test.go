package keys

import (
	"crypto/ed25519"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
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

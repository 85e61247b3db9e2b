package loadgen

import (
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/workchain/uptime"
)

// TestLargestProofIsTheLargestValid: loadgen --max-size sends proofs the
// chain accepts, and no field could be longer.
func TestLargestProofIsTheLargestValid(t *testing.T) {
	p := LargestProof(1_700_000_000)
	got, err := uptime.Decode(uptime.Encode(p))
	require.NoError(t, err)
	require.Equal(t, p, got)
	longer := []func(p *uptime.Proof){
		func(p *uptime.Proof) { p.Version += "v" },
		func(p *uptime.Proof) { p.Modules = append(p.Modules, "zz") },
		func(p *uptime.Proof) { p.Modules[0] += "x" },
		func(p *uptime.Proof) {
			p.Endpoints = append(p.Endpoints, uptime.Endpoint{Service: "zz", Addr: "h:1"})
		},
		func(p *uptime.Proof) { p.Endpoints[0].Addr = "h" + p.Endpoints[0].Addr },
	}
	for i, grow := range longer {
		q := LargestProof(1_700_000_000)
		q.Modules, q.Endpoints = slices.Clone(q.Modules), slices.Clone(q.Endpoints)
		grow(&q)
		_, err := uptime.Decode(uptime.Encode(q))
		require.Error(t, err, "growth %d was accepted", i)
	}
}

func writeKeys(t *testing.T, ks []Key) string {
	t.Helper()
	raw, err := json.Marshal(ks)
	require.NoError(t, err)
	path := filepath.Join(t.TempDir(), "extra-keys.json")
	require.NoError(t, os.WriteFile(path, raw, 0o600))
	return path
}

func TestReadKeys(t *testing.T) {
	k := ed25519.NewKeyFromSeed(make([]byte, ed25519.SeedSize))
	got, err := ReadKeys(writeKeys(t, []Key{{Ed25519Private: hex.EncodeToString(k)}}))
	require.NoError(t, err)
	require.Equal(t, []ed25519.PrivateKey{k}, got)

	_, err = ReadKeys(writeKeys(t, []Key{{Ed25519Private: hex.EncodeToString(k.Seed())}}))
	require.ErrorContains(t, err, "entry 0", "a seed is not a private key")
	_, err = ReadKeys(filepath.Join(t.TempDir(), "absent.json"))
	require.Error(t, err)
}

package protocol

import (
	"testing"

	"github.com/stretchr/testify/require"
)

func TestSignDomains(t *testing.T) {
	require.Equal(t, []string{"ed25519", "exit", "liquidation", "proof_of_possession", "rewards"}, SignDomains())
	for _, tc := range []struct {
		domain     string
		known, bls bool
	}{
		{"ed25519", true, false},
		{"rewards", true, true},
		{"exit", true, true},
		{"liquidation", true, true},
		{"proof_of_possession", true, true},
		{"Exit", false, false},
		{"exit ", false, false},
		{"", false, false},
		{"pop", false, false},
	} {
		require.Equal(t, tc.known, KnownSignDomain(tc.domain), tc.domain)
		require.Equal(t, tc.bls, BLSSignDomain(tc.domain), tc.domain)
	}
	d := SignDomains()
	d[0] = "changed"
	require.Equal(t, "ed25519", SignDomains()[0], "callers get a copy")
}

func TestEd25519Message(t *testing.T) {
	require.Equal(t, []byte("seshnet/ed25519\x00hi"), Ed25519Message([]byte("hi")))
	require.Equal(t, []byte("seshnet/ed25519\x00"), Ed25519Message(nil))
}

package oxen

import (
	"crypto/rand"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestClaimMessage(t *testing.T) {
	// EIP-55's own example address, with its mixed-case checksum.
	eth := [20]byte{0x5a, 0xae, 0xb6, 0x05, 0x3f, 0x3e, 0x94, 0xc9, 0xb9, 0xa0,
		0x9f, 0x33, 0x66, 0x94, 0x35, 0xe7, 0xef, 0x1b, 0xea, 0xed}
	got := ClaimMessage("seshnet-main-1", eth)
	require.Equal(t, "seshnet oxen claim v1 chain=seshnet-main-1 to=0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", string(got))

	// The chain id and the receiving address are both bound by the signature.
	k, err := GenerateKeys(rand.Reader)
	require.NoError(t, err)
	sig := Sign(k, got)
	require.NoError(t, Verify(k.Address(Mainnet), got, sig))
	require.ErrorIs(t, Verify(k.Address(Mainnet), ClaimMessage("seshnet-main-2", eth), sig), ErrSigInvalid)
	other := eth
	other[19] ^= 1
	require.ErrorIs(t, Verify(k.Address(Mainnet), ClaimMessage("seshnet-main-1", other), sig), ErrSigInvalid)
}

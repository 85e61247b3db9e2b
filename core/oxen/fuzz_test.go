package oxen

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/require"
)

// FuzzParseOxenAddress: ParseAddress never panics, and whatever it accepts
// prints back as the same text (base58 blocks and the prefix varint each
// have one encoding), with keys that are valid points.
func FuzzParseOxenAddress(f *testing.F) {
	f.Add(upstreamKeysAddr)
	f.Add("T6TzkJb5EiASaCkcH7idBEi1HSrpSQJE1Zq3aL65ojBMPZvqHNYPTL56i3dncGVNEYCG5QG5zrBmRiVwcg6b1cRM1SRNqbp44")
	f.Add(upstreamSigAddr)
	f.Add("jerj2e4mESo")
	f.Add("")
	f.Fuzz(func(t *testing.T, s string) {
		a, err := ParseAddress(s)
		if err != nil {
			require.Equal(t, Address{}, a)
			return
		}
		require.Equal(t, s, a.String())
		_, err = decodePoint(a.Spend[:])
		require.NoError(t, err)
		_, err = decodePoint(a.View[:])
		require.NoError(t, err)
	})
}

// FuzzVerifyOxenSignature: Verify never panics on any key, message and
// signature text, and accepts only canonical signature encodings: what it
// accepts re-encodes to the same text.
func FuzzVerifyOxenSignature(f *testing.F) {
	var seedKey [KeySize]byte
	copy(seedKey[:], mustDecodeAddrKeys(f))
	f.Add(seedKey[:], []byte(upstreamSigMessage), upstreamSig)
	f.Add(seedKey[:], []byte("Test"), upstreamSig)
	f.Add(make([]byte, 32), []byte{}, "SigV1")
	f.Add(seedKey[:], []byte(upstreamSigMessage), "SigV2"+upstreamSig[5:])
	f.Fuzz(func(t *testing.T, spend, message []byte, sig string) {
		var addr Address
		copy(addr.Spend[:], spend)
		if Verify(addr, message, sig) != nil {
			return
		}
		raw, err := decodeSignature(sig)
		require.NoError(t, err)
		require.Equal(t, sig, SigPrefix+b58Encode(raw[:]))
		if bytes.Equal(addr.Spend[:], seedKey[:]) && string(message) == upstreamSigMessage {
			return
		}
		// Anything else accepted would be a forgery of the upstream key.
		require.NotEqual(t, seedKey, addr.Spend, "forged signature for the upstream key")
	})
}

func mustDecodeAddrKeys(f *testing.F) []byte {
	_, data, err := decodeAddr(upstreamSigAddr)
	if err != nil {
		f.Fatal(err)
	}
	return data[:32]
}

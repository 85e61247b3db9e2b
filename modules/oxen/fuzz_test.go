package oxen

import (
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	coreoxen "github.com/seshnet/seshnet/core/oxen"
)

// FuzzDecodeOxenClaimRequest: the claim decoder never panics on any bytes;
// it refuses with a *Refusal (a status and a code) or accepts a claim
// whose transaction body decodes again to the same claim, is within
// MaxBody and names a standard mainnet address.
func FuzzDecodeOxenClaimRequest(f *testing.F) {
	h := newHolder(1)
	f.Add(h.claim(testChainID, recipient))
	f.Add(requestJSON(h.addr.String(), "0x"+common.Bytes2Hex(recipient[:]), "SigV1"))
	f.Add([]byte(`{"oxen_address":"","to":"","signature":"","x":1}`))
	f.Add([]byte(`{"to":"a","to":"b"}`))
	f.Add([]byte(`{}{}`))
	f.Add([]byte(`[`))
	f.Fuzz(func(t *testing.T, raw []byte) {
		c, err := DecodeClaimRequest(raw, coreoxen.Mainnet)
		if err != nil {
			var ref *Refusal
			require.True(t, errors.As(err, &ref), "%v", err)
			require.GreaterOrEqual(t, ref.Status, 400)
			require.NotEmpty(t, ref.Code)
			return
		}
		require.Equal(t, coreoxen.Mainnet, c.Address.Network)
		require.Equal(t, coreoxen.Standard, c.Address.Kind)
		body := c.Body()
		require.LessOrEqual(t, len(body), MaxBody)
		again, err := DecodeClaimRequest(body, coreoxen.Mainnet)
		require.NoError(t, err)
		require.Equal(t, c, again)
	})
}

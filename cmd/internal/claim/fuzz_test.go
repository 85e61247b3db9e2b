package claim

import (
	"encoding/json"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/core/bls"
	"github.com/seshnet/seshnet/modules/bridge"
)

// FuzzNodeAnswers: whatever a node answers, the decoders return an error
// or a signature, and a reward answer they take is for the address, height
// and amount asked.
func FuzzNodeAnswers(f *testing.F) {
	addr := common.HexToAddress("0x00000000000000000000000000000000000000fE")
	sk, err := bls.SecretKeyFromBig(big.NewInt(7))
	require.NoError(f, err)
	sig, err := bls.Sign(sk, []byte("m"), [32]byte{1})
	require.NoError(f, err)
	b := sig.Bytes()
	good, err := json.Marshal(bridge.ClaimSignResponse{Address: addr, Height: 98, Amount: "5", Signature: "0x" + common.Bytes2Hex(b[:])})
	require.NoError(f, err)
	f.Add(good)
	f.Add([]byte(`{"signature":"0x` + common.Bytes2Hex(b[:]) + `","signer_bls_pubkey":"0x00"}`))
	for _, s := range []string{`{}`, `null`, `[]`, `{"address":"0x00","height":98}`, `{"signature":"0x"}`, ``} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		if _, err := checkRewardAnswer(raw, addr, 98, big.NewInt(5)); err == nil {
			var res bridge.ClaimSignResponse
			require.NoError(t, json.Unmarshal(raw, &res))
			require.Equal(t, addr, res.Address)
			require.Equal(t, int64(98), res.Height)
			amount, ok := new(big.Int).SetString(res.Amount, 10)
			require.True(t, ok)
			require.Equal(t, int64(5), amount.Int64())
		}
		_, _ = decodeExitAnswer(raw)
	})
}

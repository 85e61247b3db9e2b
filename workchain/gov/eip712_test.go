package gov_test

import (
	"encoding/hex"
	"encoding/json"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/workchain/gov"
)

// The vector: a vote signed as a wallet's eth_signTypedData_v4 signs it,
// computed with go-ethereum's signer/core/apitypes (TypedDataAndHash) and
// crypto.Sign (RFC 6979, so the signature is fixed), v as wallets return
// it (27/28).
const (
	vectorKey       = "4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318"
	vectorVoter     = "0x2c7536E3605D9C16a7a3D7b1898e529396a65c23"
	vectorChainID   = "seshnet-testnet"
	vectorL2ChainID = 421614
	vectorContract  = "0x5ea15ea15ea15ea15ea15ea15ea15ea15ea15ea1"
	vectorTypedData = `{"types":{"EIP712Domain":[{"name":"name","type":"string"},{"name":"version","type":"string"},` +
		`{"name":"chainId","type":"uint256"},{"name":"verifyingContract","type":"address"}],` +
		`"Vote":[{"name":"proposal","type":"uint64"},{"name":"option","type":"uint8"},{"name":"nonce","type":"uint64"}]},` +
		`"primaryType":"Vote","domain":{"name":"seshnet-testnet","version":"1","chainId":421614,` +
		`"verifyingContract":"0x5ea15ea15ea15ea15ea15ea15ea15ea15ea15ea1"},"message":{"proposal":1,"option":1,"nonce":0}}`
	vectorDigest    = "72933a3f3724a6df2bc3204a6812a553bf30a14163e7d4b7207e87371b8faa56"
	vectorSignature = "fdf96e704d2d6a531e410683cc92dbeb0883d483c61aa7d1778c3f128952a2d74e2a527cf97d06bdc7a3aeaeaa5d3fa2ef19319b536774283cef6fb643fee40e1b"
)

func vectorDomain() gov.Domain {
	return gov.Domain{Name: vectorChainID, Version: "1", ChainID: vectorL2ChainID, VerifyingContract: common.HexToAddress(vectorContract)}
}

// walletDigest is the digest go-ethereum's typed-data signer computes for
// typed data as a wallet receives it.
func walletDigest(t *testing.T, typedData []byte) []byte {
	t.Helper()
	var data apitypes.TypedData
	require.NoError(t, json.Unmarshal(typedData, &data))
	digest, _, err := apitypes.TypedDataAndHash(data)
	require.NoError(t, err)
	return digest
}

// TestVoteDigestMatchesWallets: the workchain's hand-made digest is the
// one go-ethereum's apitypes computes for the written typed data, the
// signature in the vector recovers to the voter, crypto.Sign reproduces
// it, and the typed data gov.TypedData prints (what seshd gives a wallet
// to sign) hashes the same.
func TestVoteDigestMatchesWallets(t *testing.T) {
	d := vectorDomain()
	digest := gov.VoteDigest(d, 1, gov.OptionYes, 0)
	require.Equal(t, vectorDigest, hex.EncodeToString(digest[:]))
	require.Equal(t, vectorDigest, hex.EncodeToString(walletDigest(t, []byte(vectorTypedData))), "the vector is apitypes' own")
	require.Equal(t, vectorDigest, hex.EncodeToString(walletDigest(t, gov.TypedData(d, 1, gov.OptionYes, 0))))

	sig, err := hex.DecodeString(vectorSignature)
	require.NoError(t, err)
	voter, err := gov.RecoverVoter(digest, sig)
	require.NoError(t, err)
	require.Equal(t, common.HexToAddress(vectorVoter), voter)
	key, err := crypto.HexToECDSA(vectorKey)
	require.NoError(t, err)
	again, err := crypto.Sign(digest[:], key)
	require.NoError(t, err)
	again[64] += 27
	require.Equal(t, vectorSignature, hex.EncodeToString(again))

	for name, other := range map[string]gov.Domain{
		"chain id":                       {Name: vectorChainID, Version: "1", ChainID: vectorL2ChainID + 1, VerifyingContract: d.VerifyingContract},
		"name":                           {Name: "seshnet-mainnet", Version: "1", ChainID: vectorL2ChainID, VerifyingContract: d.VerifyingContract},
		"version":                        {Name: vectorChainID, Version: "2", ChainID: vectorL2ChainID, VerifyingContract: d.VerifyingContract},
		"contract":                       {Name: vectorChainID, Version: "1", ChainID: vectorL2ChainID},
		"no L2 (chain 0, zero contract)": {Name: vectorChainID, Version: "1"},
	} {
		od := gov.VoteDigest(other, 1, gov.OptionYes, 0)
		require.NotEqual(t, digest, od, name)
		require.Equal(t, hex.EncodeToString(walletDigest(t, gov.TypedData(other, 1, gov.OptionYes, 0))), hex.EncodeToString(od[:]), name)
		got, err := gov.RecoverVoter(od, sig)
		if err == nil {
			require.NotEqual(t, voter, got, "a signature over one domain is another signer's in %s", name)
		}
	}
	for _, m := range [][3]uint64{{2, 1, 0}, {1, 3, 0}, {1, 1, 1}, {1<<64 - 1, 4, 1<<64 - 1}} {
		od := gov.VoteDigest(d, m[0], uint8(m[1]), m[2])
		require.Equal(t, hex.EncodeToString(walletDigest(t, gov.TypedData(d, m[0], uint8(m[1]), m[2]))), hex.EncodeToString(od[:]), "%v", m)
	}
}

// TestRecoverVoterSignatureForms: v may be 27/28 or 0/1; a high s (the
// twin n − s of a valid signature), a v out of range and a short
// signature are refused.
func TestRecoverVoterSignatureForms(t *testing.T) {
	digest := gov.VoteDigest(vectorDomain(), 1, gov.OptionYes, 0)
	sig, err := hex.DecodeString(vectorSignature)
	require.NoError(t, err)
	want := common.HexToAddress(vectorVoter)

	low := append([]byte(nil), sig...)
	low[64] -= 27
	got, err := gov.RecoverVoter(digest, low)
	require.NoError(t, err)
	require.Equal(t, want, got)

	high := append([]byte(nil), sig...)
	s := new(big.Int).SetBytes(sig[32:64])
	new(big.Int).Sub(crypto.S256().Params().N, s).FillBytes(high[32:64])
	high[64] = 27 + (1 - (sig[64] - 27))
	_, err = gov.RecoverVoter(digest, high)
	require.ErrorIs(t, err, gov.ErrBadSignature)
	require.ErrorContains(t, err, "high s")

	for name, bad := range map[string][]byte{
		"v 29":  append(append([]byte(nil), sig[:64]...), 29),
		"v 2":   append(append([]byte(nil), sig[:64]...), 2),
		"short": sig[:64],
		"r 0":   append(make([]byte, 32), sig[32:]...),
	} {
		_, err := gov.RecoverVoter(digest, bad)
		require.ErrorIs(t, err, gov.ErrBadSignature, name)
	}
}

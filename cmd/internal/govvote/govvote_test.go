package govvote

import (
	"encoding/hex"
	"encoding/json"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/workchain/gov"
)

var testDomain = Domain{Name: "seshnet-testnet", Version: "1", ChainID: 1337, VerifyingContract: "0x5FbDB2315678afecb367f032d93F642f64180aa3"}

// The JSON printed for a wallet is the same typed data: a wallet that reads
// it back hashes it to the same digest.
func TestTypedDataJSONRoundTrip(t *testing.T) {
	td := TypedData(testDomain, 7, 4, 3)
	raw, err := JSON(td)
	require.NoError(t, err)
	var back apitypes.TypedData
	require.NoError(t, json.Unmarshal(raw, &back))
	want, err := Digest(td)
	require.NoError(t, err)
	got, err := Digest(back)
	require.NoError(t, err)
	require.Equal(t, want, got)
	require.Contains(t, string(raw), `"primaryType": "Vote"`)
}

// Every field of the domain and the message changes the digest: a vote for
// another network, contract, proposal, option or nonce is another message.
func TestDigestBindsEveryField(t *testing.T) {
	base, err := Digest(TypedData(testDomain, 7, 1, 3))
	require.NoError(t, err)
	other := testDomain
	other.Name = "seshnet-mainnet"
	variants := map[string]apitypes.TypedData{
		"name":     TypedData(other, 7, 1, 3),
		"chain id": TypedData(Domain{Name: testDomain.Name, Version: "1", ChainID: 1338, VerifyingContract: testDomain.VerifyingContract}, 7, 1, 3),
		"contract": TypedData(Domain{Name: testDomain.Name, Version: "1", ChainID: 1337, VerifyingContract: "0x0000000000000000000000000000000000000001"}, 7, 1, 3),
		"version":  TypedData(Domain{Name: testDomain.Name, Version: "2", ChainID: 1337, VerifyingContract: testDomain.VerifyingContract}, 7, 1, 3),
		"proposal": TypedData(testDomain, 8, 1, 3),
		"option":   TypedData(testDomain, 7, 2, 3),
		"nonce":    TypedData(testDomain, 7, 1, 4),
	}
	for name, td := range variants {
		d, err := Digest(td)
		require.NoError(t, err, name)
		require.NotEqual(t, base, d, name)
	}
}

func TestSignRecover(t *testing.T) {
	key, err := crypto.GenerateKey()
	require.NoError(t, err)
	td := TypedData(testDomain, 1, 1, 0)
	sig, err := Sign(td, key)
	require.NoError(t, err)
	require.Contains(t, []byte{27, 28}, sig[64])
	got, err := Recover(td, sig)
	require.NoError(t, err)
	require.Equal(t, crypto.PubkeyToAddress(key.PublicKey), got)
	// The same signature over another vote names someone else.
	other, err := Recover(TypedData(testDomain, 1, 3, 0), sig)
	require.NoError(t, err)
	require.NotEqual(t, got, other)
	_, err = Recover(td, sig[:64])
	require.Error(t, err)
}

func TestParseOption(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want uint8
		ok   bool
	}{{"yes", 1, true}, {"ABSTAIN", 2, true}, {"no", 3, true}, {"veto", 4, true}, {"4", 4, true}, {"0", 0, false}, {"5", 0, false}, {"maybe", 0, false}, {"", 0, false}} {
		got, err := ParseOption(tc.in)
		if !tc.ok {
			require.Error(t, err, tc.in)
			continue
		}
		require.NoError(t, err, tc.in)
		require.Equal(t, tc.want, got, tc.in)
	}
	require.Equal(t, "veto", OptionName(4))
	require.Equal(t, "9", OptionName(9))
}

// The CLI's vote (built by apitypes, as a wallet builds it) and the
// workchain's hand-made digest agree, on workchain/gov's own vector and on
// a spread of votes; the signature the CLI makes recovers to the voter
// under the workchain's recovery.
func TestCLIAndWorkchainAgree(t *testing.T) {
	vec := Domain{Name: "seshnet-testnet", Version: "1", ChainID: 421614, VerifyingContract: "0x5ea15ea15ea15ea15ea15ea15ea15ea15ea15ea1"}
	d, err := Digest(TypedData(vec, 1, 1, 0))
	require.NoError(t, err)
	// workchain/gov/eip712_test.go vectorDigest.
	require.Equal(t, "72933a3f3724a6df2bc3204a6812a553bf30a14163e7d4b7207e87371b8faa56", hex.EncodeToString(d))

	key, err := crypto.HexToECDSA("4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318")
	require.NoError(t, err)
	for _, v := range []struct {
		proposal uint64
		option   uint8
		nonce    uint64
	}{{1, 1, 0}, {2, 4, 7}, {1 << 40, 3, 1<<64 - 1}, {0, 2, 0}} {
		for _, dom := range []Domain{vec, testDomain, {Name: "x", Version: "1"}} {
			wd := gov.Domain{Name: dom.Name, Version: dom.Version, ChainID: dom.ChainID, VerifyingContract: common.HexToAddress(dom.VerifyingContract)}
			want := gov.VoteDigest(wd, v.proposal, v.option, v.nonce)
			td := TypedData(dom, v.proposal, v.option, v.nonce)
			got, err := Digest(td)
			require.NoError(t, err)
			require.Equal(t, want[:], got, "%+v %+v", dom, v)
			sig, err := Sign(td, key)
			require.NoError(t, err)
			voter, err := gov.RecoverVoter(want, sig)
			require.NoError(t, err)
			require.Equal(t, crypto.PubkeyToAddress(key.PublicKey), voter)
		}
	}
}

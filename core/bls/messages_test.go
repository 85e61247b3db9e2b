package bls

import (
	"bytes"
	"encoding/hex"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"
)

// Tags of the mainnet proxy (Arbitrum One 42161, 0xC2B9…1c00), as
// /work/shared/reviews/2026-12-01-session-wire.md §3.3 lists them (first and
// last bytes). The hash-to-G2 tag construction itself is pinned by the Oxen
// signature vectors (vectors_test.go), which depend on it.
func TestContractTagsMainnet(t *testing.T) {
	tags, err := ContractTags(big.NewInt(42161), common.HexToAddress("0xC2B9fC251aC068763EbDfdecc792E3352E351c00"))
	require.NoError(t, err)
	for _, tc := range []struct {
		name     string
		tag      [32]byte
		pre, suf string
	}{
		{"pop", tags.ProofOfPossession, "f8666b8b", "2cb5"},
		{"reward", tags.Reward, "8ef21a6f", "8ae7"},
		{"exit", tags.Exit, "130a2474", "0e2a"},
		{"liquidate", tags.Liquidate, "9dfecf2e", "ed3b"},
		{"hash to field", tags.HashToG2, "d857cbed", "b24e"},
	} {
		h := hex.EncodeToString(tc.tag[:])
		require.True(t, strings.HasPrefix(h, tc.pre) && strings.HasSuffix(h, tc.suf), "%s: %s", tc.name, h)
	}
	// buildTag is keccak256(abi.encodePacked(string, uint256, address)).
	id := make([]byte, 32)
	big.NewInt(42161).FillBytes(id)
	addr := common.HexToAddress("0xC2B9fC251aC068763EbDfdecc792E3352E351c00")
	want := crypto.Keccak256([]byte(TagReward), id, addr[:])
	require.Equal(t, want, tags.Reward[:])

	for _, bad := range []*big.Int{nil, big.NewInt(-1), new(big.Int).Lsh(big.NewInt(1), 256)} {
		_, err := Tag(TagReward, bad, addr)
		require.Error(t, err)
	}
}

func TestMessageLayouts(t *testing.T) {
	tag := [32]byte{0xaa, 31: 0xab}
	k := newKey(t)
	pk := k.PublicKey()
	pkb := pk.Bytes()
	recipient := common.HexToAddress("0x00000000000000000000000000000000000000fe")

	// updateRewardsBalance: abi.encodePacked(rewardTag, recipientAddress, recipientRewards).
	reward, err := RewardMessage(tag, recipient, big.NewInt(0x0102))
	require.NoError(t, err)
	require.Len(t, reward, RewardMessageSize)
	require.Equal(t, 84, RewardMessageSize)
	want := append(append(append([]byte{}, tag[:]...), recipient[:]...), append(make([]byte, 30), 1, 2)...)
	require.Equal(t, want, reward)
	for _, bad := range []*big.Int{nil, big.NewInt(-1), new(big.Int).Lsh(big.NewInt(1), 256)} {
		_, err := RewardMessage(tag, recipient, bad)
		require.Error(t, err)
	}
	maxU256 := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	top, err := RewardMessage(tag, recipient, maxU256)
	require.NoError(t, err)
	require.Equal(t, bytes.Repeat([]byte{0xff}, 32), top[52:])

	// _validateBLSExitWithSignature: abi.encodePacked(tag, X, Y, timestamp).
	exit := ExitMessage(tag, pk, 1_700_000_000)
	require.Len(t, exit, ExitMessageSize)
	require.Equal(t, 128, ExitMessageSize)
	require.Equal(t, tag[:], exit[:32])
	require.Equal(t, pkb[:], exit[32:96])
	require.Equal(t, big.NewInt(1_700_000_000), new(big.Int).SetBytes(exit[96:]))
	require.Equal(t, exit, LiquidateMessage(tag, pk, 1_700_000_000))

	// _validateProofOfPossession: abi.encodePacked(popTag, X, Y, caller, serviceNodePubkey).
	ed := [32]byte{0x01, 31: 0xee}
	pop := ProofOfPossessionMessage(tag, pk, recipient, ed)
	require.Len(t, pop, ProofOfPossessionMessageSize)
	require.Equal(t, 148, ProofOfPossessionMessageSize)
	require.Equal(t, pkb[:], pop[32:96])
	require.Equal(t, recipient[:], pop[96:116])
	require.Equal(t, ed[:], pop[116:])

	// A proof of possession signs and verifies like anything else.
	sig, err := Sign(k, pop, testDST)
	require.NoError(t, err)
	require.NoError(t, Verify(pk, pop, sig, testDST))
}

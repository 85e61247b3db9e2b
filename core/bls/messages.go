package bls

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/crypto"
)

// Base strings of the contract's tags (ServiceNodeRewards.sol initialize;
// Oxen bls_crypto.h tag::*).
const (
	TagProofOfPossession = "BLS_SIG_TRYANDINCREMENT_POP"
	TagReward            = "BLS_SIG_TRYANDINCREMENT_REWARD"
	TagExit              = "BLS_SIG_TRYANDINCREMENT_EXIT"
	TagLiquidate         = "BLS_SIG_TRYANDINCREMENT_LIQUIDATE"
	TagHashToG2          = "BLS_SIG_HASH_TO_FIELD_TAG"
)

// Message lengths (abi.encodePacked of the contract's arguments).
const (
	RewardMessageSize            = 32 + 20 + 32
	ExitMessageSize              = 32 + 64 + 32
	ProofOfPossessionMessageSize = 32 + 64 + 20 + 32
)

// Tag is the contract's buildTag: keccak256(base ‖ uint256(chainID) ‖
// contract), so a signature is valid for one function of one deployment on
// one chain only.
func Tag(base string, chainID *big.Int, contract [20]byte) ([32]byte, error) {
	var id [32]byte
	if err := putUint256(id[:], chainID); err != nil {
		return [32]byte{}, fmt.Errorf("bls: tag chain id: %w", err)
	}
	var out [32]byte
	copy(out[:], crypto.Keccak256([]byte(base), id[:], contract[:]))
	return out, nil
}

// Tags are the five tags of one deployment (the contract's public getters
// proofOfPossessionTag, rewardTag, exitTag, liquidateTag, hashToG2Tag).
type Tags struct {
	ProofOfPossession, Reward, Exit, Liquidate, HashToG2 [32]byte
}

// ContractTags computes the tags of the contract at address on chainID.
func ContractTags(chainID *big.Int, contract [20]byte) (Tags, error) {
	var t Tags
	for _, f := range []struct {
		base string
		dst  *[32]byte
	}{
		{TagProofOfPossession, &t.ProofOfPossession}, {TagReward, &t.Reward}, {TagExit, &t.Exit},
		{TagLiquidate, &t.Liquidate}, {TagHashToG2, &t.HashToG2},
	} {
		v, err := Tag(f.base, chainID, contract)
		if err != nil {
			return Tags{}, err
		}
		*f.dst = v
	}
	return t, nil
}

// RewardMessage is what updateRewardsBalance verifies:
// rewardTag ‖ recipient ‖ uint256 cumulativeRewards (84 bytes). The amount is
// the recipient's running total, not the increment.
func RewardMessage(tag [32]byte, recipient [20]byte, cumulative *big.Int) ([]byte, error) {
	out := make([]byte, 0, RewardMessageSize)
	out = append(out, tag[:]...)
	out = append(out, recipient[:]...)
	var amount [32]byte
	if err := putUint256(amount[:], cumulative); err != nil {
		return nil, fmt.Errorf("bls: reward amount: %w", err)
	}
	return append(out, amount[:]...), nil
}

// ExitMessage is what exitBLSPublicKeyWithSignature verifies:
// exitTag ‖ X ‖ Y ‖ uint256 timestamp (128 bytes), timestamp in Unix seconds.
func ExitMessage(tag [32]byte, pk PublicKey, timestamp uint64) []byte {
	return keyTimeMessage(tag, pk, timestamp)
}

// LiquidateMessage is what liquidateBLSPublicKeyWithSignature verifies: the
// exit layout under liquidateTag.
func LiquidateMessage(tag [32]byte, pk PublicKey, timestamp uint64) []byte {
	return keyTimeMessage(tag, pk, timestamp)
}

func keyTimeMessage(tag [32]byte, pk PublicKey, timestamp uint64) []byte {
	out := make([]byte, 0, ExitMessageSize)
	out = append(out, tag[:]...)
	key := pk.Bytes()
	out = append(out, key[:]...)
	var ts [32]byte
	new(big.Int).SetUint64(timestamp).FillBytes(ts[:])
	return append(out, ts[:]...)
}

// ProofOfPossessionMessage is what addBLSPublicKey verifies:
// popTag ‖ X ‖ Y ‖ operator ‖ uint256 ed25519Pubkey (148 bytes). operator is
// contributors[0].staker.addr (msg.sender for a solo node); the Ed25519 key's
// 32 bytes are the uint256 big-endian.
func ProofOfPossessionMessage(tag [32]byte, pk PublicKey, operator [20]byte, ed25519 [32]byte) []byte {
	out := make([]byte, 0, ProofOfPossessionMessageSize)
	out = append(out, tag[:]...)
	key := pk.Bytes()
	out = append(out, key[:]...)
	out = append(out, operator[:]...)
	return append(out, ed25519[:]...)
}

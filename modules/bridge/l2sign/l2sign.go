// Package l2sign makes the BLS signatures Session's staking contract
// verifies from a key the caller holds (the operator's CLI, tests): the
// proof of possession a registration carries, and the encoding of any
// core/bls signature as the contract's BLSSignatureParams. Nodes sign for
// modules through the host (HostAPI.Sign), never through this package.
package l2sign

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"

	"github.com/seshnet/seshnet/core/bls"
	"github.com/seshnet/seshnet/modules/bridge/contracts/bindings"
)

// Params is sig as the contract's BLSSignatureParams (sigs0..sigs3).
func Params(sig bls.Signature) bindings.ServiceNodeRewardsBLSSignatureParams {
	p := sig.Params()
	return bindings.ServiceNodeRewardsBLSSignatureParams{Sigs0: p[0], Sigs1: p[1], Sigs2: p[2], Sigs3: p[3]}
}

// G1 is a public key as the contract's G1Point.
func G1(pk bls.PublicKey) bindings.ServiceNodeRewardsG1Point {
	x, y := pk.XY()
	return bindings.ServiceNodeRewardsG1Point{X: x, Y: y}
}

// Tags is what a signer needs of a deployment: its tags, read from the
// contract itself (so a signature is made for the contract that will
// check it, whatever chain or address it is on).
type Tags interface {
	ProofOfPossessionTag(opts *bind.CallOpts) ([32]byte, error)
	HashToG2Tag(opts *bind.CallOpts) ([32]byte, error)
}

// ProofOfPossession signs the contract's proof-of-possession message for
// key, registered by operator (contributors[0]'s staker address) with the
// node's Ed25519 key.
func ProofOfPossession(ctx context.Context, c Tags, key bls.SecretKey, operator common.Address, ed25519 []byte) (bindings.ServiceNodeRewardsBLSSignatureParams, error) {
	if len(ed25519) != 32 {
		return bindings.ServiceNodeRewardsBLSSignatureParams{}, fmt.Errorf("ed25519 key is %d bytes, want 32", len(ed25519))
	}
	opts := &bind.CallOpts{Context: ctx}
	tag, err := c.ProofOfPossessionTag(opts)
	if err != nil {
		return bindings.ServiceNodeRewardsBLSSignatureParams{}, fmt.Errorf("read proofOfPossessionTag: %w", err)
	}
	dst, err := c.HashToG2Tag(opts)
	if err != nil {
		return bindings.ServiceNodeRewardsBLSSignatureParams{}, fmt.Errorf("read hashToG2Tag: %w", err)
	}
	msg := bls.ProofOfPossessionMessage(tag, key.PublicKey(), operator, [32]byte(ed25519))
	sig, err := bls.Sign(key, msg, dst)
	if err != nil {
		return bindings.ServiceNodeRewardsBLSSignatureParams{}, err
	}
	return Params(sig), nil
}

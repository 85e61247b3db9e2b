package l2event

import (
	"bytes"
	"fmt"
)

// The staking contract's seeding event (session-token-contracts
// contracts/ServiceNodeRewards.sol):
//
//	event NewSeededServiceNode(uint64 indexed serviceNodeID, BN256G1.G1Point blsPubkey, uint256 ed25519Pubkey);
//
// The owner emits it from seedPublicKeyList, before start(), once for each
// node it copies from a running network. It names the node's id and keys
// only: the contributors stay in the contract's storage.

// Seeded is KindSeeded's payload.
type Seeded struct {
	ServiceNodeID uint64 `json:"service_node_id"`
	BLS           Hex    `json:"bls_pubkey"`
	Ed25519       Hex    `json:"ed25519_pubkey"`
}

// Encode is the payload's canonical bytes.
func (s Seeded) Encode() []byte { return mustJSON(s) }

// DecodeSeeded reads a KindSeeded payload strictly: exactly the three
// fields, all present, nothing after the object, a BLS key of 64 bytes
// (X then Y, big-endian) and an Ed25519 key of 32, an id other than 0 (the
// contract's list sentinel; ids start at 1), and no key the contract could
// not have seeded: serviceNodeAdd reverts with NullBLSPubkey when X or Y is
// 0 and with NullEd25519Pubkey when the Ed25519 key is.
func DecodeSeeded(payload []byte) (Seeded, error) {
	var raw struct {
		ID      *uint64 `json:"service_node_id"`
		BLS     *Hex    `json:"bls_pubkey"`
		Ed25519 *Hex    `json:"ed25519_pubkey"`
	}
	if err := decodeStrict(payload, &raw, "seeded node"); err != nil {
		return Seeded{}, err
	}
	switch {
	case raw.ID == nil:
		return Seeded{}, fmt.Errorf("%w: seeded node: service_node_id missing", ErrMalformed)
	case raw.BLS == nil:
		return Seeded{}, fmt.Errorf("%w: seeded node: bls_pubkey missing", ErrMalformed)
	case raw.Ed25519 == nil:
		return Seeded{}, fmt.Errorf("%w: seeded node: ed25519_pubkey missing", ErrMalformed)
	case *raw.ID == 0:
		return Seeded{}, fmt.Errorf("%w: seeded node: service_node_id 0 is the contract's sentinel", ErrMalformed)
	case len(*raw.BLS) != 64:
		return Seeded{}, fmt.Errorf("%w: seeded node: bls_pubkey is %d bytes, want 64", ErrMalformed, len(*raw.BLS))
	case len(*raw.Ed25519) != 32:
		return Seeded{}, fmt.Errorf("%w: seeded node: ed25519_pubkey is %d bytes, want 32", ErrMalformed, len(*raw.Ed25519))
	case allZero((*raw.BLS)[:32]) || allZero((*raw.BLS)[32:]):
		return Seeded{}, fmt.Errorf("%w: seeded node: bls_pubkey has a zero coordinate", ErrMalformed)
	case allZero(*raw.Ed25519):
		return Seeded{}, fmt.Errorf("%w: seeded node: ed25519_pubkey is zero", ErrMalformed)
	}
	return Seeded{ServiceNodeID: *raw.ID, BLS: *raw.BLS, Ed25519: *raw.Ed25519}, nil
}

func allZero(b []byte) bool { return len(bytes.Trim(b, "\x00")) == 0 }

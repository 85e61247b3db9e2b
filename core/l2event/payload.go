package l2event

import (
	"github.com/ethereum/go-ethereum/common"

	"github.com/seshnet/seshnet/core/codec"
)

// The payloads of the node events, as JSON. The workchain's registry decodes
// them strictly into its own types (a test there checks these shapes).

// Hex is bytes written as lower-case hex without 0x.
type Hex = codec.Hex

// Contributor is one staker of a registration.
type Contributor struct {
	Staker      common.Address `json:"staker"`
	Beneficiary common.Address `json:"beneficiary"`
	Amount      uint64         `json:"amount"`
}

// Registration is NewServiceNodeV2's payload.
type Registration struct {
	ServiceNodeID uint64         `json:"service_node_id"`
	Initiator     common.Address `json:"initiator"`
	BLS           Hex            `json:"bls_pubkey"`
	Ed25519       Hex            `json:"ed25519_pubkey"`
	Ed25519Sig    Hex            `json:"ed25519_signature"`
	FeeBP         uint32         `json:"fee"`
	Contributors  []Contributor  `json:"contributors"`
}

// ExitRequest is ServiceNodeExitRequest's payload.
type ExitRequest struct {
	ServiceNodeID uint64         `json:"service_node_id"`
	Initiator     common.Address `json:"initiator"`
	BLS           Hex            `json:"bls_pubkey"`
}

// Exit is ServiceNodeExit's payload.
type Exit struct {
	ServiceNodeID  uint64         `json:"service_node_id"`
	Initiator      common.Address `json:"initiator"`
	ReturnedAmount uint64         `json:"returned_amount"`
	BLS            Hex            `json:"bls_pubkey"`
}

// Liquidated is ServiceNodeLiquidated's payload. The contract emits it
// just before the ServiceNodeExit that removes the node, whose
// returned_amount is what the liquidation left the stakers.
type Liquidated struct {
	ServiceNodeID uint64         `json:"service_node_id"`
	Initiator     common.Address `json:"initiator"`
	BLS           Hex            `json:"bls_pubkey"`
}

// RequirementUpdated is StakingRequirementUpdated's payload.
type RequirementUpdated struct {
	NewRequirement uint64 `json:"new_requirement"`
}

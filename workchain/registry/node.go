// Package registry owns the registered nodes of the workchain: their keys,
// stakes and states (one transition function, with hooks other concerns
// subscribe to), the stake rules (DESIGN.md §4), the L2 events that
// register and release them, the indexes by consensus address and by
// staker, and the validator set derived from them.
package registry

import (
	"slices"

	"github.com/ethereum/go-ethereum/common"

	"github.com/seshnet/seshnet/core/codec"
)

// ServiceState is whether a node serves: the punishment rules move it.
type ServiceState string

// Service states.
const (
	ServiceActive         ServiceState = "active"
	ServiceDecommissioned ServiceState = "decommissioned"
)

// StakeState is where a node's stake is: the L2 and the punishment rules
// move it.
type StakeState string

// Stake states. Exited and deregistered are final.
const (
	StakeRegistered   StakeState = "registered"
	StakeExiting      StakeState = "exiting" // unlock requested; serves until the unlock time
	StakeExited       StakeState = "exited"
	StakeDeregistered StakeState = "deregistered"
)

// NodeState is the one-word status queries show, derived from the two
// states above (DESIGN.md §4's names).
type NodeState string

// Node statuses.
const (
	StateActive         NodeState = "active"
	StateDecommissioned NodeState = "decommissioned"
	StateExiting        NodeState = "exiting"
	StateExited         NodeState = "exited"
	StateDeregistered   NodeState = "deregistered"
)

// Penalties a deregistration may carry (Change.Penalty, Node.Penalty).
const (
	// PenaltyDoubleSign: CometBFT reported duplicate-vote evidence against
	// the node's validator key (workchain/liveness).
	PenaltyDoubleSign = "double_sign"
)

// Hex is bytes that read and write as lower-case hex in JSON.
type Hex = codec.Hex

// Contributor is one staker of a node.
type Contributor struct {
	Staker      common.Address `json:"staker"`
	Beneficiary common.Address `json:"beneficiary"`
	Amount      uint64         `json:"amount"`
}

// Node is a registered node.
type Node struct {
	ServiceNodeID     uint64        `json:"service_node_id"`
	Ed25519           Hex           `json:"ed25519"`
	BLS               Hex           `json:"bls"`
	FeeBP             uint32        `json:"fee_bp"`
	Contributors      []Contributor `json:"contributors"`
	Service           ServiceState  `json:"service"`
	Stake             StakeState    `json:"stake"`
	RegisteredHeight  int64         `json:"registered_height"`
	ActiveSinceHeight int64         `json:"active_since_height"`
	ActiveSinceTime   int64         `json:"active_since_time"`
	// UnlockTime is when an exiting node leaves (unix seconds).
	UnlockTime int64 `json:"unlock_time,omitempty"`
	// ReturnedAmount is what the contract returned at exit.
	ReturnedAmount uint64 `json:"returned_amount,omitempty"`
	// SeededOnL2: the contract seeded this genesis node with its id and
	// keys (NewSeededServiceNode; seeded.go).
	SeededOnL2 bool `json:"seeded_on_l2,omitempty"`
	// Penalty is why a deregistered node was punished beyond losing its
	// place (PenaltyDoubleSign); empty for every other node, so nodes
	// without one encode as they always did (the app hash of old state).
	Penalty string `json:"penalty,omitempty"`
}

// clone is a copy that shares no slice with n: a memo hands out copies a
// handler may change in place (review D25).
func (n *Node) clone() *Node {
	c := *n
	// slices.Clone keeps nil and empty apart, so the copy encodes as the
	// original does (state bytes, and the app hash, must not depend on
	// whether the memo answered).
	c.Ed25519, c.BLS = slices.Clone(n.Ed25519), slices.Clone(n.BLS)
	c.Contributors = slices.Clone(n.Contributors)
	return &c
}

// Staked says whether the node's stake is still with the network
// (registered or exiting): only then may it serve.
func (n *Node) Staked() bool { return n.Stake == StakeRegistered || n.Stake == StakeExiting }

// InActiveSet says whether the node serves: service active and stake not
// gone (an exiting node serves until its unlock, DESIGN.md §4).
func (n *Node) InActiveSet() bool { return n.Service == ServiceActive && n.Staked() }

// Status is the node's one-word state.
func (n *Node) Status() NodeState {
	switch {
	case n.Stake == StakeExited:
		return StateExited
	case n.Stake == StakeDeregistered:
		return StateDeregistered
	case n.Service == ServiceDecommissioned:
		return StateDecommissioned
	case n.Stake == StakeExiting:
		return StateExiting
	}
	return StateActive
}

// TotalStake is the sum of the contributions.
func (n *Node) TotalStake() uint64 {
	var sum uint64
	for _, c := range n.Contributors {
		sum += c.Amount
	}
	return sum
}

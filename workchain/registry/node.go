// Package registry owns the registered nodes of the workchain: their keys,
// stakes and states, the stake rules (DESIGN.md §4), their uptime proofs
// (§7) and the validator set derived from them.
package registry

import (
	"slices"

	"github.com/ethereum/go-ethereum/common"

	"github.com/seshnet/seshnet/core/codec"
)

// NodeState is where a node is in its life.
type NodeState string

// Node states.
const (
	StateActive         NodeState = "active"
	StateDecommissioned NodeState = "decommissioned"
	StateExiting        NodeState = "exiting"
	StateExited         NodeState = "exited"
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
	State             NodeState     `json:"state"`
	RegisteredHeight  int64         `json:"registered_height"`
	ActiveSinceHeight int64         `json:"active_since_height"`
	ActiveSinceTime   int64         `json:"active_since_time"`
	// UnlockTime is when an exiting node leaves (unix seconds).
	UnlockTime int64 `json:"unlock_time,omitempty"`
	// ReturnedAmount is what the contract returned at exit.
	ReturnedAmount uint64 `json:"returned_amount,omitempty"`
}

// clone is a copy that shares no slice with n: the keeper's memo hands out
// copies a handler may change in place (review D25).
func (n *Node) clone() *Node {
	c := *n
	// slices.Clone keeps nil and empty apart, so the copy encodes as the
	// original does (state bytes, and the app hash, must not depend on
	// whether the memo answered).
	c.Ed25519, c.BLS = slices.Clone(n.Ed25519), slices.Clone(n.BLS)
	c.Contributors = slices.Clone(n.Contributors)
	return &c
}

// InActiveSet says whether the node serves: active, or exiting but not yet
// unlocked (DESIGN.md §4).
func (n *Node) InActiveSet() bool { return n.State == StateActive || n.State == StateExiting }

// TotalStake is the sum of the contributions.
func (n *Node) TotalStake() uint64 {
	var sum uint64
	for _, c := range n.Contributors {
		sum += c.Amount
	}
	return sum
}

// UptimeProof is the body of an uptime_proof transaction.
type UptimeProof struct {
	Version   string   `json:"version"`
	Modules   []string `json:"modules"`
	Timestamp int64    `json:"timestamp"`
	// Endpoints are where the node's network modules take connections
	// (Session's proofs carry the node's public address the same way):
	// clients and peers find relay and storage through them.
	Endpoints []Endpoint `json:"endpoints,omitempty"`
}

// Endpoint is one service's public address, host:port.
type Endpoint struct {
	Service string `json:"service"`
	Addr    string `json:"addr"`
}

// UptimeRecord is the last uptime proof a node sent, as applied.
type UptimeRecord struct {
	UptimeProof
	Height    int64 `json:"height"`
	BlockTime int64 `json:"block_time"`
}

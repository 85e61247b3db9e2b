package registry

import (
	"bytes"
	"fmt"

	cmted25519 "github.com/cometbft/cometbft/crypto/ed25519"
	"github.com/ethereum/go-ethereum/common"
)

// Indexes, written when a node registers and never removed (a node record
// is never removed either): double-sign evidence names a consensus
// address, and votes and claims name a staker.
var (
	consPrefix   = []byte("reg/cons/")   // + 20-byte consensus address -> ed25519 key
	stakerPrefix = []byte("reg/staker/") // + 20-byte staker address + ed25519 key -> 1
)

// ConsensusAddress is CometBFT's address of a node's validator key.
func ConsensusAddress(pub []byte) []byte { return cmted25519.PubKey(pub).Address() }

func consKey(addr []byte) []byte { return append(bytes.Clone(consPrefix), addr...) }

func stakerKey(staker common.Address, pub []byte) []byte {
	return append(append(bytes.Clone(stakerPrefix), staker.Bytes()...), pub...)
}

func writeIndexes(kv interface{ Set(k, v []byte) }, n *Node) {
	kv.Set(consKey(ConsensusAddress(n.Ed25519)), n.Ed25519)
	for _, c := range n.Contributors {
		kv.Set(stakerKey(c.Staker, n.Ed25519), []byte{1})
	}
}

// NodeByConsensusAddress returns the node whose validator key has the
// 20-byte CometBFT address addr.
func (k Keeper) NodeByConsensusAddress(addr []byte) (*Node, error) {
	pub, err := k.c.KV.Get(consKey(addr))
	if err != nil {
		return nil, err
	}
	if pub == nil {
		return nil, fmt.Errorf("%w with consensus address %x", ErrUnknownNode, addr)
	}
	return k.Node(pub)
}

// NodesOfStaker lists the Ed25519 keys of the nodes staker contributed to,
// in key order.
func (k Keeper) NodesOfStaker(staker common.Address) ([][]byte, error) {
	prefix := append(bytes.Clone(stakerPrefix), staker.Bytes()...)
	var out [][]byte
	err := k.c.KV.Iterate(prefix, func(key, _ []byte) bool {
		out = append(out, bytes.Clone(key[len(prefix):]))
		return true
	})
	return out, err
}

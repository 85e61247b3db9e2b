package registry

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"

	abci "github.com/cometbft/cometbft/abci/types"

	"github.com/seshnet/seshnet/core/l2event"
)

// Seeding (docs/registry.md "Seeded nodes"): the contract's owner puts the
// nodes of a running network in the contract before start(), and the
// contract emits NewSeededServiceNode for each, with its id and keys but
// not its contributors. On seshnet that is how a network's genesis nodes
// get into the contract, and the workchain's genesis is the trust root for
// them: the event is accepted only for a genesis node with the same id and
// keys, and then only records that the contract holds the node
// (Node.SeededOnL2). It never creates a node: that would need the
// contributors, which only one RPC read of serviceNodes(id) could give, and
// the witness reports only what validators attest from the logs.

// Seeding refusals (recorded as rejections, never errors of the block).
var (
	ErrNotGenesis   = errors.New("not a genesis node")
	ErrSeedMismatch = errors.New("seeded keys differ from the genesis node's")
)

// appInitialHeightKey is where workchain/app records the height InitChain
// staged genesis at: the height every genesis node was registered at. No
// node registered by an L2 event has it, since attested events are applied
// from the block after (the first vote extensions are of the initial
// height). The scenario tests through the application (seeded_test.go)
// fail if the key moves.
var appInitialHeightKey = []byte("app/initial_height")

// genesisHeight is the height the genesis nodes were registered at.
func (k Keeper) genesisHeight() (int64, error) {
	raw, err := k.c.KV.Get(appInitialHeightKey)
	if err != nil {
		return 0, err
	}
	var h int64
	if raw == nil || json.Unmarshal(raw, &h) != nil || h < 1 {
		return 0, fmt.Errorf("registry: no initial height recorded at %q", appInitialHeightKey)
	}
	return h, nil
}

// ApplySeeded checks a seeded node against the genesis node with its id
// and marks that node SeededOnL2, or records why it refused the event. A
// refusal changes nothing but the record; the same event again changes
// nothing.
func (k Keeper) ApplySeeded(s l2event.Seeded) (*Rejection, error) {
	n, reason, err := k.seedRefusal(s)
	if err != nil {
		return nil, err
	}
	if reason != nil {
		rej := &Rejection{ServiceNodeID: s.ServiceNodeID, Ed25519: Hex(s.Ed25519), Reason: reason.Error(), Height: k.c.Height, Event: RejectedSeeded}
		setJSON(k.c.KV, rejectedKey(s.ServiceNodeID), rej)
		k.c.Emit(abci.Event{Type: "seeded_rejected", Attributes: []abci.EventAttribute{
			{Key: "service_node_id", Value: fmt.Sprint(s.ServiceNodeID), Index: true}, {Key: "reason", Value: rej.Reason},
		}})
		return rej, nil
	}
	if n.SeededOnL2 {
		return nil, nil // seen before: nothing to add
	}
	n.SeededOnL2 = true
	setJSON(k.c.KV, nodeKey(n.Ed25519), n)
	k.c.Emit(abci.Event{Type: "node_seeded", Attributes: []abci.EventAttribute{
		{Key: "service_node_id", Value: fmt.Sprint(s.ServiceNodeID), Index: true},
	}})
	return nil, nil
}

// seedRefusal returns the genesis node the event names, or why the event
// is refused; err is a failure to read state.
func (k Keeper) seedRefusal(s l2event.Seeded) (n *Node, reason, err error) {
	n, err = k.NodeByID(s.ServiceNodeID)
	if errors.Is(err, ErrUnknownServiceID) {
		return nil, fmt.Errorf("%w: no node has service node id %d", ErrNotGenesis, s.ServiceNodeID), nil
	}
	if err != nil {
		return nil, nil, err
	}
	h, err := k.genesisHeight()
	if err != nil {
		return nil, nil, err
	}
	switch {
	case n.RegisteredHeight != h:
		return nil, fmt.Errorf("%w: node %d was registered at height %d, genesis is %d", ErrNotGenesis, s.ServiceNodeID, n.RegisteredHeight, h), nil
	case !bytes.Equal(n.Ed25519, s.Ed25519):
		return nil, fmt.Errorf("%w: node %d has ed25519 key %x, the event %x", ErrSeedMismatch, s.ServiceNodeID, []byte(n.Ed25519), []byte(s.Ed25519)), nil
	case !bytes.Equal(n.BLS, s.BLS):
		return nil, fmt.Errorf("%w: node %d has another bls key than the event", ErrSeedMismatch, s.ServiceNodeID), nil
	}
	return n, nil, nil
}

package registry

import (
	"bytes"
	"crypto/ed25519"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/seshnet/seshnet/workchain/exec"
	"github.com/seshnet/seshnet/workchain/state"
)

// State keys.
var (
	nodePrefix  = []byte("reg/node/")
	idPrefix    = []byte("reg/id/")
	unlockQueue = state.NewQueue("reg/unlock/")
)

// Errors of the registry, with codes in the "registry" codespace.
var (
	ErrUnknownNode = errors.New("unknown node")
	ErrNodeState   = errors.New("node cannot do this in its state")
)

// Keeper reads and writes the registry in a context's KV and calls the
// hooks of every state change.
type Keeper struct {
	c     exec.Context
	hooks Hooks
}

// New returns a keeper over kv with no hooks: for reads, tests and tools.
func New(kv state.KV) Keeper { return Keeper{c: exec.Context{KV: kv}} }

// NewKeeper returns a keeper over a block's context with hooks (nil: none).
func NewKeeper(c exec.Context, hooks Hooks) Keeper { return Keeper{c: c, hooks: hooks} }

func nodeKey(pub []byte) []byte { return append(bytes.Clone(nodePrefix), pub...) }
func idKey(id uint64) []byte    { return binary.BigEndian.AppendUint64(bytes.Clone(idPrefix), id) }

func setJSON(kv state.KV, key []byte, v any) {
	raw, err := json.Marshal(v)
	if err != nil {
		panic(fmt.Sprintf("registry: encode %q: %v", key, err))
	}
	kv.Set(key, raw)
}

// Node returns the node with the Ed25519 key pub; the node is the caller's
// to change.
func (k Keeper) Node(pub []byte) (*Node, error) {
	n, err := k.peek(pub)
	if err != nil {
		return nil, err
	}
	return n.clone(), nil
}

// peek is Node without the copy, for a caller that only reads: the node it
// returns is the memo's, shared by every later reader of the same bytes.
func (k Keeper) peek(pub []byte) (*Node, error) {
	raw, err := k.stored(pub)
	if err != nil {
		return nil, err
	}
	if n, ok := k.c.Memo.Get("reg/node", raw); ok {
		return n.(*Node), nil
	}
	n := new(Node)
	if err := json.Unmarshal(raw, n); err != nil {
		// Only this package writes nodes: corruption, not bad input.
		panic(fmt.Sprintf("registry: corrupt node %x: %v", pub, err))
	}
	k.c.Memo.Put("reg/node", raw, n)
	return n, nil
}

// Known says whether a node with this key is registered, whatever its
// state: a read of the key alone (CheckTx asks it of every transaction a
// node key signs).
func (k Keeper) Known(pub []byte) error {
	_, err := k.stored(pub)
	return err
}

// stored is the node's stored bytes, ErrUnknownNode if there are none.
func (k Keeper) stored(pub []byte) ([]byte, error) {
	raw, err := k.c.KV.Get(nodeKey(pub))
	if err != nil {
		return nil, err
	}
	if raw == nil {
		return nil, fmt.Errorf("%w %x", ErrUnknownNode, pub)
	}
	return raw, nil
}

// NodeByID returns the node with an L2 service node id.
func (k Keeper) NodeByID(id uint64) (*Node, error) {
	pub, err := k.c.KV.Get(idKey(id))
	if err != nil {
		return nil, err
	}
	if pub == nil {
		return nil, fmt.Errorf("%w %d", ErrUnknownServiceID, id)
	}
	return k.Node(pub)
}

// Nodes visits every node in key order until fn returns false.
func (k Keeper) Nodes(fn func(*Node) bool) error {
	var decodeErr error
	err := k.c.KV.Iterate(nodePrefix, func(key, v []byte) bool {
		var n Node
		if err := json.Unmarshal(v, &n); err != nil {
			decodeErr = fmt.Errorf("corrupt node at %x: %w", key, err)
			return false
		}
		return fn(&n)
	})
	return errors.Join(err, decodeErr)
}

// Add registers a new node, registered and active from the context's
// height, after checking its keys, stake and that no key is reused; it
// writes the indexes and calls AfterNodeCreated.
func (k Keeper) Add(p Params, n *Node) error {
	if len(n.Ed25519) != ed25519.PublicKeySize {
		return fmt.Errorf("%w: ed25519 key is %d bytes", ErrStakeRule, len(n.Ed25519))
	}
	if len(n.BLS) != 64 {
		return fmt.Errorf("%w: bls key is %d bytes, want 64", ErrStakeRule, len(n.BLS))
	}
	if err := CheckStake(p, n.Contributors, n.FeeBP); err != nil {
		return err
	}
	kv := k.c.KV
	if raw, err := kv.Get(nodeKey(n.Ed25519)); err != nil || raw != nil {
		return errors.Join(err, fmt.Errorf("%w: ed25519 %x", ErrKeyReuse, []byte(n.Ed25519)))
	}
	if raw, err := kv.Get(idKey(n.ServiceNodeID)); err != nil || raw != nil {
		return errors.Join(err, fmt.Errorf("%w: service node id %d", ErrKeyReuse, n.ServiceNodeID))
	}
	n.Service, n.Stake = ServiceActive, StakeRegistered
	n.RegisteredHeight, n.ActiveSinceHeight, n.ActiveSinceTime = k.c.Height, k.c.Height, k.c.Time
	setJSON(kv, nodeKey(n.Ed25519), n)
	kv.Set(idKey(n.ServiceNodeID), n.Ed25519)
	writeIndexes(kv, n)
	k.c.Signal(SignalValidators)
	k.c.Signal(SignalActiveSet)
	if k.hooks != nil {
		return k.hooks.AfterNodeCreated(k.c, n.clone())
	}
	return nil
}

// CanProve is uptime's check (uptime.Nodes): a registered node whose stake
// is still with the network.
func (k Keeper) CanProve(pub []byte) error {
	n, err := k.peek(pub)
	if err != nil {
		return err
	}
	if !n.Staked() {
		return fmt.Errorf("%w: node %x has %s", ErrNodeState, pub, n.Stake)
	}
	return nil
}

// ActiveKeys lists the Ed25519 keys of the nodes in the active set, in key
// order.
func (k Keeper) ActiveKeys() ([][]byte, error) {
	var out [][]byte
	err := k.Nodes(func(n *Node) bool {
		if n.InActiveSet() {
			out = append(out, n.Ed25519)
		}
		return true
	})
	return out, err
}

package netview

import (
	"encoding/hex"
	"sync"

	"github.com/seshnet/seshnet/core/onion"
)

// onionKeys remembers each node's X25519 key: the conversion from Ed25519
// is a scalar multiplication in math/big (~1 ms), nodes are few and long
// lived, and views are rebuilt every block. Bounded: past maxOnionKeys it
// starts again.
var onionKeys = struct {
	sync.Mutex
	m map[string]string // Ed25519 hex -> X25519 hex ("" when there is none)
}{m: map[string]string{}}

const maxOnionKeys = 100_000

// X25519Hex is the node's onion key (its Ed25519 key in X25519 form) in
// hex, or "" when the key has none (clients could not reach the node).
func (n *Node) X25519Hex() string {
	k := n.Hex()
	onionKeys.Lock()
	x, ok := onionKeys.m[k]
	onionKeys.Unlock()
	if ok {
		return x
	}
	if raw, err := onion.EdPublicToX25519(n.Ed25519); err == nil {
		x = hex.EncodeToString(raw)
	}
	onionKeys.Lock()
	if len(onionKeys.m) >= maxOnionKeys {
		clear(onionKeys.m)
	}
	onionKeys.m[k] = x
	onionKeys.Unlock()
	return x
}

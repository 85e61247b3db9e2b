// Package swarmring maps accounts onto the swarm ring (DESIGN.md §5). It is
// shared by the workchain, which assigns swarm ids, and by the storage and
// relay modules, which must find an account's swarm without importing the
// workchain. The mapping is Session's (oxen-storage-server
// pubkey_to_swarm_space and its nearest-swarm lookup), so clients that
// compute it themselves reach the same swarm.
package swarmring

import (
	"encoding/binary"
	"sort"
)

// AccountPoint is where a 32-byte account key sits on the ring: the XOR of
// its four big-endian 64-bit words.
func AccountPoint(key [32]byte) uint64 {
	var x uint64
	for i := 0; i < 32; i += 8 {
		x ^= binary.BigEndian.Uint64(key[i:])
	}
	return x
}

// Of returns the id of the swarm nearest to the account on the wrapping ring.
// On an exact tie it is the left neighbour (the one below the point, which
// across the wrap is the highest id), as Session's server and clients
// choose (oxen-storage-server oxenss/snode/swarm.cpp get_swarm_by_pk:
// `dright < dleft ? right : left`): clients and nodes must agree on every
// point. ids must be sorted; ok is false when there are none.
func Of(ids []uint64, key [32]byte) (uint64, bool) {
	if len(ids) == 0 {
		return 0, false
	}
	x := AccountPoint(key)
	i := sort.Search(len(ids), func(i int) bool { return ids[i] >= x })
	// The nearest is the first id at or above x, or the one before it
	// (wrapping at both ends).
	above, below := ids[i%len(ids)], ids[(i+len(ids)-1)%len(ids)]
	da, db := above-x, x-below // wrapping distances
	if da < db {
		return above, true
	}
	return below, true
}

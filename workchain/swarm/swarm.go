// Package swarm groups active nodes into swarms (DESIGN.md §5) and maps
// accounts to them. Each swarm has a 64-bit id on a ring. Assignment is a
// pure function of the previous swarms, the active nodes, a seed (the block
// hash) and the size parameters, so every validator computes the same one.
package swarm

import (
	"bytes"
	"crypto/sha256"
	"math"
	"sort"

	"github.com/seshnet/seshnet/core/swarmring"
)

// Sizes are the swarm size parameters.
type Sizes struct{ Min, Ideal, Max int }

// Swarm is a swarm and its members (node Ed25519 keys, sorted).
type Swarm struct {
	ID      uint64
	Members [][]byte
}

// Assign returns the new swarms, sorted by id, members sorted by key.
//
//  1. Nodes no longer active leave their swarm.
//  2. New nodes (in an order drawn from the seed) first feed swarms below
//     the minimum, smallest first; while at least `ideal` remain, they form
//     a new swarm whose id is the middle of the widest gap on the ring; the
//     rest join the smallest swarms that are below the maximum (and, if
//     every swarm is full, form a new swarm).
//  3. Swarms still below the minimum take nodes from the largest swarms
//     that have more than the minimum.
//  4. A swarm still below the minimum is dissolved into the smallest
//     others; a network with fewer active nodes than the minimum keeps one
//     swarm with all of them.
func Assign(prev []Swarm, active [][]byte, seed []byte, s Sizes) []Swarm {
	st := newState(prev, active, s.Min)
	newcomers := st.unassigned(active)
	order(newcomers, seed)
	st.feedStarving(&newcomers)
	for len(newcomers) >= s.Ideal && s.Ideal > 0 {
		st.add(st.newID(), newcomers[:s.Ideal])
		newcomers = newcomers[s.Ideal:]
	}
	for _, n := range newcomers {
		if id, ok := st.smallest(s.Max); ok {
			st.put(id, n)
		} else {
			st.add(st.newID(), [][]byte{n})
		}
	}
	st.rebalance(seed)
	st.dissolve()
	return st.result()
}

// work is the working set of swarms.
type work struct {
	members map[uint64][][]byte
	sorted  []uint64 // the ids of members, kept in ring order
	minimum int
}

func newState(prev []Swarm, active [][]byte, minimum int) *work {
	live := make(map[string]bool, len(active))
	for _, a := range active {
		live[string(a)] = true
	}
	st := &work{members: map[uint64][][]byte{}, minimum: minimum}
	for _, sw := range prev {
		var keep [][]byte
		for _, m := range sw.Members {
			if live[string(m)] {
				keep = append(keep, m)
			}
		}
		st.members[sw.ID] = keep // an emptied swarm is dissolved later
	}
	for id := range st.members {
		st.sorted = append(st.sorted, id)
	}
	sort.Slice(st.sorted, func(i, j int) bool { return st.sorted[i] < st.sorted[j] })
	return st
}

func (st *work) unassigned(active [][]byte) [][]byte {
	in := map[string]bool{}
	for _, ms := range st.members {
		for _, m := range ms {
			in[string(m)] = true
		}
	}
	var out [][]byte
	for _, a := range active {
		if !in[string(a)] {
			out = append(out, a)
			in[string(a)] = true // a key listed twice is assigned once
		}
	}
	return out
}

// order sorts nodes by SHA-256(seed ‖ key): an order nobody can choose.
func order(nodes [][]byte, seed []byte) {
	type ranked struct {
		rank [32]byte
		key  []byte
	}
	rs := make([]ranked, len(nodes))
	buf := make([]byte, 0, len(seed)+64)
	for i, k := range nodes {
		rs[i] = ranked{rank: sha256.Sum256(append(append(buf[:0], seed...), k...)), key: k}
	}
	sort.Slice(rs, func(i, j int) bool {
		if c := bytes.Compare(rs[i].rank[:], rs[j].rank[:]); c != 0 {
			return c < 0
		}
		return bytes.Compare(rs[i].key, rs[j].key) < 0
	})
	for i := range rs {
		nodes[i] = rs[i].key
	}
}

// ids returns the swarm ids in ring order (a copy: callers may delete).
func (st *work) ids() []uint64 { return append([]uint64(nil), st.sorted...) }

func (st *work) add(id uint64, nodes [][]byte) {
	if _, ok := st.members[id]; !ok {
		i := sort.Search(len(st.sorted), func(i int) bool { return st.sorted[i] >= id })
		st.sorted = append(st.sorted[:i], append([]uint64{id}, st.sorted[i:]...)...)
	}
	st.members[id] = append(st.members[id], nodes...)
}

func (st *work) remove(id uint64) {
	delete(st.members, id)
	i := sort.Search(len(st.sorted), func(i int) bool { return st.sorted[i] >= id })
	st.sorted = append(st.sorted[:i], st.sorted[i+1:]...)
}

func (st *work) put(id uint64, n []byte) { st.members[id] = append(st.members[id], n) }

// smallest is the swarm with the fewest members (lowest id on ties) among
// those with fewer than below members.
func (st *work) smallest(below int) (uint64, bool) {
	best, found := uint64(0), false
	for _, id := range st.sorted {
		n := len(st.members[id])
		if n >= below {
			continue
		}
		if !found || n < len(st.members[best]) {
			best, found = id, true
		}
	}
	return best, found
}

func (st *work) feedStarving(newcomers *[][]byte) {
	for len(*newcomers) > 0 {
		id, ok := st.smallest(st.minimum)
		if !ok {
			return
		}
		st.put(id, (*newcomers)[0])
		*newcomers = (*newcomers)[1:]
	}
}

// newID is the middle of the widest gap between ids on the ring (lowest
// start on ties); on an empty ring, the middle of the ring.
func (st *work) newID() uint64 {
	ids := st.sorted
	if len(ids) == 0 {
		return math.MaxUint64 / 2
	}
	var bestStart, bestGap uint64
	for i, id := range ids {
		next := ids[(i+1)%len(ids)]
		gap := next - id // wraps around for the last one
		if len(ids) == 1 {
			gap = math.MaxUint64
		}
		if gap > bestGap {
			bestStart, bestGap = id, gap
		}
	}
	return bestStart + bestGap/2
}

// rebalance moves nodes from the largest swarms into starving ones.
func (st *work) rebalance(seed []byte) {
	for _, id := range st.ids() {
		for len(st.members[id]) < st.minimum {
			donor, ok := st.largest(st.minimum, id)
			if !ok {
				break
			}
			ms := st.members[donor]
			order(ms, seed) // which member moves is drawn, not chosen
			st.members[donor] = ms[1:]
			st.put(id, ms[0])
		}
	}
}

// largest is the swarm with the most members above floor (lowest id on ties).
func (st *work) largest(floor int, except uint64) (uint64, bool) {
	best, found := uint64(0), false
	for _, id := range st.sorted {
		n := len(st.members[id])
		if id == except || n <= floor {
			continue
		}
		if !found || n > len(st.members[best]) {
			best, found = id, true
		}
	}
	return best, found
}

// dissolve spreads swarms under the minimum into the smallest others,
// unless only one swarm would remain.
func (st *work) dissolve() {
	for _, id := range st.ids() {
		ms := st.members[id]
		if len(ms) >= st.minimum && len(ms) > 0 {
			continue
		}
		if len(st.members) == 1 {
			if len(ms) == 0 {
				st.remove(id)
			}
			return
		}
		st.remove(id)
		for _, n := range ms {
			to, _ := st.smallest(math.MaxInt)
			st.put(to, n)
		}
	}
}

func (st *work) result() []Swarm {
	out := make([]Swarm, 0, len(st.members))
	for _, id := range st.sorted {
		ms := append([][]byte(nil), st.members[id]...)
		sort.Slice(ms, func(i, j int) bool { return bytes.Compare(ms[i], ms[j]) < 0 })
		out = append(out, Swarm{ID: id, Members: ms})
	}
	return out
}

// AccountPoint is where a 32-byte account key sits on the ring: the XOR of
// its four big-endian 64-bit words. The rule lives in core/swarmring so that
// modules, which may not import the workchain, use the same one.
func AccountPoint(key [32]byte) uint64 { return swarmring.AccountPoint(key) }

// Of returns the id of the swarm nearest to the account on the wrapping ring
// (on an exact tie the swarm on the left, as Session does: see
// core/swarmring). ids must be sorted; ok is false when there are none.
func Of(ids []uint64, key [32]byte) (uint64, bool) { return swarmring.Of(ids, key) }
